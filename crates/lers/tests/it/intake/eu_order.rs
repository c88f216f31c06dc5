//! An EU order received through the decentralised IT system, registered by intake
//! staff with the portal's form: its certificate, its 8-hour clock from receipt and its
//! preservation from receipt are those of an order filed on the portal.

use super::*;
use crate::eu_orders::eu_fields;

crate::both_backends!(intake_registers_an_emergency_epoc_from_the_eu_system);

async fn intake_registers_an_emergency_epoc_from_the_eu_system(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let staff = intake_staff(&app).await;
    // Received at 06:00, registered at noon: six of its eight hours are gone.
    let at = "2026-11-27 06:00";
    let mut fields = intake_fields("eu_decentralised_it", at, "weber@sta-berlin.example");
    fields.retain(|(k, _)| *k != "kind");
    fields.push(("kind", "epoc".into()));
    let id = take_in_with(&staff, &fields).await;
    let scan = upload_scan(&staff, &id, lers_app::sample_pdf("", "EPOC")).await;
    assert_eq!(scan.status(), StatusCode::SEE_OTHER);

    // The same form as the portal's: an incomplete certificate is refused by field ...
    let page = format!("/staff/intake/{id}/edit");
    let mut incomplete = eu_fields("epoc", true);
    incomplete.retain(|(k, _)| *k != "eu_offence");
    let refused = staff.submit(&page, &page, &as_refs(&incomplete)).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await?.contains("id=\"f-eu_offence-error\""));

    // ... and a complete one registers it.
    let response = staff
        .submit(&page, &page, &as_refs(&eu_fields("epoc", true)))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    let (channel, received_at, due_at) = arrival_of(&app, &id).await;
    assert_eq!(channel, "eu_decentralised_it");
    assert_eq!(received_at, received(at).unix_millis());
    assert_eq!(
        due_at,
        received(at).plus(Duration::hours(8)).unix_millis(),
        "an emergency EPOC is due eight hours after receipt, not after registration"
    );
    let (started_at,): (i64,) =
        sqlx::query_as("SELECT e.started_at FROM eu_preservations e JOIN requests r ON r.id = e.request_id WHERE r.public_id = $1")
            .bind(&id)
            .fetch_one(app.store.pool())
            .await?;
    assert_eq!(
        started_at,
        received(at).unix_millis(),
        "preserved from receipt"
    );

    // It waits with the emergencies, and the case shows the certificate.
    let queue = staff.get("/staff/queue").await.text().await?;
    assert!(queue.contains("EU decentralised IT system"));
    assert!(
        queue.contains("<tr class=\"emergency \">"),
        "with the emergencies"
    );
    let case = staff
        .get(&format!("/staff/requests/{id}"))
        .await
        .text()
        .await?;
    assert!(case.contains("Staatsanwaltschaft Berlin"));
    assert!(case.contains("id=\"eu-clocks\""));
    app.advance(Duration::minutes(2 * 60 + 1));
    // (The intake session has timed out by now; a reviewer looks at the queue.)
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let overdue = reviewer.get("/staff/queue").await.text().await?;
    assert!(
        overdue.contains("<tr class=\"emergency overdue\">"),
        "past its eight hours"
    );
    Ok(())
}
