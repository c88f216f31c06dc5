//! Retention per record class: a closed case is purged five years after closing unless
//! a legal hold keeps it; messages and sign-in history go on their own clocks; a purge
//! cut off half-way finishes at the next tick without repeating itself.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_store::sql::ErasureStore;
use lers_store::{prelude::*, BinItem};
use reqwest::StatusCode;

use super::*;
use crate::both_backends;

both_backends!(
    a_closed_case_is_purged_after_five_years_unless_held,
    messages_and_sign_in_history_are_purged_on_their_own_clocks,
    an_interrupted_purge_resumes_and_finishes_once,
);

/// A requester's withdrawn request with a document and a message; returns its id.
async fn withdrawn_case(app: &TestApp, email: &str) -> TestResult<String> {
    app.sign_up(email).await;
    let (id, _reference) = app.file_request("user_data", None).await;
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    let token = csrf_token(&html).ok_or("csrf")?;
    let form = reqwest::multipart::Form::new()
        .text("csrf", token)
        .text("body", "Secret detail: a second phone.")
        .part(
            "attachment",
            reqwest::multipart::Part::bytes(lers_app::sample_pdf("", "addendum"))
                .file_name("addendum.pdf"),
        );
    let response = app
        .client
        .post(app.url(&format!("/requests/{id}/messages")))
        .multipart(form)
        .send()
        .await?;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = format!("/requests/{id}");
    let response = app
        .submit(
            &page,
            &format!("/requests/{id}/withdraw"),
            &[("reason", "No longer needed.")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    Ok(id)
}

async fn a_closed_case_is_purged_after_five_years_unless_held(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let id = withdrawn_case(&app, "dana@abilenetx.gov").await?;
    let approver = staff_account(&app, "judge@provider.example", &[Role::Approver]).await;
    let clerk = staff_account(&app, "sam@provider.example", &[Role::Intake]).await;
    assert_eq!(blobs_on_disk(&app), 1);

    // Holds need the right role and a reason; both refusals are audited or explained.
    let refused = app
        .state
        .place_legal_hold(&clerk, &id, "litigation", &ctx_of(&app, &clerk))
        .await;
    assert!(matches!(refused, Err(lers_app::AppError::Forbidden)));
    assert_eq!(audited(&app, "retention.legal_hold_refused").await, 1);
    let ctx = ctx_of(&app, &approver);
    let no_reason = app.state.place_legal_hold(&approver, &id, "  ", &ctx).await;
    assert!(no_reason
        .err()
        .is_some_and(|e| e.to_string().contains("needs a reason")));
    app.state
        .place_legal_hold(
            &approver,
            &id,
            "Court order 2031-77 in the civil suit",
            &ctx,
        )
        .await?;
    assert_eq!(
        app.store.legal_hold(&id).await?.map(|h| h.reason),
        Some("Court order 2031-77 in the civil suit".to_owned())
    );

    // Five years and a day later the hold keeps everything.
    app.advance(Duration::days(5 * 365 + 1));
    tick(&app).await;
    let purged_sql =
        format!("SELECT COUNT(*) FROM requests WHERE public_id = '{id}' AND purged_at IS NOT NULL");
    assert_eq!(count(&app, &purged_sql).await, 0, "held");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM messages").await, 1);
    assert_eq!(blobs_on_disk(&app), 1);

    // Lifted (audited, with a reason), the next tick purges it.
    let ctx = ctx_of(&app, &approver);
    app.state
        .lift_legal_hold(&approver, &id, "Suit settled", &ctx)
        .await?;
    assert_eq!(audited(&app, "retention.legal_hold_placed").await, 1);
    assert_eq!(audited(&app, "retention.legal_hold_lifted").await, 1);
    tick(&app).await;
    assert_eq!(count(&app, &purged_sql).await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM messages").await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM documents").await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM request_targets").await, 0);
    assert_eq!(
        blobs_on_disk(&app),
        0,
        "documents crypto-shredded, ciphertext deleted"
    );
    let content = format!("SELECT COUNT(*) FROM requests WHERE public_id = '{id}' AND submitted IS NULL AND draft = '{{}}'");
    assert_eq!(count(&app, &content).await, 1, "only the tombstone stays");
    assert_eq!(audited(&app, "retention.case_purged").await, 1);
    tick(&app).await;
    assert_eq!(
        audited(&app, "retention.case_purged").await,
        1,
        "purged once"
    );
    // Nothing can be written to the tombstone: it has no key to seal it under.
    let ctx = Ctx {
        at: app.clock_now(),
        actor: approver.pseudonym.clone(),
        ip: None,
    };
    let tombstone = app
        .store
        .staff_request(&id, &ctx)
        .await?
        .ok_or("the tombstone")?;
    let note = app
        .store
        .post_internal_note(&approver, &tombstone.summary, "late note", &ctx)
        .await;
    assert!(
        note.as_ref()
            .is_err_and(|e| e.to_string().contains("purged")),
        "{note:?}"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM messages").await, 0);
    Ok(())
}

async fn messages_and_sign_in_history_are_purged_on_their_own_clocks(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let id = withdrawn_case(&app, "dana@abilenetx.gov").await?;
    let approver = staff_account(&app, "judge@provider.example", &[Role::Approver]).await;
    // A failed sign-in from somewhere.
    let stranger = TestApp::with_client(&app);
    let response = stranger
        .log_in("dana@abilenetx.gov", "wrong password", "000000")
        .await;
    assert_ne!(response.status(), StatusCode::SEE_OTHER);
    assert!(count(&app, "SELECT COUNT(*) FROM login_failures").await >= 1);
    assert!(count(&app, "SELECT COUNT(*) FROM sessions").await >= 1);

    // Messages on a shorter clock than the case (as a deployment may set them): a
    // held case keeps them, the others lose them and their attachments.
    let system = lers_store::Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    app.state
        .place_legal_hold(&approver, &id, "Pending appeal", &ctx_of(&app, &approver))
        .await?;
    let cutoff = app.clock_now().plus(Duration::days(1));
    assert_eq!(app.store.purge_messages(cutoff, &system).await?, 0, "held");
    app.state
        .lift_legal_hold(&approver, &id, "Appeal dismissed", &ctx_of(&app, &approver))
        .await?;
    assert_eq!(app.store.purge_messages(cutoff, &system).await?, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM messages").await, 0);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM documents WHERE message_id IS NOT NULL"
        )
        .await,
        0
    );
    assert_eq!(
        app.store.purge_messages(cutoff, &system).await?,
        0,
        "nothing twice"
    );

    // Sign-in history after 90 days (the default), at a tick.
    app.advance(Duration::days(91));
    tick(&app).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM login_failures").await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sessions").await, 0);
    let details: String = sqlx::query_scalar(
        "SELECT details FROM audit_log WHERE action = 'retention.purged' AND subject = 'sign_in'",
    )
    .fetch_one(app.store.pool())
    .await?;
    assert!(
        details.contains("\"login_failures\":") && details.contains("\"sessions\":"),
        "{details}"
    );
    tick(&app).await;
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'retention.purged' AND subject = 'sign_in'").await,
        1,
        "nothing left, nothing audited again"
    );
    Ok(())
}

async fn an_interrupted_purge_resumes_and_finishes_once(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("dana@abilenetx.gov").await;
    let owner = account(&app, "dana@abilenetx.gov").await;
    let admin = staff_account(&app, "ada@provider.example", &[Role::Admin]).await;
    let clerk = staff_account(&app, "sam@provider.example", &[Role::Intake]).await;
    let id = app.start_request("user_data").await;
    app.upload(&id, "warrant.pdf", lers_app::sample_pdf("", "WARRANT"))
        .await;
    let document: String = sqlx::query_scalar("SELECT public_id FROM documents")
        .fetch_one(app.store.pool())
        .await?;
    let doc = app
        .state
        .delete_to_bin(
            &owner,
            BinItem::Document {
                public_id: &document,
                by: owner.id,
            },
            &ctx_of(&app, &owner),
        )
        .await?;
    let staff = app
        .state
        .delete_to_bin(
            &admin,
            BinItem::StaffAccount(clerk.id),
            &ctx_of(&app, &admin),
        )
        .await?;
    app.advance(Duration::days(61));
    let system = lers_store::Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };

    // The worker dies after the document's key is destroyed but before its blob is
    // deleted, and after the staff account is anonymised but before its entry is marked.
    assert!(app.store.purge_bin_entry(doc.id, &system).await?);
    app.store.anonymise_account(clerk.id, &system).await?;
    assert_eq!(blobs_on_disk(&app), 1);
    let waiting = app.state.recycle_bin(&admin).await?;
    assert_eq!(
        waiting.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![staff.id]
    );

    // The next tick finishes both, and nothing is done twice.
    tick(&app).await;
    assert_eq!(blobs_on_disk(&app), 0);
    assert!(app.state.recycle_bin(&admin).await?.is_empty());
    assert_eq!(audited(&app, "bin.purged").await, 2);
    assert_eq!(audited(&app, "account.anonymised").await, 1);
    tick(&app).await;
    assert_eq!(audited(&app, "bin.purged").await, 2);
    assert!(!app.store.purge_bin_entry(doc.id, &system).await?);

    // Audit pruning cut into batches: whatever a first batch left, a tick finishes.
    app.advance(Duration::days(366));
    let system = lers_store::Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    let cutoff = app.clock_now().minus(Duration::days(365));
    assert_eq!(app.store.prune_audit(cutoff, 3, &system).await?, 3);
    tick(&app).await;
    let left = format!(
        "SELECT COUNT(*) FROM audit_log WHERE pruned_at IS NULL AND at < {}",
        cutoff.unix_millis()
    );
    assert_eq!(count(&app, &left).await, 0);
    let verified = app
        .store
        .audit_verify(&app.store.audit_public_key())
        .await?;
    assert_eq!(verified.problem, None);
    assert!(verified.pruned > 3);
    Ok(())
}
