//! Who on the response team sees and edits which parts of a case: a matrix of staff
//! role × field group. A person's access to a group is the widest their roles give.
//! The defaults follow least privilege (auditors and admins see a case's metadata —
//! kind, status, dates, reference — never its content); admins may change the matrix,
//! and a change that widens access is a grant of power, so it waits for a second admin.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::account::{Account, AccountKind, Role, UnknownValue};
use crate::clock::{Duration, Timestamp};

mod redact;
pub use redact::{withhold_draft, withhold_submission};

/// The parts of a case whose access is decided separately.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldGroup {
    /// The targets and their identifiers (and everything keyed by them: deconfliction,
    /// the account directory's answers, user notices).
    Targets,
    /// The request's description of facts and an emergency's narrative.
    Narrative,
    /// The legal-process documents uploaded with the request.
    LegalDocuments,
    /// Messages exchanged with the requester.
    Messages,
    /// The requester's contact details (address, telephone, badge number, supervisor).
    RequesterContact,
    /// Productions and their files.
    Productions,
    /// The response team's internal notes.
    Notes,
}

impl FieldGroup {
    pub const ALL: [FieldGroup; 7] = [
        FieldGroup::Targets,
        FieldGroup::Narrative,
        FieldGroup::LegalDocuments,
        FieldGroup::Messages,
        FieldGroup::RequesterContact,
        FieldGroup::Productions,
        FieldGroup::Notes,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Targets => "targets",
            Self::Narrative => "narrative",
            Self::LegalDocuments => "legal_documents",
            Self::Messages => "messages",
            Self::RequesterContact => "requester_contact",
            Self::Productions => "productions",
            Self::Notes => "notes",
        }
    }
}

impl fmt::Display for FieldGroup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for FieldGroup {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|group| group.as_str() == s)
            .ok_or_else(|| UnknownValue(s.to_owned()))
    }
}

/// How far one may go with a field group; each level includes the ones before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldAccess {
    /// Not shown; only that something is withheld.
    Hidden,
    View,
    /// View, and add or change (write a message or note, add a document or file).
    Edit,
}

impl FieldAccess {
    pub const ALL: [FieldAccess; 3] = [FieldAccess::Hidden, FieldAccess::View, FieldAccess::Edit];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Hidden => "hidden",
            Self::View => "view",
            Self::Edit => "edit",
        }
    }
}

impl fmt::Display for FieldAccess {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for FieldAccess {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|access| access.as_str() == s)
            .ok_or_else(|| UnknownValue(s.to_owned()))
    }
}

/// Roles that may open case files at all: those who work on requests, and auditors
/// (who see what the matrix lets them, by default metadata only).
pub const CASE_VIEWER_ROLES: [Role; 5] = [
    Role::Intake,
    Role::Reviewer,
    Role::Approver,
    Role::Producer,
    Role::Auditor,
];

/// Whether `account` may open case files (what it then sees is the matrix's).
pub fn may_view_cases(account: &Account) -> bool {
    account.kind == AccountKind::Staff
        && CASE_VIEWER_ROLES
            .iter()
            .any(|role| account.roles.contains(*role))
}

/// The default access of `role` to `group` (least privilege).
pub fn default_access(role: Role, group: FieldGroup) -> FieldAccess {
    use FieldAccess::{Edit, Hidden, View};
    use FieldGroup::*;
    match (role, group) {
        // Intake registers requests that arrived elsewhere: it enters them whole.
        (Role::Intake, Targets | Narrative | LegalDocuments | RequesterContact) => Edit,
        (Role::Intake, Messages | Notes) => Edit,
        (Role::Intake, Productions) => Hidden,
        // Reviewers and approvers judge the whole case and talk to the requester.
        (Role::Reviewer | Role::Approver, Messages | Notes) => Edit,
        (Role::Reviewer | Role::Approver, _) => View,
        // Producers pull the data: they need the targets, the legal scope and the
        // team's notes, not the requester's person or correspondence.
        (Role::Producer, Productions) => Edit,
        (Role::Producer, Targets | LegalDocuments | Notes) => View,
        (Role::Producer, Narrative | Messages | RequesterContact) => Hidden,
        // Admins run accounts and auditors check the record: metadata, never content.
        (Role::Admin | Role::Auditor, _) => Hidden,
    }
}

/// The widest access `role` may ever be given to any group: auditors only look, and
/// admins never see case content (they could otherwise grant themselves anything).
pub fn ceiling(role: Role) -> FieldAccess {
    match role {
        Role::Auditor => FieldAccess::View,
        Role::Admin => FieldAccess::Hidden,
        _ => FieldAccess::Edit,
    }
}

/// Why a change to the matrix is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FieldRuleRefusal {
    #[error("the {role} role can be given at most \"{ceiling}\" access to case fields")]
    AboveCeiling { role: Role, ceiling: FieldAccess },
    #[error("this change has already been proposed and waits for a second admin")]
    AlreadyProposed,
    #[error("a change that widens access must be approved by another admin")]
    SameAdmin,
    #[error("another admin's proposal for this access is waiting; approve it, or narrow the access to set it aside, before proposing another")]
    OtherProposalWaiting,
    #[error("the proposal changed or was set aside since the page was shown; look at it again")]
    ProposalChanged,
    #[error("the proposal is older than 72 hours and has lapsed; propose it again")]
    ProposalLapsed,
    #[error("nothing to change: {role} already has \"{access}\" access to {group}")]
    Unchanged {
        role: Role,
        group: FieldGroup,
        access: FieldAccess,
    },
}

/// What happens when an admin sets `role`'s access to a group from `from` to `to`:
/// narrowing applies at once; widening is proposed for a second admin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldRuleChange {
    AppliesNow,
    NeedsSecondAdmin,
}

pub fn field_rule_change(
    role: Role,
    group: FieldGroup,
    from: FieldAccess,
    to: FieldAccess,
) -> Result<FieldRuleChange, FieldRuleRefusal> {
    if to > ceiling(role) {
        return Err(FieldRuleRefusal::AboveCeiling {
            role,
            ceiling: ceiling(role),
        });
    }
    if to == from {
        return Err(FieldRuleRefusal::Unchanged {
            role,
            group,
            access: to,
        });
    }
    Ok(if to > from {
        FieldRuleChange::NeedsSecondAdmin
    } else {
        FieldRuleChange::AppliesNow
    })
}

/// How long a proposed widening waits for a second admin (as role grants do).
pub const PROPOSAL_LIFETIME: Duration = Duration::hours(72);

/// A widening proposed by `proposer` at `proposed_at` is applied by another admin,
/// while it has not lapsed.
pub fn may_approve_field_rule(
    proposer: i64,
    proposed_at: Timestamp,
    approver: i64,
    now: Timestamp,
) -> Result<(), FieldRuleRefusal> {
    if proposer == approver {
        Err(FieldRuleRefusal::SameAdmin)
    } else if now >= proposed_at.plus(PROPOSAL_LIFETIME) {
        Err(FieldRuleRefusal::ProposalLapsed)
    } else {
        Ok(())
    }
}

/// The matrix in force: the defaults with the admins' changes on top.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldMatrix {
    rules: BTreeMap<(Role, FieldGroup), FieldAccess>,
}

impl FieldMatrix {
    /// The defaults, then `changes` (role, group, access) on top; a change above a
    /// role's ceiling (written to the database by hand) is capped, never obeyed.
    pub fn with_changes(
        changes: impl IntoIterator<Item = (Role, FieldGroup, FieldAccess)>,
    ) -> Self {
        let mut rules = BTreeMap::new();
        for role in Role::ALL {
            for group in FieldGroup::ALL {
                rules.insert((role, group), default_access(role, group));
            }
        }
        for (role, group, access) in changes {
            rules.insert((role, group), access.min(ceiling(role)));
        }
        Self { rules }
    }

    pub fn access_of_role(&self, role: Role, group: FieldGroup) -> FieldAccess {
        self.rules
            .get(&(role, group))
            .copied()
            .unwrap_or(FieldAccess::Hidden)
    }

    /// `account`'s access to `group`: the widest of its roles; none for requesters.
    pub fn access(&self, account: &Account, group: FieldGroup) -> FieldAccess {
        if account.kind != AccountKind::Staff {
            return FieldAccess::Hidden;
        }
        account
            .roles
            .iter()
            .map(|role| self.access_of_role(role, group))
            .max()
            .unwrap_or(FieldAccess::Hidden)
    }

    /// Every group's access for `account`, at once.
    pub fn rights(&self, account: &Account) -> FieldRights {
        FieldRights(
            FieldGroup::ALL
                .into_iter()
                .map(|group| (group, self.access(account, group)))
                .collect(),
        )
    }
}

/// One person's access to every field group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldRights(BTreeMap<FieldGroup, FieldAccess>);

impl FieldRights {
    pub fn access(&self, group: FieldGroup) -> FieldAccess {
        self.0.get(&group).copied().unwrap_or(FieldAccess::Hidden)
    }

    pub fn sees(&self, group: FieldGroup) -> bool {
        self.access(group) >= FieldAccess::View
    }

    pub fn edits(&self, group: FieldGroup) -> bool {
        self.access(group) >= FieldAccess::Edit
    }

    /// The groups not shown.
    pub fn withheld(&self) -> Vec<FieldGroup> {
        FieldGroup::ALL
            .into_iter()
            .filter(|group| !self.sees(*group))
            .collect()
    }
}

#[cfg(test)]
mod tests;
