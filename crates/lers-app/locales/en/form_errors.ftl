## Problems with form fields, said next to the field (issue 17). The rules name a
## problem by its id; a `$what` is itself one of the field names below, so each
## language words the whole sentence. The JSON API gives the id as `code`.

## Field names, as the subject of a sentence or after "Enter".

form-this-field = This field
form-the-name = The name
form-the-reason = The reason
form-the-message = The message
form-the-file-name = The file name
form-your-full-name = Your full name
form-your-agency = Your agency name
form-your-badge = Your badge or ID number
form-your-phone = Your phone number
form-your-mailing-address = Your street mailing address
form-your-subdivision = Your state, province or region
form-what-title = a short case name
form-what-subdivision = the state, province or region
form-what-issuing-authority = the issuing court or authority
form-what-citation = the legal citation or case number
form-what-description = what you ask for and why
form-what-date-from = The start of the date range
form-what-date-to = The end of the date range
form-what-deadline = The deadline
form-what-nondisclosure = non-disclosure order
form-what-delay-of-notice = delay-of-notice order
form-what-narrative = the description of the emergency
form-what-supervisor-name = your supervisor's name
form-eu-issuing = issuing authority
form-eu-validating = validating authority
form-what-eu-issuing-name = the name of the issuing authority
form-what-eu-validating-name = the name of the validating authority
form-what-eu-issuing-file = the file number of the issuing authority
form-what-eu-validating-file = the file number of the validating authority
form-what-eu-address = the address
form-what-eu-signer = the name of who signed
form-what-eu-phone = the phone number
form-what-eu-email = the email address
form-what-eu-offence = the offence and legal basis (section G)
form-what-eu-earlier = the earlier order
form-what-eu-delay-end = The end of the delay of informing the user
form-what-eu-enforcing = the enforcing authority that was notified (section K)
form-what-eu-issued-on = The date of issue
form-what-eu-delivery = where the data is to be sent (section L)
form-what-eu-information-ea = the information for the enforcing authority (section M)

## Any field.

form-enter = Enter { $what }.
form-too-long = { $what } must be at most { $max } characters.
form-line-break = { $what } contains a line break or tab; keep it on one line.
form-invisible = { $what } contains an invisible control or formatting character (such as a text-direction override, possibly pasted along with the text); retype it.
form-not-a-date = { $what } must be a date such as 2026-11-27.

## The profile (sign-up, own account) and staff names.

form-enter-full-name = Enter your full name.
form-enter-agency = Enter your agency name.
form-enter-badge = Enter your badge or ID number.
form-enter-phone = Enter your phone number.
form-enter-mailing-address = Enter your street mailing address.
form-enter-subdivision = Enter your state, province or region.
form-phone-format = Enter a phone number with its country code, e.g. +1 325 555 0100 ext. 12.
form-po-box = Give a street address where legal process can be served; PO boxes are not accepted.
form-agency-country = Choose the country of your agency.
form-staff-name = Enter a full name of at most { $max } characters.

## A request draft.

form-issuing-country = Choose the country of the issuing authority.
form-instrument-wrong = This legal process cannot back this kind of request; choose one from the list.
form-instrument-missing = Choose the legal process behind the request.
form-targets-missing = Name at least one account, email address, phone number or other identifier.
form-target-type = Identifier { $number }: choose its type.
form-target-invalid = Identifier { $number } ({ $value }): { $reason }.
form-target-empty = the identifier is empty
form-target-too-long = the identifier is longer than 320 characters
form-target-control = the identifier contains a line break, control or invisible formatting character
form-target-email = an email address needs one @ with text on both sides, e.g. name@example.com
form-target-phone = a phone number needs its country code and 7 to 15 digits, e.g. +1 555 010 0199
form-target-ip = not an IPv4 or IPv6 address (give one address, not a range)
form-target-meeting-id = a meeting ID has only letters, digits, spaces and dashes
form-targets-too-many = At most { $max } identifiers per request; split larger requests.
form-data-categories = Choose the kinds of data you ask for.
form-date-range-missing = Give the date range of the data you ask for; open-ended requests are overbroad.
form-date-range-reversed = The end of the date range is before its start.
form-date-range-future = The date range cannot start in the future.
form-deadline-past = The deadline must be after today.
form-order-ended = The { $what } has already ended; choose "no order" or give its real end date.
form-order-end-date = Give the end date of the { $what }, such as 2027-05-31.
form-narrative-short = Describe the danger, who is at risk and why it is imminent (at least { $min } characters).
form-attest = Confirm the emergency attestation.
form-supervisor-phone = Give your supervisor's phone number with country code, e.g. +1 325 555 0100.
form-extends-reference = Give the reference of the preservation request to extend, e.g. LERS-2026-000123.
form-preservation-reference = Give the reference of your preservation request, e.g. LERS-2026-000123, or leave it empty.
form-colleagues-too-many = At most { $max } colleagues may be given access.

## An EU order's certificate.

form-eu-member-state = Choose the EU member state of the { $what } (Denmark is not bound by the Regulation).
form-eu-data-categories = Choose the categories of data the certificate names (section F).
form-eu-earlier-order = Give the earlier order's LERS reference, e.g. LERS-2026-000123, or the issuing authority's identifier.
form-eu-delay-ended = The delay of informing the user has already ended; choose "not restricted".
form-eu-delay-date = Give the date until which the user must not be informed, such as 2027-05-31.
form-eu-enforcing-email = Give the enforcing authority's email address as name@example.eu, or leave it empty.
form-eu-issued-future = The certificate cannot be issued in the future.
form-eu-issued-on = Give the date the certificate was signed.
form-eu-received-before-issue = The certificate is dated { $issued }, after the order was received ({ $received }); check the date of issue and the time of receipt.

## Following a request: withdrawing, messages, uploads.

form-withdraw-reason = Give the reason for withdrawing (at most { $max } characters).
form-message-length = Write a message of at most { $max } characters.
form-message-unreadable = The message could not be read, or is far longer than a message may be; shorten it.
form-form-unreadable = The form could not be read; send it again.
form-upload-unreadable = The upload could not be read; try again.
form-upload-interrupted = The upload was interrupted or too large; try again.
form-file-missing = Choose a file to upload.
form-file-too-large = The file is larger than { $mib } MiB; split it or ask the provider for another way to send it.

## The email address at sign-up and on the profile.

form-email-not-allowed = { $domain } is not on the government email allow-list. Use your official government or police email address; if your agency's domain is missing, ask the provider to add it.
form-email-empty = Enter your email address: your official work address, for example name@agency.gov.
form-email-missing-at = This email address has no "@". Enter your full work address, for example name@agency.gov.
form-email-too-many-at = This email address has more than one "@". Enter a single address, for example name@agency.gov.
form-email-quoted = Email addresses with quotation marks are not accepted. Enter your address without quotes, for example name@agency.gov.
form-email-comment = Email addresses with round brackets "(" or ")" are not accepted. Remove the brackets and any text between them.
form-email-whitespace = This email address contains a space, tab or other invisible character. Remove it (check the start and the end too) and try again.
form-email-non-ascii = This email address contains international characters (letters outside plain a-z). They are not accepted because look-alike letters from other alphabets are a known trick to impersonate government addresses. Type your address by hand rather than pasting it.
form-email-punycode = This email address uses an encoded international domain name (a part starting with "xn--"). These are not accepted because look-alike letters are a known trick to impersonate government addresses. Use your agency's plain address.
form-email-trailing-dot = This email address ends with a dot. Remove the final dot and try again.
form-email-domain-literal = Addresses with an IP address in square brackets are not accepted. Use your agency's email address with a domain name, for example name@agency.gov.
form-email-domain-empty = This email address has nothing after the "@". Enter your full address, for example name@agency.gov.
form-email-domain-empty-label = The part after the "@" starts with a dot or has two dots in a row. Check the address for typing mistakes.
form-email-domain-character = The part after the "@" may contain only letters, digits, hyphens and dots. Check the address for typing mistakes.
form-email-domain-label-hyphen = A part of the domain after the "@" starts or ends with a hyphen, which is not valid. Check the address for typing mistakes.
form-email-domain-label-too-long = A part of the domain after the "@" is longer than 63 characters, which is not valid. Check the address for typing mistakes.
form-email-domain-too-long = The part after the "@" is longer than 253 characters, which is not valid. Check the address for typing mistakes.
form-email-single-label = The part after the "@" must be a full domain name containing a dot, such as agency.gov. Enter your complete work address.
form-email-numeric-tld = The part after the "@" must end in a name such as .gov, not a number. Enter your agency's email address, not an IP address.
form-email-local-empty = This email address has nothing before the "@". Enter your full address, for example name@agency.gov.
form-email-local-too-long = The part before the "@" is longer than 64 characters, which email does not allow. Check the address for typing mistakes.
form-email-local-dots = The part before the "@" starts or ends with a dot, or has two dots in a row. Check the address for typing mistakes.
form-email-local-character = The part before the "@" contains a character that is not accepted. Use only letters, digits, dots and the symbols ! # $ % & ' * + / = ? ^ _ ` { "{" } | { "}" } ~ -
form-email-too-long = This email address is longer than 254 characters, which email does not allow. Check the address for typing mistakes.

## A new password.

form-password-too-short = This password is too short. Use at least { $min } characters; a few unrelated words make a long password that is easy to remember.
form-password-too-long = This password is too long. Use at most { $max } characters.
form-password-common = This password is on a list of commonly used passwords that attackers try first. Choose a different, less predictable one.
form-password-contains-email = This password contains the part of your email address before the "@", which is among the first things an attacker would try. Choose a password that does not include it.
form-password-mismatch = The two passwords do not match. Type the same password in both fields.

## Filing: what the draft refers to. Legal process as a PDF.

form-extends-not-yours = { $reference } is not one of your open preservation requests.
form-preservation-not-in-force = { $reference } is not one of your preservations in force.
form-pdf-not-pdf = this file is not a PDF (its content does not start like one, whatever its name); upload the legal process as a PDF
form-pdf-encrypted = this PDF is encrypted or password-protected; upload an unprotected copy
form-pdf-active-content = this PDF contains JavaScript or actions that launch programs, which are not accepted; print it to a new PDF and upload that
form-pdf-unreadable = this PDF is damaged and cannot be read ({ $detail }); export it again and upload the new file
form-pdf-too-complex = this PDF needs more memory or time to check than this server allows (it holds an unusually large number of objects); print it to a new PDF, or split it, and upload that
form-pdf-checker-unavailable = the server could not check this file just now; try again in a few minutes, and tell the provider if it keeps happening
form-pdf-busy = the server is busy checking other files; try again in a few minutes

## Codes from an authenticator app; the own account's password and address.

form-code-malformed = enter the 6-digit code from your authenticator app (digits only)
form-code-wrong = that code is not correct; check your phone's time and enter the current code
form-code-reused = that code was already used; wait for the next code and enter it
form-not-current-password = This is not your current password.
form-email-unchanged = This is already the account's address; enter the new one.

## API tokens; leaving LERS.

form-token-name = Give the token a name of at most { $max } characters.
form-token-scopes = Choose at least one scope.
form-token-lifetime = choose a lifetime from 1 to { $max } days
form-leave-confirm = Tick the box to confirm that you understand what is erased and what is kept.
