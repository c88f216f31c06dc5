//! Notifying affected users by policy: decisions, delayed notices that go out when the
//! order ends (once, with several runners), holds, languages, and real SMTP retries.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_store::{prelude::*, DirectoryEntry, DirectoryStore, NoticeStore, RequestStore};
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;
use crate::smtp::SmtpServer;

both_backends!(
    a_delayed_notice_goes_out_once_when_the_order_ends,
    nothing_is_sent_without_disclosure_or_with_a_hold,
    a_notice_left_claimed_by_a_failed_attempt_is_still_delivered,
);

const ALL_FINE: [(&str, &str); 9] = [
    ("overbroad", "fine"),
    ("no_legal_basis", "fine"),
    ("not_bona_fide", "fine"),
    ("outside_jurisdiction", "fine"),
    ("unauthorised_requester", "fine"),
    ("indefinite_nondisclosure", "fine"),
    ("defective", "fine"),
    ("enterprise_customer", "fine"),
    ("encrypted_content", "fine"),
];

pub(crate) fn accounts() -> Vec<DirectoryEntry> {
    vec![
        DirectoryEntry {
            account_id: "u-de".into(),
            email: "owner@example.com".into(),
            phone: "+15550100199".into(),
            home_region: "EU".into(),
            language: "de".into(),
            ..Default::default()
        },
        DirectoryEntry {
            account_id: "u-en".into(),
            email: "suspect@example.com".into(),
            home_region: "US".into(),
            language: "en".into(),
            ..Default::default()
        },
    ]
}

/// Files a user-data request (with a delay-of-notice order until `order_until`, if
/// any) and has it reviewed; `decision` is then recorded by a second person.
async fn decided_request<'a>(
    app: &'a TestApp,
    order_until: Option<&str>,
    decision: &str,
) -> (String, Browser<'a>, Person) {
    let mut fields = request_fields("user_data", None);
    if let Some(until) = order_until {
        fields.retain(|(k, _)| *k != "delay_of_notice_term");
        fields.push(("delay_of_notice_term", "until".into()));
        fields.push(("delay_of_notice_until", until.into()));
    }
    decided_request_of(app, fields, decision).await
}

/// [`decided_request`] with the request's form `fields` as given, against the
/// account directory [`accounts`].
pub(crate) async fn decided_request_of<'a>(
    app: &'a TestApp,
    fields: Vec<(&'static str, String)>,
    decision: &str,
) -> (String, Browser<'a>, Person) {
    app.store
        .import_directory(&accounts())
        .await
        .expect("directory");
    app.sign_up("dana@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    assert_eq!(
        app.post_request_form(&id, &fields).await.status(),
        StatusCode::SEE_OTHER
    );
    let (reviewer, reviewer_person) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (approver, approver_person) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    let page = format!("/staff/requests/{id}");
    reviewer
        .submit(&page, &format!("{page}/review"), &ALL_FINE)
        .await;
    app.advance(Duration::seconds(30));
    let who = if decision == "approve" {
        &approver
    } else {
        &reviewer
    };
    let code = app.code(&approver_person.secret);
    let response = who
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", decision),
                ("reason_overbroad", "on"),
                ("code", &code),
            ],
        )
        .await;
    assert!(
        location(&response).starts_with(&page),
        "{decision} recorded"
    );
    (id, reviewer, reviewer_person)
}

pub(crate) async fn notice(
    reviewer: &Browser<'_>,
    id: &str,
    target_type: &str,
    target: &str,
    fields: &[(&str, &str)],
) -> StatusCode {
    let page = format!("/staff/requests/{id}");
    let mut form = vec![("target_type", target_type), ("target", target)];
    form.extend_from_slice(fields);
    reviewer
        .submit(&page, &format!("{page}/notices"), &form)
        .await
        .status()
}

async fn a_delayed_notice_goes_out_once_when_the_order_ends(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, reviewer, reviewer_person) =
        decided_request(&app, Some("2027-01-31"), "approve").await;

    // The order forbids notifying now; delaying schedules the notice for its end.
    let now = notice(
        &reviewer,
        &id,
        "phone",
        "+15550100199",
        &[("notice_choice", "notify_now")],
    )
    .await;
    assert_eq!(now, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        notice(
            &reviewer,
            &id,
            "phone",
            "+15550100199",
            &[("notice_choice", "delay")]
        )
        .await,
        StatusCode::SEE_OTHER
    );
    // An exemption needs a written reason.
    let bare = notice(
        &reviewer,
        &id,
        "email",
        "suspect@example.com",
        &[("notice_choice", "exempt"), ("exemption", "threat_to_life")],
    )
    .await;
    assert_eq!(bare, StatusCode::UNPROCESSABLE_ENTITY);
    let exempt = [
        ("notice_choice", "exempt"),
        ("exemption", "threat_to_life"),
        ("notice_reason", "The suspect threatened the victim's life."),
    ];
    assert_eq!(
        notice(&reviewer, &id, "email", "suspect@example.com", &exempt).await,
        StatusCode::SEE_OTHER
    );
    let upcoming = reviewer.get("/staff/notices").await.text().await?;
    assert!(
        upcoming.contains("+15550100199") && upcoming.contains("2027-02-01T00:00:00"),
        "staff see what, to whom, when"
    );

    // Before the order ends nothing goes out.
    app.state.run_due_jobs("a").await;
    assert!(app.emails_to("owner@example.com").is_empty());

    // At its end, two runners race for the notice; it goes out once, in German.
    app.clock
        .set(lers_domain::clock::Timestamp::parse_rfc3339("2027-02-01T00:00:05Z").ok_or("time")?);
    // Not while the audit log cannot record: a notice is mailed, then recorded, so it
    // would go out again at every retry with nothing recorded.
    let head = app.break_audit_head().await;
    assert_eq!(app.state.run_due_jobs("a").await, 0);
    assert!(app.emails_to("owner@example.com").is_empty());
    app.restore_audit_head(&head).await;
    let (a, b) = tokio::join!(app.state.run_due_jobs("a"), app.state.run_due_jobs("b"));
    assert!(a + b >= 1);
    let mails = app.emails_to("owner@example.com");
    let upcoming = app.store.upcoming_notices(10).await?;
    assert_eq!(
        mails.len(),
        1,
        "exactly one notice; still upcoming: {upcoming:?}"
    );
    assert!(
        mails[0].contains("Guten Tag") && mails[0].contains("u-de"),
        "in the account holder's language"
    );
    assert!(
        app.emails_to("suspect@example.com").is_empty(),
        "nothing for the exempt account"
    );
    let request = app.request_of("dana@abilenetx.gov", &id).await?;
    let notices = app.store.notices(&request.summary).await?;
    let sent = notices
        .iter()
        .find(|n| n.target == "+15550100199")
        .ok_or("notice")?;
    assert_eq!(sent.state.as_str(), "sent");
    assert_eq!(sent.deliveries.len(), 1);
    // A sent notice cannot be re-decided.
    app.advance(Duration::seconds(30));
    assert_redirect(
        &reviewer
            .log_in(
                &reviewer_person.email,
                &reviewer_person.password,
                &app.code(&reviewer_person.secret),
            )
            .await,
        "/staff",
    );
    assert_eq!(
        notice(
            &reviewer,
            &id,
            "phone",
            "+15550100199",
            &[("notice_choice", "notify_now")]
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    Ok(())
}

async fn nothing_is_sent_without_disclosure_or_with_a_hold(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, reviewer, _) = decided_request(&app, None, "reject").await;
    let notify = notice(
        &reviewer,
        &id,
        "phone",
        "+15550100199",
        &[("notice_choice", "notify_now")],
    )
    .await;
    assert_eq!(
        notify,
        StatusCode::UNPROCESSABLE_ENTITY,
        "nothing was disclosed"
    );
    assert_eq!(
        notice(
            &reviewer,
            &id,
            "phone",
            "+15550100199",
            &[("notice_choice", "not_applicable")]
        )
        .await,
        StatusCode::SEE_OTHER
    );
    app.state.run_due_jobs("a").await;
    assert!(app.emails_to("owner@example.com").is_empty());
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_held_notice_stays_unsent() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let (id, reviewer, _) = decided_request(&app, None, "approve").await;
    assert_eq!(
        notice(
            &reviewer,
            &id,
            "phone",
            "+15550100199",
            &[("notice_choice", "notify_now")]
        )
        .await,
        StatusCode::SEE_OTHER
    );
    let upcoming = app.store.upcoming_notices(10).await?;
    let scheduled = upcoming.first().ok_or("scheduled notice")?;
    let hold = format!("/staff/notices/{}/hold", scheduled.id);
    let unreasoned = reviewer
        .submit(
            "/staff/notices",
            &hold,
            &[("exemption", "child_endangerment")],
        )
        .await;
    assert_eq!(unreasoned.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let held = reviewer
        .submit(
            "/staff/notices",
            &hold,
            &[
                ("exemption", "child_endangerment"),
                ("reason", "The account holder is the abuser of the child."),
            ],
        )
        .await;
    assert_eq!(held.status(), StatusCode::SEE_OTHER);
    app.state.run_due_jobs("a").await;
    assert!(
        app.emails_to("owner@example.com").is_empty(),
        "held notices are not sent"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_notice_refused_once_by_the_smtp_server_is_retried() -> TestResult {
    let Some(smtp) = SmtpServer::start_with("flaky_smtp.RefuseFirstToOwner").await else {
        return Ok(());
    };
    let url = format!("smtp://127.0.0.1:{}", smtp.port);
    let Some(app) = TestApp::spawn_with_smtp(Backend::Sqlite, Some(&url)).await else {
        return Ok(());
    };
    // Sign-up mail goes out through the same server; the first notice is refused once.
    app.store.import_directory(&accounts()).await?;
    app.sign_up_via_smtp(&smtp, "dana@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    assert_eq!(
        app.post_request_form(&id, &request_fields("user_data", None))
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (approver, approver_person) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    let page = format!("/staff/requests/{id}");
    reviewer
        .submit(&page, &format!("{page}/review"), &ALL_FINE)
        .await;
    app.advance(Duration::seconds(30));
    approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", "approve"),
                ("code", &app.code(&approver_person.secret)),
            ],
        )
        .await;
    assert_eq!(
        notice(
            &reviewer,
            &id,
            "phone",
            "+15550100199",
            &[("notice_choice", "notify_now")]
        )
        .await,
        StatusCode::SEE_OTHER
    );

    app.state.run_due_jobs("a").await;
    let delivered = |smtp: &SmtpServer| {
        smtp.messages()
            .iter()
            .filter(|m| m.contains("owner@example.com"))
            .count()
    };
    assert_eq!(delivered(&smtp), 0, "the server refused the first attempt");
    let request = app.request_of("dana@abilenetx.gov", &id).await?;
    let attempts = app
        .store
        .notices(&request.summary)
        .await?
        .remove(0)
        .deliveries;
    assert_eq!(
        attempts.first().map(|d| d.outcome.as_str()),
        Some("failed"),
        "the failure is recorded"
    );

    // The retry comes after the back-off.
    app.state.run_due_jobs("a").await;
    assert_eq!(delivered(&smtp), 0, "not before the back-off");
    app.advance(Duration::minutes(2));
    app.state.run_due_jobs("a").await;
    assert_eq!(delivered(&smtp), 1, "delivered on retry");
    let notice = app.store.notices(&request.summary).await?.remove(0);
    assert_eq!(notice.state.as_str(), "sent");
    assert_eq!(outcomes(&notice), ["failed", "sent"]);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_extended_order_moves_the_notice() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let (id, reviewer, _) = decided_request(&app, Some("2027-01-31"), "approve").await;
    assert_eq!(
        notice(
            &reviewer,
            &id,
            "phone",
            "+15550100199",
            &[("notice_choice", "delay")]
        )
        .await,
        StatusCode::SEE_OTHER
    );
    // The agency extends its order; the reviewer re-evaluates with the new end.
    let extended = [("notice_choice", "delay"), ("order_until", "2027-03-31")];
    assert_eq!(
        notice(&reviewer, &id, "phone", "+15550100199", &extended).await,
        StatusCode::SEE_OTHER
    );
    app.clock
        .set(lers_domain::clock::Timestamp::parse_rfc3339("2027-02-01T00:00:05Z").ok_or("time")?);
    app.state.run_due_jobs("a").await;
    assert!(
        app.emails_to("owner@example.com").is_empty(),
        "the old date no longer sends"
    );
    app.clock
        .set(lers_domain::clock::Timestamp::parse_rfc3339("2027-04-01T00:00:05Z").ok_or("time")?);
    app.state.run_due_jobs("a").await;
    assert_eq!(
        app.emails_to("owner@example.com").len(),
        1,
        "sent at the new end"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_order_without_end_is_flagged_and_schedules_nothing() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    app.store.import_directory(&accounts()).await?;
    app.sign_up("dana@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let mut fields = request_fields("user_data", None);
    fields.retain(|(k, _)| *k != "delay_of_notice_term");
    fields.push(("delay_of_notice_term", "indefinite".into()));
    assert_eq!(
        app.post_request_form(&id, &fields).await.status(),
        StatusCode::SEE_OTHER
    );
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let page = format!("/staff/requests/{id}");
    assert!(
        reviewer
            .get(&page)
            .await
            .text()
            .await?
            .contains("id=\"challenge-delay\""),
        "flagged as a ground to challenge"
    );
    Ok(())
}

/// An attempt that fails after claiming its notice puts it back; one whose claim could
/// not even be released (a database gone mid-attempt, simulated here) keeps the job
/// retrying until the claim runs out, and the notice then goes out, once.
async fn a_notice_left_claimed_by_a_failed_attempt_is_still_delivered(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, reviewer, _) = decided_request(&app, None, "approve").await;
    assert_eq!(
        notice(
            &reviewer,
            &id,
            "phone",
            "+15550100199",
            &[("notice_choice", "notify_now")]
        )
        .await,
        StatusCode::SEE_OTHER
    );
    let owner = app
        .store
        .account_by_email("dana@abilenetx.gov")
        .await?
        .ok_or("owner")?;
    let request = app.store.request_for(&owner, &id).await?.ok_or("request")?;
    let set =
        |sql: &'static str| async { sqlx::query(sql).execute(app.store.pool()).await.map(|_| ()) };

    // The attempt fails after its claim (a target type it cannot look up): the
    // failure is recorded and the notice is scheduled again, not left being sent.
    set("UPDATE notices SET target_type = 'pager'").await?;
    app.state.run_due_jobs("a").await;
    let first = app.store.notices(&request.summary).await?.remove(0);
    assert_eq!(first.state.as_str(), "scheduled");
    assert_eq!(first.deliveries.len(), 1, "the failed attempt is recorded");
    set("UPDATE notices SET target_type = 'phone'").await?;

    // An attempt that could neither finish nor release leaves its claim to the end
    // of the job lease (five minutes by default).
    let held_until = app.clock_now().plus(Duration::minutes(5)).unix_millis();
    sqlx::query("UPDATE notices SET state = 'sending', claimed_until = $1")
        .bind(held_until)
        .execute(app.store.pool())
        .await?;
    // The retry finds it held: it does not give up on it, it tries again later.
    app.advance(Duration::minutes(2));
    app.state.run_due_jobs("a").await;
    assert!(app.emails_to("owner@example.com").is_empty());
    let pending: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM jobs WHERE done_at IS NULL AND kind = 'user_notice'",
    )
    .fetch_one(app.store.pool())
    .await?;
    assert_eq!(
        pending, 1,
        "the notice's job waits for the claim to run out"
    );

    // Past the claim, the retry takes the notice over and sends it, once.
    for _ in 0..3 {
        app.advance(Duration::minutes(10));
        app.state.run_due_jobs("a").await;
    }
    assert_eq!(app.emails_to("owner@example.com").len(), 1);
    let notice = app.store.notices(&request.summary).await?.remove(0);
    assert_eq!(notice.state.as_str(), "sent");
    assert_eq!(outcomes(&notice), ["failed", "sent"]);
    Ok(())
}

/// The outcome of each delivery attempt of `notice`, oldest first.
fn outcomes(notice: &lers_store::NoticeRecord) -> Vec<&str> {
    notice
        .deliveries
        .iter()
        .map(|d| d.outcome.as_str())
        .collect()
}
