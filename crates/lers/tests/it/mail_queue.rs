//! Mail that the mail server cannot take when it is sent is kept, sealed, in the mail
//! queue and handed over by a job once the server is back; while the server is in
//! trouble nothing waits on it.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use lers_app::{Handed, Mailer, GIVE_UP_AFTER, OUTAGE_PAUSE};
use lers_domain::clock::Duration;
use lers_store::{prelude::*, Claim, Ctx, MailReceipt, OutgoingMail, HANDOVER_WINDOW, SEND_WITHIN};

use crate::harness::*;
use crate::smtp::{free_port, SmtpServer};

/// The sealed column of every queued message.
async fn queued(app: &TestApp) -> TestResult<Vec<String>> {
    Ok(sqlx::query_scalar("SELECT sealed FROM mail_queue")
        .fetch_all(app.store.pool())
        .await?)
}

/// A submission's confirmation is not lost while the mail server is down: the filing
/// succeeds, the message waits sealed (neither address nor reference readable in the
/// database), and a job hands it over once a server answers again.
async fn confirmation_survives_an_outage(backend: Backend) -> TestResult {
    let Some(smtp) = SmtpServer::start().await else {
        return Ok(());
    };
    let port = smtp.port;
    let url = format!("smtp://127.0.0.1:{port}");
    let Some(app) = TestApp::spawn_with_smtp(backend, Some(&url)).await else {
        return Ok(());
    };
    let email = "queued.mail@abilenetx.gov";
    app.sign_up_via_smtp(&smtp, email).await;
    drop(smtp); // the mail server goes away: nothing listens on its port

    let (_, reference) = app.file_request("user_data", None).await;
    let sealed = queued(&app).await?;
    assert_eq!(sealed.len(), 1, "the confirmation is queued");
    assert!(
        !sealed[0].contains(email) && !sealed[0].contains(&reference),
        "queued mail is sealed: {}",
        sealed[0]
    );
    let snapshot = app.state.operations_snapshot().await?;
    assert_eq!(snapshot.mail_queued, 1, "the queue's depth is reported");

    // Not before its time, and not while nothing answers.
    app.state.run_due_jobs("test").await;
    assert_eq!(queued(&app).await?.len(), 1);

    let Some(back) = SmtpServer::start_on("aiosmtpd.handlers.Mailbox", port).await else {
        return Ok(());
    };
    app.advance(OUTAGE_PAUSE);
    app.advance(Duration::minutes(1));
    app.state.run_due_jobs("test").await;
    let delivered = back.messages();
    assert_eq!(delivered.len(), 1, "the queued confirmation went out");
    let text = decode_quoted_printable(&delivered[0]);
    assert!(
        delivered[0].contains(email) && text.contains(&reference),
        "{text}"
    );
    assert!(
        queued(&app).await?.is_empty(),
        "a delivered message is deleted"
    );

    // A job that runs again (a worker that died before recording it) sends nothing.
    app.advance(Duration::hours(1));
    app.state.run_due_jobs("test").await;
    assert_eq!(back.messages().len(), 1);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_confirmation_waits_out_an_outage_on_sqlite() -> TestResult {
    confirmation_survives_an_outage(Backend::Sqlite).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_confirmation_waits_out_an_outage_on_postgres() -> TestResult {
    confirmation_survives_an_outage(Backend::Postgres).await
}

/// After a send stalls until the deadline, the next messages do not wait on the server:
/// they are queued at once, untried, and go out after the pause.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_server_is_not_waited_on_again_for_a_while() -> TestResult {
    let Some(smtp) = SmtpServer::start_with("flaky_smtp.StallFirstToOwner").await else {
        return Ok(());
    };
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let url = format!("smtp://127.0.0.1:{}", smtp.port);
    let mut state = app.state.clone();
    state.mailer = Arc::new(Mailer::smtp_within(
        &url,
        "LERS <lers@example.com>",
        StdDuration::from_secs(3),
    )?);

    let first = state
        .send_or_queue(OutgoingMail::new(
            "owner@example.com",
            "First",
            "Held by the server.".into(),
        ))
        .await?;
    assert_eq!(
        first,
        Handed::Queued,
        "stalled until the deadline, then queued"
    );
    assert!(smtp.marked("stalled"));
    let second = state
        .send_or_queue(OutgoingMail::new(
            "other@example.com",
            "Second",
            "Not tried yet.".into(),
        ))
        .await?;
    assert_eq!(second, Handed::Queued);
    assert!(
        smtp.messages().is_empty(),
        "the second message was queued without trying the stalled server (it would have taken it)"
    );
    assert_eq!(queued(&app).await?.len(), 2);

    app.advance(OUTAGE_PAUSE);
    app.advance(Duration::minutes(1));
    state.run_due_jobs("test").await;
    let delivered = smtp.messages();
    assert_eq!(delivered.len(), 2, "both went out after the pause");
    assert!(delivered.iter().any(|m| m.contains("owner@example.com")));
    assert!(delivered.iter().any(|m| m.contains("other@example.com")));
    assert!(queued(&app).await?.is_empty());
    Ok(())
}

/// The app's state sending mail to whatever listens on `port` of this machine.
fn mailing_to(app: &TestApp, port: u16) -> TestResult<lers_app::App> {
    let mut state = app.state.clone();
    let url = format!("smtp://127.0.0.1:{port}");
    state.mailer = Arc::new(Mailer::smtp(&url, "LERS <lers@example.com>")?);
    Ok(state)
}

/// A message the server never takes is given up after three days and its content
/// deleted; one the server refuses for good is never queued.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queued_mail_is_given_up_after_three_days() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let state = mailing_to(&app, free_port())?;
    let handed = state
        .send_or_queue(OutgoingMail::new(
            "owner@example.com",
            "Never",
            "Nobody answers.".into(),
        ))
        .await?;
    assert_eq!(handed, Handed::Queued);

    let refused = state
        .send_or_queue(OutgoingMail::new(
            "not an address",
            "Bad",
            "Cannot be sent.".into(),
        ))
        .await;
    let refused = refused
        .err()
        .ok_or("a bad address is an error, not queued")?;
    assert!(
        !refused.to_string().contains("not an address"),
        "the error, which is logged, does not repeat the address: {refused}"
    );
    assert_eq!(queued(&app).await?.len(), 1);
    // A second message whose row no longer opens (damaged, or its key gone): it can
    // never be sent, and must not be retried for ever either.
    let damaged = state
        .send_or_queue(OutgoingMail::new(
            "other@example.com",
            "Damaged",
            "Will not open.".into(),
        ))
        .await?;
    assert_eq!(damaged, Handed::Queued);
    sqlx::query(
        "UPDATE mail_queue SET sealed = 'v1.damaged' WHERE id = (SELECT MAX(id) FROM mail_queue)",
    )
    .execute(app.store.pool())
    .await?;

    // Retried meanwhile (each attempt fails), still kept before three days.
    app.advance(Duration::days(2));
    state.run_due_jobs("test").await;
    assert_eq!(queued(&app).await?.len(), 2);
    app.advance(GIVE_UP_AFTER);
    state.run_due_jobs("test").await;
    assert!(
        queued(&app).await?.is_empty(),
        "both given up and deleted, the one that does not open too"
    );
    let pending: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM jobs WHERE kind = 'mail_delivery' AND done_at IS NULL",
    )
    .fetch_one(app.store.pool())
    .await?;
    assert_eq!(pending, 0, "no delivery job is left retrying");
    Ok(())
}

/// A server's deferral is kept (with the retried job, and in the log) by its code
/// alone: its text names the recipient, and the job's error is not sealed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deferral_is_kept_by_its_code_alone() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let port = free_port();
    let state = mailing_to(&app, port)?;
    let handed = state
        .send_or_queue(OutgoingMail::new(
            "owner@example.com",
            "Later",
            "Deferred once.".into(),
        ))
        .await?;
    assert_eq!(handed, Handed::Queued, "nothing listens yet");

    // The server comes back and defers the message once, naming its recipient.
    let Some(smtp) = SmtpServer::start_on("flaky_smtp.RefuseFirstToOwner", port).await else {
        return Ok(());
    };
    app.advance(OUTAGE_PAUSE);
    app.advance(Duration::minutes(1));
    state.run_due_jobs("test").await;
    let last_error: Option<String> =
        sqlx::query_scalar("SELECT last_error FROM jobs WHERE kind = 'mail_delivery'")
            .fetch_one(app.store.pool())
            .await?;
    let last_error = last_error.ok_or("the deferred attempt is recorded")?;
    assert!(last_error.contains("451"), "{last_error}");
    assert!(!last_error.contains("owner@"), "{last_error}");
    assert_eq!(queued(&app).await?.len(), 1, "kept for the next attempt");
    assert_eq!(
        handover_marks(&app).await?,
        0,
        "a refused message is not on its way: an erasure now withdraws it"
    );

    app.advance(Duration::minutes(5));
    state.run_due_jobs("test").await;
    assert_eq!(smtp.messages().len(), 1, "delivered on the retry");
    assert!(queued(&app).await?.is_empty());
    Ok(())
}

/// Mail waiting for someone who is erased meanwhile is withdrawn unsent with their
/// account: it would otherwise still reach them, and keep their address, for days.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_to_an_erased_person_is_withdrawn() -> TestResult {
    let Some(smtp) = SmtpServer::start().await else {
        return Ok(());
    };
    let port = smtp.port;
    let url = format!("smtp://127.0.0.1:{port}");
    let Some(app) = TestApp::spawn_with_smtp(Backend::Sqlite, Some(&url)).await else {
        return Ok(());
    };
    let person = app
        .sign_up_via_smtp(&smtp, "leaving.soon@abilenetx.gov")
        .await;
    drop(smtp);
    app.file_request("user_data", None).await; // its confirmation is queued
    let account = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?;
    // Mail to an address they had before (an "email changed" notice goes to the old
    // one) is theirs too; it is found by their account, not by its address.
    let before_a_change = lers_domain::account::Account {
        email: "before.a.change@abilenetx.gov".into(),
        ..account.clone()
    };
    let handed = app
        .state
        .send_or_queue(OutgoingMail::to_account(
            &before_a_change,
            "Your address changed",
            "Sent to the old one.".into(),
        ))
        .await?;
    assert_eq!(handed, Handed::Queued);
    let shouted = person.email.to_uppercase();
    for to in [shouted.as_str(), "stays@example.com"] {
        let handed = app
            .state
            .send_or_queue(OutgoingMail::new(
                to,
                "Waiting",
                "Until the server is back.".into(),
            ))
            .await?;
        assert_eq!(handed, Handed::Queued);
    }
    // A Form 3 to an enforcing authority that happens to share the address: an
    // authority's mail, which leaves a receipt, is not the person's.
    let mut form3 = OutgoingMail::new(&person.email, "Form 3", "To the authority.".into());
    form3.receipt = Some(MailReceipt::Form3ToEa {
        request: "req_none".into(),
    });
    assert_eq!(app.state.send_or_queue(form3).await?, Handed::Queued);
    assert_eq!(queued(&app).await?.len(), 5);

    let admin = Ctx {
        at: app.clock_now(),
        actor: "acct_admin".into(),
        ip: None,
    };
    let report = app.store.anonymise_account(account.id, &admin).await?;
    assert_eq!(
        report.queued_mail_withdrawn, 3,
        "every message to them: by account, and by address whatever the case"
    );
    assert_eq!(
        queued(&app).await?.len(),
        2,
        "mail to others stays, the authority's too"
    );
    let audit = crate::powers::audited(&app, "account.anonymised").await;
    assert_eq!(audit[0].details["queued_mail_withdrawn"], 3);

    // Mail for them that comes after the erasure (a sender that read their account
    // before it) is not kept either.
    let late = app
        .state
        .send_or_queue(OutgoingMail::to_account(
            &account,
            "Late",
            "Read before the erasure.".into(),
        ))
        .await?;
    assert_eq!(late, Handed::RecipientErased);
    assert_eq!(queued(&app).await?.len(), 2);

    let Some(back) = SmtpServer::start_on("aiosmtpd.handlers.Mailbox", port).await else {
        return Ok(());
    };
    app.advance(OUTAGE_PAUSE);
    app.advance(Duration::minutes(1));
    app.state.run_due_jobs("test").await;
    let delivered = back.messages();
    assert_eq!(delivered.len(), 2);
    assert!(delivered.iter().any(|m| m.contains("stays@example.com")));
    assert!(delivered.iter().any(|m| m.contains("To the authority.")));
    Ok(())
}

/// The delivery job takes a message holding its recipient's account, as an erasure
/// does: a message being handed over when the erasure runs (which cannot recall it)
/// is reported as on its way, not withdrawn, and deleted so that no retry sends it
/// again; one taken longer ago than any send lasts was not being handed over; and a
/// message for an erased account that is still found is deleted, not sent.
async fn an_erasure_during_a_handover(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("on.the.way@abilenetx.gov").await;
    let account = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?;
    let state = mailing_to(&app, free_port())?;
    for subject in ["Being handed over", "Taken long ago"] {
        let mail = OutgoingMail::to_account(&account, subject, "Waiting.".into());
        assert_eq!(state.send_or_queue(mail).await?, Handed::Queued);
    }
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM mail_queue ORDER BY id")
        .fetch_all(app.store.pool())
        .await?;
    let [handing_over, long_ago] = ids[..] else {
        return Err(format!("two queued messages, found {ids:?}").into());
    };
    let now = app.clock_now();
    let taken = app.store.claim_queued_mail(handing_over, now).await?;
    let Claim::Taken(taken) = taken else {
        return Err(format!("the message is taken: {taken:?}").into());
    };
    assert_eq!(taken.mail?.subject, "Being handed over");
    let stale = now.minus(HANDOVER_WINDOW).minus(Duration::seconds(1));
    let claimed = app.store.claim_queued_mail(long_ago, stale).await?;
    assert!(matches!(claimed, Claim::Taken(_)), "{claimed:?}");

    let admin = Ctx {
        at: now,
        actor: "acct_admin".into(),
        ip: None,
    };
    let report = app.store.anonymise_account(account.id, &admin).await?;
    assert_eq!(
        (report.queued_mail_withdrawn, report.queued_mail_on_its_way),
        (1, 1)
    );
    let audit = crate::powers::audited(&app, "account.anonymised").await;
    assert_eq!(audit[0].details["queued_mail_on_its_way"], 1);
    assert!(queued(&app).await?.is_empty(), "both deleted");
    let retried = app.store.claim_queued_mail(handing_over, now).await?;
    assert!(matches!(retried, Claim::Gone), "{retried:?}");

    // A message for the erased account that is still found (restored from a backup,
    // say) is deleted unsent when the job comes to it.
    let stays = OutgoingMail::new("stays@example.com", "Stays", "Waiting.".into());
    assert_eq!(state.send_or_queue(stays).await?, Handed::Queued);
    sqlx::query("UPDATE mail_queue SET recipient_account = $1")
        .bind(account.id)
        .execute(app.store.pool())
        .await?;
    let id: i64 = sqlx::query_scalar("SELECT id FROM mail_queue")
        .fetch_one(app.store.pool())
        .await?;
    let found = app.store.claim_queued_mail(id, now).await?;
    assert!(matches!(found, Claim::RecipientErased), "{found:?}");
    assert!(queued(&app).await?.is_empty());
    Ok(())
}

crate::both_backends!(
    an_erasure_during_a_handover,
    a_message_is_handed_over_by_one_attempt_at_a_time
);

/// A message being handed over is not taken again until its handover has surely
/// ended (a job whose lease ran out mid-send, taken over by another node, would send
/// it twice); and a late release by the first attempt leaves the second one's mark.
async fn a_message_is_handed_over_by_one_attempt_at_a_time(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let state = mailing_to(&app, free_port())?;
    let mail = OutgoingMail::new("someone@example.com", "Once", "Only once.".into());
    assert_eq!(state.send_or_queue(mail).await?, Handed::Queued);
    let id: i64 = sqlx::query_scalar("SELECT id FROM mail_queue")
        .fetch_one(app.store.pool())
        .await?;
    let first = app.clock_now();
    let taken = app.store.claim_queued_mail(id, first).await?;
    assert!(matches!(taken, Claim::Taken(_)), "{taken:?}");
    let meanwhile = first.plus(Duration::seconds(30));
    let again = app.store.claim_queued_mail(id, meanwhile).await?;
    assert!(matches!(again, Claim::BeingHandedOver), "{again:?}");

    let second = first.plus(HANDOVER_WINDOW).plus(Duration::seconds(1));
    let taken_over = app.store.claim_queued_mail(id, second).await?;
    assert!(
        matches!(taken_over, Claim::Taken(_)),
        "the first handover has ended: {taken_over:?}"
    );
    app.store.release_queued_mail(id, first).await?;
    assert_eq!(
        handover_marks(&app).await?,
        1,
        "the second attempt's mark stays"
    );
    app.store.release_queued_mail(id, second).await?;
    assert_eq!(handover_marks(&app).await?, 0);
    Ok(())
}

/// On PostgreSQL an erasure and a queueing, or a delivery taking a message, are
/// ordered by the account's row: each waits for an erasure that holds it and then
/// sees it. A read in place of the row lock would pass the erasure by and queue (or
/// send) for someone erased a moment later.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queueing_and_delivery_wait_for_an_erasure_in_progress() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Postgres).await else {
        return Ok(());
    };
    let person = app.sign_up("being.erased@abilenetx.gov").await;
    let account = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?;
    let state = mailing_to(&app, free_port())?;
    let waiting = OutgoingMail::to_account(&account, "Waiting", "Queued before.".into());
    assert_eq!(state.send_or_queue(waiting).await?, Handed::Queued);
    let queued_id: i64 = sqlx::query_scalar("SELECT id FROM mail_queue")
        .fetch_one(app.store.pool())
        .await?;

    // An erasure in progress: it has marked the account and not yet committed.
    let mut erasure = app.store.pool().begin().await?;
    sqlx::query("UPDATE accounts SET disabled_reason = $1 WHERE id = $2")
        .bind(lers_store::erasure::ERASED)
        .bind(account.id)
        .execute(&mut *erasure)
        .await?;
    let late = OutgoingMail::to_account(&account, "Late", "Read before the erasure.".into());
    let now = app.clock_now();
    let store = app.store.clone();
    let queueing = tokio::spawn(async move { store.queue_mail(&late, now, now).await });
    let store = app.store.clone();
    let delivery = tokio::spawn(async move { store.claim_queued_mail(queued_id, now).await });
    wait_for_row_locks(&app, 2).await?;
    assert!(!queueing.is_finished() && !delivery.is_finished());
    erasure.commit().await?;

    assert_eq!(
        queueing.await??,
        None,
        "nothing is queued for the erased account"
    );
    let claimed = delivery.await??;
    assert!(
        matches!(claimed, Claim::RecipientErased),
        "the delivery sees the erasure: {claimed:?}"
    );
    assert!(queued(&app).await?.is_empty());
    Ok(())
}

/// A delivery whose claim waited on the recipient's row (an erasure that did not
/// happen, here) longer than [`SEND_WITHIN`] does not send on that claim: its mark's
/// time would no longer cover the send, and an erasure meanwhile would report the
/// message as withdrawn. It releases the mark, and the retry sends.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_claim_that_waited_is_sent_at_the_retry() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Postgres).await else {
        return Ok(());
    };
    let person = app.sign_up("slow.claim@abilenetx.gov").await;
    let account = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?;
    let port = free_port();
    let state = mailing_to(&app, port)?;
    let mail = OutgoingMail::to_account(&account, "Waiting", "Queued.".into());
    assert_eq!(state.send_or_queue(mail).await?, Handed::Queued);
    let Some(smtp) = SmtpServer::start_on("aiosmtpd.handlers.Mailbox", port).await else {
        return Ok(());
    };
    app.advance(OUTAGE_PAUSE);
    app.advance(Duration::minutes(1));

    let mut holder = app.store.pool().begin().await?;
    sqlx::query("SELECT id FROM accounts WHERE id = $1 FOR UPDATE")
        .bind(account.id)
        .execute(&mut *holder)
        .await?;
    let runner = state.clone();
    let delivery = tokio::spawn(async move { runner.run_due_jobs("test").await });
    wait_for_row_locks(&app, 1).await?;
    app.advance(SEND_WITHIN);
    app.advance(Duration::seconds(1));
    holder.commit().await?;
    delivery.await?;
    assert!(smtp.messages().is_empty(), "not sent on the late claim");
    assert_eq!(queued(&app).await?.len(), 1);
    assert_eq!(handover_marks(&app).await?, 0, "the mark is taken off");

    app.advance(Duration::minutes(5));
    state.run_due_jobs("test").await;
    assert_eq!(smtp.messages().len(), 1, "sent at the retry");
    assert!(queued(&app).await?.is_empty());
    Ok(())
}

/// How many queued messages are marked as being handed over.
async fn handover_marks(app: &TestApp) -> TestResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM mail_queue WHERE handing_over_at IS NOT NULL")
            .fetch_one(app.store.pool())
            .await?,
    )
}

/// Waits until `sessions` sessions of the test database wait for a lock.
pub(crate) async fn wait_for_row_locks(app: &TestApp, sessions: i64) -> TestResult {
    for _ in 0..200 {
        let waiting: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM pg_stat_activity \
             WHERE datname = current_database() AND wait_event_type = 'Lock'",
        )
        .fetch_one(app.store.pool())
        .await?;
        if waiting >= sessions {
            return Ok(());
        }
        tokio::time::sleep(StdDuration::from_millis(50)).await;
    }
    Err(format!("{sessions} sessions did not wait for a row lock within 10 s").into())
}
