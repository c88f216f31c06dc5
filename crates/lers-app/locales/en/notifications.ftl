# Staff notifications and the workload dashboard (issue 18 §3, §5).

nav-notifications = Notifications
nav-notifications-unread = Notifications ({ $count } unread)

notify-trigger-assigned = A case has been assigned to you
notify-trigger-requester_replied = The requester has replied on your case
notify-trigger-clock_75 = Three quarters of the time to respond have passed
notify-trigger-clock_breached = The time to respond has run out
notify-trigger-preservation_ending = A preservation ends within seven days
notify-trigger-eu_form_arrived = A Form 6 (extension) or Form 5 (production order to follow) has arrived on an EU preservation order
notify-trigger-ea_window_ending = An enforcing authority's window to raise grounds for refusal closes within a day
notify-trigger-approval_waiting = An approval is waiting for you

notifications-title = Notifications
notifications-intro = Events that concern you: cases assigned to you, requesters' replies, deadlines, preservations ending and approvals waiting. Overdue cases and emergencies are listed first.
notifications-empty = You have no notifications.
notifications-col-event = Event
notifications-col-case = Case
notifications-col-when = Time (UTC)
notifications-col-state = State
notifications-unread = Unread
notifications-read = Read
notifications-urgent = Urgent
notifications-mark-read = Mark as read
notifications-mark-all-read = Mark all as read
notifications-settings-link = Choose which notifications you receive by email, and when

notifications-settings-title = Notification settings
notifications-settings-intro = For each kind of event, choose whether you are emailed at once or in one daily summary. Every notification is also shown in the console. Emails contain only the case reference and the kind of event; the case itself opens only after you sign in.
notifications-settings-always = An expired deadline and any event concerning an emergency are always emailed at once.
notifications-delivery-immediately = Email at once
notifications-delivery-digest = Daily summary
notifications-digest-hour = Hour of the daily summary ({ $zone })
notifications-digest-hour-invalid = Choose an hour from 0 to 23.
notifications-settings-save = Save settings
notifications-settings-saved = Your notification settings have been saved.

mail-notify-subject = { $service }: { $event } ({ $reference })
mail-notify-body =
    Hello { $name },

    { $event }: { $reference }

    Open the case in the console (sign-in required):
    { $link }

    This message contains no case content. You can choose which notifications you receive by email, and when:
    { $settings }
mail-digest-subject = { $service }: your notifications of { $day }
mail-digest-body =
    Hello { $name },

    Since your last summary:

    { $items }

    Your notifications in the console (sign-in required):
    { $link }

    This message contains no case content. You can choose which notifications you receive by email, and when:
    { $settings }
mail-digest-item = - { $event }: { $reference } ({ $link })

workload-title = Workload
workload-intro = Cases you may see: your regions, and only your own cases if your access is limited to them.
workload-open-by-status = Open cases by status
workload-open-by-kind = Open cases by kind
workload-open-by-region = Open cases by region
workload-col-status = Status
workload-col-kind = Kind
workload-col-region = Region
workload-col-count = Open cases
workload-empty = There are no open cases that you may see.
workload-clocks-title = Deadlines
workload-due-today = Due today ({ $zone })
workload-overdue = Overdue
workload-emergencies-waiting = Emergencies not yet acknowledged or acted on
workload-performance-title = The last { $days } days
workload-performance-intro = Time to first action: the median time from receipt to the first review, decision, call-back or reply. Decided on time: cases approved or rejected by their due time, out of those decided or past due.
workload-chart-on-time = Cases received by kind; shaded: decided on time
workload-col-received = Received
workload-col-first-action = Median time to first action
workload-col-on-time = Decided on time
workload-minutes = { $minutes } min
workload-share = { $percent } % ({ $on_time } of { $settled })
workload-no-figure = not yet known
