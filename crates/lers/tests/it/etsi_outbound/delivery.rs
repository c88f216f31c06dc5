//! A production of an HI-1 order: announced with a `DeliveryObject` once the EA hold
//! releases it, and fetched by the authority's system from LERS' HI-1 listener with its
//! own client certificate, resumably, and checked against the manifest and the signed
//! audit proof the message carries.

use base64::Engine;
use ed25519_dalek::{Signer, SigningKey};
use lers_domain::interface::{
    EndpointIdentity, SignedToken, ENDPOINT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER,
};
use lers_domain::production::ManifestDocument;
use sha2::{Digest, Sha256};

use super::*;
use crate::both_backends;
use crate::productions::{open_production, production_id};

both_backends!(
    a_released_production_is_announced_and_fetched_over_mutual_tls,
    a_signed_token_endpoint_fetches_through_the_main_listener,
);

const DATA: &[u8] = b"when,from,to\n2026-03-01,a,b\n";

async fn a_released_production_is_announced_and_fetched_over_mutual_tls(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let world = Hi1World::new(&app).await?;
    let filed_at = app.clock_now();
    let (id, task) = world.etsi_epoc().await?;
    world.team.review(&id, &all_fine()).await;
    world.approve(&id).await;
    let producer = open_production(&app, &id).await?;
    let production = production_id(&producer.files_url)?;
    producer.upload("traffic.csv", DATA).await?;
    let delivered = producer
        .post(&format!(
            "/staff/requests/{id}/productions/{production}/deliver"
        ))
        .await;
    assert_eq!(delivered.status(), StatusCode::SEE_OTHER);

    // Held for the enforcing authority: nothing to fetch is announced yet.
    world.tick().await;
    assert_eq!(statuses(&world.received()), ["AwaitingEnforcingAuthority"]);
    assert!(world
        .received()
        .iter()
        .all(|m| !m.body.contains("DeliveryObject")));

    // The EA window ends: disclosed, and the delivery is announced.
    app.clock.set(filed_at.plus(Duration::days(10)));
    world.tick().await;
    let received = world.received();
    assert_eq!(
        statuses(&received),
        ["AwaitingEnforcingAuthority", "Disclosed"]
    );
    let deliveries: Vec<&Received> = received
        .iter()
        .filter(|m| m.body.contains("xsi:type=\"delivery:DeliveryObject\""))
        .collect();
    assert_eq!(deliveries.len(), 1);
    let message = deliveries[0];
    assert!(message.body.contains("<DELIVER>"));
    assert!(message
        .body
        .contains(&format!("<Identifier>{task}</Identifier>")));
    let descriptor = descriptor(message)?;
    assert_eq!(descriptor["format"], "lers-fetch-descriptor/v1");
    assert_eq!(descriptor["production"], production.as_str());

    // The manifest and its signed audit proof check out against the provider's key.
    let document: ManifestDocument =
        serde_json::from_value(descriptor["manifest_document"].clone())?;
    document.verify(Some(&app.store.audit_public_key()))?;
    assert_eq!(
        descriptor["manifest_sha256"],
        document.manifest_sha256.as_str()
    );
    assert_eq!(document.manifest.production_id, production);

    // The authority fetches the file with its own certificate, resumably.
    let file = &descriptor["files"][0];
    let url = file["url"].as_str().ok_or("url")?;
    assert!(url.starts_with("https://127.0.0.1:"));
    let authority = world.pki.client_with(&world.pki.authority);
    let fetched = authority.get(url).send().await?;
    assert_eq!(fetched.status(), StatusCode::OK);
    let bytes = fetched.bytes().await?;
    assert_eq!(bytes.as_ref(), DATA);
    assert_eq!(hex::encode(Sha256::digest(&bytes)), file["sha256"]);
    assert_eq!(document.manifest.files[0].sha256, file["sha256"]);
    let rest = authority
        .get(url)
        .header("range", "bytes=5-")
        .send()
        .await?;
    assert_eq!(rest.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(rest.bytes().await?.as_ref(), &DATA[5..]);
    // Another system's certificate fetches nothing.
    let stranger = world.pki.client_with(&world.pki.stranger);
    assert_eq!(
        stranger.get(url).send().await?.status(),
        StatusCode::UNAUTHORIZED
    );
    // Each download is audited as the endpoint's.
    let downloads: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'production.downloaded' AND actor = $1",
    )
    .bind(format!("endpoint:{}", world.endpoint.id))
    .fetch_one(app.store.pool())
    .await?;
    assert_eq!(downloads, 2);

    // Announced once.
    world.tick().await;
    app.advance(Duration::hours(1));
    world.tick().await;
    assert_eq!(world.received().len(), 3);
    Ok(())
}

/// The signed-token headers of `body` sent to `target` (`METHOD /path`) from `identity`
/// at the app's time.
fn signed(
    app: &TestApp,
    key: &SigningKey,
    identity: &EndpointIdentity,
    target: &str,
    body: &[u8],
) -> [(&'static str, String); 3] {
    let timestamp = app.clock_now().unix_seconds();
    let text = SignedToken::signed_text(identity, timestamp, target, body);
    let signature = base64::engine::general_purpose::STANDARD.encode(key.sign(&text).to_bytes());
    [
        (ENDPOINT_HEADER, identity.to_string()),
        (TIMESTAMP_HEADER, timestamp.to_string()),
        (SIGNATURE_HEADER, signature),
    ]
}

/// Behind a TLS-terminating proxy an endpoint signs its requests; it fetches from the
/// main listener with the same token, over the empty body of a GET.
async fn a_signed_token_endpoint_fetches_through_the_main_listener(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let key = SigningKey::from_bytes(&rand::random());
    let proposer = app
        .staff_account("ada@provider.example", &[Role::Admin])
        .await;
    let approver = app
        .staff_account("bo@provider.example", &[Role::Admin])
        .await;
    let proposed = app
        .state
        .propose_interface_endpoint(
            &proposer,
            EndpointInput {
                country: "DE".into(),
                identifier: "de-sta-berlin".into(),
                name: "Staatsanwaltschaft Berlin".into(),
                auth_kind: "signed_token".into(),
                credential: hex::encode(key.verifying_key().to_bytes()),
                notify_url: String::new(),
                contact_email: "hi1@sta-berlin.example".into(),
                role: "issuing".into(),
            },
            &ctx(&app, &proposer.pseudonym),
        )
        .await
        .map_err(|e| format!("{e:?}"))?;
    let endpoint = app
        .state
        .approve_interface_endpoint(
            &approver,
            proposed.id,
            proposed.proposed_at,
            &ctx(&app, &approver.pseudonym),
        )
        .await?;
    let order = Hi1Text::example("epoc_create.xml").new_transaction().0;
    let mut create = app
        .client
        .post(app.url("/etsi/v1"))
        .header("content-type", "application/xml");
    for (name, value) in signed(
        &app,
        &key,
        &endpoint.identity,
        "POST /etsi/v1",
        order.as_bytes(),
    ) {
        create = create.header(name, value);
    }
    assert_eq!(create.body(order).send().await?.status(), StatusCode::OK);
    let id: String = sqlx::query_scalar(
        "SELECT r.public_id FROM etsi_orders o JOIN requests r ON r.id = o.request_id WHERE o.endpoint_id = $1",
    )
    .bind(endpoint.id)
    .fetch_one(app.store.pool())
    .await?;
    let team = EuTeam::new(&app).await;
    team.approve(&app, &id, &all_fine()).await;
    let producer = open_production(&app, &id).await?;
    let production = production_id(&producer.files_url)?;
    producer.upload("traffic.csv", DATA).await?;
    producer
        .post(&format!(
            "/staff/requests/{id}/productions/{production}/deliver"
        ))
        .await;
    app.state.run_due_jobs("test-runner").await;

    // No notification URL: the delivery is stored, not sent, and says why.
    let (body, error): (String, Option<String>) = sqlx::query_as(
        "SELECT body, last_error FROM etsi_outbound WHERE kind = 'delivery' AND endpoint_id = $1",
    )
    .bind(endpoint.id)
    .fetch_one(app.store.pool())
    .await?;
    assert_valid_hi1(&body);
    assert_eq!(
        error.as_deref(),
        Some("not sent: the endpoint has no notification URL")
    );
    let descriptor = descriptor(&Received {
        body,
        content_type: None,
        client_sha256: [0; 32],
    })?;
    let url = descriptor["files"][0]["url"].as_str().ok_or("url")?;
    assert!(url.starts_with(&app.base), "{url}");
    let path = url.strip_prefix(&app.base).ok_or("a path of this server")?;
    let mut fetch = app.client.get(url);
    for (name, value) in signed(&app, &key, &endpoint.identity, &format!("GET {path}"), b"") {
        fetch = fetch.header(name, value);
    }
    let fetched = fetch.send().await?;
    assert_eq!(fetched.status(), StatusCode::OK);
    assert_eq!(fetched.bytes().await?.as_ref(), DATA);
    // The token signs its request: shown with another path, it opens nothing.
    let mut elsewhere = app.client.get(url);
    for (name, value) in signed(
        &app,
        &key,
        &endpoint.identity,
        "GET /etsi/v1/productions/x/files/y",
        b"",
    ) {
        elsewhere = elsewhere.header(name, value);
    }
    assert_eq!(elsewhere.send().await?.status(), StatusCode::UNAUTHORIZED);
    // Without the token: refused.
    let anonymous = app.client.get(url).send().await?;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    Ok(())
}
