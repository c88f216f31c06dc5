//! Passkeys and security keys (issue 17 §2): registering them (with a fresh factor),
//! signing in with one alone (it counts as both factors: the key and its PIN or
//! biometric), step-up with a key touch, naming and removing them, and the admin's
//! policy of who must use one. The ceremonies are in `passkey_ceremony`.

use lers_domain::account::Role;
use lers_domain::passkey::{
    key_name, ChallengePurpose, KeyPolicy, KeySignInFactor, MAX_KEYS_PER_ACCOUNT,
};
use lers_store::OutgoingMail;
use lers_store::{
    Account, Ctx, KeyAddition, KeyPolicyChange, KeyPolicyProposal, KeyRemoval, NewPasskey,
    PasskeyRecord, SessionRecord, ShownProposal,
};
use serde::{Deserialize, Serialize};
use webauthn_rs::prelude::{
    DiscoverableAuthentication, PasskeyRegistration, PublicKeyCredential,
    RegisterPublicKeyCredential, Uuid,
};

use super::new_session;
use super::passkey_ceremony::{credential_key, KeyChallenge, KeyError};
use crate::app::App;
use crate::error::{AppError, FormError};
use crate::i18n::Tr;

/// What a registration challenge carries besides webauthn-rs's state.
#[derive(Serialize, Deserialize)]
struct Registration {
    name: String,
    user_handle: String,
    state: PasskeyRegistration,
}

/// What happened to a key, for the owner's mail.
#[derive(Clone)]
enum KeyChange {
    Added,
    Removed,
    /// Renamed from `previous`: a new key given an old key's name could pass unseen.
    Renamed {
        previous: String,
    },
}

/// A signed-in session opened with a key.
#[derive(Debug)]
pub struct KeySignIn {
    pub token: String,
    pub staff: bool,
}

impl App {
    /// Whether the admin's policy requires `account` to sign in with a key.
    pub async fn keys_required(&self, account: &Account) -> Result<bool, AppError> {
        Ok(self
            .store
            .key_policy()
            .await?
            .covers(account.kind, &account.roles))
    }

    /// A session opened with password and TOTP by someone the policy covers who has
    /// no key yet: it may register one key, right after signing in, and nothing else.
    pub fn key_enrolment_session(&self, session: &SessionRecord, ctx: &Ctx) -> bool {
        session.mfa_at.is_none()
            && session.account.mfa_complete()
            && self
                .sessions
                .step_up_fresh(Some(session.created_at), ctx.at)
    }

    /// A fresh factor in a complete session: a TOTP code typed now, or a factor (code
    /// or key touch) confirmed within the step-up window.
    async fn fresh_factor(
        &self,
        session: &SessionRecord,
        code: &str,
        ctx: &Ctx,
    ) -> Result<(), KeyError> {
        if session.mfa_at.is_none() {
            // A session waiting for its first key has only the one-time registration
            // window; a code here would make it a complete session without a key.
            return Err(KeyError::FreshFactorNeeded);
        }
        factor_confirmed(self.require_fresh_factor(session, code, ctx).await)
    }

    pub async fn start_key_registration(
        &self,
        session: &SessionRecord,
        name: &str,
        code: &str,
        ctx: &Ctx,
    ) -> Result<KeyChallenge, KeyError> {
        let account = &session.account;
        let name = key_name(name).map_err(KeyError::Name)?;
        let keys = self.store.passkeys(account.id).await?;
        if self.key_enrolment_session(session, ctx) {
            // Once, right after the TOTP sign-in, for someone who must have a key.
            if !keys.is_empty() || !self.keys_required(account).await? {
                return Err(KeyError::FreshFactorNeeded);
            }
        } else {
            self.fresh_factor(session, code, ctx).await?;
        }
        if keys.len() >= MAX_KEYS_PER_ACCOUNT {
            return Err(KeyError::TooManyKeys);
        }
        let user_handle = match keys.first() {
            Some(key) => key.user_handle.clone(),
            None => Uuid::new_v4().to_string(),
        };
        let handle = Uuid::parse_str(&user_handle).map_err(AppError::internal)?;
        let exclude = keys
            .iter()
            .map(|k| super::passkey_ceremony::passkey_of(k).map(|p| p.cred_id().clone()))
            .collect::<Result<Vec<_>, _>>()?;
        let shown_name = if account.name.is_empty() {
            &account.email
        } else {
            &account.name
        };
        let (options, state) = self
            .relying_party()?
            .start_passkey_registration(handle, &account.email, shown_name, Some(exclude))
            .map_err(AppError::internal)?;
        let mut options = serde_json::to_value(&options).map_err(AppError::internal)?;
        // Ask for a discoverable credential where the authenticator can keep one, so
        // the key can later sign in alone; a key that cannot still works with a step-up.
        options["publicKey"]["authenticatorSelection"]["residentKey"] = "preferred".into();
        let registration = Registration {
            name,
            user_handle,
            state,
        };
        let flow = self
            .keep_challenge(
                ChallengePurpose::Register,
                Some(account.id),
                Some(&session.token_hash),
                &registration,
                ctx,
            )
            .await?;
        Ok(KeyChallenge { flow, options })
    }

    pub async fn finish_key_registration(
        &self,
        session: &SessionRecord,
        flow: &str,
        credential: &RegisterPublicKeyCredential,
        ctx: &Ctx,
    ) -> Result<i64, KeyError> {
        let account = &session.account;
        let answered = self
            .answer_challenge::<Registration>(
                ChallengePurpose::Register,
                flow,
                Some(&session.token_hash),
                ctx,
            )
            .await;
        let (registration, _) = self.audit_key_refusal(Some(account), answered, ctx).await?;
        let verified = self
            .relying_party()?
            .finish_passkey_registration(credential, &registration.state)
            .map_err(|_| KeyError::Rejected);
        let passkey = self.audit_key_refusal(Some(account), verified, ctx).await?;
        let enrolment = self.key_enrolment_session(session, ctx);
        // The counter and backup flags as the authenticator reported them, mirrored in
        // columns for the counter guard and the keys page.
        let stored = serde_json::to_value(&passkey).map_err(AppError::internal)?;
        let flag = |name: &str| stored["cred"][name].as_bool().unwrap_or(false);
        let name = registration.name.clone();
        let key = NewPasskey {
            credential_id: credential_key(passkey.cred_id().as_ref()),
            user_handle: registration.user_handle,
            name: registration.name,
            sign_count: stored["cred"]["counter"].as_i64().unwrap_or(0),
            backup_eligible: flag("backup_eligible"),
            backup_state: flag("backup_state"),
            passkey: stored.to_string(),
        };
        let added = match self
            .store
            .add_passkey(
                account,
                key,
                MAX_KEYS_PER_ACCOUNT,
                enrolment.then_some(session.token_hash.as_str()),
                ctx,
            )
            .await?
        {
            KeyAddition::Added(id) => id,
            KeyAddition::AlreadyRegistered => return Err(KeyError::AlreadyRegistered),
            KeyAddition::TooMany => return Err(KeyError::TooManyKeys),
        };
        self.mail_key_change(account, KeyChange::Added, &name, ctx)
            .await;
        Ok(added)
    }

    /// Tells the owner that a key was added to or removed from their account, so that
    /// a key added with a stolen session and a current code does not go unnoticed. A
    /// mail problem is logged; the change stands.
    async fn mail_key_change(&self, account: &Account, change: KeyChange, key: &str, ctx: &Ctx) {
        let tr = Tr::for_account(&account.locale, Tr::default);
        let (subject_id, body_id, previous) = match change {
            KeyChange::Added => ("mail-key-added-subject", "mail-key-added-body", None),
            KeyChange::Removed => ("mail-key-removed-subject", "mail-key-removed-body", None),
            KeyChange::Renamed { previous } => (
                "mail-key-renamed-subject",
                "mail-key-renamed-body",
                Some(previous),
            ),
        };
        let service = self.config.service_name.clone();
        let subject = tr.with(subject_id, &[("service", service.clone())]);
        let body = tr.with(
            body_id,
            &[
                ("name", account.name.clone()),
                ("key", key.to_owned()),
                ("at", tr.when(&ctx.at)),
                ("service", service),
                ("link", self.config.link("/account/keys")),
                ("previous", previous.unwrap_or_default()),
            ],
        );
        if let Err(e) = self
            .send_or_queue(OutgoingMail::to_account(account, &subject, body))
            .await
        {
            tracing::warn!(error = %e, account = account.pseudonym, "key change mail not sent");
        }
    }

    /// Audits a refused ceremony (the reason, never the credential) and passes it on.
    async fn audit_key_refusal<T>(
        &self,
        account: Option<&Account>,
        outcome: Result<T, KeyError>,
        ctx: &Ctx,
    ) -> Result<T, KeyError> {
        match outcome {
            Err(refusal) if !matches!(refusal, KeyError::App(_)) => {
                let reason = refusal.reason();
                self.store.record_key_refusal(account, reason, ctx).await?;
                Err(refusal)
            }
            other => other,
        }
    }

    /// "Sign in with a passkey": any discoverable key of this site may answer.
    pub async fn start_key_sign_in(&self, ctx: &Ctx) -> Result<KeyChallenge, KeyError> {
        let (options, state) = self.start_assertion(&[])?;
        let flow = self
            .keep_challenge(ChallengePurpose::SignIn, None, None, &state, ctx)
            .await?;
        Ok(KeyChallenge { flow, options })
    }

    pub async fn finish_key_sign_in(
        &self,
        flow: &str,
        credential: &PublicKeyCredential,
        ctx: &Ctx,
    ) -> Result<KeySignIn, KeyError> {
        let ip = ctx.ip.clone().unwrap_or_else(|| "unknown".into());
        let failures = self
            .store
            .ip_failures_since(&ip, self.lockout.window_start(ctx.at))
            .await?;
        if self.lockout.ip_throttled(&failures, ctx.at) {
            self.store.record_login_throttled(ctx).await?;
            return Err(KeyError::Throttled);
        }
        let outcome = self.key_sign_in(flow, credential, ctx).await;
        match outcome {
            Err(KeyError::App(e)) => Err(KeyError::App(e)),
            Err(refusal) => {
                let account = match &refusal {
                    KeyError::PossibleClone | KeyError::AccountUnavailable => {
                        self.key_owner(credential).await?
                    }
                    _ => None,
                };
                let reason = format!("passkey_{}", refusal.reason());
                self.store
                    .record_login_failure(account.as_ref(), &reason, &self.lockout, ctx)
                    .await?;
                Err(refusal)
            }
            ok => ok,
        }
    }

    async fn key_owner(
        &self,
        credential: &PublicKeyCredential,
    ) -> Result<Option<Account>, KeyError> {
        let id = credential_key(credential.get_credential_id());
        let Some(record) = self.store.passkey_by_credential(&id).await? else {
            return Ok(None);
        };
        Ok(self.store.account(record.account_id).await?)
    }

    async fn key_sign_in(
        &self,
        flow: &str,
        credential: &PublicKeyCredential,
        ctx: &Ctx,
    ) -> Result<KeySignIn, KeyError> {
        let (state, _) = self
            .answer_challenge::<DiscoverableAuthentication>(
                ChallengePurpose::SignIn,
                flow,
                None,
                ctx,
            )
            .await?;
        let (record, used) = self.verify_assertion(state, credential).await?;
        // The key must say whose it is, and say it of the account it is registered to.
        let handle = credential
            .get_user_unique_id()
            .and_then(|b| Uuid::from_slice(b).ok())
            .map(|u| u.to_string());
        if handle.as_deref() != Some(record.user_handle.as_str()) {
            return Err(KeyError::Rejected);
        }
        let account = self
            .store
            .account(record.account_id)
            .await?
            .ok_or(KeyError::UnknownKey)?;
        let usable = account.status == lers_domain::account::AccountStatus::Active
            && account.domain_admitted
            && account.mfa_complete();
        if !usable {
            return Err(KeyError::AccountUnavailable);
        }
        let (token, session) = new_session();
        if !self
            .store
            .log_in_with_passkey(&account, &used, KeySignInFactor::Passkey, session, ctx)
            .await?
        {
            return Err(KeyError::PossibleClone);
        }
        Ok(KeySignIn {
            token,
            staff: account.kind == lers_domain::account::AccountKind::Staff,
        })
    }

    /// Step-up with a key touch: only this account's keys may answer.
    pub async fn start_key_step_up(
        &self,
        session: &SessionRecord,
        ctx: &Ctx,
    ) -> Result<KeyChallenge, KeyError> {
        let keys = self.store.passkeys(session.account.id).await?;
        if keys.is_empty() {
            return Err(KeyError::NoKeys);
        }
        let (options, state) = self.start_assertion(&keys)?;
        let flow = self
            .keep_challenge(
                ChallengePurpose::StepUp,
                Some(session.account.id),
                Some(&session.token_hash),
                &state,
                ctx,
            )
            .await?;
        Ok(KeyChallenge { flow, options })
    }

    pub async fn finish_key_step_up(
        &self,
        session: &SessionRecord,
        flow: &str,
        credential: &PublicKeyCredential,
        ctx: &Ctx,
    ) -> Result<(), KeyError> {
        let account = &session.account;
        let outcome = self.key_step_up(session, flow, credential, ctx).await;
        self.audit_key_refusal(Some(account), outcome, ctx).await
    }

    async fn key_step_up(
        &self,
        session: &SessionRecord,
        flow: &str,
        credential: &PublicKeyCredential,
        ctx: &Ctx,
    ) -> Result<(), KeyError> {
        let (state, _) = self
            .answer_challenge::<DiscoverableAuthentication>(
                ChallengePurpose::StepUp,
                flow,
                Some(&session.token_hash),
                ctx,
            )
            .await?;
        let (record, used) = self.verify_assertion(state, credential).await?;
        if record.account_id != session.account.id {
            return Err(KeyError::UnknownKey);
        }
        if !self
            .store
            .record_key_step_up(&session.account, &session.token_hash, &used, ctx)
            .await?
        {
            return Err(KeyError::PossibleClone);
        }
        Ok(())
    }

    /// Spends a key touch made within the step-up window (for acts that ask for a code).
    pub(crate) async fn spend_key_touch(
        &self,
        session: &SessionRecord,
        ctx: &Ctx,
    ) -> Result<bool, AppError> {
        let since = ctx.at.minus(self.sessions.step_up_window);
        Ok(self
            .store
            .spend_key_touch(&session.token_hash, since)
            .await?)
    }

    pub async fn my_keys(&self, account: &Account) -> Result<Vec<PasskeyRecord>, AppError> {
        Ok(self.store.passkeys(account.id).await?)
    }

    /// The name `account` gave its key `key_id` (empty for a key it does not have).
    pub async fn rename_key(
        &self,
        session: &SessionRecord,
        key_id: i64,
        name: &str,
        code: &str,
        ctx: &Ctx,
    ) -> Result<(), KeyError> {
        let name = key_name(name).map_err(KeyError::Name)?;
        self.fresh_factor(session, code, ctx).await?;
        let Some(previous) = self
            .store
            .rename_passkey(&session.account, key_id, &name, ctx)
            .await?
        else {
            return Err(AppError::NotFound.into());
        };
        // Renaming to the same name changes nothing worth a mail.
        if previous != name {
            self.mail_key_change(
                &session.account,
                KeyChange::Renamed { previous },
                &name,
                ctx,
            )
            .await;
        }
        Ok(())
    }

    /// Removes a key with a fresh factor; the last key of someone the policy covers
    /// stays (refused and audited).
    pub async fn remove_key(
        &self,
        session: &SessionRecord,
        key_id: i64,
        code: &str,
        ctx: &Ctx,
    ) -> Result<(), KeyError> {
        self.fresh_factor(session, code, ctx).await?;
        let keep_one = self.keys_required(&session.account).await?;
        match self
            .store
            .remove_passkey(&session.account, key_id, keep_one, ctx)
            .await?
        {
            KeyRemoval::Removed { name } => {
                self.mail_key_change(&session.account, KeyChange::Removed, &name, ctx)
                    .await;
                Ok(())
            }
            KeyRemoval::LastRequiredKey => Err(KeyError::LastRequiredKey),
            KeyRemoval::NotFound => Err(AppError::NotFound.into()),
        }
    }

    pub async fn key_policy(&self) -> Result<KeyPolicy, AppError> {
        Ok(self.store.key_policy().await?)
    }

    /// The admin setting of who must use a key: admins only, with a fresh factor. A
    /// relaxation is proposed for a second admin unless this admin is the only one
    /// (the store decides, in the change's transaction); every step is audited.
    pub async fn set_key_policy(
        &self,
        session: &SessionRecord,
        policy: KeyPolicy,
        code: &str,
        ctx: &Ctx,
    ) -> Result<KeyPolicyChange, KeyError> {
        self.admin_with_fresh_factor(session, code, ctx).await?;
        Ok(self.store.change_key_policy(policy, ctx).await?)
    }

    /// Policy steps are for admins who have just confirmed a factor.
    async fn admin_with_fresh_factor(
        &self,
        session: &SessionRecord,
        code: &str,
        ctx: &Ctx,
    ) -> Result<(), KeyError> {
        if !session.account.roles.contains(Role::Admin) {
            return Err(AppError::Forbidden.into());
        }
        self.fresh_factor(session, code, ctx).await
    }

    /// The relaxation waiting for a second admin, if any.
    pub async fn key_policy_proposal(&self) -> Result<Option<KeyPolicyProposal>, AppError> {
        Ok(self.store.key_policy_proposal(self.clock.now()).await?)
    }

    /// Another admin approves the waiting relaxation they were `shown`, or
    /// any admin rejects it; either way with a new code or key touch, as deciding a
    /// role grant asks: a recent sign-in is not enough, or whoever held an admin's
    /// session cookie for those minutes could be the second pair of eyes.
    pub async fn decide_key_policy(
        &self,
        session: &SessionRecord,
        shown: ShownProposal,
        approve: bool,
        code: &str,
        ctx: &Ctx,
    ) -> Result<KeyPolicy, KeyError> {
        if !session.account.roles.contains(Role::Admin) {
            return Err(AppError::Forbidden.into());
        }
        if session.mfa_at.is_none() {
            return Err(KeyError::FreshFactorNeeded);
        }
        factor_confirmed(self.confirm_step_up(session, code, "code", ctx).await)?;
        Ok(self.store.decide_key_policy(shown, approve, ctx).await?)
    }
}

/// A factor check's outcome for the key pages: a refused code is "confirm a factor".
fn factor_confirmed(checked: Result<(), FormError>) -> Result<(), KeyError> {
    match checked {
        Ok(()) => Ok(()),
        Err(FormError::App(e)) => Err(e.into()),
        Err(FormError::Fields(_)) => Err(KeyError::FreshFactorNeeded),
    }
}
