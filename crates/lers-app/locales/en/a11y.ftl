# Accessibility and pages read at a glance (issue 17)
table-scroll-label = Table (scrolls sideways on a narrow screen)
glance-counts-title = At a glance
queue-count-total = Matching requests
queue-count-overdue = Overdue
queue-count-emergencies = Emergencies
transparency-chart-by = Requests by country and legal process
transparency-chart-processes = Requests by legal process
transparency-chart-data = The same figures as a table
transparency-filter-clear = Show every country and process
transparency-filter-none = No figures for this country and legal process in this period.
transparency-period-empty = No requests were received in this period.
