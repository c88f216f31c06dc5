//! The HI-1 listener: HTTPS with a REQUIRED client certificate (mutual TLS), served by
//! hyper over tokio-rustls, beside the main listener.
//!
//! Authorities are identified by pinning their certificate: an interface endpoint's
//! registration holds the SHA-256 of its client certificate (DER), and every request
//! on this listener carries a [`ClientCertificate`] extension with that fingerprint for
//! `App::authenticate_hi1` to compare (through `hi1_auth::Presented`). No CA is needed
//! for that: authorities' systems (and e-CODEX connectors) often use self-signed or
//! private-CA certificates that no public trust store knows, and a CA would only add a
//! second party able to mint an accepted identity. So by default any client certificate
//! is accepted at the TLS layer as long as the client proves it holds the certificate's
//! key (the handshake signature is verified with ring's verification algorithms);
//! whether it belongs to a registered endpoint is decided per request. With
//! `hi1_client_ca` the chain (and its validity dates) must also verify against that
//! bundle, and the fingerprint is still pinned.
//!
//! A handshake must finish within [`Hi1Limits::handshake_timeout`], a request's headers
//! (and so an idle kept-alive connection) within [`Hi1Limits::header_read_timeout`],
//! and at most [`Hi1Limits::max_connections`] connections are open at once (further
//! ones wait in the kernel's backlog), so slow or idle clients cannot hold the listener.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use rustls::client::danger::HandshakeSignatureValid;
use rustls::crypto::WebPkiSupportedAlgorithms;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, UnixTime};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::server::{ParsedCertificate, WebPkiClientVerifier};
use rustls::{DigitallySignedStruct, DistinguishedName, RootCertStore, ServerConfig};
use sha2::{Digest, Sha256};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;

use crate::hi1_auth::ClientCertificate;

/// Bounds on the HI-1 listener's connections.
#[derive(Clone, Copy, Debug)]
pub struct Hi1Limits {
    /// A TLS handshake taking longer is dropped.
    pub handshake_timeout: Duration,
    /// Time to receive a request's headers once the connection is up.
    pub header_read_timeout: Duration,
    /// Connections open at once; the listener stops accepting while all are in use.
    pub max_connections: usize,
}

impl Default for Hi1Limits {
    fn default() -> Self {
        Self {
            handshake_timeout: Duration::from_secs(10),
            header_read_timeout: Duration::from_secs(30),
            max_connections: 64,
        }
    }
}

/// How long requests in flight may take to finish after shutdown was asked for.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum Hi1TlsError {
    #[error("cannot read {}: {source}", path.display())]
    Unreadable {
        path: PathBuf,
        source: rustls::pki_types::pem::Error,
    },
    #[error("{} holds no PEM certificate", path.display())]
    NoCertificate { path: PathBuf },
    #[error("the HI-1 certificate and key do not make a TLS configuration: {0}")]
    Tls(#[from] rustls::Error),
    #[error("the HI-1 client CA bundle cannot be used: {0}")]
    ClientCa(#[from] rustls::server::VerifierBuilderError),
}

/// The TLS configuration of the HI-1 listener: the server's certificate chain and key
/// (PEM files), a client certificate required from every caller, and — when
/// `client_ca` is given — client chains checked against that PEM bundle. Uses ring,
/// named here, whatever process-wide provider is installed.
pub fn hi1_server_config(
    cert_pem: &Path,
    key_pem: &Path,
    client_ca: Option<&Path>,
) -> Result<ServerConfig, Hi1TlsError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let chain = certificates(cert_pem)?;
    let key = PrivateKeyDer::from_pem_file(key_pem).map_err(|source| Hi1TlsError::Unreadable {
        path: key_pem.to_owned(),
        source,
    })?;
    let verifier: Arc<dyn ClientCertVerifier> = match client_ca {
        None => Arc::new(ProofOfPossession {
            algorithms: provider.signature_verification_algorithms,
        }),
        Some(path) => {
            let mut roots = RootCertStore::empty();
            for cert in certificates(path)? {
                roots.add(cert)?;
            }
            WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider.clone())
                .build()?
        }
    };
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_client_cert_verifier(verifier)
        .with_single_cert(chain, key)?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

fn certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, Hi1TlsError> {
    let unreadable = |source| Hi1TlsError::Unreadable {
        path: path.to_owned(),
        source,
    };
    let certs = CertificateDer::pem_file_iter(path)
        .map_err(unreadable)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(unreadable)?;
    if certs.is_empty() {
        return Err(Hi1TlsError::NoCertificate {
            path: path.to_owned(),
        });
    }
    Ok(certs)
}

/// Accepts any well-formed client certificate whose holder proves possession of its
/// key in the handshake; who it is, is decided by its pinned fingerprint (see the
/// module's documentation). The signature checks are rustls' own, with ring.
#[derive(Debug)]
struct ProofOfPossession {
    algorithms: WebPkiSupportedAlgorithms,
}

impl ClientCertVerifier for ProofOfPossession {
    fn offer_client_auth(&self) -> bool {
        true
    }

    fn client_auth_mandatory(&self) -> bool {
        true
    }

    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        &[]
    }

    fn verify_client_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _now: UnixTime,
    ) -> Result<ClientCertVerified, rustls::Error> {
        ParsedCertificate::try_from(end_entity)?;
        Ok(ClientCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

/// Serves `router` over mutual TLS on `listener` with the default [`Hi1Limits`] until
/// `shutdown` resolves, then lets requests in flight finish.
pub async fn serve_hi1(
    router: Router,
    listener: TcpListener,
    tls: Arc<ServerConfig>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_hi1_with(router, listener, tls, Hi1Limits::default(), shutdown).await
}

/// [`serve_hi1`] with other limits.
pub async fn serve_hi1_with(
    router: Router,
    listener: TcpListener,
    tls: Arc<ServerConfig>,
    limits: Hi1Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let acceptor = TlsAcceptor::from(tls);
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            () = &mut shutdown => break,
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
        };
        let (tcp, peer) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: wait a moment, do not spin.
                    tracing::warn!("HI-1 listener: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let acceptor = acceptor.clone();
        let router = router.clone();
        let watcher = graceful.watcher();
        tokio::spawn(async move {
            let _slot = slot;
            let stream =
                match tokio::time::timeout(limits.handshake_timeout, acceptor.accept(tcp)).await {
                    Ok(Ok(stream)) => stream,
                    Ok(Err(e)) => {
                        tracing::info!("HI-1 TLS handshake with {peer} failed: {e}");
                        return;
                    }
                    Err(_) => {
                        tracing::info!("HI-1 TLS handshake with {peer} timed out");
                        return;
                    }
                };
            let Some(leaf) = stream
                .get_ref()
                .1
                .peer_certificates()
                .and_then(|c| c.first())
            else {
                // The verifier makes a certificate mandatory; never serve without one.
                return;
            };
            let certificate = ClientCertificate {
                sha256: Sha256::digest(leaf.as_ref()).into(),
            };
            let service =
                hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
                    request.extensions_mut().insert(certificate);
                    request.extensions_mut().insert(ConnectInfo(peer));
                    router.clone().oneshot(request.map(axum::body::Body::new))
                });
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_read_timeout)
                .serve_connection(TokioIo::new(stream), service);
            if let Err(e) = watcher.watch(connection).await {
                tracing::debug!("HI-1 connection from {peer} ended: {e}");
            }
        });
    }
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("HI-1 listener: requests still running after {SHUTDOWN_GRACE:?}, stopping");
    }
    Ok(())
}
