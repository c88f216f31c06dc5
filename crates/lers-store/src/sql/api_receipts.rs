//! Receipts of API submissions waiting for the next receipt mail
//! (`lers_domain::request::receipt`): written in the submitting transaction, one per
//! person to tell (the owner and each colleague), and deleted once a mail listing
//! them is sent. A mail that was sent but whose receipts could not be deleted (a crash
//! in between) is sent again at the next pass: a receipt is never lost, at worst told
//! twice.

use async_trait::async_trait;
use sqlx::Row;

use crate::sql::{Conn, SqlStore};
use crate::Result;

/// Receipts waiting for one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitingReceipts {
    pub account_id: i64,
    pub count: i64,
    /// The newest request among them (its row id): the next mail covers the receipts
    /// up to here, and any that arrive meanwhile wait for the one after.
    pub through: i64,
}

/// One request named in a receipt mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceiptLine {
    pub request_id: String,
    pub reference: String,
}

#[async_trait]
pub trait ApiReceiptStore {
    /// Everyone with receipts waiting, by account.
    async fn receipts_waiting(&self) -> Result<Vec<WaitingReceipts>>;
    /// The oldest `limit` of `account`'s receipts up to request row `through`.
    async fn receipt_lines(
        &self,
        account: i64,
        through: i64,
        limit: i64,
    ) -> Result<Vec<ReceiptLine>>;
    /// Deletes `account`'s receipts up to request row `through`: their mail is sent.
    async fn receipts_mailed(&self, account: i64, through: i64) -> Result<()>;
}

#[async_trait]
impl ApiReceiptStore for SqlStore {
    async fn receipts_waiting(&self) -> Result<Vec<WaitingReceipts>> {
        let rows = sqlx::query(
            "SELECT account_id, COUNT(*) AS waiting, MAX(request_id) AS through \
             FROM api_receipts GROUP BY account_id ORDER BY account_id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(WaitingReceipts {
                    account_id: row.try_get("account_id")?,
                    count: row.try_get("waiting")?,
                    through: row.try_get("through")?,
                })
            })
            .collect()
    }

    async fn receipt_lines(
        &self,
        account: i64,
        through: i64,
        limit: i64,
    ) -> Result<Vec<ReceiptLine>> {
        let rows = sqlx::query(
            "SELECT q.public_id, q.reference FROM api_receipts r JOIN requests q ON q.id = r.request_id \
             WHERE r.account_id = $1 AND r.request_id <= $2 ORDER BY r.request_id LIMIT $3",
        )
        .bind(account)
        .bind(through)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ReceiptLine {
                    request_id: row.try_get("public_id")?,
                    reference: row
                        .try_get::<Option<String>, _>("reference")?
                        .unwrap_or_default(),
                })
            })
            .collect()
    }

    async fn receipts_mailed(&self, account: i64, through: i64) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM api_receipts WHERE account_id = $1 AND request_id <= $2")
            .bind(account)
            .bind(through)
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
