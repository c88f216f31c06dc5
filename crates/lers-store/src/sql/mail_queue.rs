//! Mail waiting for the mail server: a message that could not be handed over when it
//! was sent (refused, cut off at the deadline, or the server known to be down) is kept
//! here, sealed, with the `mail_delivery` job that hands it over later. The row is
//! deleted once the message is delivered or given up, so its content is not kept, and
//! mail to someone erased meanwhile is withdrawn unsent (`withdraw_queued_mail_to`).
//! Mail for an account carries the account's id in clear, so the withdrawal finds it
//! whatever address it went to and without opening it.
//!
//! The delivery job takes a message (`claim_queued_mail`) in a transaction that holds
//! its recipient's account row, as queueing does, and marks it as being handed over.
//! So an erasure and a delivery are ordered: an erasure first leaves nothing to take;
//! one that comes while the message is being handed over (which nothing can recall)
//! still deletes the row, so no retry sends it again, and reports it as already on its
//! way rather than withdrawn.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::account::Account;
use lers_domain::clock::{Duration, Timestamp};
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
    /// The account the message is for (`None`: an address that is no account's, such
    /// as an enforcing authority's). Kept beside the sealed message, not in it.
    #[serde(skip)]
    pub account: Option<i64>,
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
    /// A message to an address that is no account's, which leaves no record behind
    /// but its delivery.
    pub fn new(to: &str, subject: &str, body: String) -> Self {
        Self {
            to: to.to_owned(),
            subject: subject.to_owned(),
            body,
            receipt: None,
            account: None,
        }
    }

    /// A message to `account`, at its address as it is now.
    pub fn to_account(account: &Account, subject: &str, body: String) -> Self {
        Self {
            account: Some(account.id),
            ..Self::new(&account.email, subject, body)
        }
    }
}

/// How long after the delivery job took a message it counts as being handed over:
/// beyond any mail server's deadline for one message (30 seconds).
pub const HANDOVER_WINDOW: Duration = Duration::minutes(2);

/// How long after its mark's time a claim may still be sent: a claim that answers
/// later (it waited on an erasure's lock) is released untried, so with the mail
/// server's 30-second deadline whatever leaves does so inside [`HANDOVER_WINDOW`].
pub const SEND_WITHIN: Duration = Duration::minutes(1);

/// What the delivery job finds when it takes a queued message.
#[derive(Debug)]
pub enum Claim {
    /// Delivered (by a job that ran twice), given up, or withdrawn by an erasure.
    Gone,
    /// Its recipient's account is erased: the message is deleted unsent.
    RecipientErased,
    /// To be handed over now; marked so until [`HANDOVER_WINDOW`] has passed.
    Taken(QueuedMail),
    /// Another attempt took it less than [`HANDOVER_WINDOW`] ago and may be sending
    /// it (a job taken over when its lease ran out, or a send that stalled): not sent
    /// again now; the retry looks again.
    BeingHandedOver,
}

/// A message in the queue.
#[derive(Debug)]
pub struct QueuedMail {
    pub id: i64,
    pub queued_at: Timestamp,
    /// The message, or why it no longer opens (a key gone, the row damaged): such a
    /// message can never be sent, and is given up once old enough like any other.
    pub mail: Result<OutgoingMail>,
}

#[async_trait]
pub trait MailQueueStore: Send + Sync {
    /// Keeps `mail` (sealed) and enqueues the job that hands it over at `run_at`, in
    /// one transaction; returns the queue row's id, or `None` when the message is for
    /// an account erased meanwhile (nothing is kept).
    async fn queue_mail(
        &self,
        mail: &OutgoingMail,
        queued_at: Timestamp,
        run_at: Timestamp,
    ) -> Result<Option<i64>>;
    /// Takes queued message `id` to hand it over at `at`, unless it is gone or its
    /// recipient's account is erased (then it is deleted).
    async fn claim_queued_mail(&self, id: i64, at: Timestamp) -> Result<Claim>;
    /// Takes the handover mark made at `marked_at` off message `id`: that attempt
    /// left nothing with the mail server (refused, or not tried), so an erasure now
    /// withdraws it. A later attempt's mark is left alone.
    async fn release_queued_mail(&self, id: i64, marked_at: Timestamp) -> Result<()>;
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
    ) -> Result<Option<i64>> {
        let public_id = random_id("mail");
        let clear = serde_json::to_vec(mail)
            .map_err(|e| StoreError::Corrupt(format!("queued mail: {e}")))?;
        let sealed = self
            .keys()
            .sealer
            .seal(&clear, &contexts::queued_mail(&public_id))?;
        let mut tx = self.begin().await?;
        if let Some(account) = mail.account {
            if !super::erasure::hold_unless_erased(&mut tx.conn(), account).await? {
                // Answered only once durable: on SQLite the erasure seen may be an
                // earlier writer's in this very batch, which could still fail.
                tx.commit().await?;
                return Ok(None);
            }
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO mail_queue (public_id, sealed, queued_at, recipient_account) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(&public_id)
        .bind(sealed)
        .bind(queued_at.unix_millis())
        .bind(mail.account)
        .fetch_one(tx.conn())
        .await?;
        let job = JobKind::MailDelivery(MailDeliveryJob { mail: id });
        self.insert_job(&mut tx.conn(), &job, run_at, queued_at)
            .await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    async fn claim_queued_mail(&self, id: i64, at: Timestamp) -> Result<Claim> {
        let mut tx = self.begin().await?;
        let Some(row) = sqlx::query(
            "SELECT public_id, sealed, queued_at, recipient_account, handing_over_at \
             FROM mail_queue WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(tx.conn())
        .await?
        else {
            return Ok(Claim::Gone);
        };
        let account: Option<i64> = row.try_get("recipient_account")?;
        if let Some(account) = account {
            if !super::erasure::hold_unless_erased(&mut tx.conn(), account).await? {
                sqlx::query("DELETE FROM mail_queue WHERE id = $1")
                    .bind(id)
                    .execute(tx.conn())
                    .await?;
                tx.commit().await?;
                return Ok(Claim::RecipientErased);
            }
        }
        let ended_before = at.minus(HANDOVER_WINDOW).unix_millis();
        let mark: Option<i64> = row.try_get("handing_over_at")?;
        if mark.is_some_and(|taken| taken > ended_before) {
            tx.commit().await?;
            return Ok(Claim::BeingHandedOver);
        }
        // Guarded: a claim without an account row to order it may race another.
        let marked = sqlx::query(
            "UPDATE mail_queue SET handing_over_at = $1 \
             WHERE id = $2 AND (handing_over_at IS NULL OR handing_over_at <= $3)",
        )
        .bind(at.unix_millis())
        .bind(id)
        .bind(ended_before)
        .execute(tx.conn())
        .await?
        .rows_affected();
        if marked != 1 {
            let still_queued: Option<i64> =
                sqlx::query_scalar("SELECT id FROM mail_queue WHERE id = $1")
                    .bind(id)
                    .fetch_optional(tx.conn())
                    .await?;
            tx.commit().await?;
            // Taken by the other claim meanwhile, or deleted since it was read (an
            // erasure of a row without an account): either way not sent from here.
            return Ok(match still_queued {
                Some(_) => Claim::BeingHandedOver,
                None => Claim::Gone,
            });
        }
        let queued = QueuedMail {
            id,
            queued_at: ts(&row, "queued_at")?,
            mail: self
                .open_queued(id, &row)
                .map(|mail| OutgoingMail { account, ..mail }),
        };
        tx.commit().await?;
        Ok(Claim::Taken(queued))
    }

    async fn release_queued_mail(&self, id: i64, marked_at: Timestamp) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE mail_queue SET handing_over_at = NULL WHERE id = $1 AND handing_over_at = $2",
        )
        .bind(id)
        .bind(marked_at.unix_millis())
        .execute(tx.conn())
        .await?;
        tx.commit().await
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
    /// Deletes the queued mail for account `account` whose address is `email` (a
    /// person being erased: what waits for them would otherwise still reach them, and
    /// their address stay in the database, for up to three days). Mail for the
    /// account goes by its id, whatever address it was sent to; mail queued without an
    /// account (or before rows named one) is opened and matched by address, except
    /// what leaves a receipt: that is an authority's (a Form 3), not the person's.
    pub(crate) async fn withdraw_queued_mail_to(
        &self,
        conn: &mut Conn<'_>,
        (account, email): (i64, &str),
        at: Timestamp,
    ) -> Result<Withdrawal> {
        let handing_over_since = at.minus(HANDOVER_WINDOW).unix_millis();
        let mut withdrawal = Withdrawal::default();
        let rows = sqlx::query(
            "SELECT id, public_id, sealed, recipient_account, handing_over_at FROM mail_queue \
             WHERE recipient_account = $1 OR recipient_account IS NULL",
        )
        .bind(account)
        .fetch_all(&mut *conn)
        .await?;
        for row in &rows {
            let id: i64 = row.try_get("id")?;
            let theirs = match row.try_get::<Option<i64>, _>("recipient_account")? {
                Some(_) => true,
                // A message that does not open can never be sent either (its job
                // fails until it is given up); it must not stop an erasure.
                None => match self.open_queued(id, row) {
                    Ok(mail) => {
                        mail.receipt.is_none() && mail.to.trim().eq_ignore_ascii_case(email)
                    }
                    Err(e) => {
                        tracing::warn!(mail = id, error = %e, "a queued mail does not open; left to be given up");
                        false
                    }
                },
            };
            if !theirs {
                continue;
            }
            sqlx::query("DELETE FROM mail_queue WHERE id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await?;
            let handing_over = row
                .try_get::<Option<i64>, _>("handing_over_at")?
                .is_some_and(|taken| taken > handing_over_since);
            if handing_over {
                withdrawal.already_on_its_way += 1;
            } else {
                withdrawal.withdrawn += 1;
            }
        }
        Ok(withdrawal)
    }

    fn open_queued(&self, id: i64, row: &sqlx::any::AnyRow) -> Result<OutgoingMail> {
        let public_id: String = row.try_get("public_id")?;
        let sealed: String = row.try_get("sealed")?;
        let clear = self
            .keys()
            .sealer
            .open(&sealed, &contexts::queued_mail(&public_id))?;
        mail_from_json(id, &clear)
    }
}

/// What an erasure did to the mail waiting for the person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Withdrawal {
    /// Deleted unsent.
    pub withdrawn: u64,
    /// Being handed to the mail server as the erasure ran (which cannot recall it);
    /// deleted, so that no retry sends it again.
    pub already_on_its_way: u64,
}

/// A queued message as opened. A bad row is named by where it breaks, never by its
/// content: serde's message can quote a value (an address, a line of the body), and
/// this one goes to the log and to the job's last error.
fn mail_from_json(id: i64, clear: &[u8]) -> Result<OutgoingMail> {
    serde_json::from_slice(clear).map_err(|e| {
        StoreError::Corrupt(format!(
            "queued mail {id} does not read as a message ({:?} error at line {}, column {})",
            e.classify(),
            e.line(),
            e.column()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_queued_row_is_named_without_its_content() {
        for (clear, wrong) in [
            (
                &br#"{"to": "someone@example.org", "subject": 5, "body": "x"}"#[..],
                "5",
            ),
            (br#"{"to": ["someone@example.org"]}"#, "someone"),
            (
                br#"{"to": "a@example.org", "subject": "s", "body": "b", "receipt": "someone@example.org"}"#,
                "someone",
            ),
            (
                br#"{"to": "someone@example.org", "subject": "Hello", "bo"#,
                "Hello",
            ),
        ] {
            let error = match mail_from_json(7, clear) {
                Ok(mail) => panic!("read as {mail:?}"),
                Err(e) => e.to_string(),
            };
            assert!(error.contains("queued mail 7"), "{error}");
            assert!(error.contains("line 1"), "{error}");
            let quoted = format!("`{wrong}`");
            assert!(
                !error.contains(&quoted) && !error.contains("someone"),
                "{error}"
            );
        }
    }
}
