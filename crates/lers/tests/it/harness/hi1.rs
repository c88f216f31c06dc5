//! Authorities' systems speaking HI-1 (ETSI TS 103 120) to LERS: an endpoint registered
//! and approved by two admins through the app, messages built from the example
//! messages of `crates/lers-etsi/tests/messages/` (addressed to this LERS, with a real
//! PDF and fresh identifiers), sent over mutual TLS with a generated client certificate
//! to the HI-1 listener, or with a signed token to the main listener. Every XML message
//! sent and every answer is checked against the XSDs.

use base64::Engine;
use ed25519_dalek::{Signer, SigningKey};
use lers_domain::account::Role;
use lers_domain::interface::{
    EndpointIdentity, EndpointInput, SignedToken, ENDPOINT_HEADER, SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
};
use lers_store::{prelude::*, Account, Ctx};
use reqwest::StatusCode;
use sha2::{Digest, Sha256};

use super::tls::{Hi1Server, TestPki};
use super::xsd::assert_valid_hi1;
use super::TestApp;

/// What the examples address: replaced by this LERS' identity (the default settings).
const EXAMPLE_RECEIVER: &str =
    "<CountryCode>IE</CountryCode><UniqueIdentifier>lers-provider-ie</UniqueIdentifier>";
const RECEIVER: &str = "<CountryCode>IE</CountryCode><UniqueIdentifier>LERS</UniqueIdentifier>";
/// The examples' placeholder document and its checksum.
const EXAMPLE_PDF: &str =
    "JVBERi0xLjQKJSBMRVJTIHRlc3QgY2VydGlmaWNhdGUgKEVQT0MgRm9ybSAxKQolJUVPRgo=";
const EXAMPLE_SHA: &str = "a0541a55332fb7a3bb4d0c1831449e2291c9abcce2a9316264321766bfb9e8c4";

/// One HI-1 message as text.
#[derive(Clone, Debug)]
pub struct Hi1Text(pub String);

impl Hi1Text {
    /// An example message of the etsi crate, addressed to this LERS, carrying a real
    /// (checked) PDF where the example has a placeholder.
    pub fn example(name: &str) -> Hi1Text {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../lers-etsi/tests/messages")
            .join(name);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        let receiver = if name.ends_with(".json") {
            text.replace("\"lers-provider-ie\"", "\"LERS\"")
        } else {
            text.replace(EXAMPLE_RECEIVER, RECEIVER)
        };
        Hi1Text(receiver).with_document(&lers_app::sample_pdf(
            "",
            "European Production Order Certificate",
        ))
    }

    /// The document's contents replaced by `bytes`, with their checksum.
    pub fn with_document(self, bytes: &[u8]) -> Hi1Text {
        let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
        let sha = hex::encode(Sha256::digest(bytes));
        Hi1Text(
            self.0
                .replace(EXAMPLE_PDF, &encoded)
                .replace(EXAMPLE_SHA, &sha),
        )
    }

    /// The document `old` (as carried now) replaced by `new`, with its checksum.
    pub fn with_document_replacing(self, old: &[u8], new: &[u8]) -> Hi1Text {
        let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
        let sha = |b: &[u8]| hex::encode(Sha256::digest(b));
        Hi1Text(
            self.0
                .replace(&b64(old), &b64(new))
                .replace(&sha(old), &sha(new)),
        )
    }

    /// Every `from` replaced by `to` (identifiers, values).
    pub fn replace(self, from: &str, to: &str) -> Hi1Text {
        assert!(self.0.contains(from), "{from} is not in the message");
        Hi1Text(self.0.replace(from, to))
    }

    /// The SenderIdentifier set to `country`:`identifier`.
    pub fn sent_by(self, country: &str, identifier: &str) -> Hi1Text {
        let start = self.0.find("<SenderIdentifier>").expect("a sender");
        let end =
            self.0.find("</SenderIdentifier>").expect("a sender") + "</SenderIdentifier>".len();
        let sender = format!("<SenderIdentifier><CountryCode>{country}</CountryCode><UniqueIdentifier>{identifier}</UniqueIdentifier></SenderIdentifier>");
        Hi1Text(format!("{}{sender}{}", &self.0[..start], &self.0[end..]))
    }

    /// A fresh TransactionIdentifier (the examples share theirs).
    pub fn new_transaction(self) -> Hi1Text {
        let start = self.0.find("TransactionIdentifier").expect("a transaction") + 22;
        let rest = &self.0[start..];
        let begin = start
            + rest
                .find(|c: char| c.is_ascii_hexdigit())
                .expect("its value");
        let old = self.0[begin..begin + 36].to_owned();
        let new = fresh_uuid();
        Hi1Text(self.0.replacen(&old, &new, 1))
    }

    pub fn transaction(&self) -> String {
        let start = self.0.find("TransactionIdentifier").expect("a transaction") + 22;
        let rest = &self.0[start..];
        let begin = start
            + rest
                .find(|c: char| c.is_ascii_hexdigit())
                .expect("its value");
        self.0[begin..begin + 36].to_owned()
    }
}

/// A random version-4 UUID.
pub fn fresh_uuid() -> String {
    lers_etsi::ObjectId::from_random(rand::random())
        .as_str()
        .to_owned()
}

/// How an authority's system proves who it is.
enum Credential {
    /// Signs each message (a proxy terminated TLS); posts to the main listener.
    Token(SigningKey),
    /// Presents its client certificate to the HI-1 listener at `url`.
    Certificate {
        client: reqwest::Client,
        url: String,
    },
}

/// An authority's system registered as an interface endpoint.
pub struct Authority {
    pub identity: EndpointIdentity,
    pub endpoint_id: i64,
    credential: Credential,
}

/// The HI-1 listener of a test app (mutual TLS), with the test PKI.
pub struct Hi1Tls {
    pub pki: TestPki,
    pub server: Hi1Server,
}

/// What LERS answered.
#[derive(Debug)]
pub struct Hi1Reply {
    pub status: StatusCode,
    pub content_type: String,
    pub body: String,
}

impl Hi1Reply {
    /// The ErrorCode of a refusal.
    pub fn error_code(&self) -> Option<u64> {
        let start = self.body.find("<ErrorCode>")? + "<ErrorCode>".len();
        let end = self.body[start..].find('<')? + start;
        self.body[start..end].parse().ok()
    }
}

impl TestApp {
    /// A staff account with `roles`, straight from the store (not signed in).
    pub async fn staff_account(&self, email: &str, roles: &[Role]) -> Account {
        let invitation = lers_store::NewToken {
            token_hash: lers_store::tokens::hash(&lers_store::tokens::generate()),
            expires_at: self
                .clock_now()
                .plus(lers_domain::clock::Duration::hours(24)),
        };
        self.store
            .create_staff(
                email,
                email,
                &roles.iter().copied().collect(),
                invitation,
                &self.hi1_admin_ctx(),
            )
            .await
            .expect("create staff");
        self.store
            .account_by_email(email)
            .await
            .expect("read staff")
            .expect("staff exists")
    }

    pub fn hi1_admin_ctx(&self) -> Ctx {
        Ctx {
            at: self.clock_now(),
            actor: "system".into(),
            ip: None,
        }
    }

    /// The HI-1 listener (mutual TLS) serving this app's `hi1_router`.
    pub async fn hi1_listener(&self) -> Hi1Tls {
        let pki = TestPki::new(self.dir.path());
        let server = Hi1Server::start(
            lers_web::hi1_router(self.state.clone()),
            pki.server_config(false),
        )
        .await;
        Hi1Tls { pki, server }
    }

    /// An endpoint authenticating with a signed token (registered and approved).
    pub async fn register_authority(&self, country: &str, identifier: &str) -> Authority {
        let key = SigningKey::from_bytes(&rand::random());
        let credential = hex::encode(key.verifying_key().to_bytes());
        let (identity, endpoint_id) = self
            .register_endpoint(country, identifier, "signed_token", credential, "issuing")
            .await;
        Authority {
            identity,
            endpoint_id,
            credential: Credential::Token(key),
        }
    }

    /// An issuing authority's endpoint authenticating with a client certificate the
    /// test CA issues for it, speaking to `tls`' listener.
    pub async fn tls_authority(&self, tls: &Hi1Tls, country: &str, identifier: &str) -> Authority {
        self.tls_endpoint(tls, country, identifier, "issuing").await
    }

    /// The enforcing authority's endpoint (role `enforcing`), over mutual TLS.
    pub async fn tls_enforcing_authority(
        &self,
        tls: &Hi1Tls,
        country: &str,
        identifier: &str,
    ) -> Authority {
        self.tls_endpoint(tls, country, identifier, "enforcing")
            .await
    }

    async fn tls_endpoint(
        &self,
        tls: &Hi1Tls,
        country: &str,
        identifier: &str,
        role: &str,
    ) -> Authority {
        let cert = tls.pki.client(identifier);
        let (identity, endpoint_id) = self
            .register_endpoint(
                country,
                identifier,
                "client_certificate",
                cert.fingerprint_hex(),
                role,
            )
            .await;
        Authority {
            identity,
            endpoint_id,
            credential: Credential::Certificate {
                client: tls.pki.client_with(&cert),
                url: tls.server.url("/etsi/v1"),
            },
        }
    }

    /// Proposed by one admin and approved by a second, through the app.
    async fn register_endpoint(
        &self,
        country: &str,
        identifier: &str,
        auth_kind: &str,
        credential: String,
        role: &str,
    ) -> (EndpointIdentity, i64) {
        let first = format!("admin1-{identifier}@provider.example");
        let second = format!("admin2-{identifier}@provider.example");
        let proposer = self.staff_account(&first, &[Role::Admin]).await;
        let approver = self.staff_account(&second, &[Role::Admin]).await;
        let input = EndpointInput {
            country: country.into(),
            identifier: identifier.into(),
            name: format!("Authority {identifier}"),
            auth_kind: auth_kind.into(),
            credential,
            notify_url: String::new(),
            contact_email: format!("office@{identifier}.example"),
            role: role.into(),
        };
        let ctx = self.hi1_admin_ctx();
        let proposed = match self
            .state
            .propose_interface_endpoint(&proposer, input, &ctx)
            .await
        {
            Ok(p) => p,
            Err(lers_app::FormError::Fields(f)) => panic!("propose: {f:?}"),
            Err(lers_app::FormError::App(e)) => panic!("propose: {e}"),
        };
        let approved = self
            .state
            .approve_interface_endpoint(&approver, proposed.id, proposed.proposed_at, &ctx)
            .await
            .expect("a second admin approves");
        assert!(approved.is_active());
        (approved.identity, approved.id)
    }

    /// Rows in one table (to show that a refused message stored nothing).
    pub async fn rows(&self, table: &str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(self.store.pool())
            .await
            .expect("count rows");
        n
    }

    /// Audit entries of `action` whose details mention `text`.
    pub async fn audited_mentioning(&self, action: &str, text: &str) -> usize {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT details FROM audit_log WHERE action = $1")
                .bind(action)
                .fetch_all(self.store.pool())
                .await
                .expect("read the audit log");
        rows.iter().filter(|(d,)| d.contains(text)).count()
    }
}

impl Authority {
    /// An authority's system nobody registered, with a key of its own.
    pub fn unregistered(country: &str, identifier: &str) -> Authority {
        Authority {
            identity: EndpointIdentity {
                country: country.into(),
                identifier: identifier.into(),
            },
            endpoint_id: 0,
            credential: Credential::Token(SigningKey::from_bytes(&rand::random())),
        }
    }

    /// A system presenting `tls`' stranger certificate (issued by the CA, registered
    /// nowhere).
    pub fn stranger(tls: &Hi1Tls, country: &str, identifier: &str) -> Authority {
        Authority {
            identity: EndpointIdentity {
                country: country.into(),
                identifier: identifier.into(),
            },
            endpoint_id: 0,
            credential: Credential::Certificate {
                client: tls.pki.client_with(&tls.pki.stranger),
                url: tls.server.url("/etsi/v1"),
            },
        }
    }

    /// Posts `message` (checked against the XSDs if it is XML) to `/etsi/v1`.
    pub async fn send(&self, app: &TestApp, message: &Hi1Text) -> Hi1Reply {
        let content_type = if message.0.trim_start().starts_with('{') {
            "application/json"
        } else {
            assert_valid_hi1(&message.0);
            "application/xml"
        };
        self.send_as(app, content_type, message.0.as_bytes()).await
    }

    /// Posts any bytes as `content_type`; an XML answer is checked against the XSDs.
    pub async fn send_as(&self, app: &TestApp, content_type: &str, body: &[u8]) -> Hi1Reply {
        let request = match &self.credential {
            Credential::Token(key) => {
                let timestamp = app.clock_now().unix_seconds();
                let text =
                    SignedToken::signed_text(&self.identity, timestamp, "POST /etsi/v1", body);
                let signature =
                    base64::engine::general_purpose::STANDARD.encode(key.sign(&text).to_bytes());
                app.client
                    .post(app.url("/etsi/v1"))
                    .header(ENDPOINT_HEADER, self.identity.to_string())
                    .header(TIMESTAMP_HEADER, timestamp.to_string())
                    .header(SIGNATURE_HEADER, signature)
            }
            Credential::Certificate { client, url } => client.post(url),
        };
        let response = request
            .header("content-type", content_type)
            .body(body.to_vec())
            .send()
            .await
            .expect("POST /etsi/v1");
        let status = response.status();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let body = response.text().await.expect("answer body");
        if content_type == "application/xml" {
            assert_valid_hi1(&body);
        }
        Hi1Reply {
            status,
            content_type,
            body,
        }
    }
}
