# SLA clocks beside a deadline (issue 17): how long is left, or how long it is overdue.
clock-due-minutes = vence en { $count } min
clock-due-hours = vence en { $count } h
clock-due-days = { $count ->
    [one] vence en 1 día
   *[other] vence en { $count } días
}
clock-overdue-minutes = vencido hace { $count } min
clock-overdue-hours = vencido hace { $count } h
clock-overdue-days = { $count ->
    [one] vencido hace 1 día
   *[other] vencido hace { $count } días
}
