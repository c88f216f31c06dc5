# English messages of the LERS web application. To add a language, copy this folder
# to locales/<language tag>/ (e.g. locales/de/) and translate every message.

app-name = LERS
app-tagline = Law Enforcement Request System
skip-to-content = Skip to main content
nav-label = Main
nav-console = Console
nav-accounts = Accounts
nav-domains = Government domains
nav-audit = Audit log
nav-dashboard = Dashboard
nav-sign-in = Sign in
nav-sign-up = Create an account
nav-sign-out = Sign out
footer-text = Every action in this system is recorded in a tamper-evident audit log. Use it only for lawful requests.
language-switcher-label = Language

error-title = Something is not right
error-home = Go to the start page

home-title = Legal requests for user data
home-lead = Verified government and law-enforcement officials submit legal process here, follow its review, talk to the response team and receive produced data securely.
home-requesters-title = For law enforcement and government
home-requesters-text = Create an account with your official government email address. You will verify the address, choose a password and set up two-step verification.
home-emergency-title = Emergencies
home-emergency-text = If a life is in imminent danger, sign in and file an emergency disclosure request: it goes to the top of every queue. Emergency requests are verified by a call-back to your agency.

form-has-errors = There is a problem
pager-label = Pages
pager-prev = Previous
pager-next = Next
pager-status = Page { $page } of { $pages } ({ $total } in all)

signup-title = Create a requester account
signup-lead = Only officials with an email address on the government allow-list can register. Every field is required.
signup-you = About you
signup-agency = Your agency
signup-submit = Create account
signup-sent-title = Check your email
signup-sent-text = If the address can be registered, we have sent it a link to verify it and choose a password. The link works once, for 24 hours.
field-name = Full name
field-gov-email = Official government email address
field-gov-email-hint = For example name@pd.cityname.gov. Personal addresses are not accepted.
field-email = Email address
field-phone = Phone number
field-phone-hint = With country code and any extension, e.g. +1 325 555 0100 ext. 12.
field-agency = Agency name
field-badge = Badge or ID number
field-address = Street mailing address
field-address-hint = Where legal correspondence can be served, on one line (separate the parts with commas). PO boxes are not accepted.
field-country = Country
field-country-choose = Choose a country
field-subdivision = State, province or region
field-subdivision-hint = Of the issuing authority, e.g. TX or Mazowieckie.

password-title = Choose your password
password-lead = Your address { $email } is verified. Choose a password for it.
field-new-password = New password
field-new-password-hint = At least 12 characters; long passphrases are welcome. Very common passwords are refused.
field-password-confirm = Type the password again
password-submit = Save password and continue
link-invalid-title = This link cannot be used

mfa-title = Set up two-step verification
mfa-lead = Every account needs a second step at sign-in: a 6-digit code from an authenticator app on your phone.
mfa-step-app = Install an authenticator app (for example FreeOTP, Google Authenticator or Microsoft Authenticator).
mfa-step-scan = Scan this code with the app:
mfa-qr-label = QR code for your authenticator app
mfa-step-manual = Or type this key into the app:
mfa-step-code = Enter the 6-digit code the app shows.
field-code = 6-digit code
field-code-hint = From your authenticator app.
mfa-submit = Turn on two-step verification
mfa-on = on
mfa-off = not set up

login-title = Sign in
login-code-hint = The 6-digit code from your authenticator app, or one of your recovery codes (ABCDE-FGHIJ) if you lost it. Leave empty only if you have not set up two-step verification yet.
login-submit = Sign in
login-no-account = No account yet?
field-password = Password

dashboard-title = Dashboard
dashboard-welcome = Signed in as { $name }.
dashboard-requests = Your requests
dashboard-no-requests = You have no requests yet.
dashboard-profile = Your details
dashboard-sign-ins = Recent activity on your account
dashboard-sign-ins-hint = If you see a sign-in or change you do not recognise, contact the provider's response team at once.
col-time = Time (UTC)
col-event = Event
col-ip = From
col-person = Person
col-kind = Kind
col-status = Status
col-mfa = Two-step
col-roles = Roles
col-actions = Actions
col-pattern = Domain or rule
col-organization = Organisation
col-place = Place
col-type = Type
col-source = Source
col-actor = Actor
col-subject = Subject
col-outcome = Outcome
col-details = Details

setup-title = Set up the first administrator
setup-lead = This one-time link creates the first admin account. You will set up two-step verification next.
setup-submit = Create admin account

console-title = Response console
console-welcome = Signed in as { $name } (roles: { $roles }).
console-accounts-text = Staff, roles, requester accounts, locks.
console-domains-text = The government email allow-list.
console-audit-text = Browse, filter and verify the tamper-evident audit log.
console-queue-title = Request queue
console-queue-text = Requests from law enforcement appear here once submitted.

filter-search = Search
filter-kind = Kind
filter-all = All
filter-apply = Apply
filter-actor = Actor (pseudonymous id)
filter-subject = Subject
filter-action = Action
filter-outcome = Outcome
kind-requester = Requesters
kind-staff = Staff
accounts-caption = Accounts, newest first
roles-of = Roles of { $name }
roles-save = Save roles
action-unlock = Unlock
action-enable = Enable
action-disable = Disable
invite-title = Invite a staff member
invite-text = The new staff member receives a single-use link to choose a password and set up two-step verification.
invite-submit = Send invitation
invite-sent = Invitation sent to { $email }.
roles-saved = Roles of { $name } saved.
status-saved = { $name } is now { $status }.

domains-lead = Sign-up is open only to addresses on this list. A domain also admits its subdomains; a rule like *.police.uk admits every subdomain of police.uk.
domains-caption = Allow-list entries
domains-add-title = Add a domain or rule
field-pattern = Domain or rule
field-pattern-hint = A domain such as cityname.gov, or a rule such as *.police.uk.
domains-add-submit = Add to the allow-list
domain-added = { $pattern } added.
domain-updated = { $pattern } updated.
status-enabled = enabled
status-disabled = disabled

audit-lead = { $entries } entries. Records name people by pseudonymous ids.
audit-caption = Audit events, newest first
audit-verify = Verify the whole log
audit-verified = The log verifies end to end. Root: { $root }
audit-broken = The log does NOT verify: { $problem }

mail-verify-subject = { $service }: verify your email address
mail-verify-body =
    Hello { $name },

    Someone (hopefully you) asked for a { $service } requester account with this address.
    To verify the address and choose a password, open this link within 24 hours:

    { $link }

    The link works once, and only the newest link sent to you works. If you did not ask for an account, ignore this email.
mail-already-registered-subject = { $service }: you already have an account
mail-already-registered-body =
    Hello { $name },

    Someone tried to create a { $service } account with this address, which already has one.
    To sign in, go to:

    { $link }

    If this was not you, no action is needed; your account is unchanged.
mail-staff-invite-subject = { $service }: you are invited to the response team
mail-staff-invite-body =
    Hello { $name },

    An administrator created a { $service } staff account for you (roles: { $roles }).
    To choose your password and set up two-step verification, open this link within 24 hours:

    { $link }

    The link works once.

## Requests
nav-requests = Requests
nav-tokens = API tokens
requests-title = Your requests
requests-lead = Requests you filed and requests colleagues shared with you. Emergency requests are handled first.
requests-new = File a new request
requests-caption = Requests, most recently changed first
requests-none = No requests match.
col-reference = Reference
col-title = Case
col-deadline = Deadline
col-updated = Last update
filter-status = Status
filter-reference = Reference or case name
shared-marker = shared with you
draft-marker = not yet submitted

new-request-title = File a new request
new-request-lead = Choose what you are asking for. You can save a draft and come back to it before submitting.
kind-user_data = User-data request
kind-user_data-help = Backed by legal process: subpoena, court order, search warrant, MLAT request, European Production Order or another national order.
kind-emergency = Emergency disclosure request
kind-emergency-help = Imminent danger of death or serious physical injury, or a child in danger. No legal process needed; a description and an attestation are. Verified by a call-back to your agency.
kind-preservation = Preservation request
kind-preservation-help = Freeze data while you obtain legal process (90 days, once extendable; European Preservation Order 60 + 30 days).
kind-preservation_extension = Preservation extension
kind-preservation_extension-help = Extend one of your preservation requests.
kind-withhold_access = Withhold-access request
kind-withhold_access-help = Restrict an account or block a meeting, e.g. during an ongoing crime. Backed by legal process.
start-request = Start

instrument-subpoena = Subpoena
instrument-court_order = Court order
instrument-search_warrant = Search warrant
instrument-mlat = MLAT / international agreement request
instrument-eu_production_order = EU European Production Order
instrument-eu_preservation_order = EU European Preservation Order
instrument-preservation_letter = Preservation letter (e.g. 18 U.S.C. § 2703(f))
instrument-other_national_order = Other national order
instrument-national_security = National-security process

category-subscriber_info = Subscriber information
category-connection_logs = Connection and IP logs
category-meeting_metadata = Meeting metadata
category-billing = Billing records
category-content = Content

target-email = Email address
target-phone = Phone number (E.164)
target-account_id = Account ID
target-meeting_id = Meeting ID
target-username = Username
target-ip_address = IP address

status-draft = Draft
status-submitted = Submitted
status-in_review = In review
status-needs_info = Needs information
status-approved = Approved
status-produced = Produced
status-rejected = Rejected
status-challenged = Challenged
status-closed = Closed
status-withdrawn = Withdrawn
status-preserved = Preserved
status-extended = Extended
status-expired = Expired
status-released = Released
status-fulfilled = Fulfilled

form-request-title = { $kind }
form-request-lead = Fields marked with * are needed to submit. Save a draft at any time.
section-case = The case
section-process = Legal process
section-targets = Accounts and identifiers
section-targets-help = One identifier per row. Choose its type; formatting is normalised (e.g. phone numbers to +15550100199).
section-data = Data requested
section-orders = Orders binding the provider
section-emergency = The emergency
section-sharing = Colleagues
field-title = Case name *
field-title-hint = A short name for your own overview, e.g. "Operation Walnut".
field-description = What you ask for and why *
field-description-hint = The data sought and how it relates to the investigation. Narrow requests are answered faster.
field-issuing-authority = Issuing court or authority *
field-instrument = Legal process *
field-instrument-choose = Choose…
field-citation = Citation or case number *
field-request-country = Country of the issuing authority *
field-request-subdivision = State, province or region *
field-target-type = Type of identifier { $n }
field-target-value = Identifier { $n }
add-targets = Add more rows
field-categories = Kinds of data *
field-date-from = Data from (date) *
field-date-to = Data until (date) *
field-deadline = Response needed by (optional)
field-nondisclosure = Non-disclosure order
field-delay-notice = Delay-of-notice order
order-none = No such order
order-until = In force until
order-indefinite = In force with no end date
field-order-until = End date
field-narrative = Describe the emergency *
field-narrative-hint = Who is in danger, what the danger is, and why it is imminent.
field-attested = I attest that this is an emergency involving danger of death or serious physical injury, and that disclosure without delay is needed to prevent it. *
field-supervisor-name = Supervisor's name *
field-supervisor-phone = Supervisor's phone *
field-extends = Reference of the preservation request to extend *
field-colleagues = Colleagues who may see this request
field-colleagues-hint = Up to 5 email addresses of colleagues at your agency who have their own account, one per line.
save-draft = Save draft
submit-request = Submit request
draft-saved = Draft saved.

detail-kind = Kind
detail-status = Status
detail-reference = Reference
detail-submitted = Submitted
detail-deadline = Deadline
detail-authority = Issuing authority
detail-instrument = Legal process
detail-citation = Citation
detail-country = Country
detail-targets = Identifiers
detail-categories = Data requested
detail-dates = Date range
detail-nondisclosure = Non-disclosure order
detail-delay = Delay-of-notice order
detail-emergency = Emergency
detail-supervisor = Supervisor
detail-colleagues = Colleagues with access
detail-owner = Filed by
detail-withdrawn = Withdrawn because
detail-description = Request
edit-draft = Continue editing
documents-title = Legal process and documents
documents-none = No documents yet.
documents-upload = Upload a PDF
field-file = PDF file
field-file-hint = Legal process as a PDF, up to { $mib } MiB. Encrypted PDFs and PDFs with scripts are refused.
upload-submit = Upload
uploaded = { $name } uploaded. SHA-256 receipt: { $sha256 }
col-file = File
col-size = Size
col-sha256 = SHA-256
col-uploaded = Uploaded
timeline-title = Timeline
timeline-status = Status: { $status }
timeline-message = Message
timeline-document = Document added: { $name }
messages-title = Messages with the response team
# Who wrote a message or changed a request, when it was staff.
author-response-team = Response team
messages-none = No messages yet.
field-message = Your message
field-attachment = Attach a PDF (optional)
send-message = Send message
message-sent = Message sent.
withdraw-title = Withdraw this request
withdraw-lead = Withdrawing stops all work on the request. This cannot be undone.
field-reason = Reason for withdrawing *
withdraw-submit = Withdraw request
withdrawn-notice = The request was withdrawn.
submitted-notice = Request submitted. Your reference is { $reference }.

tokens-title = API tokens
tokens-lead = Personal tokens let your agency's case system submit and follow requests through the API (/api/v1). A token acts as you: keep it secret, give it only the scopes it needs, and revoke it when no longer used.
tokens-caption = Your tokens
tokens-none = You have no API tokens.
col-name = Name
col-scopes = Scopes
col-created = Created
col-last-used = Last used
token-revoke = Revoke
token-revoked = revoked
tokens-new = Create a token
field-token-name = Name *
field-token-name-hint = What will use it, e.g. "Case system".
scope-read = read — list and read requests, messages and documents
scope-submit = submit — create, submit and withdraw requests, send messages, upload documents
field-token-code = Current 6-digit code *
field-token-code-hint = Creating a token needs a fresh code from your authenticator app.
token-create = Create token
token-created = Token created. Copy it now: it is shown only once.

mail-request-received-subject = { $service }: request { $reference } received
mail-request-received-body =
    Hello { $name },

    Request { $reference } was received and will be reviewed.
    Follow it and talk to the response team at:

    { $link }
mail-api-receipts-subject = { $service }: requests received through the API ({ $count })
mail-api-receipts-body =
    Hello { $name },

    { $sections }

    Follow them and talk to the response team at:

    { $link }
mail-api-receipts-own =
    Filed through the API with your tokens, received and to be reviewed ({ $count }). If you did not file them, revoke your API tokens at once and tell the response team:
mail-api-receipts-shared = Filed through the API by colleagues and shared with you, received and to be reviewed ({ $count }):
mail-api-receipts-more = … and { $rest } more, in your list of requests.
mail-new-message-subject = { $service }: new message on { $reference }
mail-new-message-body =
    Hello { $name },

    There is a new message on request { $reference }.
    For security the message is not included here. Log in to read it:

    { $link }

mail-hold-warning-subject = { $service }: preservation { $reference } ends soon
mail-hold-warning-body =
    Hello { $name },

    The preservation of data under request { $reference } ends on { $date }.
    To keep the data, send legal process or file a preservation extension before then:

    { $link }

mail-request-updated-subject = { $service }: request { $reference } was updated
mail-request-updated-body =
    Hello { $name },

    There is news on request { $reference }. Log in to see it:

    { $link }

## Console
nav-queue = Queue
queue-title = Request queue
queue-lead = Every open request: emergencies first, then by deadline. Overdue requests are marked.
queue-caption = Open requests
queue-empty = No open requests match.
filter-country = Country (ISO code)
filter-mine = Assigned to me
filter-overdue = Overdue only
col-agency = Agency
col-due = Due
col-assignee = Assigned to
overdue = overdue
console-emergency-banner = Emergency disclosure request: act within the hour. Never approve on the account's word alone — verify by call-back first.
console-account-created = account created
console-from-request = from the request — do not use for the call-back
console-hold = Preservation hold
console-hold-until = in force until
console-unassigned = Unassigned
console-assign = Assign
console-deconfliction = Other requests naming the same identifiers
console-other-requests = Other requests (any agency)
console-no-other = none
console-documents-audited = Every document opened here is recorded in the audit log.
console-callback = Call-back verification
console-callback-lead = Call the agency on a number you found yourself (agency directory, official website, switchboard) — never the number in the request — and confirm that this officer sent this request. A failed call-back suspends the requesting account.
field-callback-phone = Number called
field-number-source = Where the number came from
field-number-source-hint = e.g. "Abilene PD switchboard from abilenetx.gov"
field-answered-by = Who answered
field-callback-result = Result
callback-confirmed = Confirmed: the agency confirms the request
callback-failed = Failed: the agency does not know this request
callback-no-answer = No answer
callback-submit = Record call-back
field-note = Note
console-review = Legal review
console-reviewed-by = Reviewed by { $name } at { $at }. The answers suggest:
suggestion-proceed = proceed
suggestion-challenge = challenge
suggestion-reject = reject
criterion-overbroad = Is the request overbroad or vague?
criterion-no_legal_basis = Does it lack a legal basis in the requesting jurisdiction?
criterion-not_bona_fide = Does it not serve the bona fide detection or prevention of crime?
criterion-outside_jurisdiction = Does it ask about persons outside the authority's jurisdiction?
criterion-unauthorised_requester = Is the requesting entity not authorised to make it?
criterion-indefinite_nondisclosure = Does it carry a non-disclosure order with no end date?
criterion-defective = Was it improperly served or is it otherwise defective?
criterion-enterprise_customer = Does it concern data of an enterprise or public-sector customer (redirect to the customer)?
criterion-encrypted_content = Does it ask for content of end-to-end-encrypted meetings (which cannot be produced)?
answer-fine = No problem
answer-problem = Problem (explain)
review-submit = Save review
console-decide = Decision
field-decision = Decision
decision-approve = Approve disclosure (full)
decision-approve_partial = Approve in part
decision-reject = Reject
decision-challenge = Challenge
decision-ask_for_information = Ask for more information
# A decision as the requester reads it: what was decided, not what to do.
decided-approve = Disclosure approved in full
decided-approve_partial = Disclosure approved in part
decided-reject = Request rejected
decided-challenge = Request challenged
decided-ask_for_information = More information requested
field-reasons = Reasons (shown to the requester)
reason-overbroad = Overbroad or vague
reason-no_legal_basis = No legal basis
reason-not_bona_fide = Not for the bona fide detection or prevention of crime
reason-outside_jurisdiction = Outside the authority's jurisdiction
reason-unauthorised_requester = Requester not authorised
reason-indefinite_nondisclosure = Non-disclosure order without end date
reason-defective = Improperly served or defective
reason-redirect_to_customer = Data belongs to an enterprise customer: ask the customer
reason-no_data_held = No data held
reason-encrypted_content = End-to-end-encrypted content cannot be produced
field-scope = For a partial approval: what may be produced
field-note-to-requester = Note to the requester
field-step-up-code = Current 6-digit code (needed to approve)
field-step-up-code-hint = Approving a disclosure needs a fresh second factor.
decide-submit = Record decision
console-internal-notes = Internal notes (staff only)
field-internal = Internal note (not shown to the requester)
decision-recorded = Decision recorded.
review-saved = Review saved.
callback-recorded = Call-back recorded.
note-saved = Saved.
assigned = Assignment saved.
decisions-title = Decisions
console-directory = Account directory
console-region = region
console-enterprise = enterprise customer — redirect to the customer
console-restricted = restricted
console-held = data on hold
console-no-account = no account found
field-preservation-reference = Preservation this request follows (optional)
field-preservation-reference-hint = If you preserved this data earlier, its reference (e.g. LERS-2026-000123): the hold becomes part of this request.

## Notices to affected users (also in de, pl, vi, zh-CN)
mail-notice-subject = { $service }: a legal request for data of your account
mail-notice-body =
    Hello,

    { $service } received a legal request for information about your account { $account }
    from { $authority } ({ $country }), under { $process }.
    On { $date } we disclosed: { $categories }.

    We are telling you so that you can seek legal advice or object if you wish.
    This message was sent automatically; please do not reply to it.
notices-title = Notify affected users
notices-lead = Policy: notify each affected user when their data is disclosed, unless a valid delay-of-notice order is in force (then when it ends), or the case involves child endangerment, a threat to life, or a threat to the provider. Every decision needs its reason.
notice-undecided = no decision yet
field-notice-choice = Notice
notice-notify-now = Notify now
notice-delay = Notify when the delay-of-notice order ends
notice-exempt = Do not notify (exemption)
notice-not-applicable = Not applicable (nothing disclosed)
field-exemption = Exemption
exemption-child_endangerment = Child endangerment
exemption-threat_to_life = Threat to life
exemption-threat_to_provider = Threat to the provider's services, rights or property
field-notice-reason = Reason
notice-submit = Record
notice-recorded = Notice decision recorded.
notice-held = Notice held.
notice-hold = Hold
notice-state-scheduled = scheduled
notice-state-awaiting_order = held by an order without end date (challenge it)
notice-state-held = held by staff
notice-state-sent = sent
notice-state-not_sent = not sent
notice-decision-notify_now = notify now
notice-decision-delay = after the delay order
notice-decision-exempt = exempt
notice-decision-not_applicable = not applicable
nav-notices = Notices
notices-upcoming = Upcoming notices to affected users
notices-upcoming-lead = What will be sent, to whom, when and why. A notice can be held only for a recorded exemption.
notices-caption = Notices not yet sent
notices-none = No notices are waiting.
notices-to = Affected account
notices-when = When
notices-why = Why
field-order-extended = Order extended until (optional)
console-challenge-delay = no end date: a ground to challenge

## Transparency
nav-transparency = Transparency reports
transparency-title = Transparency report
transparency-lead = How many legal requests for user data we received from governments, and how we answered them, per half-year and country. Aggregates only.
transparency-period = Period
transparency-show = Show
transparency-total-requests = Requests received
transparency-total-accounts = Accounts specified
transparency-countries = Countries
transparency-version = { $period } (ending { $ending }), version { $version }
transparency-csv = Download CSV
transparency-json = Download JSON
transparency-chart-countries = Requests by country
transparency-chart-legend = Dark part of each bar: requests where some data was produced.
transparency-chart-trend = Requests per period
transparency-table = By country and legal process
transparency-caption = Requests received in { $period }, version { $version }
transparency-bands = National-security process is reported only in bands of { $width }; banded figures are not in the totals.
transparency-none = No report has been published yet.
transparency-staff-lead = Compute a report for a period, review the figures, then publish it. Published versions never change; a correction is published as a new version with a note.
field-changelog = Note (for corrections)
field-changelog-hint = What changed compared with the previous version, if any.
transparency-compute = Compute draft
transparency-draft = Draft for { $period } (not public)
transparency-publish = Publish this report
transparency-versions = Drafts and published versions
transparency-published-notice = Published { $period }, version { $version }.
col-country = Country/region
col-process = Legal process
col-requests = Requests
col-accounts = Accounts
col-disclosed = Some data produced
col-content = Content disclosures
col-non-content = Non-content disclosures
col-delay-orders = Delay-of-notice orders
process-subpoena = Subpoena
process-court_order = Court order
process-search_warrant = Search warrant
process-mlat = MLAT / international agreement
process-eu_production_order = EU European Production Order
process-eu_preservation_order = EU European Preservation Order
process-preservation_letter = Preservation letter
process-other_national_order = Other national order
process-national_security = National-security process
process-emergency = Emergency disclosure
process-user_data = User-data request
process-preservation = Preservation
process-preservation_extension = Preservation extension
process-withhold_access = Withhold access
notice-state-sending = being sent
notice-delivery-sent = sent
notice-delivery-failed = not delivered
notice-delivery-no_address = no address on file

## Productions
productions-title = Productions
productions-none = Nothing produced yet.
production-open = Start a production
production-opened = Production started: add files, then deliver it.
production-state-open = Being assembled
production-state-delivered = Delivered
production-state-shredded = Destroyed at the end of retention
production-producer = producer
production-delivered-at = Delivered
production-available-until = Available until
production-retain-until = destroyed after
col-received = Bytes received
field-production-files = Files to produce
field-production-files-hint = Any type and size. Files are encrypted as they upload; an interrupted upload continues where it stopped when you choose the same file again.
production-upload = Upload
production-verify = Verify stored copy
production-verified = The stored copy decrypts to exactly what was uploaded (SHA-256 matches). The check was logged.
production-verify-failed = The stored copy failed its check. Do not deliver it; remove it and upload the file again. The failure was logged.
production-remove = Remove
production-file-removed = File removed and its stored copy deleted.
production-deliver = Deliver to the requester
production-delivered = Delivered. The requester was told; downloads are open until the availability date.
productions-received-title = Produced data
productions-download-lead = Downloads need a fresh code from your authenticator app. Every download is logged with who, when, from where and how many bytes. The manifest lists every file with its SHA-256 and can be checked offline with "lers manifest verify".
production-unlock = Unlock downloads
production-unlocked = Downloads unlocked for 5 minutes.
production-confirm-first = Enter a code from your authenticator app to download.
production-manifest = Manifest (JSON)
production-expired = This production is no longer available for download.
alerts-title = Alerts
alert-staff-access = { $name } ({ $pseudonym }) opened requesters' files { $accesses } times since { $since }.
alert-acknowledge = Acknowledge

## Account kinds and statuses, as the accounts list shows them.
account-kind-requester = Requester
account-kind-staff = Staff
account-status-active = Active
account-status-locked = Locked
account-status-disabled = Disabled
