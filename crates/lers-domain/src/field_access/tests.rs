use super::*;
use crate::account::Roles;
use crate::clock::Timestamp;
use crate::test_support::account;

fn staff(roles: &[Role]) -> Account {
    let mut a = account(7, AccountKind::Staff, "staff@provider.example");
    a.roles = roles.iter().copied().collect::<Roles>();
    a
}

#[test]
fn auditors_and_admins_see_metadata_only_by_default() {
    let matrix = FieldMatrix::with_changes([]);
    for role in [Role::Auditor, Role::Admin] {
        let rights = matrix.rights(&staff(&[role]));
        assert_eq!(rights.withheld(), FieldGroup::ALL.to_vec(), "{role}");
    }
}

#[test]
fn producers_do_not_see_the_requester_or_the_correspondence() {
    let rights = FieldMatrix::with_changes([]).rights(&staff(&[Role::Producer]));
    assert!(rights.edits(FieldGroup::Productions));
    assert!(rights.sees(FieldGroup::Targets));
    assert!(!rights.edits(FieldGroup::Targets));
    assert_eq!(
        rights.withheld(),
        vec![
            FieldGroup::Narrative,
            FieldGroup::Messages,
            FieldGroup::RequesterContact
        ]
    );
}

#[test]
fn reviewers_see_everything_and_write_messages_and_notes() {
    let rights = FieldMatrix::with_changes([]).rights(&staff(&[Role::Reviewer]));
    assert!(rights.withheld().is_empty());
    assert!(rights.edits(FieldGroup::Messages));
    assert!(rights.edits(FieldGroup::Notes));
    assert!(!rights.edits(FieldGroup::Productions));
}

#[test]
fn several_roles_give_the_widest_access() {
    let matrix = FieldMatrix::with_changes([]);
    let both = staff(&[Role::Auditor, Role::Producer]);
    assert_eq!(
        matrix.access(&both, FieldGroup::Productions),
        FieldAccess::Edit
    );
    assert_eq!(
        matrix.access(&both, FieldGroup::Messages),
        FieldAccess::Hidden
    );
}

#[test]
fn requesters_get_nothing_from_the_matrix() {
    let requester = account(8, AccountKind::Requester, "officer@police.example");
    let matrix = FieldMatrix::with_changes([]);
    assert!(FieldGroup::ALL
        .iter()
        .all(|g| matrix.access(&requester, *g) == FieldAccess::Hidden));
    assert!(!may_view_cases(&requester));
}

#[test]
fn changes_override_defaults_but_never_pass_the_ceiling() {
    let matrix = FieldMatrix::with_changes([
        (Role::Reviewer, FieldGroup::Notes, FieldAccess::Hidden),
        (Role::Auditor, FieldGroup::Messages, FieldAccess::Edit),
        (Role::Admin, FieldGroup::Targets, FieldAccess::View),
    ]);
    assert_eq!(
        matrix.access_of_role(Role::Reviewer, FieldGroup::Notes),
        FieldAccess::Hidden
    );
    assert_eq!(
        matrix.access_of_role(Role::Auditor, FieldGroup::Messages),
        FieldAccess::View
    );
    assert_eq!(
        matrix.access_of_role(Role::Admin, FieldGroup::Targets),
        FieldAccess::Hidden
    );
}

#[test]
fn narrowing_applies_now_and_widening_needs_a_second_admin() {
    assert_eq!(
        field_rule_change(
            Role::Reviewer,
            FieldGroup::Notes,
            FieldAccess::Edit,
            FieldAccess::View
        ),
        Ok(FieldRuleChange::AppliesNow)
    );
    assert_eq!(
        field_rule_change(
            Role::Auditor,
            FieldGroup::Targets,
            FieldAccess::Hidden,
            FieldAccess::View
        ),
        Ok(FieldRuleChange::NeedsSecondAdmin)
    );
    assert_eq!(
        field_rule_change(
            Role::Auditor,
            FieldGroup::Targets,
            FieldAccess::Hidden,
            FieldAccess::Edit
        ),
        Err(FieldRuleRefusal::AboveCeiling {
            role: Role::Auditor,
            ceiling: FieldAccess::View
        })
    );
    assert!(matches!(
        field_rule_change(
            Role::Producer,
            FieldGroup::Targets,
            FieldAccess::View,
            FieldAccess::View
        ),
        Err(FieldRuleRefusal::Unchanged { .. })
    ));
    let at = Timestamp::from_unix_millis(1_800_000_000_000);
    assert_eq!(
        may_approve_field_rule(3, at, 3, at),
        Err(FieldRuleRefusal::SameAdmin)
    );
    assert_eq!(may_approve_field_rule(3, at, 4, at), Ok(()));
    assert_eq!(
        may_approve_field_rule(3, at, 4, at.plus(PROPOSAL_LIFETIME)),
        Err(FieldRuleRefusal::ProposalLapsed)
    );
}

#[test]
fn names_round_trip() {
    for group in FieldGroup::ALL {
        assert_eq!(group.as_str().parse::<FieldGroup>(), Ok(group));
    }
    for access in FieldAccess::ALL {
        assert_eq!(access.as_str().parse::<FieldAccess>(), Ok(access));
    }
    assert!("everything".parse::<FieldGroup>().is_err());
}

#[test]
fn auditors_may_open_case_files_admins_may_not() {
    assert!(may_view_cases(&staff(&[Role::Auditor])));
    assert!(may_view_cases(&staff(&[Role::Producer])));
    assert!(!may_view_cases(&staff(&[Role::Admin])));
}

#[test]
fn an_auditor_gets_a_request_without_its_content() {
    use crate::test_support::complete_draft;
    let rights = FieldMatrix::with_changes([]).rights(&staff(&[Role::Auditor]));
    let mut draft = complete_draft();
    draft.emergency.narrative = "A child is missing".into();
    draft.emergency.supervisor_phone = "+1 555 0100".into();
    withhold_draft(&mut draft, &rights);
    assert!(draft.targets.is_empty());
    assert!(draft.description.is_empty());
    assert!(draft.emergency.narrative.is_empty());
    assert!(draft.emergency.supervisor_phone.is_empty());
    assert_eq!(draft.title, "Operation Walnut", "metadata stays");
}

#[test]
fn a_producer_keeps_the_targets_of_a_submitted_request() {
    use crate::test_support::{complete_draft, today};
    let Ok(mut submitted) =
        complete_draft().validate(crate::request::RequestKind::UserData, today())
    else {
        panic!("the test draft is complete");
    };
    let rights = FieldMatrix::with_changes([]).rights(&staff(&[Role::Producer]));
    withhold_submission(&mut submitted, &rights);
    assert!(!submitted.targets.is_empty());
    assert!(submitted.description.is_empty());
}
