//! API tokens of requesters.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use serde_json::json;
use sqlx::Row;

use super::account_rows::{account_from_row, ACCOUNT_COLUMNS};
use super::core::SqlStore;
use super::request_rows::*;
use super::request_rows::{ApiTokenRecord, TokenLookup};
use super::rows::{event, opt_ts, ts};
use crate::crypto::tokens::random_id;
use crate::error::{Result, StoreError};
use crate::model::{Account, Ctx, TokenScope};

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
    async fn create_api_token(
        &self,
        owner: &Account,
        name: &str,
        scopes: &[TokenScope],
        token_hash: &str,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<ApiTokenRecord>;
    async fn api_tokens(&self, owner: &Account) -> Result<Vec<ApiTokenRecord>>;
    async fn revoke_api_token(&self, owner: &Account, id: &str, ctx: &Ctx) -> Result<()>;
    /// The account, scopes and first use behind a live token, marking it used (its
    /// first use once, its last at most once a minute); expired tokens are told apart
    /// from unknown ones and not marked.
    async fn api_token_account(&self, token_hash: &str, at: Timestamp) -> Result<TokenLookup>;
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

    async fn create_api_token(
        &self,
        owner: &Account,
        name: &str,
        scopes: &[TokenScope],
        token_hash: &str,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<ApiTokenRecord> {
        let mut tx = self.begin().await?;
        let public_id = random_id("tok");
        let scopes_text = scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(",");
        sqlx::query(
            "INSERT INTO api_tokens (public_id, account_id, name, token_hash, scopes, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&public_id)
        .bind(owner.id)
        .bind(name)
        .bind(token_hash)
        .bind(&scopes_text)
        .bind(ctx.at.unix_millis())
        .bind(expires_at.unix_millis())
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ApiTokenCreated, Outcome::Success)
                .subject(public_id.clone())
                .details(json!({"scopes": scopes_text, "expires_at": expires_at.to_rfc3339()})),
        )
        .await?;
        tx.commit().await?;
        Ok(ApiTokenRecord {
            id: public_id,
            name: name.to_owned(),
            scopes: scopes.to_vec(),
            created_at: ctx.at,
            last_used_at: None,
            revoked_at: None,
            expires_at,
        })
    }

    async fn api_tokens(&self, owner: &Account) -> Result<Vec<ApiTokenRecord>> {
        let rows = sqlx::query(
            "SELECT public_id, name, scopes, created_at, last_used_at, revoked_at, expires_at FROM api_tokens WHERE account_id = $1 ORDER BY id DESC",
        )
        .bind(owner.id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(token_from_row).collect()
    }

    async fn revoke_api_token(&self, owner: &Account, id: &str, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE public_id = $2 AND account_id = $3 AND revoked_at IS NULL")
            .bind(ctx.at.unix_millis())
            .bind(id)
            .bind(owner.id)
            .execute(tx.conn())
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        // Its webhooks end with it: events of the requester's requests must not go on
        // reaching a system whose access was withdrawn.
        let hooks = sqlx::query(
            "UPDATE webhooks SET removed_at = $1 WHERE removed_at IS NULL AND api_token_id = \
             (SELECT id FROM api_tokens WHERE public_id = $2 AND account_id = $3)",
        )
        .bind(ctx.at.unix_millis())
        .bind(id)
        .bind(owner.id)
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ApiTokenRevoked, Outcome::Success)
                .subject(id.to_owned())
                .details(json!({"webhooks_removed": hooks.rows_affected()})),
        )
        .await?;
        tx.commit().await
    }

    async fn api_token_account(&self, token_hash: &str, at: Timestamp) -> Result<TokenLookup> {
        // One read for the token and its account: it runs on every API call.
        let Some(row) = sqlx::query(&format!(
            "SELECT t.scopes AS token_scopes, t.last_used_at AS token_last_used_at, \
             t.expires_at AS token_expires_at, t.first_used_at AS token_first_used_at, {ACCOUNT_COLUMNS} \
             FROM api_tokens t JOIN accounts a ON a.id = t.account_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL"
        ))
        .bind(token_hash)
        .fetch_optional(self.point_read().await?.conn())
        .await?
        else {
            return Ok(TokenLookup::Unknown);
        };
        let expires_at = ts(&row, "token_expires_at")?;
        if lers_domain::powers::ApiTokenPolicy::expired(expires_at, at) {
            return Ok(TokenLookup::Expired(expires_at));
        }
        let scopes: String = row.try_get("token_scopes")?;
        let last_used = opt_ts(&row, "token_last_used_at")?;
        let mut first_used = opt_ts(&row, "token_first_used_at")?;
        let account = account_from_row(&row, &self.keys().sealer)?;
        // Only a call the API will serve counts as a use: a suspended or no longer
        // admitted account's calls must not age a token (a token counts as new, a
        // risk signal, for an hour after its first use).
        let served = account.api_served();
        // A minute's precision is enough and saves a write per API call; the guard
        // keeps two calls in the same minute from both writing. The first use is
        // stamped once, and two first calls racing agree on the one that was kept.
        if served
            && (first_used.is_none()
                || last_used.is_none_or(|last| at.since(last).as_seconds() >= 60))
        {
            let mut tx = self.begin().await?;
            let kept: Option<Option<i64>> = sqlx::query_scalar(
                "UPDATE api_tokens SET first_used_at = COALESCE(first_used_at, $1), \
                 last_used_at = CASE WHEN last_used_at IS NULL OR last_used_at <= $3 THEN $1 ELSE last_used_at END \
                 WHERE token_hash = $2 RETURNING first_used_at",
            )
            .bind(at.unix_millis())
            .bind(token_hash)
            .bind(at.unix_millis() - 60_000)
            .fetch_optional(tx.conn())
            .await?;
            tx.commit().await?;
            first_used = kept
                .flatten()
                .map(Timestamp::from_unix_millis)
                .or(first_used);
        }
        Ok(TokenLookup::Valid {
            account: Box::new(account),
            scopes: scopes.split(',').filter_map(TokenScope::parse).collect(),
            first_used: first_used.unwrap_or(at),
        })
    }
}
