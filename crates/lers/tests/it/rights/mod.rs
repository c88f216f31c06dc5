//! People's rights: "My data" and its export, leaving, an admin's erasure.

use std::io::Read;

use lers_domain::clock::Duration;
use lers_store::{prelude::*, Account, AuditQuery, AuditRecord, Ctx};
use reqwest::StatusCode;

use crate::harness::*;

mod erasure;
mod export;
mod my_data;

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

async fn account(app: &TestApp, email: &str) -> Account {
    app.store
        .account_by_email(email)
        .await
        .expect("lookup")
        .expect("account")
}

fn ctx_of(app: &TestApp, account: &Account) -> Ctx {
    Ctx {
        at: app.clock_now(),
        actor: account.pseudonym.clone(),
        ip: Some("198.51.100.9".into()),
    }
}

/// A requester with a filed request carrying a message and an API token; returns
/// the person, the account, the request id and its reference.
async fn requester_with_history(
    app: &TestApp,
    email: &str,
    message: &str,
) -> (Person, Account, String, String) {
    let person = app.sign_up(email).await;
    // A real sign-in for the history (sign-up itself ends signed in).
    app.log_out().await;
    app.advance(Duration::seconds(30));
    let code = app.code(&person.secret);
    assert_redirect(&app.log_in(email, PASSWORD, &code).await, "/dashboard");
    let (id, reference) = app.file_request("user_data", None).await;
    let owner = account(app, email).await;
    let request = app
        .store
        .request_for(&owner, &id)
        .await
        .expect("request")
        .expect("own request");
    app.store
        .post_message(&owner, &request.summary, message, &ctx_of(app, &owner))
        .await
        .expect("message");
    app.store
        .create_api_token(
            &owner,
            &format!("token of {email}"),
            &[lers_domain::token::TokenScope::Read],
            &lers_store::tokens::hash(&lers_store::tokens::generate()),
            app.clock_now().plus(Duration::days(30)),
            &ctx_of(app, &owner),
        )
        .await
        .expect("token");
    (person, owner, id, reference)
}

/// Asks for an export with a fresh code and runs the job; returns the export's id.
async fn export_now(app: &TestApp, person: &Person) -> String {
    app.advance(Duration::seconds(30));
    let code = app.code(&person.secret);
    let asked = app
        .submit("/account/data", "/account/data/export", &[("code", &code)])
        .await;
    assert_eq!(asked.status(), StatusCode::SEE_OTHER);
    app.state.run_due_jobs("test").await;
    let html = app.get("/account/data").await.text().await.expect("page");
    let start = html
        .find("/account/data/exports/")
        .expect("a download link once built")
        + "/account/data/exports/".len();
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// The entries of a ZIP, by name.
fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP");
    let mut out = std::collections::BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("entry");
        let mut text = String::new();
        file.read_to_string(&mut text).expect("UTF-8 entry");
        out.insert(file.name().to_owned(), text);
    }
    out
}
