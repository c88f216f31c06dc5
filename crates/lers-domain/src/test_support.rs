//! Accounts and requests for the unit tests of rules that read them.

use crate::account::{Account, AccountKind, AccountStatus, RequesterProfile, Roles};
use crate::clock::Timestamp;
use crate::eu::{Authority, EuDataCategory, EuOrderDraft};
use crate::request::draft::parse_date;
use crate::request::{
    DataCategory, EmergencyDetails, LegalInstrument, OrderTerm, RequestDraft, TargetInput,
};

/// The day the draft tests are checked on.
pub fn today() -> time::Date {
    parse_date("2026-11-27").unwrap_or(time::Date::MIN)
}

/// A user-data request with everything filled in (and one duplicate identifier).
pub fn complete_draft() -> RequestDraft {
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

pub fn emergency_details() -> EmergencyDetails {
    EmergencyDetails {
        narrative: "A missing twelve-year-old was last seen messaging this account tonight.".into(),
        attested: true,
        supervisor_name: "Sgt. Dana Reyes".into(),
        supervisor_phone: "+1 325 555 0100".into(),
    }
}

/// A German prosecutor's EPOC for traffic and content data, with the Irish enforcing
/// authority notified.
pub fn eu_certificate() -> EuOrderDraft {
    EuOrderDraft {
        issuing_authority: Authority {
            name: "Staatsanwaltschaft Berlin".into(),
            member_state: "de".into(),
            address: "Turmstraße 91, 10559 Berlin".into(),
            contact_name: "OStA Petra Lange".into(),
            contact_phone: "+49 30 9014 0".into(),
            contact_email: "poststelle@sta.berlin.de".into(),
            file_reference: "StA Berlin 231 Js 1234/26".into(),
        },
        validating_authority: Some(Authority {
            name: "Amtsgericht Tiergarten".into(),
            member_state: "DE".into(),
            contact_name: "Richterin am AG Weber".into(),
            ..Default::default()
        }),
        data_categories: vec![EuDataCategory::Traffic, EuDataCategory::Content],
        offence: "Computer fraud (§ 263a StGB), punishable by at least three years.".into(),
        enforcing_authority_notified: true,
        enforcing_authority: "Irish Department of Justice".into(),
        enforcing_authority_email: "eio@justice.ie".into(),
        issued_on: "2026-11-20".into(),
        ..Default::default()
    }
}

/// An active, verified account with no roles.
pub fn account(id: i64, kind: AccountKind, email: &str) -> Account {
    Account {
        id,
        pseudonym: format!("acct-{id}"),
        kind,
        email: email.to_owned(),
        name: format!("Person {id}"),
        profile: RequesterProfile::default(),
        matched_domain_rule: None,
        roles: Roles::none(),
        status: AccountStatus::Active,
        email_verified_at: Some(Timestamp::from_unix_millis(0)),
        password_hash: None,
        totp_enrolled_at: None,
        totp_last_step: None,
        created_at: Timestamp::from_unix_millis(0),
        last_login_at: None,
        locked_at: None,
        mfa_reenroll_required: false,
        domain_admitted: true,
        disabled_reason: None,
        locale: Default::default(),
    }
}
