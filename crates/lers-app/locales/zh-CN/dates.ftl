# SLA clocks beside a deadline (issue 17): how long is left, or how long it is overdue.
clock-due-minutes = { $count } 分钟后到期
clock-due-hours = { $count } 小时后到期
clock-due-days = { $count } 天后到期
clock-overdue-minutes = 已逾期 { $count } 分钟
clock-overdue-hours = 已逾期 { $count } 小时
clock-overdue-days = 已逾期 { $count } 天
