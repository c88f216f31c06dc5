//! Webhooks people set up, and the `webhook_delivery` job that posts each stored
//! event (issue 18 §2): a 2xx is delivered; anything else is recorded and retried
//! with the runner's back-off (1, 4, 9 … minutes) until
//! [`MAX_DELIVERY_ATTEMPTS`]; an address refused by the SSRF rules at send time is
//! given up at once.

use lers_domain::account::{Account, Role};
use lers_domain::alerts::agency::redact_urls;
use lers_domain::alerts::formats::WebhookFormat;
use lers_domain::alerts::{MAX_DELIVERY_ATTEMPTS, MAX_WEBHOOKS_PER_ACCOUNT};
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::problem::Problem;
use lers_store::webhooks::{Attempt, NewWebhook, Webhook, WebhookPurpose};
use lers_store::Ctx;
use serde_json::json;

use crate::webhook_sender::{SendError, UrlRefusal};
use crate::{App, AppError, FormError};

/// The longest routing key or API key accepted.
const MAX_KEY_LEN: usize = 200;

/// A webhook as a form gives it.
#[derive(Clone, Debug, Default)]
pub struct WebhookForm {
    pub format: String,
    pub url: String,
    /// PagerDuty routing key or Opsgenie API key; LERS makes the signing secret.
    pub key: String,
}

impl App {
    /// The `webhook_delivery` job.
    pub async fn deliver_webhook(&self, id: i64, ctx: &Ctx) -> Result<(), String> {
        let failed = |e: lers_store::StoreError| e.to_string();
        let Some((delivery, webhook, out_of_use)) =
            self.store.delivery(id, ctx.at).await.map_err(failed)?
        else {
            return Ok(());
        };
        if delivery.delivered_at.is_some() || delivery.given_up_at.is_some() {
            return Ok(());
        }
        if out_of_use {
            // Removed, or its API token revoked or expired: given up (and shown so in
            // the delivery log), never sent.
            let attempt = Attempt::Failed {
                status: None,
                error: "not sent: the webhook was removed or its API token is no longer valid"
                    .into(),
                give_up: true,
            };
            return self
                .store
                .record_attempt(id, &attempt, ctx)
                .await
                .map_err(failed);
        }
        let sent = self
            .webhooks
            .post(
                &webhook,
                &delivery.path,
                &delivery.body,
                &delivery.event_type,
                ctx.at,
            )
            .await;
        let (attempt, retry) = match sent {
            Ok(status) => (Attempt::Delivered { status }, None),
            Err(error) => {
                // A refused address is a rule, not an outage: trying again changes nothing.
                let refused =
                    matches!(&error, SendError::Refused(r) if *r != UrlRefusal::Unresolvable);
                let give_up = refused || delivery.attempts + 1 >= MAX_DELIVERY_ATTEMPTS;
                // An address's query or credentials may hold a secret: not kept. An
                // agency (a requester) sees only the kind of failure.
                let text = if webhook.purpose == WebhookPurpose::Agency {
                    tracing::info!(delivery = id, error = %redact_urls(&error.to_string()), "agency webhook post failed");
                    error.category().to_owned()
                } else {
                    redact_urls(&error.to_string())
                };
                (
                    Attempt::Failed {
                        status: error.status(),
                        error: text.clone(),
                        give_up,
                    },
                    (!give_up).then_some(text),
                )
            }
        };
        self.store
            .record_attempt(id, &attempt, ctx)
            .await
            .map_err(failed)?;
        match retry {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    /// Adds a webhook for `who`'s on-call pages (reviewers and approvers). The URL is
    /// checked as it will be at send time. Returns the signing secret LERS made for
    /// its own format (shown once), or `None` for PagerDuty and Opsgenie, whose key
    /// the person gave.
    pub async fn add_oncall_webhook(
        &self,
        who: &Account,
        form: &WebhookForm,
        ctx: &Ctx,
    ) -> Result<Option<String>, FormError> {
        if !(who.roles.contains(Role::Reviewer) || who.roles.contains(Role::Approver)) {
            return Err(AppError::Forbidden.into());
        }
        self.add_webhook(who, WebhookPurpose::Oncall, None, form, ctx)
            .await
    }

    /// Adds a webhook of `purpose` for `who` after checking its format, key and URL
    /// (a refused URL is audited).
    pub(crate) async fn add_webhook(
        &self,
        who: &Account,
        purpose: WebhookPurpose,
        api_token_id: Option<i64>,
        form: &WebhookForm,
        ctx: &Ctx,
    ) -> Result<Option<String>, FormError> {
        let format = WebhookFormat::parse(form.format.trim())
            .ok_or_else(|| FormError::field("format", Problem::new("webhook-format-unknown")))?;
        let key = form.key.trim();
        let made = match format {
            WebhookFormat::Signed => Some(lers_store::tokens::generate()),
            _ if key.is_empty() || key.len() > MAX_KEY_LEN || key.chars().any(char::is_control) => {
                return Err(FormError::field("key", Problem::new("webhook-key-missing")));
            }
            _ => None,
        };
        let mine = self
            .store
            .webhooks_of(who.id, purpose)
            .await
            .map_err(AppError::from)?;
        if mine.len() >= MAX_WEBHOOKS_PER_ACCOUNT {
            return Err(FormError::field(
                "url",
                Problem::new("webhook-too-many").number("max", MAX_WEBHOOKS_PER_ACCOUNT),
            ));
        }
        if let Err(refusal) = self.webhooks.check(&form.url, purpose).await {
            self.store
                .record_event(
                    AuditEvent::new(
                        ctx.at,
                        ctx.actor.clone(),
                        AuditAction::WebhookRefused,
                        Outcome::Denied,
                    )
                    .from_ip(ctx.ip.clone())
                    .details(json!({
                        "url": redact_urls(form.url.trim()),
                        "purpose": purpose.as_str(),
                        "reason": refusal.to_string(),
                    })),
                )
                .await
                .map_err(AppError::from)?;
            return Err(FormError::field("url", Problem::new(refusal.message_id())));
        }
        let secret = made.clone().unwrap_or_else(|| key.to_owned());
        self.store
            .add_webhook(
                &NewWebhook {
                    account_id: who.id,
                    purpose,
                    api_token_id,
                    format,
                    url: form.url.trim().to_owned(),
                    secret,
                },
                ctx,
            )
            .await
            .map_err(AppError::from)?;
        Ok(made)
    }

    /// Removes one of `who`'s webhooks.
    pub async fn remove_webhook(&self, who: &Account, id: i64, ctx: &Ctx) -> Result<(), AppError> {
        Ok(self.store.remove_webhook(id, who.id, ctx).await?)
    }

    /// `who`'s on-call webhooks.
    pub async fn oncall_webhooks(&self, who: &Account) -> Result<Vec<Webhook>, AppError> {
        Ok(self
            .store
            .webhooks_of(who.id, WebhookPurpose::Oncall)
            .await?)
    }
}
