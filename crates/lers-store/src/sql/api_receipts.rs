//! Receipts of API submissions waiting for the next receipt mail
//! (`lers_domain::request::receipt`): written in the submitting transaction, one per
//! person to tell (the owner and each colleague). A job runner claims a person's
//! waiting receipts for a lease (so no other node mails them meanwhile, and receipts
//! committed later, whatever their row ids, wait for the next claim), mails them, and
//! deletes exactly the rows it claimed. A runner that dies after sending and before
//! deleting leaves its claim to expire: that mail is sent again — a receipt is never
//! lost, at worst told twice.

use async_trait::async_trait;
use lers_domain::clock::Timestamp;
use sqlx::Row;

use crate::crypto::tokens::random_id;
use crate::sql::{Conn, SqlStore};
use crate::Result;

/// The requests of one claim, as its mail names them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClaimedReceipts {
    /// What deletes or releases exactly these rows.
    pub claim: String,
    /// Requests filed with the person's own tokens: how many, and the first ones.
    pub own: (i64, Vec<ReceiptLine>),
    /// Requests others filed and shared with the person: how many, and the first ones.
    pub shared: (i64, Vec<ReceiptLine>),
}

/// One request named in a receipt mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceiptLine {
    pub request_id: String,
    pub reference: String,
}

#[async_trait]
pub trait ApiReceiptStore {
    /// Everyone with receipts that no runner holds at `now`, the longest waiting
    /// first.
    async fn receipts_waiting(&self, now: Timestamp) -> Result<Vec<i64>>;
    /// Claims `account`'s receipts that no runner holds at `now`, until `until`;
    /// names at most `listed` of each kind (`None`: nothing was left to claim).
    async fn claim_receipts(
        &self,
        account: i64,
        now: Timestamp,
        until: Timestamp,
        listed: i64,
    ) -> Result<Option<ClaimedReceipts>>;
    /// Deletes the rows of `claim`: their mail is sent or queued.
    async fn receipts_mailed(&self, claim: &str) -> Result<()>;
    /// Gives the rows of `claim` back for the next pass: their mail did not go out.
    async fn release_receipts(&self, claim: &str) -> Result<()>;
}

#[async_trait]
impl ApiReceiptStore for SqlStore {
    async fn receipts_waiting(&self, now: Timestamp) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT account_id FROM api_receipts WHERE claimed_until IS NULL OR claimed_until < $1 \
             GROUP BY account_id ORDER BY MIN(request_id)",
        )
        .bind(now.unix_millis())
        .fetch_all(self.pool())
        .await?)
    }

    async fn claim_receipts(
        &self,
        account: i64,
        now: Timestamp,
        until: Timestamp,
        listed: i64,
    ) -> Result<Option<ClaimedReceipts>> {
        let claim = random_id("rcpt");
        let mut tx = self.begin().await?;
        let claimed = sqlx::query(
            "UPDATE api_receipts SET claim_id = $1, claimed_until = $2 \
             WHERE account_id = $3 AND (claimed_until IS NULL OR claimed_until < $4)",
        )
        .bind(&claim)
        .bind(until.unix_millis())
        .bind(account)
        .bind(now.unix_millis())
        .execute(tx.conn())
        .await?
        .rows_affected();
        if claimed == 0 {
            tx.commit().await?;
            return Ok(None);
        }
        // Listed in the claiming transaction: an erasure that deletes some of the
        // claimed rows comes wholly before or after, never between claim and list.
        let mut receipts = ClaimedReceipts {
            claim,
            ..ClaimedReceipts::default()
        };
        for (own, kind) in [(true, &mut receipts.own), (false, &mut receipts.shared)] {
            let rows = sqlx::query(
                "SELECT q.public_id, q.reference, COUNT(*) OVER () AS claimed \
                 FROM api_receipts r JOIN requests q ON q.id = r.request_id \
                 WHERE r.claim_id = $1 AND (q.owner_id = $2) = $3 ORDER BY r.request_id LIMIT $4",
            )
            .bind(&receipts.claim)
            .bind(account)
            .bind(own)
            .bind(listed)
            .fetch_all(tx.conn())
            .await?;
            for row in &rows {
                kind.0 = row.try_get("claimed")?;
                kind.1.push(ReceiptLine {
                    request_id: row.try_get("public_id")?,
                    reference: row
                        .try_get::<Option<String>, _>("reference")?
                        .unwrap_or_default(),
                });
            }
        }
        tx.commit().await?;
        Ok(Some(receipts))
    }

    async fn receipts_mailed(&self, claim: &str) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM api_receipts WHERE claim_id = $1")
            .bind(claim)
            .execute(tx.conn())
            .await?;
        tx.commit().await
    }

    async fn release_receipts(&self, claim: &str) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE api_receipts SET claim_id = NULL, claimed_until = NULL WHERE claim_id = $1",
        )
        .bind(claim)
        .execute(tx.conn())
        .await?;
        tx.commit().await
    }
}

impl SqlStore {
    /// Records, inside the submitting transaction, that `request`'s arrival is to be
    /// told to each of `people` in their next receipt mail.
    pub(super) async fn gather_receipts(
        &self,
        conn: &mut Conn<'_>,
        request: i64,
        people: &[i64],
    ) -> Result<()> {
        let rows = self.dialect().value_rows(people.len(), 2);
        let sql = format!("INSERT INTO api_receipts (account_id, request_id) VALUES {rows}");
        let mut insert = sqlx::query(&sql);
        for person in people {
            insert = insert.bind(person).bind(request);
        }
        insert.execute(conn).await?;
        Ok(())
    }
}
