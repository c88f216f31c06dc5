//! The recycle bin and legal holds through the pages: the delete buttons, the bin,
//! restoring (and a refused restore explained), the legal hold form.

use lers_domain::account::Role;
use reqwest::StatusCode;

use super::*;
use crate::both_backends;

both_backends!(the_bin_and_legal_holds_work_from_the_pages);

async fn the_bin_and_legal_holds_work_from_the_pages(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    // A requester removes a document from the request page and restores it from the bin.
    app.sign_up("dana@abilenetx.gov").await;
    let (id, _) = app.file_request("user_data", None).await;
    let upload = app
        .upload(&id, "warrant.pdf", lers_app::sample_pdf("", "WARRANT"))
        .await;
    assert_eq!(upload.status(), StatusCode::SEE_OTHER);
    let document: String = sqlx::query_scalar("SELECT public_id FROM documents")
        .fetch_one(app.store.pool())
        .await?;
    let page = format!("/requests/{id}");
    let removed = app
        .submit(
            &page,
            &format!("/requests/{id}/documents/{document}/delete"),
            &[],
        )
        .await;
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    let html = app.get(&page).await.text().await?;
    assert!(!html.contains(&format!("/documents/{document}\"")));
    let bin = app.get("/bin").await.text().await?;
    assert!(
        bin.contains("warrant.pdf") && bin.contains("Document"),
        "{bin}"
    );
    let entry: i64 = count(&app, "SELECT id FROM recycle_bin").await;
    let restored = app
        .submit("/bin", &format!("/bin/{entry}/restore"), &[])
        .await;
    assert_eq!(restored.status(), StatusCode::SEE_OTHER);
    let bin = app.get(&location(&restored)).await.text().await?;
    assert!(bin.contains("warrant.pdf was restored"), "{bin}");
    assert!(app
        .get(&page)
        .await
        .text()
        .await?
        .contains(&format!("/documents/{document}\"")));

    // An admin deletes an allow-list entry; restoring it over a new one is refused
    // with the reason on the page.
    let (admin, _) = app
        .staff(
            "Ada Admin",
            "ada@provider.example",
            &[Role::Admin, Role::Approver],
        )
        .await;
    let police = count(
        &app,
        "SELECT id FROM gov_domains WHERE pattern = '*.police.uk'",
    )
    .await;
    let deleted = admin
        .submit(
            "/staff/domains",
            &format!("/staff/domains/{police}/delete"),
            &[],
        )
        .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    let listed = admin.get("/staff/domains").await.text().await?;
    let row = format!("/staff/domains/{police}/enabled");
    assert!(!listed.contains(&row), "gone from the allow-list page");
    let added = admin
        .submit(
            "/staff/domains",
            "/staff/domains",
            &[("pattern", "*.police.uk"), ("organization", "Again")],
        )
        .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let entry = count(
        &app,
        "SELECT id FROM recycle_bin WHERE kind = 'allow_list_entry'",
    )
    .await;
    let bin = admin.get("/bin").await.text().await?;
    assert!(bin.contains("*.police.uk"), "{bin}");
    let refused = admin
        .submit("/bin", &format!("/bin/{entry}/restore"), &[])
        .await;
    let bin = admin.get(&location(&refused)).await.text().await?;
    assert!(bin.contains("in use again since it was deleted"), "{bin}");

    // The legal hold form on a case: a reason is required; placed, then lifted.
    let hold_page = format!("/staff/requests/{id}/legal-hold");
    let none = admin
        .submit(
            &hold_page,
            &hold_page,
            &[("action", "place"), ("reason", " ")],
        )
        .await;
    let html = admin.get(&location(&none)).await.text().await?;
    assert!(
        html.contains("needs a reason") && html.contains("id=\"hold-none\""),
        "{html}"
    );
    let placed = admin
        .submit(
            &hold_page,
            &hold_page,
            &[("action", "place"), ("reason", "Civil suit 2031-77")],
        )
        .await;
    let html = admin.get(&location(&placed)).await.text().await?;
    assert!(
        html.contains("id=\"hold-in-force\"") && html.contains("Civil suit 2031-77"),
        "{html}"
    );
    let lifted = admin
        .submit(
            &hold_page,
            &hold_page,
            &[("action", "lift"), ("reason", "Settled")],
        )
        .await;
    let html = admin.get(&location(&lifted)).await.text().await?;
    assert!(html.contains("id=\"hold-none\""), "{html}");
    assert_eq!(audited(&app, "retention.legal_hold_placed").await, 1);
    assert_eq!(audited(&app, "retention.legal_hold_lifted").await, 1);
    // A requester has no legal hold page.
    assert_eq!(app.get(&hold_page).await.status(), StatusCode::NOT_FOUND);
    Ok(())
}

both_backends!(a_draft_request_goes_to_the_bin_with_its_documents);

async fn a_draft_request_goes_to_the_bin_with_its_documents(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("dana@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let mut fields = request_fields("user_data", None);
    fields.retain(|(name, _)| *name != "action");
    fields.push(("action", "save".into()));
    app.post_request_form(&id, &fields).await;
    let upload = app
        .upload(&id, "warrant.pdf", lers_app::sample_pdf("", "WARRANT"))
        .await;
    assert_eq!(upload.status(), StatusCode::SEE_OTHER);
    let edit = format!("/requests/{id}/edit");
    let deleted = app
        .submit(&edit, &format!("/requests/{id}/delete"), &[])
        .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    let list = app.get("/requests").await.text().await?;
    assert!(!list.contains(&id), "gone from the list");
    assert_eq!(app.get(&edit).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM documents").await, 0);
    let bin = app.get("/bin").await.text().await?;
    assert!(bin.contains("Draft request"), "{bin}");

    let entry = count(&app, "SELECT id FROM recycle_bin").await;
    let restored = app
        .submit("/bin", &format!("/bin/{entry}/restore"), &[])
        .await;
    assert_eq!(restored.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get(&edit).await.status(), StatusCode::OK);
    assert!(app.get("/requests").await.text().await?.contains(&id));
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM documents").await,
        1,
        "its document came back"
    );

    // Deleted again and left: purged with its document crypto-shredded.
    app.submit(&edit, &format!("/requests/{id}/delete"), &[])
        .await;
    assert_eq!(blobs_on_disk(&app), 1);
    app.advance(lers_domain::clock::Duration::days(61));
    tick(&app).await;
    assert_eq!(blobs_on_disk(&app), 0);
    let purged = "SELECT COUNT(*) FROM recycle_bin WHERE purged_at IS NOT NULL AND payload = ''";
    assert_eq!(count(&app, purged).await, 1, "the second entry is purged");
    let restored = "SELECT COUNT(*) FROM recycle_bin WHERE restored_at IS NOT NULL";
    assert_eq!(count(&app, restored).await, 1, "the first was restored");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM requests").await, 0);
    Ok(())
}
