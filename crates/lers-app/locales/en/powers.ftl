## Recovery codes, four-eyes approvals, inactivity, expiring API tokens (issue 11).

recovery-title = Your recovery codes
recovery-lead = Two-step verification is on. If you lose your authenticator, sign in with one of these codes in place of the 6-digit code. Each code works once; using one makes you set up a new authenticator, which gives you new codes and cancels these.
recovery-once = Store them somewhere safe, away from your phone (print them, or keep them in a password manager). They are shown only now.
recovery-continue = I have stored my codes — continue
mfa-reenroll-lead = You signed in with a recovery code. Set up your authenticator again to continue; your remaining recovery codes will be replaced by new ones.

approvals-title = Waiting for a second admin
approvals-lead = Granting admin or approver and resetting someone's second factor need two admins: one proposes, another approves or rejects, each with a fresh code. Proposals expire after 72 hours.
approvals-none = Nothing is waiting.
approvals-col-change = Change
approvals-col-proposed = Proposed by
approvals-col-expires = Expires (UTC)
approvals-waiting = Waiting for another admin
approvals-approve = Approve
approvals-reject = Reject
approval-grant = Roles from “{ $from }” to “{ $to }”
approval-reset = Reset second factor (authenticator and recovery codes)
approval-approved = Approved: the change for { $name } is made.
approval-rejected = Rejected: nothing changes for { $name }.
powers-code = Your current code
powers-code-refused = Not done: { $reason }
roles-code = Your current code (needed to grant admin or approver)
roles-proposed = The change of { $name }'s roles is proposed; another admin must approve it within 72 hours.
reset-propose = Propose second-factor reset
reset-proposed = Resetting the second factor of { $name } is proposed; another admin must approve it within 72 hours.
invite-code-hint = Needed only to invite with admin or approver, which only the sole admin can do directly.
invite-privileged-needs-approval = Invite with the other roles first; granting admin or approver then needs a second admin's approval (use the roles form in the list).

col-expires = Expires (UTC)
token-expired = expired
token-never-used = never
token-renew = Renew
token-renewed = Token renewed; it now expires { $until }.
field-token-days = Lifetime in days
field-token-days-hint = 90 days unless you choose otherwise; at most a year. Renew the token before it expires.

mail-inactivity-subject = { $service }: your account will be disabled for inactivity
mail-inactivity-body =
    Hello { $name },

    Your { $service } account has not been used for a long time. Accounts unused for
    90 days are disabled. Sign in (or use one of your API tokens) before { $date }
    to keep it:

    { $link }

    If it is disabled, the provider's response team can enable it again.
