//! Mail waiting for the mail server: a message that could not be handed over when it
//! was sent (refused, cut off at the deadline, or the server known to be down) is kept
//! here, sealed, with the `mail_delivery` job that hands it over later. The row is
//! deleted once the message is delivered or given up, so its content is not kept, and
//! mail to someone erased meanwhile is withdrawn unsent (`withdraw_queued_mail_to`).

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::clock::Timestamp;
use lers_domain::jobs::{JobKind, MailDeliveryJob};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::crypto::contexts;
use crate::crypto::keys::KeyProvider;
use crate::crypto::tokens::random_id;
use crate::sql::rows::ts;
use crate::sql::SqlStore;
use crate::{Result, StoreError};

/// One message as it is to be sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// What is recorded once the message is handed over, when that matters beyond
    /// the message itself (rows queued before receipts existed have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt: Option<MailReceipt>,
}

/// A record that a queued message, once delivered, must leave behind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MailReceipt {
    /// The Form 3 of the request with this public id reached the enforcing authority:
    /// the EU Regulation obliges the provider to inform it, so the case page says when.
    Form3ToEa { request: String },
}

impl OutgoingMail {
    /// A message that leaves no record behind but its delivery.
    pub fn new(to: &str, subject: &str, body: String) -> Self {
        Self {
            to: to.to_owned(),
            subject: subject.to_owned(),
            body,
            receipt: None,
        }
    }
}

/// A message in the queue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueuedMail {
    pub id: i64,
    pub mail: OutgoingMail,
    pub queued_at: Timestamp,
}

#[async_trait]
pub trait MailQueueStore: Send + Sync {
    /// Keeps `mail` (sealed) and enqueues the job that hands it over at `run_at`, in
    /// one transaction; returns the queue row's id.
    async fn queue_mail(
        &self,
        mail: &OutgoingMail,
        queued_at: Timestamp,
        run_at: Timestamp,
    ) -> Result<i64>;
    /// The queued message `id`, or `None` once it was delivered or given up.
    async fn queued_mail(&self, id: i64) -> Result<Option<QueuedMail>>;
    /// Deletes a delivered or given-up message.
    async fn forget_queued_mail(&self, id: i64) -> Result<()>;
}

#[async_trait]
impl MailQueueStore for SqlStore {
    async fn queue_mail(
        &self,
        mail: &OutgoingMail,
        queued_at: Timestamp,
        run_at: Timestamp,
    ) -> Result<i64> {
        let public_id = random_id("mail");
        let clear = serde_json::to_vec(mail)
            .map_err(|e| StoreError::Corrupt(format!("queued mail: {e}")))?;
        let sealed = self
            .keys()
            .sealer
            .seal(&clear, &contexts::queued_mail(&public_id))?;
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO mail_queue (public_id, sealed, queued_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(&public_id)
        .bind(sealed)
        .bind(queued_at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        let job = JobKind::MailDelivery(MailDeliveryJob { mail: id });
        self.insert_job(&mut tx.conn(), &job, run_at, queued_at)
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn queued_mail(&self, id: i64) -> Result<Option<QueuedMail>> {
        let Some(row) =
            sqlx::query("SELECT public_id, sealed, queued_at FROM mail_queue WHERE id = $1")
                .bind(id)
                .fetch_optional(self.pool())
                .await?
        else {
            return Ok(None);
        };
        Ok(Some(QueuedMail {
            id,
            mail: self.open_queued(id, &row)?,
            queued_at: ts(&row, "queued_at")?,
        }))
    }

    async fn forget_queued_mail(&self, id: i64) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM mail_queue WHERE id = $1")
            .bind(id)
            .execute(tx.conn())
            .await?;
        tx.commit().await
    }
}

impl SqlStore {
    /// Deletes, unsent, the queued mail addressed to `email` (a person being erased:
    /// what waits for them would otherwise still reach them, and their address stay
    /// in the database, for up to three days). The addresses are sealed, so every
    /// queued message is opened; the queue holds only what an outage left.
    pub(crate) async fn withdraw_queued_mail_to(
        &self,
        conn: &mut Conn<'_>,
        email: &str,
    ) -> Result<u64> {
        let rows = sqlx::query("SELECT id, public_id, sealed FROM mail_queue")
            .fetch_all(&mut *conn)
            .await?;
        let mut withdrawn = 0;
        for row in &rows {
            let id: i64 = row.try_get("id")?;
            // A message that does not open can never be sent either (its job fails
            // until it is given up); it must not stop an erasure.
            let mail = match self.open_queued(id, row) {
                Ok(mail) => mail,
                Err(e) => {
                    tracing::warn!(mail = id, error = %e, "a queued mail does not open; left to be given up");
                    continue;
                }
            };
            if !mail.to.trim().eq_ignore_ascii_case(email) {
                continue;
            }
            sqlx::query("DELETE FROM mail_queue WHERE id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await?;
            withdrawn += 1;
        }
        Ok(withdrawn)
    }

    fn open_queued(&self, id: i64, row: &sqlx::any::AnyRow) -> Result<OutgoingMail> {
        let public_id: String = row.try_get("public_id")?;
        let sealed: String = row.try_get("sealed")?;
        let clear = self
            .keys()
            .sealer
            .open(&sealed, &contexts::queued_mail(&public_id))?;
        serde_json::from_slice(&clear)
            .map_err(|e| StoreError::Corrupt(format!("queued mail {id}: {e}")))
    }
}
