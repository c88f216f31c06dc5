//! Getting in: requester sign-up, email verification and password, TOTP enrollment,
//! the first admin, staff invitations.

use lers_domain::account::{validate_staff_name, FieldError, RequesterProfile, Roles};
use lers_domain::allowlist::EmailAddress;
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::locale::{self, AccountLocale};
use lers_domain::password::check_new_password;
use lers_domain::problem::Problem;
use lers_domain::totp::{TotpSecret, SECRET_BYTES};
use lers_store::{tokens, Account, Ctx, NewToken, SessionRecord, SignUpOutcome};
use rand::RngCore;
use serde::Deserialize;
use serde_json::json;

use super::outreach::{new_link_for, send, LINK_LIFETIME};
use super::{new_session, passwords};
use crate::app::App;
use crate::error::{refusal_at, AppError, FormError};
use crate::i18n::Tr;

#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SignUpForm {
    pub name: String,
    pub agency: String,
    pub badge_number: String,
    pub phone: String,
    pub mailing_address: String,
    pub country: String,
    pub subdivision: String,
    pub email: String,
    /// The browser's IANA time zone, filled in by `locale.js` (empty without script,
    /// or unknown: UTC).
    pub time_zone: String,
}

fn new_link(state: &App, path: &str) -> (String, NewToken) {
    new_link_for(state, path, LINK_LIFETIME)
}

impl App {
    /// Checks that `email` is a well-formed address on the government allow-list and
    /// returns it normalised with the pattern that admitted it.
    pub async fn check_government_email(
        &self,
        email: &str,
    ) -> Result<(EmailAddress, String), FormError> {
        let address = EmailAddress::parse(email.trim())
            .map_err(|refusal| FormError::field("email", refusal.problem()))?;
        let matched = lers_store::allow_list::admitting_entry(self.store.as_ref(), &address)
            .await?
            .ok_or_else(|| {
                FormError::field(
                    "email",
                    Problem::new("form-email-not-allowed").text("domain", address.domain()),
                )
            })?;
        let pattern = matched.pattern;
        Ok((address, pattern))
    }

    /// Registers a requester and emails a verification link. The answer is the same
    /// whether or not the address already had an account; only its mailbox learns which.
    pub async fn sign_up(&self, form: SignUpForm, ctx: &Ctx, tr: &Tr) -> Result<(), FormError> {
        let profile = RequesterProfile {
            name: form.name,
            agency: form.agency,
            badge_number: form.badge_number,
            phone: form.phone,
            mailing_address: form.mailing_address,
            country: form.country,
            subdivision: form.subdivision,
        };
        let (profile, mut errors) = match profile.validated() {
            Ok(profile) => (Some(profile), Vec::new()),
            Err(errors) => (None, errors),
        };
        let email = match self.check_government_email(&form.email).await {
            Ok(found) => Some(found),
            Err(FormError::Fields(mut refusal)) => {
                let domain = form
                    .email
                    .rsplit_once('@')
                    .map(|(_, d)| d.trim().to_lowercase());
                let event = AuditEvent::new(
                    ctx.at,
                    ctx.actor.clone(),
                    AuditAction::SignUpRefused,
                    Outcome::Denied,
                )
                .from_ip(ctx.ip.clone())
                .details(json!({"reason": "email_not_allowed", "domain": domain}));
                self.store.record_event(event).await?;
                errors.append(&mut refusal);
                None
            }
            Err(other) => return Err(other),
        };
        let (Some(profile), Some((address, rule))) = (profile, email) else {
            return Err(FormError::Fields(errors));
        };
        self.throttle_outreach(address.as_str(), "sign_up", ctx)
            .await?;
        let (link, token) = new_link(self, "/verify");
        let service = self.config.service_name.clone();
        match self
            .store
            .sign_up_requester(address.as_str(), &profile, &rule, token, ctx)
            .await?
        {
            SignUpOutcome::Created(account)
            | SignUpOutcome::AlreadyRegistered {
                account,
                verification_reissued: true,
            } => {
                // How the owner will read LERS: the language of the page they signed
                // up on and their browser's time zone (UTC without one).
                let chosen = AccountLocale {
                    language: Some(tr.lang()),
                    time_zone: locale::time_zone(&form.time_zone),
                };
                self.store.set_sign_up_locale(account.id, &chosen).await?;
                // Greeted with the name given now: the account holds no name until a
                // link is redeemed.
                let body = tr.with(
                    "mail-verify-body",
                    &[
                        ("name", profile.name.clone()),
                        ("link", link),
                        ("service", service.clone()),
                    ],
                );
                send(
                    self,
                    &account.email,
                    &tr.with("mail-verify-subject", &[("service", service)]),
                    body,
                )
                .await
            }
            SignUpOutcome::AlreadyRegistered { account, .. } => {
                let tr = Tr::for_account(&account.locale, || tr.clone());
                let body = tr.with(
                    "mail-already-registered-body",
                    &[
                        ("name", account.name.clone()),
                        ("link", self.config.link("/login")),
                        ("service", service.clone()),
                    ],
                );
                send(
                    self,
                    &account.email,
                    &tr.with("mail-already-registered-subject", &[("service", service)]),
                    body,
                )
                .await
            }
        }
    }

    /// Redeems a verification or invitation link: sets the password and opens a session
    /// for TOTP enrollment. Returns the session cookie token.
    pub async fn redeem_link(
        &self,
        token: &str,
        (password, confirmation): (String, &str),
        browser_zone: &str,
        ctx: &Ctx,
    ) -> Result<String, FormError> {
        let token_hash = tokens::hash(token);
        let link = self
            .store
            .one_time_token(&token_hash)
            .await?
            .filter(|l| l.purpose.enrolls())
            .ok_or_else(|| AppError::invalid(Problem::new("form-link-unknown")))?;
        if let Some(problem) = link.problem(ctx.at) {
            return Err(AppError::from(problem).into());
        }
        let email = link.account.map(|a| a.email).unwrap_or_default();
        check_new_password(&password, confirmation, &email)
            .map_err(|refusal| FormError::field("password", refusal.problem()))?;
        let hash = passwords::hash(password).await?;
        let (cookie_token, session) = new_session();
        let account = self
            .store
            .redeem_link_with_password(&token_hash, &hash, session, ctx)
            .await?;
        // Someone invited (or signed up without script) reads times in their
        // browser's zone until they choose one; a sign-up brought its own.
        if account.locale.time_zone.is_none() {
            if let Some(zone) = lers_domain::locale::time_zone(browser_zone) {
                let locale = lers_domain::locale::AccountLocale {
                    time_zone: Some(zone),
                    ..account.locale.clone()
                };
                self.store
                    .set_account_locale(account.id, &locale, &ctx.acting_as(&account))
                    .await?;
            }
        }
        Ok(cookie_token)
    }

    /// The secret to enroll: the one already shown (so a reload does not invalidate a
    /// scan in progress), or a new one.
    pub async fn enrollment_secret(&self, account: &Account) -> Result<TotpSecret, AppError> {
        if let Some(pending) = self.store.pending_totp(account).await? {
            return Ok(pending);
        }
        let mut bytes = vec![0u8; SECRET_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        let secret = TotpSecret::from_bytes(bytes).map_err(AppError::internal)?;
        self.store.set_pending_totp(account, &secret).await?;
        Ok(secret)
    }

    /// Confirms enrollment (or re-enrollment after a recovery code) with a first code
    /// from the new authenticator. Returns the new recovery codes, to be shown once:
    /// only their hashes are stored, and they replace every earlier code.
    pub async fn confirm_enrollment(
        &self,
        session: &SessionRecord,
        code: &str,
        ctx: &Ctx,
    ) -> Result<Vec<String>, FormError> {
        let secret = self
            .store
            .pending_totp(&session.account)
            .await?
            .ok_or_else(|| AppError::invalid(Problem::new("form-enrollment-reload")))?;
        let step = secret
            .verify(code, ctx.at, None)
            .map_err(|e| FormError::field("code", e.problem()))?;
        let codes = lers_store::powers::new_recovery_codes();
        let hashes = codes
            .iter()
            .filter_map(|code| lers_store::powers::recovery_code_hash(&session.account, code))
            .collect::<Vec<_>>();
        // Someone the key policy covers is held after TOTP (re-)enrolment, decided in
        // the enrolment's own transaction: without a key they may register one, with
        // keys they sign in with a key. A code never completes their session.
        let complete = !self.keys_required(&session.account).await?;
        self.store
            .complete_enrollment_with_codes(
                &session.account,
                step,
                &session.token_hash,
                &hashes,
                complete,
                ctx,
            )
            .await?;
        Ok(codes)
    }

    /// Creates the first admin from the one-time link printed at first start.
    pub async fn set_up_first_admin(
        &self,
        form: AdminSetupForm,
        ctx: &Ctx,
    ) -> Result<String, FormError> {
        let (name, email) = staff_identity(&form.name, &form.email)?;
        check_new_password(&form.password, &form.password_confirm, &email)
            .map_err(|refusal| FormError::field("password", refusal.problem()))?;
        let hash = passwords::hash(form.password).await?;
        let (cookie_token, session) = new_session();
        self.store
            .complete_admin_setup(
                &tokens::hash(&form.token),
                &name,
                &email,
                &hash,
                session,
                ctx,
            )
            .await?;
        Ok(cookie_token)
    }

    /// Creates a staff account and emails its invitation link.
    pub async fn invite_staff(
        &self,
        name: &str,
        email: &str,
        roles: Roles,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<Account, FormError> {
        let (name, email) = staff_identity(name, email)?;
        if roles.is_empty() {
            return Err(FormError::field(
                "roles",
                Problem::new("form-staff-roles-missing"),
            ));
        }
        let (link, token) = new_link(self, "/verify");
        let account = self
            .store
            .create_staff(&email, &name, &roles, token, ctx)
            .await
            .map_err(refusal_at("email"))?;
        let service = self.config.service_name.clone();
        let body = tr.with(
            "mail-staff-invite-body",
            &[
                ("name", name),
                ("link", link),
                ("service", service.clone()),
                ("roles", roles.to_stored()),
            ],
        );
        send(
            self,
            &email,
            &tr.with("mail-staff-invite-subject", &[("service", service)]),
            body,
        )
        .await?;
        Ok(account)
    }

    /// Issues the first-admin link when there is no admin yet (printed at start).
    pub async fn first_admin_link(&self) -> Result<Option<String>, AppError> {
        if self.store.admin_exists().await? {
            return Ok(None);
        }
        let (link, token) = new_link(self, "/setup");
        let ctx = Ctx {
            at: self.clock.now(),
            actor: lers_domain::audit::ACTOR_SYSTEM.into(),
            ip: None,
        };
        self.store.issue_setup_token(token, &ctx).await?;
        Ok(Some(link))
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct AdminSetupForm {
    pub token: String,
    pub name: String,
    pub email: String,
    pub password: String,
    pub password_confirm: String,
}

/// Staff addresses are the provider's own, so they need not be on the government
/// allow-list, but they must be well-formed.
fn staff_identity(name: &str, email: &str) -> Result<(String, String), FormError> {
    let mut errors = Vec::new();
    let name = match validate_staff_name(name) {
        Ok(name) => name,
        Err(problem) => {
            errors.push(problem);
            String::new()
        }
    };
    let email = match EmailAddress::parse(email.trim()) {
        Ok(address) => address.as_str().to_owned(),
        Err(refusal) => {
            errors.push(FieldError::new("email", refusal.problem()));
            String::new()
        }
    };
    if errors.is_empty() {
        Ok((name, email))
    } else {
        Err(FormError::Fields(errors))
    }
}
