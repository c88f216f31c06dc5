//! Administration of accounts: staff invitations, roles and status.

use async_trait::async_trait;
use lers_domain::account::{AccountKind, AccountStatus, RequesterProfile, Role, Roles};
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::powers;
use serde_json::json;

use super::core::SqlStore;
use super::four_eyes::void_proposals_by;
use super::links::{NewAccount, NewToken};
use super::rows::event;
use crate::error::{Refusal, Result};
use crate::model::{Account, Ctx, TokenPurpose};

/// Administration of accounts.
#[async_trait]
pub trait StaffStore: Send + Sync {
    async fn create_staff(
        &self,
        email: &str,
        name: &str,
        roles: &Roles,
        invitation: NewToken,
        ctx: &Ctx,
    ) -> Result<Account>;

    async fn set_roles(&self, account_id: i64, roles: &Roles, ctx: &Ctx) -> Result<Account>;

    /// Locks, unlocks, disables or re-enables; disabling or locking ends all sessions.
    async fn set_account_status(
        &self,
        account_id: i64,
        status: AccountStatus,
        ctx: &Ctx,
    ) -> Result<Account>;
}

#[async_trait]
impl StaffStore for SqlStore {
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
            .check_direct_role_change(&mut tx.conn(), 0, &Roles::none(), roles, ctx)
            .await?;
        let account = self
            .insert_account(
                &mut tx.conn(),
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
            &mut tx.conn(),
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
        let account = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        if account.kind != AccountKind::Staff {
            return Err(Refusal::RolesForStaffOnly.into());
        }
        // Nobody changes their own roles; admin and approver need four eyes.
        let plan = self
            .check_direct_role_change(&mut tx.conn(), account.id, &account.roles, roles, ctx)
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
        let proposals_voided = if powers::removes_admin(&account.roles, roles) {
            void_proposals_by(&mut tx.conn(), account_id, ctx).await?
        } else {
            0
        };
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RolesChanged, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(
                    json!({"from": account.roles.to_stored(), "to": roles.to_stored(),
                    "sole_admin_bootstrap": plan == powers::RoleChange::SoleAdminBootstrap,
                    "proposals_voided": proposals_voided}),
                ),
        )
        .await?;
        let updated = self.account_by_id_in(&mut tx.conn(), account_id).await?;
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
        let account = self
            .hold_account_unless_erased(&mut tx.conn(), account_id)
            .await?;
        if account.pseudonym == ctx.actor && status != AccountStatus::Active {
            return Err(Refusal::OwnAccountStatus.into());
        }
        // A binned account comes back only by restoring it, which also takes it out of
        // the bin; enabled here it would still be anonymised when the bin purges it.
        if account.disabled_reason.as_deref() == Some("binned") {
            return Err(Refusal::InRecycleBin.into());
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
        super::inactivity::after_status_change(&mut tx.conn(), account_id, status, ctx.at).await?;
        let mut sessions_ended = 0;
        let proposals_voided = if status == AccountStatus::Disabled {
            sqlx::query("UPDATE accounts SET disabled_at = $1 WHERE id = $2")
                .bind(ctx.at.unix_millis())
                .bind(account_id)
                .execute(tx.conn())
                .await?;
            void_proposals_by(&mut tx.conn(), account_id, ctx).await?
        } else {
            0
        };
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
            sessions_ended = self.end_all_sessions(&mut tx.conn(), account_id).await?;
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
                .details(json!({"from": account.status.as_str(), "to": status.as_str(), "sessions_ended": sessions_ended, "proposals_voided": proposals_voided})),
        )
        .await?;
        let updated = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        tx.commit().await?;
        Ok(updated)
    }
}
