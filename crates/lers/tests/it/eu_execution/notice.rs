//! User notice for EU orders follows the issuing authority (Art 13).

use lers_domain::account::Role;
use lers_store::prelude::*;

use super::*;
use crate::both_backends;

both_backends!(an_eu_notice_waits_until_the_issuing_authority_lifts_its_restriction);

async fn an_eu_notice_waits_until_the_issuing_authority_lifts_its_restriction(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let requester = app.eu_requester("dana@abilenetx.gov").await;
    let team = EuTeam::new(&app).await;
    let id = approved_epoc(
        &app,
        &team,
        &requester,
        json!({"user_information": {"term": "delayed_until_authority_lifts"}}),
    )
    .await;
    let page = format!("/staff/requests/{id}");
    let notice = |choice: &'static str| {
        let page = page.clone();
        let team = &team;
        async move {
            team.reviewer
                .submit(
                    &page,
                    &format!("{page}/notices"),
                    &[
                        ("target_type", "email"),
                        ("target", "suspect@example.com"),
                        ("notice_choice", choice),
                    ],
                )
                .await
        }
    };
    let now = notice("notify_now").await;
    assert_eq!(now.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(now
        .text()
        .await?
        .contains("asked that the user not be informed until it says so"));
    assert_eq!(notice("delay").await.status(), StatusCode::SEE_OTHER);
    let console = team.reviewer.get(&page).await.text().await?;
    assert!(console.contains("this is not a ground to challenge"));

    let owner = app
        .store
        .account_by_email(&requester.person.email)
        .await?
        .ok_or("owner")?;
    let request = app.store.request_for(&owner, &id).await?.ok_or("request")?;
    let waiting = app.store.notices(&request.summary).await?;
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].state.as_str(), "awaiting_authority");
    assert_eq!(waiting[0].send_at, None);
    app.state.run_due_jobs("a").await;
    assert!(app.store.notices(&request.summary).await?[0]
        .deliveries
        .is_empty());

    // Only reviewers record that the authority lifted it.
    let (intake, _) = app
        .staff("Ian Intake", "ian@provider.example", &[Role::Intake])
        .await;
    let forbidden = intake
        .submit(&page, &format!("{page}/eu/notice-lifted"), &[])
        .await;
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);
    app.advance(Duration::days(3));
    team.reviewer_signs_in(&app).await;
    let lifted = team.eu_form(&id, "notice-lifted", &[]).await;
    assert!(location(&lifted).contains("1+notice"));
    let scheduled = app.store.notices(&request.summary).await?;
    assert_eq!(scheduled[0].state.as_str(), "scheduled");
    assert_eq!(scheduled[0].send_at, Some(app.clock_now()));
    // The durable job sends it.
    app.state.run_due_jobs("a").await;
    assert_eq!(
        app.store.notices(&request.summary).await?[0]
            .deliveries
            .len(),
        1
    );
    let audit = app
        .store
        .audit_records(&lers_store::AuditQuery {
            action: Some("eu.notice_restriction_lifted".into()),
            limit: 10,
            ..Default::default()
        })
        .await?;
    assert_eq!(audit.items.len(), 1, "audited");
    // Once is enough.
    assert_eq!(
        team.eu_form(&id, "notice-lifted", &[]).await.status(),
        StatusCode::CONFLICT
    );
    Ok(())
}
