//! Emergencies under suspicion: the agency directory (independently sourced
//! switchboard numbers), suspensions after a failed call-back and their lifting, the
//! second confirmation of a call-back, the risk score kept from submission, and the
//! numbers a call-back must not reach (gathered here, judged by
//! `lers_domain::emergency::phone::supplied_by`).

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::{Duration, Timestamp};
use lers_domain::emergency::phone::{parse_phone, NumberSource, PhoneLine};
use lers_domain::emergency::risk::{RiskAssessment, RiskFacts};
use lers_domain::emergency::{confirmation_allowed, CallbackFacts, CallbackOutcome};
use lers_domain::request::RequestStatus;
use serde::Serialize;
use serde_json::json;
use sqlx::{AnyConnection, Row};

use crate::model::*;
use crate::sql::{contains_pattern, event, opt_ts, ts, SqlStore};
use crate::{Result, StoreError};

/// A verified agency and the switchboard number staff can trust.
#[derive(Clone, Debug, Serialize)]
pub struct Agency {
    pub id: i64,
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Lower-case email domains of the agency.
    pub domains: Vec<String>,
    /// E.164, with `;ext=` for an extension.
    pub switchboard: String,
    /// IANA time zone.
    pub time_zone: String,
    /// Where the number was verified (e.g. "agency website, checked by phone").
    pub source: String,
    /// `YYYY-MM-DD`.
    pub verified_on: String,
    pub enabled: bool,
    pub updated_at: Timestamp,
}

impl Agency {
    /// The switchboard as a line.
    pub fn line(&self) -> Option<PhoneLine> {
        parse_phone(&self.switchboard, &self.country).ok()
    }
}

/// An agency as imported or edited (already checked by the caller).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewAgency {
    pub name: String,
    pub country: String,
    pub domains: Vec<String>,
    pub switchboard: String,
    pub time_zone: String,
    pub source: String,
    pub verified_on: String,
}

/// A requester suspended after a failed call-back, and what caused it.
#[derive(Clone, Debug, Serialize)]
pub struct SuspensionRecord {
    pub id: i64,
    pub account_id: i64,
    pub account_email: String,
    pub account_name: String,
    pub request_id: String,
    pub request_reference: String,
    pub callback_phone: String,
    pub callback_note: String,
    pub suspended_by: String,
    pub suspended_at: Timestamp,
    pub open_requests: i64,
    pub lifted_by: Option<String>,
    pub lifted_at: Option<Timestamp>,
    pub lift_note: String,
}

/// The risk score kept for an emergency.
#[derive(Clone, Debug, Serialize)]
pub struct StoredAssessment {
    pub assessment: RiskAssessment,
    pub facts: RiskFacts,
    pub assessed_at: Timestamp,
}

/// A second staff member's confirmation of a call-back.
#[derive(Clone, Debug, Serialize)]
pub struct CallbackConfirmation {
    pub callback_id: i64,
    pub staff: String,
    pub at: Timestamp,
}

#[async_trait]
pub trait EmergencyStore: Send + Sync {
    async fn agencies(&self, search: &str, limit: i64, offset: i64) -> Result<Page<Agency>>;
    async fn agency(&self, id: i64) -> Result<Option<Agency>>;
    /// The enabled agency one of whose domains is `domain`.
    async fn agency_for_domain(&self, domain: &str) -> Result<Option<Agency>>;
    /// Adds or updates (by name and country) every entry in one transaction.
    async fn import_agencies(
        &self,
        entries: &[NewAgency],
        source: &str,
        ctx: &Ctx,
    ) -> Result<ImportReport>;
    /// Adds (`id` None) or changes an agency.
    async fn save_agency(&self, id: Option<i64>, agency: &NewAgency, ctx: &Ctx) -> Result<Agency>;
    async fn set_agency_enabled(&self, id: i64, enabled: bool, ctx: &Ctx) -> Result<Agency>;

    /// Suspensions, those in force first, newest first.
    async fn suspensions(&self, limit: i64) -> Result<Vec<SuspensionRecord>>;
    /// The suspension in force for an account, if any.
    async fn suspension_of(&self, account_id: i64) -> Result<Option<SuspensionRecord>>;
    /// Lifts the suspension in force: the account is active again.
    async fn lift_suspension(
        &self,
        account_id: i64,
        admin: &Account,
        note: &str,
        ctx: &Ctx,
    ) -> Result<()>;

    /// Records the first use of an API token and returns when that was.
    async fn note_token_use(&self, token_hash: &str, at: Timestamp) -> Result<Option<Timestamp>>;
    /// The facts the risk score of `request` is computed from.
    async fn risk_facts(
        &self,
        request: &RequestSummary,
        first_token_use: bool,
        window: Duration,
    ) -> Result<RiskFacts>;
    /// Keeps the score of an emergency (the first one stays), audited.
    async fn save_assessment(
        &self,
        request: &RequestSummary,
        facts: &RiskFacts,
        assessment: &RiskAssessment,
        ctx: &Ctx,
    ) -> Result<()>;
    async fn assessment(&self, request: &RequestSummary) -> Result<Option<StoredAssessment>>;

    /// A second staff member, not the one who recorded it, confirms a confirmed
    /// call-back.
    async fn confirm_callback(
        &self,
        request: &RequestSummary,
        callback_id: i64,
        staff: &Account,
        ctx: &Ctx,
    ) -> Result<()>;
    async fn callback_confirmations(
        &self,
        request: &RequestSummary,
    ) -> Result<Vec<CallbackConfirmation>>;
    /// The directory's agency for the requester of `request` (by email domain).
    async fn requester_agency(&self, request: &RequestSummary) -> Result<Option<Agency>>;
}

/// The email domain of an address, lower case.
pub fn email_domain(email: &str) -> String {
    email
        .rsplit_once('@')
        .map(|(_, d)| d.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

const AGENCY_COLUMNS: &str =
    "id, name, country, domains, switchboard, time_zone, source, verified_on, enabled, updated_at";

fn agency_from_row(row: &sqlx::any::AnyRow) -> Result<Agency> {
    let domains: String = row.try_get("domains")?;
    Ok(Agency {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        country: row.try_get("country")?,
        domains: domains
            .split(',')
            .filter(|d| !d.is_empty())
            .map(str::to_owned)
            .collect(),
        switchboard: row.try_get("switchboard")?,
        time_zone: row.try_get("time_zone")?,
        source: row.try_get("source")?,
        verified_on: row.try_get("verified_on")?,
        enabled: row.try_get::<i64, _>("enabled")? != 0,
        updated_at: ts(row, "updated_at")?,
    })
}

/// Every string in a JSON document, one per line, in document order.
fn json_text(value: &serde_json::Value, out: &mut String) {
    match value {
        serde_json::Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_text(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| json_text(v, out)),
        serde_json::Value::Number(n) => {
            out.push_str(&n.to_string());
            out.push('\n');
        }
        _ => {}
    }
}

fn submitted_text(submitted: Option<String>) -> String {
    let mut out = String::new();
    if let Some(value) = submitted.and_then(|s| serde_json::from_str(&s).ok()) {
        json_text(&value, &mut out);
    }
    out
}

/// The numbers a call-back on one request must not reach, and what may be trusted.
pub(crate) struct CallbackContext {
    pub country: String,
    pub sources: Vec<NumberSource>,
    pub trusted: Vec<PhoneLine>,
}

impl SqlStore {
    async fn agency_by_domain_in(
        &self,
        conn: &mut AnyConnection,
        domain: &str,
    ) -> Result<Option<Agency>> {
        // `pd.abilenetx.gov` belongs to the agency of `abilenetx.gov` unless it has
        // an entry of its own.
        let mut candidate = domain.trim().to_ascii_lowercase();
        loop {
            let row = sqlx::query(&format!(
                "SELECT {AGENCY_COLUMNS} FROM agencies WHERE enabled = 1 AND id = (SELECT agency_id FROM agency_domains WHERE domain = $1)"
            ))
            .bind(&candidate)
            .fetch_optional(&mut *conn)
            .await?;
            if let Some(row) = row {
                return agency_from_row(&row).map(Some);
            }
            match candidate.split_once('.') {
                Some((_, parent)) if parent.contains('.') => candidate = parent.to_owned(),
                _ => return Ok(None),
            }
        }
    }

    async fn agency_in(&self, conn: &mut AnyConnection, id: i64) -> Result<Agency> {
        let row = sqlx::query(&format!(
            "SELECT {AGENCY_COLUMNS} FROM agencies WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
        agency_from_row(&row)
    }

    /// Writes `agency` into row `id` (or a new row), replacing its domains. A domain
    /// that belongs to another agency is refused.
    async fn write_agency(
        &self,
        conn: &mut AnyConnection,
        id: Option<i64>,
        agency: &NewAgency,
        at: Timestamp,
    ) -> Result<(i64, bool)> {
        let existing = match id {
            Some(id) => Some(id),
            None => {
                sqlx::query_scalar("SELECT id FROM agencies WHERE name = $1 AND country = $2")
                    .bind(&agency.name)
                    .bind(&agency.country)
                    .fetch_optional(&mut *conn)
                    .await?
            }
        };
        let domains = agency.domains.join(",");
        let id = match existing {
            Some(id) => {
                let done = sqlx::query(
                    "UPDATE agencies SET name = $1, country = $2, domains = $3, switchboard = $4, time_zone = $5, source = $6, verified_on = $7, updated_at = $8 WHERE id = $9",
                )
                .bind(&agency.name)
                .bind(&agency.country)
                .bind(&domains)
                .bind(&agency.switchboard)
                .bind(&agency.time_zone)
                .bind(&agency.source)
                .bind(&agency.verified_on)
                .bind(at.unix_millis())
                .bind(id)
                .execute(&mut *conn)
                .await?;
                if done.rows_affected() != 1 {
                    return Err(StoreError::NotFound);
                }
                id
            }
            None => {
                sqlx::query_scalar(
                    "INSERT INTO agencies (name, country, domains, switchboard, time_zone, source, verified_on, enabled, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8) RETURNING id",
                )
                .bind(&agency.name)
                .bind(&agency.country)
                .bind(&domains)
                .bind(&agency.switchboard)
                .bind(&agency.time_zone)
                .bind(&agency.source)
                .bind(&agency.verified_on)
                .bind(at.unix_millis())
                .fetch_one(&mut *conn)
                .await?
            }
        };
        sqlx::query("DELETE FROM agency_domains WHERE agency_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        for domain in &agency.domains {
            let owner: Option<i64> =
                sqlx::query_scalar("SELECT agency_id FROM agency_domains WHERE domain = $1")
                    .bind(domain)
                    .fetch_optional(&mut *conn)
                    .await?;
            if owner.is_some() {
                return Err(StoreError::Conflict(format!(
                    "the domain {domain} already belongs to another agency; an email domain identifies one agency"
                )));
            }
            sqlx::query("INSERT INTO agency_domains (domain, agency_id) VALUES ($1, $2)")
                .bind(domain)
                .bind(id)
                .execute(&mut *conn)
                .await?;
        }
        Ok((id, existing.is_none()))
    }

    /// Everything a call-back on `request` must not reach: every text of this
    /// request, the requester's profile, and the profiles and earlier requests and
    /// messages of every account of the same agency (same email domain, which a
    /// forger with one stolen mailbox cannot change, or the same agency name, which
    /// only adds to what is refused). The directory's switchboard for the requester's
    /// email domain is trusted.
    pub(crate) async fn callback_context(
        &self,
        conn: &mut AnyConnection,
        request: &RequestSummary,
    ) -> Result<CallbackContext> {
        let owner = self.account_by_id_in(conn, request.owner_id).await?;
        let domain = email_domain(&owner.email);
        let agency = self.agency_by_domain_in(conn, &domain).await?;
        let submitted: Option<String> =
            sqlx::query_scalar("SELECT submitted FROM requests WHERE id = $1")
                .bind(request.row_id)
                .fetch_one(&mut *conn)
                .await?;
        let mut sources = vec![NumberSource::new(
            "this request",
            submitted_text(submitted.clone()),
        )];
        let profile = |a: &Account| {
            let p = &a.profile;
            [
                p.name.as_str(),
                p.agency.as_str(),
                p.badge_number.as_str(),
                p.phone.as_str(),
                p.mailing_address.as_str(),
            ]
            .join("\n")
        };
        sources.push(NumberSource::new(
            "the requester's profile",
            profile(&owner),
        ));
        let pattern = format!("%@{}", domain.replace('%', "").replace('_', "\\_"));
        let agency_name = owner.profile.agency.trim().to_lowercase();
        let colleagues: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM accounts WHERE kind = 'requester' AND id <> $1 AND (LOWER(email) LIKE $2 ESCAPE '\\' OR ($3 <> '' AND LOWER(TRIM(agency)) = $3))",
        )
        .bind(owner.id)
        .bind(&pattern)
        .bind(&agency_name)
        .fetch_all(&mut *conn)
        .await?;
        for id in &colleagues {
            let colleague = self.account_by_id_in(conn, *id).await?;
            sources.push(NumberSource::new(
                format!("the profile of {} (same agency)", colleague.email),
                profile(&colleague),
            ));
        }
        let mut owners = colleagues.clone();
        owners.push(owner.id);
        for owner_id in owners {
            let rows = sqlx::query(
                "SELECT reference, submitted FROM requests WHERE owner_id = $1 AND id <> $2 AND submitted IS NOT NULL ORDER BY id",
            )
            .bind(owner_id)
            .bind(request.row_id)
            .fetch_all(&mut *conn)
            .await?;
            for row in rows {
                let reference: Option<String> = row.try_get("reference")?;
                sources.push(NumberSource::new(
                    format!(
                        "earlier request {} of the same account or agency",
                        reference.unwrap_or_default()
                    ),
                    submitted_text(row.try_get("submitted")?),
                ));
            }
            let mut messages: Vec<String> = sqlx::query_scalar(
                "SELECT body FROM messages WHERE author_id = $1 AND internal = 0 ORDER BY id",
            )
            .bind(owner_id)
            .fetch_all(&mut *conn)
            .await?;
            // File names of everything they uploaded (shown to staff beside the
            // request) and their withdrawal reasons are text they wrote, too.
            let written: Vec<String> = sqlx::query_scalar(
                "SELECT file_name FROM documents WHERE uploaded_by = $1 \
                 UNION ALL SELECT withdrawal_reason FROM requests WHERE owner_id = $1 AND withdrawal_reason IS NOT NULL",
            )
            .bind(owner_id)
            .fetch_all(&mut *conn)
            .await?;
            messages.extend(written);
            if !messages.is_empty() {
                sources.push(NumberSource::new(
                    "messages, document names and withdrawal reasons of the requester or their agency",
                    messages.join("\n"),
                ));
            }
        }
        let request_country = submitted
            .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
            .and_then(|v| v.get("country").and_then(|c| c.as_str()).map(str::to_owned))
            .unwrap_or_default();
        let country = agency
            .as_ref()
            .map(|a| a.country.clone())
            .filter(|c| !c.is_empty())
            .or_else(|| Some(owner.profile.country.clone()).filter(|c| !c.is_empty()))
            .or_else(|| Some(request_country).filter(|c| !c.is_empty()))
            .unwrap_or_else(|| "US".into());
        Ok(CallbackContext {
            country,
            sources,
            trusted: agency.and_then(|a| a.line()).into_iter().collect(),
        })
    }

    /// What the approval rule ([`lers_domain::emergency::approval_verified`]) needs to
    /// know about the call-backs of request row `request_row_id`, in one statement.
    pub(crate) async fn callback_facts(
        &self,
        conn: &mut AnyConnection,
        request_row_id: i64,
    ) -> Result<CallbackFacts> {
        let (failed, suspended, confirmed, second, confirmed_twice): (i64, i64, i64, Option<i64>, i64) =
            sqlx::query_as(
                "SELECT (SELECT COUNT(*) FROM callbacks WHERE request_id = $1 AND result = 'failed'), \
                        (SELECT COUNT(*) FROM suspensions s JOIN requests r ON r.owner_id = s.account_id \
                         WHERE r.id = $1 AND s.lifted_at IS NULL), \
                        (SELECT COUNT(*) FROM callbacks WHERE request_id = $1 AND result = 'confirmed'), \
                        (SELECT second_confirmation FROM emergency_assessments WHERE request_id = $1), \
                        (SELECT COUNT(*) FROM callbacks c JOIN callback_confirmations k ON k.callback_id = c.id \
                         WHERE c.request_id = $1 AND c.result = 'confirmed' AND k.staff_id <> c.staff_id)",
            )
            .bind(request_row_id)
            .fetch_one(&mut *conn)
            .await?;
        Ok(CallbackFacts {
            failed: failed > 0,
            requester_suspended: suspended > 0,
            confirmed: confirmed > 0,
            // No assessment: treated as high risk.
            second_confirmation_required: second.is_none_or(|s| s != 0),
            confirmed_by_second: confirmed_twice > 0,
        })
    }

    /// Suspends the owner of `request` after the failed call-back `callback_id`:
    /// disabled, sessions ended, open requests flagged (through the suspension).
    pub(crate) async fn suspend_after_callback(
        &self,
        tx: &mut crate::sql::WriteTx<'_>,
        request: &RequestSummary,
        callback_id: i64,
        staff: &Account,
        ctx: &Ctx,
    ) -> Result<()> {
        let owner = self.account_by_id_in(tx.conn(), request.owner_id).await?;
        sqlx::query("UPDATE accounts SET status = 'disabled' WHERE id = $1")
            .bind(owner.id)
            .execute(tx.conn())
            .await?;
        let ended = sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(owner.id)
            .execute(tx.conn())
            .await?
            .rows_affected();
        let flagged: Vec<Option<String>> = sqlx::query_scalar(
            "SELECT reference FROM requests WHERE owner_id = $1 AND status IN ('submitted', 'in_review', 'needs_info', 'approved', 'preserved', 'extended') ORDER BY id",
        )
        .bind(owner.id)
        .fetch_all(tx.conn())
        .await?;
        // One suspension in force per account: a second failed call-back (or a racing
        // one) keeps the first cause on record.
        sqlx::query(
            "INSERT INTO suspensions (account_id, request_id, callback_id, suspended_by, suspended_at, open_requests) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (account_id) WHERE lifted_at IS NULL DO NOTHING",
        )
        .bind(owner.id)
        .bind(request.row_id)
        .bind(callback_id)
        .bind(staff.id)
        .bind(ctx.at.unix_millis())
        .bind(i64::try_from(flagged.len()).unwrap_or(i64::MAX))
        .execute(tx.conn())
        .await?;
        self.audit(
            tx,
            event(ctx, AuditAction::AccountSuspended, Outcome::Success)
                .subject(owner.pseudonym.clone())
                .details(json!({
                    "reason": "failed_callback",
                    "request": request.reference,
                    "callback": callback_id,
                    "sessions_ended": ended,
                    "open_requests_flagged": flagged.len(),
                    "flagged": flagged,
                })),
        )
        .await
    }
}

const SUSPENSION_SELECT: &str = "SELECT s.id, s.account_id, a.email, a.name, r.public_id, r.reference, c.line, c.phone, c.note, b.name AS by_name, \
     s.suspended_at, s.open_requests, l.name AS lifted_name, s.lifted_at, s.lift_note FROM suspensions s \
     JOIN accounts a ON a.id = s.account_id JOIN requests r ON r.id = s.request_id JOIN callbacks c ON c.id = s.callback_id \
     JOIN accounts b ON b.id = s.suspended_by LEFT JOIN accounts l ON l.id = s.lifted_by";

fn suspension_from_row(row: &sqlx::any::AnyRow) -> Result<SuspensionRecord> {
    let line: String = row.try_get("line")?;
    let phone: String = row.try_get("phone")?;
    Ok(SuspensionRecord {
        id: row.try_get("id")?,
        account_id: row.try_get("account_id")?,
        account_email: row.try_get("email")?,
        account_name: row.try_get("name")?,
        request_id: row.try_get("public_id")?,
        request_reference: row
            .try_get::<Option<String>, _>("reference")?
            .unwrap_or_default(),
        callback_phone: if line.is_empty() { phone } else { line },
        callback_note: row.try_get("note")?,
        suspended_by: row.try_get("by_name")?,
        suspended_at: ts(row, "suspended_at")?,
        open_requests: row.try_get("open_requests")?,
        lifted_by: row.try_get("lifted_name")?,
        lifted_at: opt_ts(row, "lifted_at")?,
        lift_note: row.try_get("lift_note")?,
    })
}

#[async_trait]
impl EmergencyStore for SqlStore {
    async fn agencies(&self, search: &str, limit: i64, offset: i64) -> Result<Page<Agency>> {
        let pattern = contains_pattern(search.trim());
        let filter = "WHERE LOWER(name) LIKE $1 ESCAPE '\\' OR LOWER(domains) LIKE $1 ESCAPE '\\' OR LOWER(country) LIKE $1 ESCAPE '\\'";
        let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM agencies {filter}"))
            .bind(&pattern)
            .fetch_one(self.pool())
            .await?;
        let rows = sqlx::query(&format!(
            "SELECT {AGENCY_COLUMNS} FROM agencies {filter} ORDER BY name, country, id LIMIT $2 OFFSET $3"
        ))
        .bind(&pattern)
        .bind(limit)
        .bind(offset)
        .fetch_all(self.pool())
        .await?;
        Ok(Page {
            items: rows.iter().map(agency_from_row).collect::<Result<_>>()?,
            total,
        })
    }

    async fn agency(&self, id: i64) -> Result<Option<Agency>> {
        let mut conn = self.pool().acquire().await?;
        match self.agency_in(&mut conn, id).await {
            Ok(agency) => Ok(Some(agency)),
            Err(StoreError::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn agency_for_domain(&self, domain: &str) -> Result<Option<Agency>> {
        let mut conn = self.pool().acquire().await?;
        self.agency_by_domain_in(&mut conn, &domain.to_ascii_lowercase())
            .await
    }

    async fn import_agencies(
        &self,
        entries: &[NewAgency],
        source: &str,
        ctx: &Ctx,
    ) -> Result<ImportReport> {
        let mut tx = self.begin().await?;
        let mut report = ImportReport::default();
        for entry in entries {
            let (_, added) = self.write_agency(tx.conn(), None, entry, ctx.at).await?;
            if added {
                report.added += 1;
            } else {
                report.updated += 1;
            }
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::AgenciesImported, Outcome::Success)
                .subject(source.to_owned())
                .details(json!({"added": report.added, "updated": report.updated})),
        )
        .await?;
        tx.commit().await?;
        Ok(report)
    }

    async fn save_agency(&self, id: Option<i64>, agency: &NewAgency, ctx: &Ctx) -> Result<Agency> {
        let mut tx = self.begin().await?;
        if let Some(id) = id {
            self.agency_in(tx.conn(), id).await?;
        } else {
            let taken: Option<i64> =
                sqlx::query_scalar("SELECT id FROM agencies WHERE name = $1 AND country = $2")
                    .bind(&agency.name)
                    .bind(&agency.country)
                    .fetch_optional(tx.conn())
                    .await?;
            if taken.is_some() {
                return Err(StoreError::Conflict(
                    "an agency of that name and country is already in the directory; edit it instead".into(),
                ));
            }
        }
        let (id, _) = self.write_agency(tx.conn(), id, agency, ctx.at).await?;
        let saved = self.agency_in(tx.conn(), id).await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::AgencySaved, Outcome::Success)
                .subject(format!("agency/{id}"))
                .details(json!({"name": saved.name, "switchboard": saved.switchboard, "domains": saved.domains, "source": saved.source})),
        )
        .await?;
        tx.commit().await?;
        Ok(saved)
    }

    async fn set_agency_enabled(&self, id: i64, enabled: bool, ctx: &Ctx) -> Result<Agency> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE agencies SET enabled = $1, updated_at = $2 WHERE id = $3")
            .bind(i64::from(enabled))
            .bind(ctx.at.unix_millis())
            .bind(id)
            .execute(tx.conn())
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        let agency = self.agency_in(tx.conn(), id).await?;
        let action = if enabled {
            AuditAction::AgencyEnabled
        } else {
            AuditAction::AgencyDisabled
        };
        self.audit(
            &mut tx,
            event(ctx, action, Outcome::Success)
                .subject(format!("agency/{id}"))
                .details(json!({"name": agency.name})),
        )
        .await?;
        tx.commit().await?;
        Ok(agency)
    }

    async fn suspensions(&self, limit: i64) -> Result<Vec<SuspensionRecord>> {
        let rows = sqlx::query(&format!(
            "{SUSPENSION_SELECT} ORDER BY CASE WHEN s.lifted_at IS NULL THEN 0 ELSE 1 END, s.suspended_at DESC, s.id DESC LIMIT $1"
        ))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(suspension_from_row).collect()
    }

    async fn suspension_of(&self, account_id: i64) -> Result<Option<SuspensionRecord>> {
        let row = sqlx::query(&format!(
            "{SUSPENSION_SELECT} WHERE s.account_id = $1 AND s.lifted_at IS NULL"
        ))
        .bind(account_id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(suspension_from_row).transpose()
    }

    async fn lift_suspension(
        &self,
        account_id: i64,
        admin: &Account,
        note: &str,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let lifted = sqlx::query(
            "UPDATE suspensions SET lifted_by = $1, lifted_at = $2, lift_note = $3 WHERE account_id = $4 AND lifted_at IS NULL",
        )
        .bind(admin.id)
        .bind(ctx.at.unix_millis())
        .bind(note)
        .bind(account_id)
        .execute(tx.conn())
        .await?
        .rows_affected();
        if lifted == 0 {
            return Err(StoreError::Conflict(
                "this account has no suspension in force (it may have been lifted meanwhile)"
                    .into(),
            ));
        }
        let account = self.account_by_id_in(tx.conn(), account_id).await?;
        sqlx::query("UPDATE accounts SET status = 'active', locked_at = NULL WHERE id = $1 AND status = 'disabled'")
            .bind(account_id)
            .execute(tx.conn())
            .await?;
        sqlx::query("DELETE FROM login_failures WHERE account_id = $1")
            .bind(account_id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::SuspensionLifted, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"note": note})),
        )
        .await?;
        tx.commit().await
    }

    async fn note_token_use(&self, token_hash: &str, at: Timestamp) -> Result<Option<Timestamp>> {
        let first: Option<Option<i64>> =
            sqlx::query_scalar("SELECT first_used_at FROM api_tokens WHERE token_hash = $1")
                .bind(token_hash)
                .fetch_optional(self.pool())
                .await?;
        match first {
            None => Ok(None),
            Some(Some(first)) => Ok(Some(Timestamp::from_unix_millis(first))),
            Some(None) => {
                let mut tx = self.begin().await?;
                sqlx::query("UPDATE api_tokens SET first_used_at = $1 WHERE token_hash = $2 AND first_used_at IS NULL")
                    .bind(at.unix_millis())
                    .bind(token_hash)
                    .execute(tx.conn())
                    .await?;
                let first: Option<i64> = sqlx::query_scalar(
                    "SELECT first_used_at FROM api_tokens WHERE token_hash = $1",
                )
                .bind(token_hash)
                .fetch_one(tx.conn())
                .await?;
                tx.commit().await?;
                Ok(first.map(Timestamp::from_unix_millis))
            }
        }
    }

    async fn risk_facts(
        &self,
        request: &RequestSummary,
        first_token_use: bool,
        window: Duration,
    ) -> Result<RiskFacts> {
        let mut conn = self.pool().acquire().await?;
        let owner = self.account_by_id_in(&mut conn, request.owner_id).await?;
        let domain = email_domain(&owner.email);
        let submitted_at = request.submitted_at.unwrap_or(request.updated_at);
        let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
        let prior: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM requests WHERE owner_id = $1 AND id <> $2 AND submitted_at IS NOT NULL AND submitted_at <= $3",
        )
        .bind(owner.id)
        .bind(request.row_id)
        .bind(submitted_at.unix_millis())
        .fetch_one(&mut *conn)
        .await?;
        let approved: i64 = sqlx::query_scalar(
            "SELECT COUNT(DISTINCT r.id) FROM requests r JOIN decisions d ON d.request_id = r.id \
             WHERE r.owner_id = $1 AND r.id <> $2 AND d.kind IN ('approve', 'approve_partial')",
        )
        .bind(owner.id)
        .bind(request.row_id)
        .fetch_one(&mut *conn)
        .await?;
        let organization: Option<String> = match &owner.matched_domain_rule {
            Some(rule) if !rule.starts_with('*') => {
                sqlx::query_scalar("SELECT organization FROM gov_domains WHERE pattern = $1")
                    .bind(rule)
                    .fetch_optional(&mut *conn)
                    .await?
            }
            _ => None,
        };
        let agency = self.agency_by_domain_in(&mut conn, &domain).await?;
        let unrelated: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM requests r WHERE r.owner_id = $1 AND r.kind = 'emergency' AND r.id <> $2 \
             AND r.submitted_at IS NOT NULL AND r.submitted_at >= $3 AND r.submitted_at <= $4 \
             AND NOT EXISTS (SELECT 1 FROM request_targets a JOIN request_targets b ON a.target_type = b.target_type \
             AND a.normalized = b.normalized WHERE a.request_id = r.id AND b.request_id = $2)",
        )
        .bind(owner.id)
        .bind(request.row_id)
        .bind(submitted_at.minus(window).unix_millis())
        .bind(submitted_at.unix_millis())
        .fetch_one(&mut *conn)
        .await?;
        let elsewhere: i64 = sqlx::query_scalar(
            "SELECT COUNT(DISTINCT t.target_type || ':' || t.normalized) FROM request_targets t \
             JOIN request_targets o ON o.target_type = t.target_type AND o.normalized = t.normalized \
             JOIN requests r ON r.id = o.request_id JOIN accounts a ON a.id = r.owner_id \
             WHERE t.request_id = $1 AND o.request_id <> $1 AND r.status <> 'draft' AND LOWER(a.email) NOT LIKE $2 ESCAPE '\\'",
        )
        .bind(request.row_id)
        .bind(format!("%@{}", domain.replace('%', "").replace('_', "\\_")))
        .fetch_one(&mut *conn)
        .await?;
        Ok(RiskFacts {
            submitted_at,
            account_created_at: owner.created_at,
            prior_requests: count(prior),
            prior_approved: count(approved),
            agency_named: owner.profile.agency.clone(),
            domain_organization: organization.filter(|o| !o.trim().is_empty()),
            time_zone: agency.map(|a| a.time_zone).filter(|z| !z.is_empty()),
            unrelated_emergencies: count(unrelated),
            targets_named_elsewhere: count(elsewhere),
            first_token_use,
        })
    }

    async fn save_assessment(
        &self,
        request: &RequestSummary,
        facts: &RiskFacts,
        assessment: &RiskAssessment,
        ctx: &Ctx,
    ) -> Result<()> {
        let reasons = serde_json::to_string(&assessment.reasons)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let facts_text =
            serde_json::to_string(facts).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let mut tx = self.begin().await?;
        let added = sqlx::query(
            "INSERT INTO emergency_assessments (request_id, score, threshold, second_confirmation, reasons, facts, assessed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (request_id) DO NOTHING",
        )
        .bind(request.row_id)
        .bind(i64::from(assessment.score))
        .bind(i64::from(assessment.threshold))
        .bind(i64::from(assessment.second_confirmation))
        .bind(&reasons)
        .bind(&facts_text)
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?
        .rows_affected();
        if added == 1 {
            self.audit(
                &mut tx,
                event(ctx, AuditAction::EmergencyScored, Outcome::Success)
                    .subject(request.reference.clone().unwrap_or_default())
                    .details(json!({
                        "score": assessment.score,
                        "threshold": assessment.threshold,
                        "second_confirmation": assessment.second_confirmation,
                        "reasons": assessment.reasons.iter().map(|r| r.code.clone()).collect::<Vec<_>>(),
                    })),
            )
            .await?;
        }
        tx.commit().await
    }

    async fn assessment(&self, request: &RequestSummary) -> Result<Option<StoredAssessment>> {
        let Some(row) = sqlx::query(
            "SELECT score, threshold, second_confirmation, reasons, facts, assessed_at FROM emergency_assessments WHERE request_id = $1",
        )
        .bind(request.row_id)
        .fetch_optional(self.pool())
        .await?
        else {
            return Ok(None);
        };
        let reasons: String = row.try_get("reasons")?;
        let facts: String = row.try_get("facts")?;
        let corrupt = |e: serde_json::Error| StoreError::Corrupt(format!("risk score: {e}"));
        let number = |column: &str| -> Result<u32> {
            Ok(u32::try_from(row.try_get::<i64, _>(column)?).unwrap_or(u32::MAX))
        };
        Ok(Some(StoredAssessment {
            assessment: RiskAssessment {
                score: number("score")?,
                threshold: number("threshold")?,
                second_confirmation: row.try_get::<i64, _>("second_confirmation")? != 0,
                reasons: serde_json::from_str(&reasons).map_err(corrupt)?,
            },
            facts: serde_json::from_str(&facts).map_err(corrupt)?,
            assessed_at: ts(&row, "assessed_at")?,
        }))
    }

    async fn confirm_callback(
        &self,
        request: &RequestSummary,
        callback_id: i64,
        staff: &Account,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let row = sqlx::query(
            "SELECT c.staff_id, c.result, r.status FROM callbacks c JOIN requests r ON r.id = c.request_id WHERE c.id = $1 AND c.request_id = $2",
        )
        .bind(callback_id)
        .bind(request.row_id)
        .fetch_optional(tx.conn())
        .await?
        .ok_or(StoreError::NotFound)?;
        let recorder: i64 = row.try_get("staff_id")?;
        let result: String = row.try_get("result")?;
        let status: String = row.try_get("status")?;
        let result = CallbackOutcome::parse(&result)
            .ok_or_else(|| StoreError::Corrupt("call-back result".into()))?;
        let status = RequestStatus::parse(&status)
            .ok_or_else(|| StoreError::Corrupt("request status".into()))?;
        confirmation_allowed(result, recorder, staff.id, status).map_err(refused)?;
        sqlx::query(
            "INSERT INTO callback_confirmations (callback_id, staff_id, at) VALUES ($1, $2, $3) ON CONFLICT (callback_id, staff_id) DO NOTHING",
        )
        .bind(callback_id)
        .bind(staff.id)
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::CallbackConfirmed, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default())
                .details(json!({"callback": callback_id})),
        )
        .await?;
        tx.commit().await
    }

    async fn callback_confirmations(
        &self,
        request: &RequestSummary,
    ) -> Result<Vec<CallbackConfirmation>> {
        let rows = sqlx::query(
            "SELECT k.callback_id, a.name, k.at FROM callback_confirmations k JOIN callbacks c ON c.id = k.callback_id \
             JOIN accounts a ON a.id = k.staff_id WHERE c.request_id = $1 ORDER BY k.at",
        )
        .bind(request.row_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(CallbackConfirmation {
                    callback_id: row.try_get("callback_id")?,
                    staff: row.try_get("name")?,
                    at: ts(row, "at")?,
                })
            })
            .collect()
    }

    async fn requester_agency(&self, request: &RequestSummary) -> Result<Option<Agency>> {
        let mut conn = self.pool().acquire().await?;
        let owner = self.account_by_id_in(&mut conn, request.owner_id).await?;
        self.agency_by_domain_in(&mut conn, &email_domain(&owner.email))
            .await
    }
}
