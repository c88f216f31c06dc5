//! What the requester's system hears: a status change, a message from the response
//! team, a production ready, a preservation ending — each signed (the receiver checks
//! it), naming only the event and the request, queued durably and sent by the runner.

use std::collections::BTreeSet;

use lers_domain::account::Role;
use reqwest::StatusCode;

use super::*;
use crate::alerts::receiver::free_port;
use crate::both_backends;
use crate::console::all_fine;
use crate::productions::{open_production, production_id};

both_backends!(
    changes_reach_the_owners_system_signed_and_content_free,
    a_preservation_ending_is_told_once_with_the_requesters_warning
);

/// The keys of a JSON object, sorted.
fn keys(value: &Value) -> Vec<String> {
    value
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

async fn changes_reach_the_owners_system_signed_and_content_free(backend: Backend) -> TestResult {
    let Some(app) = agency_app(backend).await else {
        return Ok(());
    };
    let Listening { receiver, .. } = listening(&app, "dana@abilenetx.gov", free_port()).await;

    // Filing is a status change (draft → submitted).
    let (id, reference) = app.file_request("user_data", None).await;
    app.log_out().await;
    receiver.set_clock(app.clock_now()).await;
    pass(&app).await;
    let first = accepted(&receiver);
    assert_eq!(first.len(), 1, "{:?}", receiver.posts());
    assert_eq!(first[0]["type"], "request.status_changed");
    assert_eq!(first[0]["data"]["request"], id.as_str());
    assert_eq!(first[0]["data"]["reference"], reference.as_str());

    // Review, approval, a message to the requester, a delivered production.
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (approver, abe) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    let page = format!("/staff/requests/{id}");
    let reviewed = reviewer
        .submit(&page, &format!("{page}/review"), &all_fine())
        .await;
    assert_eq!(reviewed.status(), StatusCode::SEE_OTHER);
    app.advance(Duration::seconds(30));
    let decided = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "approve"), ("code", &app.code(&abe.secret))],
        )
        .await;
    assert_eq!(decided.status(), StatusCode::SEE_OTHER);
    let message = "Please confirm the date range of Operation Walnut.";
    let written = reviewer
        .submit(&page, &format!("{page}/messages"), &[("body", message)])
        .await;
    assert_eq!(written.status(), StatusCode::SEE_OTHER);
    let producer = open_production(&app, &id).await?;
    producer
        .upload("subscribers.csv", b"account,+1 555 010 0199")
        .await?;
    let production = production_id(&producer.files_url)?;
    let delivered = producer
        .post(&format!(
            "/staff/requests/{id}/productions/{production}/deliver"
        ))
        .await;
    assert_eq!(delivered.status(), StatusCode::SEE_OTHER);
    receiver.set_clock(app.clock_now()).await;
    pass(&app).await;

    let posts = receiver.posts();
    assert!(
        posts.iter().all(|p| p["status"] == 200),
        "every post verified: {posts:?}"
    );
    let events = accepted(&receiver);
    let types: Vec<&str> = events.iter().filter_map(|e| e["type"].as_str()).collect();
    for expected in [
        "request.status_changed",
        "request.message",
        "production.ready",
    ] {
        assert!(types.contains(&expected), "{expected} in {types:?}");
    }
    assert_eq!(types.iter().filter(|t| **t == "request.message").count(), 1);
    assert_eq!(
        types.iter().filter(|t| **t == "production.ready").count(),
        1
    );
    let ids: BTreeSet<&str> = events.iter().filter_map(|e| e["id"].as_str()).collect();
    assert_eq!(ids.len(), events.len(), "one id per event");
    for (post, event) in posts.iter().zip(&events) {
        // Exactly these keys: no case content, not even the new status.
        assert_eq!(keys(event), ["data", "id", "occurred_at", "type"]);
        assert_eq!(keys(&event["data"]), ["reference", "request"]);
        assert_eq!(event["data"]["request"], id.as_str());
        assert_eq!(post["headers"]["x-lers-event"], event["type"]);
        // The event's own id is random hex: only what it says about the case counts.
        let text = format!("{} {}", event["type"], event["data"]);
        for content in ["Walnut", "date range", "subscribers", "approved", "555"] {
            assert!(!text.contains(content), "{content} in {text}");
        }
    }
    assert_eq!(
        audited(&app, "webhook.delivered").await,
        events.len(),
        "each delivery audited"
    );
    Ok(())
}

async fn a_preservation_ending_is_told_once_with_the_requesters_warning(
    backend: Backend,
) -> TestResult {
    let Some(app) = agency_app(backend).await else {
        return Ok(());
    };
    let Listening {
        person: keeper,
        receiver,
        ..
    } = listening(&app, "keep@abilenetx.gov", free_port()).await;
    let (id, _) = app.file_request("preservation", None).await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (approver, abe) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    let page = format!("/staff/requests/{id}");
    reviewer
        .submit(&page, &format!("{page}/review"), &all_fine())
        .await;
    app.advance(Duration::seconds(30));
    let decided = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "approve"), ("code", &app.code(&abe.secret))],
        )
        .await;
    assert_eq!(decided.status(), StatusCode::SEE_OTHER);
    receiver.set_clock(app.clock_now()).await;
    pass(&app).await;
    let ending = |receiver: &Receiver| {
        accepted(receiver)
            .into_iter()
            .filter(|e| e["type"] == "preservation.ending")
            .count()
    };
    assert_eq!(ending(&receiver), 0, "not before the warning");

    // The requester is warned 14 days before the 90 days end; their system with it.
    app.advance(Duration::days(76));
    receiver.set_clock(app.clock_now()).await;
    pass(&app).await;
    assert!(app
        .emails_to(&keeper.email)
        .iter()
        .any(|m| m.contains("ends soon")));
    assert_eq!(ending(&receiver), 1);
    let told = accepted(&receiver);
    let event = told
        .iter()
        .find(|e| e["type"] == "preservation.ending")
        .ok_or("the event")?;
    assert_eq!(keys(event), ["data", "id", "occurred_at", "type"]);
    assert_eq!(event["data"]["request"], id.as_str());
    app.advance(Duration::days(1));
    receiver.set_clock(app.clock_now()).await;
    pass(&app).await;
    assert_eq!(ending(&receiver), 1, "once");
    Ok(())
}
