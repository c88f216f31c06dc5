//! EU orders in the transparency report: per issuing member state and type, with EA
//! refusals and Form 3 answers, in the JSON and a CSV of their own; the main CSV keeps
//! its columns.

use lers_domain::account::Role;
use lers_domain::transparency::CSV_HEADER;

use super::*;
use crate::both_backends;
use crate::transparency::publish_draft;

both_backends!(eu_orders_are_counted_per_member_state_and_type);

async fn eu_orders_are_counted_per_member_state_and_type(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let requester = app.eu_requester("dana@abilenetx.gov").await;
    let team = EuTeam::new(&app).await;
    // Germany: two EPOCs (one refused by the EA) and an emergency EPOC.
    let refused = approved_epoc(&app, &team, &requester, json!({})).await;
    app.file_eu_order(&requester, "epoc", eu_certificate("DE", json!({})))
        .await;
    app.file_eu_order(
        &requester,
        "epoc",
        eu_certificate("DE", json!({"emergency": true})),
    )
    .await;
    // France: an EPOC-PR, preserved at receipt, answered with a Form 3 (no review:
    // the answer ends its preservation).
    let (answered, _) = app
        .file_eu_order(&requester, "epoc_pr", eu_certificate("FR", json!({})))
        .await;
    assert_eq!(
        team.eu_form(
            &refused,
            "ea-decision",
            &[
                ("ea_decision", "full_refusal"),
                ("ea_ground", "dual_criminality")
            ],
        )
        .await
        .status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        team.eu_form(
            &answered,
            "form3",
            &[
                ("form3_reason_service_not_covered", "on"),
                (
                    "form3_explanation",
                    "The service named is not offered in the EU."
                ),
            ],
        )
        .await
        .status(),
        StatusCode::SEE_OTHER
    );
    let (status,): (String,) = sqlx::query_as("SELECT status FROM requests WHERE public_id = $1")
        .bind(&answered)
        .fetch_one(app.store.pool())
        .await?;
    assert_eq!(status, "released", "the Form 3 ended the preservation");

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
    let draft = admin.get(&location(&computed)).await.text().await?;
    assert_eq!(
        publish_draft(&admin, &draft).await?.status(),
        StatusCode::SEE_OTHER
    );

    let anonymous = app.new_anonymous();
    let json: Value = anonymous
        .get(app.url("/transparency/2026-H2.json"))
        .send()
        .await?
        .json()
        .await?;
    let rows: Vec<(String, String, u64, u64, u64)> = json["eu_orders"]
        .as_array()
        .ok_or("eu_orders")?
        .iter()
        .map(|r| {
            (
                r["member_state"].as_str().unwrap_or_default().to_owned(),
                r["order_type"].as_str().unwrap_or_default().to_owned(),
                r["orders"].as_u64().unwrap_or_default(),
                r["ea_refusals"].as_u64().unwrap_or_default(),
                r["form3_answers"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    let row = |state: &str, kind: &str, n, refusals, form3| {
        (state.to_owned(), kind.to_owned(), n, refusals, form3)
    };
    assert_eq!(
        rows,
        [
            row("FR", "epoc_pr", 1, 0, 1),
            row("DE", "epoc", 2, 1, 0),
            row("DE", "emergency_epoc", 1, 0, 0),
        ]
    );
    let eu_csv = anonymous
        .get(app.url("/transparency/2026-H2-eu.csv"))
        .send()
        .await?
        .text()
        .await?;
    assert_eq!(
        eu_csv,
        "Period Ending,Issuing Member State,CLDR Territory Code,Order Type,EU Orders,EA Refusals,Form 3 Answers\n\
         2026-12-31,France,FR,epoc_pr,1,0,1\n\
         2026-12-31,Germany,DE,epoc,2,1,0\n\
         2026-12-31,Germany,DE,emergency_epoc,1,0,0\n"
    );
    // The public page shows the section and links its CSV.
    let page = anonymous
        .get(app.url("/transparency"))
        .send()
        .await?
        .text()
        .await?;
    assert!(page.contains("id=\"download-eu-csv\" href=\"/transparency/2026-H2-eu.csv\""));
    assert!(page.contains("data-member-state=\"DE\" data-type=\"emergency_epoc\""));
    // The main CSV keeps its header; EU orders count there like any request.
    let csv = anonymous
        .get(app.url("/transparency/2026-H2.csv"))
        .send()
        .await?
        .text()
        .await?;
    assert_eq!(csv.lines().next(), Some(CSV_HEADER));
    assert!(csv.contains(",Germany,DE,"));
    assert_eq!(
        anonymous
            .get(app.url("/transparency/2026-H2-eu.json"))
            .send()
            .await?
            .status(),
        StatusCode::NOT_FOUND
    );
    Ok(())
}
