//! Persistence of issue 11's hardening: recovery codes, four-eyes approvals (role
//! grants, second-factor resets), inactivity of requester accounts and API-token
//! renewal. Every change is audited in its own transaction; every one-time or racy
//! step is a guarded `UPDATE … WHERE`.

use async_trait::async_trait;
use lers_domain::account::{AccountKind, AccountStatus, Role, Roles};
use lers_domain::audit::{AuditAction, Outcome, ACTOR_SYSTEM};
use lers_domain::clock::Timestamp;
use lers_domain::powers::{
    self, ApprovalRefusal, ApprovalState, InactivityPolicy, InactivityStep, Proposal,
    ProposedChange, RoleChange,
};
use rand::RngCore;
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::core::SqlStore;
use super::rows::{event, opt_ts, ts};
use crate::error::{Changed, Refusal, Result, StoreError};
use crate::model::{Account, Ctx, NewSession};

/// Ten fresh recovery codes as shown to the person (`ABCDE-FGHIJ`).
pub fn new_recovery_codes() -> Vec<String> {
    (0..powers::RECOVERY_CODE_COUNT)
        .map(|_| powers::recovery_code_from_bits(rand::rngs::OsRng.next_u64()))
        .collect()
}

/// What is stored for a recovery code: SHA-256 over the account's pseudonym and the
/// normalised code (the per-account salt stops one precomputation serving all
/// accounts). `None` if `typed` cannot be a recovery code.
pub fn recovery_code_hash(account: &Account, typed: &str) -> Option<String> {
    let code = powers::normalize_recovery_code(typed)?;
    let digest = Sha256::digest(format!("lers-recovery-v1|{}|{code}", account.pseudonym));
    Some(hex::encode(digest))
}

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

/// A requester account that may be due for an inactivity step.
#[derive(Clone, Debug)]
pub struct InactiveAccount {
    pub account: Account,
    pub last_activity: Timestamp,
    pub warned_at: Option<Timestamp>,
}

#[async_trait]
pub trait PowersStore: Send + Sync {
    /// Makes the pending TOTP secret the account's second factor (first enrollment,
    /// or re-enrollment after a recovery code), replaces all recovery codes with
    /// `code_hashes` and marks the session verified. A re-enrollment ends the
    /// account's other sessions.
    async fn complete_enrollment_with_codes(
        &self,
        account: &Account,
        step: i64,
        session_hash: &str,
        code_hashes: &[String],
        ctx: &Ctx,
    ) -> Result<()>;
    /// Spends one recovery code (guarded: two logons with one code cannot both win)
    /// and opens a session that can only re-enroll TOTP. `false`: no such unused code,
    /// nothing changed.
    async fn log_in_with_recovery_code(
        &self,
        account: &Account,
        code_hash: &str,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<bool>;
    async fn recovery_codes_left(&self, account: &Account) -> Result<i64>;

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

    /// Active, verified requester accounts with no activity since `before`.
    async fn inactivity_candidates(&self, before: Timestamp) -> Result<Vec<InactiveAccount>>;
    /// Records that the inactivity warning went out (once per period); `false` if an
    /// earlier run recorded it already.
    async fn record_inactivity_warning(
        &self,
        account_id: i64,
        disable_on: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool>;
    /// Disables an account for inactivity if, re-checked under the write, the policy
    /// still says so; ends its sessions. `false`: nothing to do.
    async fn disable_if_inactive(
        &self,
        account_id: i64,
        policy: &InactivityPolicy,
        ctx: &Ctx,
    ) -> Result<bool>;

    /// Sets a new expiry on one of `owner`'s live tokens.
    async fn renew_api_token(
        &self,
        owner: &Account,
        id: &str,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<()>;
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
    async fn acting_admin(&self, conn: &mut AnyConnection, ctx: &Ctx) -> Result<Account> {
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
    pub(crate) async fn other_admins(
        &self,
        conn: &mut AnyConnection,
        except: i64,
    ) -> Result<usize> {
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
        conn: &mut AnyConnection,
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

    async fn approval_in(
        &self,
        conn: &mut AnyConnection,
        public_id: &str,
    ) -> Result<ApprovalRecord> {
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
        let public_id = crate::requests::random_id("apr");
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
        let record = self.approval_in(tx.conn(), &public_id).await?;
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
        let target = self.account_by_id_in(tx.conn(), record.target_id).await?;
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
                self.audit(
                    tx,
                    event(ctx, AuditAction::RolesChanged, Outcome::Success)
                        .subject(target.pseudonym.clone())
                        .details(json!({
                            "from": from.to_stored(),
                            "to": to.to_stored(),
                            "approval": record.public_id,
                            "proposed_by": proposer,
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
                let sessions = self.end_all_sessions(tx.conn(), target.id).await?;
                self.audit(
                    tx,
                    event(ctx, AuditAction::SecondFactorReset, Outcome::Success)
                        .subject(target.pseudonym.clone())
                        .details(json!({
                            "approval": record.public_id,
                            "proposed_by": proposer,
                            "recovery_codes_removed": codes,
                            "sessions_ended": sessions,
                        })),
                )
                .await
            }
        }
    }

    /// The latest of creation, login, re-enabling and API-token use.
    const LAST_ACTIVITY: &'static str =
        "SELECT a.id, a.inactivity_warned_at, a.created_at, a.last_login_at, a.enabled_at, \
         (SELECT MAX(t.last_used_at) FROM api_tokens t WHERE t.account_id = a.id) AS token_used_at \
         FROM accounts a";

    fn last_activity(row: &AnyRow) -> Result<Timestamp> {
        let mut latest = ts(row, "created_at")?;
        for column in ["last_login_at", "enabled_at", "token_used_at"] {
            if let Some(at) = opt_ts(row, column)? {
                latest = latest.max(at);
            }
        }
        Ok(latest)
    }
}

#[async_trait]
impl PowersStore for SqlStore {
    async fn complete_enrollment_with_codes(
        &self,
        account: &Account,
        step: i64,
        session_hash: &str,
        code_hashes: &[String],
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE accounts SET totp_secret_sealed = totp_pending_sealed, totp_pending_sealed = NULL, \
             totp_enrolled_at = $1, totp_last_step = $2, mfa_reenroll_required = 0 \
             WHERE id = $3 AND totp_pending_sealed IS NOT NULL AND (totp_enrolled_at IS NULL OR mfa_reenroll_required = 1)",
        )
        .bind(ctx.at.unix_millis())
        .bind(step)
        .bind(account.id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(Refusal::TotpAlreadyEnrolled.into());
        }
        let replaced = sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
            .bind(account.id)
            .execute(tx.conn())
            .await?
            .rows_affected();
        for hash in code_hashes {
            sqlx::query("INSERT INTO recovery_codes (account_id, code_hash, created_at) VALUES ($1, $2, $3)")
                .bind(account.id)
                .bind(hash)
                .bind(ctx.at.unix_millis())
                .execute(tx.conn())
                .await?;
        }
        // After a recovery, whoever else holds a session of this account is out.
        let mut other_sessions = 0;
        if account.mfa_reenroll_required {
            other_sessions =
                sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
                    .bind(account.id)
                    .bind(session_hash)
                    .execute(tx.conn())
                    .await?
                    .rows_affected();
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
                .details(json!({
                    "method": "totp",
                    "recovery_codes": code_hashes.len(),
                    "recovery_codes_replaced": replaced,
                    "reenrollment": account.mfa_reenroll_required,
                    "sessions_ended": other_sessions,
                })),
        )
        .await?;
        tx.commit().await
    }

    async fn log_in_with_recovery_code(
        &self,
        account: &Account,
        code_hash: &str,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let spent = sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 WHERE account_id = $2 AND code_hash = $3 AND used_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(account.id)
        .bind(code_hash)
        .execute(tx.conn())
        .await?
        .rows_affected();
        if spent != 1 {
            return Ok(false);
        }
        sqlx::query(
            "UPDATE accounts SET mfa_reenroll_required = 1, totp_pending_sealed = NULL, last_login_at = $1 WHERE id = $2",
        )
        .bind(ctx.at.unix_millis())
        .bind(account.id)
        .execute(tx.conn())
        .await?;
        sqlx::query("DELETE FROM login_failures WHERE account_id = $1")
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        // Like a fresh account: this session reaches only enrollment.
        self.insert_session(tx.conn(), account.id, &session, None, ctx)
            .await?;
        let left: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL",
        )
        .bind(account.id)
        .fetch_one(tx.conn())
        .await?;
        let ctx = ctx.acting_as(account);
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::RecoveryCodeUsed, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"codes_left": left, "reenrollment_required": true})),
        )
        .await?;
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::LoginSucceeded, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"stage": "recovery_code"})),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn recovery_codes_left(&self, account: &Account) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL",
        )
        .bind(account.id)
        .fetch_one(self.pool())
        .await?)
    }

    async fn sole_active_admin(&self, actor: &str) -> Result<bool> {
        let mut conn = self.pool().acquire().await?;
        let Some(account) = self
            .account_where(&mut conn, "a.pseudonym = $1", actor)
            .await?
        else {
            return Ok(false);
        };
        Ok(account.roles.contains(Role::Admin)
            && account.status == AccountStatus::Active
            && self.other_admins(&mut conn, account.id).await? == 0)
    }

    async fn propose_roles(&self, target_id: i64, to: &Roles, ctx: &Ctx) -> Result<ApprovalRecord> {
        let mut tx = self.begin().await?;
        let proposer = self.acting_admin(tx.conn(), ctx).await?;
        let target = self.account_by_id_in(tx.conn(), target_id).await?;
        powers::check_proposal(proposer.id, &proposer.roles, target.id).map_err(refusal)?;
        if target.kind != AccountKind::Staff {
            return Err(Refusal::RolesForStaffOnly.into());
        }
        if powers::privileged_grants(&target.roles, to).is_empty() {
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
        let proposer = self.acting_admin(tx.conn(), ctx).await?;
        let target = self.account_by_id_in(tx.conn(), target_id).await?;
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
        let mut tx = self.begin().await?;
        let decider = self.acting_admin(tx.conn(), ctx).await?;
        let record = self.approval_in(tx.conn(), public_id).await?;
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
        let record = self.approval_in(tx.conn(), public_id).await?;
        tx.commit().await?;
        Ok(record)
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

    async fn inactivity_candidates(&self, before: Timestamp) -> Result<Vec<InactiveAccount>> {
        let rows = sqlx::query(&format!(
            "{} WHERE a.kind = 'requester' AND a.status = 'active' AND a.email_verified_at IS NOT NULL \
             AND a.created_at < $1 AND COALESCE(a.last_login_at, 0) < $1 AND COALESCE(a.enabled_at, 0) < $1 ORDER BY a.id",
            Self::LAST_ACTIVITY
        ))
        .bind(before.unix_millis())
        .fetch_all(self.pool())
        .await?;
        let mut found = Vec::new();
        let mut conn = self.pool().acquire().await?;
        for row in &rows {
            let last_activity = Self::last_activity(row)?;
            if last_activity >= before {
                continue;
            }
            let account = self.account_by_id_in(&mut conn, row.try_get("id")?).await?;
            found.push(InactiveAccount {
                account,
                last_activity,
                warned_at: opt_ts(row, "inactivity_warned_at")?,
            });
        }
        Ok(found)
    }

    async fn record_inactivity_warning(
        &self,
        account_id: i64,
        disable_on: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let row = sqlx::query(&format!("{} WHERE a.id = $1", Self::LAST_ACTIVITY))
            .bind(account_id)
            .fetch_one(tx.conn())
            .await?;
        let last_activity = Self::last_activity(&row)?;
        // Once per period: a warning from before the last activity does not count.
        let done = sqlx::query(
            "UPDATE accounts SET inactivity_warned_at = $1 WHERE id = $2 AND (inactivity_warned_at IS NULL OR inactivity_warned_at < $3)",
        )
        .bind(ctx.at.unix_millis())
        .bind(account_id)
        .bind(last_activity.unix_millis())
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        let pseudonym: String = row_pseudonym(tx.conn(), account_id).await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::InactivityWarningSent, Outcome::Success)
                .subject(pseudonym)
                .details(json!({
                    "last_activity": last_activity.to_rfc3339(),
                    "disable_on": disable_on.to_rfc3339(),
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn disable_if_inactive(
        &self,
        account_id: i64,
        policy: &InactivityPolicy,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let row = sqlx::query(&format!(
            "{} WHERE a.id = $1 AND a.status = 'active' AND a.kind = 'requester'",
            Self::LAST_ACTIVITY
        ))
        .bind(account_id)
        .fetch_optional(tx.conn())
        .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        let last_activity = Self::last_activity(&row)?;
        let warned_at = opt_ts(&row, "inactivity_warned_at")?;
        if policy.step(last_activity, warned_at, ctx.at) != InactivityStep::Disable {
            return Ok(false);
        }
        let done = sqlx::query(
            "UPDATE accounts SET status = 'disabled', disabled_reason = $1 WHERE id = $2 AND status = 'active'",
        )
        .bind(powers::DISABLED_INACTIVE)
        .bind(account_id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        let sessions = self.end_all_sessions(tx.conn(), account_id).await?;
        let pseudonym = row_pseudonym(tx.conn(), account_id).await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::AccountDisabled, Outcome::Success)
                .subject(pseudonym)
                .details(json!({
                    "from": "active",
                    "to": "disabled",
                    "reason": powers::DISABLED_INACTIVE,
                    "last_activity": last_activity.to_rfc3339(),
                    "sessions_ended": sessions,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn renew_api_token(
        &self,
        owner: &Account,
        id: &str,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE api_tokens SET expires_at = $1 WHERE public_id = $2 AND account_id = $3 AND revoked_at IS NULL",
        )
        .bind(expires_at.unix_millis())
        .bind(id)
        .bind(owner.id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ApiTokenRenewed, Outcome::Success)
                .subject(id.to_owned())
                .details(json!({"expires_at": expires_at.to_rfc3339()})),
        )
        .await?;
        tx.commit().await
    }
}

async fn row_pseudonym(conn: &mut AnyConnection, account_id: i64) -> Result<String> {
    Ok(
        sqlx::query_scalar("SELECT pseudonym FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_one(conn)
            .await?,
    )
}

/// After an admin sets an account's status: the system's reason no longer applies,
/// and making it active starts a fresh inactivity period.
pub(crate) async fn after_status_change(
    conn: &mut AnyConnection,
    account_id: i64,
    status: AccountStatus,
    at: Timestamp,
) -> Result<()> {
    let query = if status == AccountStatus::Active {
        sqlx::query("UPDATE accounts SET disabled_reason = NULL, enabled_at = $1 WHERE id = $2")
            .bind(at.unix_millis())
            .bind(account_id)
    } else {
        sqlx::query("UPDATE accounts SET disabled_reason = NULL WHERE id = $1").bind(account_id)
    };
    query.execute(conn).await?;
    Ok(())
}
