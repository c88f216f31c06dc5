//! Issue 11 hardening: recovery codes, four-eyes resets and grants, separation of
//! duties, allow-list changes that take effect, inactive accounts, expiring tokens.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_store::{prelude::*, AuditQuery, DomainQuery, PowersStore};
use reqwest::{Method, StatusCode};
use sqlx::Row;

use crate::harness::*;

mod grants;
mod key_policy;
mod lifecycle;
mod recovery;

/// Audit entries with `action`, newest first.
async fn audited(app: &TestApp, action: &str) -> Vec<lers_store::AuditRecord> {
    app.store
        .audit_records(&AuditQuery {
            action: Some(action.into()),
            limit: 100,
            ..Default::default()
        })
        .await
        .expect("audit")
        .items
}

async fn account_id(app: &TestApp, email: &str) -> i64 {
    app.store
        .account_by_email(email)
        .await
        .expect("db")
        .expect("account")
        .id
}

async fn count(app: &TestApp, sql: &str, id: i64) -> i64 {
    sqlx::query(sql)
        .bind(id)
        .fetch_one(app.store.pool())
        .await
        .expect("count")
        .try_get::<i64, _>(0)
        .expect("number")
}

async fn page_text(response: reqwest::Response) -> String {
    response.text().await.unwrap_or_default()
}
