//! The registry of HI-1 interface endpoints (admins: propose, approve with a second
//! admin, disable) and who is calling the HI-1 endpoint: the credentials a caller
//! presented, resolved to an active registered endpoint or refused (and audited).

use lers_domain::account::{Account, AccountKind, Role};
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::interface::{
    EndpointAuth, EndpointInput, EndpointRole, Hi1Credentials, TokenProblem,
};
use lers_domain::problem::Problem;
use lers_store::{Ctx, EndpointRecord};
use serde_json::json;

use crate::app::App;
use crate::error::{AppError, FormError};

/// Why a caller of the HI-1 endpoint was not let in. The message is safe to send back:
/// it says what to fix without saying what is registered.
#[derive(Debug, thiserror::Error)]
pub enum Hi1AuthError {
    #[error("no client certificate or signed token was presented")]
    NoCredentials,
    #[error("the presented credentials belong to no registered interface endpoint")]
    Unregistered,
    #[error(
        "this interface endpoint is not active (awaiting a second admin's approval, or disabled)"
    )]
    Inactive,
    #[error(transparent)]
    Token(#[from] TokenProblem),
    #[error(transparent)]
    App(#[from] AppError),
}

impl App {
    /// Refuses (and audits) anyone but staff holding `role`.
    pub async fn require_role(
        &self,
        who: &Account,
        role: Role,
        resource: &str,
        ctx: &Ctx,
    ) -> Result<(), AppError> {
        if who.kind == AccountKind::Staff && who.roles.contains(role) {
            return Ok(());
        }
        let denied = AuditEvent::new(
            ctx.at,
            ctx.actor.clone(),
            AuditAction::AccessDenied,
            Outcome::Denied,
        )
        .from_ip(ctx.ip.clone())
        .details(json!({"needed_role": role.as_str(), "resource": resource}));
        self.store.record_event(denied).await?;
        Err(AppError::Forbidden)
    }

    /// Every registered endpoint (admins only).
    pub async fn interface_endpoints(
        &self,
        admin: &Account,
        ctx: &Ctx,
    ) -> Result<Vec<EndpointRecord>, AppError> {
        self.require_role(admin, Role::Admin, "interface endpoints", ctx)
            .await?;
        Ok(self.store.interface_endpoints().await?)
    }

    /// An admin proposes registering an endpoint; it speaks once a second admin approves.
    pub async fn propose_interface_endpoint(
        &self,
        admin: &Account,
        input: EndpointInput,
        ctx: &Ctx,
    ) -> Result<EndpointRecord, FormError> {
        self.require_role(admin, Role::Admin, "interface endpoints", ctx)
            .await?;
        let registration = input.validated().map_err(FormError::Fields)?;
        // The enforcing authority that may decide on orders served on this provider is
        // the one of the provider's own member state.
        if registration.role == EndpointRole::Enforcing
            && !registration
                .identity
                .country
                .eq_ignore_ascii_case(&self.config.hi1_country)
        {
            return Err(FormError::field(
                "country",
                Problem::new("form-endpoint-country")
                    .text("country", self.config.hi1_country.clone()),
            ));
        }
        if let Some(existing) = self
            .store
            .account_by_email(&registration.contact_email)
            .await?
        {
            if existing.kind != AccountKind::Requester {
                return Err(FormError::field(
                    "contact_email",
                    Problem::new("form-endpoint-contact-is-staff"),
                ));
            }
        }
        Ok(self
            .store
            .propose_endpoint(admin, &registration, ctx)
            .await?)
    }

    /// A second admin approves the proposed endpoint they were shown (made at `shown`).
    pub async fn approve_interface_endpoint(
        &self,
        admin: &Account,
        id: i64,
        shown: Timestamp,
        ctx: &Ctx,
    ) -> Result<EndpointRecord, AppError> {
        self.require_role(admin, Role::Admin, "interface endpoints", ctx)
            .await?;
        Ok(self.store.approve_endpoint(admin, id, shown, ctx).await?)
    }

    /// Any admin disables an endpoint; its messages are refused from then on.
    pub async fn disable_interface_endpoint(
        &self,
        admin: &Account,
        id: i64,
        ctx: &Ctx,
    ) -> Result<EndpointRecord, AppError> {
        self.require_role(admin, Role::Admin, "interface endpoints", ctx)
            .await?;
        Ok(self.store.disable_endpoint(admin, id, ctx).await?)
    }

    /// Before the body is read: whether these credentials can belong to an active
    /// endpoint at all (a registered certificate; a fresh token of an endpoint
    /// registered for tokens). Lets the transport drop strangers without reading what
    /// they send; the full check, signature included, runs on the body. Refusals are
    /// audited like [`Self::authenticate_hi1`]'s.
    pub async fn admit_hi1(
        &self,
        credentials: Option<&Hi1Credentials>,
        ctx: &Ctx,
    ) -> Result<EndpointRecord, Hi1AuthError> {
        let outcome = self.resolve_caller(credentials, None, ctx).await;
        if let Err(error) = &outcome {
            self.audit_refused_caller(error, credentials, ctx).await?;
        }
        outcome
    }

    /// The active endpoint that presented `credentials` with this `body`. A refusal is
    /// audited with what was presented (never the body).
    pub async fn authenticate_hi1(
        &self,
        credentials: Option<&Hi1Credentials>,
        body: &[u8],
        ctx: &Ctx,
    ) -> Result<EndpointRecord, Hi1AuthError> {
        let outcome = self.resolve_caller(credentials, Some(body), ctx).await;
        if let Err(error) = &outcome {
            self.audit_refused_caller(error, credentials, ctx).await?;
        }
        outcome
    }

    async fn audit_refused_caller(
        &self,
        error: &Hi1AuthError,
        credentials: Option<&Hi1Credentials>,
        ctx: &Ctx,
    ) -> Result<(), Hi1AuthError> {
        {
            let presented = match credentials {
                Some(Hi1Credentials::ClientCertificate { sha256 }) => {
                    json!({"client_certificate_sha256": hex::encode(sha256)})
                }
                Some(Hi1Credentials::SignedToken(token)) => {
                    json!({"signed_token_endpoint": token.endpoint.to_string()})
                }
                None => json!(null),
            };
            let refused = AuditEvent::new(
                ctx.at,
                ctx.actor.clone(),
                AuditAction::Hi1MessageRefused,
                Outcome::Denied,
            )
            .from_ip(ctx.ip.clone())
            .details(json!({"stage": "authentication", "reason": error.to_string(), "presented": presented}));
            self.store
                .record_event(refused)
                .await
                .map_err(AppError::from)?;
        }
        Ok(())
    }

    async fn resolve_caller(
        &self,
        credentials: Option<&Hi1Credentials>,
        body: Option<&[u8]>,
        ctx: &Ctx,
    ) -> Result<EndpointRecord, Hi1AuthError> {
        let endpoint = match credentials.ok_or(Hi1AuthError::NoCredentials)? {
            Hi1Credentials::ClientCertificate { sha256 } => self
                .store
                .endpoint_by_auth(&EndpointAuth::ClientCertificate { sha256: *sha256 })
                .await
                .map_err(AppError::from)?
                .ok_or(Hi1AuthError::Unregistered)?,
            Hi1Credentials::SignedToken(token) => {
                let endpoint = self
                    .store
                    .endpoint_by_identity(&token.endpoint)
                    .await
                    .map_err(AppError::from)?
                    .ok_or(Hi1AuthError::Unregistered)?;
                let EndpointAuth::SignedToken { public_key } = &endpoint.auth else {
                    // Registered for mutual TLS: a token cannot stand in for the certificate.
                    return Err(Hi1AuthError::Unregistered);
                };
                match body {
                    Some(body) => token.verify(public_key, body, ctx.at)?,
                    None => token.check_fresh(ctx.at)?,
                }
                endpoint
            }
        };
        if !endpoint.is_active() {
            return Err(Hi1AuthError::Inactive);
        }
        Ok(endpoint)
    }
}
