//! [`Store`] over SQL that SQLite and PostgreSQL both understand (numbered `$N`
//! parameters, `BIGINT` times in Unix milliseconds, `TEXT` everywhere else).

use std::sync::Arc;

use async_trait::async_trait;
use ed25519_dalek::VerifyingKey;
use lers_domain::account::{AccountKind, AccountStatus, RequesterProfile, Role, Roles};
use lers_domain::audit::{AuditAction, AuditEvent, InclusionProofDoc, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::lockout::LockoutPolicy;
use lers_domain::totp::TotpSecret;
use rand::RngCore;
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, AnyPool, Row, Transaction};
use tokio::sync::{Mutex, MutexGuard};

use crate::audit_log::{self, AuditVerification};
use crate::backend::Backend;
use crate::keys::{KeyProvider, KeyRing};
use crate::model::*;
use crate::{Refusal, Result, Store, StoreError};

pub(crate) const ACCOUNT_COLUMNS: &str =
    "a.id, a.pseudonym, a.kind, a.email, a.name, a.agency, a.badge_number, a.phone, \
     a.mailing_address, a.country, a.subdivision, a.matched_domain_rule, a.roles, a.status, \
     a.email_verified_at, a.password_hash, a.totp_enrolled_at, a.totp_last_step, a.created_at, \
     a.last_login_at, a.locked_at, a.mfa_reenroll_required, a.disabled_reason, \
     CAST(CASE WHEN a.matched_domain_rule IS NULL THEN 1 ELSE COALESCE((SELECT g.enabled FROM gov_domains g \
     WHERE g.pattern = a.matched_domain_rule), 0) END AS BIGINT) AS domain_admitted";
const DOMAIN_COLUMNS: &str =
    "id, pattern, domain_type, organization, suborganization, city, state, source, enabled, added_at";
/// Rows per multi-row INSERT when importing the allow-list (stays under SQLite's
/// default limit of 32,766 bound parameters).
const IMPORT_BATCH: usize = 500;

pub struct SqlStore {
    pool: AnyPool,
    backend: Backend,
    keys: KeyRing,
    /// SQLite allows one writer at a time and fails, rather than waits, when two
    /// deferred transactions both try to upgrade to writing. Queueing writers here
    /// avoids that; PostgreSQL needs no such help.
    write_queue: Option<Arc<Mutex<()>>>,
}

/// A write transaction, holding the writer slot where the backend needs one.
pub(crate) struct WriteTx<'a> {
    tx: Transaction<'static, Any>,
    _slot: Option<MutexGuard<'a, ()>>,
}

impl WriteTx<'_> {
    pub(crate) fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }

    pub(crate) async fn commit(self) -> Result<()> {
        self.tx.commit().await?;
        Ok(())
    }
}

impl SqlStore {
    pub(crate) fn new(pool: AnyPool, backend: Backend, keys: KeyRing) -> Self {
        let write_queue = (backend == Backend::Sqlite).then(|| Arc::new(Mutex::new(())));
        Self {
            pool,
            backend,
            keys,
            write_queue,
        }
    }

    /// The pool, for tests that tamper with rows directly.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub(crate) async fn begin(&self) -> Result<WriteTx<'_>> {
        let slot = match &self.write_queue {
            Some(queue) => Some(queue.lock().await),
            None => None,
        };
        let tx = self.pool.begin().await?;
        Ok(WriteTx { tx, _slot: slot })
    }

    pub(crate) async fn audit(&self, tx: &mut WriteTx<'_>, event: AuditEvent) -> Result<()> {
        self.audit_indexed(tx, event).await?;
        Ok(())
    }

    /// Appends `event` and returns its index in the log (for proofs about it).
    pub(crate) async fn audit_indexed(
        &self,
        tx: &mut WriteTx<'_>,
        event: AuditEvent,
    ) -> Result<u64> {
        audit_log::append(tx.conn(), &self.keys.audit_signing, &event).await
    }

    /// Re-wraps the per-file data keys in `table` (sealed under the context
    /// `{context}/{public_id}`) with the current master key; the files themselves are
    /// untouched. Returns how many keys changed.
    async fn rewrap_file_keys(
        &self,
        tx: &mut WriteTx<'_>,
        table: &str,
        context: &str,
    ) -> Result<u64> {
        let sealer = &self.keys.sealer;
        let current = sealer.current_version();
        let rows = sqlx::query(&format!(
            "SELECT id, public_id, wrapped_key FROM {table} WHERE wrapped_key IS NOT NULL"
        ))
        .fetch_all(tx.conn())
        .await?;
        let mut changed = 0;
        for row in &rows {
            let wrapped: String = row.try_get("wrapped_key")?;
            if crate::keys::SecretSealer::version_of(&wrapped) == Some(current) {
                continue;
            }
            let public_id: String = row.try_get("public_id")?;
            let context = format!("{context}/{public_id}");
            let rewrapped = sealer.seal(&sealer.open(&wrapped, &context)?, &context)?;
            // Only if unchanged meanwhile: a key destroyed (crypto-shredded) since the
            // read must stay destroyed.
            let done = sqlx::query(&format!(
                "UPDATE {table} SET wrapped_key = $1, key_version = $2 WHERE id = $3 AND wrapped_key = $4"
            ))
            .bind(rewrapped)
            .bind(i64::from(current))
            .bind(row.try_get::<i64, _>("id")?)
            .bind(&wrapped)
            .execute(tx.conn())
            .await?;
            changed += done.rows_affected();
        }
        Ok(changed)
    }

    pub(crate) async fn account_where(
        &self,
        conn: &mut AnyConnection,
        clause: &str,
        value: &str,
    ) -> Result<Option<Account>> {
        let row = sqlx::query(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts a WHERE {clause}"
        ))
        .bind(value)
        .fetch_optional(conn)
        .await?;
        row.as_ref().map(account_from_row).transpose()
    }

    pub(crate) async fn account_by_id_in(
        &self,
        conn: &mut AnyConnection,
        id: i64,
    ) -> Result<Account> {
        let row = sqlx::query(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = $1"
        ))
        .bind(id)
        .fetch_optional(conn)
        .await?;
        row.as_ref()
            .map(account_from_row)
            .transpose()?
            .ok_or(StoreError::NotFound)
    }

    async fn insert_token(
        &self,
        conn: &mut AnyConnection,
        token: &NewToken,
        purpose: TokenPurpose,
        account_id: Option<i64>,
        at: Timestamp,
    ) -> Result<()> {
        self.insert_link(conn, token, purpose, account_id, at, None, None)
            .await
    }

    /// Stores a link; a verification link carries the profile of its sign-up (JSON),
    /// an email-change link the new address.
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn insert_link(
        &self,
        conn: &mut AnyConnection,
        token: &NewToken,
        purpose: TokenPurpose,
        account_id: Option<i64>,
        at: Timestamp,
        profile: Option<String>,
        new_email: Option<&str>,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO one_time_tokens (token_hash, purpose, account_id, created_at, expires_at, profile, new_email) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&token.token_hash)
        .bind(purpose.as_str())
        .bind(account_id)
        .bind(at.unix_millis())
        .bind(token.expires_at.unix_millis())
        .bind(profile)
        .bind(new_email)
        .execute(conn)
        .await?;
        Ok(())
    }

    /// Marks a link used if it is still good; the `used_at IS NULL` guard makes two
    /// concurrent redemptions of one link impossible, and `revoked_at IS NULL` one
    /// racing its revocation.
    pub(crate) async fn redeem_token(
        &self,
        conn: &mut AnyConnection,
        token_hash: &str,
        allowed: &[TokenPurpose],
        at: Timestamp,
    ) -> Result<Option<i64>> {
        let row = sqlx::query("SELECT purpose, account_id, expires_at, used_at, revoked_at FROM one_time_tokens WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::TokenUnknown)?;
        let purpose: String = row.try_get("purpose")?;
        if !TokenPurpose::parse(&purpose).is_some_and(|p| allowed.contains(&p)) {
            return Err(StoreError::TokenUnknown);
        }
        if row.try_get::<Option<i64>, _>("used_at")?.is_some() {
            return Err(StoreError::TokenUsed);
        }
        if row.try_get::<Option<i64>, _>("revoked_at")?.is_some() {
            return Err(StoreError::TokenRevoked);
        }
        if row.try_get::<i64, _>("expires_at")? <= at.unix_millis() {
            return Err(StoreError::TokenExpired);
        }
        let done = sqlx::query(
            "UPDATE one_time_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND revoked_at IS NULL",
        )
        .bind(at.unix_millis())
        .bind(token_hash)
        .execute(&mut *conn)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::TokenUsed);
        }
        Ok(row.try_get("account_id")?)
    }

    pub(crate) async fn insert_session(
        &self,
        conn: &mut AnyConnection,
        account_id: i64,
        session: &NewSession,
        mfa_at: Option<Timestamp>,
        ctx: &Ctx,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, mfa_at, csrf_token, ip) VALUES ($1, $2, $3, $3, $4, $5, $6)",
        )
        .bind(&session.token_hash)
        .bind(account_id)
        .bind(ctx.at.unix_millis())
        .bind(mfa_at.map(Timestamp::unix_millis))
        .bind(&session.csrf_token)
        .bind(&ctx.ip)
        .execute(conn)
        .await?;
        Ok(())
    }

    pub(crate) async fn end_all_sessions(
        &self,
        conn: &mut AnyConnection,
        account_id: i64,
    ) -> Result<u64> {
        let done = sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(account_id)
            .execute(conn)
            .await?;
        Ok(done.rows_affected())
    }

    async fn insert_account(
        &self,
        conn: &mut AnyConnection,
        new: NewAccount<'_>,
        at: Timestamp,
    ) -> Result<Account> {
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE email = $1")
            .bind(new.email)
            .fetch_one(&mut *conn)
            .await?;
        if taken > 0 {
            return Err(Refusal::AccountExists {
                email: new.email.to_string(),
            }
            .into());
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO accounts (pseudonym, kind, email, name, agency, badge_number, phone, mailing_address, country, \
             subdivision, matched_domain_rule, roles, status, email_verified_at, password_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'active', $13, $14, $15) RETURNING id",
        )
        .bind(new_pseudonym())
        .bind(new.kind.as_str())
        .bind(new.email)
        .bind(new.name)
        .bind(&new.profile.agency)
        .bind(&new.profile.badge_number)
        .bind(&new.profile.phone)
        .bind(&new.profile.mailing_address)
        .bind(&new.profile.country)
        .bind(&new.profile.subdivision)
        .bind(new.matched_rule)
        .bind(new.roles.to_stored())
        .bind(new.email_verified_at.map(Timestamp::unix_millis))
        .bind(new.password_hash)
        .bind(at.unix_millis())
        .fetch_one(&mut *conn)
        .await?;
        self.account_by_id_in(conn, id).await
    }

    async fn domain_by_id(&self, conn: &mut AnyConnection, id: i64) -> Result<DomainEntry> {
        let row = sqlx::query(&format!(
            "SELECT {DOMAIN_COLUMNS} FROM gov_domains WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
        domain_from_row(&row)
    }

    async fn sealed_totp(&self, account: &Account, column: &str) -> Result<Option<TotpSecret>> {
        let sealed: Option<String> =
            sqlx::query_scalar(&format!("SELECT {column} FROM accounts WHERE id = $1"))
                .bind(account.id)
                .fetch_optional(&self.pool)
                .await?
                .flatten();
        sealed
            .map(|sealed| {
                let bytes = self.keys.sealer.open(&sealed, &totp_context(account))?;
                TotpSecret::from_bytes(bytes).map_err(|e| StoreError::Corrupt(e.to_string()))
            })
            .transpose()
    }
}

struct NewAccount<'a> {
    kind: AccountKind,
    email: &'a str,
    name: &'a str,
    profile: &'a RequesterProfile,
    matched_rule: Option<&'a str>,
    roles: &'a Roles,
    email_verified_at: Option<Timestamp>,
    password_hash: Option<&'a str>,
}

/// Sealed secrets are bound to their account and purpose.
fn totp_context(account: &Account) -> String {
    format!("{}/totp", account.pseudonym)
}

/// Audit records name people by this random id, never by name or email.
fn new_pseudonym() -> String {
    let mut bytes = [0u8; 10];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!("acct_{}", hex::encode(bytes))
}

pub(crate) fn ts(row: &AnyRow, column: &str) -> Result<Timestamp> {
    Ok(Timestamp::from_unix_millis(row.try_get(column)?))
}

pub(crate) fn opt_ts(row: &AnyRow, column: &str) -> Result<Option<Timestamp>> {
    Ok(row
        .try_get::<Option<i64>, _>(column)?
        .map(Timestamp::from_unix_millis))
}

fn corrupt(what: &str) -> impl Fn(lers_domain::account::UnknownValue) -> StoreError + '_ {
    move |e| StoreError::Corrupt(format!("{what}: {e}"))
}

pub(crate) fn account_from_row(row: &AnyRow) -> Result<Account> {
    let kind: String = row.try_get("kind")?;
    let status: String = row.try_get("status")?;
    let roles: String = row.try_get("roles")?;
    let name: String = row.try_get("name")?;
    Ok(Account {
        id: row.try_get("id")?,
        pseudonym: row.try_get("pseudonym")?,
        kind: kind.parse().map_err(corrupt("account kind"))?,
        email: row.try_get("email")?,
        profile: RequesterProfile {
            name: name.clone(),
            agency: row.try_get("agency")?,
            badge_number: row.try_get("badge_number")?,
            phone: row.try_get("phone")?,
            mailing_address: row.try_get("mailing_address")?,
            country: row.try_get("country")?,
            subdivision: row.try_get("subdivision")?,
        },
        name,
        matched_domain_rule: row.try_get("matched_domain_rule")?,
        roles: Roles::parse_stored(&roles).map_err(corrupt("roles"))?,
        status: status.parse().map_err(corrupt("account status"))?,
        email_verified_at: opt_ts(row, "email_verified_at")?,
        password_hash: row.try_get("password_hash")?,
        totp_enrolled_at: opt_ts(row, "totp_enrolled_at")?,
        totp_last_step: row.try_get("totp_last_step")?,
        created_at: ts(row, "created_at")?,
        last_login_at: opt_ts(row, "last_login_at")?,
        locked_at: opt_ts(row, "locked_at")?,
        mfa_reenroll_required: row.try_get::<i64, _>("mfa_reenroll_required")? != 0,
        domain_admitted: row.try_get::<i64, _>("domain_admitted")? != 0,
        disabled_reason: row.try_get("disabled_reason")?,
    })
}

fn domain_from_row(row: &AnyRow) -> Result<DomainEntry> {
    Ok(DomainEntry {
        id: row.try_get("id")?,
        pattern: row.try_get("pattern")?,
        domain_type: row.try_get("domain_type")?,
        organization: row.try_get("organization")?,
        suborganization: row.try_get("suborganization")?,
        city: row.try_get("city")?,
        state: row.try_get("state")?,
        source: row.try_get("source")?,
        enabled: row.try_get::<i64, _>("enabled")? != 0,
        added_at: ts(row, "added_at")?,
    })
}

fn audit_record_from_row(row: &AnyRow) -> Result<AuditRecord> {
    let details: String = row.try_get("details")?;
    Ok(AuditRecord {
        index: u64::try_from(row.try_get::<i64, _>("idx")?).unwrap_or(0),
        at: ts(row, "at")?,
        actor: row.try_get("actor")?,
        action: row.try_get("action")?,
        subject: row.try_get("subject")?,
        ip: row.try_get("ip")?,
        outcome: row.try_get("outcome")?,
        details: serde_json::from_str(&details).unwrap_or(serde_json::Value::String(details)),
    })
}

pub(crate) fn event(ctx: &Ctx, action: AuditAction, outcome: Outcome) -> AuditEvent {
    AuditEvent::new(ctx.at, ctx.actor.clone(), action, outcome).from_ip(ctx.ip.clone())
}

/// `$first, $first+1, …` for `count` parameters.
pub(crate) fn placeholders(first: usize, count: usize) -> String {
    (first..first + count)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A LIKE pattern that matches `text` literally anywhere.
pub(crate) fn contains_pattern(text: &str) -> String {
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

#[async_trait]
impl Store for SqlStore {
    fn backend(&self) -> Backend {
        self.backend
    }

    fn audit_public_key(&self) -> VerifyingKey {
        self.keys.audit_signing.verifying_key()
    }

    async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn admin_exists(&self) -> Result<bool> {
        let roles: Vec<String> = sqlx::query_scalar(
            "SELECT roles FROM accounts WHERE kind = 'staff' AND roles LIKE '%admin%'",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(roles
            .iter()
            .any(|r| Roles::parse_stored(r).is_ok_and(|roles| roles.contains(Role::Admin))))
    }

    async fn issue_setup_token(&self, token: NewToken, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE one_time_tokens SET used_at = $1 WHERE purpose = $2 AND used_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(TokenPurpose::FirstAdmin.as_str())
        .execute(tx.conn())
        .await?;
        self.insert_token(tx.conn(), &token, TokenPurpose::FirstAdmin, None, ctx.at)
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::SystemSetupLinkIssued, Outcome::Success),
        )
        .await?;
        tx.commit().await
    }

    async fn complete_admin_setup(
        &self,
        token_hash: &str,
        name: &str,
        email: &str,
        password_hash: &str,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<Account> {
        let mut tx = self.begin().await?;
        self.redeem_token(tx.conn(), token_hash, &[TokenPurpose::FirstAdmin], ctx.at)
            .await?;
        let roles: Roles = [Role::Admin].into_iter().collect();
        let account = self
            .insert_account(
                tx.conn(),
                NewAccount {
                    kind: AccountKind::Staff,
                    email,
                    name,
                    profile: &RequesterProfile::default(),
                    matched_rule: None,
                    roles: &roles,
                    email_verified_at: Some(ctx.at),
                    password_hash: Some(password_hash),
                },
                ctx.at,
            )
            .await?;
        self.insert_session(tx.conn(), account.id, &session, None, ctx)
            .await?;
        let ctx = ctx.acting_as(&account);
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::AdminSetUp, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"roles": roles.to_stored()})),
        )
        .await?;
        tx.commit().await?;
        Ok(account)
    }

    async fn enabled_domain_rules(&self, patterns: &[String]) -> Result<Vec<DomainEntry>> {
        if patterns.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {DOMAIN_COLUMNS} FROM gov_domains WHERE enabled = 1 AND pattern IN ({})",
            placeholders(1, patterns.len())
        );
        let mut query = sqlx::query(&sql);
        for pattern in patterns {
            query = query.bind(pattern);
        }
        query
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(domain_from_row)
            .collect()
    }

    async fn import_domains(
        &self,
        entries: &[NewDomainEntry],
        source: &str,
        ctx: &Ctx,
    ) -> Result<ImportReport> {
        let mut tx = self.begin().await?;
        let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM gov_domains")
            .fetch_one(tx.conn())
            .await?;
        for batch in entries.chunks(IMPORT_BATCH) {
            let rows = (0..batch.len())
                .map(|i| format!("({})", placeholders(i * 9 + 1, 9)))
                .collect::<Vec<_>>()
                .join(", ");
            // Re-importing refreshes the descriptive columns but leaves `enabled` as an
            // admin set it: a disabled domain stays disabled.
            let sql = format!(
                "INSERT INTO gov_domains (pattern, domain_type, organization, suborganization, city, state, source, enabled, added_at) \
                 VALUES {rows} ON CONFLICT (pattern) DO UPDATE SET domain_type = excluded.domain_type, \
                 organization = excluded.organization, suborganization = excluded.suborganization, \
                 city = excluded.city, state = excluded.state, source = excluded.source"
            );
            let mut query = sqlx::query(&sql);
            for entry in batch {
                query = query
                    .bind(&entry.pattern)
                    .bind(&entry.domain_type)
                    .bind(&entry.organization)
                    .bind(&entry.suborganization)
                    .bind(&entry.city)
                    .bind(&entry.state)
                    .bind(source)
                    .bind(1_i64)
                    .bind(ctx.at.unix_millis());
            }
            query.execute(tx.conn()).await?;
        }
        let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM gov_domains")
            .fetch_one(tx.conn())
            .await?;
        let added = u64::try_from(after - before).unwrap_or(0);
        let report = ImportReport {
            added,
            updated: (entries.len() as u64).saturating_sub(added),
        };
        self.audit(
            &mut tx,
            event(ctx, AuditAction::DomainsImported, Outcome::Success)
                .subject(source.to_owned())
                .details(json!({"rows": entries.len(), "added": report.added, "updated": report.updated})),
        )
        .await?;
        tx.commit().await?;
        Ok(report)
    }

    async fn add_domain(&self, entry: NewDomainEntry, ctx: &Ctx) -> Result<DomainEntry> {
        let mut tx = self.begin().await?;
        let exists: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM gov_domains WHERE pattern = $1")
            .bind(&entry.pattern)
            .fetch_one(tx.conn())
            .await?;
        if exists > 0 {
            return Err(Refusal::DomainListed {
                pattern: entry.pattern,
            }
            .into());
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO gov_domains (pattern, domain_type, organization, suborganization, city, state, source, enabled, added_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'admin', 1, $7) RETURNING id",
        )
        .bind(&entry.pattern)
        .bind(&entry.domain_type)
        .bind(&entry.organization)
        .bind(&entry.suborganization)
        .bind(&entry.city)
        .bind(&entry.state)
        .bind(ctx.at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::DomainAdded, Outcome::Success).subject(entry.pattern.clone()),
        )
        .await?;
        let added = self.domain_by_id(tx.conn(), id).await?;
        tx.commit().await?;
        Ok(added)
    }

    async fn set_domain_enabled(&self, id: i64, enabled: bool, ctx: &Ctx) -> Result<DomainEntry> {
        let mut tx = self.begin().await?;
        let entry = self.domain_by_id(tx.conn(), id).await?;
        // A decision about this entry alone: switching its source on again must not
        // undo it.
        sqlx::query("UPDATE gov_domains SET enabled = $1, disabled_with_source = 0 WHERE id = $2")
            .bind(i64::from(enabled))
            .bind(id)
            .execute(tx.conn())
            .await?;
        let action = if enabled {
            AuditAction::DomainEnabled
        } else {
            AuditAction::DomainDisabled
        };
        // The accounts this entry admitted: their logins, sessions and API tokens
        // stop (or work again) with it.
        let affected: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE matched_domain_rule = $1")
                .bind(&entry.pattern)
                .fetch_one(tx.conn())
                .await?;
        self.audit(
            &mut tx,
            event(ctx, action, Outcome::Success)
                .subject(entry.pattern.clone())
                .details(json!({"accounts_affected": affected})),
        )
        .await?;
        let updated = self.domain_by_id(tx.conn(), id).await?;
        tx.commit().await?;
        Ok(updated)
    }

    async fn list_domains(&self, query: &DomainQuery) -> Result<Page<DomainEntry>> {
        let search = contains_pattern(query.search.as_deref().unwrap_or(""));
        let filter =
            "WHERE LOWER(pattern) LIKE $1 ESCAPE '\\' OR LOWER(organization) LIKE $1 ESCAPE '\\' \
                      OR LOWER(city) LIKE $1 ESCAPE '\\'";
        let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM gov_domains {filter}"))
            .bind(&search)
            .fetch_one(&self.pool)
            .await?;
        let rows = sqlx::query(&format!(
            "SELECT {DOMAIN_COLUMNS} FROM gov_domains {filter} ORDER BY pattern LIMIT $2 OFFSET $3"
        ))
        .bind(&search)
        .bind(query.limit)
        .bind(query.offset)
        .fetch_all(&self.pool)
        .await?;
        Ok(Page {
            items: rows.iter().map(domain_from_row).collect::<Result<_>>()?,
            total,
        })
    }

    async fn sign_up_requester(
        &self,
        email: &str,
        profile: &RequesterProfile,
        matched_rule: &str,
        verification: NewToken,
        ctx: &Ctx,
    ) -> Result<SignUpOutcome> {
        let mut tx = self.begin().await?;
        if let Some(existing) = self.account_where(tx.conn(), "a.email = $1", email).await? {
            // Someone who signed up but never got (or lost) the email gets a new link,
            // carrying the details given this time; earlier links die, so only the
            // newest sign-up's details can ever reach the account. Anyone else gets
            // nothing new.
            let reissue =
                existing.kind == AccountKind::Requester && existing.email_verified_at.is_none();
            let mut revoked = 0;
            if reissue {
                revoked = crate::accounts::revoke_links(
                    tx.conn(),
                    existing.id,
                    &[TokenPurpose::VerifyEmail],
                    ctx.at,
                )
                .await?;
                self.insert_link(
                    tx.conn(),
                    &verification,
                    TokenPurpose::VerifyEmail,
                    Some(existing.id),
                    ctx.at,
                    Some(crate::accounts::profile_json(profile)?),
                    None,
                )
                .await?;
            }
            self.audit(
                &mut tx,
                event(ctx, AuditAction::SignUpRefused, Outcome::Denied)
                    .subject(existing.pseudonym.clone())
                    .details(
                        json!({"reason": "already_registered", "verification_reissued": reissue, "links_revoked": revoked}),
                    ),
            )
            .await?;
            tx.commit().await?;
            return Ok(SignUpOutcome::AlreadyRegistered {
                account: existing,
                verification_reissued: reissue,
            });
        }
        // An unverified account holds no details anyone could trust: the profile
        // travels with the verification link and reaches the account only when that
        // link is redeemed.
        let account = self
            .insert_account(
                tx.conn(),
                NewAccount {
                    kind: AccountKind::Requester,
                    email,
                    name: "",
                    profile: &RequesterProfile::default(),
                    matched_rule: Some(matched_rule),
                    roles: &Roles::none(),
                    email_verified_at: None,
                    password_hash: None,
                },
                ctx.at,
            )
            .await?;
        self.insert_link(
            tx.conn(),
            &verification,
            TokenPurpose::VerifyEmail,
            Some(account.id),
            ctx.at,
            Some(crate::accounts::profile_json(profile)?),
            None,
        )
        .await?;
        let ctx = ctx.acting_as(&account);
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::RequesterSignedUp, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"domain_rule": matched_rule, "country": profile.country})),
        )
        .await?;
        tx.commit().await?;
        Ok(SignUpOutcome::Created(account))
    }

    async fn one_time_token(&self, token_hash: &str) -> Result<Option<OneTimeToken>> {
        let Some(row) = sqlx::query("SELECT purpose, account_id, expires_at, used_at, revoked_at, new_email FROM one_time_tokens WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let purpose: String = row.try_get("purpose")?;
        let purpose = TokenPurpose::parse(&purpose)
            .ok_or_else(|| StoreError::Corrupt(format!("token purpose {purpose}")))?;
        let account = match row.try_get::<Option<i64>, _>("account_id")? {
            Some(id) => self.account(id).await?,
            None => None,
        };
        Ok(Some(OneTimeToken {
            purpose,
            account,
            expires_at: ts(&row, "expires_at")?,
            used_at: opt_ts(&row, "used_at")?,
            revoked_at: opt_ts(&row, "revoked_at")?,
            new_email: row.try_get("new_email")?,
        }))
    }

    async fn redeem_link_with_password(
        &self,
        token_hash: &str,
        password_hash: &str,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<Account> {
        let mut tx = self.begin().await?;
        let account_id = self
            .redeem_token(
                tx.conn(),
                token_hash,
                &[TokenPurpose::VerifyEmail, TokenPurpose::StaffInvite],
                ctx.at,
            )
            .await?
            .ok_or_else(|| StoreError::Corrupt("link without an account".into()))?;
        let account = self.account_by_id_in(tx.conn(), account_id).await?;
        if account.status != AccountStatus::Active {
            return Err(Refusal::AccountNotActive.into());
        }
        // A verification or invitation link never sets the password of an account
        // whose address is already verified (an old mail must not take over an
        // officer's account): the guard holds under races too.
        let done = sqlx::query("UPDATE accounts SET email_verified_at = $1, password_hash = $2 WHERE id = $3 AND email_verified_at IS NULL")
            .bind(ctx.at.unix_millis())
            .bind(password_hash)
            .bind(account_id)
            .execute(tx.conn())
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::TokenRevoked);
        }
        // The details given with the sign-up whose link this is become the account's.
        let profile_written =
            crate::accounts::apply_link_profile(tx.conn(), token_hash, account_id).await?;
        // Verified: every other link this account ever had is dead.
        let revoked = crate::accounts::revoke_links(tx.conn(), account_id, &[], ctx.at).await?;
        self.insert_session(tx.conn(), account_id, &session, None, ctx)
            .await?;
        let ctx = ctx.acting_as(&account);
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::EmailVerified, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"profile_from_link": profile_written, "links_revoked": revoked})),
        )
        .await?;
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::PasswordSet, Outcome::Success)
                .subject(account.pseudonym.clone()),
        )
        .await?;
        let account = self.account_by_id_in(tx.conn(), account_id).await?;
        tx.commit().await?;
        Ok(account)
    }

    async fn pending_totp(&self, account: &Account) -> Result<Option<TotpSecret>> {
        self.sealed_totp(account, "totp_pending_sealed").await
    }

    async fn set_pending_totp(&self, account: &Account, secret: &TotpSecret) -> Result<()> {
        let sealed = self
            .keys
            .sealer
            .seal(secret.as_bytes(), &totp_context(account))?;
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE accounts SET totp_pending_sealed = $1 WHERE id = $2 AND (totp_enrolled_at IS NULL OR mfa_reenroll_required = 1)")
            .bind(sealed)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        tx.commit().await
    }

    async fn totp_secret(&self, account: &Account) -> Result<Option<TotpSecret>> {
        self.sealed_totp(account, "totp_secret_sealed").await
    }

    async fn complete_totp_enrollment(
        &self,
        account: &Account,
        step: i64,
        session_hash: &str,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE accounts SET totp_secret_sealed = totp_pending_sealed, totp_pending_sealed = NULL, \
             totp_enrolled_at = $1, totp_last_step = $2 WHERE id = $3 AND totp_enrolled_at IS NULL AND totp_pending_sealed IS NOT NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(step)
        .bind(account.id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(Refusal::TotpAlreadyEnrolled.into());
        }
        sqlx::query("UPDATE sessions SET mfa_at = $1 WHERE token_hash = $2 AND account_id = $3")
            .bind(ctx.at.unix_millis())
            .bind(session_hash)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::MfaEnrolled, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"method": "totp"})),
        )
        .await?;
        tx.commit().await
    }

    async fn account_by_email(&self, email: &str) -> Result<Option<Account>> {
        let mut conn = self.pool.acquire().await?;
        self.account_where(&mut conn, "a.email = $1", email).await
    }

    async fn account_by_pseudonym(&self, pseudonym: &str) -> Result<Option<Account>> {
        let mut conn = self.pool.acquire().await?;
        self.account_where(&mut conn, "a.pseudonym = $1", pseudonym)
            .await
    }

    async fn account(&self, id: i64) -> Result<Option<Account>> {
        let mut conn = self.pool.acquire().await?;
        match self.account_by_id_in(&mut conn, id).await {
            Ok(account) => Ok(Some(account)),
            Err(StoreError::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn ip_failures_since(&self, ip: &str, since: Timestamp) -> Result<Vec<Timestamp>> {
        let times: Vec<i64> =
            sqlx::query_scalar("SELECT at FROM login_failures WHERE ip = $1 AND at > $2")
                .bind(ip)
                .bind(since.unix_millis())
                .fetch_all(&self.pool)
                .await?;
        Ok(times.into_iter().map(Timestamp::from_unix_millis).collect())
    }

    async fn record_login_failure(
        &self,
        account: Option<&Account>,
        reason: &str,
        policy: &LockoutPolicy,
        ctx: &Ctx,
    ) -> Result<LoginFailureOutcome> {
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO login_failures (account_id, ip, at) VALUES ($1, $2, $3)")
            .bind(account.map(|a| a.id))
            .bind(ctx.ip.as_deref().unwrap_or("unknown"))
            .bind(ctx.at.unix_millis())
            .execute(tx.conn())
            .await?;
        let mut failed = event(ctx, AuditAction::LoginFailed, Outcome::Failure)
            .details(json!({"reason": reason}));
        if let Some(account) = account {
            failed = failed.subject(account.pseudonym.clone());
        }
        self.audit(&mut tx, failed).await?;
        let mut locked_now = false;
        if let Some(account) = account.filter(|a| a.status == AccountStatus::Active) {
            let times: Vec<i64> = sqlx::query_scalar(
                "SELECT at FROM login_failures WHERE account_id = $1 AND at > $2",
            )
            .bind(account.id)
            .bind(policy.window_start(ctx.at).unix_millis())
            .fetch_all(tx.conn())
            .await?;
            let times: Vec<Timestamp> =
                times.into_iter().map(Timestamp::from_unix_millis).collect();
            if policy.should_lock(&times, ctx.at) {
                sqlx::query("UPDATE accounts SET status = 'locked', locked_at = $1 WHERE id = $2")
                    .bind(ctx.at.unix_millis())
                    .bind(account.id)
                    .execute(tx.conn())
                    .await?;
                let ended = self.end_all_sessions(tx.conn(), account.id).await?;
                let system = Ctx {
                    actor: lers_domain::audit::ACTOR_SYSTEM.into(),
                    ..ctx.clone()
                };
                self.audit(
                    &mut tx,
                    event(&system, AuditAction::AccountLocked, Outcome::Success)
                        .subject(account.pseudonym.clone())
                        .details(json!({"reason": "too_many_failed_logons", "failures": times.len(), "sessions_ended": ended})),
                )
                .await?;
                locked_now = true;
            }
        }
        tx.commit().await?;
        Ok(LoginFailureOutcome { locked_now })
    }

    async fn reserve_login_attempt(&self, ip: &str, at: Timestamp) -> Result<i64> {
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO login_failures (account_id, ip, at) VALUES (NULL, $1, $2) RETURNING id",
        )
        .bind(ip)
        .bind(at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn release_login_attempt(&self, reservation: i64) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM login_failures WHERE id = $1")
            .bind(reservation)
            .execute(tx.conn())
            .await?;
        tx.commit().await
    }

    async fn record_login_throttled(&self, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::LoginThrottled, Outcome::Denied),
        )
        .await?;
        tx.commit().await
    }

    async fn record_login_success(
        &self,
        account: &Account,
        totp_step: Option<i64>,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        if let Some(step) = totp_step {
            // The guard makes a code single-use even when two logons race with it.
            let done = sqlx::query(
                "UPDATE accounts SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
            )
            .bind(step)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
            if done.rows_affected() != 1 {
                return Err(StoreError::TotpReused);
            }
        }
        sqlx::query("UPDATE accounts SET last_login_at = $1 WHERE id = $2")
            .bind(ctx.at.unix_millis())
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        sqlx::query("DELETE FROM login_failures WHERE account_id = $1")
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        let mfa_at = totp_step.map(|_| ctx.at);
        self.insert_session(tx.conn(), account.id, &session, mfa_at, ctx)
            .await?;
        let ctx = ctx.acting_as(account);
        let stage = if totp_step.is_some() {
            "complete"
        } else {
            "mfa_enrollment_pending"
        };
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::LoginSucceeded, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"stage": stage})),
        )
        .await?;
        tx.commit().await
    }

    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>> {
        let Some(row) = sqlx::query("SELECT account_id, created_at, last_seen_at, mfa_at, csrf_token FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let Some(account) = self.account(row.try_get("account_id")?).await? else {
            return Ok(None);
        };
        Ok(Some(SessionRecord {
            token_hash: token_hash.to_owned(),
            account,
            created_at: ts(&row, "created_at")?,
            last_seen_at: ts(&row, "last_seen_at")?,
            mfa_at: opt_ts(&row, "mfa_at")?,
            csrf_token: row.try_get("csrf_token")?,
        }))
    }

    async fn touch_session(&self, token_hash: &str, at: Timestamp) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2 AND last_seen_at < $1",
        )
        .bind(at.unix_millis())
        .bind(token_hash)
        .execute(tx.conn())
        .await?;
        tx.commit().await
    }

    async fn end_session(&self, token_hash: &str, logout: Option<&Ctx>) -> Result<()> {
        let mut tx = self.begin().await?;
        let account_id: Option<i64> =
            sqlx::query_scalar("SELECT account_id FROM sessions WHERE token_hash = $1")
                .bind(token_hash)
                .fetch_optional(tx.conn())
                .await?;
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(tx.conn())
            .await?;
        if let (Some(ctx), Some(_)) = (logout, account_id) {
            self.audit(
                &mut tx,
                event(ctx, AuditAction::LoggedOut, Outcome::Success).subject(ctx.actor.clone()),
            )
            .await?;
        }
        tx.commit().await
    }

    async fn list_accounts(&self, query: &AccountQuery) -> Result<Page<Account>> {
        let search = contains_pattern(query.search.as_deref().unwrap_or(""));
        let kind = query.kind.map(AccountKind::as_str).unwrap_or("%");
        let filter = "WHERE a.kind LIKE $1 AND (LOWER(a.email) LIKE $2 ESCAPE '\\' OR LOWER(a.name) LIKE $2 ESCAPE '\\' \
                      OR LOWER(a.agency) LIKE $2 ESCAPE '\\' OR a.pseudonym LIKE $2 ESCAPE '\\')";
        let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM accounts a {filter}"))
            .bind(kind)
            .bind(&search)
            .fetch_one(&self.pool)
            .await?;
        let rows = sqlx::query(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts a {filter} ORDER BY a.created_at DESC, a.id DESC LIMIT $3 OFFSET $4"
        ))
        .bind(kind)
        .bind(&search)
        .bind(query.limit)
        .bind(query.offset)
        .fetch_all(&self.pool)
        .await?;
        Ok(Page {
            items: rows.iter().map(account_from_row).collect::<Result<_>>()?,
            total,
        })
    }

    async fn create_staff(
        &self,
        email: &str,
        name: &str,
        roles: &Roles,
        invitation: NewToken,
        ctx: &Ctx,
    ) -> Result<Account> {
        let mut tx = self.begin().await?;
        // An invitation grants its roles: admin and approver need four eyes (or the
        // sole-admin bootstrap), like any other grant.
        let plan = self
            .check_direct_role_change(tx.conn(), 0, &Roles::none(), roles, ctx)
            .await?;
        let account = self
            .insert_account(
                tx.conn(),
                NewAccount {
                    kind: AccountKind::Staff,
                    email,
                    name,
                    profile: &RequesterProfile::default(),
                    matched_rule: None,
                    roles,
                    email_verified_at: None,
                    password_hash: None,
                },
                ctx.at,
            )
            .await?;
        self.insert_token(
            tx.conn(),
            &invitation,
            TokenPurpose::StaffInvite,
            Some(account.id),
            ctx.at,
        )
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::StaffCreated, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"roles": roles.to_stored(),
                    "sole_admin_bootstrap": plan == lers_domain::powers::RoleChange::SoleAdminBootstrap})),
        )
        .await?;
        tx.commit().await?;
        Ok(account)
    }

    async fn set_roles(&self, account_id: i64, roles: &Roles, ctx: &Ctx) -> Result<Account> {
        let mut tx = self.begin().await?;
        let account = self.account_by_id_in(tx.conn(), account_id).await?;
        if account.kind != AccountKind::Staff {
            return Err(Refusal::RolesForStaffOnly.into());
        }
        // Nobody changes their own roles; admin and approver need four eyes.
        let plan = self
            .check_direct_role_change(tx.conn(), account.id, &account.roles, roles, ctx)
            .await?;
        if account.roles.contains(Role::Admin) && !roles.contains(Role::Admin) {
            let admins: Vec<String> = sqlx::query_scalar("SELECT roles FROM accounts WHERE kind = 'staff' AND status = 'active' AND id <> $1")
                .bind(account_id)
                .fetch_all(tx.conn())
                .await?;
            let other_admin = admins
                .iter()
                .any(|r| Roles::parse_stored(r).is_ok_and(|roles| roles.contains(Role::Admin)));
            if !other_admin {
                return Err(Refusal::LastAdmin.into());
            }
        }
        sqlx::query("UPDATE accounts SET roles = $1 WHERE id = $2")
            .bind(roles.to_stored())
            .bind(account_id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RolesChanged, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"from": account.roles.to_stored(), "to": roles.to_stored(),
                    "sole_admin_bootstrap": plan == lers_domain::powers::RoleChange::SoleAdminBootstrap})),
        )
        .await?;
        let updated = self.account_by_id_in(tx.conn(), account_id).await?;
        tx.commit().await?;
        Ok(updated)
    }

    async fn set_account_status(
        &self,
        account_id: i64,
        status: AccountStatus,
        ctx: &Ctx,
    ) -> Result<Account> {
        let mut tx = self.begin().await?;
        let account = self.account_by_id_in(tx.conn(), account_id).await?;
        if account.pseudonym == ctx.actor && status != AccountStatus::Active {
            return Err(Refusal::OwnAccountStatus.into());
        }
        let action = match (account.status, status) {
            (_, AccountStatus::Disabled) => AuditAction::AccountDisabled,
            (_, AccountStatus::Locked) => AuditAction::AccountLocked,
            (AccountStatus::Locked, AccountStatus::Active) => AuditAction::AccountUnlocked,
            (_, AccountStatus::Active) => AuditAction::AccountEnabled,
        };
        sqlx::query("UPDATE accounts SET status = $1, locked_at = $2 WHERE id = $3")
            .bind(status.as_str())
            .bind((status == AccountStatus::Locked).then_some(ctx.at.unix_millis()))
            .bind(account_id)
            .execute(tx.conn())
            .await?;
        crate::powers::after_status_change(tx.conn(), account_id, status, ctx.at).await?;
        let mut sessions_ended = 0;
        if status == AccountStatus::Active {
            // Re-enabling ends a suspension after a failed call-back too, on the record.
            sqlx::query("UPDATE suspensions SET lifted_at = $1, lift_note = 're-enabled', lifted_by = (SELECT id FROM accounts WHERE pseudonym = $2) WHERE account_id = $3 AND lifted_at IS NULL")
                .bind(ctx.at.unix_millis())
                .bind(&ctx.actor)
                .bind(account_id)
                .execute(tx.conn())
                .await?;
        }
        if status != AccountStatus::Active {
            sessions_ended = self.end_all_sessions(tx.conn(), account_id).await?;
        } else {
            // A fresh start: old failures must not re-lock the account on the next typo.
            sqlx::query("DELETE FROM login_failures WHERE account_id = $1")
                .bind(account_id)
                .execute(tx.conn())
                .await?;
        }
        self.audit(
            &mut tx,
            event(ctx, action, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"from": account.status.as_str(), "to": status.as_str(), "sessions_ended": sessions_ended})),
        )
        .await?;
        let updated = self.account_by_id_in(tx.conn(), account_id).await?;
        tx.commit().await?;
        Ok(updated)
    }

    async fn record_event(&self, event: AuditEvent) -> Result<()> {
        let mut tx = self.begin().await?;
        self.audit(&mut tx, event).await?;
        tx.commit().await
    }

    async fn audit_records(&self, query: &AuditQuery) -> Result<Page<AuditRecord>> {
        // Unset filters become patterns that match everything, so one statement serves
        // every combination.
        let exact_or_any = |value: &Option<String>| {
            value
                .clone()
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| "%".into())
        };
        let from = query.from.map_or(i64::MIN, Timestamp::unix_millis);
        let until = query.until.map_or(i64::MAX, Timestamp::unix_millis);
        let filter = "WHERE actor LIKE $1 AND action LIKE $2 AND outcome LIKE $3 AND COALESCE(subject, '') LIKE $4 \
                      AND at >= $5 AND at <= $6";
        let binds = [
            exact_or_any(&query.actor),
            exact_or_any(&query.action),
            exact_or_any(&query.outcome),
            exact_or_any(&query.subject),
        ];
        let count_sql = format!("SELECT COUNT(*) FROM audit_log {filter}");
        let select_sql = format!(
            "SELECT idx, at, actor, action, subject, ip, outcome, details FROM audit_log {filter} ORDER BY idx DESC LIMIT $7 OFFSET $8"
        );
        let mut count = sqlx::query_scalar(&count_sql);
        let mut select = sqlx::query(&select_sql);
        for bind in &binds {
            count = count.bind(bind.clone());
            select = select.bind(bind.clone());
        }
        let total: i64 = count.bind(from).bind(until).fetch_one(&self.pool).await?;
        let rows = select
            .bind(from)
            .bind(until)
            .bind(query.limit)
            .bind(query.offset)
            .fetch_all(&self.pool)
            .await?;
        Ok(Page {
            items: rows
                .iter()
                .map(audit_record_from_row)
                .collect::<Result<_>>()?,
            total,
        })
    }

    async fn audit_verify(&self, key: &VerifyingKey) -> Result<AuditVerification> {
        audit_log::verify(&self.pool, key).await
    }

    async fn audit_proof(&self, index: u64) -> Result<InclusionProofDoc> {
        audit_log::prove(&self.pool, index, &self.audit_public_key()).await
    }

    async fn rewrap_secrets(&self, ctx: &Ctx) -> Result<crate::RewrapReport> {
        let sealer = &self.keys.sealer;
        let current = sealer.current_version();
        let mut tx = self.begin().await?;
        let mut report = crate::RewrapReport {
            version: current,
            ..Default::default()
        };
        report.documents = self
            .rewrap_file_keys(&mut tx, "documents", crate::vault::DOCUMENT_KEY_CONTEXT)
            .await?;
        report.production_files = self
            .rewrap_file_keys(
                &mut tx,
                "production_files",
                crate::productions::FILE_KEY_CONTEXT,
            )
            .await?;
        let accounts = sqlx::query(
            "SELECT id, pseudonym, totp_secret_sealed, totp_pending_sealed FROM accounts",
        )
        .fetch_all(tx.conn())
        .await?;
        for row in &accounts {
            let context = format!("{}/totp", row.try_get::<String, _>("pseudonym")?);
            for column in ["totp_secret_sealed", "totp_pending_sealed"] {
                let Some(sealed) = row.try_get::<Option<String>, _>(column)? else {
                    continue;
                };
                if crate::keys::SecretSealer::version_of(&sealed) == Some(current) {
                    continue;
                }
                let rewrapped = sealer.seal(&sealer.open(&sealed, &context)?, &context)?;
                sqlx::query(&format!("UPDATE accounts SET {column} = $1 WHERE id = $2"))
                    .bind(rewrapped)
                    .bind(row.try_get::<i64, _>("id")?)
                    .execute(tx.conn())
                    .await?;
                report.totp_secrets += 1;
            }
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::KeysRotated, Outcome::Success).details(json!({
                "version": current,
                "documents": report.documents,
                "production_files": report.production_files,
                "totp_secrets": report.totp_secrets,
            })),
        )
        .await?;
        tx.commit().await?;
        Ok(report)
    }

    async fn audit_head(&self) -> Result<Option<audit_log::SignedHead>> {
        audit_log::head(&self.pool).await
    }

    async fn audit_root_at(&self, size: u64) -> Result<Option<[u8; 32]>> {
        audit_log::root_at(&self.pool, size).await
    }
}
