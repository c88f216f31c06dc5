//! CREATE: an EPOC by message becomes a request in the console like any EU order; a
//! retried message gets the same answer and creates nothing twice.

use super::*;
use crate::console::all_fine;

crate::both_backends!(
    an_epoc_created_by_message_is_reviewed_and_approved_in_the_console,
    a_retried_create_gets_the_same_answer_and_creates_one_request,
    an_epoc_in_json_is_answered_in_xml,
    a_create_interrupted_after_its_claim_is_finished_by_the_retry,
);

async fn an_epoc_created_by_message_is_reviewed_and_approved_in_the_console(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let authority = app.tls_authority(&tls, "DE", "de-sta-berlin").await;
    let message = Hi1Text::example("epoc_create.xml");
    let reply = authority.send(&app, &message).await;
    ok(&reply);
    assert_eq!(
        reply.body.matches("<CREATEResponse>").count(),
        4,
        "{}",
        reply.body
    );
    assert!(reply.body.contains(&format!(
        "<TransactionIdentifier>{}</TransactionIdentifier>",
        message.transaction()
    )));

    // The same request the portal or intake would make: an EPOC, from the EU system,
    // submitted with its certificate stored through the checked document path.
    let id = request_of(&app, &authority, EPOC_AUTH)
        .await
        .expect("the order is recorded");
    let (status, channel, kind) = request_row(&app, &id).await;
    assert_eq!(
        (status.as_str(), channel.as_str(), kind.as_str()),
        ("submitted", "eu_decentralised_it", "epoc")
    );
    assert_eq!(app.rows("documents").await, 1);
    assert_eq!(
        request_of(&app, &authority, "c1000000-0000-4000-8000-000000000001").await,
        Some(id.clone())
    );
    let (received_at,): (i64,) =
        sqlx::query_as("SELECT received_at FROM requests WHERE public_id = $1")
            .bind(&id)
            .fetch_one(app.store.pool())
            .await?;
    assert_eq!(received_at, app.clock_now().unix_millis(), "received now");
    assert_eq!(
        app.audited_mentioning("hi1.message_accepted", &message.transaction())
            .await,
        1
    );

    // The authority follows it: received, then under review.
    let get = authority
        .send(&app, &get_message(&authority, EPOC_TASK))
        .await;
    ok(&get);
    assert_eq!(
        reported_status(&get).as_deref(),
        Some("AwaitingApproval"),
        "{}",
        get.body
    );

    let team = EuTeam::new(&app).await;
    let case = team
        .reviewer
        .get(&format!("/staff/requests/{id}"))
        .await
        .text()
        .await?;
    assert!(
        case.contains("Staatsanwaltschaft Berlin"),
        "the certificate shows in the console"
    );
    team.approve(&app, &id, &all_fine()).await;
    let (status, _, _) = request_row(&app, &id).await;
    assert_eq!(status, "approved", "reviewed by one, approved by another");
    advance_a_little(&app);
    let get = authority
        .send(&app, &get_message(&authority, EPOC_TASK))
        .await;
    ok(&get);
    assert_eq!(
        reported_status(&get).as_deref(),
        Some("UnderReview"),
        "approved, nothing disclosed yet"
    );
    Ok(())
}

async fn a_retried_create_gets_the_same_answer_and_creates_one_request(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let authority = app.tls_authority(&tls, "DE", "de-sta-berlin").await;
    let message = Hi1Text::example("epoc_create.xml");
    let first = authority.send(&app, &message).await;
    ok(&first);
    advance_a_little(&app);
    let again = authority.send(&app, &message).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.body, first.body, "the stored answer, byte for byte");
    assert_eq!(app.rows("requests").await, 1, "one request");
    assert_eq!(app.rows("documents").await, 1, "one document");
    assert_eq!(app.rows("etsi_transactions").await, 1);

    // The same TransactionIdentifier with other bytes is refused, and says why.
    let changed = message
        .clone()
        .replace("DE-EPOC-2026-0001", "DE-EPOC-2026-0002");
    let refused = authority.send(&app, &changed).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_hi1_xml(&refused);
    assert_eq!(refused.error_code(), Some(6003), "{}", refused.body);
    assert!(refused
        .body
        .contains("already used for a different message"));

    // A new message creating the same authorisation again creates nothing.
    let recreate = authority
        .send(&app, &message.clone().new_transaction())
        .await;
    assert_eq!(recreate.error_code(), Some(6005), "{}", recreate.body);
    assert!(recreate.body.contains(EPOC_AUTH));
    assert_eq!(app.rows("requests").await, 1, "still one request");
    assert_eq!(
        app.rows("etsi_transactions").await,
        1,
        "refusals are not stored"
    );
    assert!(app.audited_mentioning("hi1.message_refused", "6005").await >= 1);
    Ok(())
}

async fn an_epoc_in_json_is_answered_in_xml(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let authority = app.register_authority("DE", "de-sta-berlin").await;
    let reply = authority
        .send(&app, &Hi1Text::example("epoc_create.json"))
        .await;
    ok(&reply);
    assert!(reply.body.contains("<CREATEResponse>"));
    let id = request_of(&app, &authority, EPOC_AUTH)
        .await
        .expect("recorded");
    let (status, channel, _) = request_row(&app, &id).await;
    assert_eq!(
        (status.as_str(), channel.as_str()),
        ("submitted", "eu_decentralised_it")
    );
    Ok(())
}

/// The first try stopped right after its claim (draft, objects, pending answer in one
/// transaction), as if LERS crashed there: the retry finishes that request.
async fn a_create_interrupted_after_its_claim_is_finished_by_the_retry(
    backend: Backend,
) -> TestResult {
    use lers_store::etsi_inbound::{EtsiOpening, NewEtsiObject, Opened};
    use lers_store::prelude::*;
    use sha2::Digest;

    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let authority = app.tls_authority(&tls, "DE", "de-sta-berlin").await;
    let message = Hi1Text::example("epoc_create.xml");
    let parsed = lers_etsi::parse_xml(message.0.as_bytes(), lers_etsi::Limits::default())?;
    let order = lers_etsi::profile::order_from_message(&parsed)?;
    let endpoint = app
        .store
        .interface_endpoint(authority.endpoint_id)
        .await?
        .expect("registered");
    let owner = app
        .store
        .account(endpoint.owner_account_id)
        .await?
        .expect("its owner account");
    let object = |id: &str, object_type| NewEtsiObject {
        object_id: id.to_owned(),
        object_type,
        generation: 1,
    };
    let objects = [
        object(EPOC_AUTH, "authorisation"),
        object(EPOC_TASK, "ld_task"),
        object("b1000000-0000-4000-8000-000000000002", "ld_task"),
    ];
    let sha = hex::encode(sha2::Sha256::digest(message.0.as_bytes()));
    let transaction = message.transaction();
    let opened = app
        .store
        .open_etsi_order(
            &owner,
            order.kind,
            &order.draft,
            &EtsiOpening {
                endpoint_id: authority.endpoint_id,
                transaction_id: &transaction,
                message_sha256: &sha,
                content_type: "application/xml",
                objects: &objects,
            },
            &app.hi1_admin_ctx(),
        )
        .await?;
    let Opened::Draft(draft) = opened else {
        panic!("the claim opens a draft");
    };
    assert_eq!(
        app.rows("documents").await,
        0,
        "stopped before the documents"
    );

    advance_a_little(&app);
    let reply = authority.send(&app, &message).await;
    ok(&reply);
    assert_eq!(reply.body.matches("<CREATEResponse>").count(), 4);
    assert_eq!(
        app.rows("requests").await,
        1,
        "the same request, not a second"
    );
    let (status, channel, _) = request_row(&app, &draft.summary.id).await;
    assert_eq!(
        (status.as_str(), channel.as_str()),
        ("submitted", "eu_decentralised_it")
    );
    assert_eq!(app.rows("documents").await, 1);
    // And its answer is stored now: a further retry gets it unchanged.
    let again = authority.send(&app, &message).await;
    assert_eq!(again.body, reply.body);
    assert_eq!(app.rows("requests").await, 1);
    Ok(())
}
