//! Risk scores of emergency requests.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Duration;
use lers_domain::emergency::risk::{RiskAssessment, RiskFacts};
use serde_json::json;
use sqlx::Row;

use super::emergency_rows::*;
use super::request_rows::RequestSummary;
use crate::model::*;
use crate::sql::{event, ts, SqlStore};
use crate::{Result, StoreError};

/// Risk scores.
#[async_trait]
pub trait RiskStore: Send + Sync {
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
}

#[async_trait]
impl RiskStore for SqlStore {
    async fn risk_facts(
        &self,
        request: &RequestSummary,
        first_token_use: bool,
        window: Duration,
    ) -> Result<RiskFacts> {
        let mut conn = self.pool().acquire().await?;
        let owner = self
            .account_by_id_in(&mut Conn::from(&mut conn), request.owner_id)
            .await?;
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
        let agency = self
            .agency_by_domain_in(&mut Conn::from(&mut conn), &domain)
            .await?;
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
}
