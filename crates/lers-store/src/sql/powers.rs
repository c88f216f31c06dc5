//! Four-eyes approvals of powers: role grants (admin, approver) and second-factor
//! resets proposed by one admin and decided by another. Every change is audited in its
//! own transaction; every racy step is a guarded `UPDATE … WHERE`.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::account::{AccountKind, AccountStatus, Role, Roles};
use lers_domain::audit::{AuditAction, Outcome, ACTOR_SYSTEM};
use lers_domain::clock::Timestamp;
use lers_domain::powers::{
    self, ApprovalRefusal, ApprovalState, Proposal, ProposedChange, RoleChange,
};
use serde::Serialize;
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::core::SqlStore;
use super::four_eyes::{void_proposals_by, Decision};
pub use super::recovery::{new_recovery_codes, recovery_code_hash};
use super::rows::{event, opt_ts, ts};
use crate::error::{Changed, Refusal, Result, StoreError};
use crate::model::{Account, Ctx};

/// A proposal with the names an admin needs to judge it.
#[derive(Clone, Debug, Serialize)]
pub struct ApprovalRecord {
    pub public_id: String,
    pub change: ProposedChange,
    pub target_id: i64,
    pub target_name: String,
    pub target_email: String,
    pub target_pseudonym: String,
    pub proposed_by: i64,
    pub proposer_name: String,
    pub proposed_at: Timestamp,
    pub expires_at: Timestamp,
    pub state: ApprovalState,
    pub decided_at: Option<Timestamp>,
}

#[async_trait]
pub trait PowersStore: Send + Sync {
    /// Whether the acting admin (`ctx.actor`) is the only admin account (any status).
    async fn sole_active_admin(&self, actor: &str) -> Result<bool>;
    /// Proposes setting a staff member's roles to `to` (adding admin or approver).
    async fn propose_roles(&self, target_id: i64, to: &Roles, ctx: &Ctx) -> Result<ApprovalRecord>;
    /// Proposes removing an account's second factor.
    async fn propose_second_factor_reset(
        &self,
        target_id: i64,
        ctx: &Ctx,
    ) -> Result<ApprovalRecord>;
    /// A second admin approves (applying the change in the same transaction) or
    /// rejects a proposal.
    async fn decide_approval(
        &self,
        public_id: &str,
        approve: bool,
        ctx: &Ctx,
    ) -> Result<ApprovalRecord>;
    /// Proposals still waiting at `now`, oldest first.
    async fn open_approvals(&self, now: Timestamp) -> Result<Vec<ApprovalRecord>>;
}

fn refusal(e: ApprovalRefusal) -> StoreError {
    Refusal::Approval(e).into()
}

const APPROVAL_SELECT: &str = "SELECT p.public_id, p.kind, p.payload, p.target_id, p.proposed_by, p.proposed_at, \
     p.expires_at, p.state, p.decided_at, t.name AS target_name, t.email AS target_email, \
     t.pseudonym AS target_pseudonym, s.name AS proposer_name \
     FROM pending_approvals p JOIN accounts t ON t.id = p.target_id JOIN accounts s ON s.id = p.proposed_by";

fn approval_from_row(row: &AnyRow) -> Result<ApprovalRecord> {
    let payload: String = row.try_get("payload")?;
    let state: String = row.try_get("state")?;
    Ok(ApprovalRecord {
        public_id: row.try_get("public_id")?,
        change: serde_json::from_str(&payload)
            .map_err(|e| StoreError::Corrupt(format!("approval payload: {e}")))?,
        target_id: row.try_get("target_id")?,
        target_name: row.try_get("target_name")?,
        target_email: row.try_get("target_email")?,
        target_pseudonym: row.try_get("target_pseudonym")?,
        proposed_by: row.try_get("proposed_by")?,
        proposer_name: row.try_get("proposer_name")?,
        proposed_at: ts(row, "proposed_at")?,
        expires_at: ts(row, "expires_at")?,
        state: ApprovalState::parse(&state)
            .ok_or_else(|| StoreError::Corrupt(format!("approval state {state}")))?,
        decided_at: opt_ts(row, "decided_at")?,
    })
}

impl ApprovalRecord {
    fn proposal(&self) -> Proposal {
        Proposal {
            change: self.change.clone(),
            target: self.target_id,
            proposed_by: self.proposed_by,
            proposed_at: self.proposed_at,
            expires_at: self.expires_at,
            state: self.state,
        }
    }
}

impl SqlStore {
    /// The acting account (`ctx.actor`), which must be an active staff admin.
    pub(crate) async fn acting_admin(&self, conn: &mut Conn<'_>, ctx: &Ctx) -> Result<Account> {
        let actor = self
            .account_where(conn, "a.pseudonym = $1", &ctx.actor)
            .await?
            .filter(|a| {
                a.kind == AccountKind::Staff
                    && a.status == AccountStatus::Active
                    && a.roles.contains(Role::Admin)
            })
            .ok_or_else(|| refusal(ApprovalRefusal::NotAdmin))?;
        Ok(actor)
    }

    /// Admin accounts other than `except`, in any status: locking or disabling the
    /// other admins (five wrong passwords lock an account) must not make anyone the
    /// sole admin who may grant powers alone.
    pub(crate) async fn other_admins(&self, conn: &mut Conn<'_>, except: i64) -> Result<usize> {
        let roles: Vec<String> = sqlx::query_scalar(
            "SELECT roles FROM accounts WHERE kind = 'staff' AND id <> $1 AND roles LIKE '%admin%'",
        )
        .bind(except)
        .fetch_all(conn)
        .await?;
        Ok(roles
            .iter()
            .filter(|r| Roles::parse_stored(r).is_ok_and(|roles| roles.contains(Role::Admin)))
            .count())
    }

    /// Separation of duties for a direct role change by `ctx.actor` of account
    /// `target_id` (0: an account being created) (the store's
    /// half of the rule; the page asks for a fresh code before a bootstrap grant).
    /// The operator (`system`: the CLI and tests) is not an account and may.
    pub(crate) async fn check_direct_role_change(
        &self,
        conn: &mut Conn<'_>,
        target_id: i64,
        from: &Roles,
        to: &Roles,
        ctx: &Ctx,
    ) -> Result<RoleChange> {
        if ctx.actor == ACTOR_SYSTEM {
            return Ok(RoleChange::Direct);
        }
        let actor = self
            .account_where(conn, "a.pseudonym = $1", &ctx.actor)
            .await?
            .ok_or_else(|| refusal(ApprovalRefusal::NotAdmin))?;
        let sole =
            actor.roles.contains(Role::Admin) && self.other_admins(conn, actor.id).await? == 0;
        let plan =
            powers::plan_role_change(actor.id, target_id, from, to, sole).map_err(refusal)?;
        if plan == RoleChange::NeedsApproval {
            return Err(Refusal::GrantNeedsApproval.into());
        }
        Ok(plan)
    }

    async fn approval_in(&self, conn: &mut Conn<'_>, public_id: &str) -> Result<ApprovalRecord> {
        let row = sqlx::query(&format!("{APPROVAL_SELECT} WHERE p.public_id = $1"))
            .bind(public_id)
            .fetch_optional(conn)
            .await?
            .ok_or(StoreError::NotFound)?;
        approval_from_row(&row)
    }

    async fn insert_proposal(
        &self,
        mut tx: super::core::WriteTx<'_>,
        proposer: &Account,
        target: &Account,
        change: ProposedChange,
        ctx: &Ctx,
    ) -> Result<ApprovalRecord> {
        // A proposal past its time no longer blocks a new one.
        sqlx::query("UPDATE pending_approvals SET state = 'expired' WHERE kind = $1 AND target_id = $2 AND state = 'pending' AND expires_at <= $3")
            .bind(change.kind())
            .bind(target.id)
            .bind(ctx.at.unix_millis())
            .execute(tx.conn())
            .await?;
        let waiting: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM pending_approvals WHERE kind = $1 AND target_id = $2 AND state = 'pending'",
        )
        .bind(change.kind())
        .bind(target.id)
        .fetch_one(tx.conn())
        .await?;
        if waiting > 0 {
            return Err(Refusal::ProposalWaiting {
                target: target.name.clone(),
            }
            .into());
        }
        let proposal = Proposal::new(change, target.id, proposer.id, ctx.at);
        let public_id = crate::crypto::tokens::random_id("apr");
        let payload = serde_json::to_string(&proposal.change)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        sqlx::query(
            "INSERT INTO pending_approvals (public_id, kind, target_id, payload, proposed_by, proposed_at, expires_at, state) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending')",
        )
        .bind(&public_id)
        .bind(proposal.change.kind())
        .bind(target.id)
        .bind(&payload)
        .bind(proposer.id)
        .bind(ctx.at.unix_millis())
        .bind(proposal.expires_at.unix_millis())
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ApprovalProposed, Outcome::Success)
                .subject(target.pseudonym.clone())
                .details(json!({
                    "approval": public_id,
                    "change": proposal.change,
                    "expires_at": proposal.expires_at.to_rfc3339(),
                })),
        )
        .await?;
        let record = self.approval_in(&mut tx.conn(), &public_id).await?;
        tx.commit().await?;
        Ok(record)
    }

    /// Applies an approved change; `approval` names it in the audit record.
    async fn apply_change(
        &self,
        tx: &mut super::core::WriteTx<'_>,
        record: &ApprovalRecord,
        proposer: &str,
        ctx: &Ctx,
    ) -> Result<()> {
        let target = self
            .account_by_id_in(&mut tx.conn(), record.target_id)
            .await?;
        match &record.change {
            ProposedChange::GrantRoles { from, to } => {
                if target.kind != AccountKind::Staff {
                    return Err(Refusal::RolesForStaffOnly.into());
                }
                let done =
                    sqlx::query("UPDATE accounts SET roles = $1 WHERE id = $2 AND roles = $3")
                        .bind(to.to_stored())
                        .bind(target.id)
                        .bind(from.to_stored())
                        .execute(tx.conn())
                        .await?;
                if done.rows_affected() != 1 {
                    return Err(StoreError::ChangedMeanwhile(Changed::RolesSinceProposal {
                        target: target.name.clone(),
                    }));
                }
                let proposals_voided = if powers::removes_admin(from, to) {
                    void_proposals_by(&mut tx.conn(), target.id, ctx).await?
                } else {
                    0
                };
                self.audit(
                    tx,
                    event(ctx, AuditAction::RolesChanged, Outcome::Success)
                        .subject(target.pseudonym.clone())
                        .details(json!({
                            "from": from.to_stored(),
                            "to": to.to_stored(),
                            "approval": record.public_id,
                            "proposed_by": proposer,
                            "proposals_voided": proposals_voided,
                        })),
                )
                .await
            }
            ProposedChange::ResetSecondFactor => {
                sqlx::query(
                    "UPDATE accounts SET totp_secret_sealed = NULL, totp_pending_sealed = NULL, totp_enrolled_at = NULL, \
                     mfa_reenroll_required = 0 WHERE id = $1",
                )
                .bind(target.id)
                .execute(tx.conn())
                .await?;
                let codes = sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
                    .bind(target.id)
                    .execute(tx.conn())
                    .await?
                    .rows_affected();
                // A key is a complete second factor: a reset takes the keys too.
                let keys = sqlx::query("DELETE FROM passkeys WHERE account_id = $1")
                    .bind(target.id)
                    .execute(tx.conn())
                    .await?
                    .rows_affected();
                let sessions = self.end_all_sessions(&mut tx.conn(), target.id).await?;
                self.audit(
                    tx,
                    event(ctx, AuditAction::SecondFactorReset, Outcome::Success)
                        .subject(target.pseudonym.clone())
                        .details(json!({
                            "approval": record.public_id,
                            "proposed_by": proposer,
                            "recovery_codes_removed": codes,
                            "keys_removed": keys,
                            "sessions_ended": sessions,
                        })),
                )
                .await
            }
        }
    }
}

#[async_trait]
impl PowersStore for SqlStore {
    async fn sole_active_admin(&self, actor: &str) -> Result<bool> {
        let mut conn = self.pool().acquire().await?;
        let Some(account) = self
            .account_where(&mut Conn::from(&mut conn), "a.pseudonym = $1", actor)
            .await?
        else {
            return Ok(false);
        };
        Ok(account.roles.contains(Role::Admin)
            && account.status == AccountStatus::Active
            && self
                .other_admins(&mut Conn::from(&mut conn), account.id)
                .await?
                == 0)
    }

    async fn propose_roles(&self, target_id: i64, to: &Roles, ctx: &Ctx) -> Result<ApprovalRecord> {
        let mut tx = self.begin().await?;
        let proposer = self.acting_admin(&mut tx.conn(), ctx).await?;
        let target = self.account_by_id_in(&mut tx.conn(), target_id).await?;
        powers::check_proposal(proposer.id, &proposer.roles, target.id).map_err(refusal)?;
        if target.kind != AccountKind::Staff {
            return Err(Refusal::RolesForStaffOnly.into());
        }
        if !powers::needs_four_eyes(&target.roles, to) {
            return Err(Refusal::GrantNotPrivileged.into());
        }
        let change = ProposedChange::GrantRoles {
            from: target.roles.clone(),
            to: to.clone(),
        };
        self.insert_proposal(tx, &proposer, &target, change, ctx)
            .await
    }

    async fn propose_second_factor_reset(
        &self,
        target_id: i64,
        ctx: &Ctx,
    ) -> Result<ApprovalRecord> {
        let mut tx = self.begin().await?;
        let proposer = self.acting_admin(&mut tx.conn(), ctx).await?;
        let target = self.account_by_id_in(&mut tx.conn(), target_id).await?;
        powers::check_proposal(proposer.id, &proposer.roles, target.id).map_err(refusal)?;
        if !target.mfa_enrolled() {
            return Err(Refusal::NoSecondFactor {
                target: target.name,
            }
            .into());
        }
        self.insert_proposal(
            tx,
            &proposer,
            &target,
            ProposedChange::ResetSecondFactor,
            ctx,
        )
        .await
    }

    async fn decide_approval(
        &self,
        public_id: &str,
        approve: bool,
        ctx: &Ctx,
    ) -> Result<ApprovalRecord> {
        let decided = self.decide_approval_in(public_id, approve, ctx).await;
        let decision = Decision {
            kind: "powers",
            subject: public_id.to_owned(),
            approve,
        };
        self.audit_refused_decision(decided, decision, ctx).await
    }

    async fn open_approvals(&self, now: Timestamp) -> Result<Vec<ApprovalRecord>> {
        let rows = sqlx::query(&format!(
            "{APPROVAL_SELECT} WHERE p.state = 'pending' AND p.expires_at > $1 ORDER BY p.proposed_at, p.id"
        ))
        .bind(now.unix_millis())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(approval_from_row).collect()
    }
}

impl SqlStore {
    async fn decide_approval_in(
        &self,
        public_id: &str,
        approve: bool,
        ctx: &Ctx,
    ) -> Result<ApprovalRecord> {
        let mut tx = self.begin().await?;
        let decider = self.acting_admin(&mut tx.conn(), ctx).await?;
        let record = self.approval_in(&mut tx.conn(), public_id).await?;
        match record
            .proposal()
            .check_decision(decider.id, &decider.roles, ctx.at)
        {
            Ok(()) => {}
            Err(ApprovalRefusal::Expired) => {
                sqlx::query("UPDATE pending_approvals SET state = 'expired' WHERE id = (SELECT id FROM pending_approvals WHERE public_id = $1) AND state = 'pending'")
                    .bind(public_id)
                    .execute(tx.conn())
                    .await?;
                tx.commit().await?;
                return Err(refusal(ApprovalRefusal::Expired));
            }
            Err(other) => return Err(refusal(other)),
        }
        if approve {
            self.check_proposer_stands(&mut tx.conn(), record.proposed_by, record.proposed_at)
                .await?;
        }
        let state = if approve {
            ApprovalState::Approved
        } else {
            ApprovalState::Rejected
        };
        let done = sqlx::query(
            "UPDATE pending_approvals SET state = $1, decided_by = $2, decided_at = $3 WHERE public_id = $4 AND state = 'pending'",
        )
        .bind(state.as_str())
        .bind(decider.id)
        .bind(ctx.at.unix_millis())
        .bind(public_id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(refusal(ApprovalRefusal::Decided));
        }
        let proposer: String = sqlx::query_scalar("SELECT pseudonym FROM accounts WHERE id = $1")
            .bind(record.proposed_by)
            .fetch_one(tx.conn())
            .await?;
        let action = if approve {
            AuditAction::ApprovalApproved
        } else {
            AuditAction::ApprovalRejected
        };
        self.audit(
            &mut tx,
            event(ctx, action, Outcome::Success)
                .subject(record.target_pseudonym.clone())
                .details(json!({
                    "approval": record.public_id,
                    "change": record.change,
                    "proposed_by": proposer,
                })),
        )
        .await?;
        if approve {
            self.apply_change(&mut tx, &record, &proposer, ctx).await?;
        }
        let record = self.approval_in(&mut tx.conn(), public_id).await?;
        tx.commit().await?;
        Ok(record)
    }
}
