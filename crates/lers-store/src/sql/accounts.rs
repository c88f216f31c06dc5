//! What people do with their own accounts: "send the link again", forgot password,
//! change password, edit the profile, and the admin-initiated email change; plus the
//! throttle of the public forms that send email. Link rules shared with sign-up and
//! verification (revocation, the profile carried by a verification link) live here too.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::account::{AccountKind, AccountStatus, RequesterProfile};
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::throttle::{MailThrottlePolicy, ThrottleScope, Throttled};
use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::Row;

use super::core::SqlStore;
use super::links::{profile_from_json, profile_json, revoke_links, write_profile, NewToken};
use super::rows::event;
use crate::error::{Refusal, Result, StoreError};
use crate::model::{Account, Ctx, TokenPurpose};

/// One attempt of a public form that sends email to a typed address.
#[derive(Clone, Copy, Debug)]
pub struct MailAttempt<'a> {
    /// Client address (or `unknown`).
    pub ip: &'a str,
    /// The normalised email address mail would go to.
    pub mailbox: &'a str,
    /// Which form: `sign_up`, `resend_verification`, `password_reset`.
    pub action: &'a str,
}

#[async_trait]
pub trait AccountStore {
    /// Counts `attempt` if the policy allows one more from its address and to its
    /// mailbox; otherwise records the refusal (audited) and says how long to wait.
    async fn take_mail_attempt(
        &self,
        attempt: MailAttempt<'_>,
        policy: &MailThrottlePolicy,
        ctx: &Ctx,
    ) -> Result<Result<(), Throttled>>;

    /// "Send the link again": a new verification link for an unverified requester,
    /// carrying the details of its latest sign-up; earlier links die. `None` when
    /// there is no such account (audited either way).
    async fn resend_verification(
        &self,
        email: &str,
        verification: NewToken,
        ctx: &Ctx,
    ) -> Result<Option<(Account, RequesterProfile)>>;

    /// "Forgot password": a reset link for an active, verified account with a
    /// password; earlier reset links die. `None` otherwise (audited either way).
    async fn issue_password_reset(
        &self,
        email: &str,
        link: NewToken,
        ctx: &Ctx,
    ) -> Result<Option<Account>>;

    /// Redeems a reset link: new password, every session ended, every other link
    /// dead. No session is opened: the next login needs the second factor.
    async fn reset_password(
        &self,
        token_hash: &str,
        password_hash: &str,
        ctx: &Ctx,
    ) -> Result<Account>;

    /// A signed-in password change, confirmed with a fresh TOTP code whose step is
    /// recorded (fails with [`StoreError::TotpReused`] if it was used already). Ends
    /// every other session and every outstanding link; returns the sessions ended.
    async fn change_password(
        &self,
        account: &Account,
        password_hash: &str,
        totp_step: Option<i64>,
        keep_session: &str,
        ctx: &Ctx,
    ) -> Result<u64>;

    /// Rectification of one's own details (never the email address). For staff only
    /// the name is kept. Audited with the names of the changed fields.
    async fn update_profile(
        &self,
        account: &Account,
        profile: &RequesterProfile,
        ctx: &Ctx,
    ) -> Result<Account>;

    /// An admin asks to move an account to `new_email`; the link goes to the new
    /// address and nothing changes until it is redeemed. Earlier email-change links
    /// of the account die.
    async fn request_email_change(
        &self,
        account_id: i64,
        new_email: &str,
        link: NewToken,
        ctx: &Ctx,
    ) -> Result<Account>;

    /// Redeems an email-change link: the account's address becomes the one the link
    /// was sent to (with `matched_rule`, for requesters the allow-list entry that
    /// admits it), and every other outstanding link dies.
    async fn complete_email_change(
        &self,
        token_hash: &str,
        matched_rule: Option<&str>,
        ctx: &Ctx,
    ) -> Result<Account>;
}

/// How mailboxes are keyed in the throttle table (never stored in clear).
fn mailbox_key(mailbox: &str) -> String {
    hex::encode(Sha256::digest(mailbox.trim().to_lowercase().as_bytes()))
}

fn domain_of(email: &str) -> Option<String> {
    email.rsplit_once('@').map(|(_, d)| d.to_lowercase())
}

impl SqlStore {
    async fn attempts_since(
        conn: &mut Conn<'_>,
        scope: ThrottleScope,
        key: &str,
        since: Timestamp,
    ) -> Result<Vec<Timestamp>> {
        let times: Vec<i64> = sqlx::query_scalar(
            "SELECT at FROM mail_attempts WHERE scope = $1 AND subject_key = $2 AND at > $3",
        )
        .bind(scope.as_str())
        .bind(key)
        .bind(since.unix_millis())
        .fetch_all(conn)
        .await?;
        Ok(times.into_iter().map(Timestamp::from_unix_millis).collect())
    }

    /// Serialises attempts on one key until the transaction ends.
    async fn lock_key(&self, conn: &mut Conn<'_>, key: &str) -> Result<()> {
        self.dialect()
            .lock_key(conn, &format!("lers-mail-attempt|{key}"))
            .await
    }
}

#[async_trait]
impl AccountStore for SqlStore {
    async fn take_mail_attempt(
        &self,
        attempt: MailAttempt<'_>,
        policy: &MailThrottlePolicy,
        ctx: &Ctx,
    ) -> Result<Result<(), Throttled>> {
        let mailbox = mailbox_key(attempt.mailbox);
        let mut tx = self.begin().await?;
        // Locks in a fixed order (address, then mailbox) before anything else:
        // concurrent attempts for the same key count one after the other, and two
        // attempts never wait on each other in a cycle.
        self.lock_key(&mut tx.conn(), &format!("address:{}", attempt.ip))
            .await?;
        self.lock_key(&mut tx.conn(), &format!("mailbox:{mailbox}"))
            .await?;
        let since = ctx.at.minus(policy.horizon());
        sqlx::query("DELETE FROM mail_attempts WHERE at <= $1")
            .bind(since.unix_millis())
            .execute(tx.conn())
            .await?;
        let from_address =
            Self::attempts_since(&mut tx.conn(), ThrottleScope::Address, attempt.ip, since).await?;
        let to_mailbox =
            Self::attempts_since(&mut tx.conn(), ThrottleScope::Mailbox, &mailbox, since).await?;
        match policy.check(&from_address, &to_mailbox, ctx.at) {
            Ok(()) => {
                for (scope, key) in [
                    (ThrottleScope::Address, attempt.ip),
                    (ThrottleScope::Mailbox, mailbox.as_str()),
                ] {
                    sqlx::query(
                        "INSERT INTO mail_attempts (scope, subject_key, at) VALUES ($1, $2, $3)",
                    )
                    .bind(scope.as_str())
                    .bind(key)
                    .bind(ctx.at.unix_millis())
                    .execute(tx.conn())
                    .await?;
                }
                tx.commit().await?;
                Ok(Ok(()))
            }
            Err(throttled) => {
                self.audit(
                    &mut tx,
                    event(ctx, AuditAction::MailThrottled, Outcome::Denied).details(json!({
                        "action": attempt.action,
                        "limit": throttled.scope.as_str(),
                        "retry_after_seconds": throttled.retry_after.as_seconds(),
                        "domain": domain_of(attempt.mailbox),
                    })),
                )
                .await?;
                tx.commit().await?;
                Ok(Err(throttled))
            }
        }
    }

    async fn resend_verification(
        &self,
        email: &str,
        verification: NewToken,
        ctx: &Ctx,
    ) -> Result<Option<(Account, RequesterProfile)>> {
        let mut tx = self.begin().await?;
        let account = self
            .account_where(&mut tx.conn(), "a.email = $1", email)
            .await?;
        let pending = match account {
            Some(a) if a.kind == AccountKind::Requester && a.email_verified_at.is_none() => {
                // The details of the latest sign-up travel on to the new link.
                let profile: Option<String> = sqlx::query_scalar(
                    "SELECT profile FROM one_time_tokens WHERE account_id = $1 AND purpose = $2 \
                     AND profile IS NOT NULL ORDER BY created_at DESC LIMIT 1",
                )
                .bind(a.id)
                .bind(TokenPurpose::VerifyEmail.as_str())
                .fetch_optional(tx.conn())
                .await?
                .flatten();
                match profile {
                    Some(text) => Some((a, profile_from_json(&text)?)),
                    // An external requester who never signed up is sent nothing: they
                    // sign up first (allow-list, their own details), as everyone does.
                    None if super::intake::unlinked_external(&mut tx.conn(), a.id).await? => None,
                    None => {
                        let profile = a.profile.clone();
                        Some((a, profile))
                    }
                }
            }
            _ => None,
        };
        let Some((account, profile)) = pending else {
            self.audit(
                &mut tx,
                event(ctx, AuditAction::VerificationResent, Outcome::Denied).details(
                    json!({"reason": "no_unverified_account", "domain": domain_of(email)}),
                ),
            )
            .await?;
            tx.commit().await?;
            return Ok(None);
        };
        let revoked = revoke_links(
            &mut tx.conn(),
            account.id,
            &[TokenPurpose::VerifyEmail],
            ctx.at,
        )
        .await?;
        self.insert_link(
            &mut tx.conn(),
            &verification,
            TokenPurpose::VerifyEmail,
            Some(account.id),
            ctx.at,
            Some(profile_json(&profile)?),
            None,
        )
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::VerificationResent, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"links_revoked": revoked})),
        )
        .await?;
        tx.commit().await?;
        Ok(Some((account, profile)))
    }

    async fn issue_password_reset(
        &self,
        email: &str,
        link: NewToken,
        ctx: &Ctx,
    ) -> Result<Option<Account>> {
        let mut tx = self.begin().await?;
        let account = self
            .account_where(&mut tx.conn(), "a.email = $1", email)
            .await?;
        let refusal = match &account {
            None => Some("no_account"),
            Some(a) if a.status != AccountStatus::Active => Some("account_not_active"),
            Some(a) if a.email_verified_at.is_none() || !a.has_password() => {
                Some("account_not_verified")
            }
            Some(_) => None,
        };
        let account = match (account, refusal) {
            (Some(account), None) => account,
            (account, reason) => {
                let mut refused = event(ctx, AuditAction::PasswordResetRequested, Outcome::Denied)
                    .details(json!({"reason": reason, "domain": domain_of(email)}));
                if let Some(account) = account {
                    refused = refused.subject(account.pseudonym);
                }
                self.audit(&mut tx, refused).await?;
                tx.commit().await?;
                return Ok(None);
            }
        };
        let revoked = revoke_links(
            &mut tx.conn(),
            account.id,
            &[TokenPurpose::PasswordReset],
            ctx.at,
        )
        .await?;
        self.insert_link(
            &mut tx.conn(),
            &link,
            TokenPurpose::PasswordReset,
            Some(account.id),
            ctx.at,
            None,
            None,
        )
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::PasswordResetRequested, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"links_revoked": revoked})),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(account))
    }

    async fn reset_password(
        &self,
        token_hash: &str,
        password_hash: &str,
        ctx: &Ctx,
    ) -> Result<Account> {
        let mut tx = self.begin().await?;
        let account_id = self
            .redeem_token(
                &mut tx.conn(),
                token_hash,
                &[TokenPurpose::PasswordReset],
                ctx.at,
            )
            .await?
            .ok_or_else(|| StoreError::Corrupt("reset link without an account".into()))?;
        let account = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        // A reset never re-opens a locked or disabled account.
        let done = sqlx::query(
            "UPDATE accounts SET password_hash = $1 WHERE id = $2 AND status = 'active' AND email_verified_at IS NOT NULL",
        )
        .bind(password_hash)
        .bind(account_id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(Refusal::AccountNotActiveForEmailChange.into());
        }
        let sessions_ended = self.end_all_sessions(&mut tx.conn(), account_id).await?;
        let revoked = revoke_links(&mut tx.conn(), account_id, &[], ctx.at).await?;
        let ctx = ctx.acting_as(&account);
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::PasswordReset, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"sessions_ended": sessions_ended, "links_revoked": revoked})),
        )
        .await?;
        let account = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        tx.commit().await?;
        Ok(account)
    }

    async fn change_password(
        &self,
        account: &Account,
        password_hash: &str,
        totp_step: Option<i64>,
        keep_session: &str,
        ctx: &Ctx,
    ) -> Result<u64> {
        let mut tx = self.begin().await?;
        // `None`: the factor was a key touch, already spent by the caller.
        if let Some(totp_step) = totp_step {
            let done = sqlx::query(
                "UPDATE accounts SET totp_last_step = $1 WHERE id = $2 AND status = 'active' \
                 AND (totp_last_step IS NULL OR totp_last_step < $1)",
            )
            .bind(totp_step)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
            if done.rows_affected() != 1 {
                return Err(StoreError::TotpReused);
            }
        }
        sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        let ended = sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
            .bind(account.id)
            .bind(keep_session)
            .execute(tx.conn())
            .await?
            .rows_affected();
        sqlx::query("UPDATE sessions SET mfa_at = $1 WHERE token_hash = $2 AND account_id = $3")
            .bind(ctx.at.unix_millis())
            .bind(keep_session)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        let revoked = revoke_links(&mut tx.conn(), account.id, &[], ctx.at).await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::PasswordChanged, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"sessions_ended": ended, "links_revoked": revoked})),
        )
        .await?;
        tx.commit().await?;
        Ok(ended)
    }

    async fn update_profile(
        &self,
        account: &Account,
        profile: &RequesterProfile,
        ctx: &Ctx,
    ) -> Result<Account> {
        let mut tx = self.begin().await?;
        let current = self.account_by_id_in(&mut tx.conn(), account.id).await?;
        let wanted = match current.kind {
            AccountKind::Requester => profile.clone(),
            AccountKind::Staff => RequesterProfile {
                name: profile.name.clone(),
                ..current.profile.clone()
            },
        };
        let changed = current.profile.changed_fields(&wanted);
        if !changed.is_empty() {
            write_profile(&mut tx.conn(), &self.keys().sealer, current.id, &wanted).await?;
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ProfileUpdated, Outcome::Success)
                .subject(current.pseudonym.clone())
                .details(json!({"fields": changed})),
        )
        .await?;
        let updated = self.account_by_id_in(&mut tx.conn(), current.id).await?;
        tx.commit().await?;
        Ok(updated)
    }

    async fn request_email_change(
        &self,
        account_id: i64,
        new_email: &str,
        link: NewToken,
        ctx: &Ctx,
    ) -> Result<Account> {
        let mut tx = self.begin().await?;
        let account = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        ensure_unused(&mut tx.conn(), new_email).await?;
        let revoked = revoke_links(
            &mut tx.conn(),
            account_id,
            &[TokenPurpose::EmailChange],
            ctx.at,
        )
        .await?;
        self.insert_link(
            &mut tx.conn(),
            &link,
            TokenPurpose::EmailChange,
            Some(account_id),
            ctx.at,
            None,
            Some(new_email),
        )
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::EmailChangeRequested, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"new_domain": domain_of(new_email), "links_revoked": revoked})),
        )
        .await?;
        tx.commit().await?;
        Ok(account)
    }

    async fn complete_email_change(
        &self,
        token_hash: &str,
        matched_rule: Option<&str>,
        ctx: &Ctx,
    ) -> Result<Account> {
        let mut tx = self.begin().await?;
        let account_id = self
            .redeem_token(
                &mut tx.conn(),
                token_hash,
                &[TokenPurpose::EmailChange],
                ctx.at,
            )
            .await?
            .ok_or_else(|| StoreError::Corrupt("email-change link without an account".into()))?;
        let row = sqlx::query("SELECT new_email FROM one_time_tokens WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_one(tx.conn())
            .await?;
        let new_email: String = row
            .try_get::<Option<String>, _>("new_email")?
            .ok_or_else(|| StoreError::Corrupt("email-change link without an address".into()))?;
        let account = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        ensure_unused(&mut tx.conn(), &new_email).await?;
        sqlx::query(
            "UPDATE accounts SET email = $1, matched_domain_rule = COALESCE($2, matched_domain_rule) WHERE id = $3",
        )
        .bind(&new_email)
        .bind(matched_rule)
        .bind(account_id)
        .execute(tx.conn())
        .await?;
        // Links sent to the old address (a reset, say) must not outlive it.
        let revoked = revoke_links(&mut tx.conn(), account_id, &[], ctx.at).await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::EmailChanged, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({
                    "old_domain": domain_of(&account.email),
                    "new_domain": domain_of(&new_email),
                    "links_revoked": revoked,
                })),
        )
        .await?;
        let updated = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        tx.commit().await?;
        Ok(updated)
    }
}

async fn ensure_unused(conn: &mut Conn<'_>, email: &str) -> Result<()> {
    let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE email = $1")
        .bind(email)
        .fetch_one(conn)
        .await?;
    if taken > 0 {
        return Err(Refusal::EmailTaken {
            email: email.to_string(),
        }
        .into());
    }
    Ok(())
}
