//! Roles per action, overdue flags, and no route to an illegal status.

use super::*;
use crate::both_backends;

both_backends!(roles_are_enforced_per_action,);

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
        // Auditors open cases too; the field matrix shows them metadata only.
        let viewer = casework || role == Role::Auditor;
        allowed(
            viewer,
            staff.get("/staff/queue").await.status(),
            "see the queue",
        );
        allowed(viewer, staff.get(&page).await.status(), "open a request");
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
