//! Four eyes on the key policy: requiring keys of more people applies at once;
//! requiring them of fewer is proposed by one admin and approved by another (never the
//! proposer), expires after 72 hours, can be rejected or withdrawn, and is dropped by a
//! later direct change. A sole admin, with nobody to ask, relaxes it alone.

use lers_store::{Ctx, KeyPolicyStore, ShownProposal};

use super::*;
use crate::both_backends;
use crate::passkeys::set_policy;

both_backends!(relaxing_the_key_policy_takes_a_second_admin);

/// The policy page as `admin` sees it after following `location`.
async fn page_after(admin: &Browser<'_>, location: &str) -> String {
    let path = location.replace(&admin.app.base, "");
    admin
        .get(&path)
        .await
        .text()
        .await
        .expect("the policy page")
}

/// When the proposal `admin`'s policy page shows was made ("0": none shown).
async fn shown_proposed_at(admin: &Browser<'_>) -> String {
    let page = admin
        .get("/staff/security")
        .await
        .text()
        .await
        .expect("page");
    let marker = "name=\"proposed_at\" value=\"";
    page.find(marker)
        .map(|at| {
            page[at + marker.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect()
        })
        .unwrap_or_else(|| "0".to_owned())
}

/// `admin` decides the proposal of `policy` made at `proposed_at`.
async fn decide_shown(
    admin: &Browser<'_>,
    policy: &str,
    proposed_at: &str,
    decision: &str,
    code: &str,
) -> String {
    let response = admin
        .submit(
            "/staff/security",
            "/staff/security/proposal",
            &[
                ("policy", policy),
                ("proposed_at", proposed_at),
                ("decision", decision),
                ("code", code),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{decision}");
    location(&response)
}

/// `admin` decides the proposal their policy page shows, naming it as `policy`.
async fn decide(admin: &Browser<'_>, policy: &str, decision: &str, code: &str) -> String {
    let proposed_at = shown_proposed_at(admin).await;
    decide_shown(admin, policy, &proposed_at, decision, code).await
}

async fn policy(app: &TestApp) -> String {
    app.store
        .key_policy()
        .await
        .expect("policy")
        .as_str()
        .to_owned()
}

async fn relaxing_the_key_policy_takes_a_second_admin(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (ada, ada_person) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;

    // Alone, Ada changes it both ways (enrolment a moment ago is her fresh factor).
    set_policy(&ada, "approvers", "").await;
    set_policy(&ada, "nobody", "").await;
    assert_eq!(policy(&app).await, "nobody");
    assert_eq!(
        app.audited_mentioning("passkey.policy_changed", "\"sole_admin_bootstrap\":true")
            .await,
        1
    );

    let (bea, bea_person) = app
        .staff("Bea Admin", "bea@provider.example", &[Role::Admin])
        .await;
    // Tightening still applies at once.
    set_policy(&ada, "approvers", "").await;
    assert_eq!(policy(&app).await, "approvers");

    // Relaxing is only proposed: the rule in force stays.
    let proposed = set_policy(&ada, "nobody", "").await;
    let page = page_after(&ada, &proposed).await;
    assert!(page.contains("a second admin to approve it"), "{page}");
    assert!(page.contains("Withdraw my proposal"), "{page}");
    assert!(!page.contains("value=\"approve\""), "{page}");
    assert_eq!(policy(&app).await, "approvers");
    assert_eq!(
        app.audited_mentioning("passkey.policy_proposed", "\"to\":\"nobody\"")
            .await,
        1
    );
    let waiting = app
        .store
        .key_policy_proposal(app.clock_now())
        .await?
        .ok_or("a waiting proposal")?;
    assert_eq!(waiting.policy.as_str(), "nobody");

    // The proposer cannot approve it; nor can anyone approve what they were not shown.
    app.advance(Duration::seconds(30));
    let own = decide(&ada, "nobody", "approve", &app.code(&ada_person.secret)).await;
    assert!(page_after(&ada, &own)
        .await
        .contains("you proposed it yourself"));
    let other = decide(&bea, "all_staff", "approve", &app.code(&bea_person.secret)).await;
    assert!(page_after(&bea, &other).await.contains("already decided"));
    assert_eq!(policy(&app).await, "approvers");
    app.advance(Duration::seconds(30));

    // Bea sees it, with her buttons; deciding takes a new code or key touch, as
    // deciding a role grant does: her sign-in a moment ago is not enough.
    let page = bea.get("/staff/security").await.text().await?;
    assert!(
        page.contains("Ada Admin proposes that keys be required only of"),
        "{page}"
    );
    assert!(page.contains("value=\"approve\""), "{page}");
    let without_code = decide(&bea, "nobody", "approve", "").await;
    assert!(without_code.contains("notice="), "{without_code}");
    assert_eq!(policy(&app).await, "approvers");
    let approved = decide(&bea, "nobody", "approve", &app.code(&bea_person.secret)).await;
    assert!(page_after(&bea, &approved).await.contains("now in force"));
    assert_eq!(policy(&app).await, "nobody");
    assert!(app
        .store
        .key_policy_proposal(app.clock_now())
        .await?
        .is_none());
    assert_eq!(
        app.audited_mentioning("passkey.policy_changed", "\"proposed_by\"")
            .await,
        1
    );

    // A rejected proposal changes nothing, and is on the record (Bea's code a moment
    // ago keeps her factor fresh for proposing).
    set_policy(&bea, "approvers", "").await;
    set_policy(&bea, "nobody", "").await;
    let rejected_at = shown_proposed_at(&ada).await;
    decide(&ada, "nobody", "reject", &app.code(&ada_person.secret)).await;
    assert_eq!(policy(&app).await, "approvers");
    assert_eq!(
        app.audited_mentioning("passkey.policy_rejected", "\"to\":\"nobody\"")
            .await,
        1
    );
    // The same relaxation proposed again is a new proposal: a page still showing the
    // rejected one cannot approve it.
    app.advance(Duration::seconds(30));
    set_policy(&bea, "nobody", &app.code(&bea_person.secret)).await;
    let old_page = decide_shown(
        &ada,
        "nobody",
        &rejected_at,
        "approve",
        &app.code(&ada_person.secret),
    )
    .await;
    assert!(page_after(&ada, &old_page)
        .await
        .contains("already decided"));
    assert_eq!(policy(&app).await, "approvers");
    app.advance(Duration::seconds(30));
    decide(&ada, "nobody", "reject", &app.code(&ada_person.secret)).await;

    // A direct change drops a waiting proposal, made against the earlier setting.
    set_policy(&ada, "nobody", "").await;
    assert!(app
        .store
        .key_policy_proposal(app.clock_now())
        .await?
        .is_some());
    set_policy(&bea, "approvers", "").await;
    assert!(app
        .store
        .key_policy_proposal(app.clock_now())
        .await?
        .is_none());
    assert_eq!(policy(&app).await, "approvers");

    // A proposal waits 72 hours; then it is gone and cannot be approved.
    set_policy(&ada, "nobody", "").await;
    let shown = app
        .store
        .key_policy_proposal(app.clock_now())
        .await?
        .ok_or("a waiting proposal")?;
    app.advance(Duration::hours(73));
    assert!(app
        .store
        .key_policy_proposal(app.clock_now())
        .await?
        .is_none());
    let bea_account = app
        .store
        .account_by_email(&bea_person.email)
        .await?
        .ok_or("Bea's account")?;
    let late = app
        .store
        .decide_key_policy(
            ShownProposal {
                policy: shown.policy,
                proposed_at: shown.proposed_at,
            },
            true,
            &Ctx {
                at: app.clock_now(),
                actor: bea_account.pseudonym,
                ip: None,
            },
        )
        .await;
    let refused = late.err().and_then(|e| e.problem().map(|p| p.id()));
    assert_eq!(refused, Some("form-refusal-power-expired"));
    assert_eq!(policy(&app).await, "approvers");
    Ok(())
}
