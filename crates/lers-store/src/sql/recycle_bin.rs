//! The recycle bin: deleted things wait here, restorable, until their window ends;
//! then a purge removes them for good (a document's wrapped data key with its row,
//! then its ciphertext; a staff account is anonymised). Deleting, restoring and
//! purging are each audited in the transaction that does them.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::retention::{may_restore, BinFacts, BinKind};
use serde_json::{json, Map, Value};
use sqlx::any::AnyRow;
use sqlx::Row;

use super::bin_rows::{conflict, put_row, spec, take_row, take_rows, DRAFT_CHILDREN};
use super::core::{SqlStore, WriteTx};
use super::erasure::ErasureStore;
use super::rows::{event, opt_ts, ts};
use crate::error::{Refusal, Result, StoreError};
use crate::model::Ctx;

/// A thing in the bin (or that was, once restored or purged).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BinEntry {
    pub id: i64,
    pub kind: BinKind,
    /// What names the object in its own table (row id, pattern, account id, public id).
    pub object_key: String,
    /// What lists show.
    pub label: String,
    /// Who may restore it (none: admin objects, restored by admins).
    pub owner_id: Option<i64>,
    pub deleted_by: String,
    pub deleted_at: Timestamp,
    pub purge_after: Timestamp,
    pub restored_at: Option<Timestamp>,
    pub purged_at: Option<Timestamp>,
}

/// What to put in the bin.
#[derive(Clone, Copy, Debug)]
pub enum BinItem<'a> {
    AllowListEntry(i64),
    DirectoryEntry(&'a str),
    Agency(i64),
    /// A document, removed by the account that uploaded it before any review.
    Document {
        public_id: &'a str,
        by: i64,
    },
    /// A draft request (with its documents), removed by its owner.
    DraftRequest {
        public_id: &'a str,
        by: i64,
    },
    StaffAccount(i64),
}

/// The recycle bin.
#[async_trait]
pub trait RecycleBinStore: Send + Sync {
    /// Takes `item` out of use and into the bin until `purge_after` (audited `bin.deleted`).
    async fn move_to_bin(
        &self,
        item: BinItem<'_>,
        purge_after: Timestamp,
        ctx: &Ctx,
    ) -> Result<BinEntry>;
    /// What is in the bin: `owner`'s things, or (`None`) the admin objects.
    async fn bin_entries(&self, owner: Option<i64>) -> Result<Vec<BinEntry>>;
    /// Puts the object back as it was (audited `bin.restored`); refused after its
    /// window, to anyone else than its owner (or an admin for admin objects), and when
    /// what it was is taken meanwhile.
    async fn restore_from_bin(
        &self,
        id: i64,
        actor_id: i64,
        actor_is_admin: bool,
        ctx: &Ctx,
    ) -> Result<BinEntry>;
    /// Entries whose window ended at `now` and that are not purged yet.
    async fn bin_due(&self, now: Timestamp) -> Result<Vec<BinEntry>>;
    /// Purges one entry for good (audited `bin.purged`); a second call does nothing.
    async fn purge_bin_entry(&self, id: i64, ctx: &Ctx) -> Result<bool>;
    /// Ciphertexts whose key is destroyed and that are still in the blob store.
    async fn shredded_blobs(&self) -> Result<Vec<String>>;
    async fn shredded_blob_deleted(&self, blob_key: &str, at: Timestamp) -> Result<()>;
}

const COLUMNS: &str = "id, kind, object_key, label, owner_id, deleted_by, deleted_at, purge_after, restored_at, purged_at";

fn entry_from_row(row: &AnyRow) -> Result<BinEntry> {
    let kind: String = row.try_get("kind")?;
    Ok(BinEntry {
        id: row.try_get("id")?,
        kind: kind
            .parse()
            .map_err(|_| StoreError::Corrupt(format!("recycle bin kind {kind:?}")))?,
        object_key: row.try_get("object_key")?,
        label: row.try_get("label")?,
        owner_id: row.try_get("owner_id")?,
        deleted_by: row.try_get("deleted_by")?,
        deleted_at: ts(row, "deleted_at")?,
        purge_after: ts(row, "purge_after")?,
        restored_at: opt_ts(row, "restored_at")?,
        purged_at: opt_ts(row, "purged_at")?,
    })
}

impl SqlStore {
    async fn bin_entry_in(&self, conn: &mut Conn<'_>, id: i64) -> Result<BinEntry> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM recycle_bin WHERE id = $1"))
            .bind(id)
            .fetch_optional(conn)
            .await?
            .ok_or(StoreError::NotFound)?;
        entry_from_row(&row)
    }

    /// Takes the object out of use; returns its key, label, owner and payload.
    async fn take_out(
        &self,
        tx: &mut WriteTx<'_>,
        item: BinItem<'_>,
        ctx: &Ctx,
    ) -> Result<(BinKind, String, String, Option<i64>, Map<String, Value>)> {
        let conn = &mut tx.conn();
        Ok(match item {
            BinItem::AllowListEntry(id) => {
                let row =
                    take_row(conn, spec_of(BinKind::AllowListEntry)?, &id.to_string()).await?;
                let label = text(&row, "pattern");
                (BinKind::AllowListEntry, id.to_string(), label, None, row)
            }
            BinItem::DirectoryEntry(account) => {
                let row = take_row(conn, spec_of(BinKind::DirectoryEntry)?, account).await?;
                (
                    BinKind::DirectoryEntry,
                    account.to_owned(),
                    account.to_owned(),
                    None,
                    row,
                )
            }
            BinItem::Agency(id) => {
                sqlx::query("DELETE FROM agency_domains WHERE agency_id = $1")
                    .bind(id)
                    .execute(&mut *conn)
                    .await?;
                let row = take_row(conn, spec_of(BinKind::Agency)?, &id.to_string()).await?;
                let label = format!("{} ({})", text(&row, "name"), text(&row, "country"));
                (BinKind::Agency, id.to_string(), label, None, row)
            }
            BinItem::Document { public_id, by } => {
                // Only its uploader, and only while nobody has started reviewing it.
                let allowed: Option<i64> = sqlx::query_scalar(
                    "SELECT d.id FROM documents d JOIN requests r ON r.id = d.request_id \
                     WHERE d.public_id = $1 AND d.uploaded_by = $2 AND r.status IN ('draft', 'submitted') \
                     AND NOT EXISTS (SELECT 1 FROM reviews v WHERE v.request_id = r.id)",
                )
                .bind(public_id)
                .bind(by)
                .fetch_optional(&mut *conn)
                .await?;
                if allowed.is_none() {
                    return Err(StoreError::NotFound);
                }
                let row = take_row(conn, spec_of(BinKind::Document)?, public_id).await?;
                let label = text(&row, "file_name");
                (
                    BinKind::Document,
                    public_id.to_owned(),
                    label,
                    Some(by),
                    row,
                )
            }
            BinItem::DraftRequest { public_id, by } => {
                // Only its owner's own draft (intake drafts are staff work).
                let id: Option<i64> = sqlx::query_scalar(
                    "SELECT r.id FROM requests r WHERE r.public_id = $1 AND r.owner_id = $2 \
                     AND r.status = 'draft' AND NOT EXISTS (SELECT 1 FROM request_intake i WHERE i.request_id = r.id)",
                )
                .bind(public_id)
                .bind(by)
                .fetch_optional(&mut *conn)
                .await?;
                let id = id.ok_or(StoreError::NotFound)?.to_string();
                let mut children = Map::new();
                for child in &DRAFT_CHILDREN {
                    let rows = take_rows(conn, child, &id).await?;
                    children.insert(child.table.to_owned(), Value::from(rows));
                }
                let mut row = take_row(conn, spec_of(BinKind::DraftRequest)?, public_id).await?;
                let title = text(&row, "title");
                row.insert("children".into(), Value::Object(children));
                let label = if title.is_empty() {
                    public_id.to_owned()
                } else {
                    title
                };
                (
                    BinKind::DraftRequest,
                    public_id.to_owned(),
                    label,
                    Some(by),
                    row,
                )
            }
            BinItem::StaffAccount(id) => {
                // Taken, not just read: binning writes over `disabled_reason`, which
                // must never replace an erasure's mark.
                let account = self.hold_account_unless_erased(conn, id).await?;
                if account.pseudonym == ctx.actor {
                    return Err(Refusal::OwnAccountStatus.into());
                }
                if account.kind != lers_domain::account::AccountKind::Staff
                    || account.disabled_reason.as_deref() == Some("binned")
                {
                    return Err(StoreError::NotFound);
                }
                sqlx::query(
                    "UPDATE accounts SET status = 'disabled', disabled_reason = 'binned', disabled_at = $2 WHERE id = $1",
                )
                .bind(id)
                .bind(ctx.at.unix_millis())
                .execute(&mut *conn)
                .await?;
                let ended = self.end_all_sessions(conn, id).await?;
                let voided = super::four_eyes::void_proposals_by(conn, id, ctx).await?;
                let mut row = Map::new();
                row.insert("status".into(), account.status.as_str().into());
                row.insert("sessions_ended".into(), ended.into());
                row.insert("proposals_voided".into(), voided.into());
                (
                    BinKind::StaffAccount,
                    id.to_string(),
                    account.pseudonym,
                    None,
                    row,
                )
            }
        })
    }

    /// Puts the object back; returns its (possibly new) key.
    async fn put_back(
        &self,
        conn: &mut Conn<'_>,
        entry: &BinEntry,
        payload: &Map<String, Value>,
    ) -> Result<String> {
        match entry.kind {
            BinKind::StaffAccount => {
                let id: i64 = entry.object_key.parse().map_err(|_| StoreError::NotFound)?;
                let status = payload
                    .get("status")
                    .and_then(Value::as_str)
                    .unwrap_or("active");
                let done = sqlx::query(
                    "UPDATE accounts SET status = $1, disabled_reason = NULL WHERE id = $2 AND disabled_reason = 'binned'",
                )
                .bind(status)
                .bind(id)
                .execute(conn)
                .await?;
                if done.rows_affected() != 1 {
                    return Err(Refusal::RestoreConflict {
                        what: entry.label.clone(),
                    }
                    .into());
                }
                Ok(entry.object_key.clone())
            }
            kind => {
                let new_id = put_row(conn, spec_of(kind)?, payload, &entry.label).await?;
                if kind == BinKind::DraftRequest {
                    let id: i64 =
                        sqlx::query_scalar("SELECT id FROM requests WHERE public_id = $1")
                            .bind(&entry.object_key)
                            .fetch_one(&mut *conn)
                            .await?;
                    for child in &DRAFT_CHILDREN {
                        let rows = payload
                            .get("children")
                            .and_then(|children| children.get(child.table))
                            .and_then(Value::as_array)
                            .cloned()
                            .unwrap_or_default();
                        for row in rows {
                            let Value::Object(mut row) = row else {
                                continue;
                            };
                            row.insert("request_id".into(), id.into());
                            put_row(conn, child, &row, &entry.label).await?;
                        }
                    }
                }
                if kind == BinKind::Agency {
                    let id = new_id.ok_or(StoreError::NotFound)?;
                    for domain in text(payload, "domains")
                        .split(',')
                        .map(str::trim)
                        .filter(|d| !d.is_empty())
                    {
                        sqlx::query(
                            "INSERT INTO agency_domains (domain, agency_id) VALUES ($1, $2)",
                        )
                        .bind(domain)
                        .bind(id)
                        .execute(&mut *conn)
                        .await
                        .map_err(|e| conflict(e, domain))?;
                    }
                }
                Ok(new_id.map_or_else(|| entry.object_key.clone(), |id| id.to_string()))
            }
        }
    }
}

fn spec_of(kind: BinKind) -> Result<&'static super::bin_rows::TableSpec> {
    spec(kind).ok_or_else(|| StoreError::Corrupt(format!("{kind} has no table of its own")))
}

fn text(row: &Map<String, Value>, name: &str) -> String {
    row.get(name)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

#[async_trait]
impl RecycleBinStore for SqlStore {
    async fn move_to_bin(
        &self,
        item: BinItem<'_>,
        purge_after: Timestamp,
        ctx: &Ctx,
    ) -> Result<BinEntry> {
        let mut tx = self.begin().await?;
        let (kind, key, label, owner, payload) = self.take_out(&mut tx, item, ctx).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO recycle_bin (kind, object_key, label, owner_id, payload, deleted_by, deleted_at, purge_after) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(kind.as_str())
        .bind(&key)
        .bind(&label)
        .bind(owner)
        .bind(Value::Object(payload).to_string())
        .bind(&ctx.actor)
        .bind(ctx.at.unix_millis())
        .bind(purge_after.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::BinDeleted, Outcome::Success)
                .subject(format!("{kind}:{key}"))
                .details(json!({"bin_entry": id, "kind": kind.as_str(), "purge_after": purge_after.to_rfc3339()})),
        )
        .await?;
        let entry = self.bin_entry_in(&mut tx.conn(), id).await?;
        tx.commit().await?;
        Ok(entry)
    }

    async fn bin_entries(&self, owner: Option<i64>) -> Result<Vec<BinEntry>> {
        let admin_kinds: Vec<String> = BinKind::ALL
            .iter()
            .filter(|k| k.is_admin_object())
            .map(|k| format!("'{}'", k.as_str()))
            .collect();
        let filter = match owner {
            Some(_) => "owner_id = $1".to_owned(),
            None => format!("kind IN ({}) AND $1 IS NULL", admin_kinds.join(", ")),
        };
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM recycle_bin WHERE {filter} AND restored_at IS NULL AND purged_at IS NULL ORDER BY deleted_at DESC, id DESC"
        ))
        .bind(owner)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(entry_from_row).collect()
    }

    async fn restore_from_bin(
        &self,
        id: i64,
        actor_id: i64,
        actor_is_admin: bool,
        ctx: &Ctx,
    ) -> Result<BinEntry> {
        let mut tx = self.begin().await?;
        let entry = self.bin_entry_in(&mut tx.conn(), id).await?;
        let facts = BinFacts {
            kind: entry.kind,
            owner: entry.owner_id,
            purge_after: entry.purge_after,
            restored: entry.restored_at.is_some(),
            purged: entry.purged_at.is_some(),
        };
        may_restore(&facts, actor_id, actor_is_admin, ctx.at).map_err(Refusal::from)?;
        let payload: String = sqlx::query_scalar("SELECT payload FROM recycle_bin WHERE id = $1")
            .bind(id)
            .fetch_one(tx.conn())
            .await?;
        let payload: Map<String, Value> = serde_json::from_str(&payload)
            .map_err(|e| StoreError::Corrupt(format!("recycle bin entry {id}: {e}")))?;
        let key = self.put_back(&mut tx.conn(), &entry, &payload).await?;
        sqlx::query("UPDATE recycle_bin SET restored_at = $1, payload = '{}' WHERE id = $2")
            .bind(ctx.at.unix_millis())
            .bind(id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::BinRestored, Outcome::Success)
                .subject(format!("{}:{key}", entry.kind))
                .details(json!({"bin_entry": id, "kind": entry.kind.as_str(), "deleted_at": entry.deleted_at.to_rfc3339()})),
        )
        .await?;
        let entry = self.bin_entry_in(&mut tx.conn(), id).await?;
        tx.commit().await?;
        Ok(entry)
    }

    async fn bin_due(&self, now: Timestamp) -> Result<Vec<BinEntry>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM recycle_bin WHERE purge_after <= $1 AND restored_at IS NULL AND purged_at IS NULL ORDER BY id"
        ))
        .bind(now.unix_millis())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(entry_from_row).collect()
    }

    async fn purge_bin_entry(&self, id: i64, ctx: &Ctx) -> Result<bool> {
        let entry = self
            .bin_entry_in(&mut Conn::from(&mut *self.pool().acquire().await?), id)
            .await?;
        if entry.purged_at.is_some() || entry.restored_at.is_some() || entry.purge_after > ctx.at {
            return Ok(false);
        }
        if entry.kind == BinKind::StaffAccount {
            // First the person is erased (a second attempt finds it done), then the
            // entry is marked: a crash between the two only repeats a finished step.
            let account: i64 = entry.object_key.parse().map_err(|_| StoreError::NotFound)?;
            match self.anonymise_account(account, ctx).await {
                Ok(_) | Err(StoreError::Refused(Refusal::AlreadyErased)) => {}
                Err(e) => return Err(e),
            }
        }
        let mut tx = self.begin().await?;
        let payload: Option<String> = sqlx::query_scalar(
            "SELECT payload FROM recycle_bin WHERE id = $1 AND purged_at IS NULL AND restored_at IS NULL",
        )
        .bind(id)
        .fetch_optional(tx.conn())
        .await?;
        let Some(payload) = payload else {
            return Ok(false);
        };
        let payload: Map<String, Value> = serde_json::from_str(&payload).unwrap_or_default();
        let mut details = json!({"bin_entry": id, "kind": entry.kind.as_str()});
        // The wrapped data keys go with the payload (crypto-shredding); the
        // ciphertexts, unreadable from now on, are deleted next.
        let documents = match entry.kind {
            BinKind::Document => vec![Value::Object(payload.clone())],
            _ => payload
                .get("children")
                .and_then(|c| c.get("documents"))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default(),
        };
        for document in &documents {
            let blob = document
                .get("blob_key")
                .and_then(Value::as_str)
                .unwrap_or_default();
            sqlx::query("INSERT INTO shredded_blobs (blob_key, shredded_at) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(blob)
                .bind(ctx.at.unix_millis())
                .execute(tx.conn())
                .await?;
        }
        details["keys_destroyed"] = json!(documents.len());
        sqlx::query("UPDATE recycle_bin SET purged_at = $1, payload = '' WHERE id = $2")
            .bind(ctx.at.unix_millis())
            .bind(id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::BinPurged, Outcome::Success)
                .subject(format!("{}:{}", entry.kind, entry.object_key))
                .details(details),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn shredded_blobs(&self) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT blob_key FROM shredded_blobs WHERE deleted_at IS NULL ORDER BY blob_key",
        )
        .fetch_all(self.pool())
        .await?)
    }

    async fn shredded_blob_deleted(&self, blob_key: &str, at: Timestamp) -> Result<()> {
        sqlx::query("UPDATE shredded_blobs SET deleted_at = $1 WHERE blob_key = $2")
            .bind(at.unix_millis())
            .bind(blob_key)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
