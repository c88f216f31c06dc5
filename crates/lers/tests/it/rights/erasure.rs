//! Erasure: a requester who leaves, a requester an admin removes. The account keeps
//! only its pseudonym, nothing can act as it, the legal records stay naming only the
//! pseudonym, and the audit chain still verifies.

use lers_domain::account::Role;
use lers_store::erasure::{erased_email, erased_name};
use sqlx::Row;

use super::*;
use crate::audit_cli::lers;
use crate::both_backends;

both_backends!(
    a_requester_who_leaves_is_anonymised_and_their_requests_stay,
    an_admin_removes_a_requester_after_a_step_up,
);

/// Every text column of the account row, joined.
async fn account_row_text(app: &TestApp, id: i64) -> String {
    let row = sqlx::query(
        "SELECT email, name, badge_number, phone, mailing_address, COALESCE(password_hash, '') AS p, \
         COALESCE(totp_secret_sealed, '') AS t FROM accounts WHERE id = $1",
    )
    .bind(id)
    .fetch_one(app.store.pool())
    .await
    .expect("account row");
    (0..7)
        .map(|i| row.try_get::<String, _>(i).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("|")
}

async fn count(app: &TestApp, sql: &str, id: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(app.store.pool())
        .await
        .expect("count")
}

async fn a_requester_who_leaves_is_anonymised_and_their_requests_stay(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let email = "leaving.officer@abilenetx.gov";
    // A colleague whose draft lists the leaver as a colleague.
    let colleague = app.sign_up("colleague.officer@abilenetx.gov").await;
    let their_draft = app.start_request("user_data").await;
    let listing = format!("{}\nthird@abilenetx.gov", email.to_uppercase());
    let saved = app
        .post_request_form(
            &their_draft,
            &[("colleagues", listing), ("action", "save".into())],
        )
        .await;
    assert!(
        saved.status().is_success() || saved.status().is_redirection(),
        "draft saved: {}",
        saved.status()
    );
    app.log_out().await;
    let (person, me, id, reference) = requester_with_history(&app, email, "a message").await;
    // The leaver gave the colleague access to the filed request.
    let colleague_id = account(&app, &colleague.email).await.id;
    sqlx::query(
        "INSERT INTO request_access (request_id, account_id, granted_at) \
         SELECT id, $1, 0 FROM requests WHERE public_id = $2",
    )
    .bind(colleague_id)
    .bind(&id)
    .execute(app.store.pool())
    .await?;
    let draft = app.start_request("user_data").await;
    // An export of theirs exists (it goes with them).
    let export = export_now(&app, &person).await;
    let before = account(&app, email).await;
    let name = before.name.clone();
    let phone = before.profile.phone.clone();

    // The confirmation page says what is erased and what is kept.
    let page = app.get("/account/leave").await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await?;
    assert!(html.contains("id=\"erased\"") && html.contains("id=\"kept\""));
    assert!(html.contains("Requests sent to the provider (1)"));
    assert!(html.contains("Drafts never sent (1)"));
    assert!(html.contains("legal records"));

    // Not without the box, the password and a fresh code.
    app.advance(Duration::seconds(30));
    let code = app.code(&person.secret);
    for (fields, field) in [
        (
            vec![("password", PASSWORD), ("code", code.as_str())],
            "f-confirm",
        ),
        (
            vec![
                ("password", "wrong password"),
                ("code", code.as_str()),
                ("confirm", "yes"),
            ],
            "f-password-error",
        ),
        (
            vec![
                ("password", PASSWORD),
                ("code", "000000"),
                ("confirm", "yes"),
            ],
            "f-code-error",
        ),
    ] {
        let refused = app
            .submit("/account/leave", "/account/leave", &fields)
            .await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.text().await?.contains(field), "{field}");
    }
    assert!(records(&app, "account.anonymised").await.is_empty());
    app.advance(Duration::seconds(30));
    let code = app.code(&person.secret);
    let left = app
        .submit(
            "/account/leave",
            "/account/leave",
            &[("password", PASSWORD), ("code", &code), ("confirm", "yes")],
        )
        .await;
    assert_eq!(left.status(), StatusCode::OK);
    let farewell = left.text().await?;
    assert!(farewell.contains("Your account is erased"));
    assert!(!farewell.contains(&name), "the erased name is not shown");
    // Named outside the database at once: a backup restored a moment later, before
    // any job-runner tick, must not bring them back.
    let listed = std::fs::read_to_string(app.key_dir().join("shredded.list"))?;
    assert!(
        listed.contains(&format!("acct:{}", me.pseudonym)),
        "{listed}"
    );

    // No personal field is left in the row; the pseudonym is.
    let row = account_row_text(&app, me.id).await;
    for personal in [email, name.as_str(), phone.as_str(), "APD-4471", PASSWORD] {
        assert!(
            !personal.is_empty() && !row.contains(personal),
            "{personal} in {row}"
        );
    }
    let erased = app.store.account(me.id).await?.ok_or("row stays")?;
    assert_eq!(erased.pseudonym, me.pseudonym);
    assert_eq!(erased.email, erased_email(&me.pseudonym));
    assert_eq!(erased.name, erased_name(&me.pseudonym));
    // Sessions and tokens are dead; signing in is impossible.
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM sessions WHERE account_id = $1",
            me.id
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM api_tokens WHERE account_id = $1 AND revoked_at IS NULL",
            me.id
        )
        .await,
        0
    );
    assert_eq!(app.get("/dashboard").await.status(), StatusCode::SEE_OTHER);
    app.advance(Duration::seconds(30));
    let code = app.code(&person.secret);
    assert_eq!(
        app.log_in(email, PASSWORD, &code).await.status(),
        StatusCode::UNAUTHORIZED
    );
    // The filed request stays, naming only the pseudonym; the draft is emptied.
    let kept = sqlx::query(
        "SELECT r.reference, r.submitted, a.name FROM requests r JOIN accounts a ON a.id = r.owner_id WHERE r.public_id = $1",
    )
    .bind(&id)
    .fetch_one(app.store.pool())
    .await?;
    assert_eq!(kept.try_get::<String, _>("reference")?, reference);
    assert_eq!(
        kept.try_get::<String, _>("name")?,
        erased_name(&me.pseudonym)
    );
    assert!(!kept.try_get::<String, _>("submitted")?.contains(email));
    let emptied: String = sqlx::query_scalar("SELECT draft FROM requests WHERE public_id = $1")
        .bind(&draft)
        .fetch_one(app.store.pool())
        .await?;
    assert_eq!(emptied, "{}");
    // No access grant and no colleague list names them any more.
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM request_access WHERE account_id = $1",
            colleague_id
        )
        .await,
        0
    );
    // Read through the store: the draft is sealed at rest.
    let colleague_account = account(&app, &colleague.email).await;
    let listed = app
        .store
        .request_for(&colleague_account, &their_draft)
        .await?
        .ok_or("the colleague's draft")?
        .draft
        .colleagues
        .join(",");
    assert!(!listed.to_lowercase().contains(email), "{listed}");
    assert!(
        listed.contains(&erased_email(&me.pseudonym)) && listed.contains("third@abilenetx.gov"),
        "{listed}"
    );
    // Their export is gone with them.
    let gone = app
        .store
        .own_data_export(&erased, &export)
        .await?
        .ok_or("export row")?;
    assert!(gone.sealed.is_none());
    let cleaned = records(&app, "account.erasure_cleaned").await;
    assert_eq!(cleaned.len(), 1);
    assert_eq!(cleaned[0].details["drafts_emptied"], 1);
    assert_eq!(cleaned[0].details["exports_destroyed"], 1);
    assert_eq!(cleaned[0].details["grants_removed"], 1);
    assert_eq!(cleaned[0].details["colleague_lists_rewritten"], 1);
    let anonymised = records(&app, "account.anonymised").await;
    assert_eq!(anonymised.len(), 1);
    assert_eq!(
        anonymised[0].subject.as_deref(),
        Some(me.pseudonym.as_str())
    );

    // The audit chain still verifies.
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(run.ok, "{}", run.stdout);
    assert!(run.stdout.contains("audit log OK"), "{}", run.stdout);
    Ok(())
}

async fn an_admin_removes_a_requester_after_a_step_up(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let email = "removed.officer@abilenetx.gov";
    let (_, me, _, _) = requester_with_history(&app, email, "hello").await;
    let page = format!("/staff/accounts/{}/erase", me.id);
    // Not for the requester themselves.
    assert_eq!(app.get(&page).await.status(), StatusCode::FORBIDDEN);
    let (admin, ada) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let (_, _) = app
        .staff("Rex Reviewer", "rex@provider.example", &[Role::Reviewer])
        .await;
    let shown = admin.get(&page).await;
    assert_eq!(shown.status(), StatusCode::OK);
    let html = shown.text().await?;
    assert!(html.contains(email) && html.contains("id=\"kept\""));
    // Staff accounts are the recycle bin's, not erased here.
    let rex = account(&app, "rex@provider.example").await;
    assert_eq!(
        admin
            .get(&format!("/staff/accounts/{}/erase", rex.id))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    // A wrong code erases nothing.
    let refused = admin.submit(&page, &page, &[("code", "000000")]).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(records(&app, "account.anonymised").await.is_empty());
    app.advance(Duration::seconds(30));
    let code = app.code(&ada.secret);
    let done = admin.submit(&page, &page, &[("code", &code)]).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    let row = account_row_text(&app, me.id).await;
    assert!(!row.contains(email), "{row}");
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM sessions WHERE account_id = $1",
            me.id
        )
        .await,
        0
    );
    let anonymised = records(&app, "account.anonymised").await;
    assert_eq!(anonymised.len(), 1);
    let admin_account = account(&app, "ada@provider.example").await;
    assert_eq!(anonymised[0].actor, admin_account.pseudonym);
    // Twice is refused.
    app.advance(Duration::seconds(30));
    let code = app.code(&ada.secret);
    assert_eq!(
        admin
            .submit(&page, &page, &[("code", &code)])
            .await
            .status(),
        StatusCode::CONFLICT
    );
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(run.ok, "{}", run.stdout);
    Ok(())
}

/// An admin's status change racing an erasure on PostgreSQL waits for the erasure and
/// is refused: read plainly, the account looked unerased, and re-enabling it cleared
/// the erased mark the erasure had just set.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_status_change_waits_for_an_erasure_in_progress() -> TestResult {
    use lers_domain::account::AccountStatus;
    let Some(app) = TestApp::spawn(Backend::Postgres).await else {
        return Ok(());
    };
    let person = app.sign_up("erased.meanwhile@abilenetx.gov").await;
    let target = account(&app, &person.email).await;
    // An erasure in progress: it has marked the account and not yet committed.
    let mut erasure = app.store.pool().begin().await?;
    sqlx::query("UPDATE accounts SET disabled_reason = $1 WHERE id = $2")
        .bind(lers_store::erasure::ERASED)
        .bind(target.id)
        .execute(&mut *erasure)
        .await?;
    let (store, ctx) = (app.store.clone(), ctx_of(&app, &target));
    let change = tokio::spawn(async move {
        let admin = Ctx {
            actor: "acct_admin".into(),
            ..ctx
        };
        store
            .set_account_status(target.id, AccountStatus::Active, &admin)
            .await
    });
    crate::mail_queue::wait_for_row_locks(&app, 1).await?;
    erasure.commit().await?;
    let refused = change.await?;
    assert!(
        matches!(
            refused,
            Err(lers_store::StoreError::Refused(
                lers_store::Refusal::AlreadyErased
            ))
        ),
        "{refused:?}"
    );
    let reason: Option<String> =
        sqlx::query_scalar("SELECT disabled_reason FROM accounts WHERE id = $1")
            .bind(target.id)
            .fetch_one(app.store.pool())
            .await?;
    assert_eq!(reason.as_deref(), Some(lers_store::erasure::ERASED));
    Ok(())
}
