//! Agency webhooks (issue 18 §4) in the store: the requester's own token and its
//! webhooks, their delivery log (filtered by owner here, in SQL), and the events.
//!
//! An event is queued in the transaction of the change it reports — `add_event` (every
//! timeline entry: status changes, messages) and the delivery of a production call
//! [`SqlStore::queue_agency_event`] — so a crash after the commit cannot lose it; the
//! preservation sweep queues "ending" once per hold end (dedupe key). Only the
//! request's *owner* hears of it (never a colleague it is shared with), through
//! webhooks in use whose token is the owner's, not revoked and not expired.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::alerts::agency::{event_body, AgencyEvent, EventFacts};
use lers_domain::clock::Timestamp;
use lers_domain::token::TokenScope;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::account_rows::ACCOUNT_IN_GOOD_STANDING;
use super::webhooks::{
    delivery_from_row, Delivery, NewDelivery, Webhook, DELIVERY_COLUMNS, WEBHOOK_COLUMNS,
};
use crate::crypto::tokens::random_id;
use crate::error::Result;
use crate::sql::{opt_ts, ts, SqlStore};

/// One of the requester's API tokens, as registration checks it.
#[derive(Clone, Debug)]
pub struct OwnToken {
    pub row_id: i64,
    pub public_id: String,
    pub name: String,
    pub revoked: bool,
    pub expires_at: Timestamp,
    pub scopes: Vec<TokenScope>,
}

/// An agency webhook with the public id of its token.
#[derive(Clone, Debug)]
pub struct AgencyWebhook {
    pub webhook: Webhook,
    pub token: String,
}

/// A line of the requester's delivery log.
#[derive(Clone, Debug)]
pub struct AgencyDelivery {
    pub delivery: Delivery,
    /// The public id of the token whose webhook it went to.
    pub token: String,
    pub url: String,
}

/// What a requester sees and what the sweep queues.
#[async_trait]
pub trait AgencyWebhookStore: Send + Sync {
    /// API token `public_id` if `owner` holds it (another's token is `None`, as an
    /// unknown one).
    async fn own_token(&self, owner: i64, public_id: &str) -> Result<Option<OwnToken>>;
    /// `owner`'s agency webhooks in use, oldest first.
    async fn agency_webhooks(&self, owner: i64) -> Result<Vec<AgencyWebhook>>;
    /// The newest deliveries to `owner`'s agency webhooks (removed ones too), of one
    /// token when `token` (a row id) is given.
    async fn agency_deliveries(
        &self,
        owner: i64,
        token: Option<i64>,
        limit: i64,
    ) -> Result<Vec<AgencyDelivery>>;
    /// Queues `preservation.ending` about request `request_row`, whose preservation
    /// ends at `ends_at`, once per end (called where the requester is warned).
    async fn queue_preservation_ending(
        &self,
        request_row: i64,
        ends_at: Timestamp,
        at: Timestamp,
    ) -> Result<()>;
}

fn own_token_from(row: &AnyRow) -> Result<OwnToken> {
    let scopes: String = row.try_get("scopes")?;
    Ok(OwnToken {
        row_id: row.try_get("id")?,
        public_id: row.try_get("public_id")?,
        name: row.try_get("name")?,
        revoked: opt_ts(row, "revoked_at")?.is_some(),
        expires_at: ts(row, "expires_at")?,
        scopes: scopes.split(',').filter_map(TokenScope::parse).collect(),
    })
}

impl SqlStore {
    /// Queues, inside the caller's transaction, the event `event_for(owner)` names (if
    /// any) about request `request_row` for each of its owner's live agency webhooks.
    /// `once` is the occurrence's key (a retried job's repeat is then skipped);
    /// without it every call is a new event.
    pub(super) async fn queue_agency_event(
        &self,
        conn: &mut Conn<'_>,
        request_row: i64,
        at: Timestamp,
        event_for: impl Fn(i64) -> Option<AgencyEvent> + Send,
        once: Option<String>,
    ) -> Result<()> {
        // One indexed lookup, empty unless the owner has a webhook in use: the common
        // case (no webhook) writes nothing.
        // A disabled, suspended or no longer admitted owner hears nothing: their access
        // was withdrawn, and so is the feed of their cases' activity.
        let rows = sqlx::query(&format!(
            "SELECT r.owner_id, r.public_id, COALESCE(r.reference, '') AS reference, w.id AS webhook_id \
             FROM requests r JOIN webhooks w ON w.account_id = r.owner_id AND w.purpose = 'agency' \
                 AND w.removed_at IS NULL \
             JOIN api_tokens t ON t.id = w.api_token_id AND t.account_id = r.owner_id \
                 AND t.revoked_at IS NULL AND t.expires_at > $2 \
             JOIN accounts a ON a.id = r.owner_id AND {ACCOUNT_IN_GOOD_STANDING} \
             WHERE r.id = $1 ORDER BY w.id"
        ))
        .bind(request_row)
        .bind(at.unix_millis())
        .fetch_all(&mut *conn)
        .await?;
        let Some(first) = rows.first() else {
            return Ok(());
        };
        let Some(event) = event_for(first.try_get("owner_id")?) else {
            return Ok(());
        };
        let facts = EventFacts {
            id: random_id("evt"),
            event,
            request: first.try_get("public_id")?,
            reference: first.try_get("reference")?,
            at,
        };
        let body = event_body(&facts).to_string();
        let occurrence = once.unwrap_or_else(|| facts.id.clone());
        let deliveries = rows
            .iter()
            .map(|row| {
                let webhook: i64 = row.try_get("webhook_id")?;
                Ok(NewDelivery {
                    webhook_id: webhook,
                    alert_id: None,
                    request_id: Some(request_row),
                    event_type: event.as_str().to_owned(),
                    path: String::new(),
                    body: body.clone(),
                    dedupe_key: format!("agency:{occurrence}:{webhook}"),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        self.insert_deliveries(conn, &deliveries, at).await
    }
}

#[async_trait]
impl AgencyWebhookStore for SqlStore {
    async fn own_token(&self, owner: i64, public_id: &str) -> Result<Option<OwnToken>> {
        let row = sqlx::query(
            "SELECT id, public_id, name, scopes, revoked_at, expires_at FROM api_tokens \
             WHERE public_id = $1 AND account_id = $2",
        )
        .bind(public_id)
        .bind(owner)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(own_token_from).transpose()
    }

    async fn agency_webhooks(&self, owner: i64) -> Result<Vec<AgencyWebhook>> {
        let rows = sqlx::query(&format!(
            "SELECT {WEBHOOK_COLUMNS}, t.public_id AS token_public_id FROM webhooks w \
             JOIN api_tokens t ON t.id = w.api_token_id \
             WHERE w.account_id = $1 AND w.purpose = 'agency' AND w.removed_at IS NULL ORDER BY w.id"
        ))
        .bind(owner)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AgencyWebhook {
                    webhook: self.webhook_from_row(row)?,
                    token: row.try_get("token_public_id")?,
                })
            })
            .collect()
    }

    async fn agency_deliveries(
        &self,
        owner: i64,
        token: Option<i64>,
        limit: i64,
    ) -> Result<Vec<AgencyDelivery>> {
        // The owner is part of the query, not a filter applied afterwards.
        let rows = sqlx::query(&format!(
            "SELECT {DELIVERY_COLUMNS}, w.url, t.public_id AS token_public_id \
             FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id \
             JOIN api_tokens t ON t.id = w.api_token_id AND t.account_id = w.account_id \
             WHERE w.account_id = $1 AND w.purpose = 'agency' AND ($2 = 0 OR w.api_token_id = $2) \
             ORDER BY d.created_at DESC, d.id DESC LIMIT $3"
        ))
        .bind(owner)
        .bind(token.unwrap_or(0))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AgencyDelivery {
                    delivery: delivery_from_row(row)?,
                    token: row.try_get("token_public_id")?,
                    url: row.try_get("url")?,
                })
            })
            .collect()
    }

    async fn queue_preservation_ending(
        &self,
        request_row: i64,
        ends_at: Timestamp,
        at: Timestamp,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        // Keyed by the hold's end: a retried warning queues nothing twice, an
        // extended hold (a new end) is told again.
        self.queue_agency_event(
            &mut tx.conn(),
            request_row,
            at,
            |_| Some(AgencyEvent::PreservationEnding),
            Some(format!(
                "preservation.ending:{request_row}:{}",
                ends_at.unix_millis()
            )),
        )
        .await?;
        tx.commit().await
    }
}
