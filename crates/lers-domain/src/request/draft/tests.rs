use super::*;

fn today() -> Date {
    parse_date("2026-11-27").unwrap_or(Date::MIN)
}

fn user_data() -> RequestDraft {
    RequestDraft {
        title: "Operation Walnut".into(),
        country: "us".into(),
        subdivision: "TX".into(),
        issuing_authority: "42nd District Court, Taylor County".into(),
        instrument: Some(LegalInstrument::SearchWarrant),
        citation: "Cause No. 2026-123".into(),
        description: "Subscriber and log data for the account used in the fraud.".into(),
        targets: vec![
            TargetInput {
                kind: "phone".into(),
                value: "+1 (555) 010-0199".into(),
            },
            TargetInput {
                kind: "phone".into(),
                value: "+15550100199".into(),
            },
            TargetInput {
                kind: "email".into(),
                value: "Suspect@Example.com".into(),
            },
        ],
        data_categories: vec![DataCategory::SubscriberInfo, DataCategory::ConnectionLogs],
        date_from: "2026-01-01".into(),
        date_to: "2026-06-30".into(),
        nondisclosure: OrderTerm::Until {
            until: "2027-06-30".into(),
        },
        ..Default::default()
    }
}

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
    let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
    assert!(
        messages[0].starts_with("Identifier 1 (555-0100)"),
        "{messages:?}"
    );
    assert!(
        messages[1].starts_with("Identifier 2: choose its type"),
        "{messages:?}"
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
