# SLA clocks beside a deadline (issue 17): how long is left, or how long it is overdue.
clock-due-minutes = due in { $count } min
clock-due-hours = due in { $count } h
clock-due-days = { $count ->
    [one] due in 1 day
   *[other] due in { $count } days
}
clock-overdue-minutes = overdue by { $count } min
clock-overdue-hours = overdue by { $count } h
clock-overdue-days = { $count ->
    [one] overdue by 1 day
   *[other] overdue by { $count } days
}
