## Accounts: links, forgotten and changed passwords, profile, email change, throttling

throttled-text = Too many attempts from your network or for this address. To protect officers' mailboxes, this form is limited. Try again in { $minutes } minutes.

signup-resend-prompt = No email after a few minutes?
login-forgot = Forgot your password?
login-resend = Did not get the verification email?

resend-title = Send the verification link again
resend-lead = Enter the address you signed up with. If it has an account that is not verified yet, we send it a new link; older links stop working.
resend-submit = Send a new link

forgot-title = Forgot your password
forgot-lead = Enter your account's email address. If it belongs to an active account, we send it a link to choose a new password. The link works once, for one hour.
forgot-submit = Send a reset link
forgot-sent-title = Check your email
forgot-sent-text = If the address belongs to an active account, we have sent it a link to choose a new password. The link works once, for one hour; only the newest link works.

reset-title = Choose a new password
reset-lead = Choose a new password for { $email }. Every session of this account will end; you then sign in with the new password and a code from your authenticator app.
reset-submit = Save the new password
reset-done-title = Your password was changed
reset-done-text = Every session of your account has ended. Sign in with your new password and a code from your authenticator app.

change-password-title = Change your password
change-password-lead = Confirm with your current password and a current code from your authenticator app. Your other sessions will end.
change-password-code-hint = A current code from your authenticator app; each code works once.
change-password-submit = Change password
change-password-done = Your password was changed. Sessions ended elsewhere: { $sessions }.
field-current-password = Current password

profile-title = Your account
profile-lead = Keep your details up to date. They are checked the same way as at sign-up.
profile-email-hint = Your email address identifies your account and cannot be changed here. To move to a new address, ask the provider's response team: they send a link to the new address, and the change takes effect when you open it.
profile-submit = Save details
profile-saved = Your details were saved.

email-change-title = Change an account's email address
email-change-lead = { $name } uses { $email }. A link goes to the new address; nothing changes until it is opened there.
email-change-hint = For requesters the new address must be on the government allow-list. It must not belong to another account.
email-change-submit = Send the link to the new address
email-change-sent = A confirmation link for { $name } was sent to { $email }. The address changes when the link is opened.
email-change-action = Change email
field-new-email = New email address

email-confirm-title = Confirm your new email address
email-confirm-lead = Make { $email } the address of your account?
email-confirm-submit = Confirm the new address
email-confirm-done-title = Your email address was changed
email-confirm-done-text = Your account now uses { $email }. Sign in with it from now on.

mail-reset-subject = { $service }: choose a new password
mail-reset-body =
    Hello { $name },

    Someone (hopefully you) asked to reset the password of your { $service } account.
    To choose a new password, open this link within one hour:

    { $link }

    The link works once, and only the newest link works. Afterwards, signing in still
    needs a code from your authenticator app. If you did not ask for this, ignore this
    email: your password is unchanged.
mail-email-change-subject = { $service }: confirm your new email address
mail-email-change-body =
    Hello { $name },

    An administrator of { $service } asked to move your account to this address.
    To confirm it, open this link within 24 hours:

    { $link }

    Nothing changes until you do. If you did not expect this, ignore this email.
mail-email-changed-subject = { $service }: your account's email address was changed
mail-email-changed-body =
    Hello { $name },

    The email address of your { $service } account was changed to { $email }, and this
    address no longer signs in. If you did not ask for this, contact the provider's
    response team at once.
