//! Emergencies under suspicion: where a failed call-back may suspend an account and
//! how a suspension is shown and lifted; no messages on requests that are over; the
//! call-back number rule against a red-team set of forged emergencies; the agency
//! directory (admin pages and CSV import) in the console; the risk score and the
//! second confirmation it can demand.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_store::emergencies::NewAgency;
use lers_store::{prelude::*, AuditQuery, Ctx, RequestStore};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::audit_cli::lers;
use crate::console::{all_fine, review_started};
use crate::harness::*;

mod agencies;
mod callbacks;
mod forged;

fn callback<'a>(phone: &'a str, result: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("callback_phone", phone),
        ("number_source", "agency website, checked"),
        ("answered_by", "Watch commander"),
        ("callback_result", result),
    ]
}

async fn audited(app: &TestApp, action: &str) -> usize {
    app.store
        .audit_records(&AuditQuery {
            action: Some(action.into()),
            limit: 100,
            ..Default::default()
        })
        .await
        .expect("audit")
        .items
        .len()
}

/// The id of the first call-back listed on a console page.
pub(crate) fn first_callback_id(html: &str) -> Option<i64> {
    let at = html.find("id=\"callback-")? + 13;
    html[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()
}
