# SLA clocks beside a deadline (issue 17): how long is left, or how long it is overdue.
clock-due-minutes = termin za { $count } min
clock-due-hours = termin za { $count } godz.
clock-due-days = { $count ->
    [one] termin za 1 dzień
   *[other] termin za { $count } dni
}
clock-overdue-minutes = po terminie od { $count } min
clock-overdue-hours = po terminie od { $count } godz.
clock-overdue-days = { $count ->
    [one] po terminie od 1 dnia
   *[other] po terminie od { $count } dni
}
