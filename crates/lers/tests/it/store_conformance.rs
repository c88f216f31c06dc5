//! The storage contract, run against SQLite and PostgreSQL alike.

use std::sync::Arc;

use lers_domain::account::{Role, Roles};
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::clock::Duration;
use lers_store::{prelude::*, tokens, Ctx, NewDomainEntry, NewSession, NewToken, StoreError};

use crate::both_backends;
use crate::harness::*;

both_backends!(
    concurrent_appends_keep_one_valid_tree,
    a_link_is_redeemed_once_even_when_raced,
    a_totp_step_is_accepted_once,
    reimport_refreshes_but_keeps_admin_choices,
    the_last_admin_keeps_the_admin_role,
    anonymising_keeps_only_the_pseudonym_and_ends_every_way_in,
);

fn ctx(app: &TestApp, actor: &str) -> Ctx {
    Ctx {
        at: app.clock_now(),
        actor: actor.into(),
        ip: Some("198.51.100.4".into()),
    }
}

fn session() -> NewSession {
    NewSession {
        token_hash: tokens::hash(&tokens::generate()),
        csrf_token: tokens::generate(),
    }
}

async fn concurrent_appends_keep_one_valid_tree(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let store: Arc<dyn Store> = app.store.clone();
    let at = app.clock_now();
    let writers = (0..8).map(|w| {
        let store = store.clone();
        tokio::spawn(async move {
            for i in 0..10 {
                let event = AuditEvent::new(
                    at,
                    format!("acct_w{w}"),
                    AuditAction::LoginFailed,
                    Outcome::Failure,
                )
                .details(serde_json::json!({"i": i}));
                store.record_event(event).await?;
            }
            Ok::<(), StoreError>(())
        })
    });
    for writer in writers.collect::<Vec<_>>() {
        writer.await??;
    }
    let report = store.audit_verify(&store.audit_public_key()).await?;
    assert_eq!(report.problem, None);
    assert_eq!(report.entries, 81);
    Ok(())
}

async fn a_link_is_redeemed_once_even_when_raced(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let profile = lers_domain::account::RequesterProfile {
        name: "Race Condition".into(),
        country: "US".into(),
        ..Default::default()
    };
    let token = tokens::generate();
    let link = NewToken {
        token_hash: tokens::hash(&token),
        expires_at: app.clock_now().plus(Duration::hours(24)),
    };
    app.store
        .sign_up_requester(
            "race@abilenetx.gov",
            &profile,
            "abilenetx.gov",
            link,
            &ctx(&app, "anonymous"),
        )
        .await?;
    let store: Arc<dyn Store> = app.store.clone();
    let attempts = (0..4).map(|_| {
        let store = store.clone();
        let hash = tokens::hash(&token);
        let ctx = ctx(&app, "anonymous");
        tokio::spawn(async move {
            store
                .redeem_link_with_password(&hash, "$argon2id$fake", session(), &ctx)
                .await
        })
    });
    let mut won = 0;
    for attempt in attempts.collect::<Vec<_>>() {
        match attempt.await? {
            Ok(_) => won += 1,
            Err(StoreError::TokenUsed) => {}
            Err(other) => return Err(other.into()),
        }
    }
    assert_eq!(won, 1);
    Ok(())
}

async fn a_totp_step_is_accepted_once(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("step@abilenetx.gov").await;
    let account = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?;
    let step = account
        .totp_last_step
        .ok_or("step recorded at enrollment")?
        + 1;
    app.store
        .record_login_success(
            &account,
            Some(step),
            true,
            session(),
            &ctx(&app, &account.pseudonym),
        )
        .await?;
    let again = app
        .store
        .record_login_success(
            &account,
            Some(step),
            true,
            session(),
            &ctx(&app, &account.pseudonym),
        )
        .await;
    assert!(matches!(again, Err(StoreError::TotpReused)));
    let older = app
        .store
        .record_login_success(
            &account,
            Some(step - 1),
            true,
            session(),
            &ctx(&app, &account.pseudonym),
        )
        .await;
    assert!(matches!(older, Err(StoreError::TotpReused)));
    Ok(())
}

async fn reimport_refreshes_but_keeps_admin_choices(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let entry = |org: &str| NewDomainEntry {
        pattern: "example-county.gov".into(),
        organization: org.into(),
        ..Default::default()
    };
    let first = app
        .store
        .import_domains(&[entry("Old name")], "cisa-dotgov", &ctx(&app, "system"))
        .await?;
    assert_eq!((first.added, first.updated), (1, 0));
    let found = app
        .store
        .enabled_domain_rules(&["example-county.gov".into()])
        .await?;
    let id = found.first().ok_or("imported")?.id;
    app.store
        .set_domain_enabled(id, false, &ctx(&app, "acct_admin"))
        .await?;
    let second = app
        .store
        .import_domains(&[entry("New name")], "cisa-dotgov", &ctx(&app, "system"))
        .await?;
    assert_eq!((second.added, second.updated), (0, 1));
    assert!(
        app.store
            .enabled_domain_rules(&["example-county.gov".into()])
            .await?
            .is_empty(),
        "still disabled"
    );
    let listed = app
        .store
        .list_domains(&lers_store::DomainQuery {
            search: Some("county".into()),
            limit: 10,
            offset: 0,
        })
        .await?;
    assert_eq!(
        listed.items.first().map(|d| d.organization.as_str()),
        Some("New name")
    );
    Ok(())
}

async fn the_last_admin_keeps_the_admin_role(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let admin_roles: Roles = [Role::Admin].into_iter().collect();
    let invite = |hash: &str| NewToken {
        token_hash: hash.to_owned(),
        expires_at: app.clock_now().plus(Duration::hours(24)),
    };
    let admin = app
        .store
        .create_staff(
            "boss@provider.example",
            "Boss",
            &admin_roles,
            invite("h1"),
            &ctx(&app, "system"),
        )
        .await?;
    let demoted = app
        .store
        .set_roles(
            admin.id,
            &[Role::Auditor].into_iter().collect(),
            &ctx(&app, "system"),
        )
        .await;
    assert!(matches!(demoted, Err(StoreError::Refused(_))));
    let second = app
        .store
        .create_staff(
            "deputy@provider.example",
            "Deputy",
            &admin_roles,
            invite("h2"),
            &ctx(&app, "system"),
        )
        .await?;
    app.store
        .set_roles(
            admin.id,
            &[Role::Auditor].into_iter().collect(),
            &ctx(&app, "system"),
        )
        .await?;
    assert!(app
        .store
        .account(second.id)
        .await?
        .is_some_and(|a| a.roles.contains(Role::Admin)));
    let duplicate = app
        .store
        .create_staff(
            "deputy@provider.example",
            "Again",
            &admin_roles,
            invite("h3"),
            &ctx(&app, "system"),
        )
        .await;
    assert!(matches!(duplicate, Err(StoreError::Refused(_))));
    Ok(())
}

async fn anonymising_keeps_only_the_pseudonym_and_ends_every_way_in(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("anon.me@abilenetx.gov").await;
    let account = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?;
    let pseudonym = account.pseudonym.clone();
    let report = app
        .store
        .anonymise_account(account.id, &ctx(&app, "acct_admin"))
        .await?;
    assert_eq!(report.pseudonym, pseudonym);
    assert!(report.sessions_ended >= 1, "the signed-in session ended");
    assert!(report.recovery_codes_removed >= 1);
    let erased = app.store.account(account.id).await?.ok_or("row stays")?;
    assert_eq!(erased.pseudonym, pseudonym);
    assert_eq!(erased.email, lers_store::erasure::erased_email(&pseudonym));
    assert_eq!(erased.name, lers_store::erasure::erased_name(&pseudonym));
    assert!(erased.password_hash.is_none() && erased.totp_enrolled_at.is_none());
    assert_eq!(erased.profile.phone, "");
    assert_eq!(erased.profile.badge_number, "");
    assert_eq!(erased.profile.mailing_address, "");
    assert!(app.store.account_by_email(&person.email).await?.is_none());
    // Twice is refused, and writes nothing.
    let again = app
        .store
        .anonymise_account(account.id, &ctx(&app, "acct_admin"))
        .await;
    assert!(matches!(
        again,
        Err(StoreError::Refused(lers_store::Refusal::AlreadyErased))
    ));
    let audited = app
        .store
        .audit_records(&lers_store::AuditQuery {
            action: Some("account.anonymised".into()),
            limit: 10,
            ..Default::default()
        })
        .await?;
    assert_eq!(audited.total, 1);
    assert_eq!(
        audited.items[0].subject.as_deref(),
        Some(pseudonym.as_str())
    );
    let verified = app
        .store
        .audit_verify(&app.store.audit_public_key())
        .await?;
    assert!(verified.problem.is_none(), "{:?}", verified.problem);
    Ok(())
}
