## Why an action was refused: a rule of the request's life, four eyes, a lost race.
## Statuses, roles and access levels arrive as their labels; times in the reader's
## time zone.

## Deciding a request.
form-refusal-decide-no-review = Complete the review checklist before deciding.
form-refusal-decide-not-approver = Approving needs the approver role.
form-refusal-decide-own-review = Four eyes: the reviewer of a request cannot also approve it.
form-refusal-decide-reviewer-disabled = The review was written by someone whose account has since been disabled; review the request again before deciding.
form-refusal-transition = This step is not possible while the request's status is { $status }. Reload the page to see what can be done now.

## Emergency call-backs.
form-refusal-callback-not-emergency = Call-backs are recorded only on emergency requests.
form-refusal-callback-failed-outside-review = A failed call-back suspends the requester, so it is recorded only on an emergency request under review; start the review first (the request's status is { $status }).
form-refusal-callback-decided = Call-backs are recorded only while a request awaits a decision; this one's status is { $status }.
form-refusal-callback-failed = A call-back on this request failed: it cannot be approved; reject it or challenge it.
form-refusal-callback-requester-suspended = The requester is suspended after a failed call-back: an admin must lift the suspension before this emergency can be approved.
form-refusal-callback-not-confirmed = An emergency request is approved only after a confirmed call-back to an independently sourced number.
form-refusal-callback-second-confirmation-missing = This emergency scored above the risk threshold: a second staff member, not the one who recorded it, must confirm the call-back before approval.
form-refusal-callback-recorder-disabled = The confirmed call-back on this request was recorded by a staff account that has been disabled since, so it no longer counts: call the agency again on an independently sourced number and record the call-back.
form-refusal-callback-second-confirmer-disabled = The second confirmation of the call-back was given by a staff account that has been disabled since, so it no longer counts: another staff member, not the one who recorded the call-back, must confirm it.
form-refusal-callback-confirming-disabled-recorder = This call-back was recorded by a staff account that has been disabled since, so it no longer counts and cannot be confirmed: call the agency again and record a new call-back.
form-refusal-callback-confirming-unconfirmed = Only a confirmed call-back can be confirmed by a second staff member.
form-refusal-callback-confirming-own = Four eyes: the call-back must be confirmed by someone other than the staff member who recorded it.
form-refusal-callback-nothing-to-confirm = Nothing is left to confirm: the request's status is { $status }.
form-refusal-requester-controlled-line = { $line } reaches a line the requester supplied or could control (found in { $origin ->
        [profile] the requester's profile
        [colleague] the profile of { $colleague } (same agency)
        [earlier] earlier request { $reference } of the same account or agency
        [written] messages, document names and withdrawal reasons of the requester or their agency
       *[request] this request
    }); call a number found independently, such as the agency directory's switchboard.

## Who may change a request.
form-refusal-access-not-owner = Only the requester who filed this request can change it.
form-refusal-access-not-a-draft = A submitted request cannot be edited; send a message instead.
form-refusal-access-closed-to-messages = This request takes no more messages (its status is { $status }); file a new request if there is more to say.
form-refusal-access-not-a-colleague = { $email } is not a registered requester of your agency (@{ $domain }); colleagues must have their own account.

## Productions and their files.
form-refusal-production-not-approved = Only approved requests get productions; this one's status is { $status }.
form-refusal-production-not-producer = Only the producer who opened this production can change it.
form-refusal-production-not-open = This production was already delivered and can no longer change.
form-refusal-production-not-deliverable = Nothing can be delivered for this request: its status is now { $status }.
form-refusal-production-no-files = Add at least one file before delivering.
form-refusal-production-still-uploading = { $name } is still uploading ({ $received } of { $size } bytes); finish or remove it before delivering.
form-refusal-production-own-alert = An alert about you must be acknowledged by someone else.
form-refusal-file-destroyed = This file was destroyed when its retention ended.
form-refusal-uploads-busy = { $max } uploads are running already; try again in a minute.
form-refusal-upload-running = Another upload of this file is still running.
form-refusal-upload-offset = The upload continues at byte { $expected }, not { $offset }; resume from there.
form-refusal-staging-gone = This upload's staging data is gone; remove the file and upload it again.
form-refusal-more-than-declared = More data than the declared size of { $declared } bytes.
form-refusal-file-name-taken = This production already has a file named { $name }; rename one, or remove the other first.
form-refusal-size-too-large = The size is too large.

## The response team's work on a case.
form-refusal-staff-assignee-inactive = Requests can be assigned only to active staff.
form-refusal-staff-not-under-review = This request is not under review: its status is { $status }.
form-refusal-staff-not-a-preservation = { $reference } is not a preservation of this requester.
form-refusal-staff-no-hold = { $reference } has no hold in force to extend.
form-refusal-staff-already-extended = { $reference } was already extended once; a further extension is not possible.

## EU orders.
form-refusal-eu-not-a-preservation-order = Form 5 and Form 6 apply only to a European Preservation Order (EPOC-PR).
form-refusal-eu-preservation-ended = This preservation has already ended; it cannot be extended or kept any longer.
form-refusal-eu-preservation-extended = This preservation was already extended by a Form 6; the Regulation allows one extension only.
form-refusal-eu-awaiting-production-order = A Form 5 already keeps this data until the production order arrives; a Form 6 adds nothing.
form-refusal-ea-held = Held for the enforcing authority until { $until } (EA window); the files can be downloaded after that, or earlier if the enforcing authority confirms it raises no ground for refusal.
form-refusal-ea-refused = Refused by the enforcing authority: this data is never released.
form-refusal-ea-partial-grounds = This production was delivered before the enforcing authority raised partial grounds for refusal on { $at }, so it may hold data they cover and is not released; the provider delivers a new production without that data.
form-refusal-ea-none-notified = No enforcing authority was notified of this order, so there is no enforcing-authority decision to record.
form-refusal-ea-already-decided = The enforcing authority's decision on this order is already recorded.
form-refusal-ea-window-closed = The enforcing authority's window ended at { $at }; grounds for refusal can no longer be raised.
form-refusal-lift-not-restricted = The issuing authority did not restrict informing the user, so there is nothing to lift.
form-refusal-lift-already-lifted = The issuing authority's restriction was already lifted.
form-refusal-deadline-not-production = Only a production order (EPOC) has a disclosure deadline; a preservation order (EPOC-PR) has none.
form-refusal-deadline-over = The order is over (its status is { $status }); its deadline can no longer change.
form-refusal-deadline-past = The new deadline { $at } is not in the future.
form-refusal-deadline-reason-missing = A deadline earlier than the one in force ({ $current }) needs the issuing authority's reasons for early disclosure (Art 10(2)).
form-refusal-deadline-reason-unreadable = The reasons for early disclosure must be one line of at most { $max } characters, without control characters.

## Notices to affected users.
form-refusal-notice-nothing-disclosed = Nothing was disclosed for this account, so there is nobody to notify: choose "not applicable".
form-refusal-notice-disclosed = Data was disclosed for this account: choose to notify, delay under an order, or an exemption.
form-refusal-notice-order-in-force = A delay-of-notice order is in force until { $until }; the user cannot be notified before then.
form-refusal-notice-order-without-end = A delay-of-notice order without an end date is in force; delay (and challenge the order) or record an exemption.
form-refusal-notice-authority-restricts = The issuing authority of this EU order asked that the user not be informed until it says so; delay until it lifts the restriction, or record an exemption.
form-refusal-notice-no-order = There is no delay-of-notice order in force, so there is nothing to wait for.
form-refusal-notice-reason-missing = Write down the reason for the exemption.
form-refusal-notice-sent = This notice was already sent.
form-refusal-notice-not-holdable = Only a notice not yet sent can be held.

## Interface endpoints (ETSI HI-1).
form-refusal-endpoint-own-proposal = You proposed this endpoint: a second admin must approve it.
form-refusal-endpoint-not-proposed = This endpoint is not waiting for approval.
form-refusal-endpoint-disabled = This endpoint is disabled already.
form-refusal-endpoint-duplicate = An endpoint with this identity or credential is registered already.

## Who sees which parts of a case.
form-refusal-field-ceiling = The { $role } role can be given at most "{ $ceiling }" access to case fields.
form-refusal-field-already-proposed = This change has already been proposed and waits for a second admin.
form-refusal-field-same-admin = A change that widens access must be approved by another admin.
form-refusal-field-other-waiting = Another admin's proposal for this access is waiting; approve it, or narrow the access to set it aside, before proposing another.
form-refusal-field-proposal-changed = The proposal changed or was set aside since the page was shown; look at it again.
form-refusal-field-proposal-lapsed = The proposal is older than 72 hours and has lapsed; propose it again.
form-refusal-field-unchanged = Nothing to change: { $role } already has "{ $access }" access to { $group }.

## Accounts, roles and four-eyes powers.
form-refusal-email-taken = { $email } already belongs to an account; choose another address.
form-refusal-account-not-active = This account is not active; contact the provider.
form-refusal-account-not-active-email = This account is not active; contact the provider's response team.
form-refusal-own-account-status = You cannot lock or disable your own account.
form-refusal-already-erased = This account has already been erased.
form-refusal-in-recycle-bin = This account is in the recycle bin; restore it from the bin to use it again.
form-refusal-totp-enrolled = Two-step verification is already set up for this account.
form-refusal-roles-for-staff = Roles are for staff accounts only.
form-refusal-last-admin = This is the last active admin; make someone else an admin first.
form-refusal-grant-needs-approval = Granting admin or approver, or taking admin away from another admin, needs a second admin's approval: propose it with a fresh code.
form-refusal-grant-not-privileged = This change neither grants admin or approver nor takes admin away: save it directly.
form-refusal-proposal-waiting = A proposal of this kind for { $target } is already waiting for a second admin.
form-refusal-no-second-factor = { $target } has no second factor to reset; their next login goes to enrollment.
form-refusal-power-own-account = Nobody can change their own roles or second factor; ask another admin.
form-refusal-power-not-admin = Only admins propose, approve or reject these changes.
form-refusal-power-own-proposal = A second admin must approve this: you proposed it yourself.
form-refusal-power-decided = This proposal was already decided.
form-refusal-power-expired = This proposal has expired (proposals wait 72 hours); propose it again.
form-refusal-power-proposer-not-admin = This proposal lapsed: the admin who proposed it has lost the admin role or been disabled; reject it, and propose it again if it is still needed.
form-refusal-domain-listed = { $pattern } is already on the list.
form-refusal-only-draft-publishable = Only a draft can be published.

## The agency directory.
form-refusal-agency-domain-taken = The domain { $domain } already belongs to another agency; an email domain identifies one agency.
form-refusal-agency-exists = An agency of that name and country is already in the directory; edit it instead.

## Recycle bin, retention, legal holds and audit pruning.
form-refusal-bin-purged = This item was purged for good when its 60-day window ended; it cannot be restored.
form-refusal-bin-already-restored = This item was already restored.
form-refusal-bin-window-over = This item left the recycle bin's window and is being purged; it cannot be restored.
form-refusal-bin-not-yours = Only the person who deleted it, or an admin for admin objects, can restore it.
form-refusal-restore-conflict = { $what } is in use again since it was deleted (someone added it meanwhile); remove or rename that one first, then restore.
form-refusal-audit-entry-pruned = Audit entry { $index } was pruned when its retention ended: its content is gone, so it cannot be proved; its hash still counts in every later signed head.
form-refusal-legal-hold-in-force = This case is already under a legal hold; lift it first to place another.
form-refusal-no-legal-hold = This case has no legal hold in force.
form-refusal-case-purged = This case's content was purged at the end of its retention: nothing can be added to it or held.
form-refusal-legal-hold-reason-missing = A legal hold needs a reason: say which proceedings or authority requires keeping this case.

## Data regions.
form-refusal-region-unknown = { $region } is not a configured region.
form-refusal-region-same = The case is already in region { $region }.
form-refusal-region-move-running = This case is already moving to another region; wait until that move is done.
form-refusal-region-move-uploading = A production file of this case is still being uploaded; finish or remove it before moving the case.

## Someone else changed it first.
form-refusal-changed-request = The request changed meanwhile; reload and try again.
form-refusal-changed-production = The production changed meanwhile; reload and try again.
form-refusal-changed-upload = This upload moved on meanwhile; ask where it stands and resume from there.
form-refusal-changed-file-not-uploading = This file is not being uploaded (already stored or removed).
form-refusal-changed-no-suspension = This account has no suspension in force (it may have been lifted meanwhile).
form-refusal-changed-roles = The roles of { $target } changed since this was proposed; reject it and propose again.

## The enforcing authority's decision, and data regions by name.
form-ea-decision-missing = Choose what the enforcing authority decided.
form-ea-ground-missing = Choose the Art 12 ground the enforcing authority raised.
form-ea-data-missing = Say which data the enforcing authority's grounds cover (it is not released).
form-ea-data-unreadable = Describe the data covered in one line of at most 500 characters, without control characters.
form-region-name-invalid = { $name } is not a region name: use 1 to { $max } lower-case letters, digits or "-", starting with a letter (e.g. eu).

## A use case's own "no": the state of the request or file does not allow it.
form-conflict-not-your-production = Only the producer who opened this production can work on it.
form-conflict-file-incomplete = Only completely uploaded files can be verified.
form-conflict-file-takes-no-data = This file is complete or no longer part of an open production; it takes no more data.
form-conflict-already-registered = This request is registered already.
form-conflict-requester-has-account = This requester already has a portal account.
form-conflict-register-first = Register the request before recording replies to it.
form-conflict-intake-draft = This request was received by the provider's intake staff, who complete and register it; send them a message instead.
form-conflict-already-submitted = This request was already submitted.
form-conflict-submit-first = Submit the request before sending messages about it.
form-conflict-closed-to-documents = This request is closed; documents can no longer be added.
form-conflict-region-draft-only = Only a draft can be placed in a region.
form-conflict-region-out-of-reach = This person's data-sharing rule does not reach the case's region; choose someone who can open it.
form-conflict-export-building = This export is still being built; reload the page in a moment.
form-conflict-submitted-no-edit = This request was submitted and can no longer be edited.
