//! The HI-1 listener: mutual TLS with certificates made by the test, the caller's
//! fingerprint on every request, and limits that keep slow clients from holding it.

use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::{ConnectInfo, Extension};
use axum::routing::get;
use axum::Router;
use lers_web::{ClientCertificate, Hi1Limits};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::harness::tls::{Hi1Server, TestPki};
use crate::harness::TestResult;

/// Answers with the fingerprint of the caller's certificate and its address.
fn whoami() -> Router {
    Router::new().route(
        "/whoami",
        get(
            |Extension(cert): Extension<ClientCertificate>,
             ConnectInfo(peer): ConnectInfo<SocketAddr>| async move {
                format!("{} {}", hex::encode(cert.sha256), peer.ip())
            },
        ),
    )
}

async fn whoami_with(client: &reqwest::Client, server: &Hi1Server) -> reqwest::Result<String> {
    client
        .get(server.url("/whoami"))
        .send()
        .await?
        .error_for_status()?
        .text()
        .await
}

#[tokio::test]
async fn every_request_carries_the_fingerprint_of_the_certificate_presented() -> TestResult {
    let dir = tempfile::tempdir()?;
    let pki = TestPki::new(dir.path());
    let server = Hi1Server::start(whoami(), pki.server_config(false)).await;
    let own = pki.self_signed_client("own");
    for cert in [&pki.authority, &pki.stranger, &own] {
        let answer = whoami_with(&pki.client_with(cert), &server).await?;
        assert_eq!(answer, format!("{} 127.0.0.1", cert.fingerprint_hex()));
    }
    assert_ne!(pki.authority.sha256, pki.stranger.sha256);
    Ok(())
}

#[tokio::test]
async fn a_caller_without_a_client_certificate_is_refused_in_the_handshake() -> TestResult {
    let dir = tempfile::tempdir()?;
    let pki = TestPki::new(dir.path());
    let server = Hi1Server::start(whoami(), pki.server_config(false)).await;
    let refused = whoami_with(&pki.client_without_certificate(), &server).await;
    assert!(refused.is_err(), "{refused:?}");
    // Plain HTTP gets no answer either.
    let plain = reqwest::get(format!("http://{}/whoami", server.addr())).await;
    assert!(plain.is_err(), "{plain:?}");
    // The listener still serves a proper caller afterwards.
    let answer = whoami_with(&pki.client_with(&pki.authority), &server).await?;
    assert!(answer.starts_with(&pki.authority.fingerprint_hex()));
    Ok(())
}

#[tokio::test]
async fn with_a_client_ca_only_certificates_it_issued_are_accepted() -> TestResult {
    let dir = tempfile::tempdir()?;
    let pki = TestPki::new(dir.path());
    let server = Hi1Server::start(whoami(), pki.server_config(true)).await;
    let answer = whoami_with(&pki.client_with(&pki.authority), &server).await?;
    assert!(answer.starts_with(&pki.authority.fingerprint_hex()));
    let own = pki.self_signed_client("own");
    let refused = whoami_with(&pki.client_with(&own), &server).await;
    assert!(refused.is_err(), "{refused:?}");
    Ok(())
}

#[tokio::test]
async fn a_stalled_or_garbled_handshake_does_not_hold_the_listener() -> TestResult {
    let dir = tempfile::tempdir()?;
    let pki = TestPki::new(dir.path());
    let limits = Hi1Limits {
        handshake_timeout: Duration::from_millis(300),
        header_read_timeout: Duration::from_millis(500),
        max_connections: 1,
    };
    let server = Hi1Server::start_with(whoami(), pki.server_config(false), limits).await;
    // Takes the only connection slot and says nothing.
    let mut stalled = tokio::net::TcpStream::connect(server.addr()).await?;
    // The real caller gets its turn once the stalled handshake is dropped.
    let client = pki.client_with(&pki.authority);
    let answer = tokio::time::timeout(Duration::from_secs(20), whoami_with(&client, &server))
        .await
        .expect("served within the bound")?;
    assert!(answer.starts_with(&pki.authority.fingerprint_hex()));
    // The listener closed the stalled connection.
    let mut buf = [0u8; 16];
    let read = tokio::time::timeout(Duration::from_secs(20), stalled.read(&mut buf))
        .await
        .expect("closed within the bound");
    assert!(matches!(read, Ok(0) | Err(_)), "{read:?}");

    // Bytes that are not TLS end the connection (once the caller's idle keep-alive
    // connection has timed out and freed the slot), and the listener goes on.
    let mut garbage = tokio::net::TcpStream::connect(server.addr()).await?;
    garbage
        .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .await?;
    let read = tokio::time::timeout(Duration::from_secs(20), garbage.read(&mut buf)).await;
    assert!(read.is_ok(), "the connection was not closed");
    let client = pki.client_with(&pki.authority);
    let answer = tokio::time::timeout(Duration::from_secs(20), whoami_with(&client, &server))
        .await
        .expect("served within the bound")?;
    assert!(answer.starts_with(&pki.authority.fingerprint_hex()));
    Ok(())
}

#[tokio::test]
async fn the_listener_stops_on_shutdown() -> TestResult {
    let dir = tempfile::tempdir()?;
    let pki = TestPki::new(dir.path());
    let server = Hi1Server::start(whoami(), pki.server_config(false)).await;
    let addr = server.addr().to_owned();
    whoami_with(&pki.client_with(&pki.authority), &server).await?;
    server.stop().await?;
    assert!(tokio::net::TcpStream::connect(&addr).await.is_err());
    Ok(())
}

#[tokio::test]
async fn unusable_certificate_files_are_refused_with_their_name() -> TestResult {
    let dir = tempfile::tempdir()?;
    let pki = TestPki::new(dir.path());
    let empty = dir.path().join("empty.pem");
    std::fs::write(&empty, "not a certificate\n")?;
    let error = lers_web::hi1_server_config(&empty, &pki.server.key_path, None)
        .expect_err("no certificate in the file");
    assert!(
        matches!(error, lers_web::Hi1TlsError::NoCertificate { ref path } if path == &empty),
        "{error}"
    );
    let absent = dir.path().join("absent.key");
    let error =
        lers_web::hi1_server_config(&pki.server.cert_path, &absent, None).expect_err("no key file");
    assert!(error.to_string().contains("absent.key"), "{error}");
    // A key that does not belong to the certificate.
    let error = lers_web::hi1_server_config(&pki.server.cert_path, &pki.authority.key_path, None)
        .expect_err("mismatched key");
    assert!(matches!(error, lers_web::Hi1TlsError::Tls(_)), "{error}");
    Ok(())
}
