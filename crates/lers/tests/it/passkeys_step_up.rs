//! A key touch as a step-up (issue 17 §2): it stands in for one code, is spent by
//! that act, goes stale, and is the only step-up for someone the key policy covers.

use lers_domain::clock::Duration;
use lers_store::{prelude::*, Account, PasskeyStore, SessionRecord};
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;
use crate::passkeys::{
    account, ctx_of, give_key, require_keys_of_everyone, session_hash, spawn, touch,
};

both_backends!(
    a_key_touch_stands_in_for_one_step_up_code,
    a_covered_person_changes_their_password_with_a_key_touch,
);

async fn a_key_touch_stands_in_for_one_step_up_code(backend: Backend) -> TestResult {
    let Some(app) = spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("det@abilenetx.gov").await;
    let key = give_key(&app, &person.email, "Blue key").await;
    let owner = account(&app, &person.email).await;
    let hash = session_hash(&app, owner.id).await?;
    app.advance(Duration::minutes(6));
    let session = app.store.session(&hash).await?.ok_or("session")?;
    // Without a touch an empty code is refused.
    assert!(app
        .state
        .confirm_step_up(&session, "", "code", &ctx_of(&app, &owner))
        .await
        .is_err());
    assert!(
        app.store
            .record_key_step_up(&owner, &hash, &touch(key, 0), &ctx_of(&app, &owner))
            .await?
    );
    // The same counter again (a copy of the key, or a replay racing it): refused.
    assert!(
        !app.store
            .record_key_step_up(&owner, &hash, &touch(key, 0), &ctx_of(&app, &owner))
            .await?
    );
    assert_eq!(app.store.passkeys(owner.id).await?[0].sign_count, 1);
    // The touch serves one step-up, then it is spent.
    app.state
        .confirm_step_up(&session, "", "code", &ctx_of(&app, &owner))
        .await
        .map_err(|_| "the touch counts")?;
    assert!(app
        .state
        .confirm_step_up(&session, "", "code", &ctx_of(&app, &owner))
        .await
        .is_err());
    // An old touch does not count.
    app.store
        .record_key_step_up(&owner, &hash, &touch(key, 1), &ctx_of(&app, &owner))
        .await?;
    app.advance(Duration::minutes(6));
    assert!(app
        .state
        .confirm_step_up(&session, "", "code", &ctx_of(&app, &owner))
        .await
        .is_err());
    assert_eq!(
        app.audited_mentioning("mfa.step_up", "\"factor\":\"passkey\"")
            .await,
        2
    );

    // Once the key policy covers them, a code no longer confirms a step-up (it can be
    // phished in real time); a key touch still does.
    require_keys_of_everyone(&app).await?;
    app.advance(Duration::seconds(30));
    assert_eq!(
        code_refused(&app, &session, (&person, &owner)).await?,
        ["form-step-up-key-required"]
    );
    app.store
        .record_key_step_up(&owner, &hash, &touch(key, 2), &ctx_of(&app, &owner))
        .await?;
    app.state
        .confirm_step_up(&session, "", "code", &ctx_of(&app, &owner))
        .await
        .map_err(|_| "a touch confirms under the policy")?;
    Ok(())
}

/// A password change makes the session's factor fresh, so for someone the key policy
/// covers it takes a key touch, not a code; someone covered without a key is told to
/// sign in again (which leads to registering one).
async fn a_covered_person_changes_their_password_with_a_key_touch(backend: Backend) -> TestResult {
    let Some(app) = spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("pw@abilenetx.gov").await;
    let key = give_key(&app, &person.email, "Blue key").await;
    let owner = account(&app, &person.email).await;
    require_keys_of_everyone(&app).await?;
    app.advance(Duration::minutes(6));
    let change = |code: String| {
        let app = &app;
        let current = person.password.clone();
        async move {
            app.submit(
                "/account/password",
                "/account/password",
                &[
                    ("current_password", current.as_str()),
                    ("password", "quartz meadow lantern 9182"),
                    ("password_confirm", "quartz meadow lantern 9182"),
                    ("code", code.as_str()),
                ],
            )
            .await
        }
    };
    let refused = change(app.code(&person.secret)).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused
        .text()
        .await?
        .contains("requires a security key or passkey for this step"));
    let hash = session_hash(&app, owner.id).await?;
    assert!(
        app.store
            .record_key_step_up(&owner, &hash, &touch(key, 0), &ctx_of(&app, &owner))
            .await?
    );
    let changed = change(String::new()).await;
    assert_eq!(changed.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.audited_mentioning("account.password_changed", "").await,
        1
    );

    // Covered without a key: the refusal says how to get one.
    let keyless = app.sign_up("nokey@abilenetx.gov").await;
    let keyless_account = account(&app, &keyless.email).await;
    let keyless_hash = session_hash(&app, keyless_account.id).await?;
    let session = app.store.session(&keyless_hash).await?.ok_or("session")?;
    app.advance(Duration::seconds(30));
    assert_eq!(
        code_refused(&app, &session, (&keyless, &keyless_account)).await?,
        ["form-step-up-key-register-first"]
    );
    Ok(())
}

/// What a step-up with a current code answers `who` in `session`: the problems of a
/// refusal (none when the code was taken).
async fn code_refused(
    app: &TestApp,
    session: &SessionRecord,
    (person, account): (&Person, &Account),
) -> TestResult<Vec<&'static str>> {
    let answer = app
        .state
        .confirm_step_up(
            session,
            &app.code(&person.secret),
            "code",
            &ctx_of(app, account),
        )
        .await;
    Ok(match answer {
        Err(lers_app::FormError::Fields(fields)) => fields.iter().map(|f| f.problem.id()).collect(),
        Err(lers_app::FormError::App(e)) => return Err(e.to_string().into()),
        Ok(()) => Vec::new(),
    })
}
