//! The CISA .gov list ships inside LERS: a first start on an empty database loads it
//! and says so, a restart never reloads it, and admins can switch it off and on.

use lers_domain::account::Role;
use lers_domain::allowlist::CISA_DOTGOV_SOURCE;
use lers_store::{prelude::*, Ctx, NewDomainEntry};
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    a_first_start_loads_the_built_in_list_once,
    admins_switch_the_built_in_list_off_and_on,
);

/// Starts `lers serve` on `db_url`, waits until it answers `/readyz` (everything a
/// start prints comes before that), stops it and returns what it printed.
async fn start_output(
    db_url: &str,
    dir: &std::path::Path,
    builtin: bool,
) -> Result<String, String> {
    let served = ServeCommand::new(db_url, dir)
        .env("LERS_BUILTIN_DOMAINS", &builtin.to_string())
        .start()
        .await?;
    Ok(served.stop().await)
}

async fn a_first_start_loads_the_built_in_list_once(backend: Backend) -> TestResult {
    let dir = tempfile::tempdir()?;
    let Some(db) = TestDatabase::create(backend, dir.path()).await else {
        return Ok(());
    };
    let rows = include_str!("../../data/dotgov/current-full.csv")
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .count();
    let first = start_output(&db.url, dir.path(), true).await?;
    assert!(
        first.contains(&format!(
            "first start: loaded {rows} US .gov domains from the built-in CISA list"
        )),
        "{first}"
    );
    let check = |email: &'static str| {
        let url = db.url.clone();
        let dir = dir.path().to_owned();
        async move {
            let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_lers"))
                .args(["--database-url", &url, "--data-dir"])
                .arg(&dir)
                .args(["domains", "check", email])
                .output()
                .await?;
            Ok::<_, std::io::Error>(String::from_utf8_lossy(&output.stdout).into_owned())
        }
    };
    let admitted = check("someone@pd.abilenetx.gov").await?;
    assert!(admitted.contains("matches abilenetx.gov"), "{admitted}");

    // A restart leaves the list (and any admin's choices in it) alone.
    let second = start_output(&db.url, dir.path(), true).await?;
    assert!(!second.contains("first start: loaded"), "{second}");

    // Operators who want their own list start without it, and a deployment that
    // already has accounts is never given the list by an upgrade, even with the
    // allow-list empty.
    let bare = tempfile::tempdir()?;
    let Some(bare_db) = TestDatabase::create(backend, bare.path()).await else {
        return Ok(());
    };
    let started = start_output(&bare_db.url, bare.path(), false).await?;
    assert!(!started.contains("first start: loaded"), "{started}");
    let store = lers_store::connect(
        &bare_db.url,
        lers_store::keys::KeyRing::load_or_create(&bare.path().join("keys"))?,
    )
    .await?;
    store
        .create_staff(
            "ada@provider.example",
            "Ada Admin",
            &[Role::Admin].into_iter().collect(),
            lers_store::NewToken {
                token_hash: "unused".into(),
                expires_at: start_time(),
            },
            &Ctx {
                at: start_time(),
                actor: "system".into(),
                ip: None,
            },
        )
        .await?;
    drop(store);
    let upgraded = start_output(&bare_db.url, bare.path(), true).await?;
    assert!(!upgraded.contains("first start: loaded"), "{upgraded}");
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_lers"))
        .args(["--database-url", &bare_db.url, "--data-dir"])
        .arg(bare.path())
        .args(["domains", "check", "someone@pd.abilenetx.gov"])
        .output()
        .await?;
    assert!(!output.status.success());
    Ok(())
}

async fn admins_switch_the_built_in_list_off_and_on(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let entry = |pattern: &str, organization: &str| NewDomainEntry {
        pattern: pattern.into(),
        organization: organization.into(),
        domain_type: "City".into(),
        ..Default::default()
    };
    app.store
        .import_domains(
            &[
                entry("austintexas.gov", "City of Austin"),
                entry("dallascounty.gov", "Dallas County"),
                entry("compromisedcity.gov", "A compromised city"),
            ],
            CISA_DOTGOV_SOURCE,
            &Ctx {
                at: app.clock_now(),
                actor: "system".into(),
                ip: None,
            },
        )
        .await?;
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let page = admin.get("/staff/domains").await.text().await?;
    assert!(page.contains("3 of its 3 entries admit sign-ups"), "{page}");

    // An admin switches one compromised domain off on its own first.
    let page = admin
        .get("/staff/domains?q=compromised")
        .await
        .text()
        .await?;
    let action = page
        .match_indices("action=\"/staff/domains/")
        .map(|(at, found)| {
            page[at + found.len() - "/staff/domains/".len()..]
                .chars()
                .take_while(|c| *c != '"')
                .collect::<String>()
        })
        .find(|action| !action.contains("builtin"))
        .ok_or("an entry's switch")?;
    let single = admin
        .submit("/staff/domains", &action, &[("enabled", "false")])
        .await;
    assert_eq!(single.status(), StatusCode::SEE_OTHER);
    let page = admin.get("/staff/domains").await.text().await?;
    assert!(page.contains("2 of its 3 entries admit sign-ups"), "{page}");

    let off = admin
        .submit(
            "/staff/domains",
            "/staff/domains/builtin/enabled",
            &[("enabled", "false")],
        )
        .await;
    assert_eq!(off.status(), StatusCode::SEE_OTHER);
    let page = admin.get(&location(&off)).await.text().await?;
    assert!(
        page.contains("2 entries of the built-in list were disabled")
            && page.contains("0 of its 3 entries admit sign-ups"),
        "{page}"
    );
    let refused = app.submit_sign_up("officer@austintexas.gov").await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Entries of other sources are untouched.
    assert_redirect(
        &app.submit_sign_up("officer@pd.abilenetx.gov").await,
        "/signup/sent",
    );

    let on = admin
        .submit(
            "/staff/domains",
            "/staff/domains/builtin/enabled",
            &[("enabled", "true")],
        )
        .await;
    assert_eq!(on.status(), StatusCode::SEE_OTHER);
    assert_redirect(
        &app.submit_sign_up("officer@austintexas.gov").await,
        "/signup/sent",
    );
    // Switching the list on again restores what the switch turned off, nothing more.
    let page = admin.get("/staff/domains").await.text().await?;
    assert!(page.contains("2 of its 3 entries admit sign-ups"), "{page}");
    let still_off = app.submit_sign_up("officer@compromisedcity.gov").await;
    assert_eq!(still_off.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let audited = app
        .store
        .audit_records(&lers_store::AuditQuery {
            subject: Some(format!("source:{CISA_DOTGOV_SOURCE}")),
            limit: 10,
            ..Default::default()
        })
        .await?;
    let actions: Vec<&str> = audited.items.iter().map(|r| r.action.as_str()).collect();
    assert_eq!(audited.total, 2, "{actions:?}");
    assert!(actions.contains(&"domains.disabled") && actions.contains(&"domains.enabled"));
    assert!(audited.items.iter().all(|r| r.details["entries"] == 2));

    // Nobody but an admin may switch it.
    app.sign_up("requester@pd.abilenetx.gov").await;
    let denied = app
        .submit(
            "/requests",
            "/staff/domains/builtin/enabled",
            &[("enabled", "false")],
        )
        .await;
    assert!(
        matches!(
            denied.status(),
            StatusCode::FORBIDDEN | StatusCode::NOT_FOUND
        ),
        "{}",
        denied.status()
    );
    let page = admin.get("/staff/domains").await.text().await?;
    assert!(page.contains("2 of its 3 entries admit sign-ups"));
    Ok(())
}
