//! What LERS sends back over HI-1, on both backends, over real mutual TLS: the
//! authority's endpoint (`harness::authority`) receives each status change of its order
//! once (with retries after failures), the Form 3 answer with its reason codes, and the
//! `DeliveryObject` of a production, whose files it then fetches from LERS' HI-1
//! listener with its own certificate. Every message it receives is validated against
//! the TS 103 120 V1.15.1 XSDs.

use std::sync::Arc;

use base64::Engine;
use lers_app::hi1_client::Hi1Client;
use lers_app::{App, Settings};
use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_domain::interface::EndpointInput;
use lers_store::prelude::*;
use lers_store::{Ctx, EndpointRecord};
use reqwest::StatusCode;
use serde_json::Value;

use crate::console::all_fine;
use crate::harness::authority::{Authority, Received};

use crate::harness::tls::{CertAndKey, Hi1Server, TestPki};
use crate::harness::xsd::assert_valid_hi1;
use crate::harness::*;

mod delivery;
mod stories;

/// LERS and an authority that sends it orders over HI-1.
struct Hi1World<'a> {
    app: &'a TestApp,
    pki: TestPki,
    authority: Authority,
    /// The application with LERS' HI-1 client certificate configured.
    lers: App,
    /// LERS' HI-1 listener (mutual TLS): orders in, productions fetched.
    listener: Hi1Server,
    lers_cert: CertAndKey,
    endpoint: EndpointRecord,
    team: EuTeam<'a>,
}

fn ctx(app: &TestApp, actor: &str) -> Ctx {
    Ctx {
        at: app.clock_now(),
        actor: actor.to_owned(),
        ip: None,
    }
}

impl<'a> Hi1World<'a> {
    async fn new(app: &'a TestApp) -> TestResult<Hi1World<'a>> {
        let pki = TestPki::new(app.dir.path());
        let authority = Authority::start(&pki).await;
        let lers_cert = pki.client("lers-outbound");
        let mut lers = app.state.clone();
        let listener =
            Hi1Server::start(lers_web::hi1_router(lers.clone()), pki.server_config(false)).await;
        lers.hi1 = Arc::new(Hi1Client::from_settings(&Settings {
            hi1_outbound_cert: Some(lers_cert.cert_path.clone()),
            hi1_outbound_key: Some(lers_cert.key_path.clone()),
            hi1_outbound_ca: Some(pki.ca_path.clone()),
            hi1_public_url: Some(listener.base.clone()),
            ..Settings::default()
        })?);
        // Two admins register the authority's system (four eyes).
        app.staff("Ada Admin", "ada@provider.example", &[Role::Admin])
            .await;
        app.staff("Bo Admin", "bo@provider.example", &[Role::Admin])
            .await;
        let ada = app
            .store
            .account_by_email("ada@provider.example")
            .await?
            .ok_or("ada")?;
        let bo = app
            .store
            .account_by_email("bo@provider.example")
            .await?
            .ok_or("bo")?;
        let proposed = lers
            .propose_interface_endpoint(
                &ada,
                EndpointInput {
                    country: "DE".into(),
                    identifier: "de-sta-berlin".into(),
                    name: "Staatsanwaltschaft Berlin".into(),
                    auth_kind: "client_certificate".into(),
                    credential: pki.authority.fingerprint_hex(),
                    notify_url: authority.notify_url.clone(),
                    contact_email: "hi1@sta-berlin.example".into(),
                    role: "issuing".into(),
                },
                &ctx(app, &ada.pseudonym),
            )
            .await
            .map_err(|e| format!("{e:?}"))?;
        let endpoint = lers
            .approve_interface_endpoint(
                &bo,
                proposed.id,
                proposed.proposed_at,
                &ctx(app, &bo.pseudonym),
            )
            .await?;
        let team = EuTeam::new(app).await;
        Ok(Hi1World {
            app,
            pki,
            authority,
            lers,
            listener,
            lers_cert,
            endpoint,
            team,
        })
    }

    /// An EPOC whose enforcing authority was notified, sent by the authority's system
    /// over mutual TLS with its certificate. Returns (request id, task identifier).
    async fn etsi_epoc(&self) -> TestResult<(String, String)> {
        let delay = "<common:Value>DelayInformingUser</common:Value></auth:AuthorisationFlag>";
        let message = Hi1Text::example("epoc_create.xml")
            .new_transaction()
            .replace(
                delay,
                &format!("{delay}<auth:AuthorisationFlag><common:Owner>ETSI</common:Owner><common:Name>EPOCAuthorisationFlag</common:Name><common:Value>EnforcingAuthorityNotified</common:Value></auth:AuthorisationFlag>"),
            );
        self.send(message).await?;
        let id: String = sqlx::query_scalar(
            "SELECT r.public_id FROM etsi_orders o JOIN requests r ON r.id = o.request_id \
             WHERE o.endpoint_id = $1 ORDER BY o.request_id DESC LIMIT 1",
        )
        .bind(self.endpoint.id)
        .fetch_one(self.app.store.pool())
        .await?;
        Ok((id, "b1000000-0000-4000-8000-000000000001".to_owned()))
    }

    /// The authority's system sends `message` over mutual TLS with its certificate; it
    /// is taken (HTTP 200).
    async fn send(&self, message: Hi1Text) -> TestResult {
        assert_valid_hi1(&message.0);
        let answer = self
            .pki
            .client_with(&self.pki.authority)
            .post(self.listener.url("/etsi/v1"))
            .header("content-type", "application/xml")
            .body(message.0)
            .send()
            .await?;
        let status = answer.status();
        let text = answer.text().await?;
        assert_eq!(status, StatusCode::OK, "{text}");
        assert_valid_hi1(&text);
        Ok(())
    }

    /// One job-runner tick of LERS.
    async fn tick(&self) {
        self.lers.run_due_jobs("test-runner").await;
    }

    /// What the authority received, each checked: valid HI-1 (V1.15.1 XSDs), posted as
    /// XML, with LERS' client certificate, from LERS to this endpoint.
    fn received(&self) -> Vec<Received> {
        let received = self.authority.received();
        for message in &received {
            assert_valid_hi1(&message.body);
            assert_eq!(message.content_type.as_deref(), Some("application/xml"));
            assert_eq!(message.client_sha256, self.lers_cert.sha256);
            assert!(message
                .body
                .contains("<UniqueIdentifier>LERS</UniqueIdentifier>"));
            assert!(message
                .body
                .contains("<UniqueIdentifier>de-sta-berlin</UniqueIdentifier>"));
        }
        received
    }

    /// The reviewer approves (after the review), with a fresh code.
    async fn approve(&self, id: &str) {
        self.app.advance(Duration::seconds(30));
        let page = format!("/staff/requests/{id}");
        let decided = self
            .team
            .approver
            .submit(
                &page,
                &format!("{page}/decide"),
                &[
                    ("decision", "approve"),
                    ("code", &self.app.code(&self.team.approver_person.secret)),
                ],
            )
            .await;
        assert_eq!(decided.status(), StatusCode::SEE_OTHER, "approve {id}");
    }
}

/// The status a status-change notification reports (`None` for other messages).
fn reported(message: &Received) -> Option<String> {
    const SAYS: &str = "The status of the order is now ";
    let start = message.body.find(SAYS)? + SAYS.len();
    let rest = &message.body[start..];
    Some(rest[..rest.find('.')?].to_owned())
}

/// The status reports among `received`, in order.
fn statuses(received: &[Received]) -> Vec<String> {
    received.iter().filter_map(reported).collect()
}

/// The JSON fetch descriptor inside a `DeliveryObject`.
fn descriptor(message: &Received) -> TestResult<Value> {
    let start = message.body.find("<delivery:Data>").ok_or("Data")? + 15;
    let end = message.body[start..]
        .find("</delivery:Data>")
        .ok_or("Data end")?;
    let bytes =
        base64::engine::general_purpose::STANDARD.decode(&message.body[start..start + end])?;
    Ok(serde_json::from_slice(&bytes)?)
}
