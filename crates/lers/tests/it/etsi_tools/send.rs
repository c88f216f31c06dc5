//! `lers etsi send` posts one message over real mutual TLS (certificates made by the
//! test) to an HI-1 listener serving an echo of what it received.

use axum::extract::Extension;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use lers_web::ClientCertificate;
use sha2::{Digest, Sha256};

use super::{example, lers_etsi};
use crate::harness::tls::{Hi1Server, TestPki};
use crate::harness::TestResult;

/// Echoes the caller's certificate, the content type and the body's SHA-256; answers
/// 403 to any certificate but `allowed`.
fn echo(allowed: [u8; 32]) -> Router {
    Router::new().route(
        "/etsi/v1",
        post(
            move |Extension(cert): Extension<ClientCertificate>,
                  headers: HeaderMap,
                  body: axum::body::Bytes| async move {
                let content_type = headers
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                let status = if cert.sha256 == allowed {
                    StatusCode::OK
                } else {
                    StatusCode::FORBIDDEN
                };
                let text = format!(
                    "cert={} type={content_type} body={}",
                    hex::encode(cert.sha256),
                    hex::encode(Sha256::digest(&body))
                );
                (status, text)
            },
        ),
    )
}

fn arg(path: &std::path::Path) -> String {
    path.to_string_lossy().into_owned()
}

#[tokio::test]
async fn send_posts_the_message_over_mutual_tls_with_its_content_type() -> TestResult {
    let dir = tempfile::tempdir()?;
    let pki = TestPki::new(dir.path());
    let server = Hi1Server::start(echo(pki.authority.sha256), pki.server_config(false)).await;
    let url = server.url("/etsi/v1");
    for (name, content_type) in [
        ("epoc_create.xml", "application/xml"),
        ("epoc_create.json", "application/json"),
    ] {
        let file = example(name);
        let run = lers_etsi(
            &[
                "send",
                &arg(&file),
                "--to",
                &url,
                "--cert",
                &arg(&pki.authority.cert_path),
                "--key",
                &arg(&pki.authority.key_path),
                "--ca",
                &arg(&pki.ca_path),
            ],
            None,
        )
        .await;
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        let body_hash = hex::encode(Sha256::digest(std::fs::read(&file)?));
        assert_eq!(
            run.stdout.trim_end(),
            format!(
                "HTTP 200 OK\ncert={} type={content_type} body={body_hash}",
                pki.authority.fingerprint_hex()
            )
        );
    }
    server.stop().await?;
    Ok(())
}

#[tokio::test]
async fn send_prints_a_refusal_and_exits_with_1() -> TestResult {
    let dir = tempfile::tempdir()?;
    let pki = TestPki::new(dir.path());
    let server = Hi1Server::start(echo(pki.authority.sha256), pki.server_config(false)).await;
    let run = lers_etsi(
        &[
            "send",
            &arg(&example("get.xml")),
            "--to",
            &server.url("/etsi/v1"),
            "--cert",
            &arg(&pki.stranger.cert_path),
            "--key",
            &arg(&pki.stranger.key_path),
            "--ca",
            &arg(&pki.ca_path),
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.starts_with("HTTP 403 Forbidden\n")
            && run.stdout.contains(&pki.stranger.fingerprint_hex()),
        "{}",
        run.stdout
    );
    Ok(())
}

#[tokio::test]
async fn send_cannot_connect_without_a_certificate_or_an_untrusted_server() -> TestResult {
    let dir = tempfile::tempdir()?;
    let pki = TestPki::new(dir.path());
    let server = Hi1Server::start(echo(pki.authority.sha256), pki.server_config(false)).await;
    let file = arg(&example("get.xml"));
    let url = server.url("/etsi/v1");
    // No client certificate: the listener ends the handshake.
    let run = lers_etsi(
        &["send", &file, "--to", &url, "--ca", &arg(&pki.ca_path)],
        None,
    )
    .await;
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("cannot send to"), "{}", run.stderr);
    assert!(!run.stdout.contains("HTTP"), "{}", run.stdout);
    // The test CA not trusted: send refuses the server's certificate.
    let run = lers_etsi(
        &[
            "send",
            &file,
            "--to",
            &url,
            "--cert",
            &arg(&pki.authority.cert_path),
            "--key",
            &arg(&pki.authority.key_path),
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("certificate"), "{}", run.stderr);
    // A key without its certificate is a usage error.
    let run = lers_etsi(
        &[
            "send",
            &file,
            "--to",
            &url,
            "--key",
            &arg(&pki.authority.key_path),
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("--cert"), "{}", run.stderr);
    Ok(())
}
