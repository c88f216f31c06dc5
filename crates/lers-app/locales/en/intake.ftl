# One intake: requests received outside the portal, external requesters, legacy import.

intake-title = Intake
intake-card-text = Register requests received by post, fax, email, in person, through MLAT, court service or the EU decentralised IT system.
intake-lead = Record how and when a request reached us and who sent it; then complete it with the request form, attach the scanned legal process and register it. Its clocks run from the time of receipt.
intake-drafts-title = Taken in, not yet registered
intake-drafts-none = Nothing is waiting to be registered.
intake-new-title = Take in a request
intake-section-arrival = How and when it arrived
intake-section-requester = The requester, as the legal process names them
intake-choose = Choose…
intake-col-request = Request
intake-col-channel = Channel
intake-col-requester = Requester
intake-field-received = Received (UTC)
intake-field-served = Served (UTC)
intake-time-hint = Date and time in UTC, such as 2026-11-20 14:30.
intake-field-entity = Served on
intake-field-name = Name
intake-field-agency = Agency
intake-field-email = Official email address
intake-email-hint = Replies and an invitation to the portal go to this address, without case content.
intake-field-phone = Phone
intake-field-country = Country
intake-open = Continue to the request form
intake-draft-heading = Request taken in
intake-received-short = received
intake-case-link = intake record
intake-requester-external = External requester (no portal account)
intake-requester-linked = Linked to the requester's portal account on
intake-requester-portal = Portal account
intake-invited-at = invited
intake-taken-by = Taken in by
intake-source = Imported from the previous queue as
intake-scan-title = Scanned legal process
intake-edit = Edit the request
intake-edit-back = Back to the intake record
intake-register = Register the request
intake-registered = Registered as { $reference }; it is in the queue.
intake-open-case = Open the case in the console
intake-invite = Invite the requester to the portal
intake-invited = The requester was invited to the portal.
intake-paper-title = Replies sent on paper
intake-paper-help = Record what was sent outside LERS (by post, fax or by hand); it goes on the request's timeline.
intake-paper-how = How it was sent
intake-paper-sent-on = Sent on
intake-paper-summary = What was sent
intake-paper-record = Record the reply
intake-paper-recorded = The reply sent on paper is on the timeline.

intake-channel-portal = Portal
intake-channel-api = API
intake-channel-post = Post
intake-channel-fax = Fax
intake-channel-email = Email
intake-channel-in_person = In person
intake-channel-mlat = MLAT or international agreement
intake-channel-court_service = Court service
intake-channel-eu_decentralised_it = EU decentralised IT system

mail-intake-invite-subject = { $service }: you are invited to follow your request online
mail-intake-invite-body =
    Hello { $name },

    We received a request from you and entered it in { $service }, our system for requests from law enforcement. You can follow it online: sign up with this same email address at

    { $link }

    After you confirm your address, the request appears in your account.

    { $service }
intake-account-external = external requester

# The timeline line of a reply that staff sent on paper.
timeline-paper_reply = Reply sent on paper
