//! The WebAuthn plumbing under passkeys: the relying party from the public base URL,
//! challenges kept in the database (single use, short-lived, bound to a flow and, once
//! signed in, to the session), and the checks of an answered assertion. The protocol
//! is `webauthn-rs`; nothing here parses CBOR or checks a signature by hand.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use lers_domain::passkey::{challenge_expires, ChallengePurpose};
use lers_store::{tokens, Ctx, KeyUse, NewChallenge, PasskeyRecord};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use webauthn_rs::prelude::{
    DiscoverableAuthentication, DiscoverableKey, Passkey, PublicKeyCredential, Url, Webauthn,
    WebauthnBuilder, WebauthnError,
};

use crate::app::App;
use crate::error::AppError;

/// What the browser sends back from `navigator.credentials.create` / `.get`.
pub use webauthn_rs::prelude::{
    PublicKeyCredential as KeyAssertion, RegisterPublicKeyCredential as KeyAttestation,
};

/// Why a key ceremony did not succeed. The web layer words each one (Fluent); the
/// text here is for logs.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the public base URL cannot serve as a WebAuthn relying party")]
    NoRelyingParty,
    #[error("challenge unknown, spent, expired or from another session")]
    ChallengeSpent,
    #[error("the authenticator's answer did not verify")]
    Rejected,
    #[error("the key's counter went back: possibly a cloned authenticator")]
    PossibleClone,
    #[error("the key is not registered here")]
    UnknownKey,
    #[error("this account has no key")]
    NoKeys,
    #[error("the key is already registered")]
    AlreadyRegistered,
    #[error("the account holds the most keys allowed")]
    TooManyKeys,
    #[error("the key name is refused: {0:?}")]
    Name(lers_domain::passkey::KeyNameError),
    #[error("a fresh second factor is needed")]
    FreshFactorNeeded,
    #[error("the last key an account's policy requires cannot be removed")]
    LastRequiredKey,
    #[error("the account cannot sign in now")]
    AccountUnavailable,
    #[error("too many failed attempts from this address")]
    Throttled,
    #[error(transparent)]
    App(#[from] AppError),
}

impl KeyError {
    /// The refusal as the audit log records it.
    pub(crate) fn reason(&self) -> &'static str {
        match self {
            Self::NoRelyingParty => "no_relying_party",
            Self::ChallengeSpent => "challenge_spent_or_expired",
            Self::Rejected => "assertion_rejected",
            Self::PossibleClone => "counter_regression",
            Self::UnknownKey => "unknown_key",
            Self::NoKeys => "no_keys",
            Self::AlreadyRegistered => "already_registered",
            Self::TooManyKeys => "too_many_keys",
            Self::Name(_) => "name_refused",
            Self::FreshFactorNeeded => "fresh_factor_needed",
            Self::LastRequiredKey => "last_required_key",
            Self::AccountUnavailable => "account_unavailable",
            Self::Throttled => "throttled",
            Self::App(_) => "error",
        }
    }
}

impl From<lers_store::StoreError> for KeyError {
    fn from(error: lers_store::StoreError) -> Self {
        Self::App(error.into())
    }
}

/// A started ceremony: the flow id the browser sends back, and the options for
/// `navigator.credentials.create/get` (base64url JSON).
#[derive(Debug, Serialize)]
pub struct KeyChallenge {
    pub flow: String,
    pub options: Value,
}

/// base64url (no padding) of a credential id, as stored.
pub fn credential_key(id: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(id)
}

fn json<T: Serialize>(value: &T) -> Result<String, KeyError> {
    serde_json::to_string(value).map_err(|e| AppError::internal(e).into())
}

pub(crate) fn parse<T: DeserializeOwned>(text: &str) -> Result<T, KeyError> {
    serde_json::from_str(text).map_err(|e| AppError::internal(e).into())
}

/// The stored credential of a key.
pub(crate) fn passkey_of(record: &PasskeyRecord) -> Result<Passkey, KeyError> {
    parse(&record.passkey)
}

impl App {
    /// The relying party: its id is the host of the public base URL, its only origin
    /// that URL's origin.
    pub(crate) fn relying_party(&self) -> Result<Webauthn, KeyError> {
        let origin = Url::parse(&self.config.base_url).map_err(|_| KeyError::NoRelyingParty)?;
        let rp_id = origin
            .host_str()
            .ok_or(KeyError::NoRelyingParty)?
            .to_owned();
        WebauthnBuilder::new(&rp_id, &origin)
            .and_then(|b| b.rp_name(&self.config.service_name).build())
            .map_err(|_| KeyError::NoRelyingParty)
    }

    /// Keeps a ceremony's state server-side and returns the flow id for the browser.
    pub(crate) async fn keep_challenge<S: Serialize>(
        &self,
        purpose: ChallengePurpose,
        account_id: Option<i64>,
        session_hash: Option<&str>,
        state: &S,
        ctx: &Ctx,
    ) -> Result<String, KeyError> {
        let flow = tokens::generate();
        let challenge = NewChallenge {
            id_hash: tokens::hash(&flow),
            purpose,
            account_id,
            session_hash: session_hash.map(str::to_owned),
            state: json(state)?,
            expires_at: challenge_expires(ctx.at),
        };
        self.store.save_challenge(challenge, ctx.at).await?;
        Ok(flow)
    }

    /// Takes the challenge of `flow` (spending it), refusing one that expired or that
    /// another session started.
    pub(crate) async fn answer_challenge<S: DeserializeOwned>(
        &self,
        purpose: ChallengePurpose,
        flow: &str,
        session_hash: Option<&str>,
        ctx: &Ctx,
    ) -> Result<(S, Option<i64>), KeyError> {
        let taken = self
            .store
            .take_challenge(&tokens::hash(flow), purpose)
            .await?
            .ok_or(KeyError::ChallengeSpent)?;
        let fresh = ctx.at < taken.expires_at;
        let same_session = taken.session_hash.as_deref() == session_hash;
        if !fresh || !same_session {
            return Err(KeyError::ChallengeSpent);
        }
        Ok((parse(&taken.state)?, taken.account_id))
    }

    /// Starts an assertion. `allowed` lists the keys that may answer (a step-up); empty
    /// means any discoverable passkey (sign-in with the key alone). User verification
    /// (PIN or biometric) is always required.
    pub(crate) fn start_assertion(
        &self,
        allowed: &[PasskeyRecord],
    ) -> Result<(Value, DiscoverableAuthentication), KeyError> {
        let (mut options, state) = self
            .relying_party()?
            .start_discoverable_authentication()
            .map_err(AppError::internal)?;
        // Explicit, not conditional, mediation: the person pressed a button.
        options.mediation = None;
        let mut options = serde_json::to_value(&options).map_err(AppError::internal)?;
        if !allowed.is_empty() {
            let list: Vec<Value> = allowed
                .iter()
                .map(|k| serde_json::json!({"type": "public-key", "id": k.credential_id}))
                .collect();
            options["publicKey"]["allowCredentials"] = Value::Array(list);
        }
        Ok((options, state))
    }

    /// Verifies an assertion against the key it names, as stored now (so a counter
    /// recorded by another node since the challenge counts). Returns the key and the
    /// use to record.
    pub(crate) async fn verify_assertion(
        &self,
        state: DiscoverableAuthentication,
        credential: &PublicKeyCredential,
    ) -> Result<(PasskeyRecord, KeyUse), KeyError> {
        let id = credential_key(credential.get_credential_id());
        let record = self
            .store
            .passkey_by_credential(&id)
            .await?
            .ok_or(KeyError::UnknownKey)?;
        let mut passkey = passkey_of(&record)?;
        let result = self
            .relying_party()?
            .finish_discoverable_authentication(
                credential,
                state,
                &[DiscoverableKey::from(&passkey)],
            )
            .map_err(|e| match e {
                WebauthnError::CredentialPossibleCompromise => KeyError::PossibleClone,
                _ => KeyError::Rejected,
            })?;
        if !result.user_verified() {
            return Err(KeyError::Rejected);
        }
        passkey.update_credential(&result);
        let used = KeyUse {
            key_id: record.id,
            previous_count: record.sign_count,
            passkey: json(&passkey)?,
            sign_count: i64::from(result.counter()),
            backup_eligible: result.backup_eligible() || record.backup_eligible,
            backup_state: result.backup_state(),
        };
        Ok((record, used))
    }
}
