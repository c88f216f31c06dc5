//! Certificates for mutual-TLS tests, made fresh for each test with rcgen: a test CA, a
//! server certificate for 127.0.0.1 and localhost, an authority's client certificate
//! and a second one nobody registered (both issued by the CA), each with the SHA-256 of
//! its DER — the fingerprint an interface endpoint pins. The PEMs are written into the
//! test's directory for what needs files (`lers serve`, `lers etsi send`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose,
};
use sha2::{Digest, Sha256};
use tokio::sync::oneshot;

/// A certificate and its key, as PEM text and files.
pub struct CertAndKey {
    pub cert_pem: String,
    pub key_pem: String,
    /// SHA-256 of the certificate's DER.
    pub sha256: [u8; 32],
    pub cert_path: PathBuf,
    pub key_path: PathBuf,
}

impl CertAndKey {
    /// The fingerprint as an admin types it (hex).
    pub fn fingerprint_hex(&self) -> String {
        hex::encode(self.sha256)
    }
}

pub struct TestPki {
    ca: CertifiedIssuer<'static, KeyPair>,
    pub ca_pem: String,
    pub ca_path: PathBuf,
    pub server: CertAndKey,
    /// The authority's client certificate (the tests register its fingerprint).
    pub authority: CertAndKey,
    /// A client certificate from the same CA that no endpoint registers.
    pub stranger: CertAndKey,
    dir: PathBuf,
}

impl TestPki {
    /// A CA and the three certificates, written into `dir`.
    pub fn new(dir: &Path) -> Self {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params
            .distinguished_name
            .push(DnType::CommonName, "LERS test CA");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let ca = CertifiedIssuer::self_signed(params, KeyPair::generate().expect("CA key"))
            .expect("CA certificate");
        let ca_pem = ca.pem();
        let ca_path = dir.join("test-ca.pem");
        std::fs::write(&ca_path, &ca_pem).expect("write CA");
        let mut pki = Self {
            ca,
            ca_pem,
            ca_path,
            server: placeholder(),
            authority: placeholder(),
            stranger: placeholder(),
            dir: dir.to_owned(),
        };
        pki.server = pki.issue(
            "hi1-server",
            &["localhost", "127.0.0.1"],
            ExtendedKeyUsagePurpose::ServerAuth,
        );
        pki.authority = pki.client("authority");
        pki.stranger = pki.client("stranger");
        pki
    }

    /// A further client certificate issued by the test CA.
    pub fn client(&self, name: &str) -> CertAndKey {
        self.issue(name, &[], ExtendedKeyUsagePurpose::ClientAuth)
    }

    /// A self-signed client certificate (no CA vouches for it).
    pub fn self_signed_client(&self, name: &str) -> CertAndKey {
        let key = KeyPair::generate().expect("key");
        let cert = client_params(name, &[], ExtendedKeyUsagePurpose::ClientAuth)
            .self_signed(&key)
            .expect("self-signed certificate");
        self.write(name, cert.pem(), key.serialize_pem(), cert.der())
    }

    fn issue(&self, name: &str, names: &[&str], usage: ExtendedKeyUsagePurpose) -> CertAndKey {
        let key = KeyPair::generate().expect("key");
        let cert = client_params(name, names, usage)
            .signed_by(&key, &self.ca)
            .expect("issue certificate");
        self.write(name, cert.pem(), key.serialize_pem(), cert.der())
    }

    fn write(&self, name: &str, cert_pem: String, key_pem: String, der: &[u8]) -> CertAndKey {
        let cert_path = self.dir.join(format!("{name}.pem"));
        let key_path = self.dir.join(format!("{name}.key"));
        std::fs::write(&cert_path, &cert_pem).expect("write certificate");
        std::fs::write(&key_path, &key_pem).expect("write key");
        CertAndKey {
            sha256: Sha256::digest(der).into(),
            cert_pem,
            key_pem,
            cert_path,
            key_path,
        }
    }

    /// The HI-1 listener's TLS configuration for the test server certificate: any client
    /// certificate (pinned later), or with `client_ca` only those of the test CA.
    pub fn server_config(&self, client_ca: bool) -> Arc<rustls::ServerConfig> {
        let ca = client_ca.then_some(self.ca_path.as_path());
        Arc::new(
            lers_web::hi1_server_config(&self.server.cert_path, &self.server.key_path, ca)
                .expect("HI-1 TLS configuration"),
        )
    }

    /// An HTTPS client that trusts the test CA and presents `cert`.
    pub fn client_with(&self, cert: &CertAndKey) -> reqwest::Client {
        let identity =
            reqwest::Identity::from_pem(format!("{}\n{}", cert.cert_pem, cert.key_pem).as_bytes())
                .expect("client identity");
        self.client_builder()
            .identity(identity)
            .build()
            .expect("HTTPS client")
    }

    /// An HTTPS client that trusts the test CA and presents no certificate.
    pub fn client_without_certificate(&self) -> reqwest::Client {
        self.client_builder().build().expect("HTTPS client")
    }

    fn client_builder(&self) -> reqwest::ClientBuilder {
        reqwest::Client::builder()
            .use_rustls_tls()
            .tls_built_in_root_certs(false)
            .add_root_certificate(
                reqwest::Certificate::from_pem(self.ca_pem.as_bytes()).expect("CA certificate"),
            )
            .redirect(reqwest::redirect::Policy::none())
    }
}

fn client_params(name: &str, names: &[&str], usage: ExtendedKeyUsagePurpose) -> CertificateParams {
    let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    let mut params = CertificateParams::new(names).expect("certificate params");
    params.distinguished_name.push(DnType::CommonName, name);
    params.extended_key_usages = vec![usage];
    params
}

fn placeholder() -> CertAndKey {
    CertAndKey {
        cert_pem: String::new(),
        key_pem: String::new(),
        sha256: [0; 32],
        cert_path: PathBuf::new(),
        key_path: PathBuf::new(),
    }
}

/// An HI-1 listener (mutual TLS) serving `router` on a free port until dropped.
pub struct Hi1Server {
    /// `https://127.0.0.1:PORT`
    pub base: String,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl Hi1Server {
    pub async fn start(router: axum::Router, tls: Arc<rustls::ServerConfig>) -> Self {
        Self::start_with(router, tls, lers_web::Hi1Limits::default()).await
    }

    pub async fn start_with(
        router: axum::Router,
        tls: Arc<rustls::ServerConfig>,
        limits: lers_web::Hi1Limits,
    ) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("https://{}", listener.local_addr().expect("addr"));
        let (shutdown, stop) = oneshot::channel::<()>();
        let task = tokio::spawn(lers_web::serve_hi1_with(
            router,
            listener,
            tls,
            limits,
            async move {
                let _ = stop.await;
            },
        ));
        Self {
            base,
            shutdown: Some(shutdown),
            task: Some(task),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The `host:port` of the listener.
    pub fn addr(&self) -> &str {
        self.base.trim_start_matches("https://")
    }

    /// Asks the listener to stop and waits until it has.
    pub async fn stop(mut self) -> std::io::Result<()> {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        match self.task.take() {
            Some(task) => task.await.expect("HI-1 listener task"),
            None => Ok(()),
        }
    }
}

impl Drop for Hi1Server {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}
