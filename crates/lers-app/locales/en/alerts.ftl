# On-call alerts of emergencies, rotas and webhooks (issue 18 §1, §2).

## Pages and mails (no case content: a reference, the kind, the clock, a link)
alert-no-clock = no deadline set
alert-kind-emergency = Emergency request
alert-kind-emergency_epoc = Emergency European Production Order
alert-summary = { $service }: { $kind } { $reference }, due { $due }
alert-mail-subject = { $service }: emergency { $reference } needs acknowledging
alert-mail-body =
    Dear { $name },

    You are being paged for { $reference } ({ $kind }), due { $due } (alert tier { $tier }).

    Sign in and acknowledge it here, so that nobody else needs to be paged:
    { $link }

    If nobody acknowledges it, the next tier is paged.

## The alert panel and page
alert-title = On-call alert
alert-raised = { $kind } { $reference }: alert raised { $at }.
alert-col-tier = Tier
alert-col-paged = Paged
alert-col-at = When
alert-tier-1 = On call
alert-tier-2 = Second tier
alert-tier-3 = All approvers
alert-waiting = Not acknowledged yet: the next tier is paged if nobody acknowledges it.
alert-ack-button = Acknowledge
alert-acknowledged-by = Acknowledged by { $name } at { $at }.
alert-open-case = Open { $reference } in the console
alert-acknowledged = You acknowledged the alert for { $reference }. Nobody else will be paged.
alert-already-acknowledged = The alert for { $reference } was already acknowledged; nothing changed.

## Rotas (administrators)
oncall-title = On call
oncall-lead = Who is paged when an emergency arrives, and through which channels.
oncall-refused = Not saved: { $reason }
rota-list-title = On-call rotas
rota-none = No rota is set up: every reviewer and approver is paged by email.
rota-name = Name
rota-when = Shift
rota-shift = { $days }, { $starts }–{ $ends } ({ $zone })
rota-regions = Data regions
rota-all-regions = All regions
rota-regions-hint = Separate regions with commas; leave empty for all regions. A rota for a region takes precedence over one for all regions.
rota-primary = On call
rota-second = Second tier
rota-no-second = No second tier
rota-delete = Delete
rota-add-title = Add a rota
rota-time-zone = Time zone (IANA name, e.g. Europe/Berlin)
rota-days = Days on which the shift starts
rota-day-mon = Monday
rota-day-tue = Tuesday
rota-day-wed = Wednesday
rota-day-thu = Thursday
rota-day-fri = Friday
rota-day-sat = Saturday
rota-day-sun = Sunday
rota-starts = Starts
rota-ends = Ends
rota-times-hint = Local times. An end before the start runs past midnight; the same time for both covers the whole day.
rota-add = Add rota
rota-saved = The rota was saved.
rota-deleted = The rota was deleted.
rota-problem-name = Give the rota a name of at most 120 characters.
rota-problem-time-zone = Enter a time zone by its IANA name, e.g. Europe/Berlin or America/New_York.
rota-problem-no-days = Tick at least one day.
rota-problem-day = A day was not recognised; tick the days in the form.
rota-problem-time = Enter the start and end as HH:MM (24-hour clock).
rota-problem-region = Enter region names of letters, digits and hyphens, separated by commas.
rota-problem-primary = Choose who is on call.
rota-problem-second = The second tier must be someone other than the person on call.
rota-problem-not-responder = Only active reviewers and approvers can be on call.
rota-problem-out-of-reach = This person's data-sharing rule does not reach every region of the rota (or limits them to assigned cases); choose someone who reaches them all, or change the rota's regions.

## Webhooks for pages
webhook-mine-title = My alert webhooks
webhook-mine-lead = Besides email, pages can reach you through a signed webhook, PagerDuty (Events API v2) or Opsgenie. Pages carry no case content.
webhook-format = Format
webhook-format-signed = Signed JSON (LERS)
webhook-format-pagerduty = PagerDuty Events API v2
webhook-format-opsgenie = Opsgenie Alert API
webhook-url = Address (https)
webhook-key = Routing key or API key
webhook-key-hint = For PagerDuty, the integration's routing key (the URL is https://events.pagerduty.com/v2/enqueue); for Opsgenie, the API integration key (the URL is https://api.opsgenie.com/v2/alerts, or api.eu.opsgenie.com). Leave empty for signed JSON: LERS makes the signing secret.
webhook-add = Add webhook
webhook-remove = Remove
webhook-added = The webhook was added.
webhook-added-secret = The webhook was added. Its signing secret, shown only now:
webhook-removed = The webhook was removed.
webhook-format-unknown = Choose one of the offered formats.
webhook-key-missing = Enter the routing key or API key (at most 200 characters).
webhook-too-many = You already have { $max } webhooks, the most one person may have. Remove one before adding another.
webhook-url-unparsable = Enter a complete address, e.g. https://alerts.example.org/lers.
webhook-url-not-https = The address must start with https://.
webhook-url-credentials = Remove the user name and password from the address; the key goes in its own field.
webhook-url-unresolvable = The address's host name could not be found; check it and try again.
webhook-url-forbidden = The address leads to a private, loopback or link-local network, which LERS does not post to. Use a public address, or ask an administrator to allow that network.
