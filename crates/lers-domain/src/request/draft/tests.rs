use super::*;

use crate::test_support::{complete_draft as user_data, emergency_details, eu_certificate, today};

fn fields(errors: &[FieldError]) -> Vec<&'static str> {
    errors.iter().map(|e| e.field).collect()
}

#[test]
fn a_complete_user_data_request_is_normalised() -> Result<(), Vec<FieldError>> {
    let request = user_data().validate(RequestKind::UserData, today())?;
    assert_eq!(request.country, "US");
    let normalized: Vec<&str> = request
        .targets
        .iter()
        .map(|t| t.normalized.as_str())
        .collect();
    assert_eq!(
        normalized,
        ["+15550100199", "suspect@example.com"],
        "duplicates folded"
    );
    Ok(())
}

#[test]
fn one_line_fields_refuse_breaks_and_free_text_refuses_bidi_overrides() {
    let mut draft = user_data();
    draft.title = "Operation\r\nWalnut".into();
    draft.citation = "Cause No.\u{202E}321".into();
    draft.description = "Line one.\nLine two \u{2067}hidden\u{2069}.".into();
    let errors = draft
        .validate(RequestKind::UserData, today())
        .err()
        .unwrap_or_default();
    assert_eq!(fields(&errors), ["title", "citation", "description"]);
    let mut draft = user_data();
    draft.description = "Line one.\r\n\tLine two.".into();
    assert!(draft.validate(RequestKind::UserData, today()).is_ok());
}

#[test]
fn an_empty_draft_reports_every_missing_field() {
    let errors = RequestDraft::default()
        .validate(RequestKind::UserData, today())
        .err()
        .unwrap_or_default();
    for field in [
        "title",
        "country",
        "subdivision",
        "issuing_authority",
        "citation",
        "description",
        "instrument",
        "targets",
        "data_categories",
        "date_from",
    ] {
        assert!(
            fields(&errors).contains(&field),
            "{field} missing in {:?}",
            fields(&errors)
        );
    }
}

#[test]
fn instruments_must_fit_the_kind() {
    let draft = RequestDraft {
        instrument: Some(LegalInstrument::PreservationLetter),
        ..user_data()
    };
    let errors = draft
        .validate(RequestKind::UserData, today())
        .err()
        .unwrap_or_default();
    assert_eq!(fields(&errors), ["instrument"]);
}

#[test]
fn emergencies_need_narrative_attestation_and_supervisor_but_no_process(
) -> Result<(), Vec<FieldError>> {
    let base = RequestDraft {
        instrument: None,
        citation: String::new(),
        issuing_authority: String::new(),
        ..user_data()
    };
    let errors = base
        .validate(RequestKind::Emergency, today())
        .err()
        .unwrap_or_default();
    assert_eq!(
        fields(&errors),
        [
            "narrative",
            "attested",
            "supervisor_name",
            "supervisor_phone"
        ]
    );
    let complete = RequestDraft {
        emergency: EmergencyDetails {
            narrative: "A missing 12-year-old was last seen with the account holder; messages threaten harm tonight.".into(),
            attested: true,
            supervisor_name: "Sgt. Lee Park".into(),
            supervisor_phone: "+1 325 555 0111".into(),
        },
        ..base
    };
    let request = complete.validate(RequestKind::Emergency, today())?;
    assert!(request.emergency.is_some_and(|e| e.attested));
    Ok(())
}

#[test]
fn dates_and_orders_are_checked() {
    let draft = RequestDraft {
        date_from: "2026-07-01".into(),
        date_to: "2026-06-30".into(),
        deadline: "2026-11-27".into(),
        nondisclosure: OrderTerm::Until {
            until: "2025-01-01".into(),
        },
        delay_of_notice: OrderTerm::Until {
            until: "soon".into(),
        },
        ..user_data()
    };
    let errors = draft
        .validate(RequestKind::UserData, today())
        .err()
        .unwrap_or_default();
    assert_eq!(
        fields(&errors),
        ["date_to", "deadline", "nondisclosure", "delay_of_notice"]
    );
    let open_ended = RequestDraft {
        nondisclosure: OrderTerm::Indefinite,
        ..user_data()
    };
    assert!(
        open_ended.validate(RequestKind::UserData, today()).is_ok(),
        "allowed, and flagged for review later"
    );
}

#[test]
fn bad_targets_are_named_by_position() {
    let draft = RequestDraft {
        targets: vec![
            TargetInput {
                kind: "phone".into(),
                value: "555-0100".into(),
            },
            TargetInput {
                kind: "fax".into(),
                value: "1".into(),
            },
        ],
        ..user_data()
    };
    let errors = draft
        .validate(RequestKind::UserData, today())
        .err()
        .unwrap_or_default();
    let problems: Vec<&Problem> = errors.iter().map(|e| &e.problem).collect();
    assert_eq!(
        problems,
        [
            &Problem::new("form-target-invalid")
                .number("number", 1)
                .text("value", "555-0100")
                .label("reason", "form-target-phone"),
            &Problem::new("form-target-type").number("number", 2),
        ]
    );
}

#[test]
fn extensions_name_the_preservation_they_extend() {
    let draft = RequestDraft {
        instrument: Some(LegalInstrument::PreservationLetter),
        extends_reference: "lers-2026-000042".into(),
        ..user_data()
    };
    let request = draft.validate(RequestKind::PreservationExtension, today());
    assert_eq!(
        request.ok().and_then(|r| r.extends_reference),
        Some("LERS-2026-000042".into())
    );
    let bad = RequestDraft {
        instrument: Some(LegalInstrument::PreservationLetter),
        extends_reference: "42".into(),
        ..user_data()
    };
    assert!(bad
        .validate(RequestKind::PreservationExtension, today())
        .is_err());
    assert!(is_reference("LERS-2026-000123") && !is_reference("LERS-26-1"));
}

#[test]
fn an_eu_production_order_takes_its_process_and_categories_from_the_certificate(
) -> Result<(), Vec<FieldError>> {
    let mut draft = user_data();
    draft.country = String::new();
    draft.issuing_authority = String::new();
    draft.citation = String::new();
    draft.subdivision = String::new();
    draft.instrument = None;
    draft.data_categories = Vec::new();
    draft.eu_order = eu_certificate();
    let request = draft.validate(RequestKind::EuProductionOrder, today())?;
    assert_eq!(request.country, "DE");
    assert_eq!(request.instrument, Some(LegalInstrument::EuProductionOrder));
    assert_eq!(request.citation, "StA Berlin 231 Js 1234/26");
    assert_eq!(
        request.data_categories,
        [
            DataCategory::ConnectionLogs,
            DataCategory::MeetingMetadata,
            DataCategory::Content
        ]
    );
    let order = request
        .eu_order
        .as_ref()
        .map(|o| o.enforcing_authority.clone());
    assert_eq!(order, Some(Some("Irish Department of Justice".into())));
    Ok(())
}

#[test]
fn an_eu_certificate_names_its_faults_each_against_its_field() {
    let mut draft = user_data();
    draft.eu_order = eu_certificate();
    draft.eu_order.issuing_authority.member_state = "DK".into();
    draft.eu_order.data_categories.clear();
    draft.eu_order.enforcing_authority.clear();
    draft.eu_order.offence.clear();
    draft.eu_order.issued_on = "2027-01-01".into();
    let errors = draft
        .validate(RequestKind::EuPreservationOrder, today())
        .err()
        .unwrap_or_default();
    let mut got = fields(&errors);
    got.sort();
    assert_eq!(
        got,
        [
            "eu_data_categories",
            "eu_enforcing_authority",
            "eu_issued_on",
            "eu_issuing_authority",
            "eu_offence"
        ]
    );
}

#[test]
fn other_kinds_ignore_a_certificate_and_refuse_eu_process() {
    let mut draft = user_data();
    draft.eu_order = eu_certificate();
    let request = draft.validate(RequestKind::UserData, today());
    assert!(request.is_ok_and(|r| r.eu_order.is_none()));
    draft.instrument = Some(LegalInstrument::EuProductionOrder);
    let errors = draft
        .validate(RequestKind::UserData, today())
        .err()
        .unwrap_or_default();
    assert_eq!(fields(&errors), ["instrument"]);
    let mut emergency = user_data();
    emergency.emergency = emergency_details();
    emergency.instrument = None;
    assert!(emergency.validate(RequestKind::Emergency, today()).is_ok());
}

#[test]
fn an_eu_order_is_not_received_before_its_certificate_was_signed() -> Result<(), Vec<FieldError>> {
    let mut draft = user_data();
    draft.eu_order = eu_certificate();
    let request = draft.validate(RequestKind::EuProductionOrder, today())?;
    let on = |date: &str| crate::clock::Timestamp::start_of(parse_date(date).unwrap_or(Date::MIN));
    assert!(request.check_receipt(on("2026-11-20")).is_ok());
    let early = request.check_receipt(on("2016-11-20")).err();
    assert_eq!(early.map(|e| e.field), Some("eu_issued_on"));
    let plain = user_data().validate(RequestKind::UserData, today())?;
    assert!(plain.check_receipt(on("2016-11-20")).is_ok());
    Ok(())
}
