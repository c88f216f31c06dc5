//! The response console: queue, review, four-eyes decisions, call-backs, the
//! preservation clock and the job runner, and roles per action.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_store::{prelude::*, RequestStore};
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    a_request_is_reviewed_and_approved_by_two_people,
    an_emergency_is_approved_only_after_a_confirmed_callback,
    asking_for_information_and_rejecting_reach_the_requester,
    preservation_holds_warn_extend_and_expire_on_their_own,
    a_job_cut_off_by_a_crash_runs_exactly_once,
    a_hold_becomes_part_of_the_request_that_follows_it,
    roles_are_enforced_per_action,
);

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

async fn a_request_is_reviewed_and_approved_by_two_people(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, reference, requester) = filed(&app, "dana@abilenetx.gov", "user_data").await;
    let (reviewer, reviewer_person) = app
        .staff(
            "Rita Review",
            "rita@provider.example",
            &[Role::Reviewer, Role::Approver],
        )
        .await;
    let (approver, approver_person) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    let page = format!("/staff/requests/{id}");

    let queue = reviewer.get("/staff/queue").await.text().await?;
    assert!(queue.contains(&reference));
    let view = reviewer.get(&page).await.text().await?;
    assert!(view.contains("Abilene Police Department") && view.contains("+15550100199"));

    // Deciding needs a complete checklist first.
    let early = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "reject"), ("reason_overbroad", "on")],
        )
        .await;
    assert_eq!(early.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(early
        .text()
        .await?
        .contains("complete the review checklist"));
    let mut partial = all_fine();
    partial.pop();
    let response = reviewer
        .submit(&page, &format!("{page}/review"), &partial)
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let mut problem = all_fine();
    problem[0] = ("overbroad", "problem");
    let response = reviewer
        .submit(&page, &format!("{page}/review"), &problem)
        .await;
    assert_eq!(
        response.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a problem needs a note"
    );
    assert_eq!(
        reviewer
            .submit(&page, &format!("{page}/review"), &all_fine())
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let view = reviewer.get(&page).await.text().await?;
    assert!(view.contains("id=\"suggestion\">proceed") && view.contains("In review"));

    // Four eyes: the reviewer may not approve, even with a fresh code.
    app.advance(Duration::seconds(30));
    let own = reviewer
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", "approve"),
                ("code", &app.code(&reviewer_person.secret)),
            ],
        )
        .await;
    assert_eq!(own.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(own.text().await?.contains("four eyes"));

    // Step-up: without a fresh code the approver is refused once the login is stale.
    app.advance(Duration::minutes(6));
    let stale = approver
        .submit(&page, &format!("{page}/decide"), &[("decision", "approve")])
        .await;
    assert_eq!(stale.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(stale.text().await?.contains("current code"));
    let approved = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", "approve"),
                ("code", &app.code(&approver_person.secret)),
                ("note_to_requester", "Production follows."),
            ],
        )
        .await;
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);

    // The requester sees the outcome (and gets a content-free alert).
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(
            &requester.email,
            &requester.password,
            &app.code(&requester.secret),
        )
        .await,
        "/dashboard",
    );
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    assert!(
        html.contains("id=\"request-status\">Approved") && html.contains("Production follows.")
    );
    assert!(app
        .emails_to(&requester.email)
        .iter()
        .any(|m| m.contains("was updated")));
    let actions = app
        .store
        .audit_records(&lers_store::AuditQuery {
            action: Some("request.%".into()),
            limit: 100,
            ..Default::default()
        })
        .await?;
    let actions: Vec<String> = actions.items.into_iter().map(|r| r.action).collect();
    for expected in ["request.viewed", "request.reviewed", "request.decided"] {
        assert!(actions.iter().any(|a| a == expected), "{expected} audited");
    }
    Ok(())
}

async fn an_emergency_is_approved_only_after_a_confirmed_callback(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (_, routine, _) = filed(&app, "clerk@abilenetx.gov", "user_data").await;
    app.advance(Duration::seconds(30));
    let (id, reference, _) = filed(&app, "sgt@abilenetx.gov", "emergency").await;
    app.advance(Duration::seconds(30));
    let (forged, _, forger) = filed(&app, "forger@abilenetx.gov", "emergency").await;
    let (reviewer, _) = app
        .staff(
            "Rita Review",
            "rita@provider.example",
            &[Role::Reviewer, Role::Intake],
        )
        .await;
    let (approver, approver_person) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;

    // Emergencies lead the queue, ahead of an older routine request.
    let queue = reviewer.get("/staff/queue").await.text().await?;
    let position = |reference: &str| queue.find(&format!(">{reference}</a>"));
    assert!(
        position(&reference).ok_or("emergency listed")?
            < position(&routine).ok_or("routine listed")?
    );

    let page = format!("/staff/requests/{id}");
    assert_eq!(
        reviewer
            .submit(&page, &format!("{page}/review"), &all_fine())
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    app.advance(Duration::seconds(30));
    let code = app.code(&approver_person.secret);
    let refused = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "approve"), ("code", &code)],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await?.contains("call-back"));

    // The number in the request itself is not an independent source.
    let callback = |phone: &'static str, result: &'static str| {
        vec![
            ("callback_phone", phone),
            ("number_source", "Abilene PD switchboard, abilenetx.gov"),
            ("answered_by", "Desk sergeant"),
            ("callback_result", result),
        ]
    };
    let same = reviewer
        .submit(
            &page,
            &format!("{page}/callback"),
            &callback("(325) 555-0111", "confirmed"),
        )
        .await;
    assert_eq!(same.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        reviewer
            .submit(
                &page,
                &format!("{page}/callback"),
                &callback("+1 325 676 6600", "confirmed")
            )
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
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
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);

    // A failed call-back suspends the requesting account and ends its sessions. (It
    // is recorded on an emergency under review: the review starts first.)
    let forged_page = format!("/staff/requests/{forged}");
    review_started(&reviewer, &forged_page).await;
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(&forger.email, &forger.password, &app.code(&forger.secret))
            .await,
        "/dashboard",
    );
    let response = reviewer
        .submit(
            &forged_page,
            &format!("{forged_page}/callback"),
            &callback("+1 325 676 6600", "failed"),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_redirect(&app.get("/dashboard").await, "/login");
    let account = app
        .store
        .account_by_email(&forger.email)
        .await?
        .ok_or("account")?;
    assert_eq!(
        account.status,
        lers_domain::account::AccountStatus::Disabled
    );
    Ok(())
}

async fn asking_for_information_and_rejecting_reach_the_requester(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, _, requester) = filed(&app, "dana@abilenetx.gov", "user_data").await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let page = format!("/staff/requests/{id}");
    assert_eq!(
        reviewer
            .submit(&page, &format!("{page}/review"), &all_fine())
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let ask = reviewer
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", "ask_for_information"),
                ("note_to_requester", "Please attach the signed warrant."),
            ],
        )
        .await;
    assert_eq!(ask.status(), StatusCode::SEE_OTHER);

    app.advance(Duration::seconds(30));
    app.log_in(
        &requester.email,
        &requester.password,
        &app.code(&requester.secret),
    )
    .await;
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    assert!(
        html.contains("Needs information") && html.contains("Please attach the signed warrant.")
    );
    let token = csrf_token(&html).ok_or("csrf")?;
    let form = reqwest::multipart::Form::new()
        .text("csrf", token)
        .text("body", "Attached now.");
    app.client
        .post(app.url(&format!("/requests/{id}/messages")))
        .multipart(form)
        .send()
        .await?;
    let html = reviewer.get(&page).await.text().await?;
    assert!(
        html.contains("id=\"request-status\">In review"),
        "the reply sends it back into review"
    );

    let mut problems = all_fine();
    problems[1] = ("no_legal_basis", "problem");
    problems.push((
        "no_legal_basis_note",
        "No statute allows this in the requesting state.",
    ));
    reviewer
        .submit(&page, &format!("{page}/review"), &problems)
        .await;
    assert!(reviewer
        .get(&page)
        .await
        .text()
        .await?
        .contains("id=\"suggestion\">reject"));
    let no_reason = reviewer
        .submit(&page, &format!("{page}/decide"), &[("decision", "reject")])
        .await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let rejected = reviewer
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "reject"), ("reason_no_legal_basis", "on")],
        )
        .await;
    assert_eq!(rejected.status(), StatusCode::SEE_OTHER);
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    assert!(html.contains("id=\"request-status\">Rejected") && html.contains("No legal basis"));
    // A rejected request cannot then be approved.
    let again = reviewer
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "challenge"), ("reason_overbroad", "on")],
        )
        .await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    Ok(())
}

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
    lers_app::jobs::run_due(&app.state, "test").await;
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
    lers_app::jobs::run_due(&app.state, "test").await;
    assert_eq!(status_of(&app, &person.email, &id).await, "extended");

    // At the new end the hold expires on its own, with its extension.
    app.advance(Duration::days(90));
    lers_app::jobs::run_due(&app.state, "test").await;
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
    assert_eq!(lers_app::jobs::run_due(&app.state, "worker-0").await, 2);
    app.advance(Duration::days(91));

    // Worker A takes the warning job and dies without finishing it.
    let taken = app
        .store
        .claim_job("worker-a", app.clock_now(), lers_app::jobs::LEASE)
        .await?
        .ok_or("a due job")?;
    assert_eq!(taken.kind, "preservation_warning");
    // While its lease runs, nobody else runs it; the other due job (expiry) does run.
    assert_eq!(lers_app::jobs::run_due(&app.state, "worker-b").await, 1);
    assert_eq!(status_of(&app, &person.email, &id).await, "expired");
    // After the lease, the abandoned job is picked up again and finished, once.
    app.advance(Duration::minutes(6));
    assert_eq!(lers_app::jobs::run_due(&app.state, "worker-b").await, 1);
    assert_eq!(lers_app::jobs::run_due(&app.state, "worker-c").await, 0);
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

async fn roles_are_enforced_per_action(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, _, _) = filed(&app, "dana@abilenetx.gov", "emergency").await;
    let page = format!("/staff/requests/{id}");
    let roles = [
        Role::Intake,
        Role::Reviewer,
        Role::Approver,
        Role::Producer,
        Role::Admin,
        Role::Auditor,
    ];
    for role in roles {
        let email = format!("{}@provider.example", role.as_str());
        let (staff, _) = app.staff(role.as_str(), &email, &[role]).await;
        let casework = matches!(
            role,
            Role::Intake | Role::Reviewer | Role::Approver | Role::Producer
        );
        let allowed = |ok: bool, status: StatusCode, what: &str| {
            if ok {
                assert_ne!(
                    status,
                    StatusCode::FORBIDDEN,
                    "{role} should be allowed to {what}"
                );
            } else {
                assert_eq!(status, StatusCode::FORBIDDEN, "{role} must not {what}");
            }
        };
        allowed(
            casework,
            staff.get("/staff/queue").await.status(),
            "see the queue",
        );
        allowed(casework, staff.get(&page).await.status(), "open a request");
        // Forms are posted with a token from a page every staff member can open.
        let post = |action: String, fields: Vec<(&'static str, &'static str)>| {
            let staff = &staff;
            async move { staff.submit("/staff", &action, &fields).await.status() }
        };
        allowed(
            role == Role::Intake,
            post(format!("{page}/assign"), vec![("assignee", "")]).await,
            "assign",
        );
        allowed(
            role == Role::Reviewer,
            post(format!("{page}/review"), all_fine()).await,
            "review",
        );
        allowed(
            matches!(role, Role::Reviewer | Role::Approver),
            post(
                format!("{page}/decide"),
                vec![
                    ("decision", "ask_for_information"),
                    ("note_to_requester", "?"),
                ],
            )
            .await,
            "decide",
        );
        let callback_ok = matches!(role, Role::Intake | Role::Reviewer | Role::Approver);
        allowed(
            callback_ok,
            post(
                format!("{page}/callback"),
                vec![
                    ("callback_phone", "+1 325 676 6600"),
                    ("number_source", "directory"),
                    ("answered_by", "desk"),
                    ("callback_result", "no_answer"),
                ],
            )
            .await,
            "record a call-back",
        );
        allowed(
            callback_ok,
            post(
                format!("{page}/messages"),
                vec![("body", "hello"), ("internal", "on")],
            )
            .await,
            "write notes",
        );
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overdue_requests_are_flagged_when_the_clock_passes_their_due_time() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let (_, emergency, _) = filed(&app, "sgt@abilenetx.gov", "emergency").await;
    app.advance(Duration::seconds(30));
    let (_, routine, _) = filed(&app, "clerk@abilenetx.gov", "user_data").await;
    let (intake, _) = app
        .staff("Ines Intake", "ines@provider.example", &[Role::Intake])
        .await;
    let overdue = |html: &str, reference: &str| {
        html.contains(&format!(">{reference}</a>")) && html.contains("overdue-flag")
    };
    let html = intake.get("/staff/queue?overdue=1").await.text().await?;
    assert!(
        !html.contains(&emergency) && !html.contains(&routine),
        "nothing is overdue yet"
    );
    // An emergency is due within the hour; a routine request within 30 days.
    app.advance(Duration::minutes(61));
    let (intake, _) = app
        .staff("Ivo Intake", "ivo@provider.example", &[Role::Intake])
        .await;
    let html = intake.get("/staff/queue?overdue=1").await.text().await?;
    assert!(overdue(&html, &emergency) && !html.contains(&routine));
    app.advance(Duration::days(30));
    let (intake, _) = app
        .staff("Ida Intake", "ida@provider.example", &[Role::Intake])
        .await;
    let html = intake.get("/staff/queue?overdue=1").await.text().await?;
    assert!(html.contains(&emergency) && html.contains(&routine));
    Ok(())
}

/// Every decision posted through the console either moves the request exactly as the
/// domain state machine says, or is refused and changes nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_route_reaches_an_illegal_status() -> TestResult {
    use lers_domain::request::{RequestEvent, RequestStatus};
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let (id, _, requester) = filed(&app, "dana@abilenetx.gov", "user_data").await;
    let (reviewer, approver, approver_person) = team(&app).await;
    let page = format!("/staff/requests/{id}");
    reviewer
        .submit(&page, &format!("{page}/review"), &all_fine())
        .await;
    let attempts: [(&str, RequestEvent); 5] = [
        ("ask_for_information", RequestEvent::AskForInformation),
        ("challenge", RequestEvent::Challenge),
        ("reject", RequestEvent::Reject),
        ("approve", RequestEvent::Approve),
        ("ask_for_information", RequestEvent::AskForInformation),
    ];
    for (decision, event) in attempts.iter().cycle().take(12) {
        let before =
            RequestStatus::parse(&status_of(&app, &requester.email, &id).await).ok_or("status")?;
        app.advance(Duration::seconds(30));
        let code = app.code(&approver_person.secret);
        let fields = [
            ("decision", *decision),
            ("reason_overbroad", "on"),
            ("note_to_requester", "see note"),
            ("code", code.as_str()),
        ];
        let who = if *decision == "approve" {
            &approver
        } else {
            &reviewer
        };
        let response = who.submit(&page, &format!("{page}/decide"), &fields).await;
        let after =
            RequestStatus::parse(&status_of(&app, &requester.email, &id).await).ok_or("status")?;
        match before.apply(*event) {
            Ok(expected) => {
                assert_eq!(
                    response.status(),
                    StatusCode::SEE_OTHER,
                    "{decision} from {before}"
                );
                assert_eq!(after, expected, "{decision} from {before}");
            }
            Err(_) => {
                assert_eq!(
                    response.status(),
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "{decision} from {before} must be refused"
                );
                assert_eq!(after, before, "a refused {decision} changes nothing");
            }
        }
    }
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
    lers_app::jobs::run_due(&app.state, "test").await;
    assert_eq!(
        status_of(&app, &person.email, &preservation).await,
        "fulfilled"
    );
    Ok(())
}

/// Saves a complete checklist, which puts a submitted request under review.
pub(crate) async fn review_started(reviewer: &Browser<'_>, page: &str) {
    let response = reviewer
        .submit(page, &format!("{page}/review"), &all_fine())
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "review saved");
}
