//! Records of the emergency safeguards (agencies, suspensions, risk assessments,
//! call-back confirmations) and what their concerns share.

use crate::sql::Conn;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::emergency::phone::{parse_phone, NumberOrigin, NumberSource, PhoneLine};
use lers_domain::emergency::risk::{RiskAssessment, RiskFacts};
use lers_domain::emergency::CallbackFacts;
use serde::Serialize;
use serde_json::json;
use sqlx::Row;

use super::request_rows::RequestSummary;
use crate::error::Refusal;
use crate::model::*;
use crate::sql::{event, opt_ts, ts, SqlStore};
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
    /// The account that gave it has been disabled since: it no longer counts.
    pub disabled_since: bool,
}

/// The email domain of an address, lower case.
pub fn email_domain(email: &str) -> String {
    email
        .rsplit_once('@')
        .map(|(_, d)| d.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

pub(super) const AGENCY_COLUMNS: &str =
    "id, name, country, domains, switchboard, time_zone, source, verified_on, enabled, updated_at";

pub(super) fn agency_from_row(row: &sqlx::any::AnyRow) -> Result<Agency> {
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
pub(super) fn json_text(value: &serde_json::Value, out: &mut String) {
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

pub(super) fn submitted_text(submitted: Option<String>) -> String {
    let mut out = String::new();
    if let Some(value) = submitted.and_then(|s| serde_json::from_str(&s).ok()) {
        json_text(&value, &mut out);
    }
    out
}

/// The numbers a call-back on one request must not reach, and what may be trusted.
pub(super) struct CallbackContext {
    pub country: String,
    pub sources: Vec<NumberSource>,
    pub trusted: Vec<PhoneLine>,
}

impl SqlStore {
    pub(super) async fn agency_by_domain_in(
        &self,
        conn: &mut Conn<'_>,
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

    pub(super) async fn agency_in(&self, conn: &mut Conn<'_>, id: i64) -> Result<Agency> {
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
    pub(super) async fn write_agency(
        &self,
        conn: &mut Conn<'_>,
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
                return Err(Refusal::AgencyDomainTaken {
                    domain: domain.to_string(),
                }
                .into());
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
    pub(super) async fn callback_context(
        &self,
        conn: &mut Conn<'_>,
        request: &RequestSummary,
    ) -> Result<CallbackContext> {
        let owner = self.account_by_id_in(conn, request.owner_id).await?;
        let domain = email_domain(&owner.email);
        let agency = self.agency_by_domain_in(conn, &domain).await?;
        let submitted = self.submitted_json(&mut *conn, request.row_id).await?;
        let mut sources = vec![NumberSource::new(
            NumberOrigin::ThisRequest,
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
            NumberOrigin::RequesterProfile,
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
                NumberOrigin::ColleagueProfile {
                    email: colleague.email.clone(),
                },
                profile(&colleague),
            ));
        }
        let mut owners = colleagues.clone();
        owners.push(owner.id);
        for owner_id in owners {
            let rows = sqlx::query(
                "SELECT id, reference FROM requests WHERE owner_id = $1 AND id <> $2 AND submitted IS NOT NULL ORDER BY id",
            )
            .bind(owner_id)
            .bind(request.row_id)
            .fetch_all(&mut *conn)
            .await?;
            for row in rows {
                let reference: Option<String> = row.try_get("reference")?;
                sources.push(NumberSource::new(
                    NumberOrigin::EarlierRequest {
                        reference: reference.unwrap_or_default(),
                    },
                    submitted_text(self.submitted_json(&mut *conn, row.try_get("id")?).await?),
                ));
            }
            let written = sqlx::query(
                "SELECT id, request_id, body FROM messages WHERE author_id = $1 AND internal = 0 ORDER BY id",
            )
            .bind(owner_id)
            .fetch_all(&mut *conn)
            .await?;
            let mut messages = self.open_message_bodies(&mut *conn, &written).await?;
            // File names of everything they uploaded (shown to staff beside the
            // request) and their withdrawal reasons are text they wrote, too.
            let written: Vec<String> =
                sqlx::query_scalar("SELECT file_name FROM documents WHERE uploaded_by = $1")
                    .bind(owner_id)
                    .fetch_all(&mut *conn)
                    .await?;
            messages.extend(written);
            let withdrawn: Vec<i64> = sqlx::query_scalar(
                "SELECT id FROM requests WHERE owner_id = $1 AND withdrawal_reason IS NOT NULL ORDER BY id",
            )
            .bind(owner_id)
            .fetch_all(&mut *conn)
            .await?;
            for id in withdrawn {
                messages.extend(self.withdrawal_reason(&mut *conn, id).await?);
            }
            if !messages.is_empty() {
                sources.push(NumberSource::new(
                    NumberOrigin::WrittenByRequester,
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
    /// know about the call-backs of request row `request_row_id`, in one statement. A
    /// confirmation counts while the staff member who recorded it (and, for the second
    /// one, who gave it) has not been disabled since (`four_eyes::vouches`): disabling is
    /// what happens to an account found compromised, as for reviews. A failed call-back
    /// counts whoever recorded it: it can only stop a disclosure.
    pub(super) async fn callback_facts(
        &self,
        conn: &mut Conn<'_>,
        request_row_id: i64,
    ) -> Result<CallbackFacts> {
        let recorder = super::four_eyes::vouches("a", "c.at");
        let confirmer = super::four_eyes::vouches("b", "k.at");
        // The confirmed call-backs (with their recorder `a`) and their second
        // confirmations (with their giver `b`); the counts that do not count are read
        // so that a refusal can say why.
        let confirmed_callbacks = "FROM callbacks c JOIN accounts a ON a.id = c.staff_id \
             WHERE c.request_id = $1 AND c.result = 'confirmed'";
        let seconded = "FROM callbacks c JOIN callback_confirmations k ON k.callback_id = c.id \
             JOIN accounts a ON a.id = c.staff_id JOIN accounts b ON b.id = k.staff_id \
             WHERE c.request_id = $1 AND c.result = 'confirmed' AND k.staff_id <> c.staff_id";
        let row: (i64, i64, Option<i64>, i64, i64, i64, i64) = sqlx::query_as(&format!(
            "SELECT (SELECT COUNT(*) FROM callbacks WHERE request_id = $1 AND result = 'failed'), \
                    (SELECT COUNT(*) FROM suspensions s JOIN requests r ON r.owner_id = s.account_id \
                     WHERE r.id = $1 AND s.lifted_at IS NULL), \
                    (SELECT second_confirmation FROM emergency_assessments WHERE request_id = $1), \
                    (SELECT COUNT(*) {confirmed_callbacks} AND {recorder}), \
                    (SELECT COUNT(*) {confirmed_callbacks} AND NOT {recorder}), \
                    (SELECT COUNT(*) {seconded} AND {recorder} AND {confirmer}), \
                    (SELECT COUNT(*) {seconded} AND {recorder} AND NOT {confirmer})",
        ))
        .bind(request_row_id)
        .fetch_one(&mut *conn)
        .await?;
        let (failed, suspended, second, confirmed, confirmed_stale, seconded, seconded_stale) = row;
        Ok(CallbackFacts {
            failed: failed > 0,
            requester_suspended: suspended > 0,
            confirmed: confirmed > 0,
            // No assessment: treated as high risk.
            second_confirmation_required: second.is_none_or(|s| s != 0),
            confirmed_by_second: seconded > 0,
            confirmed_by_disabled: confirmed_stale > 0,
            second_by_disabled: seconded_stale > 0,
        })
    }

    /// Suspends the owner of `request` after the failed call-back `callback_id`:
    /// disabled, sessions ended, open requests flagged (through the suspension).
    pub(super) async fn suspend_after_callback(
        &self,
        tx: &mut crate::sql::WriteTx<'_>,
        request: &RequestSummary,
        callback_id: i64,
        staff: &Account,
        ctx: &Ctx,
    ) -> Result<()> {
        let owner = self
            .account_by_id_in(&mut tx.conn(), request.owner_id)
            .await?;
        sqlx::query("UPDATE accounts SET status = 'disabled', disabled_at = $2 WHERE id = $1")
            .bind(owner.id)
            .bind(ctx.at.unix_millis())
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

pub(super) const SUSPENSION_SELECT: &str = "SELECT s.id, s.account_id, a.email, a.name, r.public_id, r.reference, c.line, c.phone, c.note, b.name AS by_name, \
     s.suspended_at, s.open_requests, l.name AS lifted_name, s.lifted_at, s.lift_note FROM suspensions s \
     JOIN accounts a ON a.id = s.account_id JOIN requests r ON r.id = s.request_id JOIN callbacks c ON c.id = s.callback_id \
     JOIN accounts b ON b.id = s.suspended_by LEFT JOIN accounts l ON l.id = s.lifted_by";

pub(super) fn suspension_from_row(row: &sqlx::any::AnyRow) -> Result<SuspensionRecord> {
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
