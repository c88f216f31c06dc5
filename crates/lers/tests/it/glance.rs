//! Pages read at a glance (issue 17): a requester's counts by status and response
//! clocks on the dashboard, the queue's counts under its filter, and the public
//! transparency page narrowed by country and legal process without script.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;
use crate::transparency::{file, publish_draft};

both_backends!(
    dashboard_and_queue_count_and_show_clocks,
    the_transparency_filter_narrows_chart_and_table,
    the_console_request_page_puts_what_a_reviewer_needs_first,
);

/// Issue 17 §4: kind, clock, legal process, targets with deconfliction and risk come
/// before the documents, the review and the rest.
async fn the_console_request_page_puts_what_a_reviewer_needs_first(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("order@abilenetx.gov").await;
    let (id, _) = app.file_request("emergency", None).await;
    app.log_out().await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let html = reviewer
        .get(&format!("/staff/requests/{id}"))
        .await
        .text()
        .await?;
    let order = [
        "id=\"at-a-glance\"",
        "Kind</dt>",
        "Due</dt>",
        "id=\"h-deconfliction\"",
        "id=\"risk\"",
        "id=\"h-documents\"",
        "id=\"h-review\"",
        "id=\"h-timeline\"",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|mark| html.find(mark).ok_or(format!("{mark} on the page")))
        .collect::<Result<_, _>>()?;
    assert!(
        positions.windows(2).all(|pair| pair[0] < pair[1]),
        "{order:?} at {positions:?}"
    );
    Ok(())
}

/// The count shown in the queue's headline element `id`.
fn count(html: &str, id: &str) -> Option<String> {
    let start = html.find(&format!("id=\"{id}\">"))? + id.len() + 6;
    Some(html[start..].chars().take_while(|c| *c != '<').collect())
}

async fn dashboard_and_queue_count_and_show_clocks(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let det = app.sign_up("det@abilenetx.gov").await;
    app.file_request("user_data", None).await;
    app.file_request("user_data", None).await;
    app.file_request("emergency", None).await;
    app.start_request("preservation").await;

    let dashboard = app.get("/dashboard").await.text().await?;
    assert!(
        dashboard.contains("<a href=\"/requests?status=draft\"><span class=\"count\">1</span>"),
        "one draft: {dashboard}"
    );
    assert!(
        dashboard.contains("<a href=\"/requests?status=submitted\"><span class=\"count\">3</span>"),
        "three submitted: {dashboard}"
    );
    // The three open requests have a clock, the draft none; nothing is late yet.
    assert_eq!(dashboard.matches("<td class=\"clock\">—</td>").count(), 1);
    assert_eq!(dashboard.matches("<td class=\"clock\">").count(), 4);
    assert!(!dashboard.contains("overdue-flag"));

    let (staff, rita) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let queue = staff.get("/staff/queue").await.text().await?;
    assert_eq!(count(&queue, "count-total").as_deref(), Some("3"));
    assert_eq!(count(&queue, "count-overdue").as_deref(), Some("0"));
    assert_eq!(count(&queue, "count-emergencies").as_deref(), Some("1"));
    let user_data = staff
        .get("/staff/queue?kind=user_data")
        .await
        .text()
        .await?;
    assert_eq!(count(&user_data, "count-total").as_deref(), Some("2"));
    assert_eq!(count(&user_data, "count-emergencies").as_deref(), Some("0"));

    // Past the 30-day default, every answer is late: counted in the queue, flagged on
    // the dashboard (sessions have lapsed by then: both sign in again).
    app.advance(Duration::days(31));
    staff
        .log_in(&rita.email, &rita.password, &app.code(&rita.secret))
        .await;
    app.log_in(&det.email, &det.password, &app.code(&det.secret))
        .await;
    let queue = staff.get("/staff/queue").await.text().await?;
    assert_eq!(count(&queue, "count-overdue").as_deref(), Some("3"));
    let overdue = staff.get("/staff/queue?overdue=1").await.text().await?;
    assert_eq!(count(&overdue, "count-total").as_deref(), Some("3"));
    assert_eq!(count(&overdue, "count-overdue").as_deref(), Some("3"));
    assert_eq!(count(&overdue, "count-emergencies").as_deref(), Some("1"));
    let dashboard = app.get("/dashboard").await.text().await?;
    assert_eq!(dashboard.matches("class=\"overdue-flag\"").count(), 3);
    Ok(())
}

async fn the_transparency_filter_narrows_chart_and_table(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("clerk@abilenetx.gov").await;
    file(&app, "user_data", "US", Some("search_warrant")).await;
    file(&app, "user_data", "US", Some("search_warrant")).await;
    file(&app, "user_data", "US", Some("subpoena")).await;
    file(&app, "user_data", "PL", Some("court_order")).await;
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
    assert_eq!(
        publish_draft(&admin, &draft_page).await?.status(),
        StatusCode::SEE_OTHER
    );
    let page = |query: &'static str| {
        let client = app.new_anonymous();
        let url = app.url(&format!("/transparency{query}"));
        async move { client.get(url).send().await?.text().await }
    };

    // Everything: a bar per country, both countries' rows in the table.
    let all = page("").await?;
    assert!(all.contains("<title id=\"chart-countries\">Requests by country</title>"));
    assert!(all.contains("data-country=\"US\"") && all.contains("data-country=\"PL\""));
    assert!(all.contains("<option value=\"PL\">") && all.contains("<option value=\"subpoena\">"));
    assert!(!all.contains("id=\"filter-clear\""));

    // One country: a bar per legal process, only its rows, the choice kept.
    let us = page("?period=2026-H2&country=us").await?;
    assert!(us.contains("<title id=\"chart-countries\">Requests by legal process</title>"));
    assert!(us.contains(">Search warrant</text>") && us.contains(">Subpoena</text>"));
    assert!(us.contains("data-country=\"US\"") && !us.contains("data-country=\"PL\""));
    assert!(us.contains("<option value=\"US\" selected>"));
    assert!(us.contains("id=\"filter-clear\""));
    assert_eq!(us.matches("<tr data-country=").count(), 2);

    // A country and a process: one row; a legal process alone: every country having it.
    let one = page("?country=US&process=subpoena").await?;
    assert_eq!(one.matches("<tr data-country=").count(), 1);
    let orders = page("?process=court_order").await?;
    assert_eq!(orders.matches("<tr data-country=\"PL\"").count(), 1);
    assert_eq!(orders.matches("<tr data-country=").count(), 1);

    // Nothing matches: said in words, no empty chart; the totals stay the report's.
    let none = page("?country=FR").await?;
    assert!(none.contains("id=\"filter-empty\""));
    assert!(!none.contains("<tr data-country="));
    assert!(none.contains("id=\"total-requests\">4<"));
    assert!(!none.contains("<script"));
    Ok(())
}
