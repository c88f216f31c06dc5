//! Production records and rows, shared by the production concerns.

use crate::sql::Conn;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::production::{may_open, require_producer, Manifest, ProductionRefusal};
pub use lers_domain::production::{FileState, ProductionState};
use serde::Serialize;
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::request_rows::RequestSummary;
use crate::crypto::tokens::random_id;
use crate::error::{refused, Refusal};
use crate::model::{Account, Ctx};
use crate::sql::{event, opt_ts, ts, SqlStore};
use crate::{Result, StoreError};

#[derive(Clone, Debug, Serialize)]
pub struct ProductionFileRecord {
    pub id: String,
    pub name: String,
    pub size: u64,
    /// Plaintext bytes durably received so far: where an upload resumes.
    pub received: u64,
    pub sha256: Option<String>,
    pub state: FileState,
    pub created_at: Timestamp,
    pub stored_at: Option<Timestamp>,
    pub source_tag: String,
    #[serde(skip)]
    pub region: String,
    #[serde(skip)]
    pub wrapped_key: Option<String>,
    #[serde(skip)]
    pub key_version: i64,
}

impl ProductionFileRecord {
    /// The blob of a file is named by the file's id.
    pub fn blob_key(&self) -> &str {
        &self.id
    }

    pub fn is_stored(&self) -> bool {
        self.state == FileState::Stored
    }

    /// Not removed or shredded.
    pub fn is_live(&self) -> bool {
        self.state != FileState::Shredded
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct ProductionRecord {
    pub id: String,
    pub state: ProductionState,
    /// The producer's pseudonymous id (never a name).
    pub producer: String,
    pub created_at: Timestamp,
    pub delivered_at: Option<Timestamp>,
    pub available_until: Option<Timestamp>,
    pub retain_until: Option<Timestamp>,
    pub shredded_at: Option<Timestamp>,
    pub files: Vec<ProductionFileRecord>,
    #[serde(skip)]
    pub row_id: i64,
    #[serde(skip)]
    pub request_row_id: i64,
    #[serde(skip)]
    pub producer_id: i64,
    #[serde(skip)]
    pub manifest: Option<Manifest>,
    #[serde(skip)]
    pub delivery_audit_index: Option<u64>,
}

impl ProductionRecord {
    pub fn file(&self, id: &str) -> Option<&ProductionFileRecord> {
        self.files.iter().find(|f| f.id == id)
    }

    pub fn is_open(&self) -> bool {
        self.state == ProductionState::Open
    }

    pub fn state_name(&self) -> &'static str {
        self.state.as_str()
    }

    pub fn live_files(&self) -> impl Iterator<Item = &ProductionFileRecord> {
        self.files.iter().filter(|f| f.is_live())
    }

    /// Delivered and still inside its download window at `now`.
    pub fn is_available(&self, now: Timestamp) -> bool {
        self.state == ProductionState::Delivered && self.available_until.is_some_and(|t| now < t)
    }
}

/// A file about to be uploaded: its sealed data key is made by the caller.
#[derive(Clone, Debug)]
pub struct NewProductionFile {
    pub id: String,
    pub name: String,
    pub size: u64,
    /// What the uploader says identifies its source file (e.g. its modification
    /// time), so that resuming continues only the same file.
    pub source_tag: String,
    pub region: String,
    pub wrapped_key: String,
    pub key_version: i64,
}

/// One recorded step of an upload: `from` → `to` bytes, and the digest when complete.
#[derive(Clone, Copy, Debug)]
pub struct UploadStep<'a> {
    pub from: u64,
    pub to: u64,
    pub sha256: Option<&'a str>,
    pub at: Timestamp,
}

/// An alert about one staff member's unusual access to requesters' files.
#[derive(Clone, Debug, Serialize)]
pub struct StaffAlert {
    pub id: String,
    pub staff_pseudonym: String,
    pub staff_name: String,
    pub accesses: u64,
    pub window_start: Timestamp,
    pub raised_at: Timestamp,
}

/// Data keys of production files are sealed under `production-file/{id}`.
pub use crate::crypto::contexts::FILE_KEY_CONTEXT;

/// Actions that count as staff access to requesters' files.
pub(super) const FILE_ACCESS_ACTIONS: [AuditAction; 2] = [
    AuditAction::DocumentDownloaded,
    AuditAction::ProductionVerified,
];

pub(super) const PRODUCTION_COLUMNS: &str = "p.id, p.public_id, p.request_id, p.producer_id, p.state, p.created_at, p.delivered_at, \
     p.available_until, p.retain_until, p.shredded_at, p.manifest, p.delivery_audit_index, a.pseudonym AS producer";

pub(super) const FILE_COLUMNS: &str = "public_id, name, size, received, sha256, region, wrapped_key, key_version, state, created_at, stored_at, source_tag";

pub(super) fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(what.to_owned())
}

pub(super) fn u64_of(row: &AnyRow, column: &str) -> Result<u64> {
    let value: i64 = row.try_get(column)?;
    u64::try_from(value).map_err(|_| corrupt(column))
}

pub(super) fn file_from_row(row: &AnyRow) -> Result<ProductionFileRecord> {
    let state: String = row.try_get("state")?;
    Ok(ProductionFileRecord {
        id: row.try_get("public_id")?,
        name: row.try_get("name")?,
        size: u64_of(row, "size")?,
        received: u64_of(row, "received")?,
        sha256: row.try_get("sha256")?,
        state: FileState::parse(&state).ok_or_else(|| corrupt("production file state"))?,
        created_at: ts(row, "created_at")?,
        stored_at: opt_ts(row, "stored_at")?,
        source_tag: row.try_get("source_tag")?,
        region: row.try_get("region")?,
        wrapped_key: row.try_get("wrapped_key")?,
        key_version: row.try_get("key_version")?,
    })
}

pub(super) fn to_i64(value: u64) -> Result<i64> {
    i64::try_from(value).map_err(|_| StoreError::from(Refusal::SizeTooLarge))
}

impl SqlStore {
    pub(super) async fn production_rows(
        &self,
        conn: &mut Conn<'_>,
        clause: &str,
        value: i64,
    ) -> Result<Vec<ProductionRecord>> {
        let rows = sqlx::query(&format!(
            "SELECT {PRODUCTION_COLUMNS} FROM productions p JOIN accounts a ON a.id = p.producer_id \
             WHERE {clause} ORDER BY p.id"
        ))
        .bind(value)
        .fetch_all(&mut *conn)
        .await?;
        let mut productions = Vec::with_capacity(rows.len());
        for row in &rows {
            let state: String = row.try_get("state")?;
            let manifest: Option<String> = row.try_get("manifest")?;
            let row_id: i64 = row.try_get("id")?;
            let delivery_index: Option<i64> = row.try_get("delivery_audit_index")?;
            let files = sqlx::query(&format!(
                "SELECT {FILE_COLUMNS} FROM production_files WHERE production_id = $1 ORDER BY id"
            ))
            .bind(row_id)
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(file_from_row)
            .collect::<Result<Vec<_>>>()?;
            productions.push(ProductionRecord {
                id: row.try_get("public_id")?,
                state: ProductionState::parse(&state).ok_or_else(|| corrupt("production state"))?,
                producer: row.try_get("producer")?,
                created_at: ts(row, "created_at")?,
                delivered_at: opt_ts(row, "delivered_at")?,
                available_until: opt_ts(row, "available_until")?,
                retain_until: opt_ts(row, "retain_until")?,
                shredded_at: opt_ts(row, "shredded_at")?,
                files,
                row_id,
                request_row_id: row.try_get("request_id")?,
                producer_id: row.try_get("producer_id")?,
                manifest: manifest
                    .map(|m| serde_json::from_str(&m).map_err(|_| corrupt("production manifest")))
                    .transpose()?,
                delivery_audit_index: delivery_index
                    .map(|i| u64::try_from(i).map_err(|_| corrupt("audit index")))
                    .transpose()?,
            });
        }
        Ok(productions)
    }

    pub(super) async fn production_by_row(
        &self,
        conn: &mut Conn<'_>,
        row_id: i64,
    ) -> Result<ProductionRecord> {
        self.production_rows(conn, "p.id = $1", row_id)
            .await?
            .pop()
            .ok_or(StoreError::NotFound)
    }

    pub(super) async fn open_production_once(
        &self,
        producer: &Account,
        request: &RequestSummary,
        ctx: &Ctx,
    ) -> Result<ProductionRecord> {
        may_open(request.status).map_err(refused)?;
        let mut tx = self.begin().await?;
        let open: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM productions WHERE request_id = $1 AND state = 'open'",
        )
        .bind(request.row_id)
        .fetch_optional(tx.conn())
        .await?;
        let row_id = match open {
            Some(id) => id,
            None => {
                let public_id = random_id("prd");
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO productions (public_id, request_id, producer_id, state, created_at, touched_at) \
                     VALUES ($1, $2, $3, 'open', $4, $4) RETURNING id",
                )
                .bind(&public_id)
                .bind(request.row_id)
                .bind(producer.id)
                .bind(ctx.at.unix_millis())
                .fetch_one(tx.conn())
                .await?;
                self.audit(
                    &mut tx,
                    event(ctx, AuditAction::ProductionOpened, Outcome::Success)
                        .subject(public_id)
                        .details(json!({"request": request.id})),
                )
                .await?;
                id
            }
        };
        let production = self.production_by_row(&mut tx.conn(), row_id).await?;
        tx.commit().await?;
        Ok(production)
    }

    pub(super) fn require_producer(
        producer: &Account,
        production: &ProductionRecord,
    ) -> Result<()> {
        require_producer(production.producer_id, producer.id).map_err(refused)
    }

    /// Inside a transaction: locks the production's row (a PostgreSQL row lock, the
    /// SQLite write lock) and checks it is still open, so a change to its files and
    /// its delivery cannot interleave. It also notes the activity (`touched_at`): an
    /// open production is kept while it is worked on.
    pub(super) async fn lock_open(
        &self,
        conn: &mut Conn<'_>,
        production: &ProductionRecord,
        at: Timestamp,
    ) -> Result<()> {
        let open =
            sqlx::query("UPDATE productions SET touched_at = $1 WHERE id = $2 AND state = 'open'")
                .bind(at.unix_millis())
                .bind(production.row_id)
                .execute(conn)
                .await?;
        if open.rows_affected() != 1 {
            return Err(refused(ProductionRefusal::NotOpen));
        }
        Ok(())
    }
}
