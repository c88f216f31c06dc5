## Problems with the response team's forms: the review checklist, the call-back
## record and the decision.

form-review-unanswered = Answer this question.
form-review-note-needed = Explain the problem in a note.
form-review-answered-twice = Answer this question once.
form-callback-phone-missing = Enter the number you called.
form-callback-source-missing = Say where the number came from (e.g. the agency's published switchboard).
form-callback-result-missing = Choose the result of the call.
form-decision-missing = Choose a decision.
form-decision-reasons-missing = Choose at least one reason; the requester is told them.
form-decision-note-missing = Say what information is needed.
form-decision-scope-missing = For a partial approval choose the identifiers and kinds of data to produce.
form-decision-code-missing = Approving a disclosure needs a current code from your authenticator app.

## The EU non-execution notice (Form 3).
form-form3-reasons-missing = Choose at least one reason why the order cannot be executed.
form-form3-explanation-missing = Explain the reasons to the issuing authority in a few sentences.
form-form3-foreign-law-missing = For a conflict of laws, name the third country's law concerned (country, act and provision).
form-what-explanation = The explanation
form-what-foreign-law = The foreign law

## Intake of a request that arrived by another channel, and its sent-on record.
form-what-requester-name = The requester's name
form-what-agency = The agency
form-what-email-address = The email address
form-what-phone-number = The phone number
form-what-how-sent = How it was sent
form-what-time-received = The time of receipt
form-what-time-served = The time of service
form-what-summary = The summary
form-intake-time-format = { $what }: give a date and time in UTC, such as 2026-11-20 14:30.
form-intake-time-future = { $what } cannot be in the future; check the date and time (UTC).
form-intake-requester-name-missing = Give the requester's name as the legal process shows it.
form-intake-agency-missing = Give the requesting agency.
form-intake-email-missing = Give the requester's official email address (name@agency.gov); replies and invitations go there.
form-intake-country-missing = Choose the requester's country.
form-intake-kind-missing = Choose the kind of request.
form-intake-channel-missing = Choose how the request arrived (post, fax, email, in person, MLAT, court service or the EU decentralised IT system).
form-intake-legal-entity-missing = Choose the legal entity the request was served on (the list is set by LERS_INTAKE_LEGAL_ENTITIES).
form-intake-how-missing = Say how it was sent (post, fax, courier, by hand).
form-intake-sent-on-missing = Give the date it was sent, as YYYY-MM-DD.
form-intake-sent-on-future = The date it was sent cannot be in the future.
form-intake-summary-missing = Summarise what was sent (at most { $max } characters).

## The agency directory (emergency call-backs) and notices to affected users.
form-agency-name-missing = Enter the agency's name (at most 200 characters).
form-agency-country-invalid = Enter the agency's country as a two-letter code such as US or GB.
form-agency-domains-missing = Enter the agency's email domain(s), such as abilenetx.gov.
form-agency-domain-invalid = { $domain } is not an email domain; write it like abilenetx.gov.
form-agency-switchboard-missing = Enter the agency's switchboard number.
form-agency-switchboard-too-long = A phone number is at most 64 characters.
form-agency-switchboard-invalid = This is not a phone number; write it with its country code (+1 325 676 6600), in national form (0 20 7946 0000), or as tel:+13256766600;ext=12.
form-agency-time-zone-invalid = Enter an IANA time zone such as America/Chicago or Europe/London.
form-agency-source-missing = Say where the number was verified (e.g. the agency's website, checked by calling).
form-agency-verified-on-invalid = Enter the date the number was verified, such as 2026-11-01.
form-agency-control-characters = Remove control characters and retype the entry.
form-notice-target-unknown = This identifier is not part of the request.
form-notice-exemption-missing = Choose the exemption that applies.
form-notice-choice-missing = Choose what happens to the notice.
form-notice-order-until-invalid = Give the new end date of the order, such as 2027-05-31.
form-notice-hold-reason-missing = Write down why the notice is held.
