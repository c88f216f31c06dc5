//! One-time links (setup, verification, invitation, reset, email change) and the
//! accounts they create: stored, redeemed once, revoked.

use crate::sql::Conn;
use lers_domain::account::{AccountKind, RequesterProfile, Roles};
use lers_domain::clock::Timestamp;
use rand::RngCore;
use sqlx::Row;

use super::core::SqlStore;
use super::rows::placeholders;
use super::sealed_fields::seal_contact;
use crate::crypto::keys::SecretSealer;
use crate::error::{Refusal, Result, StoreError};
use crate::model::{Account, TokenPurpose};

#[derive(Clone, Debug)]
pub struct OneTimeToken {
    pub purpose: TokenPurpose,
    pub account: Option<Account>,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
    /// Replaced by a newer link, or killed by a verification, password change or
    /// email change of its account.
    pub revoked_at: Option<Timestamp>,
    /// For [`TokenPurpose::EmailChange`]: the address it changes to.
    pub new_email: Option<String>,
}

impl OneTimeToken {
    /// Why this link cannot be used at `now`, if it cannot (the rule:
    /// [`lers_domain::token::link_problem`]).
    pub fn problem(&self, now: Timestamp) -> Option<crate::StoreError> {
        use crate::StoreError;
        use lers_domain::token::{link_problem, LinkFacts, LinkProblem};
        let facts = LinkFacts {
            purpose: self.purpose,
            account_verified: self
                .account
                .as_ref()
                .is_some_and(|a| a.email_verified_at.is_some()),
            used: self.used_at.is_some(),
            revoked: self.revoked_at.is_some(),
            expires_at: self.expires_at,
        };
        link_problem(&facts, now).map(|problem| match problem {
            LinkProblem::Used => StoreError::TokenUsed,
            LinkProblem::Revoked => StoreError::TokenRevoked,
            LinkProblem::Expired => StoreError::TokenExpired,
        })
    }
}

/// A new single-use link: hash of the token and when it stops working.
#[derive(Clone, Debug)]
pub struct NewToken {
    pub token_hash: String,
    pub expires_at: Timestamp,
}

impl SqlStore {
    pub(super) async fn insert_token(
        &self,
        conn: &mut Conn<'_>,
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
        conn: &mut Conn<'_>,
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
        conn: &mut Conn<'_>,
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
        conn: &mut Conn<'_>,
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
        let pseudonym = new_pseudonym();
        let sealer = &self.keys().sealer;
        let contact = |column: &str, value: &str| seal_contact(sealer, &pseudonym, column, value);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO accounts (pseudonym, kind, email, name, agency, badge_number, phone, mailing_address, country, \
             subdivision, matched_domain_rule, roles, status, email_verified_at, password_hash, created_at, contact_sealed) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'active', $13, $14, $15, 1) RETURNING id",
        )
        .bind(&pseudonym)
        .bind(new.kind.as_str())
        .bind(new.email)
        .bind(new.name)
        .bind(&new.profile.agency)
        .bind(contact("badge_number", &new.profile.badge_number)?)
        .bind(contact("phone", &new.profile.phone)?)
        .bind(contact("mailing_address", &new.profile.mailing_address)?)
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

/// Kills the account's unused links of `purposes` (all purposes when empty).
pub(super) async fn revoke_links(
    conn: &mut Conn<'_>,
    account_id: i64,
    purposes: &[TokenPurpose],
    at: Timestamp,
) -> Result<u64> {
    let mut sql = String::from(
        "UPDATE one_time_tokens SET revoked_at = $1 WHERE account_id = $2 AND used_at IS NULL AND revoked_at IS NULL",
    );
    if !purposes.is_empty() {
        sql.push_str(&format!(
            " AND purpose IN ({})",
            placeholders(3, purposes.len())
        ));
    }
    let mut query = sqlx::query(&sql).bind(at.unix_millis()).bind(account_id);
    for purpose in purposes {
        query = query.bind(purpose.as_str());
    }
    Ok(query.execute(conn).await?.rows_affected())
}

pub(super) fn profile_json(profile: &RequesterProfile) -> Result<String> {
    serde_json::to_string(profile).map_err(|e| StoreError::Corrupt(format!("profile: {e}")))
}

pub(super) fn profile_from_json(text: &str) -> Result<RequesterProfile> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("link profile: {e}")))
}

/// Writes the profile carried by link `token_hash` to its account; `false` if the
/// link carries none (links issued before profiles travelled with them).
pub(super) async fn apply_link_profile(
    conn: &mut Conn<'_>,
    sealer: &SecretSealer,
    token_hash: &str,
    account_id: i64,
) -> Result<bool> {
    let profile: Option<String> =
        sqlx::query_scalar("SELECT profile FROM one_time_tokens WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(&mut *conn)
            .await?
            .flatten();
    let Some(profile) = profile else {
        return Ok(false);
    };
    write_profile(conn, sealer, account_id, &profile_from_json(&profile)?).await?;
    Ok(true)
}

/// Writes `profile` to account `account_id`, its contact details sealed.
pub(super) async fn write_profile(
    conn: &mut Conn<'_>,
    sealer: &SecretSealer,
    account_id: i64,
    profile: &RequesterProfile,
) -> Result<()> {
    let pseudonym: String = sqlx::query_scalar("SELECT pseudonym FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_one(&mut *conn)
        .await?;
    let contact = |column: &str, value: &str| seal_contact(sealer, &pseudonym, column, value);
    sqlx::query(
        "UPDATE accounts SET name = $1, agency = $2, badge_number = $3, phone = $4, mailing_address = $5, \
         country = $6, subdivision = $7, contact_sealed = 1 WHERE id = $8",
    )
    .bind(&profile.name)
    .bind(&profile.agency)
    .bind(contact("badge_number", &profile.badge_number)?)
    .bind(contact("phone", &profile.phone)?)
    .bind(contact("mailing_address", &profile.mailing_address)?)
    .bind(&profile.country)
    .bind(&profile.subdivision)
    .bind(account_id)
    .execute(conn)
    .await?;
    Ok(())
}
