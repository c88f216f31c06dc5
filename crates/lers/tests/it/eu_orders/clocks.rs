//! The Regulation's clocks in the queue and on the case: an emergency EPOC due in
//! 8 hours sorts with the emergencies; an EPOC preserves from receipt until it is over.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_domain::eu::KeptUntil;

use super::*;
use crate::both_backends;

both_backends!(
    an_emergency_epoc_is_due_in_eight_hours_and_queued_with_emergencies,
    an_epoc_preserves_from_receipt_until_its_request_is_over,
);

/// The queue row of `reference`, and its position among the rows.
fn queue_row<'a>(html: &'a str, reference: &str) -> (usize, &'a str) {
    let rows: Vec<&str> = html.split("<tr").skip(2).collect();
    rows.iter()
        .enumerate()
        .find(|(_, row)| row.contains(reference))
        .map(|(index, row)| (index, *row))
        .unwrap_or_else(|| panic!("{reference} in the queue: {html}"))
}

async fn an_emergency_epoc_is_due_in_eight_hours_and_queued_with_emergencies(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("urgent@abilenetx.gov").await;
    // An ordinary request first, due long before the emergency EPOC would be by id.
    let (_, ordinary) = app.file_request("user_data", None).await;
    app.advance(Duration::minutes(5));
    let mut fields = eu_fields("epoc", true);
    fields.extend([
        ("eu_ea_notified", "on".to_owned()),
        ("eu_enforcing_authority", "Parquet de Paris".to_owned()),
    ]);
    let (id, reference) = app.file_eu(&fields, "epoc").await;
    let received = app.clock_now();
    let due = at(received.plus(Duration::hours(8)));

    let (staff, ivy) = app
        .staff("Ivy Intake", "ivy@provider.example", &[Role::Intake])
        .await;
    let queue = staff.get("/staff/queue").await.text().await?;
    let (position, row) = queue_row(&queue, &reference);
    let (ordinary_position, _) = queue_row(&queue, &ordinary);
    assert!(
        position < ordinary_position,
        "the emergency EPOC comes first"
    );
    assert!(row.contains("class=\"emergency"), "{row}");
    assert!(row.contains(&due), "due in 8 hours: {row}");
    assert!(
        row.contains(&at(received.plus(Duration::hours(96)))),
        "EA window: {row}"
    );
    assert!(row.contains("Kept until the request is closed"), "{row}");
    assert!(!row.contains("overdue-flag"), "{row}");

    let case = staff
        .get(&format!("/staff/requests/{id}"))
        .await
        .text()
        .await?;
    assert!(panel(&case).contains(&due));
    assert!(case.contains("Emergency: produce within 8 hours"));

    // Eight hours and a minute later it is overdue, in the queue and on the case.
    app.advance(Duration::minutes(8 * 60 + 1));
    staff
        .log_in(&ivy.email, &ivy.password, &app.code(&ivy.secret))
        .await;
    let queue = staff.get("/staff/queue").await.text().await?;
    let (_, row) = queue_row(&queue, &reference);
    assert!(row.contains("overdue-flag"), "overdue after 8 hours: {row}");
    let overdue_only = staff.get("/staff/queue?overdue=1").await.text().await?;
    assert!(overdue_only.contains(&reference));
    let case = staff
        .get(&format!("/staff/requests/{id}"))
        .await
        .text()
        .await?;
    assert!(case.contains("overdue-flag"));
    Ok(())
}

async fn an_epoc_preserves_from_receipt_until_its_request_is_over(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("keep-epoc@abilenetx.gov").await;
    let (id, reference) = app.file_eu(&eu_fields("epoc", false), "epoc").await;
    let record = app
        .store
        .staff_request(&id, &app.system_ctx())
        .await?
        .ok_or("request")?;
    let facts = app
        .store
        .eu_order_facts(&record.summary)
        .await?
        .ok_or("facts")?;
    assert_eq!(
        facts.preservation.clocks.received_at,
        app.clock_now(),
        "from receipt"
    );
    assert_eq!(
        record.summary.status.as_str(),
        "submitted",
        "before any reviewer"
    );
    assert_eq!(app.audited("eu.preservation_started").await, 1);
    // No fixed end: a year later it is still kept (no job ends it).
    app.advance(Duration::days(365));
    app.state.run_due_jobs("test").await;
    let facts = app
        .store
        .eu_order_facts(&record.summary)
        .await?
        .ok_or("facts")?;
    assert_eq!(
        facts.preservation.kept_until(app.clock_now()),
        KeptUntil::RequestOver
    );

    // Withdrawn, it ends with its request (the official signs in again first).
    app.log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    let page = format!("/requests/{id}");
    let withdrawn = app
        .submit(
            &page,
            &format!("{page}/withdraw"),
            &[("reason", "Case closed by the court.")],
        )
        .await;
    assert_eq!(withdrawn.status(), StatusCode::SEE_OTHER);
    let html = app.get(&page).await.text().await?;
    assert!(
        panel(&html).contains("Ended with the request"),
        "{}",
        panel(&html)
    );
    assert!(html.contains(&reference));
    Ok(())
}
