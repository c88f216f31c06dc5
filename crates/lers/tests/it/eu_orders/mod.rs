//! EU European Production Orders (EPOC) and Preservation Orders (EPOC-PR): filing on
//! the portal and through the API, the certificate shown, the Regulation's clocks in
//! the queue and on the case, and preservation from receipt with Form 5 and Form 6.

use lers_domain::clock::Timestamp;
use lers_store::prelude::*;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::harness::*;

mod clocks;
mod filing;
mod preservation;

/// The request form's fields of a complete EU order of `kind` (`epoc` or `epoc_pr`):
/// the general fields the certificate does not repeat, and the certificate.
pub(crate) fn eu_fields(kind: &str, emergency: bool) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> = vec![
        ("title", format!("Opération {kind}")),
        (
            "description",
            "Accounts used to sell stolen card data to buyers in three member states.".into(),
        ),
        ("target_type_0", "email".into()),
        ("target_value_0", "seller@example.com".into()),
        ("nondisclosure_term", "none".into()),
        ("delay_of_notice_term", "none".into()),
        ("eu_issuing_name", "Staatsanwaltschaft Berlin".into()),
        ("eu_issuing_member_state", "DE".into()),
        ("eu_issuing_address", "Turmstraße 91, 10559 Berlin".into()),
        ("eu_issuing_contact_name", "OStA Dr. Weber".into()),
        (
            "eu_issuing_contact_email",
            "weber@sta-berlin.example".into(),
        ),
        ("eu_issuing_file_reference", "276 Js 1234/26".into()),
        ("eu_cat_subscriber", "on".into()),
        ("eu_cat_traffic", "on".into()),
        (
            "eu_offence",
            "Computer fraud, § 263a StGB; Art 5(4)(b) of Regulation (EU) 2023/1543.".into(),
        ),
        (
            "eu_user_information_term",
            "delayed_until_authority_lifts".into(),
        ),
        (
            "eu_delivery_instructions",
            "Through the decentralised IT system.".into(),
        ),
        ("eu_issued_on", "2026-11-26".into()),
        ("action", "submit".into()),
    ];
    if emergency {
        fields.push(("eu_emergency", "on".into()));
    }
    fields
}

/// The same certificate as an API body.
fn eu_body(kind: &str) -> Value {
    json!({
        "kind": kind,
        "submit": true,
        "request": {
            "title": "Operation Linden",
            "description": "Accounts used to sell stolen card data.",
            "targets": [{"type": "email", "value": "seller@example.com"}],
            "nondisclosure": {"term": "none"},
            "eu_order": {
                "issuing_authority": {
                    "name": "Parquet de Paris",
                    "member_state": "FR",
                    "address": "Tribunal de Paris, Parvis du Tribunal",
                    "contact_name": "Mme la procureure Martin",
                    "file_reference": "PQ-2026-0042"
                },
                "data_categories": ["subscriber", "content"],
                "offence": "Escroquerie en bande organisée, art. 313-2 du code pénal.",
                "user_information": {"term": "delayed_until", "until": "2027-05-31"},
                "enforcing_authority_notified": true,
                "enforcing_authority": "Staatsanwaltschaft Berlin",
                "enforcing_authority_email": "ea@sta-berlin.example",
                "issued_on": "2026-11-25"
            }
        }
    })
}

impl TestApp {
    /// Files an EU order on the portal as the signed-in requester; returns (id, reference).
    async fn file_eu(&self, fields: &[(&str, String)], kind: &str) -> (String, String) {
        let id = self.start_request(kind).await;
        let response = self.post_request_form(&id, fields).await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "submit {kind}: {}",
            response.text().await.unwrap_or_default()
        );
        let html = self
            .get(&format!("/requests/{id}"))
            .await
            .text()
            .await
            .expect("page");
        let start = html.find("<h1>LERS-").expect("reference heading") + 4;
        (id, html[start..start + 16].to_owned())
    }

    async fn status_of(&self, id: &str) -> String {
        let viewer = self.store.staff_request(id, &self.system_ctx()).await;
        viewer
            .expect("db")
            .expect("request")
            .summary
            .status
            .as_str()
            .to_owned()
    }

    fn system_ctx(&self) -> lers_store::Ctx {
        lers_store::Ctx {
            at: self.clock_now(),
            actor: "system".into(),
            ip: None,
        }
    }

    /// The audit records of `action`.
    async fn audited(&self, action: &str) -> i64 {
        self.store
            .audit_records(&lers_store::AuditQuery {
                action: Some(action.into()),
                limit: 50,
                ..Default::default()
            })
            .await
            .expect("audit")
            .total
    }
}

/// The clocks panel of a case page.
fn panel(html: &str) -> &str {
    let start = html.find("id=\"eu-clocks\"").expect("clocks panel");
    let end = html[start..].find("</section>").expect("panel end") + start;
    &html[start..end]
}

fn at(when: Timestamp) -> String {
    when.to_string()
}
