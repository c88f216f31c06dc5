//! Crypto-shredding survives restoring an older backup. A backup of the database
//! holds the wrapped keys of everything alive when it was taken; files, exports,
//! cases and bin entries shredded since then would open again after a restore. So
//! every destroyed key is also named in a *shred list* kept outside the database
//! (`KEY_DIR/shredded.list`, written by the app), and at every start the entries the
//! database still holds a key for are destroyed again — before anything is served.
//!
//! An entry is `kind:id`: `prf:` a production file, `doc:` a document, `exp:` a
//! "My data" export, `req:` a purged case (its data key and sealed columns),
//! `bin:` a purged recycle-bin entry (its payload, which may hold a wrapped key).
//! `req:` and `bin:` updates also take the time (`$2`) they are purged again at.
//!
//! An erased person is named too, `acct:` and their pseudonym (which names nobody):
//! an older backup holds their name, address and second factors, and an erasure
//! must outlive a restore like a shredded key. The app erases them again
//! ([`ShredListStore::accounts_to_erase_again`]) with the whole of a person's leaving.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use serde_json::json;

use std::collections::HashSet;

use super::erasure::ERASED;
use super::{event, SqlStore};
use crate::{Ctx, Result};

/// The kind of entry naming an erased account, by its pseudonym.
pub const ERASED_ACCOUNT: &str = "acct";

/// What each kind of entry reads (ids destroyed now) and how it destroys one again.
const KINDS: &[(&str, &str, &str)] = &[
    (
        "prf",
        "SELECT public_id FROM production_files WHERE wrapped_key IS NULL",
        "UPDATE production_files SET state = 'shredded', wrapped_key = NULL \
         WHERE public_id = $1 AND wrapped_key IS NOT NULL",
    ),
    (
        "doc",
        "SELECT public_id FROM documents WHERE wrapped_key = ''",
        "UPDATE documents SET wrapped_key = '' WHERE public_id = $1 AND wrapped_key <> ''",
    ),
    (
        "exp",
        "SELECT public_id FROM data_exports WHERE wrapped_key IS NULL AND state = 'expired'",
        "UPDATE data_exports SET state = 'expired', wrapped_key = NULL, key_version = NULL \
         WHERE public_id = $1 AND wrapped_key IS NOT NULL",
    ),
    (
        "req",
        "SELECT public_id FROM requests WHERE purged_at IS NOT NULL",
        "UPDATE requests SET draft = '{}', submitted = NULL, title = '', withdrawal_reason = NULL, \
         wrapped_key = NULL, key_version = NULL, purged_at = $2 WHERE public_id = $1 AND purged_at IS NULL",
    ),
    (
        "bin",
        "SELECT CAST(id AS TEXT) FROM recycle_bin WHERE purged_at IS NOT NULL",
        "UPDATE recycle_bin SET payload = '', purged_at = $2 \
         WHERE CAST(id AS TEXT) = $1 AND purged_at IS NULL",
    ),
];

#[async_trait]
pub trait ShredListStore {
    /// Every entry whose key is destroyed in the database now.
    async fn shredded_entries(&self) -> Result<Vec<String>>;
    /// Destroys again the keys the database still holds for `entries` (unknown kinds
    /// and ids are skipped); one transaction, audited `backup.shredded_again` when
    /// anything was found. Returns how many were destroyed again.
    async fn shred_again(&self, entries: &[String], ctx: &Ctx) -> Result<u64>;
    /// The accounts that `entries` name as erased (`acct:`) and the database holds
    /// unerased: an older backup restored.
    async fn accounts_to_erase_again(&self, entries: &[String]) -> Result<Vec<i64>>;
}

#[async_trait]
impl ShredListStore for SqlStore {
    async fn shredded_entries(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for (kind, select, _) in KINDS {
            let ids: Vec<String> = sqlx::query_scalar(select).fetch_all(self.pool()).await?;
            out.extend(ids.into_iter().map(|id| format!("{kind}:{id}")));
        }
        let erased: Vec<String> =
            sqlx::query_scalar("SELECT pseudonym FROM accounts WHERE disabled_reason = $1")
                .bind(ERASED)
                .fetch_all(self.pool())
                .await?;
        out.extend(
            erased
                .into_iter()
                .map(|pseudonym| format!("{ERASED_ACCOUNT}:{pseudonym}")),
        );
        Ok(out)
    }

    async fn accounts_to_erase_again(&self, entries: &[String]) -> Result<Vec<i64>> {
        let listed: HashSet<&str> = entries
            .iter()
            .filter_map(|entry| entry.strip_prefix(ERASED_ACCOUNT)?.strip_prefix(':'))
            .collect();
        if listed.is_empty() {
            return Ok(Vec::new());
        }
        let unerased: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, pseudonym FROM accounts \
             WHERE disabled_reason IS NULL OR disabled_reason <> $1 ORDER BY id",
        )
        .bind(ERASED)
        .fetch_all(self.pool())
        .await?;
        Ok(unerased
            .into_iter()
            .filter(|(_, pseudonym)| listed.contains(pseudonym.as_str()))
            .map(|(id, _)| id)
            .collect())
    }

    async fn shred_again(&self, entries: &[String], ctx: &Ctx) -> Result<u64> {
        let mut tx = self.begin().await?;
        let mut again = Vec::new();
        for entry in entries {
            let Some((kind, id)) = entry.split_once(':') else {
                continue;
            };
            let Some(&(_, _, update)) = KINDS.iter().find(|(k, _, _)| *k == kind) else {
                continue;
            };
            let mut update = sqlx::query(update).bind(id);
            if kind == "req" || kind == "bin" {
                update = update.bind(ctx.at.unix_millis());
            }
            let done = update.execute(tx.conn()).await?;
            if done.rows_affected() > 0 {
                again.push(entry.clone());
            }
        }
        if again.is_empty() {
            return Ok(0);
        }
        // Purged cases lose what a purge deletes too.
        for entry in &again {
            if let Some(id) = entry.strip_prefix("req:") {
                for table in ["messages", "request_targets", "request_access"] {
                    sqlx::query(&format!(
                        "DELETE FROM {table} WHERE request_id = (SELECT id FROM requests WHERE public_id = $1)"
                    ))
                    .bind(id)
                    .execute(tx.conn())
                    .await?;
                }
            }
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::BackupShreddedAgain, Outcome::Success)
                .details(json!({"entries": again})),
        )
        .await?;
        tx.commit().await?;
        Ok(again.len() as u64)
    }
}
