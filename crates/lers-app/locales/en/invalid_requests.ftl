## What was sent cannot be acted on: a link that no longer works, a form that could
## not be read, a choice the page did not offer.

## Links sent by email.
form-link-unknown = This link is not valid. Ask for a new one.
form-link-expired = This link has expired. Ask for a new one.
form-link-used = This link was already used. Sign in, or ask for a new link.
form-link-revoked = This link no longer works: a newer link was sent, or the account was verified or changed since. Use the newest link you received, or sign in.
form-enrollment-reload = Reload the page to get your setup code.

## Forms and choices.
form-unreadable = The form could not be read. Reload the page and send it again.
form-incomplete = The form is incomplete or holds a value the page does not offer. Reload the page and fill it in again.
form-choose-request-kind = Choose a kind of request.
form-choose-eu-form = Choose Form 5 or Form 6.
form-choose-language = LERS has no language “{ $language }”. Choose one of: { $languages }.
form-choose-key-policy = Choose one of the sign-in security settings offered on the page.
form-choose-key-policy-decision = Approve or reject the waiting change with one of the buttons on the page.
form-choose-account-status = Choose one of the account statuses offered on the page.

## Uploads.
form-upload-offset-missing = Send the byte position at which this chunk starts in the Upload-Offset header.
form-multipart-unreadable = The upload could not be read. Send it again as multipart/form-data.
form-upload-file-field-missing = Send the PDF in the multipart field named “file”.

## Signing in: one answer for a wrong address, password or code, so that it does not
## tell an attacker which part was right.
form-login-invalid = The email address, password or code is not right. Each code works once: if you just used one, wait for the next.
form-login-locked = This account is locked after too many failed attempts. Ask the provider's response team to unlock it.
form-login-disabled = This account is disabled. Contact the provider's response team.
form-login-disabled-inactive = This account was disabled because it was not used for 90 days. Ask the provider's response team to enable it again.
form-login-domain-not-admitted = Your agency's domain is no longer admitted; contact the provider.
form-login-throttled = Too many failed attempts from your network. Wait 15 minutes and try again.
