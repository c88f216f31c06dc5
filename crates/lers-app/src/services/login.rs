//! Logging in with password and TOTP (or a key touch in its place, `login_key`), with
//! lock-out and per-address throttling.

use lers_domain::account::{AccountKind, AccountStatus};
use lers_domain::allowlist::EmailAddress;
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::passkey::KeySignInFactor;
use lers_domain::powers::DISABLED_INACTIVE;
use lers_domain::problem::Problem;
use lers_store::powers::recovery_code_hash;
use lers_store::{Account, Ctx, NewSession, StoreError};
use serde::Deserialize;
use serde_json::json;

use super::passkey_ceremony::KeyError;
use super::{new_session, passwords};
use crate::app::App;
use crate::error::AppError;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
    pub code: String,
    /// A key's answer in place of the code: the flow `start_password_key` gave and
    /// the browser's assertion (JSON). Empty when the code is used.
    pub key_flow: String,
    pub key_assertion: String,
}

impl LoginForm {
    fn with_key(&self) -> bool {
        !self.key_assertion.is_empty()
    }
}

#[derive(Debug)]
pub enum LoginOutcome {
    /// Fully signed in; `staff` says which home to go to.
    SignedIn { token: String, staff: bool },
    /// Password right, but TOTP is not set up yet: the session only reaches enrollment.
    MustEnroll { token: String },
    /// Password and TOTP right, and the key policy covers this person, who has no key
    /// yet: the session only reaches registering one, once, right now.
    MustEnrollKey { token: String },
}

#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    /// One message for unknown account, wrong password and wrong or reused code, so
    /// the answer does not tell an attacker which part was right.
    #[error("The email address, password or code is not right. Each code works once: if you just used one, wait for the next.")]
    Invalid,
    #[error("This account is locked after too many failed attempts. Ask the provider's response team to unlock it.")]
    Locked,
    #[error("This account is disabled. Contact the provider's response team.")]
    Disabled,
    #[error("This account was disabled because it was not used for 90 days. Ask the provider's response team to enable it again.")]
    DisabledInactive,
    #[error("Your agency's domain is no longer admitted; contact the provider.")]
    DomainNotAdmitted,
    #[error("Too many failed attempts from your network. Wait 15 minutes and try again.")]
    Throttled,
    /// The key policy covers this person, who has a key: password and code are not
    /// enough (the web layer words it).
    #[error("this account must sign in with its security key or passkey")]
    KeyRequired,
    #[error(transparent)]
    Internal(#[from] AppError),
}

impl LoginError {
    /// What the sign-in page says, in the reader's language; `None` for a failure
    /// of the server (an error page instead).
    pub fn problem(&self) -> Option<Problem> {
        Some(Problem::new(match self {
            Self::Invalid => "form-login-invalid",
            Self::Locked => "form-login-locked",
            Self::Disabled => "form-login-disabled",
            Self::DisabledInactive => "form-login-disabled-inactive",
            Self::DomainNotAdmitted => "form-login-domain-not-admitted",
            Self::Throttled => "form-login-throttled",
            Self::KeyRequired => "passkey-login-key-required",
            Self::Internal(_) => return None,
        }))
    }
}

impl From<StoreError> for LoginError {
    fn from(error: StoreError) -> Self {
        Self::Internal(error.into())
    }
}

impl App {
    pub async fn log_in(&self, form: LoginForm, ctx: &Ctx) -> Result<LoginOutcome, LoginError> {
        let ip = ctx.ip.clone().unwrap_or_else(|| "unknown".into());
        // The attempt counts before the slow password check, so parallel attempts from one
        // address all see each other and cannot slip past the limit together.
        let reservation = self.store.reserve_login_attempt(&ip, ctx.at).await?;
        let failures = self
            .store
            .ip_failures_since(&ip, self.lockout.window_start(ctx.at))
            .await?;
        let earlier = failures.split_last().map_or(&[][..], |(_, rest)| rest);
        if self.lockout.ip_throttled(earlier, ctx.at) {
            // The refused attempt stays counted: hammering keeps the address blocked.
            self.store.record_login_throttled(ctx).await?;
            return Err(LoginError::Throttled);
        }
        let outcome = check_credentials(self, form, ctx).await;
        // A failure records its own row; the reservation has done its job either way.
        self.store.release_login_attempt(reservation).await?;
        outcome
    }
}

async fn check_credentials(
    state: &App,
    mut form: LoginForm,
    ctx: &Ctx,
) -> Result<LoginOutcome, LoginError> {
    let account = match EmailAddress::parse(form.email.trim()) {
        Ok(address) => state.store.account_by_email(address.as_str()).await?,
        Err(_) => None,
    };
    // Always run the password hash, real or decoy, so timing does not reveal accounts.
    let stored_hash = account.as_ref().and_then(|a| a.password_hash.clone());
    let password_ok = passwords::verify(stored_hash, std::mem::take(&mut form.password)).await;
    let account = match (account, password_ok) {
        (Some(account), true) => account,
        (named, _) => {
            state
                .store
                .record_login_failure(named.as_ref(), "bad_credentials", &state.lockout, ctx)
                .await?;
            return Err(LoginError::Invalid);
        }
    };
    if account.status != AccountStatus::Active || !account.domain_admitted {
        // Say "locked", "disabled" or "no longer admitted" only to someone who also
        // holds the second factor; otherwise the answer would confirm guessed
        // passwords.
        let second_factor = if form.with_key() {
            match state
                .password_key(&account, &form.key_flow, &form.key_assertion, ctx)
                .await
            {
                Err(KeyError::App(e)) => return Err(e.into()),
                answer => answer.is_ok(),
            }
        } else {
            match state.store.totp_secret(&account).await? {
                Some(secret) => secret
                    .verify(&form.code, ctx.at, account.totp_last_step)
                    .is_ok(),
                None => false,
            }
        };
        let reason = match account.status {
            AccountStatus::Locked => "account_locked",
            AccountStatus::Disabled => "account_disabled",
            AccountStatus::Active => "domain_not_admitted",
        };
        if account.status == AccountStatus::Active && second_factor {
            // The right person, kept out by the allow-list: recorded, but not
            // counted towards a lock they would carry once the domain is back.
            let refused = AuditEvent::new(
                ctx.at,
                account.pseudonym.clone(),
                AuditAction::LoginFailed,
                Outcome::Denied,
            )
            .from_ip(ctx.ip.clone())
            .subject(account.pseudonym.clone())
            .details(json!({"reason": reason, "domain_rule": account.matched_domain_rule}));
            state.store.record_event(refused).await?;
        } else {
            state
                .store
                .record_login_failure(Some(&account), reason, &state.lockout, ctx)
                .await?;
        }
        let inactive = account.disabled_reason.as_deref() == Some(DISABLED_INACTIVE);
        return Err(match (second_factor, account.status) {
            (false, _) => LoginError::Invalid,
            (true, AccountStatus::Locked) => LoginError::Locked,
            (true, AccountStatus::Disabled) if inactive => LoginError::DisabledInactive,
            (true, AccountStatus::Disabled) => LoginError::Disabled,
            (true, AccountStatus::Active) => LoginError::DomainNotAdmitted,
        });
    }
    let (token, session) = new_session();
    if !account.mfa_enrolled() {
        state
            .store
            .record_login_success(&account, None, false, session, ctx)
            .await?;
        return Ok(LoginOutcome::MustEnroll { token });
    }
    if form.with_key() {
        return password_and_key(state, &account, &form, (token, session), ctx).await;
    }
    // A recovery code in place of the TOTP code: spent once, and the session it opens
    // reaches only re-enrollment.
    if let Some(code_hash) = recovery_code_hash(&account, &form.code) {
        if state
            .store
            .log_in_with_recovery_code(&account, &code_hash, session, ctx)
            .await?
        {
            return Ok(LoginOutcome::MustEnroll { token });
        }
        state
            .store
            .record_login_failure(Some(&account), "recovery_code_invalid", &state.lockout, ctx)
            .await?;
        return Err(LoginError::Invalid);
    }
    let secret = state
        .store
        .totp_secret(&account)
        .await?
        .ok_or_else(|| AppError::internal("enrolled account without a TOTP secret"))?;
    let step = match secret.verify(&form.code, ctx.at, account.totp_last_step) {
        Ok(step) => step,
        Err(refusal) => {
            let reason = format!("totp_{refusal:?}").to_lowercase();
            state
                .store
                .record_login_failure(Some(&account), &reason, &state.lockout, ctx)
                .await?;
            return Err(LoginError::Invalid);
        }
    };
    // No exemption for a pending TOTP re-enrolment: someone the policy covers signs in
    // with their key, or (without one) only reaches the keys page.
    let key_enrolment = if !state.keys_required(&account).await? {
        false
    } else if state.store.passkeys(account.id).await?.is_empty() {
        true
    } else {
        // Right password and code, but this person must use their key: refused and
        // audited, not counted towards a lock.
        state
            .store
            .record_key_refusal(Some(&account), "password_sign_in_key_required", ctx)
            .await?;
        return Err(LoginError::KeyRequired);
    };
    match state
        .store
        .record_login_success(&account, Some(step), !key_enrolment, session, ctx)
        .await
    {
        // After a recovery code, a login with the old authenticator still has to
        // enroll a new one first.
        Ok(()) if account.mfa_reenroll_required => Ok(LoginOutcome::MustEnroll { token }),
        Ok(()) if key_enrolment => Ok(LoginOutcome::MustEnrollKey { token }),
        Ok(()) => Ok(LoginOutcome::SignedIn {
            token,
            staff: account.kind == AccountKind::Staff,
        }),
        Err(StoreError::TotpReused) => {
            state
                .store
                .record_login_failure(Some(&account), "totp_reused", &state.lockout, ctx)
                .await?;
            Err(LoginError::Invalid)
        }
        Err(other) => Err(other.into()),
    }
}

/// The password was right; the key's answer stands in for the code. A key is
/// phishing-resistant, so this satisfies the key policy too.
async fn password_and_key(
    state: &App,
    account: &Account,
    form: &LoginForm,
    (token, session): (String, NewSession),
    ctx: &Ctx,
) -> Result<LoginOutcome, LoginError> {
    let answer = match state
        .password_key(account, &form.key_flow, &form.key_assertion, ctx)
        .await
    {
        // As for a key alone: an account in the middle of a recovery re-enrols first.
        Ok(_) if !account.mfa_complete() => Err(KeyError::AccountUnavailable),
        answer => answer,
    };
    let refusal = match answer {
        Ok(used) => {
            let opened = state
                .store
                .log_in_with_passkey(
                    account,
                    &used,
                    KeySignInFactor::PasswordAndKey,
                    session,
                    ctx,
                )
                .await?;
            if opened {
                return Ok(LoginOutcome::SignedIn {
                    token,
                    staff: account.kind == AccountKind::Staff,
                });
            }
            KeyError::PossibleClone
        }
        Err(KeyError::App(e)) => return Err(e.into()),
        Err(refusal) => refusal,
    };
    let reason = format!("password_key_{}", refusal.reason());
    state
        .store
        .record_login_failure(Some(account), &reason, &state.lockout, ctx)
        .await?;
    Err(LoginError::Invalid)
}
