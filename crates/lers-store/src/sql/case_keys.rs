//! Case data at rest over time: sealing what an older database holds in clear (at
//! start, since SQL migrations cannot encrypt), and moving data keys, contact details
//! and target hashes to the newest key versions after `lers keys rotate`. Both work in
//! batches, each one transaction with its audit entry, and pick up only what is left:
//! interrupted, they finish on the next run; run again, they change nothing.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use serde_json::json;
use sqlx::Row;

use super::core::{SqlStore, WriteTx};
use super::dialect::Backend;
use super::rows::event;
use super::sealed_fields::{seal_contact, RequestCipher, CONTACT_COLUMNS};
use crate::crypto::contexts;
use crate::crypto::fields::{DataKey, TargetHasher};
use crate::crypto::keys::{KeyProvider, SecretSealer};
use crate::error::Result;
use crate::model::Ctx;

/// Rows changed per transaction.
const BATCH: i64 = 100;

/// What the start-up step sealed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SealingReport {
    pub requests: u64,
    pub messages: u64,
    pub targets: u64,
    pub accounts: u64,
}

/// What a rotation moved to the newest key versions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CaseKeyReport {
    pub master_version: u32,
    pub hash_version: u32,
    pub request_keys: u64,
    pub contacts: u64,
    pub targets: u64,
}

/// Case data at rest: sealing clear rows, key rotation.
#[async_trait]
pub trait CaseDataStore: Send + Sync {
    /// Seals every request, message, note, target and contact detail still stored in
    /// clear (a database from before sealing). Run at every start; audited
    /// (`case_data.sealed`) when it sealed something.
    async fn seal_clear_case_data(&self, ctx: &Ctx) -> Result<SealingReport>;
    /// After new master-key or target-hash versions: re-wraps request data keys,
    /// re-seals contact details and recomputes every target hash under the newest
    /// versions. Older versions keep working until this is done (audited
    /// `case_data.keys_rotated`).
    async fn rotate_case_keys(&self, ctx: &Ctx) -> Result<CaseKeyReport>;
}

#[async_trait]
impl CaseDataStore for SqlStore {
    async fn seal_clear_case_data(&self, ctx: &Ctx) -> Result<SealingReport> {
        let mut total = SealingReport::default();
        loop {
            let mut tx = self.begin().await?;
            let rows = sqlx::query(
                "SELECT id, public_id FROM requests WHERE wrapped_key IS NULL ORDER BY id LIMIT $1",
            )
            .bind(BATCH)
            .fetch_all(tx.conn())
            .await?;
            let mut batch = SealingReport::default();
            for row in &rows {
                self.seal_request(
                    &mut tx.conn(),
                    row.try_get("id")?,
                    row.try_get("public_id")?,
                    &mut batch,
                )
                .await?;
            }
            batch.accounts = self.seal_contacts(&mut tx.conn()).await?;
            if batch == SealingReport::default() {
                break;
            }
            self.audit(
                &mut tx,
                event(ctx, AuditAction::CaseDataSealed, Outcome::Success).details(json!({
                    "requests": batch.requests,
                    "messages": batch.messages,
                    "targets": batch.targets,
                    "accounts": batch.accounts,
                })),
            )
            .await?;
            tx.commit().await?;
            total.requests += batch.requests;
            total.messages += batch.messages;
            total.targets += batch.targets;
            total.accounts += batch.accounts;
        }
        if total != SealingReport::default() && matches!(self.dialect(), Backend::Sqlite) {
            // The write-ahead log still holds the pages as they were, clear text
            // included: copy it into the database (which zeroes freed space, see
            // `secure_delete`) and empty it.
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(self.pool())
                .await?;
        }
        Ok(total)
    }

    async fn rotate_case_keys(&self, ctx: &Ctx) -> Result<CaseKeyReport> {
        let keys = self.keys();
        let mut report = CaseKeyReport {
            master_version: keys.sealer.current_version(),
            hash_version: keys.target_hasher.current_version(),
            ..CaseKeyReport::default()
        };
        let mut tx = self.begin().await?;
        report.request_keys = self
            .rewrap_file_keys(&mut tx, "requests", contexts::REQUEST_KEY_CONTEXT)
            .await?;
        report.contacts = self.reseal_contacts(&mut tx.conn()).await?;
        self.audit_rotation(&mut tx, ctx, &report).await?;
        tx.commit().await?;
        let current = format!("h{}:%", report.hash_version);
        loop {
            let mut tx = self.begin().await?;
            let requests = sqlx::query(
                "SELECT DISTINCT r.id, r.public_id, r.wrapped_key FROM requests r JOIN request_targets t ON t.request_id = r.id \
                 WHERE r.wrapped_key IS NOT NULL AND t.normalized NOT LIKE $1 ORDER BY r.id LIMIT $2",
            )
            .bind(&current)
            .bind(BATCH)
            .fetch_all(tx.conn())
            .await?;
            if requests.is_empty() {
                break;
            }
            let mut batch = CaseKeyReport {
                targets: 0,
                request_keys: 0,
                contacts: 0,
                ..report
            };
            for request in &requests {
                let wrapped: String = request.try_get("wrapped_key")?;
                let cipher = RequestCipher::new(
                    keys.sealer.as_ref(),
                    request.try_get("public_id")?,
                    Some(&wrapped),
                )?;
                batch.targets += self
                    .rehash_targets(&mut tx.conn(), request.try_get("id")?, &cipher)
                    .await?;
            }
            self.audit_rotation(&mut tx, ctx, &batch).await?;
            tx.commit().await?;
            report.targets += batch.targets;
        }
        Ok(report)
    }
}

impl SqlStore {
    /// Gives request `id` its data key and seals its fields, messages and targets.
    async fn seal_request(
        &self,
        conn: &mut Conn<'_>,
        id: i64,
        public_id: String,
        report: &mut SealingReport,
    ) -> Result<()> {
        let sealer = self.keys().sealer.as_ref();
        let (key, wrapped) = DataKey::create(sealer, &public_id)?;
        let cipher = RequestCipher::with_key(public_id, key);
        let row =
            sqlx::query("SELECT draft, submitted, withdrawal_reason FROM requests WHERE id = $1")
                .bind(id)
                .fetch_one(&mut *conn)
                .await?;
        let seal = |column: &str| -> Result<Option<String>> {
            row.try_get::<Option<String>, _>(column)?
                .map(|text| cipher.seal_request(column, &text))
                .transpose()
        };
        let done = sqlx::query(
            "UPDATE requests SET draft = $1, submitted = $2, withdrawal_reason = $3, wrapped_key = $4, key_version = $5 \
             WHERE id = $6 AND wrapped_key IS NULL",
        )
        .bind(seal("draft")?)
        .bind(seal("submitted")?)
        .bind(seal("withdrawal_reason")?)
        .bind(wrapped)
        .bind(i64::from(sealer.current_version()))
        .bind(id)
        .execute(&mut *conn)
        .await?;
        if done.rows_affected() != 1 {
            // Another server starting beside this one sealed it first: its messages
            // and targets are sealed under that server's key, not this one.
            return Ok(());
        }
        report.requests += 1;
        let messages = sqlx::query("SELECT id, body FROM messages WHERE request_id = $1")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
        for message in &messages {
            let message_id: i64 = message.try_get("id")?;
            sqlx::query("UPDATE messages SET body = $1 WHERE id = $2")
                .bind(cipher.seal_message(message_id, &message.try_get::<String, _>("body")?)?)
                .bind(message_id)
                .execute(&mut *conn)
                .await?;
            report.messages += 1;
        }
        let targets = sqlx::query(
            "SELECT target_type, normalized, value FROM request_targets WHERE request_id = $1",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        for target in &targets {
            let target_type: String = target.try_get("target_type")?;
            let normalized: String = target.try_get("normalized")?;
            let value: String = target.try_get("value")?;
            let (hash, sealed) = self.target_row(&cipher, &target_type, &value, &normalized)?;
            self.replace_target(conn, id, &target_type, &normalized, &hash, &sealed)
                .await?;
            report.targets += 1;
        }
        Ok(())
    }

    async fn replace_target(
        &self,
        conn: &mut Conn<'_>,
        request_id: i64,
        target_type: &str,
        old: &str,
        hash: &str,
        sealed: &str,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE request_targets SET normalized = $1, value = $2 WHERE request_id = $3 AND target_type = $4 AND normalized = $5",
        )
        .bind(hash)
        .bind(sealed)
        .bind(request_id)
        .bind(target_type)
        .bind(old)
        .execute(conn)
        .await?;
        Ok(())
    }

    /// Recomputes the hashes of request `id`'s targets made with an older key.
    async fn rehash_targets(
        &self,
        conn: &mut Conn<'_>,
        id: i64,
        cipher: &RequestCipher,
    ) -> Result<u64> {
        let current = self.keys().target_hasher.current_version();
        let rows = sqlx::query(
            "SELECT target_type, normalized, value FROM request_targets WHERE request_id = $1",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        let mut changed = 0;
        for row in &rows {
            let old: String = row.try_get("normalized")?;
            if TargetHasher::version_of(&old) == Some(current) {
                continue;
            }
            let target_type: String = row.try_get("target_type")?;
            let target = cipher.open_target(&target_type, &old, row.try_get("value")?)?;
            let (hash, sealed) =
                self.target_row(cipher, &target_type, &target.value, &target.normalized)?;
            self.replace_target(conn, id, &target_type, &old, &hash, &sealed)
                .await?;
            changed += 1;
        }
        Ok(changed)
    }

    /// Seals the contact details of a batch of accounts still holding them in clear.
    async fn seal_contacts(&self, conn: &mut Conn<'_>) -> Result<u64> {
        let rows = sqlx::query(
            "SELECT id, pseudonym, phone, mailing_address, badge_number FROM accounts WHERE contact_sealed = 0 ORDER BY id LIMIT $1",
        )
        .bind(BATCH)
        .fetch_all(&mut *conn)
        .await?;
        for row in &rows {
            let sealed = contact_values(&self.keys().sealer, row, |(_, stored)| Ok(stored))?;
            write_contacts(conn, row.try_get("id")?, &sealed).await?;
        }
        Ok(rows.len() as u64)
    }

    /// Re-seals under the current master key the contact details sealed with an
    /// older one.
    async fn reseal_contacts(&self, conn: &mut Conn<'_>) -> Result<u64> {
        let sealer = &self.keys().sealer;
        let current = sealer.current_version();
        let rows = sqlx::query(
            "SELECT id, pseudonym, phone, mailing_address, badge_number FROM accounts WHERE contact_sealed = 1",
        )
        .fetch_all(&mut *conn)
        .await?;
        let mut changed = 0;
        for row in &rows {
            let outdated = CONTACT_COLUMNS.iter().any(|column| {
                row.try_get::<String, _>(*column).is_ok_and(|stored| {
                    !stored.is_empty() && SecretSealer::version_of(&stored) != Some(current)
                })
            });
            if !outdated {
                continue;
            }
            let pseudonym: String = row.try_get("pseudonym")?;
            let resealed = contact_values(sealer, row, |(column, stored)| {
                super::sealed_fields::open_contact(sealer, &pseudonym, column, stored)
            })?;
            write_contacts(conn, row.try_get("id")?, &resealed).await?;
            changed += 1;
        }
        Ok(changed)
    }

    async fn audit_rotation(
        &self,
        tx: &mut WriteTx<'_>,
        ctx: &Ctx,
        report: &CaseKeyReport,
    ) -> Result<()> {
        self.audit(
            tx,
            event(ctx, AuditAction::CaseKeysRotated, Outcome::Success).details(json!({
                "master_version": report.master_version,
                "hash_version": report.hash_version,
                "request_keys": report.request_keys,
                "contacts": report.contacts,
                "targets": report.targets,
            })),
        )
        .await
    }
}

/// The contact columns of an accounts row, each turned to clear by `clear` (given
/// the column and stored value) and sealed under the current master key.
fn contact_values(
    sealer: &SecretSealer,
    row: &sqlx::any::AnyRow,
    clear: impl Fn((&str, String)) -> Result<String>,
) -> Result<[String; 3]> {
    let pseudonym: String = row.try_get("pseudonym")?;
    let mut out: [String; 3] = Default::default();
    for (slot, column) in out.iter_mut().zip(CONTACT_COLUMNS) {
        let text = clear((column, row.try_get(column)?))?;
        *slot = seal_contact(sealer, &pseudonym, column, &text)?;
    }
    Ok(out)
}

async fn write_contacts(conn: &mut Conn<'_>, id: i64, values: &[String; 3]) -> Result<()> {
    sqlx::query(
        "UPDATE accounts SET phone = $1, mailing_address = $2, badge_number = $3, contact_sealed = 1 WHERE id = $4",
    )
    .bind(&values[0])
    .bind(&values[1])
    .bind(&values[2])
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}
