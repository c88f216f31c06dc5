//! Issue 14: the registry of HI-1 interface endpoints. Two admins and a fresh code to
//! register one, any admin disables one, and callers of the HI-1 endpoint resolved by
//! pinned certificate fingerprint or Ed25519 signed token (refusals audited).

use base64::Engine;
use ed25519_dalek::{Signer, SigningKey};
use lers_app::services::interface_endpoints::Hi1AuthError;
use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_domain::interface::{
    EndpointIdentity, EndpointInput, EndpointRole, Hi1Credentials, SignedToken, TokenProblem,
};
use lers_store::{prelude::*, AuditQuery, Ctx, EndpointRecord};
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    an_endpoint_needs_two_admins_and_fresh_codes,
    callers_are_known_by_pinned_certificate_or_signed_token,
);

const FINGERPRINT: &str = "5f:6d:2b:00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99:aa:bb:cc";

fn certificate_fields(code: &str) -> Vec<(&'static str, String)> {
    vec![
        ("country", "ie".into()),
        ("identifier", "PARQUET-PARIS".into()),
        ("name", "Parquet de Paris".into()),
        ("contact_email", "greffe@parquet.example".into()),
        ("auth_kind", "client_certificate".into()),
        ("credential", FINGERPRINT.into()),
        ("notify_url", "https://hi1.parquet.example/notify".into()),
        ("role", "enforcing".into()),
        ("code", code.into()),
    ]
}

async fn audited(app: &TestApp, action: &str) -> Vec<lers_store::AuditRecord> {
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

async fn the_endpoint(app: &TestApp) -> EndpointRecord {
    let mut all = app.store.interface_endpoints().await.expect("endpoints");
    assert_eq!(all.len(), 1, "one endpoint registered");
    all.remove(0)
}

async fn an_endpoint_needs_two_admins_and_fresh_codes(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let page = "/staff/interface-endpoints";
    let (ada, ada_p) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let (ben, ben_p) = app
        .staff("Ben Admin", "ben@provider.example", &[Role::Admin])
        .await;
    let (rita, _) = app
        .staff("Rita Reviewer", "rita@provider.example", &[Role::Reviewer])
        .await;

    // Only admins see or change the registry.
    assert_eq!(rita.get(page).await.status(), StatusCode::FORBIDDEN);

    // Every problem is named, the typed values come back, nothing is stored.
    let bad = ada
        .submit(
            page,
            page,
            &[
                ("country", "Narnia"),
                ("identifier", "has space"),
                ("auth_kind", "client_certificate"),
                ("credential", "abcd"),
                ("contact_email", "nobody"),
                ("role", "validating"),
                ("code", &fresh_code(&app, &ada_p)),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text().await?;
    for needle in [
        "two-letter ISO 3166-1 code",
        "SenderIdentifier",
        "SHA-256 fingerprint",
        "contact for these orders",
        "Choose for whom the endpoint speaks",
        "value=\"Narnia\"",
    ] {
        assert!(html.contains(needle), "{needle} in the error page");
    }
    // A wrong code proposes nothing.
    let fields = certificate_fields("000000");
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let wrong = ada.submit(page, page, &form).await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.store.interface_endpoints().await?.is_empty());

    // An enforcing authority is the one of the provider's member state (IE here).
    let foreign: Vec<(&str, String)> = certificate_fields(&fresh_code(&app, &ada_p))
        .into_iter()
        .map(|(k, v)| {
            if k == "country" {
                (k, "fr".to_owned())
            } else {
                (k, v)
            }
        })
        .collect();
    let form: Vec<(&str, &str)> = foreign.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let foreign = ada.submit(page, page, &form).await;
    assert_eq!(foreign.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(foreign.text().await?.contains("member state (IE)"));
    assert!(app.store.interface_endpoints().await?.is_empty());

    // Proposed with a fresh code: waiting for a second admin, and not yet let in.
    let fields = certificate_fields(&fresh_code(&app, &ada_p));
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let proposed = ada.submit(page, page, &form).await;
    assert_eq!(proposed.status(), StatusCode::SEE_OTHER);
    let endpoint = the_endpoint(&app).await;
    assert_eq!(endpoint.identity.to_string(), "IE:PARQUET-PARIS");
    assert_eq!(endpoint.role, EndpointRole::Enforcing);
    assert!(!endpoint.is_active());
    // The registry shows whom it speaks for; the form offers both roles.
    let listed = ada.get(page).await.text().await?;
    let row = listed
        .split(&format!("id=\"endpoint-{}\"", endpoint.id))
        .nth(1)
        .ok_or("the endpoint's row")?;
    assert!(
        row.split("</tr>")
            .next()
            .is_some_and(|r| r.contains("Enforcing authority")),
        "{row}"
    );
    assert!(listed.contains("name=\"role\" value=\"issuing\""));
    let sha256: [u8; 32] = hex::decode(FINGERPRINT.replace(':', ""))?
        .try_into()
        .map_err(|_| "32 bytes")?;
    let by_cert = Hi1Credentials::ClientCertificate { sha256 };
    let ctx = Ctx {
        at: app.clock_now(),
        actor: "hi1".into(),
        ip: Some("203.0.113.9".into()),
    };
    assert!(matches!(
        app.state.authenticate_hi1(Some(&by_cert), b"x", &ctx).await,
        Err(Hi1AuthError::Inactive)
    ));
    // The orders will belong to a requester account with the contact's address.
    let owner = app
        .store
        .account(endpoint.owner_account_id)
        .await?
        .ok_or("owner")?;
    assert_eq!(owner.email, "greffe@parquet.example");

    // The same identity or fingerprint cannot be proposed twice.
    let again = certificate_fields(&fresh_code(&app, &ben_p));
    let form: Vec<(&str, &str)> = again.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        ben.submit(page, page, &form).await.status(),
        StatusCode::CONFLICT
    );

    // The proposer cannot approve; the page offers them no button either.
    let approve = format!("/staff/interface-endpoints/{}/approve", endpoint.id);
    assert!(!ada.get(page).await.text().await?.contains(&approve));
    let shown = endpoint.proposed_at.unix_millis().to_string();
    let own = ada
        .submit(
            page,
            &approve,
            &[("code", &fresh_code(&app, &ada_p)), ("proposed_at", &shown)],
        )
        .await;
    assert_eq!(own.status(), StatusCode::CONFLICT);
    // A second admin with a wrong code approves nothing.
    let wrong = ben
        .submit(
            page,
            &approve,
            &[("code", "000000"), ("proposed_at", &shown)],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::SEE_OTHER);
    assert!(!the_endpoint(&app).await.is_active());
    // Nor does an approval of another proposal than the one under this id now.
    let other = ben
        .submit(
            page,
            &approve,
            &[("code", &fresh_code(&app, &ben_p)), ("proposed_at", "1")],
        )
        .await;
    assert_eq!(other.status(), StatusCode::CONFLICT);
    assert!(!the_endpoint(&app).await.is_active());

    let approved = ben
        .submit(
            page,
            &approve,
            &[("code", &fresh_code(&app, &ben_p)), ("proposed_at", &shown)],
        )
        .await;
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);
    assert!(the_endpoint(&app).await.is_active());
    let ctx = Ctx {
        at: app.clock_now(),
        ..ctx
    };
    let caller = app
        .state
        .authenticate_hi1(Some(&by_cert), b"x", &ctx)
        .await?;
    assert_eq!(caller.id, endpoint.id);

    // Any admin disables it, at once and without a second pair of eyes.
    let disable = format!("/staff/interface-endpoints/{}/disable", endpoint.id);
    assert_eq!(
        ada.submit(page, &disable, &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    assert!(matches!(
        app.state.authenticate_hi1(Some(&by_cert), b"x", &ctx).await,
        Err(Hi1AuthError::Inactive)
    ));
    assert_eq!(
        ada.submit(page, &disable, &[]).await.status(),
        StatusCode::CONFLICT
    );

    // Each step is in the audit log.
    for action in [
        "hi1.endpoint_proposed",
        "hi1.endpoint_approved",
        "hi1.endpoint_disabled",
    ] {
        assert_eq!(audited(&app, action).await.len(), 1, "{action}");
    }
    assert_eq!(audited(&app, "hi1.message_refused").await.len(), 2);
    Ok(())
}

fn token(signing: &SigningKey, identity: &str, at: i64, body: &[u8]) -> Hi1Credentials {
    let (country, identifier) = identity.split_once(':').expect("CC:id");
    let endpoint = EndpointIdentity {
        country: country.into(),
        identifier: identifier.into(),
    };
    let target = "POST /etsi/v1";
    let signature = signing.sign(&SignedToken::signed_text(&endpoint, at, target, body));
    let token = SignedToken::from_headers(
        Some(identity),
        Some(&at.to_string()),
        Some(&base64::engine::general_purpose::STANDARD.encode(signature.to_bytes())),
        target,
    )
    .expect("well-formed token");
    Hi1Credentials::SignedToken(token)
}

/// Registers and approves an endpoint directly through the use cases.
pub(crate) async fn registered(app: &TestApp, input: EndpointInput) -> TestResult<EndpointRecord> {
    let ada = app
        .store
        .account_by_email("ada@provider.example")
        .await?
        .ok_or("ada")?;
    let ben = app
        .store
        .account_by_email("ben@provider.example")
        .await?
        .ok_or("ben")?;
    let ctx = |actor: &str| Ctx {
        at: app.clock_now(),
        actor: actor.into(),
        ip: None,
    };
    let proposed = app
        .state
        .propose_interface_endpoint(&ada, input, &ctx(&ada.pseudonym))
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(app
        .state
        .approve_interface_endpoint(
            &ben,
            proposed.id,
            proposed.proposed_at,
            &ctx(&ben.pseudonym),
        )
        .await?)
}

async fn callers_are_known_by_pinned_certificate_or_signed_token(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    app.staff("Ben Admin", "ben@provider.example", &[Role::Admin])
        .await;
    let signing = SigningKey::from_bytes(&[42; 32]);
    let signed = registered(
        &app,
        EndpointInput {
            country: "DE".into(),
            identifier: "GSTA-BERLIN".into(),
            name: "Generalstaatsanwaltschaft Berlin".into(),
            auth_kind: "signed_token".into(),
            credential: base64::engine::general_purpose::STANDARD
                .encode(signing.verifying_key().as_bytes()),
            notify_url: String::new(),
            contact_email: "hi1@gsta.example".into(),
            role: String::new(),
        },
    )
    .await?;
    let pinned = registered(
        &app,
        EndpointInput {
            country: "FR".into(),
            identifier: "PARQUET-PARIS".into(),
            name: "Parquet de Paris".into(),
            auth_kind: "client_certificate".into(),
            credential: FINGERPRINT.into(),
            notify_url: String::new(),
            contact_email: "greffe@parquet.example".into(),
            role: "issuing".into(),
        },
    )
    .await?;
    let ctx = Ctx {
        at: app.clock_now(),
        actor: "hi1".into(),
        ip: None,
    };
    let now = app.clock_now().unix_seconds();
    let body = b"<HI1Message/>";

    let good = token(&signing, "DE:GSTA-BERLIN", now, body);
    assert_eq!(
        app.state
            .authenticate_hi1(Some(&good), body, &ctx)
            .await?
            .id,
        signed.id
    );
    // Another body, another key, an old token, or a certificate-registered identity.
    assert!(matches!(
        app.state
            .authenticate_hi1(Some(&good), b"<changed/>", &ctx)
            .await,
        Err(Hi1AuthError::Token(TokenProblem::BadSignature))
    ));
    let impostor = token(
        &SigningKey::from_bytes(&[1; 32]),
        "DE:GSTA-BERLIN",
        now,
        body,
    );
    assert!(matches!(
        app.state
            .authenticate_hi1(Some(&impostor), body, &ctx)
            .await,
        Err(Hi1AuthError::Token(TokenProblem::BadSignature))
    ));
    let stale = token(&signing, "DE:GSTA-BERLIN", now - 600, body);
    assert!(matches!(
        app.state.authenticate_hi1(Some(&stale), body, &ctx).await,
        Err(Hi1AuthError::Token(TokenProblem::Stale))
    ));
    let as_pinned = token(&signing, "FR:PARQUET-PARIS", now, body);
    assert!(matches!(
        app.state
            .authenticate_hi1(Some(&as_pinned), body, &ctx)
            .await,
        Err(Hi1AuthError::Unregistered)
    ));
    // Certificates: the pinned one is let in, any other is not; nothing presented neither.
    let Some(sha256) = (match pinned.auth {
        lers_domain::interface::EndpointAuth::ClientCertificate { sha256 } => Some(sha256),
        _ => None,
    }) else {
        return Err("pinned by certificate".into());
    };
    let cert = Hi1Credentials::ClientCertificate { sha256 };
    assert_eq!(
        app.state
            .authenticate_hi1(Some(&cert), body, &ctx)
            .await?
            .id,
        pinned.id
    );
    let other = Hi1Credentials::ClientCertificate { sha256: [7; 32] };
    assert!(matches!(
        app.state.authenticate_hi1(Some(&other), body, &ctx).await,
        Err(Hi1AuthError::Unregistered)
    ));
    assert!(matches!(
        app.state.authenticate_hi1(None, body, &ctx).await,
        Err(Hi1AuthError::NoCredentials)
    ));
    // Six refusals, each audited with what was presented.
    let refused = audited(&app, "hi1.message_refused").await;
    assert_eq!(refused.len(), 6);
    assert!(refused
        .iter()
        .any(|r| r.details.to_string().contains(&hex::encode([7u8; 32]))));
    Ok(())
}
