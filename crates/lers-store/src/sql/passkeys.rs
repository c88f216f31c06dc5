//! Passkeys and security keys (WebAuthn): registered credentials, server-side
//! challenges, key touches in sessions, and the admin's key policy (migration 0031).
//! The credential itself is stored as webauthn-rs serialised it; this module never
//! reads inside it.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::passkey::{ChallengePurpose, KeySignInFactor};
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::core::{SqlStore, WriteTx};
use super::rows::{event, opt_ts, ts};
use super::sessions::NewSession;
use crate::error::Result;
use crate::model::{Account, Ctx};

/// A registered key as stored.
#[derive(Clone, Debug)]
pub struct PasskeyRecord {
    pub id: i64,
    pub account_id: i64,
    /// base64url of the credential id.
    pub credential_id: String,
    pub user_handle: String,
    pub name: String,
    /// webauthn-rs's serialised `Passkey`.
    pub passkey: String,
    pub sign_count: i64,
    pub backup_eligible: bool,
    pub backup_state: bool,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
}

/// A key to register.
#[derive(Clone, Debug)]
pub struct NewPasskey {
    pub credential_id: String,
    pub user_handle: String,
    pub name: String,
    pub passkey: String,
    pub sign_count: i64,
    pub backup_eligible: bool,
    pub backup_state: bool,
}

/// What one successful use of a key changes: the credential state webauthn-rs
/// updated (counter, backup flags).
#[derive(Clone, Debug)]
pub struct KeyUse {
    pub key_id: i64,
    /// The counter stored before this use; the update holds only if it is unchanged,
    /// so two racing uses with the same counter cannot both pass.
    pub previous_count: i64,
    pub passkey: String,
    pub sign_count: i64,
    pub backup_eligible: bool,
    pub backup_state: bool,
}

/// A challenge to keep until it is answered.
#[derive(Clone, Debug)]
pub struct NewChallenge {
    pub id_hash: String,
    pub purpose: ChallengePurpose,
    pub account_id: Option<i64>,
    pub session_hash: Option<String>,
    /// webauthn-rs's serialised ceremony state.
    pub state: String,
    pub expires_at: Timestamp,
}

/// A challenge taken (and so spent).
#[derive(Clone, Debug)]
pub struct TakenChallenge {
    pub account_id: Option<i64>,
    pub session_hash: Option<String>,
    pub state: String,
    pub expires_at: Timestamp,
}

/// What adding a key did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAddition {
    Added(i64),
    /// The credential is registered already (to this account or another).
    AlreadyRegistered,
    /// The account holds the most keys allowed.
    TooMany,
}

/// What removing a key did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyRemoval {
    /// Gone; `name` is what it was called (read under the account's key lock, so a
    /// rename racing with the removal cannot make the owner's mail name another).
    Removed {
        name: String,
    },
    /// It was the account's last key and the policy requires one.
    LastRequiredKey,
    NotFound,
}

const COLUMNS: &str = "id, account_id, credential_id, user_handle, name, passkey, sign_count, backup_eligible, backup_state, created_at, last_used_at";

fn record(row: &AnyRow) -> Result<PasskeyRecord> {
    Ok(PasskeyRecord {
        id: row.try_get("id")?,
        account_id: row.try_get("account_id")?,
        credential_id: row.try_get("credential_id")?,
        user_handle: row.try_get("user_handle")?,
        name: row.try_get("name")?,
        passkey: row.try_get("passkey")?,
        sign_count: row.try_get("sign_count")?,
        backup_eligible: row.try_get::<i64, _>("backup_eligible")? != 0,
        backup_state: row.try_get::<i64, _>("backup_state")? != 0,
        created_at: ts(row, "created_at")?,
        last_used_at: opt_ts(row, "last_used_at")?,
    })
}

/// Passkeys and security keys.
#[async_trait]
pub trait PasskeyStore: Send + Sync {
    /// An account's keys, oldest first.
    async fn passkeys(&self, account_id: i64) -> Result<Vec<PasskeyRecord>>;
    async fn passkey_by_credential(&self, credential_id: &str) -> Result<Option<PasskeyRecord>>;
    /// Keeps a challenge (and drops expired ones).
    async fn save_challenge(&self, challenge: NewChallenge, now: Timestamp) -> Result<()>;
    /// Takes a challenge of `purpose` out of the store: it can be answered once.
    async fn take_challenge(
        &self,
        id_hash: &str,
        purpose: ChallengePurpose,
    ) -> Result<Option<TakenChallenge>>;
    /// Registers a key (audited). `open_session` marks that session as fully signed in
    /// (the enrolment a key policy demands right after a TOTP sign-in). `None`: the
    /// credential is already registered (to this or another account).
    /// Adds a key unless the account already holds `most` (counted in the same
    /// transaction, under the account's key lock).
    async fn add_passkey(
        &self,
        account: &Account,
        key: NewPasskey,
        most: usize,
        open_session: Option<&str>,
        ctx: &Ctx,
    ) -> Result<KeyAddition>;
    /// Renames a key (audited); its previous name, read under the account's key lock,
    /// or `None` when the account has no such key.
    async fn rename_passkey(
        &self,
        account: &Account,
        key_id: i64,
        name: &str,
        ctx: &Ctx,
    ) -> Result<Option<String>>;
    /// Removes a key (audited); with `keep_one` the account's last key stays.
    async fn remove_passkey(
        &self,
        account: &Account,
        key_id: i64,
        keep_one: bool,
        ctx: &Ctx,
    ) -> Result<KeyRemoval>;
    /// Records a key use and opens a fully signed-in session, in one transaction.
    /// `false`: the key was used meanwhile with the same counter (nothing opened).
    async fn log_in_with_passkey(
        &self,
        account: &Account,
        used: &KeyUse,
        factor: KeySignInFactor,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<bool>;
    /// Credential ids (raw bytes) standing in for the keys of `address` (as accounts
    /// are looked up: normalised, or as typed when it is no address) when it has no
    /// account or no key: one or two, as people hold one or two keys, of the lengths
    /// authenticators commonly give. They are keyed hashes of the address under the
    /// oldest target-hash key, the same on every ask, every node and after a key
    /// rotation, so asking twice does not tell a made-up list from a real one.
    fn stand_in_credentials(&self, address: &str) -> Result<Vec<Vec<u8>>>;
    /// Records a key use as a step-up in `session_hash` (fresh factor and one key
    /// touch to spend). `false` as for [`Self::log_in_with_passkey`].
    async fn record_key_step_up(
        &self,
        account: &Account,
        session_hash: &str,
        used: &KeyUse,
        ctx: &Ctx,
    ) -> Result<bool>;
    /// Spends the session's key touch if it was made at or after `since`.
    async fn spend_key_touch(&self, session_hash: &str, since: Timestamp) -> Result<bool>;
    /// Audits a refused key use (clone signal, wrong account, policy).
    async fn record_key_refusal(
        &self,
        account: Option<&Account>,
        reason: &str,
        ctx: &Ctx,
    ) -> Result<()>;
}

impl SqlStore {
    /// Serialises the changes to one account's keys until the transaction ends: two
    /// parallel removals must not each see the other key and leave none, nor two
    /// registrations each see room for one more.
    async fn lock_keys_of(&self, tx: &mut WriteTx<'_>, account: &Account) -> Result<()> {
        self.dialect()
            .lock_key(&mut tx.conn(), &format!("lers-passkeys|{}", account.id))
            .await
    }

    async fn key_count(&self, tx: &mut WriteTx<'_>, account: &Account) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM passkeys WHERE account_id = $1")
                .bind(account.id)
                .fetch_one(tx.conn())
                .await?,
        )
    }

    async fn record_use(&self, tx: &mut WriteTx<'_>, used: &KeyUse, at: Timestamp) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE passkeys SET passkey = $1, sign_count = $2, backup_eligible = $3, backup_state = $4, last_used_at = $5 WHERE id = $6 AND sign_count = $7",
        )
        .bind(&used.passkey)
        .bind(used.sign_count)
        .bind(i64::from(used.backup_eligible))
        .bind(i64::from(used.backup_state))
        .bind(at.unix_millis())
        .bind(used.key_id)
        .bind(used.previous_count)
        .execute(tx.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn key_name(
        &self,
        tx: &mut WriteTx<'_>,
        account: &Account,
        key_id: i64,
    ) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT name FROM passkeys WHERE id = $1 AND account_id = $2")
                .bind(key_id)
                .bind(account.id)
                .fetch_optional(tx.conn())
                .await?,
        )
    }
}

#[async_trait]
impl PasskeyStore for SqlStore {
    async fn passkeys(&self, account_id: i64) -> Result<Vec<PasskeyRecord>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM passkeys WHERE account_id = $1 ORDER BY id"
        ))
        .bind(account_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(record).collect()
    }

    async fn passkey_by_credential(&self, credential_id: &str) -> Result<Option<PasskeyRecord>> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM passkeys WHERE credential_id = $1"
        ))
        .bind(credential_id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(record).transpose()
    }

    async fn save_challenge(&self, challenge: NewChallenge, now: Timestamp) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM webauthn_challenges WHERE expires_at <= $1")
            .bind(now.unix_millis())
            .execute(tx.conn())
            .await?;
        sqlx::query(
            "INSERT INTO webauthn_challenges (id_hash, purpose, account_id, session_hash, state, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&challenge.id_hash)
        .bind(challenge.purpose.as_str())
        .bind(challenge.account_id)
        .bind(&challenge.session_hash)
        .bind(&challenge.state)
        .bind(challenge.expires_at.unix_millis())
        .execute(tx.conn())
        .await?;
        tx.commit().await
    }

    async fn take_challenge(
        &self,
        id_hash: &str,
        purpose: ChallengePurpose,
    ) -> Result<Option<TakenChallenge>> {
        let mut tx = self.begin().await?;
        let row = sqlx::query(
            "SELECT account_id, session_hash, state, expires_at FROM webauthn_challenges WHERE id_hash = $1 AND purpose = $2",
        )
        .bind(id_hash)
        .bind(purpose.as_str())
        .fetch_optional(tx.conn())
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        // Whoever deletes the row owns the answer: a replay finds nothing.
        let done = sqlx::query("DELETE FROM webauthn_challenges WHERE id_hash = $1")
            .bind(id_hash)
            .execute(tx.conn())
            .await?;
        if done.rows_affected() != 1 {
            return Ok(None);
        }
        let taken = TakenChallenge {
            account_id: row.try_get("account_id")?,
            session_hash: row.try_get("session_hash")?,
            state: row.try_get("state")?,
            expires_at: ts(&row, "expires_at")?,
        };
        tx.commit().await?;
        Ok(Some(taken))
    }

    async fn add_passkey(
        &self,
        account: &Account,
        key: NewPasskey,
        most: usize,
        open_session: Option<&str>,
        ctx: &Ctx,
    ) -> Result<KeyAddition> {
        let mut tx = self.begin().await?;
        self.lock_keys_of(&mut tx, account).await?;
        let taken: Option<i64> =
            sqlx::query_scalar("SELECT id FROM passkeys WHERE credential_id = $1")
                .bind(&key.credential_id)
                .fetch_optional(tx.conn())
                .await?;
        if taken.is_some() {
            return Ok(KeyAddition::AlreadyRegistered);
        }
        if self.key_count(&mut tx, account).await? >= i64::try_from(most).unwrap_or(i64::MAX) {
            return Ok(KeyAddition::TooMany);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO passkeys (account_id, credential_id, user_handle, name, passkey, sign_count, backup_eligible, backup_state, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(account.id)
        .bind(&key.credential_id)
        .bind(&key.user_handle)
        .bind(&key.name)
        .bind(&key.passkey)
        .bind(key.sign_count)
        .bind(i64::from(key.backup_eligible))
        .bind(i64::from(key.backup_state))
        .bind(ctx.at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        if let Some(session_hash) = open_session {
            sqlx::query(
                "UPDATE sessions SET mfa_at = $1 WHERE token_hash = $2 AND account_id = $3",
            )
            .bind(ctx.at.unix_millis())
            .bind(session_hash)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::PasskeyRegistered, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({
                    "key": id,
                    "name": key.name,
                    "backup_eligible": key.backup_eligible,
                    "enrolment_required": open_session.is_some(),
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(KeyAddition::Added(id))
    }

    async fn rename_passkey(
        &self,
        account: &Account,
        key_id: i64,
        name: &str,
        ctx: &Ctx,
    ) -> Result<Option<String>> {
        let mut tx = self.begin().await?;
        self.lock_keys_of(&mut tx, account).await?;
        let Some(before) = self.key_name(&mut tx, account, key_id).await? else {
            return Ok(None);
        };
        sqlx::query("UPDATE passkeys SET name = $1 WHERE id = $2 AND account_id = $3")
            .bind(name)
            .bind(key_id)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::PasskeyRenamed, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"key": key_id, "from": before, "to": name})),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(before))
    }

    async fn remove_passkey(
        &self,
        account: &Account,
        key_id: i64,
        keep_one: bool,
        ctx: &Ctx,
    ) -> Result<KeyRemoval> {
        let mut tx = self.begin().await?;
        self.lock_keys_of(&mut tx, account).await?;
        let Some(name) = self.key_name(&mut tx, account, key_id).await? else {
            return Ok(KeyRemoval::NotFound);
        };
        let refused = keep_one && self.key_count(&mut tx, account).await? <= 1;
        if !refused {
            sqlx::query("DELETE FROM passkeys WHERE id = $1 AND account_id = $2")
                .bind(key_id)
                .bind(account.id)
                .execute(tx.conn())
                .await?;
        }
        let (outcome, result) = if refused {
            (Outcome::Denied, KeyRemoval::LastRequiredKey)
        } else {
            (Outcome::Success, KeyRemoval::Removed { name: name.clone() })
        };
        let mut details = json!({"key": key_id, "name": name});
        if refused {
            details["reason"] = json!("last_required_key");
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::PasskeyRemoved, outcome)
                .subject(account.pseudonym.clone())
                .details(details),
        )
        .await?;
        tx.commit().await?;
        Ok(result)
    }

    async fn log_in_with_passkey(
        &self,
        account: &Account,
        used: &KeyUse,
        factor: KeySignInFactor,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        if !self.record_use(&mut tx, used, ctx.at).await? {
            return Ok(false);
        }
        sqlx::query("UPDATE accounts SET last_login_at = $1 WHERE id = $2")
            .bind(ctx.at.unix_millis())
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        sqlx::query("DELETE FROM login_failures WHERE account_id = $1")
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        self.insert_session(&mut tx.conn(), account.id, &session, Some(ctx.at), ctx)
            .await?;
        let ctx = ctx.acting_as(account);
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::LoginSucceeded, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(
                    json!({"stage": "complete", "factor": factor.as_str(), "key": used.key_id}),
                ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    fn stand_in_credentials(&self, address: &str) -> Result<Vec<Vec<u8>>> {
        // Credential ids authenticators give are commonly 16, 32, 48 or 64 bytes long.
        const LENGTHS: [usize; 4] = [16, 32, 48, 64];
        let hashed = |label: &str| -> Result<Vec<u8>> {
            let hash = self.keys().target_hasher.hash_pinned(label, address)?;
            let digest = hash.rsplit_once(':').map_or("", |(_, hex)| hex);
            Ok(hex::decode(digest).unwrap_or_default())
        };
        let shape = hashed("stand_in_credential_shape")?;
        let count = 1 + usize::from(shape.first().copied().unwrap_or_default() & 1);
        (0..count)
            .map(|i| {
                let pick = shape.get(i + 1).copied().unwrap_or_default();
                let length = LENGTHS[usize::from(pick) % LENGTHS.len()];
                // Two 32-byte hashes make room for the longest.
                let mut bytes = hashed(&format!("stand_in_credential_{i}"))?;
                bytes.extend(hashed(&format!("stand_in_credential_{i}_more"))?);
                bytes.truncate(length);
                Ok(bytes)
            })
            .collect()
    }

    async fn record_key_step_up(
        &self,
        account: &Account,
        session_hash: &str,
        used: &KeyUse,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        if !self.record_use(&mut tx, used, ctx.at).await? {
            return Ok(false);
        }
        sqlx::query(
            "UPDATE sessions SET mfa_at = $1, key_touch_at = $1 WHERE token_hash = $2 AND account_id = $3",
        )
        .bind(ctx.at.unix_millis())
        .bind(session_hash)
        .bind(account.id)
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::StepUpConfirmed, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"factor": "passkey", "key": used.key_id})),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn spend_key_touch(&self, session_hash: &str, since: Timestamp) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE sessions SET key_touch_at = NULL WHERE token_hash = $1 AND key_touch_at >= $2",
        )
        .bind(session_hash)
        .bind(since.unix_millis())
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn record_key_refusal(
        &self,
        account: Option<&Account>,
        reason: &str,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let mut refused = event(ctx, AuditAction::PasskeyRefused, Outcome::Denied)
            .details(json!({"reason": reason}));
        if let Some(account) = account {
            refused = refused.subject(account.pseudonym.clone());
        }
        self.audit(&mut tx, refused).await?;
        tx.commit().await
    }
}
