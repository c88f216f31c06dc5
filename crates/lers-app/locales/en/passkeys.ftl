## Passkeys and security keys (WebAuthn)

passkey-working = Follow the instructions of your browser or security key…
passkey-cancelled = The key was not used: the request was cancelled or timed out. Try again.
passkey-unavailable = This browser cannot use passkeys or security keys (WebAuthn is not available, or the page is not served over HTTPS). Use an up-to-date browser, or sign in with your password and code.
passkey-needs-script = Passkeys and security keys need JavaScript in this browser. Sign in with your password and code instead.
passkey-sign-in-title = Sign in with a passkey
passkey-sign-in-lead = Use a passkey or security key registered to your account. Unlocking it with its PIN, fingerprint or face counts as both factors: no password or code is needed.
passkey-sign-in-button = Sign in with a passkey
passkey-second-factor-button = Use my security key instead of a code
passkey-second-factor-missing = Type your email address and password first, then use your key.
passkey-step-up-button = Confirm with my security key
passkey-step-up-done = Key confirmed. Leave the code empty and continue.
passkey-login-key-required = Your account must sign in with a passkey or security key: a password and code are not enough. Use "Sign in with a passkey" below.

passkeys-title = Passkeys and security keys
passkeys-lead = A passkey or security key signs you in without a password and cannot be phished: it only works on this site. You can register several, for example one on your computer and a spare on a key ring.
passkeys-manage-link = Passkeys and security keys
passkeys-enrolment-required = Your organisation requires you to sign in with a passkey or security key. Register one now; this page is open to you only for a few minutes after signing in. From then on, sign in with the key.
passkeys-policy-applies = Your organisation requires you to sign in with a passkey or security key, so your last key cannot be removed.
passkeys-none = No passkey or security key is registered yet.
passkeys-caption = Your passkeys and security keys
passkeys-col-synced = Synchronised
passkeys-never-used = Never used
passkeys-synced-yes = Yes (backed up by its provider)
passkeys-synced-no = No (kept on the device)
passkeys-new-name = New name
passkeys-rename = Rename
passkeys-remove = Remove
passkeys-fresh-factor-hint = Adding, renaming or removing a key needs a fresh second factor: a current code, or a key or code confirmed in the last 5 minutes.
passkeys-add-title = Add a passkey or security key
passkeys-name = Name of the key
passkeys-name-hint = Something that tells your keys apart, for example "Office laptop" or "Blue key".
passkeys-code-hint = A current code from your authenticator app. Leave it empty if you confirmed a code or key in the last 5 minutes.
passkeys-add = Add the key
passkey-registered = The key was added. You can now sign in with it.
passkey-renamed = The key was renamed.
passkey-removed = The key was removed. It can no longer sign in to this account.

passkey-error-no-relying-party = Passkeys cannot be used on this installation: its public address is not a valid web address for them. Tell the provider's response team.
passkey-error-challenge = This attempt has expired or was already used. Start again.
passkey-error-rejected = The key's answer could not be verified. Try again with a key registered to this account, and unlock it with its PIN or biometric.
passkey-error-clone = This key was refused: its use counter went backwards, which can mean it was copied. The attempt was recorded. Use another key or your code, and tell the provider's response team.
passkey-error-unknown-key = This key is not registered to an account here. Sign in with your password and code, then add the key.
passkey-error-no-keys = No passkey or security key is registered to your account. Use a code, or add a key under Passkeys and security keys.
passkey-error-already-registered = This key is already registered.
passkey-error-too-many = This account already has the most keys allowed (20). Remove one before adding another.
passkey-error-name-empty = Give the key a name.
passkey-error-name-long = The name can be at most 60 characters long.
passkey-error-name-characters = The name cannot contain line breaks or invisible control characters.
passkey-error-fresh-factor = This needs a fresh second factor: enter a current code from your authenticator app, or confirm with your security key first.
passkey-error-last-key = This is your last key, and your organisation requires one: add another key before removing this one.
passkey-error-account = This account cannot sign in at the moment (it is locked or disabled, or its domain is no longer admitted). Contact the provider's response team.
passkey-error-throttled = Too many failed attempts from your network. Wait 15 minutes and try again.
passkey-error-internal = Something went wrong on our side. Try again, and tell the provider if it keeps happening.

passkey-policy-title = Sign-in security
passkey-policy-lead = Who must sign in with a passkey or security key. Those it covers can no longer sign in with a password and code; anyone without a key yet registers one right after their next sign-in with password and code.
passkey-policy-link = Sign-in security: passkeys and security keys
passkey-policy-legend = Passkeys or security keys are required for
passkey-policy-save = Save
passkey-policy-saved = The sign-in rule was saved.
passkey-policy-nobody = Nobody (optional for everyone)
passkey-policy-approvers = Staff with the approver role
passkey-policy-all_staff = All staff
passkey-policy-everyone = Everyone, requesters included
passkey-policy-four-eyes = Requiring keys of more people takes effect at once. Requiring them of fewer takes protection away, so a second admin must approve it.
passkey-policy-proposed = The change relaxes the rule, so it waits on this page for a second admin to approve it; if nobody does within 72 hours, it expires. The rule in force is unchanged until it is approved.
passkey-policy-pending = { $name } proposes that keys be required only of: { $policy }. Proposed { $at }; the proposal expires { $expires }.
passkey-policy-own-proposal = You proposed this change, so another admin must approve it. You may withdraw it.
passkey-policy-withdraw = Withdraw my proposal
passkey-policy-approved = The change was approved and is now in force.
passkey-policy-rejected = The proposal was set aside; the rule in force is unchanged.

# Mail to the owner when a key is added or removed (a stolen session must not add one unnoticed).
mail-key-added-subject = { $service }: a security key was added to your account
mail-key-added-body =
    Dear { $name },

    The security key or passkey “{ $key }” was added to your { $service } account on { $at }.

    If this was you, there is nothing to do. If it was not, sign in at once, remove the key and change your password, then tell the provider:
    { $link }
mail-key-removed-subject = { $service }: a security key was removed from your account
mail-key-removed-body =
    Dear { $name },

    The security key or passkey “{ $key }” was removed from your { $service } account on { $at }.

    If this was you, there is nothing to do. If it was not, sign in at once, check your keys and change your password, then tell the provider:
    { $link }
mail-key-renamed-subject = { $service }: a security key on your account was renamed
mail-key-renamed-body =
    Dear { $name },

    The security key or passkey “{ $previous }” on your { $service } account was renamed “{ $key }” on { $at }.

    If this was you, there is nothing to do. If it was not, sign in at once, check your keys and change your password, then tell the provider:
    { $link }
