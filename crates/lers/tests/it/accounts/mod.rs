//! Links, forgotten and changed passwords, profiles, email changes, throttled sign-up
//! and the text rule, as a browser meets them.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_store::{prelude::*, AuditQuery, AuditRecord};
use reqwest::StatusCode;
use sqlx::Executor;

use crate::harness::*;

mod abuse;
mod links;
mod passwords;
mod profile;

const NEW_PASSWORD: &str = "a brand new passphrase 2026";

async fn records(app: &TestApp, action: &str) -> Vec<AuditRecord> {
    app.store
        .audit_records(&AuditQuery {
            action: Some(action.into()),
            limit: 1000,
            ..Default::default()
        })
        .await
        .expect("audit records")
        .items
}

fn token_of(link: &str) -> String {
    link.split_once("token=")
        .map(|(_, t)| t.to_owned())
        .unwrap_or_default()
}

/// Posts a verification link's password form from `web` without loading the link's
/// page first (the page of a dead link has no form).
async fn post_password(web: &Browser<'_>, link: &str, password: &str) -> reqwest::Response {
    let token = token_of(link);
    web.submit(
        "/login",
        "/verify",
        &[
            ("token", token.as_str()),
            ("password", password),
            ("password_confirm", password),
        ],
    )
    .await
}
