//! Hostile and broken messages: each is refused with its own error, naming where.

#![allow(clippy::expect_used)] // a test that cannot go on fails, as in crates/lers/tests/it

mod common;

use common::{message, message_text};
use lers_etsi::{parse_json, parse_xml, BadValue, Limits, MessageError};

const CORE: &str = "http://uri.etsi.org/03120/common/2019/10/Core";

fn xml_err(text: &str) -> MessageError {
    match parse_xml(text.as_bytes(), Limits::default()) {
        Ok(m) => panic!("accepted: {m:?}"),
        Err(e) => e,
    }
}

fn json_err(text: &str, limits: Limits) -> MessageError {
    match parse_json(text.as_bytes(), limits) {
        Ok(m) => panic!("accepted: {m:?}"),
        Err(e) => e,
    }
}

#[test]
fn billion_laughs_is_refused_at_the_doctype() {
    let bomb = format!(
        r#"<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<HI1Message xmlns="{CORE}"><Header>&lol9;</Header></HI1Message>"#
    );
    assert_eq!(xml_err(&bomb), MessageError::Doctype);
}

#[test]
fn external_entities_are_refused_at_the_doctype() {
    let xxe = format!(
        r#"<?xml version="1.0"?>
<!DOCTYPE HI1Message [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<HI1Message xmlns="{CORE}"><Header>&xxe;</Header></HI1Message>"#
    );
    assert_eq!(xml_err(&xxe), MessageError::Doctype);
}

#[test]
fn an_undeclared_entity_is_refused_by_name() {
    let text = message_text("get.xml").replace("de-sta-berlin", "&evil;");
    assert_eq!(
        xml_err(&text),
        MessageError::UnknownEntity {
            path: "HI1Message/Header/SenderIdentifier/UniqueIdentifier".into(),
            name: "evil".into()
        }
    );
}

#[test]
fn a_message_over_the_byte_limit_is_refused_before_parsing() {
    let bytes = message("epoc_create.xml");
    let limits = Limits {
        max_bytes: 1000,
        ..Limits::default()
    };
    assert_eq!(
        parse_xml(&bytes, limits),
        Err(MessageError::TooLarge {
            size: bytes.len(),
            limit: 1000
        })
    );
    assert!(matches!(
        parse_json(&message("epoc_create.json"), limits),
        Err(MessageError::TooLarge { limit: 1000, .. })
    ));
}

#[test]
fn nesting_deeper_than_the_limit_is_refused() {
    let deep = format!(
        "<HI1Message xmlns=\"{CORE}\">{}{}</HI1Message>",
        "<Header>".repeat(40),
        "</Header>".repeat(40)
    );
    assert!(matches!(
        xml_err(&deep),
        MessageError::TooDeep { limit: 32, .. }
    ));
    let json = format!("{}1{}", "{\"Header\":".repeat(40), "}".repeat(40));
    assert!(matches!(
        json_err(&json, Limits::default()),
        MessageError::TooDeep { limit: 32, .. }
    ));
}

#[test]
fn too_many_elements_are_refused() {
    let limits = Limits {
        max_elements: 50,
        ..Limits::default()
    };
    assert_eq!(
        parse_xml(&message("epoc_create.xml"), limits),
        Err(MessageError::TooManyElements { limit: 50 })
    );
    assert_eq!(
        parse_json(&message("epoc_create.json"), limits),
        Err(MessageError::TooManyElements { limit: 50 })
    );
}

#[test]
fn text_longer_than_the_limit_is_refused_where_it_is() {
    let limits = Limits {
        max_text: 20,
        ..Limits::default()
    };
    assert_eq!(
        parse_xml(&message("get.xml"), limits),
        Err(MessageError::TextTooLong {
            path: "HI1Message/Header/TransactionIdentifier".into(),
            limit: 20
        })
    );
}

#[test]
fn a_root_in_another_namespace_is_refused() {
    let text =
        message_text("get.xml").replace(&format!("xmlns=\"{CORE}\""), "xmlns=\"urn:example:evil\"");
    assert_eq!(
        xml_err(&text),
        MessageError::WrongNamespace {
            path: "HI1Message".into(),
            namespace: "urn:example:evil".into()
        }
    );
}

#[test]
fn an_undeclared_prefix_is_refused() {
    let text = message_text("epoc_create.xml").replace(
        "xsi:type=\"task:LDTaskObject\"",
        "xsi:type=\"nope:LDTaskObject\"",
    );
    assert!(
        matches!(xml_err(&text), MessageError::UnboundPrefix { prefix, .. } if prefix == "nope")
    );
}

#[test]
fn an_object_type_lers_does_not_take_is_named() {
    let text =
        message_text("epoc_create.xml").replacen("task:LDTaskObject", "task:LITaskObject", 1);
    assert_eq!(
        xml_err(&text),
        MessageError::UnsupportedObjectType {
            path:
                "HI1Message/Payload/RequestPayload/ActionRequests/ActionRequest[2]/CREATE/HI1Object"
                    .into(),
            type_name: "{http://uri.etsi.org/03120/common/2020/09/Task}LITaskObject".into()
        }
    );
    let json = String::from_utf8_lossy(&message("epoc_create.json")).replacen(
        "}LDTaskObject",
        "}TrafficPolicyObject",
        1,
    );
    assert!(matches!(
        json_err(&json, Limits::default()),
        MessageError::UnsupportedObjectType { type_name, .. } if type_name.ends_with("}TrafficPolicyObject")
    ));
}

#[test]
fn an_object_without_xsi_type_is_refused() {
    let text = message_text("epoc_create.xml").replacen(" xsi:type=\"doc:DocumentObject\"", "", 1);
    assert_eq!(
        xml_err(&text),
        MessageError::Missing {
            path: "HI1Message/Payload/RequestPayload/ActionRequests/ActionRequest[4]/CREATE/HI1Object/@xsi:type".into()
        }
    );
}

#[test]
fn a_missing_transaction_identifier_is_named() {
    let text = message_text("get.xml").replace(
        "<TransactionIdentifier>3f1c2a9e-6b1d-4c1e-8f0a-5d2b7c9e1a02</TransactionIdentifier>",
        "",
    );
    assert_eq!(
        xml_err(&text),
        MessageError::Missing {
            path: "HI1Message/Header/TransactionIdentifier".into()
        }
    );
}

#[test]
fn a_bad_uuid_is_named() {
    let text = message_text("get.xml").replace(
        "3f1c2a9e-6b1d-4c1e-8f0a-5d2b7c9e1a02",
        "3F1C2A9E-not-a-uuid",
    );
    assert_eq!(
        xml_err(&text),
        MessageError::BadValue {
            path: "HI1Message/Header/TransactionIdentifier".into(),
            why: BadValue::Uuid
        }
    );
}

#[test]
fn a_timestamp_without_a_zone_is_refused() {
    let text =
        message_text("get.xml").replace("2026-11-27T09:00:00.000000Z", "2026-11-27T09:00:00");
    assert_eq!(
        xml_err(&text),
        MessageError::BadValue {
            path: "HI1Message/Header/Timestamp".into(),
            why: BadValue::DateTime
        }
    );
}

#[test]
fn a_bad_etsi_version_is_refused() {
    let text = message_text("get.xml").replace("V1.22.1", "1.22");
    assert_eq!(
        xml_err(&text),
        MessageError::BadValue {
            path: "HI1Message/Header/Version/ETSIVersion".into(),
            why: BadValue::EtsiVersion
        }
    );
}

const DOC_BODY: &str = "HI1Message/Payload/RequestPayload/ActionRequests/ActionRequest[4]/CREATE/HI1Object/DocumentBody";

#[test]
fn base64_garbage_in_a_document_is_refused() {
    let text = message_text("epoc_create.xml").replace(
        "JVBERi0xLjQKJSBMRVJTIHRlc3QgY2VydGlmaWNhdGUgKEVQT0MgRm9ybSAxKQolJUVPRgo=",
        "not*base64!",
    );
    assert_eq!(
        xml_err(&text),
        MessageError::BadValue {
            path: format!("{DOC_BODY}/Contents"),
            why: BadValue::Base64
        }
    );
}

#[test]
fn a_document_whose_declared_hash_does_not_match_is_refused() {
    let text = message_text("epoc_create.xml").replace(
        "a0541a55332fb7a3bb4d0c1831449e2291c9abcce2a9316264321766bfb9e8c4",
        "b0541a55332fb7a3bb4d0c1831449e2291c9abcce2a9316264321766bfb9e8c4",
    );
    assert_eq!(
        xml_err(&text),
        MessageError::ChecksumMismatch {
            path: DOC_BODY.into(),
            algorithm: "SHA-256".into()
        }
    );
    let other = message_text("epoc_create.xml").replace(">SHA-256<", ">MD5<");
    assert_eq!(
        xml_err(&other),
        MessageError::BadValue {
            path: format!("{DOC_BODY}/ChecksumType"),
            why: BadValue::ChecksumType
        }
    );
}

#[test]
fn an_element_the_schema_does_not_allow_is_named() {
    let text =
        message_text("get.xml").replace("<Identifier>", "<Smuggled>x</Smuggled><Identifier>");
    assert_eq!(
        xml_err(&text),
        MessageError::Unexpected {
            path: "HI1Message/Payload/RequestPayload/ActionRequests/ActionRequest/GET/Smuggled"
                .into()
        }
    );
}

#[test]
fn deliver_is_parsed_as_unsupported() {
    let text = message_text("get.xml")
        .replace("<GET>", "<DELIVER>")
        .replace("</GET>", "</DELIVER>");
    assert_eq!(
        xml_err(&text),
        MessageError::UnsupportedAction {
            path: "HI1Message/Payload/RequestPayload/ActionRequests/ActionRequest/DELIVER".into(),
            action: "DELIVER".into()
        }
    );
}

#[test]
fn a_response_payload_is_not_a_request() {
    let text = message_text("get.xml")
        .replace("<RequestPayload>", "<ResponsePayload>")
        .replace("</RequestPayload>", "</ResponsePayload>");
    assert_eq!(
        xml_err(&text),
        MessageError::Missing {
            path: "HI1Message/Payload/RequestPayload".into()
        }
    );
}

#[test]
fn text_mixed_with_elements_is_refused() {
    let text = message_text("get.xml").replace("<Header>", "<Header>smuggled");
    assert_eq!(
        xml_err(&text),
        MessageError::BadValue {
            path: "HI1Message/Header".into(),
            why: BadValue::NotText
        }
    );
}

#[test]
fn json_with_a_wrong_member_type_or_unknown_prefix_is_refused() {
    let text = String::from_utf8_lossy(&message("get.json")).replace("\"DE\"", "null");
    assert!(matches!(
        json_err(&text, Limits::default()),
        MessageError::BadValue {
            why: BadValue::JsonType,
            ..
        }
    ));
    let text = String::from_utf8_lossy(&message("get.json"))
        .replace("\"CountryCode\"", "\"evil:CountryCode\"");
    assert!(matches!(
        json_err(&text, Limits::default()),
        MessageError::UnboundPrefix { prefix, .. } if prefix == "evil"
    ));
    assert!(matches!(
        json_err("{not json", Limits::default()),
        MessageError::Malformed { .. }
    ));
}

#[test]
fn a_truncated_message_is_malformed_not_missing() {
    let text = message_text("get.xml");
    let cut = &text[..text.len() / 2];
    assert!(
        matches!(xml_err(cut), MessageError::Malformed { .. }),
        "{:?}",
        xml_err(cut)
    );
}

#[test]
fn a_declared_encoding_other_than_utf8_is_refused() {
    let text = message_text("get.xml").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    assert!(matches!(xml_err(&text), MessageError::Malformed { .. }));
    let bytes = [
        b"<?xml version=\"1.0\"?><HI1Message>".as_slice(),
        &[0xff, 0xfe],
    ]
    .concat();
    assert!(matches!(
        parse_xml(&bytes, Limits::default()),
        Err(MessageError::Malformed { position: 33, .. })
    ));
}
