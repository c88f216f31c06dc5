//! Who may change a request, and when: the owner alone changes it, only a draft is
//! edited, a closed request takes no more messages, and the colleagues an owner shares
//! a request with are registered requesters of the owner's own agency (the colleague
//! rule). The store checks these inside its transaction, against what it just read.

use crate::account::{Account, AccountKind};
use crate::request::RequestStatus;

/// Why a requester may not do what they asked with a request.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AccessRefusal {
    /// Colleagues may read and message, but not change.
    #[error("only the requester who filed this request can change it")]
    NotOwner,
    #[error("a submitted request cannot be edited; send a message instead")]
    NotADraft,
    #[error("this request is {0}: it takes no more messages; file a new request if there is more to say")]
    ClosedToMessages(RequestStatus),
    #[error("{email} is not a registered requester of your agency (@{domain}); colleagues must have their own account")]
    NotAColleague { email: String, domain: String },
}

/// Only the requester who filed a request changes it (submits, edits, withdraws).
pub fn may_change(owner_id: i64, actor_id: i64) -> Result<(), AccessRefusal> {
    if owner_id == actor_id {
        Ok(())
    } else {
        Err(AccessRefusal::NotOwner)
    }
}

/// Only a draft is edited; after submission the requester sends messages instead.
pub fn may_edit(status: RequestStatus) -> Result<(), AccessRefusal> {
    if status == RequestStatus::Draft {
        Ok(())
    } else {
        Err(AccessRefusal::NotADraft)
    }
}

/// A request takes messages until it is closed.
pub fn may_message(status: RequestStatus) -> Result<(), AccessRefusal> {
    if status.accepts_messages() {
        Ok(())
    } else {
        Err(AccessRefusal::ClosedToMessages(status))
    }
}

/// The colleague rule: `owner` may share a request with the account registered under
/// `email` (`candidate`, if any) only if it is another requester whose address is in
/// the owner's email domain.
pub fn colleague_allowed(
    owner: &Account,
    email: &str,
    candidate: Option<&Account>,
) -> Result<(), AccessRefusal> {
    let domain = owner.email_domain();
    let same_agency = email.rsplit_once('@').is_some_and(|(_, d)| d == domain);
    match candidate {
        Some(a) if same_agency && a.kind == AccountKind::Requester && a.id != owner.id => Ok(()),
        _ => Err(AccessRefusal::NotAColleague {
            email: email.to_owned(),
            domain: domain.to_owned(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::account;

    #[test]
    fn only_the_owner_changes() {
        assert_eq!(may_change(7, 7), Ok(()));
        assert_eq!(may_change(7, 8), Err(AccessRefusal::NotOwner));
        assert_eq!(
            AccessRefusal::NotOwner.to_string(),
            "only the requester who filed this request can change it"
        );
    }

    #[test]
    fn only_a_draft_is_edited() {
        assert_eq!(may_edit(RequestStatus::Draft), Ok(()));
        for status in RequestStatus::ALL {
            if status != RequestStatus::Draft {
                assert_eq!(may_edit(status), Err(AccessRefusal::NotADraft));
            }
        }
    }

    #[test]
    fn closed_requests_take_no_messages() {
        for status in RequestStatus::ALL {
            assert_eq!(may_message(status).is_ok(), status.accepts_messages());
        }
        let closed = RequestStatus::Withdrawn;
        assert!(!closed.accepts_messages());
        assert_eq!(
            may_message(closed).map_err(|r| r.to_string()),
            Err("this request is withdrawn: it takes no more messages; file a new request if there is more to say".to_owned())
        );
    }

    #[test]
    fn colleagues_are_other_requesters_of_the_same_domain() {
        let owner = account(1, AccountKind::Requester, "ana@police.example");
        let colleague = account(2, AccountKind::Requester, "ben@police.example");
        assert_eq!(
            colleague_allowed(&owner, "ben@police.example", Some(&colleague)),
            Ok(())
        );
        let refused = |email: &str, candidate: Option<&Account>| {
            colleague_allowed(&owner, email, candidate).map_err(|r| r.to_string())
        };
        let message = Err("ben@police.example is not a registered requester of your agency (@police.example); colleagues must have their own account".to_owned());
        // Not registered.
        assert_eq!(refused("ben@police.example", None), message);
        // Staff, even with an address in the domain.
        let staff = account(3, AccountKind::Staff, "ben@police.example");
        assert_eq!(refused("ben@police.example", Some(&staff)), message);
        // The owner themself.
        assert_eq!(refused("ben@police.example", Some(&owner)), message);
        // Another agency.
        let other = account(4, AccountKind::Requester, "cy@sheriff.example");
        assert_eq!(
            refused("cy@sheriff.example", Some(&other)),
            Err("cy@sheriff.example is not a registered requester of your agency (@police.example); colleagues must have their own account".to_owned())
        );
    }
}
