//! The EU e-Evidence profile: CREATE objects become a draft LERS' own check accepts;
//! UPDATEs become order updates; what does not fit is refused by field.

#![allow(clippy::expect_used)] // a test that cannot go on fails, as in crates/lers/tests/it

mod common;

use common::{message, message_text};
use lers_domain::eu::{EuDataCategory, UserInformation};
use lers_domain::request::{RequestKind, TargetType};
use lers_etsi::profile::vocab::Priority;
use lers_etsi::profile::{
    order_from_message, order_update, IncomingOrder, MappingError, OrderUpdate,
};
use lers_etsi::{parse_json, parse_xml, Action, Limits, ObjectId};
use time::macros::date;

fn order(text: &str) -> Result<IncomingOrder, MappingError> {
    let m = parse_xml(text.as_bytes(), Limits::default()).unwrap_or_else(|e| panic!("{e}"));
    order_from_message(&m)
}

fn id(text: &str) -> ObjectId {
    ObjectId::parse(text).unwrap_or_else(|| panic!("{text}"))
}

#[test]
fn an_epoc_becomes_a_production_order_that_passes_the_draft_check() {
    let o = order(&message_text("epoc_create.xml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(o.kind, RequestKind::EuProductionOrder);
    assert_eq!(o.priority, Priority::TenDays);
    assert_eq!(o.authorisation, id("a1000000-0000-4000-8000-000000000001"));
    assert_eq!(o.tasks.len(), 2);
    assert_eq!(o.reference.as_deref(), Some("DE-EPOC-2026-0001"));
    let eu = &o.draft.eu_order;
    assert_eq!(eu.issuing_authority.name, "Staatsanwaltschaft Berlin");
    assert_eq!(eu.issuing_authority.member_state, "DE");
    assert_eq!(eu.issuing_authority.contact_name, "OStA Petra Lange");
    assert_eq!(
        eu.issuing_authority.file_reference,
        "StA Berlin 231 Js 1234/26"
    );
    assert_eq!(
        eu.validating_authority.as_ref().map(|v| v.name.as_str()),
        Some("Amtsgericht Tiergarten")
    );
    assert_eq!(
        eu.data_categories,
        vec![EuDataCategory::Traffic, EuDataCategory::Content]
    );
    assert_eq!(
        eu.user_information,
        UserInformation::DelayedUntilAuthorityLifts
    );
    assert!(!eu.emergency);
    assert!(!eu.enforcing_authority_notified);
    assert_eq!(eu.issued_on, "2026-11-20");
    assert_eq!(eu.delivery_instructions, "EndpointID: DE/de-sta-berlin");
    assert_eq!(o.draft.date_from, "2026-01-01");
    assert_eq!(o.draft.date_to, "2026-07-31");
    assert_eq!(o.documents.len(), 1);
    assert_eq!(o.documents[0].name, "EPOC Form 1.pdf");
    assert_eq!(o.documents[0].content_type, "application/pdf");
    assert!(o.documents[0].declared_sha256.is_some());

    let submitted = o
        .draft
        .validate(o.kind, date!(2026 - 11 - 27))
        .unwrap_or_else(|e| panic!("{e:?}"));
    let kinds: Vec<TargetType> = submitted.targets.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, vec![TargetType::Email, TargetType::Phone]);
    assert_eq!(submitted.targets[1].normalized, "+4915112345678");
    assert_eq!(submitted.country, "DE");
    let certificate = submitted.eu_order.expect("an EU order has its certificate");
    assert_eq!(
        certificate.offence,
        "Computer fraud (§ 263a StGB), punishable by at least three years & more."
    );
}

#[test]
fn the_json_form_maps_to_the_same_order() {
    let xml = order(&message_text("epoc_create.xml"));
    let json =
        parse_json(&message("epoc_create.json"), Limits::default()).map(|m| order_from_message(&m));
    assert_eq!(Ok(xml), json);
}

#[test]
fn an_epoc_pr_becomes_a_preservation_order() {
    let o = order(&message_text("epoc_pr_create.xml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(o.kind, RequestKind::EuPreservationOrder);
    assert_eq!(
        o.draft.eu_order.data_categories,
        vec![EuDataCategory::Subscriber]
    );
    let submitted = o.draft.validate(o.kind, date!(2026 - 11 - 27));
    assert!(submitted.is_ok(), "{submitted:?}");
}

#[test]
fn an_eight_hour_epoc_is_an_emergency_with_the_enforcing_authority_notified() {
    let o = order(&message_text("epoc_emergency.xml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(o.priority, Priority::EightHours);
    let eu = &o.draft.eu_order;
    assert!(eu.emergency);
    assert!(eu.enforcing_authority_notified);
    assert_eq!(eu.enforcing_authority, "Enforcing authority of IE");
    let submitted = o
        .draft
        .validate(o.kind, date!(2026 - 11 - 27))
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(submitted.targets[0].kind, TargetType::IpAddress);
    let certificate = submitted.eu_order.expect("certificate");
    assert!(certificate.emergency);
    assert!(certificate.enforcing_authority_notified());
}

#[test]
fn an_unknown_dictionary_value_is_refused_by_name() {
    let text = message_text("epoc_create.xml").replace(">TenDaysASAP<", ">TwoDays<");
    match order(&text) {
        Err(MappingError::UnknownDictionaryValue {
            object,
            field,
            entry,
        }) => {
            assert_eq!(object, id("a1000000-0000-4000-8000-000000000001"));
            assert_eq!(field, "AuthorisationPriority");
            assert_eq!(
                (
                    entry.owner.as_str(),
                    entry.name.as_str(),
                    entry.value.as_str()
                ),
                ("ETSI", "EPOCPriority", "TwoDays")
            );
        }
        other => panic!("{other:?}"),
    }
    let flag = message_text("epoc_create.xml").replace(">DelayInformingUser<", ">TellEveryone<");
    assert!(matches!(
        order(&flag),
        Err(MappingError::UnknownDictionaryValue { field, .. }) if field == "AuthorisationFlags/AuthorisationFlag[1]"
    ));
}

#[test]
fn an_identifier_type_lers_cannot_take_is_named() {
    let text = message_text("epoc_create.xml").replace(">EmailAddress<", ">IMEI<");
    assert_eq!(
        order(&text),
        Err(MappingError::UnsupportedIdentifier {
            object: id("b1000000-0000-4000-8000-000000000001"),
            field: "RequestDetails/RequestValues/RequestValue[1]/FormatType".into(),
            owner: "ETSI".into(),
            name: "IMEI".into(),
        })
    );
}

#[test]
fn a_preservation_legal_type_with_a_disclosure_task_is_inconsistent() {
    let text = message_text("epoc_create.xml").replace(">EPOC<", ">EPOCPR<");
    assert_eq!(
        order(&text),
        Err(MappingError::Inconsistent {
            object: id("b1000000-0000-4000-8000-000000000001"),
            field: "DesiredStatus".into()
        })
    );
}

#[test]
fn objects_must_belong_to_one_authorisation() {
    let text = message_text("epoc_create.xml").replacen(
        "<AssociatedObjects><AssociatedObject>a1000000-0000-4000-8000-000000000001</AssociatedObject></AssociatedObjects>",
        "",
        1,
    );
    assert_eq!(
        order(&text),
        Err(MappingError::NotAssociated {
            object: id("b1000000-0000-4000-8000-000000000001"),
            authorisation: id("a1000000-0000-4000-8000-000000000001"),
        })
    );
    let get = parse_xml(&message("get.xml"), Limits::default()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(order_from_message(&get), Err(MappingError::NoAuthorisation));
}

#[test]
fn an_order_without_its_issuing_authority_is_refused() {
    let text = message_text("epoc_create.xml").replace(">IssuingAuthority<", ">Someone<");
    assert_eq!(
        order(&text),
        Err(MappingError::Missing {
            object: id("a1000000-0000-4000-8000-000000000001"),
            field: "AuthorisationApprovalDetails (ApprovalType IssuingAuthority)".into()
        })
    );
}

/// What the message leaves out, LERS' own check reports against the certificate field.
#[test]
fn a_certificate_without_its_offence_fails_the_draft_check_on_that_field() {
    let text = message_text("epoc_create.xml").replace(
        "<common:ApprovalDescription>Computer fraud (§ 263a StGB), punishable by at least three years &amp; more.</common:ApprovalDescription>",
        "",
    );
    let o = order(&text).unwrap_or_else(|e| panic!("{e}"));
    let errors = o
        .draft
        .validate(o.kind, date!(2026 - 11 - 27))
        .expect_err("no offence");
    let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, vec!["eu_offence"]);
}

fn update(name: &str) -> Result<OrderUpdate, MappingError> {
    update_of(&message_text(name))
}

fn update_of(text: &str) -> Result<OrderUpdate, MappingError> {
    let m = parse_xml(text.as_bytes(), Limits::default()).unwrap_or_else(|e| panic!("{e}"));
    match &m.requests[0].action {
        Action::Update { object } => order_update(object),
        other => panic!("{other:?}"),
    }
}

#[test]
fn updates_become_withdrawals_extensions_and_subsequent_productions() {
    assert_eq!(
        update("update_withdraw.xml"),
        Ok(OrderUpdate::Withdraw {
            object: id("a1000000-0000-4000-8000-000000000001")
        })
    );
    assert_eq!(
        update("update_form6.xml"),
        Ok(OrderUpdate::ExtendPreservation {
            task: id("b2000000-0000-4000-8000-000000000001"),
            until: date!(2027 - 02 - 24)
        })
    );
    assert_eq!(
        update("update_form5.xml"),
        Ok(OrderUpdate::SubsequentProduction {
            task: id("b2000000-0000-4000-8000-000000000001")
        })
    );
}

#[test]
fn an_update_that_asks_for_nothing_is_refused() {
    let text = message_text("update_withdraw.xml").replace(">Cancelled<", ">SubmittedToCSP<");
    let m = parse_xml(text.as_bytes(), Limits::default()).unwrap_or_else(|e| panic!("{e}"));
    let Action::Update { object } = &m.requests[0].action else {
        panic!("an UPDATE")
    };
    assert_eq!(
        order_update(object),
        Err(MappingError::NotAnOrderUpdate {
            object: id("a1000000-0000-4000-8000-000000000001")
        })
    );
}

#[test]
fn a_create_that_is_already_cancelled_is_inconsistent() {
    let text = message_text("epoc_create.xml").replace(">SubmittedToCSP<", ">Cancelled<");
    assert_eq!(
        order(&text),
        Err(MappingError::Inconsistent {
            object: id("a1000000-0000-4000-8000-000000000001"),
            field: "AuthorisationDesiredStatus".into()
        })
    );
}

#[test]
fn an_ea_decision_and_a_new_deadline_are_authorisation_updates() {
    use lers_domain::eu::enforcing::{EaDecision, RefusalGround};
    use lers_etsi::profile::EaDecisionGap;
    let auth = id("a1000000-0000-4000-8000-000000000001");
    assert_eq!(
        update("update_ea_decision.xml"),
        Ok(OrderUpdate::EaDecision {
            authorisation: auth.clone(),
            decision: EaDecision::FullRefusal {
                ground: RefusalGround::DualCriminality
            }
        })
    );
    let partial = message_text("update_ea_decision.xml")
        .replace(">GroundsForRefusal<", ">PartialGroundsForRefusal<");
    assert_eq!(
        update_of(&partial),
        Ok(OrderUpdate::EaDecision {
            authorisation: auth.clone(),
            decision: EaDecision::PartialGrounds {
                ground: RefusalGround::DualCriminality,
                data: "The stored content of the account.".into()
            }
        })
    );
    let unknown_ground =
        message_text("update_ea_decision.xml").replace(">DualCriminality<", ">Unheard<");
    assert!(matches!(
        update_of(&unknown_ground),
        Err(MappingError::UnknownDictionaryValue { .. })
    ));
    let no_grounds_with_one = message_text("update_ea_decision.xml")
        .replace(">GroundsForRefusal<", ">NoGroundsForRefusal<");
    assert_eq!(
        update_of(&no_grounds_with_one),
        Err(MappingError::EaDecision {
            object: auth.clone(),
            problem: EaDecisionGap::GroundWithoutRefusal
        })
    );
    let Ok(OrderUpdate::NewDeadline { due, reason, .. }) = update("update_deadline.xml") else {
        panic!("a new deadline")
    };
    assert_eq!(due.to_string(), "2026-12-01 12:00:00.0 +00:00:00");
    assert!(reason.is_some_and(|r| r.starts_with("The suspect")));
    let both = message_text("update_deadline.xml").replace(
        "<Generation>2</Generation>",
        "<Generation>2</Generation><auth:AuthorisationDesiredStatus><common:Owner>ETSI</common:Owner><common:Name>AuthorisationDesiredStatus</common:Name><common:Value>Cancelled</common:Value></auth:AuthorisationDesiredStatus>",
    );
    assert_eq!(
        update_of(&both),
        Err(MappingError::SeveralChanges { object: auth })
    );
}
