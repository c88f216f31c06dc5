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
mod lapsing;
mod lifecycle;
mod recovery;

/// Audit entries with `action`, newest first.
pub(crate) async fn audited(app: &TestApp, action: &str) -> Vec<lers_store::AuditRecord> {
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

/// Posts `fields` plus a fresh code of `who` from `browser`, after 30 s.
async fn with_code(
    app: &TestApp,
    browser: &Browser<'_>,
    who: &Person,
    action: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    app.advance(Duration::seconds(30));
    let code = app.code(&who.secret);
    let mut all = fields.to_vec();
    all.push(("code", &code));
    browser.submit("/staff/accounts", action, &all).await
}

/// The public id of the newest open proposal.
async fn newest_proposal(app: &TestApp) -> String {
    let mut open = app
        .store
        .open_approvals(app.clock_now())
        .await
        .expect("approvals");
    open.pop().expect("a proposal").public_id
}

/// Two admins, Ada and Ben, and Cy from intake, whose roles they change.
struct Cast<'a> {
    ada: Browser<'a>,
    ada_p: Person,
    ben: Browser<'a>,
    ben_p: Person,
    ada_id: i64,
    cy: i64,
}

async fn two_admins_and_cy(app: &TestApp) -> Cast<'_> {
    let (ada, ada_p) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let (ben, ben_p) = app
        .staff("Ben Admin", "ben@provider.example", &[Role::Admin])
        .await;
    let (_cy, cy_p) = app
        .staff("Cy Case", "cy@provider.example", &[Role::Intake])
        .await;
    Cast {
        ada_id: account_id(app, &ada_p.email).await,
        cy: account_id(app, &cy_p.email).await,
        ada,
        ada_p,
        ben,
        ben_p,
    }
}

/// The store's context for `actor` acting now.
fn acting(app: &TestApp, actor: String) -> lers_store::Ctx {
    lers_store::Ctx {
        at: app.clock_now(),
        actor,
        ip: None,
    }
}

async fn ada_p_pseudonym(app: &TestApp, who: &Person) -> String {
    app.store
        .account_by_email(&who.email)
        .await
        .expect("db")
        .expect("account")
        .pseudonym
}

async fn roles_of(app: &TestApp, id: i64) -> String {
    app.store
        .account(id)
        .await
        .expect("db")
        .expect("account")
        .roles
        .to_stored()
}
