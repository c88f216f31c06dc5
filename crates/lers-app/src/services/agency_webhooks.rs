//! Agency webhooks (issue 18 §4): a requester ties a URL to one of their own live API
//! tokens (with the `read` scope, which the system needs to fetch what an event is
//! about) after a fresh second factor, gets a signing secret once, and reads the log
//! of what LERS posted. The events themselves are queued by the store in the
//! transaction of each change (`lers_store::agency_webhooks`); the posts go through
//! the one `webhook_delivery` job and sender.

use lers_domain::account::AccountKind;
use lers_domain::alerts::agency::{redact_urls, token_fit};
use lers_domain::clock::Timestamp;
use lers_domain::problem::Problem;
use lers_store::agency_webhooks::{AgencyWebhook, OwnToken};
use lers_store::webhooks::WebhookPurpose;
use lers_store::{Ctx, SessionRecord};

use super::webhooks::WebhookForm;
use crate::{App, AppError, FormError};

/// How many lines of the delivery log are shown.
pub const LOG_LINES: i64 = 100;

/// Where a delivery stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeliveryState {
    Pending,
    Delivered,
    GivenUp,
}

impl DeliveryState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Delivered => "delivered",
            Self::GivenUp => "given_up",
        }
    }
}

/// A line of the requester's delivery log, safe to show: addresses without query,
/// fragment or credentials.
#[derive(Clone, Debug)]
pub struct DeliveryLine {
    pub id: i64,
    pub token: String,
    pub url: String,
    pub event_type: String,
    pub created_at: Timestamp,
    pub attempts: i64,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub state: DeliveryState,
    /// When it was delivered or given up.
    pub settled_at: Option<Timestamp>,
}

/// A new webhook as the form gives it.
#[derive(Clone, Debug, Default)]
pub struct AgencyHookForm {
    /// The token's public id.
    pub token: String,
    pub url: String,
    /// A current TOTP code, or empty after a key touch.
    pub code: String,
}

impl App {
    /// Adds a webhook to one of `session`'s tokens; returns the signing secret (to be
    /// shown once). Another person's token is not found; a revoked, expired or
    /// write-only token, a missing step-up, a refused URL (audited) or one webhook
    /// too many is a field error.
    pub async fn add_agency_webhook(
        &self,
        session: &SessionRecord,
        form: &AgencyHookForm,
        ctx: &Ctx,
    ) -> Result<String, FormError> {
        let who = &session.account;
        let token = self.own_token(who, &form.token).await?;
        token_fit(token.revoked, token.expires_at, &token.scopes, ctx.at)
            .map_err(|unfit| FormError::field("token", Problem::new(unfit.message_id())))?;
        self.confirm_step_up(session, &form.code, "code", ctx)
            .await?;
        let secret = self
            .add_webhook(
                who,
                WebhookPurpose::Agency,
                Some(token.row_id),
                &WebhookForm {
                    format: "signed".into(),
                    url: form.url.clone(),
                    key: String::new(),
                },
                ctx,
            )
            .await?;
        secret.ok_or_else(|| AppError::internal("a signed webhook without a secret").into())
    }

    /// `who`'s token `public_id`; only a requester's own token is found.
    async fn own_token(
        &self,
        who: &lers_store::Account,
        public_id: &str,
    ) -> Result<OwnToken, AppError> {
        if who.kind != AccountKind::Requester {
            return Err(AppError::NotFound);
        }
        self.store
            .own_token(who.id, public_id.trim())
            .await?
            .ok_or(AppError::NotFound)
    }

    /// `who`'s agency webhooks in use.
    pub async fn agency_webhooks(
        &self,
        who: &lers_store::Account,
    ) -> Result<Vec<AgencyWebhook>, AppError> {
        if who.kind != AccountKind::Requester {
            return Err(AppError::NotFound);
        }
        let mut hooks = self.store.agency_webhooks(who.id).await?;
        for hook in &mut hooks {
            hook.webhook.url = redact_urls(&hook.webhook.url);
            // Shown once when made; a list has no use for it.
            hook.webhook.secret.clear();
        }
        Ok(hooks)
    }

    /// The newest deliveries to `who`'s agency webhooks, of one token when
    /// `token` (its public id, which must be theirs) is given.
    pub async fn agency_delivery_log(
        &self,
        who: &lers_store::Account,
        token: Option<&str>,
    ) -> Result<Vec<DeliveryLine>, AppError> {
        let token_row = match token {
            Some(id) => Some(self.own_token(who, id).await?.row_id),
            None if who.kind == AccountKind::Requester => None,
            None => return Err(AppError::NotFound),
        };
        let log = self
            .store
            .agency_deliveries(who.id, token_row, LOG_LINES)
            .await?;
        Ok(log
            .into_iter()
            .map(|line| {
                let d = line.delivery;
                let (state, settled_at) = match (d.delivered_at, d.given_up_at) {
                    (Some(at), _) => (DeliveryState::Delivered, Some(at)),
                    (None, Some(at)) => (DeliveryState::GivenUp, Some(at)),
                    (None, None) => (DeliveryState::Pending, None),
                };
                DeliveryLine {
                    id: d.id,
                    token: line.token,
                    url: redact_urls(&line.url),
                    event_type: d.event_type,
                    created_at: d.created_at,
                    attempts: d.attempts,
                    last_status: d.last_status,
                    last_error: d.last_error.map(|e| redact_urls(&e)),
                    state,
                    settled_at,
                }
            })
            .collect())
    }
}
