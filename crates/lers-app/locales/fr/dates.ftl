# SLA clocks beside a deadline (issue 17): how long is left, or how long it is overdue.
clock-due-minutes = échéance dans { $count } min
clock-due-hours = échéance dans { $count } h
clock-due-days = { $count ->
    [one] échéance dans { $count } jour
   *[other] échéance dans { $count } jours
}
clock-overdue-minutes = en retard de { $count } min
clock-overdue-hours = en retard de { $count } h
clock-overdue-days = { $count ->
    [one] en retard d’un jour
   *[other] en retard de { $count } jours
}
