//! A security key as the second factor after the password (issue 17 §2), in place of
//! the TOTP code: for keys that cannot keep a passkey (no discoverable credential, so
//! no sign-in with the key alone) and for anyone who prefers typing the password.
//!
//! The browser first asks for the keys of the address typed. An address without an
//! account, or whose account has no key, gets stand-in credential ids derived from
//! the address, so the answer does not say whether the account exists. The password
//! and the key's answer then go in together with the sign-in form, which gives one
//! message for any failure, as it does for a wrong code: the password is never
//! confirmed on its own.

use lers_domain::account::Account;
use lers_domain::allowlist::EmailAddress;
use lers_domain::passkey::ChallengePurpose;
use lers_store::{Ctx, KeyUse};
use serde_json::{json, Value};
use webauthn_rs::prelude::DiscoverableAuthentication;

use super::passkey_ceremony::{credential_key, KeyAssertion, KeyChallenge, KeyError};
use crate::app::App;

impl App {
    /// Starts "use my security key instead of a code" for `email`: only that
    /// account's keys may answer (user verification still required, as everywhere).
    pub async fn start_password_key(
        &self,
        email: &str,
        ctx: &Ctx,
    ) -> Result<KeyChallenge, KeyError> {
        // Stand-ins are made from the address as accounts are looked up, so two ways of
        // writing one address (case, or a character that only lower-cases to ASCII)
        // cannot be compared to tell a real list from a made-up one.
        let address = match EmailAddress::parse(email.trim()) {
            Ok(address) => address.as_str().to_owned(),
            Err(_) => email.trim().to_owned(),
        };
        let account = self.store.account_by_email(&address).await?;
        // The keys are read for an unknown address too (no account has id 0), so the
        // answer takes as long either way.
        let keys = self
            .store
            .passkeys(account.as_ref().map_or(0, |a| a.id))
            .await?;
        let owner = account.filter(|_| !keys.is_empty()).map(|a| a.id);
        let (mut options, state) = self.start_assertion(&keys)?;
        if owner.is_none() {
            let stand_ins = self.store.stand_in_credentials(&address)?;
            options["publicKey"]["allowCredentials"] = stand_ins
                .iter()
                .map(|id| json!({"type": "public-key", "id": credential_key(id)}))
                .collect::<Value>();
        }
        let flow = self
            .keep_challenge(ChallengePurpose::SecondFactor, owner, None, &state, ctx)
            .await?;
        Ok(KeyChallenge { flow, options })
    }

    /// Checks a key's answer given with the password of `account`: the challenge was
    /// issued for this account and the key is one of its own. Returns the use to
    /// record when the session opens.
    pub(crate) async fn password_key(
        &self,
        account: &Account,
        flow: &str,
        answer: &str,
        ctx: &Ctx,
    ) -> Result<KeyUse, KeyError> {
        let credential: KeyAssertion =
            serde_json::from_str(answer).map_err(|_| KeyError::Rejected)?;
        let (state, owner) = self
            .answer_challenge::<DiscoverableAuthentication>(
                ChallengePurpose::SecondFactor,
                flow,
                None,
                ctx,
            )
            .await?;
        if owner != Some(account.id) {
            return Err(KeyError::Rejected);
        }
        let (record, used) = self.verify_assertion(state, &credential).await?;
        if record.account_id != account.id {
            return Err(KeyError::Rejected);
        }
        Ok(used)
    }
}
