//! First start: whether an admin exists, the setup link, the first admin.

use async_trait::async_trait;
use lers_domain::account::{AccountKind, RequesterProfile, Role, Roles};
use lers_domain::audit::{AuditAction, Outcome};
use serde_json::json;

use super::core::SqlStore;
use super::links::{NewAccount, NewToken};
use super::rows::event;
use super::sessions::NewSession;
use crate::error::Result;
use crate::model::{Account, Ctx, TokenPurpose};

/// First start.
#[async_trait]
pub trait SetupStore: Send + Sync {
    // --- First start -------------------------------------------------------------
    async fn admin_exists(&self) -> Result<bool>;

    /// Replaces any earlier first-admin link with a new one.
    async fn issue_setup_token(&self, token: NewToken, ctx: &Ctx) -> Result<()>;

    /// Creates the first admin from a setup link, with a session for TOTP enrollment.
    async fn complete_admin_setup(
        &self,
        token_hash: &str,
        name: &str,
        email: &str,
        password_hash: &str,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<Account>;
}

#[async_trait]
impl SetupStore for SqlStore {
    async fn admin_exists(&self) -> Result<bool> {
        let roles: Vec<String> = sqlx::query_scalar(
            "SELECT roles FROM accounts WHERE kind = 'staff' AND roles LIKE '%admin%'",
        )
        .fetch_all(self.pool())
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
        self.insert_token(
            &mut tx.conn(),
            &token,
            TokenPurpose::FirstAdmin,
            None,
            ctx.at,
        )
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
        self.redeem_token(
            &mut tx.conn(),
            token_hash,
            &[TokenPurpose::FirstAdmin],
            ctx.at,
        )
        .await?;
        let roles: Roles = [Role::Admin].into_iter().collect();
        let account = self
            .insert_account(
                &mut tx.conn(),
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
        self.insert_session(&mut tx.conn(), account.id, &session, None, ctx)
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
}
