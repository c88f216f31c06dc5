//! Everything LERS emits validates against the shipped V1.15.1 XSDs.

#![allow(clippy::expect_used)] // a test that cannot go on fails, as in crates/lers/tests/it

mod common;

use common::{assert_schema_valid, message};
use lers_etsi::profile::vocab::{self, ObjectKind, ReportedStatus};
use lers_etsi::write::{
    delivery_xml, message_error_xml, notification_xml, response_xml, ActionResponse,
    AssociatedStatus, BinaryData, Delivery, ErrorInformation, ListRecord, Notification, OutObject,
};
use lers_etsi::{parse_xml, DictionaryEntry, Header, Limits, MessageError, ObjectCommon, ObjectId};
use time::macros::datetime;

fn request_header() -> Header {
    parse_xml(&message("epoc_create.xml"), Limits::default())
        .unwrap_or_else(|e| panic!("{e}"))
        .header
}

fn id(text: &str) -> ObjectId {
    ObjectId::parse(text).unwrap_or_else(|| panic!("{text}"))
}

fn common(object: &str, associated: &[&str]) -> ObjectCommon {
    ObjectCommon {
        id: id(object),
        country_code: Some("IE".into()),
        owner_identifier: Some("lers-provider-ie".into()),
        generation: Some(1),
        external_identifier: Some("LERS-2026-000123".into()),
        associated: associated.iter().map(|a| id(a)).collect(),
        last_changed: Some(datetime!(2026-11-27 10:00:00 UTC)),
    }
}

fn status(s: ReportedStatus) -> DictionaryEntry {
    vocab::entry_for(vocab::REPORTED_STATUSES, s).unwrap_or_else(|| panic!("{s:?} has an entry"))
}

const AUTH: &str = "a1000000-0000-4000-8000-000000000001";
const TASK: &str = "b1000000-0000-4000-8000-000000000001";

#[test]
fn a_response_to_every_kind_of_action_is_schema_valid() {
    let header = request_header().reply(datetime!(2026-11-27 09:00:01.25 UTC));
    let responses = vec![
        ActionResponse::Create {
            action: 0,
            identifier: id(AUTH),
        },
        ActionResponse::Update {
            action: 1,
            identifier: id(TASK),
        },
        ActionResponse::Get {
            action: 2,
            object: Box::new(OutObject::Authorisation {
                common: common(AUTH, &[]),
                reference: Some("DE-EPOC-2026-0001".into()),
                status: Some(DictionaryEntry::new(
                    "ETSI",
                    "AuthorisationStatus",
                    "Active",
                )),
            }),
        },
        ActionResponse::Get {
            action: 3,
            object: Box::new(OutObject::LdTask {
                common: common(TASK, &[AUTH]),
                reference: Some("DE-de-sta-berlin-EPOC-0001-1".into()),
                status: Some(status(ReportedStatus::Refused)),
                status_reason: Some(ErrorInformation {
                    code: 3,
                    description: "Data not held <none> & gone".into(),
                }),
            }),
        },
        ActionResponse::Get {
            action: 4,
            object: Box::new(OutObject::LpTask {
                common: common("b2000000-0000-4000-8000-000000000001", &[AUTH]),
                status: Some(status(ReportedStatus::Preserved)),
                status_reason: None,
                preservation_expiration: Some(datetime!(2027-01-25 00:00 UTC)),
            }),
        },
        ActionResponse::List {
            action: 5,
            records: vec![ListRecord {
                object_type: vocab::entry_for(vocab::OBJECT_KINDS, ObjectKind::Authorisation)
                    .expect("a LIST names object types"),
                identifier: id(AUTH),
                country_code: Some("DE".into()),
                owner_identifier: None,
                generation: 1,
                external_identifier: Some("LERS-2026-000123".into()),
                last_changed: Some(datetime!(2026-11-27 10:00 +01:00)),
            }],
        },
        ActionResponse::List {
            action: 6,
            records: vec![],
        },
        ActionResponse::Error {
            action: 7,
            error: ErrorInformation::from_message_error(&MessageError::Doctype),
        },
    ];
    let xml = response_xml(&header, &responses);
    assert_schema_valid(&xml);
    // The answer goes back to the sender, under the same transaction, with LERS' version.
    assert!(xml.contains(
        "<TransactionIdentifier>3f1c2a9e-6b1d-4c1e-8f0a-5d2b7c9e1a01</TransactionIdentifier>"
    ));
    assert!(xml.contains("<Timestamp>2026-11-27T09:00:01.250000Z</Timestamp>"));
    assert!(xml.contains("<ReceiverIdentifier>\n      <CountryCode>DE</CountryCode>"));
    assert!(xml.contains(&format!(
        "<ETSIVersion>{}</ETSIVersion>",
        lers_etsi::ns::EMITTED_ETSI_VERSION
    )));
    // quick-xml escaped the text.
    assert!(xml.contains("Data not held &lt;none&gt; &amp; gone"));
    assert!(xml.contains("<LastChanged>2026-11-27T09:00:00Z</LastChanged>"));
}

#[test]
fn a_refusal_of_the_whole_message_is_schema_valid() {
    let header = request_header().reply(datetime!(2026-11-27 09:00 UTC));
    let error = ErrorInformation::from_message_error(&MessageError::Missing {
        path: "HI1Message/Header/TransactionIdentifier".into(),
    });
    assert_eq!(error.code, 2003);
    let xml = message_error_xml(&header, &error);
    assert_schema_valid(&xml);
    assert!(xml.contains("HI1Message/Header/TransactionIdentifier: required element missing"));
}

#[test]
fn a_notification_is_schema_valid() {
    let request = request_header();
    let header = Header::outgoing(
        request.receiver.clone(),
        request.sender.clone(),
        ObjectId::from_random([7; 16]),
        datetime!(2026-11-27 11:00 UTC),
    );
    let notification = Notification {
        common: common("d1000000-0000-4000-8000-000000000001", &[AUTH, TASK]),
        details: Some("Under review by the provider.".into()),
        notification_type: Some(DictionaryEntry::new(
            "ETSI",
            "NotificationType",
            "StatusChange",
        )),
        new_notification: Some(true),
        timestamp: Some(datetime!(2026-11-27 11:00 UTC)),
        statuses: vec![AssociatedStatus {
            object: id(TASK),
            status: status(ReportedStatus::UnderReview),
            details: None,
        }],
    };
    let xml = notification_xml(&header, 0, &notification);
    assert_schema_valid(&xml);
    assert!(xml.contains("xsi:type=\"notification:NotificationObject\""));
}

#[test]
fn a_delivery_is_schema_valid_and_carries_the_hash_of_its_data() {
    let request = request_header();
    let header = Header::outgoing(
        request.receiver.clone(),
        request.sender.clone(),
        ObjectId::from_random([9; 16]),
        datetime!(2026-11-28 08:00 UTC),
    );
    let delivery = Delivery {
        common: common("e1000000-0000-4000-8000-000000000001", &[TASK]),
        ldid: Some("DE-de-sta-berlin-EPOC-0001-1".into()),
        delivery_id: Some(ObjectId::from_random([1; 16])),
        sequence_number: Some(0),
        last_sequence: Some(true),
        manifest: Some(DictionaryEntry::new(
            "LERS",
            "ManifestFormat",
            "lers-manifest-v1",
        )),
        data: Some(BinaryData {
            bytes: b"{\"fetch\":\"https://lers.example/deliveries/1\"}".to_vec(),
            content_type: Some("application/json".into()),
        }),
    };
    let xml = delivery_xml(&header, 0, &id(TASK), &delivery);
    assert_schema_valid(&xml);
    assert!(xml.contains("<delivery:ChecksumType>SHA-256</delivery:ChecksumType>"));
}

#[test]
fn random_object_identifiers_are_version_4_uuids_the_parser_accepts() {
    let made = ObjectId::from_random([0xff; 16]);
    assert_eq!(made.as_str(), "ffffffff-ffff-4fff-bfff-ffffffffffff");
    assert_eq!(ObjectId::parse(made.as_str()), Some(made));
}
