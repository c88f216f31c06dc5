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
field-address-hint = Where legal correspondence can be served. PO boxes are not accepted.
field-country = Country
field-country-choose = Choose a country
field-subdivision = State, province or region
field-subdivision-hint = Of the issuing authority, e.g. TX or Mazowieckie.

password-title = Choose your password
password-lead = Your address { $email } is verified. Choose a password for it.
field-new-password = New password
field-new-password-hint = At least 8 characters; long passphrases are welcome. Very common passwords are refused.
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
login-code-hint = The 6-digit code from your authenticator app. Leave empty only if you have not set up two-step verification yet.
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

    The link works once. If you did not ask for an account, ignore this email.
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
