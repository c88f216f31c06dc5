//! Webhooks people set up (on-call channels of staff, agencies' event URLs) and every
//! post to them: the stored body, each attempt's outcome, the job that retries it.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::alerts::formats::WebhookFormat;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::jobs::{JobKind, WebhookDeliveryJob};
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::account_rows::ACCOUNT_IN_GOOD_STANDING;
use crate::crypto::contexts;
use crate::error::{Result, StoreError};
use crate::keys::KeyProvider;
use crate::model::Ctx;
use crate::sql::{event, opt_ts, ts, SqlStore};

/// Who a webhook serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebhookPurpose {
    /// A staff member's on-call channel.
    Oncall,
    /// A requester's events, tied to one of their API tokens.
    Agency,
}

impl WebhookPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Oncall => "oncall",
            Self::Agency => "agency",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Oncall, Self::Agency]
            .into_iter()
            .find(|p| p.as_str() == text)
    }
}

/// A webhook with its secret opened.
#[derive(Clone, Debug)]
pub struct Webhook {
    pub id: i64,
    pub account_id: i64,
    pub purpose: WebhookPurpose,
    pub api_token_id: Option<i64>,
    pub format: WebhookFormat,
    pub url: String,
    pub secret: String,
    pub created_at: Timestamp,
}

/// A webhook to add.
#[derive(Clone, Debug)]
pub struct NewWebhook {
    pub account_id: i64,
    pub purpose: WebhookPurpose,
    pub api_token_id: Option<i64>,
    pub format: WebhookFormat,
    pub url: String,
    pub secret: String,
}

/// A post to store and send.
#[derive(Clone, Debug)]
pub struct NewDelivery {
    pub webhook_id: i64,
    pub alert_id: Option<i64>,
    pub request_id: Option<i64>,
    pub event_type: String,
    /// Appended to the webhook's URL (Opsgenie's acknowledge path); usually empty.
    pub path: String,
    pub body: String,
    /// One delivery per key, however often it is asked for.
    pub dedupe_key: String,
}

/// A stored post and where it stands.
#[derive(Clone, Debug)]
pub struct Delivery {
    pub id: i64,
    pub webhook_id: i64,
    pub event_type: String,
    pub path: String,
    pub body: String,
    pub created_at: Timestamp,
    pub attempts: i64,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub delivered_at: Option<Timestamp>,
    pub given_up_at: Option<Timestamp>,
}

/// How one attempt went.
#[derive(Clone, Debug)]
pub enum Attempt {
    Delivered {
        status: u16,
    },
    /// Failed; `give_up` when it was the last attempt.
    Failed {
        status: Option<u16>,
        error: String,
        give_up: bool,
    },
}

/// Webhooks and their deliveries.
#[async_trait]
pub trait WebhookStore: Send + Sync {
    async fn add_webhook(&self, webhook: &NewWebhook, ctx: &Ctx) -> Result<i64>;
    /// Removes `id` if `account_id` set it up; `NotFound` otherwise.
    async fn remove_webhook(&self, id: i64, account_id: i64, ctx: &Ctx) -> Result<()>;
    /// Webhook `id`, also a removed one.
    async fn webhook(&self, id: i64) -> Result<Webhook>;
    /// The webhooks in use of `account_id` for `purpose`, oldest first.
    async fn webhooks_of(&self, account_id: i64, purpose: WebhookPurpose) -> Result<Vec<Webhook>>;
    /// The webhooks of several accounts for `purpose`.
    async fn webhooks_of_all(
        &self,
        account_ids: &[i64],
        purpose: WebhookPurpose,
    ) -> Result<Vec<Webhook>>;
    /// A delivery and its webhook, and whether that webhook is out of use at `at`:
    /// removed, or an agency webhook whose API token was revoked or has expired
    /// (nothing is then sent).
    async fn delivery(&self, id: i64, at: Timestamp) -> Result<Option<(Delivery, Webhook, bool)>>;
    /// Records an attempt (and its audit entry); an already delivered delivery stays so.
    async fn record_attempt(&self, id: i64, attempt: &Attempt, ctx: &Ctx) -> Result<()>;
    /// The newest deliveries to `webhook_id`.
    async fn deliveries_of(&self, webhook_id: i64, limit: i64) -> Result<Vec<Delivery>>;
}

pub(super) const WEBHOOK_COLUMNS: &str =
    "w.id, w.account_id, w.purpose, w.api_token_id, w.format, w.url, w.secret_sealed, w.created_at, w.removed_at";
pub(super) const DELIVERY_COLUMNS: &str =
    "d.id, d.webhook_id, d.event_type, d.path, d.body, d.created_at, d.attempts, \
     d.last_status, d.last_error, d.delivered_at, d.given_up_at";

impl SqlStore {
    pub(super) fn webhook_from_row(&self, row: &AnyRow) -> Result<Webhook> {
        let account_id: i64 = row.try_get("account_id")?;
        let format: String = row.try_get("format")?;
        let purpose: String = row.try_get("purpose")?;
        let sealed: String = row.try_get("secret_sealed")?;
        let secret = self
            .keys()
            .sealer
            .open(&sealed, &contexts::webhook_secret(account_id))?;
        Ok(Webhook {
            id: row.try_get("id")?,
            account_id,
            purpose: WebhookPurpose::parse(&purpose)
                .ok_or_else(|| StoreError::Corrupt(format!("webhook purpose {purpose:?}")))?,
            api_token_id: row.try_get("api_token_id")?,
            format: WebhookFormat::parse(&format)
                .ok_or_else(|| StoreError::Corrupt(format!("webhook format {format:?}")))?,
            url: row.try_get("url")?,
            secret: String::from_utf8(secret)
                .map_err(|_| StoreError::Corrupt("webhook secret is not text".into()))?,
            created_at: ts(row, "created_at")?,
        })
    }

    /// Stores `deliveries` and a job for each new one, inside the caller's transaction;
    /// a dedupe key already stored is skipped.
    pub(super) async fn insert_deliveries(
        &self,
        conn: &mut Conn<'_>,
        deliveries: &[NewDelivery],
        at: Timestamp,
    ) -> Result<()> {
        for delivery in deliveries {
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO webhook_deliveries (webhook_id, alert_id, request_id, event_type, path, body, dedupe_key, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
            )
            .bind(delivery.webhook_id)
            .bind(delivery.alert_id)
            .bind(delivery.request_id)
            .bind(&delivery.event_type)
            .bind(&delivery.path)
            .bind(&delivery.body)
            .bind(&delivery.dedupe_key)
            .bind(at.unix_millis())
            .fetch_optional(&mut *conn)
            .await?;
            if let Some(id) = id {
                let job = JobKind::WebhookDelivery(WebhookDeliveryJob { delivery: id });
                self.insert_job(&mut *conn, &job, at, at).await?;
            }
        }
        Ok(())
    }
}

pub(super) fn delivery_from_row(row: &AnyRow) -> Result<Delivery> {
    Ok(Delivery {
        id: row.try_get("id")?,
        webhook_id: row.try_get("webhook_id")?,
        event_type: row.try_get("event_type")?,
        path: row.try_get("path")?,
        body: row.try_get("body")?,
        created_at: ts(row, "created_at")?,
        attempts: row.try_get("attempts")?,
        last_status: row.try_get("last_status")?,
        last_error: row.try_get("last_error")?,
        delivered_at: opt_ts(row, "delivered_at")?,
        given_up_at: opt_ts(row, "given_up_at")?,
    })
}

#[async_trait]
impl WebhookStore for SqlStore {
    async fn add_webhook(&self, webhook: &NewWebhook, ctx: &Ctx) -> Result<i64> {
        let sealed = self.keys().sealer.seal(
            webhook.secret.as_bytes(),
            &contexts::webhook_secret(webhook.account_id),
        )?;
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO webhooks (account_id, purpose, api_token_id, format, url, secret_sealed, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(webhook.account_id)
        .bind(webhook.purpose.as_str())
        .bind(webhook.api_token_id)
        .bind(webhook.format.as_str())
        .bind(&webhook.url)
        .bind(sealed)
        .bind(ctx.at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::WebhookRegistered, Outcome::Success).details(json!({
                "webhook": id,
                "purpose": webhook.purpose.as_str(),
                "format": webhook.format.as_str(),
                "url": webhook.url,
                "api_token": webhook.api_token_id,
            })),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn remove_webhook(&self, id: i64, account_id: i64, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE webhooks SET removed_at = $1 WHERE id = $2 AND account_id = $3 AND removed_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(id)
        .bind(account_id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::WebhookRemoved, Outcome::Success)
                .details(json!({"webhook": id})),
        )
        .await?;
        tx.commit().await
    }

    async fn webhook(&self, id: i64) -> Result<Webhook> {
        let row = sqlx::query(&format!(
            "SELECT {WEBHOOK_COLUMNS} FROM webhooks w WHERE w.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
        self.webhook_from_row(&row)
    }

    async fn webhooks_of(&self, account_id: i64, purpose: WebhookPurpose) -> Result<Vec<Webhook>> {
        self.webhooks_of_all(&[account_id], purpose).await
    }

    async fn webhooks_of_all(
        &self,
        account_ids: &[i64],
        purpose: WebhookPurpose,
    ) -> Result<Vec<Webhook>> {
        if account_ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {WEBHOOK_COLUMNS} FROM webhooks w WHERE w.purpose = $1 AND w.removed_at IS NULL \
             AND w.account_id IN ({}) ORDER BY w.id",
            super::rows::placeholders(2, account_ids.len())
        );
        let mut query = sqlx::query(&sql).bind(purpose.as_str());
        for id in account_ids {
            query = query.bind(*id);
        }
        let rows = query.fetch_all(self.pool()).await?;
        rows.iter().map(|r| self.webhook_from_row(r)).collect()
    }

    async fn delivery(&self, id: i64, at: Timestamp) -> Result<Option<(Delivery, Webhook, bool)>> {
        let row = sqlx::query(&format!(
            "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries d WHERE d.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let delivery = delivery_from_row(&row)?;
        let row = sqlx::query(&format!(
            "SELECT {WEBHOOK_COLUMNS}, t.revoked_at AS token_revoked_at, t.expires_at AS token_expires_at, \
             CASE WHEN {ACCOUNT_IN_GOOD_STANDING} THEN 1 ELSE 0 END AS owner_in_good_standing \
             FROM webhooks w LEFT JOIN api_tokens t ON t.id = w.api_token_id \
             JOIN accounts a ON a.id = w.account_id WHERE w.id = $1"
        ))
        .bind(delivery.webhook_id)
        .fetch_one(self.pool())
        .await?;
        // An agency webhook lives only as long as its token: a revoked or expired
        // token must not go on hearing of the requester's requests.
        let token_dead = opt_ts(&row, "token_revoked_at")?.is_some()
            || opt_ts(&row, "token_expires_at")?.is_some_and(|end| end <= at);
        // Nor may an account whose access was withdrawn (disabled, suspended, its
        // domain no longer admitted) go on hearing of anything.
        let owner_withdrawn = row.try_get::<i64, _>("owner_in_good_standing")? == 0;
        let out_of_use = opt_ts(&row, "removed_at")?.is_some() || token_dead || owner_withdrawn;
        Ok(Some((delivery, self.webhook_from_row(&row)?, out_of_use)))
    }

    async fn record_attempt(&self, id: i64, attempt: &Attempt, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        let (status, error, delivered, given_up) = match attempt {
            Attempt::Delivered { status } => (Some(*status), None, Some(ctx.at), None),
            Attempt::Failed {
                status,
                error,
                give_up,
            } => (
                *status,
                Some(error.as_str()),
                None,
                give_up.then_some(ctx.at),
            ),
        };
        let done = sqlx::query(
            "UPDATE webhook_deliveries SET attempts = attempts + 1, last_status = $1, last_error = $2, \
             delivered_at = $3, given_up_at = $4 WHERE id = $5 AND delivered_at IS NULL",
        )
        .bind(status.map(i64::from))
        .bind(error)
        .bind(delivered.map(Timestamp::unix_millis))
        .bind(given_up.map(Timestamp::unix_millis))
        .bind(id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() == 1 {
            let (action, outcome) = match attempt {
                Attempt::Delivered { .. } => (AuditAction::WebhookDelivered, Outcome::Success),
                Attempt::Failed { .. } => (AuditAction::WebhookFailed, Outcome::Failure),
            };
            self.audit(
                &mut tx,
                event(ctx, action, outcome).details(json!({
                    "delivery": id,
                    "status": status,
                    "error": error,
                    "given_up": given_up.is_some(),
                })),
            )
            .await?;
        }
        tx.commit().await
    }

    async fn deliveries_of(&self, webhook_id: i64, limit: i64) -> Result<Vec<Delivery>> {
        let rows = sqlx::query(&format!(
            "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries d WHERE d.webhook_id = $1 \
             ORDER BY d.created_at DESC, d.id DESC LIMIT $2"
        ))
        .bind(webhook_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(delivery_from_row).collect()
    }
}
