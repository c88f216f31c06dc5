//! Sign-up of requesters and the redemption of verification and invitation links.

use async_trait::async_trait;
use lers_domain::account::{AccountKind, AccountStatus, RequesterProfile, Roles};
use lers_domain::audit::{AuditAction, Outcome};
use serde_json::json;
use sqlx::Row;

use super::core::SqlStore;
use super::links::{NewAccount, NewToken, OneTimeToken};
use super::lookup::AccountLookup;
use super::rows::{event, opt_ts, ts};
use super::sessions::NewSession;
use crate::error::{Refusal, Result, StoreError};
use crate::model::{Account, Ctx, TokenPurpose};

#[derive(Clone, Debug)]
pub enum SignUpOutcome {
    Created(Account),
    /// The address already has an account; nothing was changed. The caller tells the
    /// mailbox owner (not the browser), so sign-up does not reveal who has an account.
    AlreadyRegistered {
        account: Account,
        /// The account was never verified, so a new verification link was stored.
        verification_reissued: bool,
    },
}

/// Sign-up, links and passwords.
#[async_trait]
pub trait SignUpStore: Send + Sync {
    // --- Sign-up, links and passwords ----------------------------------------------
    async fn sign_up_requester(
        &self,
        email: &str,
        profile: &RequesterProfile,
        matched_rule: &str,
        verification: NewToken,
        ctx: &Ctx,
    ) -> Result<SignUpOutcome>;

    async fn one_time_token(&self, token_hash: &str) -> Result<Option<OneTimeToken>>;

    /// Redeems an email-verification or invitation link: marks the address verified,
    /// sets the password and opens an enrollment-only session.
    async fn redeem_link_with_password(
        &self,
        token_hash: &str,
        password_hash: &str,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<Account>;
}

#[async_trait]
impl SignUpStore for SqlStore {
    async fn sign_up_requester(
        &self,
        email: &str,
        profile: &RequesterProfile,
        matched_rule: &str,
        verification: NewToken,
        ctx: &Ctx,
    ) -> Result<SignUpOutcome> {
        let mut tx = self.begin().await?;
        if let Some(existing) = self
            .account_where(&mut tx.conn(), "a.email = $1", email)
            .await?
        {
            // Someone who signed up but never got (or lost) the email gets a new link,
            // carrying the details given this time; earlier links die, so only the
            // newest sign-up's details can ever reach the account. Anyone else gets
            // nothing new.
            let reissue =
                existing.kind == AccountKind::Requester && existing.email_verified_at.is_none();
            let mut revoked = 0;
            if reissue {
                // The rule that admits the address now is the one the account answers
                // to (an external requester's account was made without one).
                sqlx::query("UPDATE accounts SET matched_domain_rule = $1 WHERE id = $2")
                    .bind(matched_rule)
                    .bind(existing.id)
                    .execute(tx.conn())
                    .await?;
                revoked = super::links::revoke_links(
                    &mut tx.conn(),
                    existing.id,
                    &[TokenPurpose::VerifyEmail],
                    ctx.at,
                )
                .await?;
                self.insert_link(
                    &mut tx.conn(),
                    &verification,
                    TokenPurpose::VerifyEmail,
                    Some(existing.id),
                    ctx.at,
                    Some(super::links::profile_json(profile)?),
                    None,
                )
                .await?;
            }
            self.audit(
                &mut tx,
                event(ctx, AuditAction::SignUpRefused, Outcome::Denied)
                    .subject(existing.pseudonym.clone())
                    .details(
                        json!({"reason": "already_registered", "verification_reissued": reissue, "links_revoked": revoked}),
                    ),
            )
            .await?;
            tx.commit().await?;
            return Ok(SignUpOutcome::AlreadyRegistered {
                account: existing,
                verification_reissued: reissue,
            });
        }
        // An unverified account holds no details anyone could trust: the profile
        // travels with the verification link and reaches the account only when that
        // link is redeemed.
        let account = self
            .insert_account(
                &mut tx.conn(),
                NewAccount {
                    kind: AccountKind::Requester,
                    email,
                    name: "",
                    profile: &RequesterProfile::default(),
                    matched_rule: Some(matched_rule),
                    roles: &Roles::none(),
                    email_verified_at: None,
                    password_hash: None,
                },
                ctx.at,
            )
            .await?;
        self.insert_link(
            &mut tx.conn(),
            &verification,
            TokenPurpose::VerifyEmail,
            Some(account.id),
            ctx.at,
            Some(super::links::profile_json(profile)?),
            None,
        )
        .await?;
        let ctx = ctx.acting_as(&account);
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::RequesterSignedUp, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"domain_rule": matched_rule, "country": profile.country})),
        )
        .await?;
        tx.commit().await?;
        Ok(SignUpOutcome::Created(account))
    }

    async fn one_time_token(&self, token_hash: &str) -> Result<Option<OneTimeToken>> {
        let Some(row) = sqlx::query("SELECT purpose, account_id, expires_at, used_at, revoked_at, new_email FROM one_time_tokens WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(self.pool())
            .await?
        else {
            return Ok(None);
        };
        let purpose: String = row.try_get("purpose")?;
        let purpose = TokenPurpose::parse(&purpose)
            .ok_or_else(|| StoreError::Corrupt(format!("token purpose {purpose}")))?;
        let account = match row.try_get::<Option<i64>, _>("account_id")? {
            Some(id) => self.account(id).await?,
            None => None,
        };
        Ok(Some(OneTimeToken {
            purpose,
            account,
            expires_at: ts(&row, "expires_at")?,
            used_at: opt_ts(&row, "used_at")?,
            revoked_at: opt_ts(&row, "revoked_at")?,
            new_email: row.try_get("new_email")?,
        }))
    }

    async fn redeem_link_with_password(
        &self,
        token_hash: &str,
        password_hash: &str,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<Account> {
        let mut tx = self.begin().await?;
        let account_id = self
            .redeem_token(
                &mut tx.conn(),
                token_hash,
                &[TokenPurpose::VerifyEmail, TokenPurpose::StaffInvite],
                ctx.at,
            )
            .await?
            .ok_or_else(|| StoreError::Corrupt("link without an account".into()))?;
        let account = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        if account.status != AccountStatus::Active {
            return Err(Refusal::AccountNotActive.into());
        }
        // A verification or invitation link never sets the password of an account
        // whose address is already verified (an old mail must not take over an
        // officer's account): the guard holds under races too.
        let done = sqlx::query("UPDATE accounts SET email_verified_at = $1, password_hash = $2 WHERE id = $3 AND email_verified_at IS NULL")
            .bind(ctx.at.unix_millis())
            .bind(password_hash)
            .bind(account_id)
            .execute(tx.conn())
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::TokenRevoked);
        }
        // The details given with the sign-up whose link this is become the account's.
        let profile_written = super::links::apply_link_profile(
            &mut tx.conn(),
            &self.keys().sealer,
            token_hash,
            account_id,
        )
        .await?;
        // Verified: every other link this account ever had is dead.
        let revoked = super::links::revoke_links(&mut tx.conn(), account_id, &[], ctx.at).await?;
        self.insert_session(&mut tx.conn(), account_id, &session, None, ctx)
            .await?;
        let ctx = ctx.acting_as(&account);
        // An external requester who proved the mailbox now holds their requests.
        self.link_external_in(&mut tx, &account, &ctx).await?;
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::EmailVerified, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"profile_from_link": profile_written, "links_revoked": revoked})),
        )
        .await?;
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::PasswordSet, Outcome::Success)
                .subject(account.pseudonym.clone()),
        )
        .await?;
        let account = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        tx.commit().await?;
        Ok(account)
    }
}
