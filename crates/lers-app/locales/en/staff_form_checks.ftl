## Checks on the admin's and the response team's forms: the domain allow-list,
## interface endpoints, staff, regions, productions and reports.

## The allow-list of requester email domains.
form-domain-rule-empty = The pattern is empty: write a domain such as abilenetx.gov or a suffix rule such as *.police.uk.
form-domain-rule-bare-wildcard = A lone "*" would allow every address: write a suffix rule such as *.police.uk.
form-domain-rule-misplaced-wildcard = "*" is allowed only at the very start, followed by a dot, as in *.police.uk.
form-domain-rule-suffix-too-broad = A suffix rule needs at least two labels after "*." (*.police.uk, not *.uk): a single label is a whole top-level domain open to anyone.
form-domain-rule-non-ascii = International characters are not accepted, because look-alike letters are a known impersonation trick: write the domain in plain ASCII.
form-domain-rule-punycode = Punycode labels (starting with "xn--") are not accepted, because they encode international look-alike letters: write the domain in plain ASCII.
form-domain-rule-trailing-dot = The pattern ends with a dot: remove the final dot.
form-domain-rule-empty-label = The pattern has an empty label (two dots in a row, or a leading dot): remove the extra dot.
form-domain-rule-invalid-character = A domain may contain only letters a-z, digits, hyphens and dots: write a bare domain, not an email address or URL.
form-domain-rule-label-hyphen = A label of the domain starts or ends with a hyphen, which DNS does not allow: check the spelling.
form-domain-rule-label-too-long = A label of the domain is longer than 63 characters, which DNS does not allow: check the spelling.
form-domain-rule-too-long = The domain is longer than 253 characters, which DNS does not allow: check the spelling.
form-domain-rule-single-label = A single-label domain (such as "gov") is a whole top-level domain: write the full domain, such as abilenetx.gov.
form-domain-rule-numeric-tld = The last label of the domain is a number, which is an IP address, not a domain: write the domain name.

## Interface endpoints (ETSI HI-1).
form-endpoint-country-code = Give the endpoint's country as a two-letter ISO 3166-1 code (EU for EU bodies).
form-endpoint-identifier = Give the endpoint's unique identifier exactly as its messages carry it in SenderIdentifier (no spaces, at most { $max } characters).
form-endpoint-name = Give the authority's name on one line, at most { $max } characters.
form-endpoint-fingerprint = Give the client certificate's SHA-256 fingerprint: 64 hexadecimal digits (colons allowed), e.g. from openssl x509 -in cert.pem -outform der | sha256sum.
form-endpoint-public-key = Give the endpoint's Ed25519 public key: its 32 bytes in hexadecimal (64 digits) or base64.
form-endpoint-auth-kind = Choose how the endpoint authenticates: client certificate or signed token.
form-endpoint-notify-url = Give an https:// address for notifications, or leave it empty.
form-endpoint-contact-email = Give the email address of the authority's contact for these orders.
form-endpoint-role = Choose for whom the endpoint speaks: an issuing authority or the enforcing authority.
form-endpoint-country = An enforcing authority must be of this provider's member state ({ $country }): only that state's authority decides on orders served here.
form-endpoint-contact-is-staff = This address belongs to a staff account; give the authority's own contact address.

## Staff, intake and leaving.
form-staff-roles-missing = Give the new staff member at least one role.
form-intake-requester-is-staff = This address belongs to a staff account; give the requester's own address.
form-intake-scan-missing = Attach the scanned legal process (a PDF) before registering the request.
form-leaving-staff-account = Staff accounts are deleted to the recycle bin and anonymised when purged; they are not erased here.
form-step-up-code-missing = This needs a current code from your authenticator app.
form-step-up-key-required = Your organisation requires a security key or passkey for this step: touch your key (the key button beside the code), then submit with the code left empty.
form-step-up-key-register-first = Your organisation requires a security key or passkey for this step, and your account has none yet: sign out, sign in again and register a key right after signing in.

## Who sees which parts of a case.
form-field-role-unknown = Choose one of the roles listed.
form-field-group-unknown = Choose one of the parts of a case listed.
form-field-level-unknown = Choose hidden, view, or view and edit.

## Data regions.
form-region-not-configured = { $region } is not a configured region; choose one of { $regions }.
form-region-already-placed = This request is already in region { $region }, where its files are.

## Production files and transparency reports.
form-file-name-missing = Give the file a name (e.g. account-export.zip).
form-file-name-too-long = File names can be at most 255 bytes long.
form-production-file-too-large = A single file can be at most 256 TiB; split it into several files.
form-period-not-begun = Choose a period that has begun.
