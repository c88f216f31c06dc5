//! API tokens of requesters.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use serde_json::json;

use super::core::SqlStore;
use super::rows::event;
use crate::error::{Result, StoreError};
use crate::model::{Account, Ctx};

/// API tokens.
#[async_trait]
pub trait ApiTokenStore: Send + Sync {
    /// Sets a new expiry on one of `owner`'s live tokens.
    async fn renew_api_token(
        &self,
        owner: &Account,
        id: &str,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<()>;
}

#[async_trait]
impl ApiTokenStore for SqlStore {
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
