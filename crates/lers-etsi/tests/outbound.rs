//! The messages LERS sends on its own (status changes, Form 3 answers, deliveries)
//! validate against the shipped V1.15.1 XSDs and carry what the authority needs.

#![allow(clippy::expect_used)] // a test that cannot go on fails, as in crates/lers/tests/it

mod common;

use common::assert_schema_valid;
use lers_domain::eu::non_execution::NonExecutionReason;
use lers_etsi::profile::vocab::ReportedStatus;
use lers_etsi::write::outbound::{
    fetch_delivery, non_execution_notification, status_notification, OrderObjects,
};
use lers_etsi::{Endpoint, Header, ObjectId};
use time::macros::datetime;

fn header() -> Header {
    Header::outgoing(
        Endpoint {
            country_code: "IE".into(),
            unique_identifier: "lers-provider-ie".into(),
        },
        Endpoint {
            country_code: "DE".into(),
            unique_identifier: "de-sta-berlin".into(),
        },
        ObjectId::from_random([3; 16]),
        datetime!(2026-11-27 11:00 UTC),
    )
}

fn order() -> OrderObjects {
    OrderObjects {
        authorisation: ObjectId::from_random([1; 16]),
        tasks: vec![ObjectId::from_random([2; 16])],
    }
}

#[test]
fn every_status_change_is_schema_valid() {
    use ReportedStatus::*;
    for status in [
        Received,
        UnderReview,
        Preserved,
        AwaitingEnforcingAuthority,
        Disclosed,
        Refused,
        Withdrawn,
        Ended,
    ] {
        let xml = status_notification(
            &header(),
            ObjectId::from_random([4; 16]),
            &order(),
            status,
            datetime!(2026-11-27 11:00 UTC),
        );
        assert_schema_valid(&xml);
        assert!(xml.contains("<common:Value>StatusChange</common:Value>"));
    }
}

#[test]
fn a_form3_answer_names_its_reason_codes_and_is_schema_valid() {
    let xml = non_execution_notification(
        &header(),
        ObjectId::from_random([5; 16]),
        &order(),
        &[
            NonExecutionReason::DataNotHeld,
            NonExecutionReason::ConflictOfLaw,
        ],
        "The account was deleted in 2024 & nothing is kept.",
        Some("US 18 U.S.C. 2702"),
        datetime!(2026-11-27 11:00 UTC),
    );
    assert_schema_valid(&xml);
    assert!(xml.contains("Form3Reasons: DataNotHeld ConflictOfLaw"));
    assert!(xml.contains("2024 &amp; nothing"));
    assert!(xml.contains("<common:Value>Rejected</common:Value>"));
}

#[test]
fn a_fetch_delivery_is_schema_valid_and_carries_its_descriptor() {
    let descriptor = br#"{"manifest_sha256":"00"}"#;
    let task = ObjectId::from_random([2; 16]);
    let xml = fetch_delivery(
        &header(),
        ObjectId::from_random([6; 16]),
        &task,
        0,
        descriptor,
    );
    assert_schema_valid(&xml);
    assert!(xml.contains("lers-fetch-descriptor-v1"));
    assert!(xml.contains("<delivery:ChecksumType>SHA-256</delivery:ChecksumType>"));
}
