//! What people do with their own accounts: "send the link again", forgot password,
//! change password, edit the profile; and the admin side of an email change. The
//! public forms that send email are throttled per client address and per mailbox
//! (`MailThrottlePolicy`) and answer the same whether or not the address has an
//! account.

use lers_domain::account::{AccountKind, RequesterProfile};
use lers_domain::allowlist::EmailAddress;
use lers_domain::clock::Duration;
use lers_domain::password::check_new_password;
use lers_domain::problem::Problem;
use lers_store::OutgoingMail;
use lers_store::{tokens, Account, Ctx, SessionRecord, StoreError, TokenPurpose};
use serde::Deserialize;

use super::locale::LocaleForm;
use super::outreach::{new_link_for, send, LINK_LIFETIME};
use super::passwords;
use crate::app::App;
use crate::error::{refusal_at, AppError, FormError};
use crate::i18n::Tr;

/// A password-reset link works for one hour, once.
pub const RESET_LINK_LIFETIME: Duration = Duration::hours(1);

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct EmailForm {
    pub email: String,
}

fn parse_email(email: &str) -> Result<EmailAddress, FormError> {
    EmailAddress::parse(email.trim())
        .map_err(|refusal| FormError::field("email", refusal.problem()))
}

impl App {
    /// "Send the link again": a new verification link for an unverified sign-up (older
    /// links die). The answer is the same whether or not there is such an account.
    pub async fn resend_verification(
        &self,
        form: EmailForm,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<(), FormError> {
        let address = parse_email(&form.email)?;
        self.throttle_outreach(address.as_str(), "resend_verification", ctx)
            .await?;
        let (link, token) = new_link_for(self, "/verify", LINK_LIFETIME);
        if let Some((account, profile)) = self
            .store
            .resend_verification(address.as_str(), token, ctx)
            .await?
        {
            let service = self.config.service_name.clone();
            let body = tr.with(
                "mail-verify-body",
                &[
                    ("name", profile.name),
                    ("link", link),
                    ("service", service.clone()),
                ],
            );
            let sent = send(
                self,
                &account.email,
                &tr.with("mail-verify-subject", &[("service", service)]),
                body,
            )
            .await;
            unseen_failure(sent, "verification link");
        }
        Ok(())
    }

    /// "Forgot password": a one-hour reset link to an active, verified account (older
    /// reset links die). The answer is the same whether or not the account exists.
    pub async fn forgot_password(
        &self,
        form: EmailForm,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<(), FormError> {
        let address = parse_email(&form.email)?;
        self.throttle_outreach(address.as_str(), "password_reset", ctx)
            .await?;
        let (link, token) = new_link_for(self, "/password/reset", RESET_LINK_LIFETIME);
        if let Some(account) = self
            .store
            .issue_password_reset(address.as_str(), token, ctx)
            .await?
        {
            let service = self.config.service_name.clone();
            let body = tr.with(
                "mail-reset-body",
                &[
                    ("name", account.name.clone()),
                    ("link", link),
                    ("service", service.clone()),
                ],
            );
            let sent = send(
                self,
                &account.email,
                &tr.with("mail-reset-subject", &[("service", service)]),
                body,
            )
            .await;
            unseen_failure(sent, "password reset link");
        }
        Ok(())
    }

    /// The account a usable link of `purpose` belongs to, or why it cannot be used.
    pub async fn usable_link(
        &self,
        token: &str,
        purpose: TokenPurpose,
    ) -> Result<(Account, Option<String>), AppError> {
        let link = self
            .store
            .one_time_token(&tokens::hash(token))
            .await?
            .filter(|l| l.purpose == purpose)
            .ok_or(StoreError::TokenUnknown)?;
        if let Some(problem) = link.problem(self.clock.now()) {
            return Err(problem.into());
        }
        let account = link.account.ok_or(StoreError::TokenUnknown)?;
        Ok((account, link.new_email))
    }

    /// Sets a new password from a reset link. Every session of the account ends; the
    /// person then logs in with the new password and a code.
    pub async fn reset_password(&self, form: ResetForm, ctx: &Ctx) -> Result<Account, FormError> {
        let (account, _) = self
            .usable_link(&form.token, TokenPurpose::PasswordReset)
            .await?;
        check_new_password(&form.password, &form.password_confirm, &account.email)
            .map_err(|refusal| FormError::field("password", refusal.problem()))?;
        let hash = passwords::hash(form.password).await?;
        Ok(self
            .store
            .reset_password(&tokens::hash(&form.token), &hash, ctx)
            .await?)
    }

    /// A signed-in password change: the current password and a fresh TOTP code (which
    /// cannot be used again), like any step-up; a wrong one counts as a failed logon.
    /// Someone the key policy covers confirms with a key touch instead: the change
    /// makes the session's factor fresh, which a phished code must not buy. Every
    /// other session of the account ends.
    pub async fn change_password(
        &self,
        session: &SessionRecord,
        form: ChangePasswordForm,
        ctx: &Ctx,
    ) -> Result<u64, FormError> {
        let account = &session.account;
        check_new_password(&form.password, &form.password_confirm, &account.email)
            .map_err(|refusal| FormError::field("password", refusal.problem()))?;
        let password_ok =
            passwords::verify(account.password_hash.clone(), form.current_password).await;
        if !password_ok {
            self.store
                .record_login_failure(
                    Some(account),
                    "change_password_bad_password",
                    &self.lockout,
                    ctx,
                )
                .await?;
            return Err(FormError::field(
                "current_password",
                Problem::new("form-not-current-password"),
            ));
        }
        if self.keys_required(account).await? {
            self.confirm_step_up(session, &form.code, "code", ctx)
                .await?;
            let hash = passwords::hash(form.password).await?;
            return Ok(self
                .store
                .change_password(account, &hash, None, &session.token_hash, ctx)
                .await?);
        }
        let secret = self
            .store
            .totp_secret(account)
            .await?
            .ok_or_else(|| AppError::internal("enrolled account without a TOTP secret"))?;
        let refused = match secret.verify(&form.code, ctx.at, account.totp_last_step) {
            Ok(step) => {
                let hash = passwords::hash(form.password).await?;
                match self
                    .store
                    .change_password(account, &hash, Some(step), &session.token_hash, ctx)
                    .await
                {
                    Ok(ended) => return Ok(ended),
                    Err(StoreError::TotpReused) => lers_domain::totp::TotpError::Reused,
                    Err(other) => return Err(other.into()),
                }
            }
            Err(refusal) => refusal,
        };
        let reason = format!("change_password_totp_{refused:?}").to_lowercase();
        self.store
            .record_login_failure(Some(account), &reason, &self.lockout, ctx)
            .await?;
        Err(FormError::field("code", refused.problem()))
    }

    /// Rectifies one's own details with the sign-up rules (requesters: the whole
    /// profile; staff: the name), and the language and time zone. The email address is
    /// not among them.
    pub async fn update_profile(
        &self,
        account: &Account,
        form: ProfileForm,
        ctx: &Ctx,
    ) -> Result<Account, FormError> {
        let locale = LocaleForm {
            language: form.language.clone(),
            time_zone: form.time_zone.clone(),
        };
        let profile = match account.kind {
            AccountKind::Requester => RequesterProfile {
                name: form.name,
                agency: form.agency,
                badge_number: form.badge_number,
                phone: form.phone,
                mailing_address: form.mailing_address,
                country: form.country,
                subdivision: form.subdivision,
            }
            .validated(),
            AccountKind::Staff => lers_domain::account::validate_staff_name(&form.name)
                .map(|name| RequesterProfile {
                    name,
                    ..account.profile.clone()
                })
                .map_err(|e| vec![e]),
        };
        let (profile, locale) = match (profile, locale.checked(&account.locale)) {
            (Ok(profile), Ok(locale)) => (profile, locale),
            (profile, locale) => {
                let mut errors = profile.err().unwrap_or_default();
                errors.extend(locale.err().unwrap_or_default());
                return Err(FormError::Fields(errors));
            }
        };
        // One audit entry per save, naming what changed: the locale's own when only
        // it changed, the profile's otherwise (an unchanged save included).
        let locale_changed = !locale.changed_fields(&account.locale).is_empty();
        let mut updated = account.clone();
        if !locale_changed || !account.profile.changed_fields(&profile).is_empty() {
            updated = self.store.update_profile(account, &profile, ctx).await?;
        }
        if locale_changed {
            updated = self
                .store
                .set_account_locale(account.id, &locale, ctx)
                .await?;
        }
        Ok(updated)
    }

    /// An admin asks to move `account` to `new_email`: the link goes to the new address,
    /// and nothing changes until it is redeemed. A requester's new address must be on the
    /// government allow-list; any new address must be unused.
    pub async fn request_email_change(
        &self,
        account: &Account,
        new_email: &str,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<String, FormError> {
        let address = match account.kind {
            AccountKind::Requester => self.check_government_email(new_email).await?.0,
            AccountKind::Staff => parse_email(new_email)?,
        };
        if address.as_str() == account.email {
            return Err(FormError::field(
                "email",
                Problem::new("form-email-unchanged"),
            ));
        }
        let (link, token) = new_link_for(self, "/account/email/confirm", LINK_LIFETIME);
        self.store
            .request_email_change(account.id, address.as_str(), token, ctx)
            .await
            .map_err(refusal_at("email"))?;
        let service = self.config.service_name.clone();
        let body = tr.with(
            "mail-email-change-body",
            &[
                ("name", account.name.clone()),
                ("link", link),
                ("service", service.clone()),
            ],
        );
        send(
            self,
            address.as_str(),
            &tr.with("mail-email-change-subject", &[("service", service)]),
            body,
        )
        .await?;
        Ok(address.as_str().to_owned())
    }

    /// Redeems an email-change link: checks the new address again (still unused; for a
    /// requester still on the allow-list) and makes it the account's.
    /// The old address is told afterwards, so a change the owner did not ask for does not
    /// go unnoticed.
    pub async fn confirm_email_change(
        &self,
        token: &str,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<Account, FormError> {
        let (account, new_email) = self.usable_link(token, TokenPurpose::EmailChange).await?;
        let new_email =
            new_email.ok_or_else(|| AppError::internal("email-change link without an address"))?;
        let rule = match account.kind {
            AccountKind::Requester => Some(self.check_government_email(&new_email).await?.1),
            AccountKind::Staff => None,
        };
        let changed = self
            .store
            .complete_email_change(&tokens::hash(token), rule.as_deref(), ctx)
            .await?;
        let service = self.config.service_name.clone();
        let body = tr.with(
            "mail-email-changed-body",
            &[
                ("name", changed.name.clone()),
                ("email", changed.email.clone()),
                ("service", service.clone()),
            ],
        );
        let subject = tr.with("mail-email-changed-subject", &[("service", service)]);
        // The change is made; a failure to tell the old address must not undo it.
        if let Err(e) = self
            .send_or_queue(OutgoingMail::to_account(&account, &subject, body))
            .await
        {
            tracing::warn!(error = %e, "could not tell the old address about an email change");
        }
        Ok(changed)
    }
}

/// These forms answer alike whether or not the address has an account, so a mail
/// that cannot go out must not change the answer (only accounts get mail): the
/// operator sees it in the log, the person asks again.
fn unseen_failure(sent: Result<(), FormError>, what: &str) {
    if sent.is_err() {
        tracing::warn!(
            what,
            "an email could not be sent; the form answered as usual"
        );
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResetForm {
    pub token: String,
    pub password: String,
    pub password_confirm: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ChangePasswordForm {
    pub current_password: String,
    pub password: String,
    pub password_confirm: String,
    pub code: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub name: String,
    pub agency: String,
    pub badge_number: String,
    pub phone: String,
    pub mailing_address: String,
    pub country: String,
    pub subdivision: String,
    pub language: String,
    pub time_zone: String,
}

impl ProfileForm {
    pub fn of(account: &Account) -> Self {
        let p = &account.profile;
        Self {
            name: account.name.clone(),
            agency: p.agency.clone(),
            badge_number: p.badge_number.clone(),
            phone: p.phone.clone(),
            mailing_address: p.mailing_address.clone(),
            country: p.country.clone(),
            subdivision: p.subdivision.clone(),
            language: account.locale.language.clone().unwrap_or_default(),
            time_zone: account.locale.time_zone.clone().unwrap_or_default(),
        }
    }
}
