//! Issue 11 hardening: recovery codes, four-eyes resets and grants, separation of
//! duties, allow-list changes that take effect, inactive accounts, expiring tokens.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_store::{prelude::*, AuditQuery, DomainQuery, PowersStore};
use reqwest::{Method, StatusCode};
use sqlx::Row;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    a_recovery_code_works_once_and_forces_a_new_authenticator,
    two_logins_with_one_recovery_code_have_one_winner,
    a_lost_second_factor_is_reset_only_with_a_second_admin,
    admin_and_approver_grants_need_a_second_admin,
    the_sole_admin_bootstraps_a_second_admin_with_a_fresh_code,
    disabling_a_domain_stops_the_accounts_it_admitted,
    unused_requester_accounts_are_warned_then_disabled,
    api_tokens_expire_and_are_renewed_with_a_fresh_code,
);

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

/// Signs up and enrolls, returning the person and the recovery codes shown.
async fn sign_up_with_codes(app: &TestApp, email: &str) -> (Person, Vec<String>) {
    let (link, token) = app.open_verification(email).await;
    assert_redirect(
        &app.set_password(&link, &token, PASSWORD).await,
        "/mfa/enroll",
    );
    let (secret, codes) = enroll_with_codes(app, app, "/dashboard").await;
    (
        Person {
            email: email.into(),
            password: PASSWORD.into(),
            secret,
        },
        codes,
    )
}

async fn page_text(response: reqwest::Response) -> String {
    response.text().await.unwrap_or_default()
}

async fn a_recovery_code_works_once_and_forces_a_new_authenticator(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (person, codes) = sign_up_with_codes(&app, "lost.phone@abilenetx.gov").await;
    let id = account_id(&app, &person.email).await;
    // Stored hashed only: ten rows, none holding a code.
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1",
            id
        )
        .await,
        10
    );
    for code in &codes {
        let plain = code.replace('-', "");
        let found: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE code_hash = $1 OR code_hash = $2",
        )
        .bind(code)
        .bind(&plain)
        .fetch_one(app.store.pool())
        .await?;
        assert_eq!(found, 0, "recovery codes are not stored in the clear");
        assert_eq!(plain.len(), 10);
    }
    app.log_out().await;

    // The code goes where the TOTP code goes (typed loosely) and reaches enrollment only.
    let typed = codes[0].to_lowercase().replace('-', " ");
    let response = app.log_in(&person.email, &person.password, &typed).await;
    assert_redirect(&response, "/mfa/enroll");
    assert_redirect(&app.get("/dashboard").await, "/mfa/enroll");
    assert_redirect(&app.get("/account/tokens").await, "/mfa/enroll");
    let used = audited(&app, "mfa.recovery_code_used").await;
    assert_eq!(used.len(), 1);
    assert_eq!(used[0].details["codes_left"], 9);
    for code in &codes {
        let all = serde_json::to_string(&audited(&app, "login.succeeded").await)?;
        assert!(!all.contains(code.as_str()) && !all.contains(&code.replace('-', "")));
    }

    // The same code again, elsewhere: refused like a wrong code, and counted.
    let other = TestApp::with_client(&app);
    let again = other
        .log_in(&person.email, &person.password, &codes[0])
        .await;
    assert_eq!(again.status(), StatusCode::UNAUTHORIZED);
    assert!(audited(&app, "login.failed")
        .await
        .iter()
        .any(|e| e.details["reason"] == "recovery_code_invalid"));
    // The old authenticator still proves the person, but leads to enrollment too.
    app.advance(Duration::seconds(30));
    let old = other
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    assert_redirect(&old, "/mfa/enroll");
    assert_redirect(&other.get("/dashboard").await, "/mfa/enroll");

    // Re-enrollment shows new codes; every old code and the old secret are gone,
    // and the other half-signed-in session ends.
    let (secret, fresh) = enroll_with_codes(&app, &app, "/dashboard").await;
    assert_ne!(secret, person.secret);
    assert!(fresh.iter().all(|c| !codes.contains(c)));
    assert_eq!(app.get("/dashboard").await.status(), StatusCode::OK);
    assert_redirect(&other.get("/dashboard").await, "/login");
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1",
            id
        )
        .await,
        10
    );
    app.log_out().await;
    let stale = app.log_in(&person.email, &person.password, &codes[1]).await;
    assert_eq!(stale.status(), StatusCode::UNAUTHORIZED);
    app.advance(Duration::seconds(30));
    let old_app = app
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    assert_eq!(old_app.status(), StatusCode::UNAUTHORIZED);
    let ok = app
        .log_in(&person.email, &person.password, &app.code(&secret))
        .await;
    assert_redirect(&ok, "/dashboard");
    // And a new code works as a recovery code.
    app.log_out().await;
    assert_redirect(
        &app.log_in(&person.email, &person.password, &fresh[3]).await,
        "/mfa/enroll",
    );
    let enrolled = audited(&app, "mfa.enrolled").await;
    assert_eq!(enrolled[0].details["recovery_codes"], 10);
    Ok(())
}

async fn two_logins_with_one_recovery_code_have_one_winner(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (person, codes) = sign_up_with_codes(&app, "race@abilenetx.gov").await;
    app.log_out().await;
    let a = TestApp::with_client(&app);
    let b = TestApp::with_client(&app);
    let (ra, rb) = tokio::join!(
        a.log_in(&person.email, &person.password, &codes[2]),
        b.log_in(&person.email, &person.password, &codes[2]),
    );
    let statuses = [ra.status(), rb.status()];
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::SEE_OTHER)
            .count(),
        1,
        "exactly one login wins: {statuses:?}"
    );
    assert!(statuses.contains(&StatusCode::UNAUTHORIZED));
    assert_eq!(audited(&app, "mfa.recovery_code_used").await.len(), 1);
    Ok(())
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

async fn a_lost_second_factor_is_reset_only_with_a_second_admin(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("reset.me@abilenetx.gov").await;
    let target = account_id(&app, &person.email).await;
    let (ada, ada_p) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let (ben, ben_p) = app
        .staff("Ben Admin", "ben@provider.example", &[Role::Admin])
        .await;
    let ada_id = account_id(&app, &ada_p.email).await;

    // Nobody proposes a reset of their own factor.
    let own = with_code(
        &app,
        &ada,
        &ada_p,
        &format!("/staff/accounts/{ada_id}/reset-second-factor"),
        &[],
    )
    .await;
    assert_eq!(own.status(), StatusCode::CONFLICT);
    // A wrong code proposes nothing.
    let wrong = ada
        .submit(
            "/staff/accounts",
            &format!("/staff/accounts/{target}/reset-second-factor"),
            &[("code", "000000")],
        )
        .await;
    assert!(
        location(&wrong).contains("notice=Not%20done")
            || location(&wrong).contains("notice=Not+done")
    );
    assert!(app.store.open_approvals(app.clock_now()).await?.is_empty());

    let proposed = with_code(
        &app,
        &ada,
        &ada_p,
        &format!("/staff/accounts/{target}/reset-second-factor"),
        &[],
    )
    .await;
    assert_eq!(proposed.status(), StatusCode::SEE_OTHER);
    let proposal = newest_proposal(&app).await;
    // Shown to both admins; only Ben gets the buttons.
    let ada_page = page_text(ada.get("/staff/accounts").await).await;
    assert!(ada_page.contains(&format!("approval-{proposal}")));
    assert!(!ada_page.contains(&format!("/staff/approvals/{proposal}/approve")));
    let ben_page = page_text(ben.get("/staff/accounts").await).await;
    assert!(ben_page.contains(&format!("/staff/approvals/{proposal}/approve")));
    // The proposer cannot approve it.
    let self_approval = with_code(
        &app,
        &ada,
        &ada_p,
        &format!("/staff/approvals/{proposal}/approve"),
        &[],
    )
    .await;
    assert_eq!(self_approval.status(), StatusCode::CONFLICT);
    // Nothing changed yet.
    assert_eq!(app.get("/dashboard").await.status(), StatusCode::OK);

    let approved = with_code(
        &app,
        &ben,
        &ben_p,
        &format!("/staff/approvals/{proposal}/approve"),
        &[],
    )
    .await;
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);
    // No TOTP, no codes, no sessions; the next login goes to enrollment.
    let account = app.store.account(target).await?.ok_or("account")?;
    assert!(!account.mfa_enrolled());
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1",
            target
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM sessions WHERE account_id = $1",
            target
        )
        .await,
        0
    );
    assert_redirect(&app.get("/dashboard").await, "/login");
    assert_redirect(
        &app.log_in(&person.email, &person.password, "").await,
        "/mfa/enroll",
    );
    enroll(&app, &app, "/dashboard").await;
    // Both steps audited, naming both admins.
    assert_eq!(audited(&app, "approval.proposed").await.len(), 1);
    let decided = audited(&app, "approval.approved").await;
    assert_eq!(decided.len(), 1);
    assert_eq!(
        decided[0].details["proposed_by"],
        ada_p_pseudonym(&app, &ada_p).await
    );
    let reset = audited(&app, "mfa.reset").await;
    assert_eq!(reset.len(), 1);
    assert_eq!(reset[0].details["recovery_codes_removed"], 10);
    // A decided proposal cannot be decided again.
    let twice = with_code(
        &app,
        &ben,
        &ben_p,
        &format!("/staff/approvals/{proposal}/reject"),
        &[],
    )
    .await;
    assert_eq!(twice.status(), StatusCode::CONFLICT);

    // Rejected: nothing changes. Expired: cannot be approved.
    with_code(
        &app,
        &ada,
        &ada_p,
        &format!("/staff/accounts/{target}/reset-second-factor"),
        &[],
    )
    .await;
    let rejected = newest_proposal(&app).await;
    with_code(
        &app,
        &ben,
        &ben_p,
        &format!("/staff/approvals/{rejected}/reject"),
        &[],
    )
    .await;
    assert!(app
        .store
        .account(target)
        .await?
        .ok_or("account")?
        .mfa_enrolled());
    assert_eq!(audited(&app, "approval.rejected").await.len(), 1);
    with_code(
        &app,
        &ada,
        &ada_p,
        &format!("/staff/accounts/{target}/reset-second-factor"),
        &[],
    )
    .await;
    let late = newest_proposal(&app).await;
    app.advance(Duration::hours(73));
    for (browser, who) in [(&ada, &ada_p), (&ben, &ben_p)] {
        assert_redirect(
            &browser
                .log_in(&who.email, &who.password, &app.code(&who.secret))
                .await,
            "/staff",
        );
    }
    let expired = with_code(
        &app,
        &ben,
        &ben_p,
        &format!("/staff/approvals/{late}/approve"),
        &[],
    )
    .await;
    assert_eq!(expired.status(), StatusCode::CONFLICT);
    assert!(page_text(expired).await.contains("expired"));
    assert!(app
        .store
        .account(target)
        .await?
        .ok_or("account")?
        .mfa_enrolled());
    Ok(())
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

async fn admin_and_approver_grants_need_a_second_admin(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (ada, ada_p) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let (ben, ben_p) = app
        .staff("Ben Admin", "ben@provider.example", &[Role::Admin])
        .await;
    let (_cy, cy_p) = app
        .staff("Cy Case", "cy@provider.example", &[Role::Intake])
        .await;
    let ada_id = account_id(&app, &ada_p.email).await;
    let cy = account_id(&app, &cy_p.email).await;

    // Nobody changes their own roles: not on the page, not by posting, not in the store.
    let page = page_text(ada.get("/staff/accounts").await).await;
    assert!(!page.contains(&format!("/staff/accounts/{ada_id}/roles")));
    let own = ada
        .submit(
            "/staff/accounts",
            &format!("/staff/accounts/{ada_id}/roles"),
            &[("role_admin", "on"), ("role_auditor", "on")],
        )
        .await;
    assert_eq!(own.status(), StatusCode::CONFLICT);
    let ctx = |actor: String| lers_store::Ctx {
        at: app.clock_now(),
        actor,
        ip: None,
    };
    let ada_pseudonym = ada_p_pseudonym(&app, &ada_p).await;
    let store_own = app
        .store
        .set_roles(
            ada_id,
            &[Role::Auditor].into_iter().collect(),
            &ctx(ada_pseudonym.clone()),
        )
        .await;
    assert!(matches!(store_own, Err(lers_store::StoreError::Refused(_))));
    assert_eq!(roles_of(&app, ada_id).await, "admin");

    // Ordinary roles: at once, no code needed.
    let direct = ada
        .submit(
            "/staff/accounts",
            &format!("/staff/accounts/{cy}/roles"),
            &[("role_intake", "on"), ("role_reviewer", "on")],
        )
        .await;
    assert_eq!(direct.status(), StatusCode::SEE_OTHER);
    assert_eq!(roles_of(&app, cy).await, "intake,reviewer");

    // Approver: refused without a code, proposed with one, made by the second admin.
    let no_code = ada
        .submit(
            "/staff/accounts",
            &format!("/staff/accounts/{cy}/roles"),
            &[("role_reviewer", "on"), ("role_approver", "on")],
        )
        .await;
    assert!(location(&no_code).contains("notice=Not"));
    assert!(app.store.open_approvals(app.clock_now()).await?.is_empty());
    let proposed = with_code(
        &app,
        &ada,
        &ada_p,
        &format!("/staff/accounts/{cy}/roles"),
        &[("role_reviewer", "on"), ("role_approver", "on")],
    )
    .await;
    assert_eq!(proposed.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        roles_of(&app, cy).await,
        "intake,reviewer",
        "not granted before approval"
    );
    // The store refuses the direct grant whoever calls it.
    let sneaky = app
        .store
        .set_roles(
            cy,
            &[Role::Approver].into_iter().collect(),
            &ctx(ada_pseudonym.clone()),
        )
        .await;
    assert!(matches!(sneaky, Err(lers_store::StoreError::Refused(_))));
    let proposal = newest_proposal(&app).await;
    let page = page_text(ben.get("/staff/accounts").await).await;
    assert!(page.contains("Roles from “intake,reviewer” to “reviewer,approver”"));
    let approved = with_code(
        &app,
        &ben,
        &ben_p,
        &format!("/staff/approvals/{proposal}/approve"),
        &[],
    )
    .await;
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);
    assert_eq!(roles_of(&app, cy).await, "reviewer,approver");
    let changed = audited(&app, "staff.roles_changed").await;
    assert_eq!(changed[0].details["approval"], proposal.as_str());
    assert_eq!(changed[0].actor, ada_p_pseudonym(&app, &ben_p).await);

    // A proposal made stale by a later change is not applied.
    with_code(
        &app,
        &ada,
        &ada_p,
        &format!("/staff/accounts/{cy}/roles"),
        &[("role_approver", "on"), ("role_admin", "on")],
    )
    .await;
    let stale = newest_proposal(&app).await;
    let removed = ben
        .submit(
            "/staff/accounts",
            &format!("/staff/accounts/{cy}/roles"),
            &[("role_intake", "on")],
        )
        .await;
    assert_eq!(
        removed.status(),
        StatusCode::SEE_OTHER,
        "removing roles stays direct"
    );
    assert_eq!(roles_of(&app, cy).await, "intake");
    let refused = with_code(
        &app,
        &ben,
        &ben_p,
        &format!("/staff/approvals/{stale}/approve"),
        &[],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert_eq!(roles_of(&app, cy).await, "intake");

    // An invitation with approver is refused while another admin exists.
    let invite = with_code(
        &app,
        &ada,
        &ada_p,
        "/staff/accounts",
        &[
            ("name", "Dee"),
            ("email", "dee@provider.example"),
            ("role_approver", "on"),
        ],
    )
    .await;
    assert_eq!(invite.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app
        .store
        .account_by_email("dee@provider.example")
        .await?
        .is_none());
    Ok(())
}

async fn the_sole_admin_bootstraps_a_second_admin_with_a_fresh_code(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (ada, ada_p) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    // Without a fresh code, not even the sole admin.
    let no_code = ada
        .submit(
            "/staff/accounts",
            "/staff/accounts",
            &[
                ("name", "Ben"),
                ("email", "ben@provider.example"),
                ("role_admin", "on"),
            ],
        )
        .await;
    assert_eq!(no_code.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let invited = with_code(
        &app,
        &ada,
        &ada_p,
        "/staff/accounts",
        &[
            ("name", "Ben"),
            ("email", "ben@provider.example"),
            ("role_admin", "on"),
        ],
    )
    .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    let created = audited(&app, "staff.created").await;
    assert_eq!(created[0].details["sole_admin_bootstrap"], true);
    // Now there are two admins: the next grant needs Ben — even once Ben is locked
    // out (five wrong passwords would do it), which must not make Ada the sole admin.
    let ben_id = account_id(&app, "ben@provider.example").await;
    app.store
        .set_account_status(
            ben_id,
            lers_domain::account::AccountStatus::Locked,
            &lers_store::Ctx {
                at: app.clock_now(),
                actor: "system".into(),
                ip: None,
            },
        )
        .await?;
    let cy = app
        .staff("Cy", "cy@provider.example", &[Role::Intake])
        .await
        .1;
    let cy_id = account_id(&app, &cy.email).await;
    let proposed = with_code(
        &app,
        &ada,
        &ada_p,
        &format!("/staff/accounts/{cy_id}/roles"),
        &[("role_approver", "on")],
    )
    .await;
    assert!(location(&proposed).contains("notice="));
    assert_eq!(app.store.open_approvals(app.clock_now()).await?.len(), 1);
    assert!(!app
        .store
        .account(cy_id)
        .await?
        .ok_or("cy")?
        .roles
        .contains(Role::Approver));
    Ok(())
}

async fn domain_id(app: &TestApp, pattern: &str) -> i64 {
    app.store
        .list_domains(&DomainQuery {
            search: Some(pattern.into()),
            limit: 10,
            offset: 0,
        })
        .await
        .expect("domains")
        .items
        .into_iter()
        .find(|d| d.pattern == pattern)
        .expect("domain")
        .id
}

async fn disabling_a_domain_stops_the_accounts_it_admitted(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("officer@pd.abilenetx.gov").await;
    let token = app.create_token(&person, &["read"]).await;
    let uk = TestApp::with_client(&app);
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let abilene = domain_id(&app, "abilenetx.gov").await;
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::OK
    );

    let off = admin
        .submit(
            "/staff/domains",
            &format!("/staff/domains/{abilene}/enabled"),
            &[("enabled", "false")],
        )
        .await;
    assert_eq!(off.status(), StatusCode::SEE_OTHER);
    let event = &audited(&app, "domains.disabled").await[0];
    assert_eq!(event.details["accounts_affected"], 1);

    // The open session ends with the reason; then it is gone.
    let refused = app.get("/dashboard").await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(page_text(refused).await.contains("no longer admitted"));
    assert_redirect(&app.get("/dashboard").await, "/login");
    // The API token is refused with the reason.
    let api = app
        .api(Method::GET, "/api/v1/requests", &token)
        .send()
        .await?;
    assert_eq!(api.status(), StatusCode::FORBIDDEN);
    let body: serde_json::Value = api.json().await?;
    assert!(body["error"]
        .as_str()
        .unwrap_or_default()
        .contains("no longer admitted"));
    // Login says so to someone with the password and code, and nothing to a guesser.
    app.advance(Duration::seconds(30));
    let login = app
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    assert!(login.status().is_client_error());
    assert!(page_text(login).await.contains("no longer admitted"));
    let guess = uk.log_in(&person.email, &person.password, "123456").await;
    let text = page_text(guess).await;
    assert!(!text.contains("no longer admitted") && text.contains("not right"));

    // Enabled again: everything works again.
    let on = admin
        .submit(
            "/staff/domains",
            &format!("/staff/domains/{abilene}/enabled"),
            &[("enabled", "true")],
        )
        .await;
    assert_eq!(on.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        audited(&app, "domains.enabled").await[0].details["accounts_affected"],
        1
    );
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(&person.email, &person.password, &app.code(&person.secret))
            .await,
        "/dashboard",
    );
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::OK
    );
    // Staff (admitted by no entry) were never affected.
    assert_eq!(admin.get("/staff").await.status(), StatusCode::OK);
    Ok(())
}

fn inactivity_mails(app: &TestApp, email: &str) -> usize {
    app.emails_to(email)
        .iter()
        .filter(|m| m.contains("disabled for inactivity"))
        .count()
}

async fn unused_requester_accounts_are_warned_then_disabled(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let idle = app.sign_up("idle@abilenetx.gov").await;
    app.log_out().await;
    let busy = app.sign_up("busy@abilenetx.gov").await;
    let token = app.create_token(&busy, &["read"]).await;
    app.log_out().await;
    let (admin, admin_p) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;

    app.advance(Duration::days(50));
    // The busy account uses its API token (that counts as use).
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::OK
    );
    app.advance(Duration::days(25));
    lers_app::jobs::run_due(&app.state, "test").await;
    assert_eq!(inactivity_mails(&app, &idle.email), 0, "not before 76 days");

    app.advance(Duration::days(1));
    lers_app::jobs::run_due(&app.state, "test").await;
    lers_app::jobs::run_due(&app.state, "test").await;
    assert_eq!(
        inactivity_mails(&app, &idle.email),
        1,
        "warned once, 14 days ahead"
    );
    assert_eq!(inactivity_mails(&app, &busy.email), 0);
    assert_eq!(
        audited(&app, "account.inactivity_warning_sent").await.len(),
        1
    );

    app.advance(Duration::days(13));
    lers_app::jobs::run_due(&app.state, "test").await;
    let still = app
        .store
        .account_by_email(&idle.email)
        .await?
        .ok_or("idle")?;
    assert_eq!(still.status.as_str(), "active");
    app.advance(Duration::days(1));
    lers_app::jobs::run_due(&app.state, "test").await;
    lers_app::jobs::run_due(&app.state, "test").await;
    let disabled = app
        .store
        .account_by_email(&idle.email)
        .await?
        .ok_or("idle")?;
    assert_eq!(disabled.status.as_str(), "disabled");
    let events: Vec<_> = audited(&app, "account.disabled")
        .await
        .into_iter()
        .filter(|e| e.details["reason"] == "inactive")
        .collect();
    assert_eq!(events.len(), 1, "disabled once");
    assert_eq!(
        app.store
            .account_by_email(&busy.email)
            .await?
            .ok_or("busy")?
            .status
            .as_str(),
        "active"
    );
    assert_eq!(
        app.store
            .account_by_email(&admin_p.email)
            .await?
            .ok_or("admin")?
            .status
            .as_str(),
        "active"
    );

    // A clear message at login; an admin enables it again, with a fresh 90 days.
    let login = app
        .log_in(&idle.email, &idle.password, &app.code(&idle.secret))
        .await;
    assert!(page_text(login).await.contains("not used for 90 days"));
    assert_redirect(
        &admin
            .log_in(
                &admin_p.email,
                &admin_p.password,
                &app.code(&admin_p.secret),
            )
            .await,
        "/staff",
    );
    let id = account_id(&app, &idle.email).await;
    let enabled = admin
        .submit(
            "/staff/accounts",
            &format!("/staff/accounts/{id}/status"),
            &[("status", "active")],
        )
        .await;
    assert_eq!(enabled.status(), StatusCode::SEE_OTHER);
    lers_app::jobs::run_due(&app.state, "test").await;
    assert_eq!(
        app.store
            .account_by_email(&idle.email)
            .await?
            .ok_or("idle")?
            .status
            .as_str(),
        "active"
    );
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(&idle.email, &idle.password, &app.code(&idle.secret))
            .await,
        "/dashboard",
    );
    Ok(())
}

async fn api_tokens_expire_and_are_renewed_with_a_fresh_code(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("tokens@abilenetx.gov").await;
    // More than a year is refused.
    app.advance(Duration::seconds(30));
    let code = app.code(&person.secret);
    let too_long = app
        .submit(
            "/account/tokens",
            "/account/tokens",
            &[
                ("name", "Long"),
                ("scope_read", "on"),
                ("days", "400"),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(too_long.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // 90 days by default.
    let token = app.create_token(&person, &["read"]).await;
    let created = &audited(&app, "api_token.created").await[0];
    let expires = created.details["expires_at"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert_eq!(
        lers_domain::clock::Timestamp::parse_rfc3339(&expires),
        Some(app.clock_now().plus(Duration::days(90)))
    );
    let page = page_text(app.get("/account/tokens").await).await;
    assert!(page.contains(&app.clock_now().plus(Duration::days(90)).to_string()));
    assert!(page.contains("never"));

    // Last use is written at most once a minute.
    let first_use = app.clock_now();
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::OK
    );
    app.advance(Duration::seconds(30));
    app.api(Method::GET, "/api/v1/requests", &token)
        .send()
        .await?;
    let last_used = || async {
        sqlx::query_scalar::<_, i64>("SELECT last_used_at FROM api_tokens")
            .fetch_one(app.store.pool())
            .await
            .expect("last used")
    };
    assert_eq!(last_used().await, first_use.unix_millis());
    app.advance(Duration::seconds(31));
    app.api(Method::GET, "/api/v1/requests", &token)
        .send()
        .await?;
    assert_eq!(last_used().await, app.clock_now().unix_millis());
    let page = page_text(app.get("/account/tokens").await).await;
    assert!(
        page.contains(&app.clock_now().to_string()),
        "last use shown"
    );

    // Expired: a clear 401.
    app.advance(Duration::days(91));
    let expired = app
        .api(Method::GET, "/api/v1/requests", &token)
        .send()
        .await?;
    assert_eq!(expired.status(), StatusCode::UNAUTHORIZED);
    let body: serde_json::Value = expired.json().await?;
    assert!(body["error"]
        .as_str()
        .unwrap_or_default()
        .contains("expired"));

    // Renewal needs a fresh code and counts from now.
    assert_redirect(
        &app.log_in(&person.email, &person.password, &app.code(&person.secret))
            .await,
        "/dashboard",
    );
    let html = page_text(app.get("/account/tokens").await).await;
    assert!(html.contains("expired"));
    let start = html.find("/account/tokens/tok_").ok_or("renew form")? + "/account/tokens/".len();
    let id: String = html[start..].chars().take_while(|c| *c != '/').collect();
    let renew = format!("/account/tokens/{id}/renew");
    let wrong = app
        .submit(
            "/account/tokens",
            &renew,
            &[("days", "30"), ("code", "000000")],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::UNAUTHORIZED
    );
    app.advance(Duration::seconds(30));
    let code = app.code(&person.secret);
    let renewed = app
        .submit(
            "/account/tokens",
            &renew,
            &[("days", "30"), ("code", &code)],
        )
        .await;
    assert_eq!(renewed.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::OK
    );
    let event = &audited(&app, "api_token.renewed").await[0];
    assert_eq!(
        lers_domain::clock::Timestamp::parse_rfc3339(
            event.details["expires_at"].as_str().unwrap_or_default()
        ),
        Some(app.clock_now().plus(Duration::days(30)))
    );
    app.advance(Duration::days(30));
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::UNAUTHORIZED
    );
    Ok(())
}
