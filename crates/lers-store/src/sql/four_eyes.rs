//! What every four-eyes decision shares — role grants and second-factor resets, the
//! key policy, field access, interface endpoints: an approval needs a proposer who
//! still stands behind the proposal, whatever a proposer leaves waiting is voided when
//! they stop standing, and a decision the rules refuse is audited, so an attempt to
//! approve one's own proposal (or without the power to) leaves a trace.

use crate::sql::Conn;
use lers_domain::account::{AccountStatus, Roles};
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::powers::{self, ApprovalRefusal};
use serde_json::json;

use super::core::SqlStore;
use super::rows::event;
use crate::error::{Refusal, Result, StoreError};
use crate::model::Ctx;

/// The `security_settings` row holding a key-policy relaxation that waits for a
/// second admin (kept here, beside the other kinds' waiting places, which
/// `void_proposals_by` clears).
pub(crate) const KEY_POLICY_PROPOSAL: &str = "passkeys_required_proposed";

/// SQL that is true when account `alias` still vouches for work it did at `done_at`
/// (a column): not disabled now, and not disabled since (`accounts.disabled_at` is kept
/// when an account is enabled again, so re-enabling brings nothing back). Reviews,
/// call-backs and their confirmations count under it.
pub(crate) fn vouches(alias: &str, done_at: &str) -> String {
    format!(
        "({alias}.status <> 'disabled' AND ({alias}.disabled_at IS NULL OR {alias}.disabled_at < {done_at}))"
    )
}

/// SQL that is 1 when account `alias` no longer vouches for work it did at `done_at`
/// ([`vouches`]), else 0: for pages that show such work as no longer counting.
pub(crate) fn disabled_since(alias: &str, done_at: &str) -> String {
    format!("(CASE WHEN {} THEN 0 ELSE 1 END)", vouches(alias, done_at))
}

/// Which decision was asked for, as the audit entry of a refusal names it.
pub(crate) struct Decision {
    /// The kind of proposal: `powers`, `key_policy`, `interface_endpoint` (field access
    /// records its refusals itself, as `field_access.changed` denied).
    pub(crate) kind: &'static str,
    /// What it is about (an approval id, `role/group`, `endpoint:N`, the setting).
    pub(crate) subject: String,
    pub(crate) approve: bool,
}

/// An interface endpoint proposed by `$1` and waiting for its second admin.
const UNAPPROVED_ENDPOINT: &str =
    "proposed_by = $1 AND approved_at IS NULL AND disabled_at IS NULL";

/// Whether any HI-1 record refers to the endpoint row being voided.
const REFERENCED: &str =
    "EXISTS (SELECT 1 FROM etsi_transactions x WHERE x.endpoint_id = interface_endpoints.id) \
     OR EXISTS (SELECT 1 FROM etsi_objects x WHERE x.endpoint_id = interface_endpoints.id) \
     OR EXISTS (SELECT 1 FROM etsi_orders x WHERE x.endpoint_id = interface_endpoints.id) \
     OR EXISTS (SELECT 1 FROM etsi_outbound x WHERE x.endpoint_id = interface_endpoints.id)";

/// Voids everything `proposer` proposed that still waits for a second admin, in the
/// caller's transaction; how many. Called where an account is disabled or loses the
/// admin role: checking the proposer only at approval would let a proposal come back
/// when its proposer is re-enabled (by one admin, who could approve it and disable
/// them again), and would leave a field-access cell frozen by a proposal nobody can
/// approve. Roles and resets are rejected, the key-policy proposal dropped, field
/// access cleared, a proposed endpoint removed (so its identity can be registered
/// again).
pub(crate) async fn void_proposals_by(
    conn: &mut Conn<'_>,
    proposer: i64,
    ctx: &Ctx,
) -> Result<u64> {
    let at = ctx.at.unix_millis();
    let powers = sqlx::query(
        "UPDATE pending_approvals SET state = 'rejected', decided_at = $1 \
         WHERE state = 'pending' AND proposed_by = $2",
    )
    .bind(at)
    .bind(proposer)
    .execute(&mut *conn)
    .await?;
    let key_policy =
        sqlx::query("DELETE FROM security_settings WHERE name = $1 AND changed_by = $2")
            .bind(KEY_POLICY_PROPOSAL)
            .bind(proposer)
            .execute(&mut *conn)
            .await?;
    let field_access = sqlx::query(
        "UPDATE field_access_rules SET proposed_access = NULL, proposed_by = NULL, \
         proposed_at = NULL WHERE proposed_by = $1",
    )
    .bind(proposer)
    .execute(&mut *conn)
    .await?;
    // A registration never approved is removed, not disabled: a disabled row keeps its
    // identity and credential taken for good (unique), and the authority could not be
    // registered again. One that something refers to (it cannot have traffic, but the
    // row would be kept anyway) is disabled instead.
    let endpoints = sqlx::query(&format!(
        "DELETE FROM interface_endpoints WHERE {UNAPPROVED_ENDPOINT} AND NOT ({REFERENCED})"
    ))
    .bind(proposer)
    .execute(&mut *conn)
    .await?;
    let kept = sqlx::query(&format!(
        "UPDATE interface_endpoints SET disabled_at = $2, \
         disabled_by = (SELECT id FROM accounts WHERE pseudonym = $3) \
         WHERE {UNAPPROVED_ENDPOINT} AND ({REFERENCED})"
    ))
    .bind(proposer)
    .bind(at)
    .bind(&ctx.actor)
    .execute(&mut *conn)
    .await?;
    Ok([powers, key_policy, field_access, endpoints, kept]
        .iter()
        .map(|done| done.rows_affected())
        .sum())
}

impl SqlStore {
    /// Refuses approving what `proposer` proposed at `proposed_at` unless they still
    /// stand behind it (`powers::proposer_stands`): an admin, not disabled since, still
    /// on record.
    pub(crate) async fn check_proposer_stands(
        &self,
        conn: &mut Conn<'_>,
        proposer: i64,
        proposed_at: Timestamp,
    ) -> Result<()> {
        let row: Option<(String, String, Option<i64>)> = sqlx::query_as(
            "SELECT status, roles, disabled_at FROM accounts WHERE id = $1 AND kind = 'staff'",
        )
        .bind(proposer)
        .fetch_optional(conn)
        .await?;
        let standing = row.and_then(|(status, roles, disabled_at)| {
            Some((
                status.parse::<AccountStatus>().ok()?,
                Roles::parse_stored(&roles).ok()?,
                disabled_at.map(Timestamp::from_unix_millis),
            ))
        });
        let Some((status, roles, disabled_at)) = standing else {
            return Err(Refusal::Approval(ApprovalRefusal::ProposerNotAdmin).into());
        };
        let proposer = powers::Proposer {
            status,
            roles: &roles,
            disabled_at,
        };
        powers::proposer_stands(&proposer, proposed_at)
            .map_err(|refusal| Refusal::Approval(refusal).into())
    }

    /// `decided` unchanged, after recording an `approval.denied` entry (in a
    /// transaction of its own: the refused one wrote nothing) when a rule refused the
    /// decision. Other failures (the database, a stale page) are no attempt to judge.
    pub(crate) async fn audit_refused_decision<T>(
        &self,
        decided: Result<T>,
        decision: Decision,
        ctx: &Ctx,
    ) -> Result<T> {
        let Err(StoreError::Refused(refusal)) = &decided else {
            return decided;
        };
        let denied = event(ctx, AuditAction::ApprovalDenied, Outcome::Denied)
            .subject(decision.subject)
            .details(json!({
                "kind": decision.kind,
                "decision": if decision.approve { "approve" } else { "reject" },
                "reason": refusal.to_string(),
            }));
        let mut tx = self.begin().await?;
        self.audit(&mut tx, denied).await?;
        tx.commit().await?;
        decided
    }
}
