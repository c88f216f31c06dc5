//! The agency directory, kept by admins and imported from CSV.

use super::*;
use crate::both_backends;

both_backends!(
    the_agency_directory_is_kept_by_admins_and_offered_in_the_console,
    agencies_are_imported_from_csv_all_or_nothing,
);

async fn the_agency_directory_is_kept_by_admins_and_offered_in_the_console(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("sgt@abilenetx.gov").await;
    let (id, _) = app.file_request("emergency", None).await;
    app.log_out().await;
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let page = format!("/staff/requests/{id}");
    let before = reviewer.get(&page).await.text().await?;
    assert!(before.contains("has no entry for the"));

    // Only admins keep the directory.
    assert_eq!(
        reviewer.get("/staff/agencies").await.status(),
        StatusCode::FORBIDDEN
    );
    let mut fields = vec![
        ("name", "Abilene Police Department"),
        ("country", "US"),
        ("domains", "abilenetx.gov"),
        ("switchboard", "call the front desk"),
        ("time_zone", "Mars/Olympus"),
        ("source", "city website, checked by calling"),
        ("verified_on", "2026-11-01"),
    ];
    let bad = admin
        .submit("/staff/agencies", "/staff/agencies", &fields)
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text().await?;
    assert!(html.contains("not a phone number") && html.contains("IANA time zone"));
    assert!(
        html.contains("city website, checked by calling"),
        "what was typed is kept"
    );
    fields[3] = ("switchboard", "(325) 676-6600");
    fields[4] = ("time_zone", "America/Chicago");
    let added = admin
        .submit("/staff/agencies", "/staff/agencies", &fields)
        .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    assert_eq!(audited(&app, "agency.saved").await, 1);
    let list = admin.get("/staff/agencies?q=abilene").await.text().await?;
    assert!(list.contains("+13256766600") && list.contains("America/Chicago"));
    assert!(!admin
        .get("/staff/agencies?q=nowhere")
        .await
        .text()
        .await?
        .contains("+13256766600"));
    // The same domain cannot belong to two agencies.
    let clash = admin
        .submit(
            "/staff/agencies",
            "/staff/agencies",
            &[
                ("name", "Taylor County Sheriff"),
                ("country", "US"),
                ("domains", "abilenetx.gov"),
                ("switchboard", "+1 325 674 1300"),
                ("time_zone", "America/Chicago"),
                ("source", "county website"),
                ("verified_on", "2026-11-01"),
            ],
        )
        .await;
    assert_eq!(clash.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(clash
        .text()
        .await?
        .contains("already belongs to another agency"));

    // The console shows the directory's number and the call-back form offers it.
    let view = reviewer.get(&page).await.text().await?;
    assert!(view.contains("Agency directory: Abilene Police Department, switchboard +13256766600"));
    assert!(view.contains("value=\"+13256766600\"") && view.contains("value=\"agency directory\""));

    // Edit it, then disable it: the console stops offering it.
    let agency = app
        .store
        .agency_for_domain("abilenetx.gov")
        .await?
        .ok_or("agency")?;
    let edit = format!("/staff/agencies/{}", agency.id);
    fields[3] = ("switchboard", "+1 325 676 6601 ext. 7");
    let edited = admin.submit(&edit, &edit, &fields).await;
    assert_eq!(edited.status(), StatusCode::SEE_OTHER);
    assert!(reviewer
        .get(&page)
        .await
        .text()
        .await?
        .contains("+13256766601;ext=7"));
    let disabled = admin
        .submit(
            "/staff/agencies",
            &format!("{edit}/enabled"),
            &[("enabled", "0")],
        )
        .await;
    assert_eq!(disabled.status(), StatusCode::SEE_OTHER);
    assert_eq!(audited(&app, "agency.disabled").await, 1);
    assert!(reviewer
        .get(&page)
        .await
        .text()
        .await?
        .contains("has no entry for the"));
    Ok(())
}

async fn agencies_are_imported_from_csv_all_or_nothing(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/it/data/agencies_sample.csv"
    );
    let dry = lers(&app, &["agencies", "import", sample, "--dry-run"]).await;
    assert!(dry.ok, "{}", dry.stdout);
    assert!(dry.stdout.contains("2 agencies") && dry.stdout.contains("--dry-run"));
    assert!(
        app.store
            .agency_for_domain("abilenetx.gov")
            .await?
            .is_none(),
        "dry run changes nothing"
    );

    let bad = app.dir.path().join("bad.csv");
    let text = std::fs::read_to_string(sample)?
        + "Nowhere PD,US,nowhere.gov,555,America/Chicago,web,2026-11-01\n";
    std::fs::write(&bad, text)?;
    let refused = lers(&app, &["agencies", "import", bad.to_str().ok_or("path")?]).await;
    assert!(!refused.ok);
    assert!(
        refused.stdout.contains("line 4") && refused.stdout.contains("nothing was imported"),
        "{}",
        refused.stdout
    );
    assert!(
        app.store
            .agency_for_domain("abilenetx.gov")
            .await?
            .is_none(),
        "nothing imported"
    );

    let done = lers(&app, &["agencies", "import", sample]).await;
    assert!(done.ok, "{}", done.stdout);
    let abilene = app
        .store
        .agency_for_domain("abilenetx.gov")
        .await?
        .ok_or("imported")?;
    assert_eq!(abilene.switchboard, "+13256766600");
    assert_eq!(abilene.time_zone, "America/Chicago");
    // A subdomain finds its agency; a second domain of the same agency too.
    let uk = app
        .store
        .agency_for_domain("cid.sample.police.uk")
        .await?
        .ok_or("subdomain")?;
    assert_eq!(uk.switchboard, "+442079460000");
    assert!(app
        .store
        .agency_for_domain("sample-constabulary.police.uk")
        .await?
        .is_some());
    assert_eq!(audited(&app, "agency.imported").await, 1);
    // Importing again updates rather than duplicates.
    assert!(lers(&app, &["agencies", "import", sample]).await.ok);
    assert_eq!(app.store.agencies("", 50, 0).await?.total, 2);
    Ok(())
}
