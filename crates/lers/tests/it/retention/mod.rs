//! The recycle bin (restore, purge with crypto-shredding), retention per record class
//! with legal holds, and the audit log pruned while `lers audit verify` still passes.
//! Time passes by moving the test clock; purges run at job-runner ticks.

use lers_domain::account::{Account, Role};
use lers_store::{prelude::*, Ctx};
use sqlx::Row;

use crate::harness::*;

mod audit_pruning;
mod bin;
mod pages;
mod purges;

/// What the job runner does at each tick (the sweeps included).
pub async fn tick(app: &TestApp) {
    app.state.run_due_jobs("test-runner").await;
}

pub fn ctx_of(app: &TestApp, actor: &Account) -> Ctx {
    Ctx {
        at: app.clock_now(),
        actor: actor.pseudonym.clone(),
        ip: Some("192.0.2.9".into()),
    }
}

/// A staff account with `roles` (invited; no browser needed for use cases).
pub async fn staff_account(app: &TestApp, email: &str, roles: &[Role]) -> Account {
    let invitation = lers_store::NewToken {
        token_hash: lers_store::tokens::hash(&lers_store::tokens::generate()),
        expires_at: app
            .clock_now()
            .plus(lers_domain::clock::Duration::hours(24)),
    };
    let ctx = Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    app.store
        .create_staff(
            email,
            "Staff Member",
            &roles.iter().copied().collect(),
            invitation,
            &ctx,
        )
        .await
        .expect("create staff")
}

pub async fn account(app: &TestApp, email: &str) -> Account {
    app.store
        .account_by_email(email)
        .await
        .expect("lookup")
        .expect("account exists")
}

/// A number from one SQL query (tests read what the pages do not show).
pub async fn count(app: &TestApp, sql: &str) -> i64 {
    let row = sqlx::query(sql)
        .fetch_one(app.store.pool())
        .await
        .expect("count query");
    row.try_get::<i64, _>(0).expect("a number")
}

/// How many audit entries have `action`.
pub async fn audited(app: &TestApp, action: &str) -> i64 {
    count(
        app,
        &format!("SELECT COUNT(*) FROM audit_log WHERE action = '{action}'"),
    )
    .await
}

/// The sealed documents in the local blob store.
pub fn blobs_on_disk(app: &TestApp) -> usize {
    std::fs::read_dir(app.dir.path().join("documents"))
        .map(|dir| dir.filter_map(Result::ok).count())
        .unwrap_or(0)
}
