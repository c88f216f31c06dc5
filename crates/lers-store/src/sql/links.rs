//! One-time links (setup, verification, invitation, reset, email change) and the
//! accounts they create: stored, redeemed once, revoked.

use super::core::SqlStore;
use crate::error::Refusal;
use crate::error::Result;
use crate::error::StoreError;
use crate::model::{Account, NewToken, TokenPurpose};
use lers_domain::account::AccountKind;
use lers_domain::account::RequesterProfile;
use lers_domain::account::Roles;
use lers_domain::clock::Timestamp;
use rand::RngCore;
use sqlx::AnyConnection;
use sqlx::Row;

impl SqlStore {
    pub(super) async fn insert_token(
        &self,
        conn: &mut AnyConnection,
        token: &NewToken,
        purpose: TokenPurpose,
        account_id: Option<i64>,
        at: Timestamp,
    ) -> Result<()> {
        self.insert_link(conn, token, purpose, account_id, at, None, None)
            .await
    }

    /// Stores a link; a verification link carries the profile of its sign-up (JSON),
    /// an email-change link the new address.
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn insert_link(
        &self,
        conn: &mut AnyConnection,
        token: &NewToken,
        purpose: TokenPurpose,
        account_id: Option<i64>,
        at: Timestamp,
        profile: Option<String>,
        new_email: Option<&str>,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO one_time_tokens (token_hash, purpose, account_id, created_at, expires_at, profile, new_email) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&token.token_hash)
        .bind(purpose.as_str())
        .bind(account_id)
        .bind(at.unix_millis())
        .bind(token.expires_at.unix_millis())
        .bind(profile)
        .bind(new_email)
        .execute(conn)
        .await?;
        Ok(())
    }

    /// Marks a link used if it is still good; the `used_at IS NULL` guard makes two
    /// concurrent redemptions of one link impossible, and `revoked_at IS NULL` one
    /// racing its revocation.
    pub(crate) async fn redeem_token(
        &self,
        conn: &mut AnyConnection,
        token_hash: &str,
        allowed: &[TokenPurpose],
        at: Timestamp,
    ) -> Result<Option<i64>> {
        let row = sqlx::query("SELECT purpose, account_id, expires_at, used_at, revoked_at FROM one_time_tokens WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::TokenUnknown)?;
        let purpose: String = row.try_get("purpose")?;
        if !TokenPurpose::parse(&purpose).is_some_and(|p| allowed.contains(&p)) {
            return Err(StoreError::TokenUnknown);
        }
        if row.try_get::<Option<i64>, _>("used_at")?.is_some() {
            return Err(StoreError::TokenUsed);
        }
        if row.try_get::<Option<i64>, _>("revoked_at")?.is_some() {
            return Err(StoreError::TokenRevoked);
        }
        if row.try_get::<i64, _>("expires_at")? <= at.unix_millis() {
            return Err(StoreError::TokenExpired);
        }
        let done = sqlx::query(
            "UPDATE one_time_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND revoked_at IS NULL",
        )
        .bind(at.unix_millis())
        .bind(token_hash)
        .execute(&mut *conn)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::TokenUsed);
        }
        Ok(row.try_get("account_id")?)
    }

    pub(super) async fn insert_account(
        &self,
        conn: &mut AnyConnection,
        new: NewAccount<'_>,
        at: Timestamp,
    ) -> Result<Account> {
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE email = $1")
            .bind(new.email)
            .fetch_one(&mut *conn)
            .await?;
        if taken > 0 {
            return Err(Refusal::AccountExists {
                email: new.email.to_string(),
            }
            .into());
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO accounts (pseudonym, kind, email, name, agency, badge_number, phone, mailing_address, country, \
             subdivision, matched_domain_rule, roles, status, email_verified_at, password_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'active', $13, $14, $15) RETURNING id",
        )
        .bind(new_pseudonym())
        .bind(new.kind.as_str())
        .bind(new.email)
        .bind(new.name)
        .bind(&new.profile.agency)
        .bind(&new.profile.badge_number)
        .bind(&new.profile.phone)
        .bind(&new.profile.mailing_address)
        .bind(&new.profile.country)
        .bind(&new.profile.subdivision)
        .bind(new.matched_rule)
        .bind(new.roles.to_stored())
        .bind(new.email_verified_at.map(Timestamp::unix_millis))
        .bind(new.password_hash)
        .bind(at.unix_millis())
        .fetch_one(&mut *conn)
        .await?;
        self.account_by_id_in(conn, id).await
    }
}

pub(super) struct NewAccount<'a> {
    pub(super) kind: AccountKind,
    pub(super) email: &'a str,
    pub(super) name: &'a str,
    pub(super) profile: &'a RequesterProfile,
    pub(super) matched_rule: Option<&'a str>,
    pub(super) roles: &'a Roles,
    pub(super) email_verified_at: Option<Timestamp>,
    pub(super) password_hash: Option<&'a str>,
}

/// Audit records name people by this random id, never by name or email.
fn new_pseudonym() -> String {
    let mut bytes = [0u8; 10];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!("acct_{}", hex::encode(bytes))
}
