//! `lers etsi send` to a router that asks the real use case who is calling
//! (`hi1_auth::Presented` → `App::authenticate_hi1`): over real mutual TLS the pinned
//! certificate speaks for its endpoint, and on a plain listener (behind a proxy that
//! terminates TLS) the signed token does; strangers are refused and audited.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use ed25519_dalek::pkcs8::EncodePrivateKey;
use ed25519_dalek::SigningKey;
use lers_app::App;
use lers_domain::account::Role;
use lers_domain::clock::{Clock, SystemClock};
use lers_domain::interface::EndpointInput;
use lers_store::{prelude::*, AuditQuery, Ctx};
use lers_web::hi1_auth::Presented;

use super::{example, lers_etsi};
use crate::both_backends;
use crate::harness::tls::{Hi1Server, TestPki};
use crate::harness::*;
use crate::interface_endpoints::registered;

both_backends!(send_speaks_for_an_endpoint_by_pinned_certificate_or_signed_token);

/// Answers with the identity of the endpoint the caller is, or 401 and why not.
fn who_is_calling(app: App) -> Router {
    Router::new()
        .route(
            "/etsi/v1",
            post(
                |State(app): State<App>, Presented(presented): Presented, body: Bytes| async move {
                    let ctx = Ctx {
                        at: app.clock.now(),
                        actor: "hi1".into(),
                        ip: None,
                    };
                    let credentials = match presented {
                        Ok(credentials) => credentials,
                        Err(problem) => return (StatusCode::UNAUTHORIZED, problem.to_string()),
                    };
                    match app
                        .authenticate_hi1(credentials.as_ref(), &body, &ctx)
                        .await
                    {
                        Ok(endpoint) => (StatusCode::OK, endpoint.identity.to_string()),
                        Err(e) => (StatusCode::UNAUTHORIZED, e.to_string()),
                    }
                },
            ),
        )
        .with_state(app)
}

fn endpoint(country: &str, identifier: &str, kind: &str, credential: String) -> EndpointInput {
    EndpointInput {
        country: country.into(),
        identifier: identifier.into(),
        name: format!("Authority {identifier}"),
        auth_kind: kind.into(),
        credential,
        notify_url: String::new(),
        contact_email: format!("hi1@{}.example", identifier.to_ascii_lowercase()),
        role: "issuing".into(),
    }
}

fn arg(path: &std::path::Path) -> String {
    path.to_string_lossy().into_owned()
}

async fn send_speaks_for_an_endpoint_by_pinned_certificate_or_signed_token(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    // `lers etsi send` signs with the real time: the server's clock is moved to it.
    app.clock.set(SystemClock.now());
    app.staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    app.staff("Ben Admin", "ben@provider.example", &[Role::Admin])
        .await;
    let pki = TestPki::new(app.dir.path());
    let signing = SigningKey::from_bytes(&[7; 32]);
    let key_path = app.dir.path().join("sign.pem");
    std::fs::write(
        &key_path,
        signing.to_pkcs8_pem(Default::default())?.as_bytes(),
    )?;
    registered(
        &app,
        endpoint(
            "IE",
            "GARDA-HI1",
            "client_certificate",
            pki.authority.fingerprint_hex(),
        ),
    )
    .await?;
    // The example messages' sender, registered with its public key.
    registered(
        &app,
        endpoint(
            "DE",
            "de-sta-berlin",
            "signed_token",
            hex::encode(signing.verifying_key().as_bytes()),
        ),
    )
    .await?;
    let mtls = Hi1Server::start(who_is_calling(app.state.clone()), pki.server_config(false)).await;
    let file = arg(&example("get.xml"));
    let url = mtls.url("/etsi/v1");
    let with_cert = |cert: &crate::harness::tls::CertAndKey| {
        vec![
            "send".to_owned(),
            file.clone(),
            "--to".into(),
            url.clone(),
            "--cert".into(),
            arg(&cert.cert_path),
            "--key".into(),
            arg(&cert.key_path),
            "--ca".into(),
            arg(&pki.ca_path),
        ]
    };
    let run = |args: Vec<String>| async move {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        lers_etsi(&args, None).await
    };

    // Mutual TLS: the registered certificate is its endpoint, another one is nobody.
    let known = run(with_cert(&pki.authority)).await;
    assert_eq!(
        (known.code, known.stdout.as_str()),
        (0, "HTTP 200 OK\nIE:GARDA-HI1\n"),
        "{}",
        known.stderr
    );
    let stranger = run(with_cert(&pki.stranger)).await;
    assert_eq!(stranger.code, 1, "{}{}", stranger.stdout, stranger.stderr);
    assert!(
        stranger.stdout.starts_with("HTTP 401 Unauthorized\n")
            && stranger.stdout.contains("no registered interface endpoint"),
        "{}",
        stranger.stdout
    );
    let refusals = app
        .store
        .audit_records(&AuditQuery {
            action: Some("hi1.message_refused".into()),
            limit: 10,
            ..Default::default()
        })
        .await?
        .items;
    assert_eq!(refusals.len(), 1);
    assert!(refusals[0]
        .details
        .to_string()
        .contains(&pki.stranger.fingerprint_hex()));

    // Behind a TLS-terminating proxy: the signed token, for the message's sender.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let plain = format!("http://{}/etsi/v1", listener.local_addr()?);
    let router = who_is_calling(app.state.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });
    let signed = |extra: &[&str]| {
        let mut args = vec![
            "send".to_owned(),
            file.clone(),
            "--to".into(),
            plain.clone(),
            "--sign-key".into(),
            arg(&key_path),
        ];
        args.extend(extra.iter().map(|a| (*a).to_owned()));
        args
    };
    let token = run(signed(&[])).await;
    assert_eq!(
        (token.code, token.stdout.as_str()),
        (0, "HTTP 200 OK\nDE:de-sta-berlin\n"),
        "{}",
        token.stderr
    );
    // Speaking for an endpoint registered with a certificate, or nobody: refused.
    for other in ["IE:GARDA-HI1", "FR:nobody"] {
        let refused = run(signed(&["--sender-id", other])).await;
        assert_eq!(refused.code, 1, "{}{}", refused.stdout, refused.stderr);
        assert!(refused.stdout.starts_with("HTTP 401"), "{}", refused.stdout);
    }
    // Another key for the same sender: the signature does not verify.
    let other_key = app.dir.path().join("other.pem");
    std::fs::write(
        &other_key,
        SigningKey::from_bytes(&[8; 32])
            .to_pkcs8_pem(Default::default())?
            .as_bytes(),
    )?;
    let forged = run(vec![
        "send".into(),
        file.clone(),
        "--to".into(),
        plain.clone(),
        "--sign-key".into(),
        arg(&other_key),
    ])
    .await;
    assert_eq!(forged.code, 1, "{}{}", forged.stdout, forged.stderr);
    assert!(forged.stdout.contains("signature"), "{}", forged.stdout);
    // Half a token is named for what is missing.
    let half = reqwest::Client::new()
        .post(&plain)
        .header("LERS-HI1-Endpoint", "DE:de-sta-berlin")
        .body("<HI1Message/>")
        .send()
        .await?;
    assert_eq!(half.status(), StatusCode::UNAUTHORIZED);
    assert!(half.text().await?.contains("lers-hi1-timestamp header"));
    // On the mutual-TLS listener the certificate speaks, whatever token headers say.
    let mixed = pki
        .client_with(&pki.authority)
        .post(&url)
        .header("LERS-HI1-Endpoint", "DE:de-sta-berlin")
        .header("LERS-HI1-Timestamp", "0")
        .header("LERS-HI1-Signature", "AAAA")
        .body("<HI1Message/>")
        .send()
        .await?;
    assert_eq!(mixed.status(), StatusCode::OK);
    assert_eq!(mixed.text().await?, "IE:GARDA-HI1");
    // Nothing presented at all.
    let bare = run(vec!["send".into(), file.clone(), "--to".into(), plain]).await;
    assert_eq!(bare.code, 1, "{}{}", bare.stdout, bare.stderr);
    assert!(
        bare.stdout
            .contains("no client certificate or signed token"),
        "{}",
        bare.stdout
    );
    // A key file that is not a key is a usage error, nothing is sent.
    let bad = run(vec![
        "send".into(),
        file,
        "--to".into(),
        url,
        "--sign-key".into(),
        arg(&pki.authority.cert_path),
    ])
    .await;
    assert_eq!(bad.code, 2, "{}{}", bad.stdout, bad.stderr);
    assert!(bad.stderr.contains("PKCS#8"), "{}", bad.stderr);
    Ok(())
}
