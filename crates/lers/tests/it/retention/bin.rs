//! Everything that goes to the recycle bin comes back within the window, refuses to
//! come back over something that took its place, and is purged for good after it.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_domain::request::TargetType;
use lers_store::emergencies::NewAgency;
use lers_store::sql::erasure::erased_email;
use lers_store::{prelude::*, BinItem, DirectoryEntry, NewDomainEntry, Refusal, StoreError};
use reqwest::StatusCode;

use super::*;
use crate::both_backends;

both_backends!(
    admin_objects_are_restored_and_then_purged_after_the_window,
    a_document_removed_before_review_is_restored_then_crypto_shredded,
    a_bin_window_under_thirty_days_stops_the_start,
);

async fn admin_objects_are_restored_and_then_purged_after_the_window(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let admin = staff_account(&app, "ada@provider.example", &[Role::Admin]).await;
    let clerk = staff_account(&app, "sam@provider.example", &[Role::Intake]).await;
    let ctx = ctx_of(&app, &admin);

    // An allow-list entry leaves every list, comes back, and refuses to come back
    // over the same pattern added again meanwhile.
    let police = count(
        &app,
        "SELECT id FROM gov_domains WHERE pattern = '*.police.uk'",
    )
    .await;
    let binned = app
        .state
        .delete_to_bin(&admin, BinItem::AllowListEntry(police), &ctx)
        .await?;
    let listed = app
        .store
        .enabled_domain_rules(&["*.police.uk".into()])
        .await?;
    assert!(listed.is_empty(), "a binned entry admits nobody");
    // Not the clerk's to restore: refused and audited.
    let refused = app
        .state
        .restore_from_bin(&clerk, binned.id, &ctx_of(&app, &clerk))
        .await;
    assert!(
        matches!(&refused, Err(lers_app::AppError::Refused { problem, .. }) if problem.id() == "form-refusal-bin-not-yours"),
        "{refused:?}"
    );
    assert_eq!(audited(&app, "bin.restore_refused").await, 1);
    app.state.restore_from_bin(&admin, binned.id, &ctx).await?;
    assert_eq!(
        app.store
            .enabled_domain_rules(&["*.police.uk".into()])
            .await?
            .len(),
        1
    );
    let police = count(
        &app,
        "SELECT id FROM gov_domains WHERE pattern = '*.police.uk'",
    )
    .await;
    let binned = app
        .state
        .delete_to_bin(&admin, BinItem::AllowListEntry(police), &ctx)
        .await?;
    app.store
        .add_domain(
            NewDomainEntry {
                pattern: "*.police.uk".into(),
                organization: "Added again".into(),
                ..Default::default()
            },
            &ctx,
        )
        .await?;
    let conflict = app.state.restore_from_bin(&admin, binned.id, &ctx).await;
    let message = conflict.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(
        message.contains("*.police.uk") && message.contains("meanwhile"),
        "{message}"
    );
    assert_eq!(audited(&app, "bin.restore_refused").await, 2);

    // A directory entry: gone from lookups while binned, back after restore.
    app.store
        .import_directory(&[DirectoryEntry {
            account_id: "u-100".into(),
            email: "target@example.com".into(),
            phone: String::new(),
            username: "target".into(),
            home_region: "eu".into(),
            enterprise: false,
            language: "en".into(),
            restricted_by: None,
            held_by: None,
        }])
        .await?;
    let entry = app
        .state
        .delete_to_bin(&admin, BinItem::DirectoryEntry("u-100"), &ctx)
        .await?;
    assert!(app
        .store
        .directory_lookup(TargetType::AccountId, "u-100")
        .await?
        .is_none());
    app.state.restore_from_bin(&admin, entry.id, &ctx).await?;
    assert!(app
        .store
        .directory_lookup(TargetType::AccountId, "u-100")
        .await?
        .is_some());

    // An agency: its domains stop naming it while binned.
    let agency = app
        .store
        .save_agency(
            None,
            &NewAgency {
                name: "Abilene Police".into(),
                country: "US".into(),
                domains: vec!["abilenetx.gov".into()],
                switchboard: "+13256762000".into(),
                time_zone: "America/Chicago".into(),
                source: "test".into(),
                verified_on: "2026-11-01".into(),
            },
            &ctx,
        )
        .await?;
    let binned_agency = app
        .state
        .delete_to_bin(&admin, BinItem::Agency(agency.id), &ctx)
        .await?;
    assert!(app
        .store
        .agency_for_domain("abilenetx.gov")
        .await?
        .is_none());
    app.state
        .restore_from_bin(&admin, binned_agency.id, &ctx)
        .await?;
    let back = app
        .store
        .agency_for_domain("abilenetx.gov")
        .await?
        .ok_or("agency back")?;
    assert_eq!(back.name, "Abilene Police");

    // A staff account: disabled at once, enabled again on restore.
    let binned_staff = app
        .state
        .delete_to_bin(&admin, BinItem::StaffAccount(clerk.id), &ctx)
        .await?;
    assert_eq!(
        account(&app, &clerk.email).await.status.as_str(),
        "disabled"
    );
    app.state
        .restore_from_bin(&admin, binned_staff.id, &ctx)
        .await?;
    assert_eq!(account(&app, &clerk.email).await.status.as_str(), "active");

    // Binned again, each of them is purged for good once 60 days have passed.
    let directory = app
        .state
        .delete_to_bin(&admin, BinItem::DirectoryEntry("u-100"), &ctx)
        .await?;
    let agency = app
        .state
        .delete_to_bin(&admin, BinItem::Agency(back.id), &ctx)
        .await?;
    let staff = app
        .state
        .delete_to_bin(&admin, BinItem::StaffAccount(clerk.id), &ctx)
        .await?;
    assert_eq!(app.state.recycle_bin(&admin).await?.len(), 4);
    app.advance(Duration::days(59));
    tick(&app).await;
    assert_eq!(
        app.state.recycle_bin(&admin).await?.len(),
        4,
        "still restorable on day 59"
    );
    app.advance(Duration::days(2));
    tick(&app).await;
    assert!(app.state.recycle_bin(&admin).await?.is_empty());
    assert_eq!(audited(&app, "bin.purged").await, 4);
    let ctx = ctx_of(&app, &admin);
    for entry in [binned, directory, agency, staff] {
        let refused = app
            .store
            .restore_from_bin(entry.id, admin.id, true, &ctx)
            .await;
        assert!(
            matches!(refused, Err(StoreError::Refused(Refusal::Bin(_)))),
            "{entry:?} cannot come back"
        );
    }
    // The staff account's row stays (the log names it), anonymised.
    let erased = account(&app, &erased_email(&clerk.pseudonym)).await;
    assert_eq!(erased.id, clerk.id);
    assert_eq!(audited(&app, "account.anonymised").await, 1);
    // Binned again it is not: binning would write over the erasure's mark, and a
    // restore from the bin would then clear it.
    let again = app
        .state
        .delete_to_bin(&admin, BinItem::StaffAccount(clerk.id), &ctx)
        .await;
    assert!(again.is_err(), "an erased account is not binned: {again:?}");
    let erased = account(&app, &erased_email(&clerk.pseudonym)).await;
    assert_eq!(
        erased.disabled_reason.as_deref(),
        Some(lers_store::erasure::ERASED)
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM directory_accounts WHERE account_id = 'u-100'"
        )
        .await,
        0
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM agencies").await, 0);
    Ok(())
}

async fn a_document_removed_before_review_is_restored_then_crypto_shredded(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("dana@abilenetx.gov").await;
    let owner = account(&app, "dana@abilenetx.gov").await;
    let other = staff_account(&app, "ada@provider.example", &[Role::Admin]).await;
    let id = app.start_request("user_data").await;
    let response = app
        .upload(
            &id,
            "warrant.pdf",
            lers_app::sample_pdf("", "SEARCH WARRANT 2026-4471"),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let shown = location(&response);
    let shown = shown.split('?').next().unwrap_or_default().to_owned();
    let document: String = sqlx::query_scalar("SELECT public_id FROM documents")
        .fetch_one(app.store.pool())
        .await?;
    let ctx = ctx_of(&app, &owner);
    let item = BinItem::Document {
        public_id: &document,
        by: owner.id,
    };
    // Someone else cannot remove it (refused and audited).
    let refused = app
        .state
        .delete_to_bin(&other, item, &ctx_of(&app, &other))
        .await;
    assert!(matches!(refused, Err(lers_app::AppError::Forbidden)));
    let page = app.get(&shown).await.text().await?;
    let link = format!("/requests/{id}/documents/{document}");
    assert!(page.contains(&link), "listed before it is removed");
    let binned = app.state.delete_to_bin(&owner, item, &ctx).await?;
    let page = app.get(&shown).await.text().await?;
    assert!(!page.contains(&link), "a binned document is not listed");
    assert_eq!(
        app.get(&link).await.status(),
        StatusCode::NOT_FOUND,
        "nor downloadable"
    );
    assert_eq!(app.state.recycle_bin(&owner).await?.len(), 1);
    // An admin does not restore a requester's document; its owner does.
    assert!(app
        .state
        .restore_from_bin(&other, binned.id, &ctx)
        .await
        .is_err());
    app.state.restore_from_bin(&owner, binned.id, &ctx).await?;
    let page = app.get(&shown).await.text().await?;
    assert!(page.contains(&link), "restored as it was");
    assert_eq!(app.get(&link).await.status(), StatusCode::OK);

    let binned = app.state.delete_to_bin(&owner, item, &ctx).await?;
    assert_eq!(
        blobs_on_disk(&app),
        1,
        "the ciphertext waits with the bin entry"
    );
    app.advance(Duration::days(61));
    tick(&app).await;
    // Its wrapped key is destroyed with the entry, then its ciphertext is deleted.
    assert_eq!(blobs_on_disk(&app), 0);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM recycle_bin WHERE payload LIKE '%wrapped_key%'"
        )
        .await,
        0
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM documents").await, 0);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM shredded_blobs WHERE deleted_at IS NOT NULL"
        )
        .await,
        1
    );
    // Two removals, and the refused one by someone else.
    let deleted = "SELECT COUNT(*) FROM audit_log WHERE action = 'bin.deleted' AND outcome = ";
    assert_eq!(count(&app, &format!("{deleted}'success'")).await, 2);
    assert_eq!(count(&app, &format!("{deleted}'denied'")).await, 1);
    assert_eq!(audited(&app, "bin.restored").await, 1);
    assert_eq!(audited(&app, "bin.purged").await, 1);
    let again = app
        .state
        .restore_from_bin(&owner, binned.id, &ctx_of(&app, &owner))
        .await;
    let message = again.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("purged"), "{message}");
    Ok(())
}

async fn a_bin_window_under_thirty_days_stops_the_start(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    for (variable, value, named) in [
        ("LERS_RECYCLE_BIN_DAYS", "29", "recycle_bin_days"),
        ("LERS_RETENTION_AUDIT_DAYS", "90", "retention_audit_days"),
    ] {
        let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_lers"))
            .arg("--database-url")
            .arg(&app.db.url)
            .arg("--key-dir")
            .arg(app.key_dir())
            .arg("--data-dir")
            .arg(app.dir.path())
            .args(["audit", "verify"])
            .env(variable, value)
            .output()
            .await?;
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(
            !output.status.success(),
            "{variable}={value} must stop the start"
        );
        assert!(
            said.contains(named) && said.contains("may not be less than"),
            "{said}"
        );
    }
    Ok(())
}
