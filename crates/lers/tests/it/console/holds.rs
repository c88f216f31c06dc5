//! Preservation holds, and jobs that survive a crash.

use super::*;
use crate::both_backends;

both_backends!(
    preservation_holds_warn_extend_and_expire_on_their_own,
    a_job_cut_off_by_a_crash_runs_exactly_once,
    a_hold_becomes_part_of_the_request_that_follows_it,
);

async fn approve_preservation(
    app: &TestApp,
    reviewer: &Browser<'_>,
    approver: &Browser<'_>,
    approver_person: &Person,
    id: &str,
) {
    let page = format!("/staff/requests/{id}");
    let reviewed = reviewer
        .submit(&page, &format!("{page}/review"), &all_fine())
        .await;
    assert!(location(&reviewed).starts_with(&page), "review saved");
    app.advance(Duration::seconds(30));
    let approved = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", "approve"),
                ("code", &app.code(&approver_person.secret)),
            ],
        )
        .await;
    assert!(location(&approved).starts_with(&page), "approval recorded");
}

async fn preservation_holds_warn_extend_and_expire_on_their_own(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("keep@abilenetx.gov").await;
    let (id, reference) = app.file_request("preservation", None).await;
    let (reviewer, reviewer_person) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (approver, approver_person) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    approve_preservation(&app, &reviewer, &approver, &approver_person, &id).await;
    assert_eq!(status_of(&app, &person.email, &id).await, "preserved");

    // 14 days before the end of the 90 days, the requester is warned; nothing expires.
    app.advance(Duration::days(76));
    app.state.run_due_jobs("test").await;
    assert!(
        app.emails_to(&person.email)
            .iter()
            .any(|m| m.contains("ends soon")),
        "warning sent"
    );
    assert_eq!(status_of(&app, &person.email, &id).await, "preserved");

    // One extension of 90 days (the requester signs in again after the long wait).
    assert_redirect(
        &app.log_in(&person.email, &person.password, &app.code(&person.secret))
            .await,
        "/dashboard",
    );
    let (extension, _) = app
        .file_request("preservation_extension", Some(&reference))
        .await;
    for (browser, who) in [(&reviewer, &reviewer_person), (&approver, &approver_person)] {
        app.advance(Duration::seconds(30));
        assert_redirect(
            &browser
                .log_in(&who.email, &who.password, &app.code(&who.secret))
                .await,
            "/staff",
        );
    }
    approve_preservation(&app, &reviewer, &approver, &approver_person, &extension).await;
    assert_eq!(status_of(&app, &person.email, &id).await, "extended");

    // The original end passes: the hold stays, because it was extended.
    app.advance(Duration::days(15));
    app.state.run_due_jobs("test").await;
    assert_eq!(status_of(&app, &person.email, &id).await, "extended");

    // At the new end the hold expires on its own, with its extension.
    app.advance(Duration::days(90));
    app.state.run_due_jobs("test").await;
    assert_eq!(status_of(&app, &person.email, &id).await, "expired");
    assert_eq!(status_of(&app, &person.email, &extension).await, "expired");
    Ok(())
}

async fn a_job_cut_off_by_a_crash_runs_exactly_once(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("crash@abilenetx.gov").await;
    let (id, _) = app.file_request("preservation", None).await;
    let (reviewer, approver, approver_person) = team(&app).await;
    approve_preservation(&app, &reviewer, &approver, &approver_person, &id).await;
    // The account-directory holds are due at once; run them first.
    assert_eq!(app.state.run_due_jobs("worker-0").await, 2);
    app.advance(Duration::days(91));

    // Worker A takes the warning job and dies without finishing it.
    let taken = app
        .store
        .claim_job("worker-a", app.clock_now(), app.state.config.job_lease)
        .await?
        .ok_or("a due job")?;
    assert_eq!(taken.kind, "preservation_warning");
    // While its lease runs, nobody else runs it; the other due job (expiry) does run.
    assert_eq!(app.state.run_due_jobs("worker-b").await, 1);
    assert_eq!(status_of(&app, &person.email, &id).await, "expired");
    // After the lease, the abandoned job is picked up again and finished, once.
    app.advance(Duration::minutes(6));
    assert_eq!(app.state.run_due_jobs("worker-b").await, 1);
    assert_eq!(app.state.run_due_jobs("worker-c").await, 0);
    let expired = app
        .store
        .audit_records(&lers_store::AuditQuery {
            action: Some("preservation.expired".into()),
            limit: 10,
            ..Default::default()
        })
        .await?;
    assert_eq!(expired.total, 1, "the hold expired exactly once");
    Ok(())
}

async fn a_hold_becomes_part_of_the_request_that_follows_it(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("follow@abilenetx.gov").await;
    let (preservation, reference) = app.file_request("preservation", None).await;
    let (reviewer, approver, approver_person) = team(&app).await;
    approve_preservation(&app, &reviewer, &approver, &approver_person, &preservation).await;

    // The warrant arrives: a user-data request naming the preservation.
    let id = app.start_request("user_data").await;
    let mut fields = request_fields("user_data", None);
    fields.push(("preservation_reference", "LERS-2026-999999".into()));
    let wrong = app.post_request_form(&id, &fields).await;
    assert_eq!(
        wrong.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "only one's own preservation in force"
    );
    fields.pop();
    fields.push(("preservation_reference", reference.clone()));
    assert_eq!(
        app.post_request_form(&id, &fields).await.status(),
        StatusCode::SEE_OTHER
    );
    approve_preservation(&app, &reviewer, &approver, &approver_person, &id).await;
    assert_eq!(status_of(&app, &person.email, &id).await, "approved");
    assert_eq!(
        status_of(&app, &person.email, &preservation).await,
        "fulfilled"
    );

    // The old expiry no longer does anything.
    app.advance(Duration::days(91));
    app.state.run_due_jobs("test").await;
    assert_eq!(
        status_of(&app, &person.email, &preservation).await,
        "fulfilled"
    );
    Ok(())
}
