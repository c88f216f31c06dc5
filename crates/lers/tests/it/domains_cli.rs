//! `lers domains import | check` with the real CISA list.

use crate::audit_cli::lers;
use crate::harness::*;

fn cisa_csv() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/data/dotgov/current-full.csv").to_owned()
}

#[tokio::test]
async fn the_whole_cisa_list_imports_and_answers_checks() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let csv = cisa_csv();
    let rows = std::fs::read_to_string(&csv)?
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .count();
    let run = lers(&app, &["domains", "import", &csv]).await;
    assert!(run.ok, "{}", run.stdout);
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM gov_domains WHERE source = 'cisa-dotgov'")
            .fetch_one(app.store.pool())
            .await?;
    // abilenetx.gov was seeded by the harness and is now refreshed from CISA.
    assert_eq!(usize::try_from(count)?, rows);
    assert!(rows > 16_000);
    let (org, city, state): (String, String, String) = sqlx::query_as(
        "SELECT organization, city, state FROM gov_domains WHERE pattern = 'abilenetx.gov'",
    )
    .fetch_one(app.store.pool())
    .await?;
    assert_eq!(
        (org.as_str(), city.as_str(), state.as_str()),
        ("City of Abilene", "Abilene", "TX")
    );

    // Importing again changes nothing but says so.
    let run = lers(&app, &["domains", "import", &csv]).await;
    assert!(run.ok && run.stdout.contains("0 new"), "{}", run.stdout);

    let accepted = lers(&app, &["domains", "check", "a@pd.abilenetx.gov"]).await;
    assert!(
        accepted.ok && accepted.stdout.contains("matches abilenetx.gov"),
        "{}",
        accepted.stdout
    );
    for refused in [
        "a@abilenetx.gov.evil.com",
        "a@abilenetxgov.com",
        "a@abilenetx.gov.",
        "\"a\"@abilenetx.gov",
        "a@аbilenetx.gov",
    ] {
        let run = lers(&app, &["domains", "check", refused]).await;
        assert!(!run.ok, "{refused} must be refused: {}", run.stdout);
        assert!(run.stdout.contains("refused"), "{}", run.stdout);
    }
    Ok(())
}

#[tokio::test]
async fn a_bad_file_imports_nothing_and_says_where() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let rules = app.dir.path().join("rules.txt");
    std::fs::write(&rules, "*.gov.pl  Polish government\n*.uk\n*.polizei.de\n")?;
    let run = lers(&app, &["domains", "import", &rules.display().to_string()]).await;
    assert!(!run.ok);
    assert!(run.stdout.contains("line 2"), "{}", run.stdout);
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM gov_domains WHERE pattern = '*.gov.pl'")
            .fetch_one(app.store.pool())
            .await?;
    assert_eq!(count, 0, "nothing from a bad file is stored");

    std::fs::write(
        &rules,
        "# Other countries\n*.gov.pl  Polish government\n*.polizei.de\n",
    )?;
    let run = lers(&app, &["domains", "import", &rules.display().to_string()]).await;
    assert!(run.ok, "{}", run.stdout);
    let run = lers(&app, &["domains", "check", "k.nowak@kgp.gov.pl"]).await;
    assert!(run.ok && run.stdout.contains("*.gov.pl"), "{}", run.stdout);
    Ok(())
}

#[tokio::test]
async fn the_directory_imports_from_csv() -> TestResult {
    use lers_store::DirectoryStore;
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let file = app.dir.path().join("accounts.csv");
    std::fs::write(&file, "account_id,email,phone,username,home_region,enterprise\nu-1,Suspect@Example.com,+1 (555) 010-0199,,us,no\n")?;
    let run = lers(&app, &["directory", "import", &file.display().to_string()]).await;
    assert!(
        run.ok && run.stdout.contains("imported 1"),
        "{}",
        run.stdout
    );
    let entry = app
        .store
        .directory_lookup(lers_domain::request::TargetType::Phone, "+15550100199")
        .await?;
    assert_eq!(entry.map(|e| e.account_id), Some("u-1".to_owned()));
    std::fs::write(&file, "account_id,email\nu-2,x@y\n")?;
    let run = lers(&app, &["directory", "import", &file.display().to_string()]).await;
    assert!(
        !run.ok && run.stdout.contains("missing column"),
        "{}",
        run.stdout
    );
    Ok(())
}
