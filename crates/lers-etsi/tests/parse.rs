//! Reading the example messages, in both forms, into the model.

#![allow(clippy::expect_used)] // a test that cannot go on fails, as in crates/lers/tests/it

mod common;

use common::{message, message_text, EXAMPLE_JSON, EXAMPLE_XML};
use lers_etsi::{parse_json, parse_xml, Action, Hi1Object, Limits, ObjectId};

#[test]
fn every_example_message_is_valid_against_the_shipped_xsds() {
    for name in EXAMPLE_XML {
        common::assert_schema_valid(&message_text(name));
    }
}

#[test]
fn every_example_message_parses() {
    for name in EXAMPLE_XML {
        if let Err(e) = parse_xml(&message(name), Limits::default()) {
            panic!("{name}: {e}");
        }
    }
}

#[test]
fn the_json_form_reads_into_the_same_model_as_the_xml_form() {
    for name in EXAMPLE_JSON {
        let xml = parse_xml(&message(&format!("{name}.xml")), Limits::default());
        let json = parse_json(&message(&format!("{name}.json")), Limits::default());
        match (xml, json) {
            (Ok(xml), Ok(json)) => assert_eq!(xml, json, "{name}"),
            (xml, json) => panic!("{name}: xml {xml:?}, json {json:?}"),
        }
    }
}

#[test]
fn the_header_and_every_object_of_an_epoc_are_read() {
    let m = parse_xml(&message("epoc_create.xml"), Limits::default()).expect("parses");
    assert_eq!(m.header.sender.country_code, "DE");
    assert_eq!(m.header.sender.unique_identifier, "de-sta-berlin");
    assert_eq!(m.header.receiver.country_code, "IE");
    assert_eq!(
        m.header.transaction.as_str(),
        "3f1c2a9e-6b1d-4c1e-8f0a-5d2b7c9e1a01"
    );
    assert_eq!(m.header.version.etsi_version, "V1.15.1");
    assert_eq!(m.requests().len(), 4);
    let created = m.created();
    let Hi1Object::Authorisation(auth) = created[0].1 else {
        panic!("first object is the authorisation: {:?}", created[0]);
    };
    assert_eq!(auth.reference.as_deref(), Some("DE-EPOC-2026-0001"));
    assert_eq!(auth.approvals.len(), 2);
    // The predefined entity is resolved.
    assert!(auth.approvals[0]
        .description
        .as_deref()
        .is_some_and(|d| d.ends_with("three years & more.")));
    let Hi1Object::LdTask(task) = created[1].1 else {
        panic!("second object is a disclosure task");
    };
    assert_eq!(task.common.associated, vec![auth.common.id.clone()]);
    let request = task.request.as_ref().expect("request details");
    assert_eq!(request.values[0].format_name, "EmailAddress");
    assert_eq!(task.delivery[0].kind, "EndpointID");
    assert_eq!(task.delivery[0].value, "DE/de-sta-berlin");
    let Hi1Object::Document(doc) = created[3].1 else {
        panic!("fourth object is the certificate");
    };
    let body = doc.body.as_ref().expect("body");
    assert!(body.contents.starts_with(b"%PDF-1.4"));
    assert!(body.sha256.is_some());
}

#[test]
fn get_list_and_update_actions_are_read() {
    let get = parse_xml(&message("get.xml"), Limits::default()).expect("get");
    assert_eq!(
        get.requests[0].action,
        Action::Get {
            identifier: ObjectId::parse("a1000000-0000-4000-8000-000000000001").expect("uuid")
        }
    );
    let list = parse_xml(&message("list.xml"), Limits::default()).expect("list");
    let Action::List(l) = &list.requests[0].action else {
        panic!("a LIST");
    };
    assert!(l.last_changed.is_some());
    assert_eq!(
        l.object_type.as_ref().map(|t| t.value.as_str()),
        Some("Authorisation")
    );
    let update = parse_xml(&message("update_form6.xml"), Limits::default()).expect("update");
    assert!(matches!(
        &update.requests[0].action,
        Action::Update { object: Hi1Object::LpTask(t) } if t.desired_expiration.is_some()
    ));
}

/// Elements are matched by namespace, not by the prefixes a sender chose.
#[test]
fn other_prefixes_for_the_same_namespaces_read_the_same() {
    let original = message_text("epoc_create.xml");
    let renamed = original
        .replace("xmlns=\"http://uri.etsi.org/03120/common/2019/10/Core\"", "xmlns:c=\"http://uri.etsi.org/03120/common/2019/10/Core\" xmlns=\"urn:example:default\"")
        .replace("task:", "t:")
        .replace("xmlns:task", "xmlns:t");
    // Core elements now need the c: prefix: rewrite unprefixed tags.
    let mut out = String::new();
    let mut rest = renamed.as_str();
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..=i]);
        rest = &rest[i + 1..];
        let (slash, after) = match rest.strip_prefix('/') {
            Some(r) => ("/", r),
            None => ("", rest),
        };
        let name_end = after.find([' ', '>', '/']).unwrap_or(after.len());
        let name = &after[..name_end];
        if !name.is_empty() && !name.contains(':') && !name.starts_with(['?', '!']) {
            out.push_str(slash);
            out.push_str("c:");
            rest = after;
        }
    }
    out.push_str(rest);
    common::assert_schema_valid(&out);
    let a = parse_xml(original.as_bytes(), Limits::default()).expect("original");
    let b = parse_xml(out.as_bytes(), Limits::default()).expect("renamed prefixes");
    assert_eq!(a, b);
}

#[test]
fn a_json_message_wrapped_in_its_element_name_reads_the_same() {
    let bare = message_text("get.json");
    let wrapped = format!("{{\"HI1Message\": {bare}}}");
    assert_eq!(
        parse_json(bare.as_bytes(), Limits::default()),
        parse_json(wrapped.as_bytes(), Limits::default())
    );
}
