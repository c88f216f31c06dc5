//! Storage of productions (what a provider delivers for an approved request), their
//! files' metadata and wrapped keys, the staff-access alerts, and the records that
//! retention crypto-shreds. The file bytes themselves live in a [`crate::blobs`]
//! store; this module never sees plaintext.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::production::{
    delivery_details, may_acknowledge_alert, may_deliver, may_open, require_producer,
    AccessAlertPolicy, FileProgress, Manifest, ManifestFile, ProductionPolicy, ProductionRefusal,
};
pub use lers_domain::production::{FileState, ProductionState};
use lers_domain::request::{RequestEvent, RequestStatus};
use serde::Serialize;
use serde_json::{json, Value};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::model::{refused, Account, Ctx, RequestSummary};
use crate::requests::{random_id, summary_from_row, NewEvent, SUMMARY_COLUMNS};
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
const FILE_ACCESS_ACTIONS: [AuditAction; 2] = [
    AuditAction::DocumentDownloaded,
    AuditAction::ProductionVerified,
];

#[async_trait]
pub trait ProductionStore: Send + Sync {
    /// The production being assembled for `request`, opened by `producer` if there is
    /// none yet. Only approved (or already produced) requests get productions.
    async fn open_production(
        &self,
        producer: &Account,
        request: &RequestSummary,
        ctx: &Ctx,
    ) -> Result<ProductionRecord>;
    async fn productions(&self, request: &RequestSummary) -> Result<Vec<ProductionRecord>>;
    /// A production and its request, for staff (who see every submitted request).
    async fn production_with_request(
        &self,
        production_id: &str,
    ) -> Result<Option<(RequestSummary, ProductionRecord)>>;
    async fn production(
        &self,
        request: &RequestSummary,
        production_id: &str,
    ) -> Result<Option<ProductionRecord>>;
    /// Registers a file the producer is about to upload into an open production.
    async fn start_production_file(
        &self,
        producer: &Account,
        production: &ProductionRecord,
        file: &NewProductionFile,
        ctx: &Ctx,
    ) -> Result<ProductionFileRecord>;
    /// Moves the resume point of an upload (after the bytes are durable), only from
    /// where it was; with the file's digest once every byte is in.
    async fn record_upload_progress(
        &self,
        production: &ProductionRecord,
        file_id: &str,
        progress: UploadStep<'_>,
    ) -> Result<()>;
    /// Marks a fully received file stored (its blob is in the blob store).
    async fn complete_production_file(
        &self,
        production: &ProductionRecord,
        file_id: &str,
        sha256: &str,
        ctx: &Ctx,
    ) -> Result<ProductionFileRecord>;
    /// Drops a file from an open production (its blob is the caller's to delete).
    async fn remove_production_file(
        &self,
        producer: &Account,
        production: &ProductionRecord,
        file_id: &str,
        ctx: &Ctx,
    ) -> Result<()>;
    /// Hands the production over: fixes its manifest, starts the availability and
    /// retention clocks, moves the request to `produced`, and records the delivery in
    /// the audit log (the manifest's anchor).
    async fn deliver_production(
        &self,
        producer: &Account,
        request: &RequestSummary,
        production: &ProductionRecord,
        policy: &ProductionPolicy,
        ctx: &Ctx,
    ) -> Result<ProductionRecord>;
    /// Audits an access to a production (download, manifest, verification, failed
    /// integrity check).
    async fn record_production_access(
        &self,
        action: AuditAction,
        outcome: Outcome,
        production: &ProductionRecord,
        details: Value,
        ctx: &Ctx,
    ) -> Result<()>;
    /// Counts a staff member's access to a requester's file within the policy's
    /// window and raises an alert when it is unusual (one open alert per person).
    async fn check_staff_access(
        &self,
        staff: &Account,
        policy: &AccessAlertPolicy,
        ctx: &Ctx,
    ) -> Result<Option<StaffAlert>>;
    async fn open_staff_alerts(&self) -> Result<Vec<StaffAlert>>;
    async fn acknowledge_staff_alert(&self, id: &str, by: &Account, ctx: &Ctx) -> Result<()>;
    /// Delivered productions whose retention ended at `now`, and productions left
    /// open for longer than the retention period.
    async fn productions_to_shred(
        &self,
        now: Timestamp,
        policy: &ProductionPolicy,
    ) -> Result<Vec<ProductionRecord>>;
    /// Destroys the wrapped data keys of a production's files (crypto-shredding) and
    /// audits it; the blobs are deleted afterwards via [`Self::blobs_to_delete`].
    async fn shred_production(
        &self,
        production: &ProductionRecord,
        policy: &ProductionPolicy,
        ctx: &Ctx,
    ) -> Result<()>;
    /// Blobs whose files were shredded or removed but that are still in the store.
    async fn blobs_to_delete(&self) -> Result<Vec<String>>;
    async fn blob_deleted(&self, blob_key: &str, at: Timestamp) -> Result<()>;
}

const PRODUCTION_COLUMNS: &str = "p.id, p.public_id, p.request_id, p.producer_id, p.state, p.created_at, p.delivered_at, \
     p.available_until, p.retain_until, p.shredded_at, p.manifest, p.delivery_audit_index, a.pseudonym AS producer";
const FILE_COLUMNS: &str = "public_id, name, size, received, sha256, region, wrapped_key, key_version, state, created_at, stored_at, source_tag";

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(what.to_owned())
}

fn u64_of(row: &AnyRow, column: &str) -> Result<u64> {
    let value: i64 = row.try_get(column)?;
    u64::try_from(value).map_err(|_| corrupt(column))
}

fn file_from_row(row: &AnyRow) -> Result<ProductionFileRecord> {
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

fn to_i64(value: u64) -> Result<i64> {
    i64::try_from(value).map_err(|_| StoreError::Conflict("the size is too large".into()))
}

impl SqlStore {
    async fn production_rows(
        &self,
        conn: &mut AnyConnection,
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

    async fn production_by_row(
        &self,
        conn: &mut AnyConnection,
        row_id: i64,
    ) -> Result<ProductionRecord> {
        self.production_rows(conn, "p.id = $1", row_id)
            .await?
            .pop()
            .ok_or(StoreError::NotFound)
    }

    async fn open_production_once(
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
        let production = self.production_by_row(tx.conn(), row_id).await?;
        tx.commit().await?;
        Ok(production)
    }

    fn require_producer(producer: &Account, production: &ProductionRecord) -> Result<()> {
        require_producer(production.producer_id, producer.id).map_err(refused)
    }

    /// Inside a transaction: locks the production's row (a PostgreSQL row lock, the
    /// SQLite write lock) and checks it is still open, so a change to its files and
    /// its delivery cannot interleave. It also notes the activity (`touched_at`): an
    /// open production is kept while it is worked on.
    async fn lock_open(
        &self,
        conn: &mut AnyConnection,
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

#[async_trait]
impl ProductionStore for SqlStore {
    async fn open_production(
        &self,
        producer: &Account,
        request: &RequestSummary,
        ctx: &Ctx,
    ) -> Result<ProductionRecord> {
        match self.open_production_once(producer, request, ctx).await {
            // Another producer opened one at the same moment: join it.
            Err(StoreError::Database(e))
                if e.as_database_error()
                    .is_some_and(|d| d.is_unique_violation()) =>
            {
                self.open_production_once(producer, request, ctx).await
            }
            other => other,
        }
    }

    async fn productions(&self, request: &RequestSummary) -> Result<Vec<ProductionRecord>> {
        let mut conn = self.pool().acquire().await?;
        self.production_rows(&mut conn, "p.request_id = $1", request.row_id)
            .await
    }

    async fn production_with_request(
        &self,
        production_id: &str,
    ) -> Result<Option<(RequestSummary, ProductionRecord)>> {
        let mut conn = self.pool().acquire().await?;
        let request: Option<AnyRow> = sqlx::query(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM requests r JOIN productions p ON p.request_id = r.id WHERE p.public_id = $1"
        ))
        .bind(production_id)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(request) = request else {
            return Ok(None);
        };
        let summary = summary_from_row(&request, 0)?;
        let production = self
            .production_rows(&mut conn, "p.request_id = $1", summary.row_id)
            .await?
            .into_iter()
            .find(|p| p.id == production_id)
            .ok_or(StoreError::NotFound)?;
        Ok(Some((summary, production)))
    }

    async fn production(
        &self,
        request: &RequestSummary,
        production_id: &str,
    ) -> Result<Option<ProductionRecord>> {
        Ok(self
            .productions(request)
            .await?
            .into_iter()
            .find(|p| p.id == production_id))
    }

    async fn start_production_file(
        &self,
        producer: &Account,
        production: &ProductionRecord,
        file: &NewProductionFile,
        ctx: &Ctx,
    ) -> Result<ProductionFileRecord> {
        Self::require_producer(producer, production)?;
        let mut tx = self.begin().await?;
        self.lock_open(tx.conn(), production, ctx.at).await?;
        let taken: Option<String> = sqlx::query_scalar(
            "SELECT public_id FROM production_files WHERE production_id = $1 AND name = $2 AND state <> 'shredded'",
        )
        .bind(production.row_id)
        .bind(&file.name)
        .fetch_optional(tx.conn())
        .await?;
        if taken.is_some() {
            return Err(StoreError::Conflict(format!(
                "this production already has a file named {:?}; rename one, or remove the other first",
                file.name
            )));
        }
        sqlx::query(
            "INSERT INTO production_files (public_id, production_id, name, size, received, region, wrapped_key, key_version, state, created_at, source_tag) \
             VALUES ($1, $2, $3, $4, 0, $5, $6, $7, 'uploading', $8, $9)",
        )
        .bind(&file.id)
        .bind(production.row_id)
        .bind(&file.name)
        .bind(to_i64(file.size)?)
        .bind(&file.region)
        .bind(&file.wrapped_key)
        .bind(file.key_version)
        .bind(ctx.at.unix_millis())
        .bind(&file.source_tag)
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ProductionFileStarted, Outcome::Success)
                .subject(file.id.clone())
                .details(json!({"production": production.id, "size": file.size})),
        )
        .await?;
        let record = sqlx::query(&format!(
            "SELECT {FILE_COLUMNS} FROM production_files WHERE public_id = $1"
        ))
        .bind(&file.id)
        .fetch_one(tx.conn())
        .await?;
        tx.commit().await?;
        file_from_row(&record)
    }

    async fn record_upload_progress(
        &self,
        production: &ProductionRecord,
        file_id: &str,
        progress: UploadStep<'_>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        self.lock_open(tx.conn(), production, progress.at).await?;
        let moved = sqlx::query(
            "UPDATE production_files SET received = $1, sha256 = $2 \
             WHERE public_id = $3 AND production_id = $4 AND state = 'uploading' AND received = $5",
        )
        .bind(to_i64(progress.to)?)
        .bind(progress.sha256)
        .bind(file_id)
        .bind(production.row_id)
        .bind(to_i64(progress.from)?)
        .execute(tx.conn())
        .await?;
        if moved.rows_affected() != 1 {
            return Err(StoreError::Conflict(
                "this upload moved on meanwhile; ask where it stands and resume from there".into(),
            ));
        }
        tx.commit().await
    }

    async fn complete_production_file(
        &self,
        production: &ProductionRecord,
        file_id: &str,
        sha256: &str,
        ctx: &Ctx,
    ) -> Result<ProductionFileRecord> {
        let mut tx = self.begin().await?;
        self.lock_open(tx.conn(), production, ctx.at).await?;
        let done = sqlx::query(
            "UPDATE production_files SET state = 'stored', received = size, sha256 = $1, stored_at = $2 \
             WHERE public_id = $3 AND production_id = $4 AND state = 'uploading'",
        )
        .bind(sha256)
        .bind(ctx.at.unix_millis())
        .bind(file_id)
        .bind(production.row_id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::Conflict(
                "this file is not being uploaded (already stored or removed)".into(),
            ));
        }
        let record = file_from_row(
            &sqlx::query(&format!(
                "SELECT {FILE_COLUMNS} FROM production_files WHERE public_id = $1"
            ))
            .bind(file_id)
            .fetch_one(tx.conn())
            .await?,
        )?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ProductionFileStored, Outcome::Success)
                .subject(file_id.to_owned())
                .details(json!({
                    "production": production.id,
                    "size": record.size,
                    "sha256": sha256,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(record)
    }

    async fn remove_production_file(
        &self,
        producer: &Account,
        production: &ProductionRecord,
        file_id: &str,
        ctx: &Ctx,
    ) -> Result<()> {
        Self::require_producer(producer, production)?;
        let mut tx = self.begin().await?;
        self.lock_open(tx.conn(), production, ctx.at).await?;
        // The row stays (as shredded, without its key) so the blob sweep finds it.
        let done = sqlx::query(
            "UPDATE production_files SET state = 'shredded', wrapped_key = NULL \
             WHERE public_id = $1 AND production_id = $2 AND state <> 'shredded'",
        )
        .bind(file_id)
        .bind(production.row_id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ProductionFileRemoved, Outcome::Success)
                .subject(file_id.to_owned())
                .details(json!({"production": production.id})),
        )
        .await?;
        tx.commit().await
    }

    async fn deliver_production(
        &self,
        producer: &Account,
        request: &RequestSummary,
        production: &ProductionRecord,
        policy: &ProductionPolicy,
        ctx: &Ctx,
    ) -> Result<ProductionRecord> {
        Self::require_producer(producer, production)?;
        let mut tx = self.begin().await?;
        self.lock_open(tx.conn(), production, ctx.at).await?;
        // The request may have been withdrawn or closed since the page was loaded;
        // locking its row keeps it from changing until the delivery commits.
        sqlx::query(
            "UPDATE requests SET status = status WHERE id = $1 AND status IN ('approved', 'produced')",
        )
        .bind(request.row_id)
        .execute(tx.conn())
        .await?;
        let status: String = sqlx::query_scalar("SELECT status FROM requests WHERE id = $1")
            .bind(request.row_id)
            .fetch_one(tx.conn())
            .await?;
        let status = RequestStatus::parse(&status).ok_or_else(|| corrupt("request status"))?;
        // The files as they are now, under the lock (not as the page saw them).
        let files = self
            .production_by_row(tx.conn(), production.row_id)
            .await?
            .files;
        let live: Vec<&ProductionFileRecord> = files.iter().filter(|f| f.is_live()).collect();
        may_deliver(
            status,
            live.iter().map(|f| FileProgress {
                name: &f.name,
                state: f.state,
                received: f.received,
                size: f.size,
            }),
        )
        .map_err(refused)?;
        let manifest = Manifest {
            production_id: production.id.clone(),
            request_reference: request.reference.clone().unwrap_or_default(),
            produced_at: ctx.at,
            producer: producer.pseudonym.clone(),
            files: live
                .iter()
                .map(|f| ManifestFile {
                    name: f.name.clone(),
                    size: f.size,
                    sha256: f.sha256.clone().unwrap_or_default(),
                })
                .collect(),
        };
        if status == RequestStatus::Approved {
            let current = RequestSummary {
                status,
                ..request.clone()
            };
            let next = self
                .change_status(tx.conn(), &current, RequestEvent::Produce, ctx.at)
                .await?;
            self.add_event(
                tx.conn(),
                NewEvent {
                    request_id: request.row_id,
                    actor_id: producer.id,
                    kind: "status",
                    status: Some(next),
                    note: "",
                    at: ctx.at,
                },
            )
            .await?;
        }
        let index = self
            .audit_indexed(
                &mut tx,
                event(ctx, AuditAction::ProductionDelivered, Outcome::Success)
                    .subject(production.id.clone())
                    .details(delivery_details(&manifest)),
            )
            .await?;
        let manifest_json =
            serde_json::to_string(&manifest).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let done = sqlx::query(
            "UPDATE productions SET state = 'delivered', delivered_at = $1, available_until = $2, retain_until = $3, \
             manifest = $4, delivery_audit_index = $5 WHERE id = $6 AND state = 'open'",
        )
        .bind(ctx.at.unix_millis())
        .bind(policy.available_until(ctx.at).unix_millis())
        .bind(policy.retain_until(ctx.at).unix_millis())
        .bind(manifest_json)
        .bind(i64::try_from(index).map_err(|_| corrupt("audit index"))?)
        .bind(production.row_id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::Conflict(
                "the production changed meanwhile; reload and try again".into(),
            ));
        }
        let delivered = self.production_by_row(tx.conn(), production.row_id).await?;
        tx.commit().await?;
        Ok(delivered)
    }

    async fn record_production_access(
        &self,
        action: AuditAction,
        outcome: Outcome,
        production: &ProductionRecord,
        details: Value,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        self.audit(
            &mut tx,
            event(ctx, action, outcome)
                .subject(production.id.clone())
                .details(details),
        )
        .await?;
        tx.commit().await
    }

    async fn check_staff_access(
        &self,
        staff: &Account,
        policy: &AccessAlertPolicy,
        ctx: &Ctx,
    ) -> Result<Option<StaffAlert>> {
        let window_start = ctx.at.minus(policy.window);
        let actions: Vec<String> = FILE_ACCESS_ACTIONS
            .iter()
            .map(|a| format!("'{}'", a.as_str()))
            .collect();
        let mut tx = self.begin().await?;
        let accesses: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE actor = $1 AND at >= $2 AND action IN ({})",
            actions.join(", ")
        ))
        .bind(&staff.pseudonym)
        .bind(window_start.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        let accesses = u64::try_from(accesses).unwrap_or(0);
        if !policy.is_unusual(accesses) {
            return Ok(None);
        }
        let already: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM staff_alerts WHERE account_id = $1 AND acknowledged_at IS NULL",
        )
        .bind(staff.id)
        .fetch_optional(tx.conn())
        .await?;
        if already.is_some() {
            return Ok(None);
        }
        let alert = StaffAlert {
            id: random_id("alr"),
            staff_pseudonym: staff.pseudonym.clone(),
            staff_name: staff.name.clone(),
            accesses,
            window_start,
            raised_at: ctx.at,
        };
        sqlx::query(
            "INSERT INTO staff_alerts (public_id, account_id, accesses, window_start, raised_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&alert.id)
        .bind(staff.id)
        .bind(to_i64(accesses)?)
        .bind(window_start.unix_millis())
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::StaffAccessAlert, Outcome::Success)
                .subject(staff.pseudonym.clone())
                .details(json!({
                    "alert": alert.id,
                    "accesses": accesses,
                    "window_minutes": policy.window.as_seconds() / 60,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(alert))
    }

    async fn open_staff_alerts(&self) -> Result<Vec<StaffAlert>> {
        sqlx::query(
            "SELECT s.public_id, s.accesses, s.window_start, s.raised_at, a.pseudonym, a.name \
             FROM staff_alerts s JOIN accounts a ON a.id = s.account_id \
             WHERE s.acknowledged_at IS NULL ORDER BY s.raised_at DESC",
        )
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|row| {
            Ok(StaffAlert {
                id: row.try_get("public_id")?,
                staff_pseudonym: row.try_get("pseudonym")?,
                staff_name: row.try_get("name")?,
                accesses: u64_of(row, "accesses")?,
                window_start: ts(row, "window_start")?,
                raised_at: ts(row, "raised_at")?,
            })
        })
        .collect()
    }

    async fn acknowledge_staff_alert(&self, id: &str, by: &Account, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        let about: Option<i64> = sqlx::query_scalar(
            "SELECT account_id FROM staff_alerts WHERE public_id = $1 AND acknowledged_at IS NULL",
        )
        .bind(id)
        .fetch_optional(tx.conn())
        .await?;
        let about = about.ok_or(StoreError::NotFound)?;
        may_acknowledge_alert(about, by.id).map_err(refused)?;
        let done = sqlx::query(
            "UPDATE staff_alerts SET acknowledged_at = $1, acknowledged_by = $2 WHERE public_id = $3 AND acknowledged_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(by.id)
        .bind(id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::AlertAcknowledged, Outcome::Success).subject(id.to_owned()),
        )
        .await?;
        tx.commit().await
    }

    async fn productions_to_shred(
        &self,
        now: Timestamp,
        policy: &ProductionPolicy,
    ) -> Result<Vec<ProductionRecord>> {
        let mut conn = self.pool().acquire().await?;
        let mut due = self
            .production_rows(
                &mut conn,
                "p.state = 'delivered' AND p.retain_until <= $1",
                now.unix_millis(),
            )
            .await?;
        // Never delivered (abandoned, or the request was withdrawn): kept no longer
        // after its last activity than a delivery would have been.
        due.extend(
            self.production_rows(
                &mut conn,
                "p.state = 'open' AND p.touched_at <= $1",
                now.minus(policy.retention).unix_millis(),
            )
            .await?,
        );
        Ok(due)
    }

    async fn shred_production(
        &self,
        production: &ProductionRecord,
        policy: &ProductionPolicy,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        // Only if it is still due: delivered or worked on since it was listed, it stays.
        let done = sqlx::query(
            "UPDATE productions SET state = 'shredded', shredded_at = $1 WHERE id = $2 \
             AND ((state = 'delivered' AND retain_until <= $1) OR (state = 'open' AND touched_at <= $3))",
        )
        .bind(ctx.at.unix_millis())
        .bind(production.row_id)
        .bind(ctx.at.minus(policy.retention).unix_millis())
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Ok(());
        }
        // Without its wrapped key a sealed file is noise, wherever copies of it live.
        let keys = sqlx::query(
            "UPDATE production_files SET state = 'shredded', wrapped_key = NULL WHERE production_id = $1",
        )
        .bind(production.row_id)
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ProductionShredded, Outcome::Success)
                .subject(production.id.clone())
                .details(json!({
                    "keys_destroyed": keys.rows_affected(),
                    "delivered": production.delivered_at.is_some(),
                    "retain_until": production.retain_until.map(Timestamp::to_rfc3339),
                })),
        )
        .await?;
        tx.commit().await
    }

    async fn blobs_to_delete(&self) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT public_id FROM production_files WHERE state = 'shredded' AND blob_deleted_at IS NULL ORDER BY id",
        )
        .fetch_all(self.pool())
        .await?)
    }

    async fn blob_deleted(&self, blob_key: &str, at: Timestamp) -> Result<()> {
        sqlx::query("UPDATE production_files SET blob_deleted_at = $1 WHERE public_id = $2")
            .bind(at.unix_millis())
            .bind(blob_key)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
