//! The response console: queue, review, four-eyes decisions, call-backs, the
//! preservation clock and the job runner, and roles per action.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_store::{prelude::*, RequestStore};
use reqwest::StatusCode;

use crate::harness::*;

mod holds;
mod paging;
mod review;
mod rules;

const CHECKLIST: [&str; 9] = [
    "overbroad",
    "no_legal_basis",
    "not_bona_fide",
    "outside_jurisdiction",
    "unauthorised_requester",
    "indefinite_nondisclosure",
    "defective",
    "enterprise_customer",
    "encrypted_content",
];

/// A reviewer and a separate approver, each signed in in their own browser.
async fn team(app: &TestApp) -> (Browser<'_>, Browser<'_>, Person) {
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (approver, approver_person) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    (reviewer, approver, approver_person)
}

/// A complete checklist with every answer "no problem".
pub(crate) fn all_fine() -> Vec<(&'static str, &'static str)> {
    CHECKLIST.iter().map(|c| (*c, "fine")).collect()
}

/// A requester files a request of `kind`; returns (id, reference) and leaves them signed out.
async fn filed(app: &TestApp, email: &str, kind: &str) -> (String, String, Person) {
    let person = app.sign_up(email).await;
    let (id, reference) = app.file_request(kind, None).await;
    app.log_out().await;
    (id, reference, person)
}

/// What an approver is told on approving `page` (with a fresh code) while `absent`'s
/// account is disabled, as the operator (`system`) would disable it, and again once it
/// is enabled: work done by someone found compromised must not count, and enabling
/// them again must not bring it back (the second answer must be a refusal too).
pub(crate) async fn approval_while_disabled(
    app: &TestApp,
    (approver, approver_person): (&Browser<'_>, &Person),
    page: &str,
    absent: &Person,
) -> TestResult<(StatusCode, String)> {
    use lers_domain::account::AccountStatus;
    let id = app
        .store
        .account_by_email(&absent.email)
        .await?
        .ok_or("the absent account")?
        .id;
    let operator = lers_store::Ctx {
        at: app.clock_now(),
        actor: lers_domain::audit::ACTOR_SYSTEM.into(),
        ip: None,
    };
    app.store
        .set_account_status(id, AccountStatus::Disabled, &operator)
        .await?;
    let approve = || async {
        app.advance(Duration::seconds(30));
        approver
            .submit(
                page,
                &format!("{page}/decide"),
                &[
                    ("decision", "approve"),
                    ("code", &app.code(&approver_person.secret)),
                ],
            )
            .await
    };
    let answer = approve().await;
    let status = answer.status();
    let said = answer.text().await?;
    app.store
        .set_account_status(id, AccountStatus::Active, &operator)
        .await?;
    let again = approve().await;
    assert_eq!(
        again.status(),
        status,
        "enabling {} again brings nothing back",
        absent.email
    );
    Ok((status, said))
}

/// Saves a complete checklist, which puts a submitted request under review.
pub(crate) async fn review_started(reviewer: &Browser<'_>, page: &str) {
    let response = reviewer
        .submit(page, &format!("{page}/review"), &all_fine())
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "review saved");
}

async fn status_of(app: &TestApp, email: &str, id: &str) -> String {
    let owner = app
        .store
        .account_by_email(email)
        .await
        .expect("db")
        .expect("owner");
    app.store
        .request_for(&owner, id)
        .await
        .expect("db")
        .expect("request")
        .summary
        .status
        .as_str()
        .to_owned()
}
