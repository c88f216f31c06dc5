//! Who may change powers and access, and when access lapses (issue 11):
//! recovery codes, four-eyes approvals of role grants and second-factor resets,
//! separation of duties, inactivity, and API-token lifetimes. Pure rules; the store
//! applies them inside its transactions.

use serde::{Deserialize, Serialize};

use crate::account::{AccountStatus, Role, Roles};
use crate::clock::{Duration, Timestamp};
use crate::field_access::CASE_VIEWER_ROLES;

// --- Recovery codes -------------------------------------------------------------------

/// Codes issued at each enrollment.
pub const RECOVERY_CODE_COUNT: usize = 10;
/// Characters per code: 10 × 5 bits = 50 bits of entropy.
pub const RECOVERY_CODE_CHARS: usize = 10;
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Formats the low 50 bits of `random` as a recovery code, `ABCDE-FGHIJ`.
pub fn recovery_code_from_bits(random: u64) -> String {
    let chars: String = (0..RECOVERY_CODE_CHARS)
        .map(|i| {
            let index = (random >> (5 * i)) & 0x1f;
            char::from(BASE32[usize::try_from(index).unwrap_or(0)])
        })
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// The canonical form of a typed recovery code (upper case, without spaces or
/// dashes, `0`/`1` read as `O`/`I`), or `None` if it cannot be one. A 6-digit TOTP
/// code is never a recovery code.
pub fn normalize_recovery_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            '0' => 'O',
            '1' => 'I',
            other => other,
        })
        .collect();
    (code.chars().count() == RECOVERY_CODE_CHARS && code.bytes().all(|b| BASE32.contains(&b)))
        .then_some(code)
}

// --- Four-eyes approvals --------------------------------------------------------------

/// Proposals wait this long for a second admin.
pub const APPROVAL_LIFETIME: Duration = Duration::hours(72);

/// A change that takes two admins.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProposedChange {
    /// Set a staff member's roles from `from` to `to` (which adds a privileged role).
    GrantRoles { from: Roles, to: Roles },
    /// Remove the account's TOTP secret and recovery codes; it enrolls again.
    ResetSecondFactor,
}

impl ProposedChange {
    pub fn kind(&self) -> &'static str {
        match self {
            Self::GrantRoles { .. } => "grant_roles",
            Self::ResetSecondFactor => "reset_second_factor",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalState {
    Pending,
    Approved,
    Rejected,
    Expired,
}

impl ApprovalState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Expired => "expired",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Pending, Self::Approved, Self::Rejected, Self::Expired]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// A proposal as the rules see it (account ids only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub change: ProposedChange,
    pub target: i64,
    pub proposed_by: i64,
    pub proposed_at: Timestamp,
    pub expires_at: Timestamp,
    pub state: ApprovalState,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ApprovalRefusal {
    #[error("nobody can change their own roles or second factor; ask another admin")]
    OwnAccount,
    #[error("only admins propose, approve or reject these changes")]
    NotAdmin,
    #[error("a second admin must approve this: you proposed it yourself")]
    OwnProposal,
    #[error("this proposal was already decided")]
    Decided,
    #[error("this proposal has expired (proposals wait 72 hours); propose it again")]
    Expired,
    #[error("this proposal lapsed: the admin who proposed it has lost the admin role or been disabled; reject it, and propose it again if it is still needed")]
    ProposerNotAdmin,
}

/// Whether `proposer` may propose `change` for `target`.
pub fn check_proposal(
    proposer: i64,
    proposer_roles: &Roles,
    target: i64,
) -> Result<(), ApprovalRefusal> {
    if !proposer_roles.contains(Role::Admin) {
        return Err(ApprovalRefusal::NotAdmin);
    }
    if proposer == target {
        return Err(ApprovalRefusal::OwnAccount);
    }
    Ok(())
}

/// The proposer of a proposal as they stand now.
#[derive(Clone, Copy, Debug)]
pub struct Proposer<'a> {
    pub status: AccountStatus,
    pub roles: &'a Roles,
    /// When the account was last disabled (kept after it is enabled again).
    pub disabled_at: Option<Timestamp>,
}

/// Whether a proposal made at `proposed_at` by `proposer` may still be approved.
/// Four eyes means two admins agree: a proposer who has since lost the admin role, or
/// been disabled (found compromised, or gone) — even if enabled again since — no longer
/// vouches for it, and an approval would apply one admin's will alone. A locked
/// proposer (wrong passwords, undone by an admin) still stands: anyone could otherwise
/// void another admin's proposals by failing their password five times. Every kind of
/// four-eyes proposal (powers, the key policy, field access, interface endpoints) is
/// approved under this rule; rejecting a lapsed proposal stays possible.
pub fn proposer_stands(
    proposer: &Proposer<'_>,
    proposed_at: Timestamp,
) -> Result<(), ApprovalRefusal> {
    let disabled_since = proposer.disabled_at.is_some_and(|at| at >= proposed_at);
    if proposer.roles.contains(Role::Admin)
        && proposer.status != AccountStatus::Disabled
        && !disabled_since
    {
        Ok(())
    } else {
        Err(ApprovalRefusal::ProposerNotAdmin)
    }
}

impl Proposal {
    /// A new proposal made at `now`.
    pub fn new(change: ProposedChange, target: i64, proposed_by: i64, now: Timestamp) -> Self {
        Self {
            change,
            target,
            proposed_by,
            proposed_at: now,
            expires_at: now.plus(APPROVAL_LIFETIME),
            state: ApprovalState::Pending,
        }
    }

    pub fn expired(&self, now: Timestamp) -> bool {
        now >= self.expires_at
    }

    /// Whether `decider` may approve or reject this proposal at `now`: another admin
    /// than the proposer and the person it is about, before it expires.
    pub fn check_decision(
        &self,
        decider: i64,
        decider_roles: &Roles,
        now: Timestamp,
    ) -> Result<(), ApprovalRefusal> {
        if self.state != ApprovalState::Pending {
            return Err(ApprovalRefusal::Decided);
        }
        if self.expired(now) {
            return Err(ApprovalRefusal::Expired);
        }
        if !decider_roles.contains(Role::Admin) {
            return Err(ApprovalRefusal::NotAdmin);
        }
        if decider == self.proposed_by {
            return Err(ApprovalRefusal::OwnProposal);
        }
        if decider == self.target {
            return Err(ApprovalRefusal::OwnAccount);
        }
        Ok(())
    }
}

// --- Separation of duties: role changes -------------------------------------------------

/// Roles whose grant needs a second admin: they can change powers (admin) or release
/// data (approver).
pub const PRIVILEGED_ROLES: [Role; 2] = [Role::Admin, Role::Approver];

/// How a role change may be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleChange {
    /// Nothing privileged is added and no admin removed: made at once.
    Direct,
    /// Adds admin or approver, or takes admin away from another admin: needs a fresh
    /// TOTP code and a second admin.
    NeedsApproval,
    /// Adds admin or approver while the actor is the only active admin (first-admin
    /// bootstrap: there is nobody to approve). Needs a fresh TOTP code.
    SoleAdminBootstrap,
}

/// Roles `to` adds that need four eyes: admin and approver always, and any role that
/// opens case files when the account is (or becomes) an admin — the field matrix keeps
/// admins from case content, so an admin must not hand themselves or a fellow admin a
/// way around it alone.
pub fn privileged_grants(from: &Roles, to: &Roles) -> Vec<Role> {
    let admin_after = to.contains(Role::Admin);
    Role::ALL
        .into_iter()
        .filter(|role| to.contains(*role) && !from.contains(*role))
        .filter(|role| {
            PRIVILEGED_ROLES.contains(role) || (admin_after && CASE_VIEWER_ROLES.contains(role))
        })
        .collect()
}

/// Whether `to` takes the admin role away from an account that holds it. Done alone,
/// it would leave fewer eyes: an admin could demote the only other admin, act as the
/// sole admin (grant powers, relax the key policy) and restore them. So it needs a
/// second admin, like a grant; an admin who must be stopped at once is suspended
/// instead, which takes effect at once and keeps them counted (`other_admins`).
pub fn removes_admin(from: &Roles, to: &Roles) -> bool {
    from.contains(Role::Admin) && !to.contains(Role::Admin)
}

/// Whether setting roles `from` → `to` needs four eyes.
pub fn needs_four_eyes(from: &Roles, to: &Roles) -> bool {
    !privileged_grants(from, to).is_empty() || removes_admin(from, to)
}

/// The rule for an admin `actor` setting `target`'s roles from `from` to `to`.
/// `actor_is_sole_admin` means no other active admin exists who could approve.
pub fn plan_role_change(
    actor: i64,
    target: i64,
    from: &Roles,
    to: &Roles,
    actor_is_sole_admin: bool,
) -> Result<RoleChange, ApprovalRefusal> {
    if actor == target {
        return Err(ApprovalRefusal::OwnAccount);
    }
    if !needs_four_eyes(from, to) {
        Ok(RoleChange::Direct)
    } else if actor_is_sole_admin {
        Ok(RoleChange::SoleAdminBootstrap)
    } else {
        Ok(RoleChange::NeedsApproval)
    }
}

// --- Inactive requester accounts ----------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InactivityPolicy {
    /// Requester accounts unused this long are disabled.
    pub disable_after: Duration,
    /// The warning goes out this long before.
    pub warn_before: Duration,
}

impl Default for InactivityPolicy {
    fn default() -> Self {
        Self {
            disable_after: Duration::days(90),
            warn_before: Duration::days(14),
        }
    }
}

/// What to do about one account now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InactivityStep {
    Nothing,
    /// Send the warning; the account will be disabled on `disable_on` unless used.
    Warn {
        disable_on: Timestamp,
    },
    Disable,
}

impl InactivityPolicy {
    /// Accounts whose last activity is before this may need a step at `now`.
    pub fn candidates_before(&self, now: Timestamp) -> Timestamp {
        now.minus(self.disable_after).plus(self.warn_before)
    }

    /// `last_activity` is the latest of creation, login, API-token use and
    /// re-enabling; `warned_at` the last warning. A warning counts only for the
    /// period it was sent in, and an account is never disabled less than
    /// `warn_before` after its warning (a late warning postpones the disabling).
    pub fn step(
        &self,
        last_activity: Timestamp,
        warned_at: Option<Timestamp>,
        now: Timestamp,
    ) -> InactivityStep {
        let due = last_activity.plus(self.disable_after);
        if now < due.minus(self.warn_before) {
            return InactivityStep::Nothing;
        }
        match warned_at.filter(|warned| *warned >= last_activity) {
            None => InactivityStep::Warn {
                disable_on: due.max(now.plus(self.warn_before)),
            },
            Some(warned) if now >= due.max(warned.plus(self.warn_before)) => {
                InactivityStep::Disable
            }
            Some(_) => InactivityStep::Nothing,
        }
    }
}

/// Why an account was disabled, when the system did it.
pub const DISABLED_INACTIVE: &str = "inactive";

// --- API tokens ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApiTokenPolicy {
    pub default_days: i64,
    pub max_days: i64,
}

impl Default for ApiTokenPolicy {
    fn default() -> Self {
        Self {
            default_days: 90,
            max_days: 365,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("choose a lifetime from 1 to {max} days")]
pub struct LifetimeRefusal {
    pub max: i64,
}

impl LifetimeRefusal {
    /// The refusal next to the lifetime field, in the reader's language.
    pub fn problem(self) -> crate::problem::Problem {
        crate::problem::Problem::new("form-token-lifetime").number("max", self.max)
    }
}

impl ApiTokenPolicy {
    /// When a token created or renewed at `now` for `days` (or the default) expires.
    pub fn expiry(&self, days: Option<i64>, now: Timestamp) -> Result<Timestamp, LifetimeRefusal> {
        let days = days.unwrap_or(self.default_days);
        if !(1..=self.max_days).contains(&days) {
            return Err(LifetimeRefusal { max: self.max_days });
        }
        Ok(now.plus(Duration::days(days)))
    }

    pub fn expired(expires_at: Timestamp, now: Timestamp) -> bool {
        now >= expires_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(days: i64) -> Timestamp {
        Timestamp::from_unix_millis(1_800_000_000_000).plus(Duration::days(days))
    }

    fn roles(list: &[Role]) -> Roles {
        list.iter().copied().collect()
    }

    #[test]
    fn a_proposal_stands_while_its_proposer_is_an_admin_not_disabled_since() {
        let admin = roles(&[Role::Admin]);
        let reviewer = roles(&[Role::Reviewer]);
        let stands = |status, roles, disabled_at| {
            let proposer = Proposer {
                status,
                roles,
                disabled_at,
            };
            proposer_stands(&proposer, at(5))
        };
        let lapsed = Err(ApprovalRefusal::ProposerNotAdmin);
        assert_eq!(stands(AccountStatus::Active, &admin, None), Ok(()));
        assert_eq!(stands(AccountStatus::Locked, &admin, None), Ok(()));
        assert_eq!(stands(AccountStatus::Disabled, &admin, Some(at(6))), lapsed);
        assert_eq!(stands(AccountStatus::Active, &reviewer, None), lapsed);
        // Enabled again after being disabled: what came before does not come back.
        assert_eq!(stands(AccountStatus::Active, &admin, Some(at(6))), lapsed);
        assert_eq!(stands(AccountStatus::Active, &admin, Some(at(4))), Ok(()));
    }

    #[test]
    fn recovery_codes_have_50_bits_and_read_back_leniently() {
        let code = recovery_code_from_bits(0x3_ffff_ffff_ffff);
        assert_eq!(code, "77777-77777");
        assert_eq!(recovery_code_from_bits(0), "AAAAA-AAAAA");
        // Distinct bits give distinct codes (all 50 are used).
        assert_ne!(recovery_code_from_bits(1 << 49), recovery_code_from_bits(0));
        assert_eq!(
            normalize_recovery_code(" abcde-fgh1j "),
            Some("ABCDEFGHIJ".into())
        );
        assert_eq!(
            normalize_recovery_code("ABCDE FGHIJ"),
            Some("ABCDEFGHIJ".into())
        );
        assert_eq!(normalize_recovery_code("123456"), None);
        assert_eq!(normalize_recovery_code("ABCDE-FGHI"), None);
        assert_eq!(normalize_recovery_code("ABCDE-FGHI9"), None);
    }

    #[test]
    fn a_case_role_for_an_admin_needs_a_second_admin() {
        let admin = roles(&[Role::Admin]);
        assert_eq!(
            privileged_grants(&admin, &roles(&[Role::Admin, Role::Reviewer])),
            vec![Role::Reviewer]
        );
        assert_eq!(
            privileged_grants(&admin, &roles(&[Role::Admin, Role::Auditor])),
            vec![Role::Auditor]
        );
        // The same roles for someone who is not an admin are granted at once.
        assert!(
            privileged_grants(&Roles::none(), &roles(&[Role::Reviewer, Role::Auditor])).is_empty()
        );
        // Making a reviewer an admin was already four-eyes; it still is.
        assert_eq!(
            privileged_grants(
                &roles(&[Role::Reviewer]),
                &roles(&[Role::Reviewer, Role::Admin])
            ),
            vec![Role::Admin]
        );
    }

    #[test]
    fn nobody_changes_their_own_roles_and_privileged_grants_need_approval() {
        let none = Roles::none();
        assert_eq!(
            plan_role_change(1, 1, &none, &roles(&[Role::Intake]), false),
            Err(ApprovalRefusal::OwnAccount)
        );
        assert_eq!(
            plan_role_change(1, 1, &roles(&[Role::Admin]), &none, true),
            Err(ApprovalRefusal::OwnAccount)
        );
        assert_eq!(
            plan_role_change(
                1,
                2,
                &none,
                &roles(&[Role::Reviewer, Role::Producer]),
                false
            ),
            Ok(RoleChange::Direct)
        );
        // Removing is direct, except the admin role of another admin.
        assert_eq!(
            plan_role_change(1, 2, &roles(&[Role::Approver, Role::Intake]), &none, false),
            Ok(RoleChange::Direct)
        );
        assert_eq!(
            plan_role_change(
                1,
                2,
                &roles(&[Role::Admin, Role::Approver]),
                &roles(&[Role::Admin]),
                false
            ),
            Ok(RoleChange::Direct)
        );
        for to in [none.clone(), roles(&[Role::Intake])] {
            assert_eq!(
                plan_role_change(1, 2, &roles(&[Role::Admin, Role::Approver]), &to, false),
                Ok(RoleChange::NeedsApproval)
            );
        }
        for role in [Role::Admin, Role::Approver] {
            assert_eq!(
                plan_role_change(1, 2, &none, &roles(&[role]), false),
                Ok(RoleChange::NeedsApproval)
            );
            assert_eq!(
                plan_role_change(1, 2, &none, &roles(&[role]), true),
                Ok(RoleChange::SoleAdminBootstrap)
            );
        }
        // Keeping a privileged role is not granting it.
        assert_eq!(
            plan_role_change(
                1,
                2,
                &roles(&[Role::Approver]),
                &roles(&[Role::Approver, Role::Intake]),
                false
            ),
            Ok(RoleChange::Direct)
        );
    }

    #[test]
    fn proposals_need_another_admin_within_72_hours() {
        let admin = roles(&[Role::Admin]);
        assert_eq!(
            check_proposal(1, &admin, 1),
            Err(ApprovalRefusal::OwnAccount)
        );
        assert_eq!(
            check_proposal(1, &Roles::none(), 2),
            Err(ApprovalRefusal::NotAdmin)
        );
        assert_eq!(check_proposal(1, &admin, 2), Ok(()));
        let proposal = Proposal::new(ProposedChange::ResetSecondFactor, 2, 1, at(0));
        assert_eq!(
            proposal.check_decision(1, &admin, at(1)),
            Err(ApprovalRefusal::OwnProposal)
        );
        assert_eq!(
            proposal.check_decision(2, &admin, at(1)),
            Err(ApprovalRefusal::OwnAccount)
        );
        assert_eq!(
            proposal.check_decision(3, &Roles::none(), at(1)),
            Err(ApprovalRefusal::NotAdmin)
        );
        assert_eq!(proposal.check_decision(3, &admin, at(2)), Ok(()));
        assert_eq!(
            proposal.check_decision(3, &admin, at(3)),
            Err(ApprovalRefusal::Expired)
        );
        let decided = Proposal {
            state: ApprovalState::Rejected,
            ..proposal
        };
        assert_eq!(
            decided.check_decision(3, &admin, at(1)),
            Err(ApprovalRefusal::Decided)
        );
    }

    #[test]
    fn inactive_accounts_are_warned_14_days_ahead_then_disabled() {
        let policy = InactivityPolicy::default();
        let last = at(0);
        assert_eq!(policy.step(last, None, at(75)), InactivityStep::Nothing);
        assert_eq!(
            policy.step(last, None, at(76)),
            InactivityStep::Warn { disable_on: at(90) }
        );
        // Warned: nothing until day 90, then disabled.
        assert_eq!(
            policy.step(last, Some(at(76)), at(89)),
            InactivityStep::Nothing
        );
        assert_eq!(
            policy.step(last, Some(at(76)), at(90)),
            InactivityStep::Disable
        );
        // Never warned (the runner was down): warn first, disable 14 days later.
        assert_eq!(
            policy.step(last, None, at(120)),
            InactivityStep::Warn {
                disable_on: at(134)
            }
        );
        assert_eq!(
            policy.step(last, Some(at(120)), at(133)),
            InactivityStep::Nothing
        );
        assert_eq!(
            policy.step(last, Some(at(120)), at(134)),
            InactivityStep::Disable
        );
        // A warning from an earlier period does not count after new activity.
        assert_eq!(
            policy.step(at(80), Some(at(76)), at(156)),
            InactivityStep::Warn {
                disable_on: at(170)
            }
        );
        assert_eq!(policy.candidates_before(at(100)), at(24));
    }

    #[test]
    fn api_tokens_live_90_days_by_default_and_at_most_a_year() {
        let policy = ApiTokenPolicy::default();
        assert_eq!(policy.expiry(None, at(0)), Ok(at(90)));
        assert_eq!(policy.expiry(Some(365), at(0)), Ok(at(365)));
        assert!(policy.expiry(Some(366), at(0)).is_err());
        assert!(policy.expiry(Some(0), at(0)).is_err());
        assert!(ApiTokenPolicy::expired(at(90), at(90)));
        assert!(!ApiTokenPolicy::expired(at(90), at(89)));
    }
}
