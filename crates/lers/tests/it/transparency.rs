//! Transparency reports: figures against a hand-computed fixture, bands, the publish
//! workflow with versions, and no request-level data in anything public.

use lers_domain::account::{Role, Roles};
use lers_domain::clock::Duration;
use lers_domain::request::review::{Answer, Checklist, Criterion, DecisionReason};
use lers_store::{
    prelude::*, Ctx, DecisionKind, NewDecision, NewToken, RequestStore, TransparencyStore,
};
use reqwest::StatusCode;
use serde_json::Value;

use crate::both_backends;
use crate::harness::*;

both_backends!(published_reports_match_the_fixture_and_reveal_no_request);

/// Files a request of `kind` with `country` and `instrument`; returns its id.
pub(crate) async fn file(
    app: &TestApp,
    kind: &str,
    country: &str,
    instrument: Option<&str>,
) -> String {
    let id = app.start_request(kind).await;
    let mut fields = request_fields(kind, None);
    for (key, value) in fields.iter_mut() {
        match (*key, instrument) {
            ("country", _) => *value = country.into(),
            ("instrument", Some(instrument)) => *value = instrument.into(),
            _ => {}
        }
    }
    assert_eq!(
        app.post_request_form(&id, &fields).await.status(),
        StatusCode::SEE_OTHER,
        "{kind} {country}"
    );
    id
}

async fn decide(app: &TestApp, id: &str, kind: DecisionKind) -> TestResult {
    let owner = app
        .store
        .account_by_email("clerk@abilenetx.gov")
        .await?
        .ok_or("owner")?;
    let request = app.store.request_for(&owner, id).await?.ok_or("request")?;
    let ctx = Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    let staff = |email: &str, role: Role| {
        let email = email.to_owned();
        async move {
            let roles: Roles = [role].into_iter().collect();
            let token = NewToken {
                token_hash: lers_store::tokens::hash(&email),
                expires_at: app.clock_now().plus(Duration::hours(1)),
            };
            match app.store.account_by_email(&email).await.expect("db") {
                Some(account) => account,
                None => app
                    .store
                    .create_staff(
                        &email,
                        "Staff",
                        &roles,
                        token,
                        &Ctx {
                            at: app.clock_now(),
                            actor: "system".into(),
                            ip: None,
                        },
                    )
                    .await
                    .expect("staff"),
            }
        }
    };
    let reviewer = staff("reviewer@provider.example", Role::Reviewer).await;
    let approver = staff("approver@provider.example", Role::Approver).await;
    let answers = Criterion::ALL
        .iter()
        .map(|c| Answer {
            criterion: *c,
            problem: false,
            note: String::new(),
        })
        .collect();
    let checklist = Checklist::complete(answers).map_err(|e| format!("{e:?}"))?;
    app.store
        .save_review(&request.summary, &reviewer, &checklist, &ctx)
        .await?;
    let decision = NewDecision {
        kind,
        reasons: vec![DecisionReason::Overbroad],
        note_to_requester: String::new(),
        scope: None,
    };
    let decider = if kind.approves() {
        &approver
    } else {
        &reviewer
    };
    app.store
        .record_decision(&request.summary, decider, &decision, &ctx)
        .await?;
    Ok(())
}

async fn published_reports_match_the_fixture_and_reveal_no_request(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("clerk@abilenetx.gov").await;
    // The fixture, in the second half of 2026 (each request names two accounts):
    //   US search warrant ×3: two approved (no content), one rejected;
    //   US subpoena ×1: withdrawn; US national-security ×2; PL emergency ×1;
    //   US preservation ×1 (with the default non-disclosure order; no delay order).
    let warrants = [
        file(&app, "user_data", "US", Some("search_warrant")).await,
        file(&app, "user_data", "US", Some("search_warrant")).await,
        file(&app, "user_data", "US", Some("search_warrant")).await,
    ];
    let subpoena = file(&app, "user_data", "US", Some("subpoena")).await;
    file(&app, "user_data", "US", Some("national_security")).await;
    file(&app, "user_data", "US", Some("national_security")).await;
    file(&app, "emergency", "PL", None).await;
    file(&app, "preservation", "US", None).await;
    decide(&app, &warrants[0], DecisionKind::Approve).await?;
    decide(&app, &warrants[1], DecisionKind::Approve).await?;
    decide(&app, &warrants[2], DecisionKind::Reject).await?;
    let owner = app
        .store
        .account_by_email("clerk@abilenetx.gov")
        .await?
        .ok_or("owner")?;
    let ctx = Ctx {
        at: app.clock_now(),
        actor: owner.pseudonym.clone(),
        ip: None,
    };
    app.store
        .withdraw_request(&owner, &subpoena, "No longer needed", &ctx)
        .await?;

    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let computed = admin
        .submit(
            "/staff/transparency",
            "/staff/transparency",
            &[("period", "2026-H2"), ("changelog", "")],
        )
        .await;
    assert_eq!(computed.status(), StatusCode::SEE_OTHER);
    let draft_page = admin.get(&location(&computed)).await.text().await?;
    assert!(draft_page.contains("Draft for 2026-H2"));

    // Unpublished numbers are nowhere public.
    let public = app
        .new_anonymous()
        .get(app.url("/transparency"))
        .send()
        .await?
        .text()
        .await?;
    assert!(public.contains("No report has been published yet"));
    assert_eq!(
        app.new_anonymous()
            .get(app.url("/transparency/2026-H2.csv"))
            .send()
            .await?
            .status(),
        StatusCode::NOT_FOUND
    );

    assert_eq!(
        publish_draft(&admin, &draft_page).await?.status(),
        StatusCode::SEE_OTHER
    );

    let anonymous = app.new_anonymous();
    let json: Value = anonymous
        .get(app.url("/transparency/2026-H2.json"))
        .send()
        .await?
        .json()
        .await?;
    let row = |country: &str, process: &str| -> Result<Value, String> {
        json["rows"]
            .as_array()
            .and_then(|rows| {
                rows.iter()
                    .find(|r| r["country"] == country && r["process"] == process)
                    .cloned()
            })
            .ok_or(format!("no row {country} {process}"))
    };
    let warrant = row("US", "search_warrant")?;
    assert_eq!(
        (warrant["requests"].as_u64(), warrant["accounts"].as_u64()),
        (Some(3), Some(6))
    );
    assert_eq!(
        warrant["disclosed_basis_points"].as_u64(),
        Some(6666),
        "2 of 3 = 66.66 %"
    );
    assert_eq!(
        (
            warrant["rejected"].as_u64(),
            warrant["non_content_disclosures"].as_u64(),
            warrant["content_disclosures"].as_u64()
        ),
        (Some(1), Some(2), Some(0))
    );
    assert_eq!(row("US", "subpoena")?["withdrawn"].as_u64(), Some(1));
    let nsl = row("US", "national_security")?;
    assert_eq!(
        nsl["requests"],
        serde_json::json!({"from": 0, "to": 249}),
        "national-security figures are bands"
    );
    assert!(nsl["disclosed_basis_points"].is_null());
    assert_eq!(row("PL", "emergency")?["emergency"].as_u64(), Some(1));
    assert_eq!(
        row("US", "preservation_letter")?["preservation"].as_u64(),
        Some(1)
    );
    assert_eq!(
        json["total_requests"].as_u64(),
        Some(6),
        "exact rows only: 3 + 1 + 1 + 1"
    );

    // The CSV, read with a standard parser, says the same as the JSON.
    let csv_text = anonymous
        .get(app.url("/transparency/2026-H2.csv"))
        .send()
        .await?
        .text()
        .await?;
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers: Vec<String> = reader.headers()?.iter().map(str::to_owned).collect();
    assert_eq!(
        headers,
        [
            "Period Ending",
            "Country/Region",
            "CLDR Territory Code",
            "Legal Process",
            "User Data Requests",
            "Percentage disclosed",
            "Accounts"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>()?;
    let rows = json["rows"].as_array().ok_or("rows")?;
    assert_eq!(records.len(), rows.len());
    for (record, row) in records.iter().zip(rows) {
        assert_eq!(&record[0], "2026-12-31");
        assert_eq!(&record[2], row["country"].as_str().ok_or("country")?);
        assert_eq!(&record[3], row["process"].as_str().ok_or("process")?);
        let figure = |v: &Value| {
            v.as_u64()
                .map(|n| n.to_string())
                .unwrap_or_else(|| format!("{}-{}", v["from"], v["to"]))
        };
        assert_eq!(record[4], figure(&row["requests"]));
        assert_eq!(record[6], figure(&row["accounts"]));
        let percentage = row["disclosed_basis_points"]
            .as_u64()
            .map(|bp| format!("{}.{:02}", bp / 100, bp % 100))
            .unwrap_or_default();
        assert_eq!(record[5], percentage);
    }

    // Nothing request-level in any public output.
    let page = anonymous
        .get(app.url("/transparency"))
        .send()
        .await?
        .text()
        .await?;
    for public in [&page, &csv_text, &json.to_string()] {
        for secret in [
            "LERS-2026-",
            "+15550100199",
            "suspect@example.com",
            "Abilene Police",
            "clerk@abilenetx.gov",
            "Cause No.",
        ] {
            assert!(!public.contains(secret), "{secret} leaked");
        }
    }
    assert!(
        page.contains("<svg") && !page.contains("<script"),
        "server-rendered chart, no scripts"
    );

    // A correction is a new version with its note; the first stays as it was.
    app.advance(Duration::minutes(1));
    let (admin, _) = app
        .staff("Abe Admin", "abe@provider.example", &[Role::Admin])
        .await;
    let computed = admin
        .submit(
            "/staff/transparency",
            "/staff/transparency",
            &[
                ("period", "2026-H2"),
                ("changelog", "Counts a late withdrawal."),
            ],
        )
        .await;
    let draft_page = admin.get(&location(&computed)).await.text().await?;
    publish_draft(&admin, &draft_page).await?;
    let page = anonymous
        .get(app.url("/transparency?period=2026-H2"))
        .send()
        .await?
        .text()
        .await?;
    assert!(page.contains("version 2") && page.contains("Counts a late withdrawal."));
    let versions = app.store.reports().await?;
    assert_eq!(
        versions.iter().filter(|r| r.published).count(),
        2,
        "both versions kept"
    );
    Ok(())
}

/// Publishes the draft report shown on `draft_page` through its publish form.
pub(crate) async fn publish_draft(
    admin: &Browser<'_>,
    draft_page: &str,
) -> TestResult<reqwest::Response> {
    let start = draft_page
        .find("/staff/transparency/")
        .ok_or("publish form")?;
    let publish_path: String = draft_page[start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    Ok(admin
        .submit("/staff/transparency", &publish_path, &[])
        .await)
}
