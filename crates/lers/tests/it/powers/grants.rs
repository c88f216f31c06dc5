//! Four eyes for second-factor resets and for admin and approver grants.

use super::*;
use crate::both_backends;

both_backends!(
    a_lost_second_factor_is_reset_only_with_a_second_admin,
    admin_and_approver_grants_need_a_second_admin,
    taking_admin_from_another_admin_needs_a_second_admin,
    the_sole_admin_bootstraps_a_second_admin_with_a_fresh_code,
);

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

async fn admin_and_approver_grants_need_a_second_admin(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let Cast {
        ada,
        ada_p,
        ben,
        ben_p,
        ada_id,
        cy,
    } = two_admins_and_cy(&app).await;

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
    let ctx = |actor: String| acting(&app, actor);
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
    assert!(page.contains("Roles from “Intake, Reviewer” to “Reviewer, Approver”"));
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
            &acting(&app, "system".into()),
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

/// Demoting the only other admin alone would make the demoter the sole admin, who
/// grants powers and relaxes the key policy without anyone's approval, and could then
/// restore the demoted one. So taking admin away is proposed, like granting it.
async fn taking_admin_from_another_admin_needs_a_second_admin(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (ada, ada_p) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let (_ben, ben_p) = app
        .staff("Ben Admin", "ben@provider.example", &[Role::Admin])
        .await;
    let (cat, cat_p) = app
        .staff("Cat Admin", "cat@provider.example", &[Role::Admin])
        .await;
    let ben = account_id(&app, &ben_p.email).await;
    let ada_pseudonym = ada_p_pseudonym(&app, &ada_p).await;

    // Not at once, and not without a code.
    let no_code = ada
        .submit(
            "/staff/accounts",
            &format!("/staff/accounts/{ben}/roles"),
            &[("role_intake", "on")],
        )
        .await;
    assert!(location(&no_code).contains("notice=Not"));
    assert_eq!(roles_of(&app, ben).await, "admin");
    let proposed = with_code(
        &app,
        &ada,
        &ada_p,
        &format!("/staff/accounts/{ben}/roles"),
        &[("role_intake", "on")],
    )
    .await;
    assert_eq!(proposed.status(), StatusCode::SEE_OTHER);
    assert_eq!(roles_of(&app, ben).await, "admin", "not before approval");
    // The store refuses the direct removal too, and Ada is not the sole admin.
    let direct = app
        .store
        .set_roles(
            ben,
            &lers_domain::account::Roles::none(),
            &acting(&app, ada_pseudonym.clone()),
        )
        .await;
    assert!(matches!(direct, Err(lers_store::StoreError::Refused(_))));
    assert_eq!(roles_of(&app, ben).await, "admin");
    assert!(!app.store.sole_active_admin(&ada_pseudonym).await?);

    // A third admin approves it, with a code.
    let proposal = newest_proposal(&app).await;
    let page = page_text(cat.get("/staff/accounts").await).await;
    assert!(page.contains("Roles from “Admin” to “Intake”"), "{page}");
    let approved = with_code(
        &app,
        &cat,
        &cat_p,
        &format!("/staff/approvals/{proposal}/approve"),
        &[],
    )
    .await;
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);
    assert_eq!(roles_of(&app, ben).await, "intake");

    // With two admins left, nobody can approve taking admin from one of them (not
    // the proposer, not the person it is about): the operator's CLI can, audited as
    // `system`, and says clearly what it did or what is wrong.
    let cat_id = account_id(&app, &cat_p.email).await;
    let typo =
        crate::audit_cli::lers(&app, &["admin", "set-roles", &cat_p.email, "admin,reviewr"]).await;
    assert!(
        !typo.ok && typo.stdout.contains("unknown role \"reviewr\""),
        "{}",
        typo.stdout
    );
    assert_eq!(roles_of(&app, cat_id).await, "admin");
    let operator =
        crate::audit_cli::lers(&app, &["admin", "set-roles", &cat_p.email, "auditor"]).await;
    assert!(
        operator.ok && operator.stdout.contains("now has the roles: auditor"),
        "{}",
        operator.stdout
    );
    assert_eq!(roles_of(&app, cat_id).await, "auditor");
    let changed = audited(&app, "staff.roles_changed").await;
    assert_eq!(changed[0].actor, "system");
    Ok(())
}
