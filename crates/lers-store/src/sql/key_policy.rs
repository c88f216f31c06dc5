//! Who must sign in with a phishing-resistant key (an admin setting), under four eyes
//! when it is relaxed: a tightening applies at once, a relaxation takes the requirement
//! away from people it protected, so one admin proposes it and another approves it (a
//! sole admin, who has nobody to ask, changes it alone, audited as such). The setting
//! and the waiting proposal are rows of `security_settings`.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome, ACTOR_SYSTEM};
use lers_domain::clock::Timestamp;
use lers_domain::passkey::KeyPolicy;
use lers_domain::powers::{ApprovalRefusal, APPROVAL_LIFETIME};
use serde_json::json;
use sqlx::Row;

use super::core::{SqlStore, WriteTx};
use super::four_eyes::{Decision, KEY_POLICY_PROPOSAL as PROPOSAL_SETTING};
use super::rows::{event, ts};
use crate::error::{Refusal, Result, StoreError};
use crate::model::{Account, Ctx};

const POLICY_SETTING: &str = "passkeys_required";

/// A relaxation waiting for a second admin.
#[derive(Clone, Debug)]
pub struct KeyPolicyProposal {
    pub policy: KeyPolicy,
    pub proposed_by: i64,
    pub proposer_name: String,
    pub proposed_at: Timestamp,
    pub expires_at: Timestamp,
}

/// The waiting relaxation as a deciding admin was shown it: the policy and when it was
/// proposed, so a decision cannot land on a later proposal of the same policy (one
/// proposed again after a rejection).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShownProposal {
    pub policy: KeyPolicy,
    pub proposed_at: Timestamp,
}

/// What a change of the policy did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyPolicyChange {
    /// In force now: a tightening, no change, or a sole admin's relaxation.
    Applied,
    /// A relaxation, waiting for a second admin.
    Proposed,
}

#[async_trait]
pub trait KeyPolicyStore: Send + Sync {
    async fn key_policy(&self) -> Result<KeyPolicy>;
    /// The acting admin (`ctx.actor`) sets the policy: applied at once unless it is a
    /// relaxation another admin could approve, which is then proposed instead
    /// (replacing any proposal waiting). Applying drops a waiting proposal, which was
    /// made against the earlier setting. The operator (`system`: the CLI and tests) is
    /// not an account; its change applies.
    async fn change_key_policy(&self, policy: KeyPolicy, ctx: &Ctx) -> Result<KeyPolicyChange>;
    /// The relaxation waiting at `now`, if any (an expired one is not shown).
    async fn key_policy_proposal(&self, now: Timestamp) -> Result<Option<KeyPolicyProposal>>;
    /// Another admin approves (applies) the waiting relaxation they were `shown`, or
    /// any admin rejects it. Returns the policy in force afterwards.
    async fn decide_key_policy(
        &self,
        shown: ShownProposal,
        approve: bool,
        ctx: &Ctx,
    ) -> Result<KeyPolicy>;
}

fn refused(refusal: ApprovalRefusal) -> StoreError {
    Refusal::Approval(refusal).into()
}

fn parsed(text: &str) -> Result<KeyPolicy> {
    text.parse()
        .map_err(|_| StoreError::Corrupt(format!("key policy {text:?}")))
}

impl SqlStore {
    async fn policy_in(&self, conn: &mut Conn<'_>) -> Result<KeyPolicy> {
        let value: Option<String> =
            sqlx::query_scalar("SELECT value FROM security_settings WHERE name = $1")
                .bind(POLICY_SETTING)
                .fetch_optional(conn)
                .await?;
        value.map_or(Ok(KeyPolicy::default()), |text| parsed(&text))
    }

    async fn proposal_in(&self, conn: &mut Conn<'_>) -> Result<Option<KeyPolicyProposal>> {
        let row = sqlx::query(
            "SELECT s.value, s.changed_at, s.changed_by, a.name FROM security_settings s \
             JOIN accounts a ON a.id = s.changed_by WHERE s.name = $1",
        )
        .bind(PROPOSAL_SETTING)
        .fetch_optional(conn)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let proposed_at = ts(&row, "changed_at")?;
        Ok(Some(KeyPolicyProposal {
            policy: parsed(&row.try_get::<String, _>("value")?)?,
            proposed_by: row.try_get("changed_by")?,
            proposer_name: row.try_get("name")?,
            proposed_at,
            expires_at: proposed_at.plus(APPROVAL_LIFETIME),
        }))
    }

    async fn write_setting(
        &self,
        tx: &mut WriteTx<'_>,
        name: &str,
        policy: KeyPolicy,
        by: Option<i64>,
        at: Timestamp,
    ) -> Result<()> {
        self.drop_setting(tx, name).await?;
        sqlx::query(
            "INSERT INTO security_settings (name, value, changed_at, changed_by) VALUES ($1, $2, $3, $4)",
        )
        .bind(name)
        .bind(policy.as_str())
        .bind(at.unix_millis())
        .bind(by)
        .execute(tx.conn())
        .await?;
        Ok(())
    }

    async fn drop_setting(&self, tx: &mut WriteTx<'_>, name: &str) -> Result<()> {
        sqlx::query("DELETE FROM security_settings WHERE name = $1")
            .bind(name)
            .execute(tx.conn())
            .await?;
        Ok(())
    }
}

#[async_trait]
impl KeyPolicyStore for SqlStore {
    async fn key_policy(&self) -> Result<KeyPolicy> {
        let mut conn = self.pool().acquire().await?;
        self.policy_in(&mut Conn::from(&mut conn)).await
    }

    async fn change_key_policy(&self, policy: KeyPolicy, ctx: &Ctx) -> Result<KeyPolicyChange> {
        let mut tx = self.begin().await?;
        // Changes and decisions take turns (on PostgreSQL too, where transactions run
        // side by side): each reads the policy and proposal it replaces.
        self.dialect()
            .lock_key(&mut tx.conn(), POLICY_SETTING)
            .await?;
        let admin: Option<Account> = match ctx.actor.as_str() {
            ACTOR_SYSTEM => None,
            _ => Some(self.acting_admin(&mut tx.conn(), ctx).await?),
        };
        let admin_id = admin.as_ref().map(|a| a.id);
        let current = self.policy_in(&mut tx.conn()).await?;
        let relaxes = policy.relaxes(current);
        let sole = match admin_id {
            Some(id) if relaxes => self.other_admins(&mut tx.conn(), id).await? == 0,
            _ => false,
        };
        let change = if relaxes && admin_id.is_some() && !sole {
            self.write_setting(&mut tx, PROPOSAL_SETTING, policy, admin_id, ctx.at)
                .await?;
            self.audit(
                &mut tx,
                event(ctx, AuditAction::PasskeyPolicyProposed, Outcome::Success)
                    .details(json!({"from": current.as_str(), "to": policy.as_str(),
                           "expires_at": ctx.at.plus(APPROVAL_LIFETIME).to_string()})),
            )
            .await?;
            KeyPolicyChange::Proposed
        } else {
            self.write_setting(&mut tx, POLICY_SETTING, policy, admin_id, ctx.at)
                .await?;
            self.drop_setting(&mut tx, PROPOSAL_SETTING).await?;
            let mut details = json!({"from": current.as_str(), "to": policy.as_str()});
            if sole {
                details["sole_admin_bootstrap"] = json!(true);
            }
            self.audit(
                &mut tx,
                event(ctx, AuditAction::PasskeyPolicyChanged, Outcome::Success).details(details),
            )
            .await?;
            KeyPolicyChange::Applied
        };
        tx.commit().await?;
        Ok(change)
    }

    async fn key_policy_proposal(&self, now: Timestamp) -> Result<Option<KeyPolicyProposal>> {
        let mut conn = self.pool().acquire().await?;
        Ok(self
            .proposal_in(&mut Conn::from(&mut conn))
            .await?
            .filter(|p| now < p.expires_at))
    }

    async fn decide_key_policy(
        &self,
        shown: ShownProposal,
        approve: bool,
        ctx: &Ctx,
    ) -> Result<KeyPolicy> {
        let decision = Decision {
            kind: "key_policy",
            subject: PROPOSAL_SETTING.to_owned(),
            approve,
        };
        let decided = self.decide_key_policy_in(shown, approve, ctx).await;
        self.audit_refused_decision(decided, decision, ctx).await
    }
}

impl SqlStore {
    async fn decide_key_policy_in(
        &self,
        shown: ShownProposal,
        approve: bool,
        ctx: &Ctx,
    ) -> Result<KeyPolicy> {
        let mut tx = self.begin().await?;
        self.dialect()
            .lock_key(&mut tx.conn(), POLICY_SETTING)
            .await?;
        let admin = self.acting_admin(&mut tx.conn(), ctx).await?;
        let proposal = self
            .proposal_in(&mut tx.conn())
            .await?
            .filter(|p| p.policy == shown.policy && p.proposed_at == shown.proposed_at)
            .ok_or_else(|| refused(ApprovalRefusal::Decided))?;
        if ctx.at >= proposal.expires_at {
            return Err(refused(ApprovalRefusal::Expired));
        }
        if approve && proposal.proposed_by == admin.id {
            return Err(refused(ApprovalRefusal::OwnProposal));
        }
        if approve {
            self.check_proposer_stands(&mut tx.conn(), proposal.proposed_by, proposal.proposed_at)
                .await?;
        }
        let current = self.policy_in(&mut tx.conn()).await?;
        self.drop_setting(&mut tx, PROPOSAL_SETTING).await?;
        let details = json!({"from": current.as_str(), "to": proposal.policy.as_str(),
                             "proposed_by": proposal.proposed_by});
        let in_force = if approve {
            self.write_setting(
                &mut tx,
                POLICY_SETTING,
                proposal.policy,
                Some(admin.id),
                ctx.at,
            )
            .await?;
            self.audit(
                &mut tx,
                event(ctx, AuditAction::PasskeyPolicyChanged, Outcome::Success).details(details),
            )
            .await?;
            proposal.policy
        } else {
            self.audit(
                &mut tx,
                event(ctx, AuditAction::PasskeyPolicyRejected, Outcome::Success).details(details),
            )
            .await?;
            current
        };
        tx.commit().await?;
        Ok(in_force)
    }
}
