# SLA clocks beside a deadline (issue 17): how long is left, or how long it is overdue.
clock-due-minutes = còn { $count } phút đến hạn
clock-due-hours = còn { $count } giờ đến hạn
clock-due-days = còn { $count } ngày đến hạn
clock-overdue-minutes = quá hạn { $count } phút
clock-overdue-hours = quá hạn { $count } giờ
clock-overdue-days = quá hạn { $count } ngày
