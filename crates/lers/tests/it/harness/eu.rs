//! EU orders through the API: a German prosecutor's EPOC (Annex I) or EPOC-PR, filed
//! by an agency system with a token, and the response team that works on it.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use reqwest::Method;
use serde_json::{json, Value};

use super::*;

/// The certificate of an EPOC for traffic and content data, with the Irish enforcing
/// authority notified; `changes` are merged into it (e.g. `{"emergency": true}`).
pub fn eu_certificate(member_state: &str, changes: Value) -> Value {
    let mut certificate = json!({
        "issuing_authority": {
            "name": "Staatsanwaltschaft Berlin",
            "member_state": member_state,
            "address": "Turmstraße 91, 10559 Berlin",
            "contact_name": "OStA Petra Lange",
            "contact_phone": "+49 30 9014 0",
            "contact_email": "poststelle@sta.berlin.de",
            "file_reference": "StA Berlin 231 Js 1234/26"
        },
        "validating_authority": {
            "name": "Amtsgericht Tiergarten",
            "member_state": member_state,
            "contact_name": "Richterin am AG Weber"
        },
        "data_categories": ["traffic", "content"],
        "offence": "Computer fraud (§ 263a StGB), punishable by at least three years.",
        "enforcing_authority_notified": true,
        "enforcing_authority": "Irish Department of Justice",
        "enforcing_authority_email": "eio@justice.ie",
        "issued_on": "2026-11-20"
    });
    if let (Some(base), Some(extra)) = (certificate.as_object_mut(), changes.as_object()) {
        for (key, value) in extra {
            base.insert(key.clone(), value.clone());
        }
    }
    certificate
}

/// An agency system signed in as `email`, with a token that may submit.
pub struct EuRequester {
    pub person: Person,
    pub token: String,
}

impl TestApp {
    /// Signs `email` up and creates a token; leaves the browser signed out.
    pub async fn eu_requester(&self, email: &str) -> EuRequester {
        let person = self.sign_up(email).await;
        let token = self.create_token(&person, &["read", "submit"]).await;
        self.log_out().await;
        EuRequester { person, token }
    }

    /// Files an order of `kind` (`epoc` or `epoc_pr`, as
    /// the API names them) with `certificate` through the
    /// API; returns (id, reference).
    pub async fn file_eu_order(
        &self,
        requester: &EuRequester,
        kind: &str,
        certificate: Value,
    ) -> (String, String) {
        let body = json!({
            "kind": kind,
            "submit": true,
            "request": {
                "title": "Operation Spree",
                "description": "Traffic and content of the account used in the fraud.",
                "targets": [{"type": "email", "value": "Suspect@Example.com"}],
                "date_from": "2026-01-01",
                "date_to": "2026-06-30",
                "eu_order": certificate,
            }
        });
        let response = self
            .api(Method::POST, "/api/v1/requests", &requester.token)
            .json(&body)
            .send()
            .await
            .expect("file an EU order");
        let status = response.status();
        let text = response.text().await.expect("answer");
        let created: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
        assert_eq!(status, StatusCode::CREATED, "file {kind}: {created}");
        (
            created["id"].as_str().expect("id").to_owned(),
            created["reference"].as_str().expect("reference").to_owned(),
        )
    }

    /// The requester signs in again (a fresh second factor, as a download needs).
    pub async fn eu_requester_signs_in(&self, requester: &EuRequester) {
        self.log_out().await;
        self.advance(Duration::seconds(30));
        let person = &requester.person;
        let response = self
            .log_in(&person.email, &person.password, &self.code(&person.secret))
            .await;
        if response.status() != StatusCode::SEE_OTHER {
            // Which refusal it was is in the audit log (the page words all alike).
            let status = response.status();
            let refusals: Vec<(String,)> = sqlx::query_as(
                "SELECT details FROM audit_log WHERE action = 'login.failed' ORDER BY idx",
            )
            .fetch_all(self.store.pool())
            .await
            .unwrap_or_default();
            panic!(
                "the requester's sign-in was refused ({status}) at {}: {refusals:?}",
                self.clock_now().to_rfc3339()
            );
        }
        assert_redirect(&response, "/dashboard");
    }
}

/// The response team of a story: a reviewer and an approver, each signed in in a
/// browser of their own (producers come from `productions::open_production`).
pub struct EuTeam<'a> {
    pub reviewer: Browser<'a>,
    pub reviewer_person: Person,
    pub approver: Browser<'a>,
    pub approver_person: Person,
}

impl<'a> EuTeam<'a> {
    pub async fn new(app: &'a TestApp) -> EuTeam<'a> {
        let (reviewer, reviewer_person) = app
            .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
            .await;
        let (approver, approver_person) = app
            .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
            .await;
        EuTeam {
            reviewer,
            reviewer_person,
            approver,
            approver_person,
        }
    }

    /// The reviewer completes the checklist (the request goes into review).
    pub async fn review(&self, id: &str, checklist: &[(&str, &str)]) {
        let page = format!("/staff/requests/{id}");
        let reviewed = self
            .reviewer
            .submit(&page, &format!("{page}/review"), checklist)
            .await;
        assert_eq!(reviewed.status(), StatusCode::SEE_OTHER, "review {id}");
    }

    /// Reviewed by one, approved by another (four eyes) with a fresh code.
    pub async fn approve(&self, app: &TestApp, id: &str, checklist: &[(&str, &str)]) {
        self.review(id, checklist).await;
        app.advance(Duration::seconds(30));
        let page = format!("/staff/requests/{id}");
        let decided = self
            .approver
            .submit(
                &page,
                &format!("{page}/decide"),
                &[
                    ("decision", "approve"),
                    ("code", &app.code(&self.approver_person.secret)),
                ],
            )
            .await;
        assert_eq!(decided.status(), StatusCode::SEE_OTHER, "approve {id}");
    }

    /// The reviewer signs in again (after the clock moved past their session).
    pub async fn reviewer_signs_in(&self, app: &TestApp) {
        app.advance(Duration::seconds(30));
        let person = &self.reviewer_person;
        self.reviewer
            .log_in(&person.email, &person.password, &app.code(&person.secret))
            .await;
    }

    /// The reviewer posts an EU form (`ea-decision`, `form3`, `notice-lifted`).
    pub async fn eu_form(&self, id: &str, form: &str, fields: &[(&str, &str)]) -> Response {
        let page = format!("/staff/requests/{id}");
        self.reviewer
            .submit(&page, &format!("{page}/eu/{form}"), fields)
            .await
    }
}
