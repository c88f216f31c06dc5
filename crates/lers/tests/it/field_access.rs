//! Issue 15 §5: the role × field-group matrix. Auditors see a case's metadata and
//! never its content; an admin narrows an access at once and widens one only with a
//! second admin; every refusal, and every page shown with parts withheld, is audited.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_store::{prelude::*, AuditQuery, AuditRecord};
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    auditors_see_metadata_and_admins_change_the_matrix_with_four_eyes,
    a_narrowed_access_refuses_the_act_and_audits_it,
    an_emergency_shows_a_producer_neither_narrative_nor_requester,
);

const MATRIX: &str = "/staff/field-access";
const TARGET: &str = "+15550100199";
const DESCRIPTION: &str = "Subscriber details and logs of the account used to extort";

async fn audited(app: &TestApp, action: &str) -> Vec<AuditRecord> {
    app.store
        .audit_records(&AuditQuery {
            action: Some(action.into()),
            limit: 100,
            ..Default::default()
        })
        .await
        .expect("audit")
        .items
}

fn fresh_code(app: &TestApp, who: &Person) -> String {
    app.advance(Duration::seconds(30));
    app.code(&who.secret)
}

/// A requester files a user-data request with a warrant attached; returns (id,
/// reference).
async fn filed_with_document(app: &TestApp) -> TestResult<(String, String)> {
    app.sign_up("dana@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let pdf = lers_app::sample_pdf("", "SEARCH WARRANT Cause No. 2026-4471");
    let uploaded = app.upload(&id, "warrant.pdf", pdf).await;
    assert_eq!(uploaded.status(), StatusCode::SEE_OTHER);
    let submitted = app
        .post_request_form(&id, &request_fields("user_data", None))
        .await;
    assert_eq!(submitted.status(), StatusCode::SEE_OTHER);
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    let start = html.find("<h1>LERS-").ok_or("reference heading")? + 4;
    let reference = html[start..start + 16].to_owned();
    app.log_out().await;
    Ok((id, reference))
}

fn document_link(html: &str, id: &str) -> Option<String> {
    let prefix = format!("/staff/requests/{id}/documents/doc_");
    let start = html.find(&prefix)?;
    Some(html[start..].chars().take_while(|c| *c != '"').collect())
}

async fn change(
    app: &TestApp,
    admin: &Browser<'_>,
    person: &Person,
    role: &str,
    group: &str,
    access: &str,
) -> reqwest::Response {
    let code = fresh_code(app, person);
    admin
        .submit(
            MATRIX,
            MATRIX,
            &[
                ("role", role),
                ("group", group),
                ("access", access),
                ("code", &code),
            ],
        )
        .await
}

async fn auditors_see_metadata_and_admins_change_the_matrix_with_four_eyes(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, reference) = filed_with_document(&app).await?;
    let (auditor, _) = app
        .staff("Aud Itor", "aud@provider.example", &[Role::Auditor])
        .await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (ada, ada_p) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let (ben, ben_p) = app
        .staff("Ben Admin", "ben@provider.example", &[Role::Admin])
        .await;
    let page = format!("/staff/requests/{id}");

    // The reviewer sees the whole case; nothing is withheld.
    let full = reviewer.get(&page).await.text().await?;
    assert!(full.contains(TARGET) && full.contains(DESCRIPTION));
    assert!(full.contains("dana@abilenetx.gov"));
    assert!(document_link(&full, &id).is_some());
    assert!(!full.contains("id=\"withheld-groups\""));

    // The auditor finds the case in the queue and sees its metadata, not its content.
    let queue = auditor.get("/staff/queue").await;
    assert_eq!(queue.status(), StatusCode::OK);
    assert!(queue.text().await?.contains(&reference));
    let view = auditor.get(&page).await;
    assert_eq!(view.status(), StatusCode::OK);
    let view = view.text().await?;
    assert!(view.contains(&reference) && view.contains("Cause No. 2026-4471"));
    for secret in [TARGET, DESCRIPTION, "dana@abilenetx.gov", "warrant.pdf"] {
        assert!(!view.contains(secret), "{secret} withheld from the auditor");
    }
    assert!(view.contains(
        "data-withheld=\"targets narrative legal_documents messages requester_contact productions notes\""
    ));
    let withheld = audited(&app, "field_access.withheld").await;
    assert_eq!(withheld.len(), 1, "the auditor's view with parts withheld");
    assert_eq!(withheld[0].subject.as_deref(), Some(id.as_str()));

    // Only admins see or change the matrix.
    assert_eq!(reviewer.get(MATRIX).await.status(), StatusCode::FORBIDDEN);
    let matrix = ada.get(MATRIX).await.text().await?;
    assert!(matrix.contains("data-role=\"auditor\" data-group=\"targets\" data-access=\"hidden\""));

    // An auditor may look, never edit: above the ceiling is refused, nothing stored.
    let above = change(&app, &ada, &ada_p, "auditor", "messages", "edit").await;
    assert_eq!(above.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(above.text().await?.contains("can be given at most"));
    assert!(app.store.field_rules().await?.is_empty());
    // A wrong code changes nothing either.
    let wrong = ada
        .submit(
            MATRIX,
            MATRIX,
            &[
                ("role", "auditor"),
                ("group", "targets"),
                ("access", "view"),
                ("code", "000000"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.store.field_rules().await?.is_empty());

    // Widening is proposed, and does not apply until another admin approves.
    let proposed = change(&app, &ada, &ada_p, "auditor", "targets", "view").await;
    assert_eq!(proposed.status(), StatusCode::SEE_OTHER);
    assert_eq!(audited(&app, "field_access.proposed").await.len(), 1);
    assert!(!auditor.get(&page).await.text().await?.contains(TARGET));
    // The proposer gets no approve button, and approving their own is refused.
    let own = ada.get(MATRIX).await.text().await?;
    assert!(own.contains("data-proposed=\"view\""));
    assert!(!own.contains("action=\"/staff/field-access/approve\""));
    let code = fresh_code(&app, &ada_p);
    let self_approval = ada
        .submit(
            MATRIX,
            "/staff/field-access/approve",
            &[
                ("role", "auditor"),
                ("group", "targets"),
                ("access", "view"),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(self_approval.status(), StatusCode::SEE_OTHER);
    let shown = ada.get(&location(&self_approval)).await.text().await?;
    assert!(
        shown.contains("must be approved by another admin"),
        "{shown}"
    );
    let refused = audited(&app, "field_access.changed").await;
    let reasons: Vec<&str> = refused
        .iter()
        .filter_map(|e| e.details["refused"].as_str())
        .collect();
    assert_eq!(
        refused.len(),
        2,
        "above the ceiling, then the self-approval"
    );
    assert!(reasons.iter().any(|r| r.contains("at most")), "{reasons:?}");
    assert!(
        reasons.iter().any(|r| r.contains("another admin")),
        "{reasons:?}"
    );
    assert!(!auditor.get(&page).await.text().await?.contains(TARGET));
    // Nobody else replaces a waiting proposal.
    let (cleo, cleo_p) = app
        .staff("Cleo Admin", "cleo@provider.example", &[Role::Admin])
        .await;
    let swapped = change(&app, &cleo, &cleo_p, "auditor", "targets", "view").await;
    assert_eq!(swapped.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(swapped
        .text()
        .await?
        .contains("proposal for this access is waiting"));
    // An approval names what it approves: a different access than the one proposed
    // is refused, and nothing changes.
    let code = fresh_code(&app, &ben_p);
    let stale = ben
        .submit(
            MATRIX,
            "/staff/field-access/approve",
            &[
                ("role", "auditor"),
                ("group", "targets"),
                ("access", "edit"),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(stale.status(), StatusCode::SEE_OTHER);
    assert!(ben
        .get(&location(&stale))
        .await
        .text()
        .await?
        .contains("changed or was set aside"));
    assert!(!auditor.get(&page).await.text().await?.contains(TARGET));

    // A second admin approves with a fresh code: now the auditor sees the targets.
    assert!(ben
        .get(MATRIX)
        .await
        .text()
        .await?
        .contains("action=\"/staff/field-access/approve\""));
    let code = fresh_code(&app, &ben_p);
    let approved = ben
        .submit(
            MATRIX,
            "/staff/field-access/approve",
            &[
                ("role", "auditor"),
                ("group", "targets"),
                ("access", "view"),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);
    let changed: Vec<AuditRecord> = audited(&app, "field_access.changed")
        .await
        .into_iter()
        .filter(|e| e.details.get("refused").is_none())
        .collect();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].details["to"], "view");
    assert_eq!(changed[0].details["role"], "auditor");
    let widened = auditor.get(&page).await.text().await?;
    assert!(widened.contains(TARGET));
    assert!(
        !widened.contains(DESCRIPTION),
        "only the targets were widened"
    );
    Ok(())
}

async fn a_narrowed_access_refuses_the_act_and_audits_it(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, _) = filed_with_document(&app).await?;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (ada, ada_p) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let page = format!("/staff/requests/{id}");
    let before = reviewer.get(&page).await.text().await?;
    let link = document_link(&before, &id).ok_or("document link")?;
    assert_eq!(reviewer.get(&link).await.status(), StatusCode::OK);

    // Narrowing applies at once, by one admin, audited.
    for (group, access) in [("legal_documents", "hidden"), ("messages", "view")] {
        let narrowed = change(&app, &ada, &ada_p, "reviewer", group, access).await;
        assert_eq!(narrowed.status(), StatusCode::SEE_OTHER, "{group}");
    }
    assert_eq!(audited(&app, "field_access.changed").await.len(), 2);
    assert!(audited(&app, "field_access.proposed").await.is_empty());

    // The document is gone from the page, and fetching it directly is refused.
    let after = reviewer.get(&page).await.text().await?;
    assert!(document_link(&after, &id).is_none());
    assert!(after.contains("data-withheld=\"legal_documents\""));
    assert_eq!(reviewer.get(&link).await.status(), StatusCode::FORBIDDEN);
    // Replying to the requester is refused; an internal note is still allowed.
    let reply = reviewer
        .submit(
            &page,
            &format!("{page}/messages"),
            &[("body", "Please send the full warrant.")],
        )
        .await;
    assert_eq!(reply.status(), StatusCode::FORBIDDEN);
    let note = reviewer
        .submit(
            &page,
            &format!("{page}/messages"),
            &[("body", "Check the warrant's date."), ("internal", "on")],
        )
        .await;
    assert_eq!(note.status(), StatusCode::SEE_OTHER);

    let denied = audited(&app, "field_access.denied").await;
    let groups: Vec<&str> = denied
        .iter()
        .filter_map(|e| e.details["group"].as_str())
        .collect();
    assert_eq!(denied.len(), 2, "{groups:?}");
    assert!(groups.contains(&"legal_documents") && groups.contains(&"messages"));
    assert!(denied
        .iter()
        .all(|e| e.subject.as_deref() == Some(id.as_str())));

    // User notices are decided per target: without the targets, no notices page.
    assert_eq!(
        reviewer.get("/staff/notices").await.status(),
        StatusCode::OK
    );
    let hidden = change(&app, &ada, &ada_p, "reviewer", "targets", "hidden").await;
    assert_eq!(hidden.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        reviewer.get("/staff/notices").await.status(),
        StatusCode::FORBIDDEN
    );
    let denied = audited(&app, "field_access.denied").await;
    assert!(denied
        .iter()
        .any(|e| e.subject.as_deref() == Some("notices") && e.details["group"] == "targets"));
    Ok(())
}

async fn an_emergency_shows_a_producer_neither_narrative_nor_requester(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("dana@abilenetx.gov").await;
    let (id, _) = app.file_request("emergency", None).await;
    app.log_out().await;
    let (producer, _) = app
        .staff("Pat Produce", "pat@provider.example", &[Role::Producer])
        .await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let page = format!("/staff/requests/{id}");
    let secrets = [
        "A 12-year-old is missing",
        "Sgt. Lee Park",
        "+1 325 555 0111",
        "dana@abilenetx.gov",
    ];
    let full = reviewer.get(&page).await.text().await?;
    for secret in secrets {
        assert!(full.contains(secret), "{secret} shown to the reviewer");
    }
    let view = producer.get(&page).await.text().await?;
    for secret in secrets {
        assert!(
            !view.contains(secret),
            "{secret} withheld from the producer"
        );
    }
    assert!(view.contains(TARGET), "the producer sees the targets");
    assert!(view.contains("data-withheld=\"narrative messages requester_contact\""));
    Ok(())
}
