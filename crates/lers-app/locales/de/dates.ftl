# SLA clocks beside a deadline (issue 17): how long is left, or how long it is overdue.
clock-due-minutes = fällig in { $count } Min.
clock-due-hours = fällig in { $count } Std.
clock-due-days = { $count ->
    [one] fällig in 1 Tag
   *[other] fällig in { $count } Tagen
}
clock-overdue-minutes = seit { $count } Min. überfällig
clock-overdue-hours = seit { $count } Std. überfällig
clock-overdue-days = { $count ->
    [one] seit 1 Tag überfällig
   *[other] seit { $count } Tagen überfällig
}
