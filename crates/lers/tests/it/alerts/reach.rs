//! Data-sharing rules hold for alerts: a reviewer whose rule does not reach a case is
//! neither paged for it nor shown nor allowed to acknowledge its alert (refused as not
//! found, audited), and cannot be put on call for a rota outside their regions.

use lers_domain::region::StaffLimits;
use lers_store::Ctx;

use super::*;
use crate::both_backends;

both_backends!(
    a_reviewer_outside_the_cases_region_is_not_paged_and_cannot_see_or_acknowledge_its_alert,
    a_rota_refuses_someone_whose_rule_does_not_reach_its_regions,
);

/// Limits `email`'s data-sharing rule to the region `elsewhere`.
async fn limit_elsewhere(app: &TestApp, email: &str) -> TestResult {
    let person = app.store.account_by_email(email).await?.ok_or("account")?;
    let limits = StaffLimits {
        regions: vec!["elsewhere".into()],
        assigned_only: false,
    };
    let ctx = Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    app.store
        .set_staff_limits(&person, &limits, false, &ctx)
        .await?;
    Ok(())
}

async fn a_reviewer_outside_the_cases_region_is_not_paged_and_cannot_see_or_acknowledge_its_alert(
    backend: Backend,
) -> TestResult {
    let Some(app) = app_for_receivers(backend).await else {
        return Ok(());
    };
    app.clock.set(sunday_3am());
    let (rita, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    app.staff("Alice Approve", "alice@provider.example", &[Role::Approver])
        .await;
    limit_elsewhere(&app, "rita@provider.example").await?;
    // An approver invited but not yet signed up could not open the alert either.
    let ctx = Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    let invitation = lers_store::NewToken {
        token_hash: lers_store::tokens::hash(&lers_store::tokens::generate()),
        expires_at: app.clock_now().plus(Duration::hours(24)),
    };
    app.store
        .create_staff(
            "ivan@provider.example",
            "Ivan Invited",
            &[Role::Approver].into_iter().collect(),
            invitation,
            &ctx,
        )
        .await?;
    file_emergency(&app, "clerk@abilenetx.gov").await;
    pass(&app).await;
    // No rota: every reviewer and approver who reaches the case and can sign in.
    assert_eq!(app.emails_to("alice@provider.example").len(), 1);
    assert!(app.emails_to("rita@provider.example").is_empty());
    assert!(app.emails_to("ivan@provider.example").is_empty());

    let link = alert_link(&app, "alice@provider.example");
    let denied = audited(&app, "region.access_denied").await;
    assert_eq!(rita.get(&link).await.status(), StatusCode::NOT_FOUND);
    let ack = rita
        .submit("/staff", &format!("{link}/ack"), &[("back", "alert")])
        .await;
    assert_eq!(ack.status(), StatusCode::NOT_FOUND);
    assert_eq!(audited(&app, "region.access_denied").await, denied + 2);
    assert_eq!(audited(&app, "oncall.acknowledged").await, 0);
    // Escalation goes on: nobody acknowledged.
    app.advance(Duration::minutes(10));
    pass(&app).await;
    assert!(app.emails_to("rita@provider.example").is_empty());
    assert_eq!(audited(&app, "oncall.escalated").await, 1);
    Ok(())
}

async fn a_rota_refuses_someone_whose_rule_does_not_reach_its_regions(
    backend: Backend,
) -> TestResult {
    let Some(app) = app_for_receivers(backend).await else {
        return Ok(());
    };
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    app.staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    limit_elsewhere(&app, "rita@provider.example").await?;
    let rita_id = account_id(&app, "rita@provider.example").await;
    let saved = admin
        .submit(
            "/staff/oncall",
            "/staff/oncall/rotas",
            &[
                ("name", "Nights"),
                ("time_zone", "UTC"),
                ("day_sat", "on"),
                ("starts", "22:00"),
                ("ends", "06:00"),
                ("regions", ""),
                ("primary", &rita_id.to_string()),
            ],
        )
        .await;
    let notice = notice_after(&admin, saved).await;
    assert!(notice.contains("does not reach"), "{notice}");
    assert!(app.store.rotas().await?.is_empty());
    assert_eq!(audited(&app, "oncall.rota_refused").await, 1);
    Ok(())
}
