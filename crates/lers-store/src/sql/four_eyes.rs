//! What every four-eyes decision shares — role grants and second-factor resets, the
//! key policy, field access, interface endpoints: an approval needs a proposer who
//! still stands behind the proposal, and a decision the rules refuse is audited, so
//! an attempt to approve one's own proposal (or without the power to) leaves a trace.

use lers_domain::account::{AccountStatus, Roles};
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::powers::{self, ApprovalRefusal};
use serde_json::json;
use sqlx::AnyConnection;

use super::core::SqlStore;
use super::rows::event;
use crate::error::{Refusal, Result, StoreError};
use crate::model::Ctx;

/// Which decision was asked for, as the audit entry of a refusal names it.
pub(crate) struct Decision {
    /// The kind of proposal: `powers`, `key_policy`, `field_access`, `interface_endpoint`.
    pub(crate) kind: &'static str,
    /// What it is about (an approval id, `role/group`, `endpoint:N`, the setting).
    pub(crate) subject: String,
    pub(crate) approve: bool,
}

impl SqlStore {
    /// Refuses approving what `proposer` proposed unless they still stand behind it
    /// (`powers::proposer_stands`): an admin, not switched off, still on record.
    pub(crate) async fn check_proposer_stands(
        &self,
        conn: &mut AnyConnection,
        proposer: i64,
    ) -> Result<()> {
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT status, roles FROM accounts WHERE id = $1 AND kind = 'staff'")
                .bind(proposer)
                .fetch_optional(conn)
                .await?;
        let standing = row.and_then(|(status, roles)| {
            Some((
                status.parse::<AccountStatus>().ok()?,
                Roles::parse_stored(&roles).ok()?,
            ))
        });
        let Some((status, roles)) = standing else {
            return Err(Refusal::Approval(ApprovalRefusal::ProposerNotAdmin).into());
        };
        powers::proposer_stands(status, &roles).map_err(|refusal| Refusal::Approval(refusal).into())
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
