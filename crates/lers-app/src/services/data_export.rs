//! The `data_export` job: writes the ZIP of everything held about one person (JSON and
//! CSV of each part, the audit entries paged through so a large account is built in
//! constant memory), seals it, and records it. A run cut off anywhere starts again
//! from nothing: its staging files are removed first, a sealed blob is recorded only
//! while the export is still being built (another run's is deleted), so a crash never
//! yields two exports or a half-written one.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use lers_domain::rights::{csv_line, ExportState, EXPORT_LIFETIME};
use lers_store::data_exports::BuiltExport;
use lers_store::tokens::random_id;
use lers_store::{Account, AuditRecord, Ctx};
use serde::Serialize;
use serde_json::json;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::app::App;
use crate::error::AppError;

/// Audit entries read per query while building.
const AUDIT_BATCH: i64 = 500;

/// What the ZIP holds, listed in its README.txt.
const README: &str = "This archive holds everything LERS keeps about you, as of the time it was built.\r\n\
profile.json              your account's details\r\n\
requests.json / .csv      requests you filed (with their content) or were given access to\r\n\
messages.json / .csv      messages on those requests, and any message you wrote\r\n\
sessions.json / .csv      your open sessions (never their secret tokens)\r\n\
api_tokens.json / .csv    your API tokens (names and dates; never the tokens)\r\n\
audit.json / .csv         every audit-log entry naming you, as actor or subject, including sign-ins\r\n";

struct Zip {
    zip: ZipWriter<BufWriter<File>>,
    files: usize,
}

fn io(e: impl std::fmt::Display) -> AppError {
    AppError::internal(format!("writing the export: {e}"))
}

impl Zip {
    fn create(path: &Path) -> Result<Self, AppError> {
        let file = File::create(path).map_err(io)?;
        Ok(Self {
            zip: ZipWriter::new(BufWriter::new(file)),
            files: 0,
        })
    }

    fn start(&mut self, name: &str) -> Result<(), AppError> {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .unix_permissions(0o600);
        self.zip.start_file(name, options).map_err(io)?;
        self.files += 1;
        Ok(())
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), AppError> {
        self.zip.write_all(bytes).map_err(io)
    }

    fn json(&mut self, name: &str, value: &impl Serialize) -> Result<(), AppError> {
        self.start(name)?;
        let text = serde_json::to_vec_pretty(value).map_err(io)?;
        self.write(&text)
    }

    fn csv(&mut self, name: &str, header: &[&str], rows: Vec<Vec<String>>) -> Result<(), AppError> {
        self.start(name)?;
        self.write(csv_line(header).as_bytes())?;
        for row in rows {
            self.write(csv_line(&row).as_bytes())?;
        }
        Ok(())
    }

    /// Closes the archive and makes it durable; returns its length and file count.
    fn finish(self) -> Result<(u64, usize), AppError> {
        let files = self.files;
        let file = self
            .zip
            .finish()
            .map_err(io)?
            .into_inner()
            .map_err(|e| io(e.error()))?;
        file.sync_all().map_err(io)?;
        Ok((file.metadata().map_err(io)?.len(), files))
    }
}

fn time(t: Option<lers_domain::clock::Timestamp>) -> String {
    t.map(|t| t.to_rfc3339()).unwrap_or_default()
}

fn profile(account: &Account) -> serde_json::Value {
    let p = &account.profile;
    json!({
        "pseudonym": account.pseudonym,
        "kind": account.kind.as_str(),
        "email": account.email,
        "name": account.name,
        "agency": p.agency,
        "badge_number": p.badge_number,
        "phone": p.phone,
        "mailing_address": p.mailing_address,
        "country": p.country,
        "subdivision": p.subdivision,
        "roles": account.roles.to_stored(),
        "status": account.status.as_str(),
        "email_verified_at": account.email_verified_at,
        "second_factor_enrolled_at": account.totp_enrolled_at,
        "created_at": account.created_at,
        "last_login_at": account.last_login_at,
    })
}

fn audit_row(r: &AuditRecord) -> Vec<String> {
    vec![
        r.index.to_string(),
        r.at.to_rfc3339(),
        r.actor.clone(),
        r.action.clone(),
        r.subject.clone().unwrap_or_default(),
        r.outcome.clone(),
        r.ip.clone().unwrap_or_default(),
        r.details.to_string(),
    ]
}

impl App {
    /// Runs the `data_export` job of export row `export_id`.
    pub async fn build_data_export(&self, export_id: i64, ctx: &Ctx) -> Result<(), AppError> {
        let Some(export) = self.store.data_export(export_id).await? else {
            return Ok(());
        };
        if export.state != ExportState::Building {
            return Ok(());
        }
        let account = self
            .store
            .account(export.account_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let blob_key = random_id(&export.public_id);
        let plain = self.exports.plain_path(&blob_key)?;
        self.exports.discard_staging(&export.public_id).await;
        let written = self.write_export(&account, &plain).await;
        let (size, files) = match written {
            Ok(done) => done,
            Err(e) => {
                let _ = tokio::fs::remove_file(&plain).await;
                return Err(e);
            }
        };
        let sealed = self
            .exports
            .seal(&plain, &blob_key, &account.pseudonym)
            .await?;
        let built = BuiltExport {
            sealed,
            size,
            files,
            expires_at: ctx.at.plus(EXPORT_LIFETIME),
        };
        if !self
            .store
            .finish_data_export(export.id, &built, ctx)
            .await?
        {
            self.remove_export_blob(&blob_key).await;
        }
        Ok(())
    }

    async fn write_export(&self, account: &Account, path: &Path) -> Result<(u64, usize), AppError> {
        let mut zip = Zip::create(path)?;
        zip.start("README.txt")?;
        zip.write(README.as_bytes())?;
        zip.json("profile.json", &profile(account))?;
        let requests = self.store.held_requests(account).await?;
        zip.json("requests.json", &requests)?;
        zip.csv(
            "requests.csv",
            &[
                "id",
                "reference",
                "kind",
                "status",
                "title",
                "relation",
                "created_at",
                "submitted_at",
            ],
            requests
                .iter()
                .map(|r| {
                    vec![
                        r.id.clone(),
                        r.reference.clone().unwrap_or_default(),
                        r.kind.clone(),
                        r.status.clone(),
                        r.title.clone(),
                        r.relation.clone(),
                        r.created_at.to_rfc3339(),
                        time(r.submitted_at),
                    ]
                })
                .collect(),
        )?;
        let messages = self.store.held_messages(account).await?;
        zip.json("messages.json", &messages)?;
        zip.csv(
            "messages.csv",
            &["request", "reference", "at", "from_you", "body"],
            messages
                .iter()
                .map(|m| {
                    vec![
                        m.request.clone(),
                        m.reference.clone().unwrap_or_default(),
                        m.at.to_rfc3339(),
                        m.from_you.to_string(),
                        m.body.clone(),
                    ]
                })
                .collect(),
        )?;
        let sessions = self.store.held_sessions(account).await?;
        zip.json("sessions.json", &sessions)?;
        zip.csv(
            "sessions.csv",
            &["created_at", "last_seen_at", "second_factor_at", "ip"],
            sessions
                .iter()
                .map(|s| {
                    vec![
                        s.created_at.to_rfc3339(),
                        s.last_seen_at.to_rfc3339(),
                        time(s.second_factor_at),
                        s.ip.clone().unwrap_or_default(),
                    ]
                })
                .collect(),
        )?;
        let tokens = self.store.api_tokens(account).await?;
        let token_rows: Vec<serde_json::Value> = tokens
            .iter()
            .map(|t| {
                json!({
                    "id": t.id, "name": t.name,
                    "scopes": t.scopes.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
                    "created_at": t.created_at, "last_used_at": t.last_used_at,
                    "revoked_at": t.revoked_at, "expires_at": t.expires_at,
                })
            })
            .collect();
        zip.json("api_tokens.json", &token_rows)?;
        zip.csv(
            "api_tokens.csv",
            &[
                "id",
                "name",
                "created_at",
                "last_used_at",
                "revoked_at",
                "expires_at",
            ],
            tokens
                .iter()
                .map(|t| {
                    vec![
                        t.id.clone(),
                        t.name.clone(),
                        t.created_at.to_rfc3339(),
                        time(t.last_used_at),
                        time(t.revoked_at),
                        t.expires_at.to_rfc3339(),
                    ]
                })
                .collect(),
        )?;
        self.write_audit(&mut zip, &account.pseudonym).await?;
        tokio::task::spawn_blocking(move || zip.finish())
            .await
            .map_err(AppError::internal)?
    }

    /// audit.json and audit.csv, read a batch at a time.
    async fn write_audit(&self, zip: &mut Zip, pseudonym: &str) -> Result<(), AppError> {
        zip.start("audit.json")?;
        zip.write(b"[")?;
        let mut offset = 0;
        loop {
            let page = self
                .store
                .audit_naming(pseudonym, false, AUDIT_BATCH, offset)
                .await?;
            for (i, record) in page.items.iter().enumerate() {
                if offset > 0 || i > 0 {
                    zip.write(b",\n")?;
                }
                zip.write(&serde_json::to_vec(record).map_err(io)?)?;
            }
            offset += AUDIT_BATCH;
            if offset >= page.total || page.items.is_empty() {
                break;
            }
        }
        zip.write(b"]\n")?;
        zip.start("audit.csv")?;
        zip.write(
            csv_line(&[
                "index", "at", "actor", "action", "subject", "outcome", "ip", "details",
            ])
            .as_bytes(),
        )?;
        let mut offset = 0;
        loop {
            let page = self
                .store
                .audit_naming(pseudonym, false, AUDIT_BATCH, offset)
                .await?;
            for record in &page.items {
                zip.write(csv_line(&audit_row(record)).as_bytes())?;
            }
            offset += AUDIT_BATCH;
            if offset >= page.total || page.items.is_empty() {
                break;
            }
        }
        Ok(())
    }
}

/// Used by tests and the README to name what an export holds.
pub const EXPORT_FILES: &[&str] = &[
    "README.txt",
    "profile.json",
    "requests.json",
    "requests.csv",
    "messages.json",
    "messages.csv",
    "sessions.json",
    "sessions.csv",
    "api_tokens.json",
    "api_tokens.csv",
    "audit.json",
    "audit.csv",
];
