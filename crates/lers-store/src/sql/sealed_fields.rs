//! A request's text fields as stored: sealed with the request's data key, each bound
//! to its table, column and row, and its targets as keyed hashes. Every concern that
//! reads or writes those columns goes through here, so the rest of the store (and its
//! callers) see plaintext.

use crate::sql::Conn;
use std::collections::hash_map::Entry;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::core::SqlStore;
use crate::crypto::contexts;
use crate::crypto::fields::{DataKey, FieldPlace};
use crate::crypto::keys::{KeyError, KeyProvider, SecretSealer};
use crate::error::{Result, StoreError};

/// The contact details of an account sealed with the master key.
pub(crate) const CONTACT_COLUMNS: [&str; 3] = ["phone", "mailing_address", "badge_number"];

/// One request's data key, or none for a request the start-up step has not sealed
/// yet (its fields are still clear and are read as they are).
pub(crate) struct RequestCipher {
    public_id: String,
    key: Option<DataKey>,
}

impl RequestCipher {
    pub(crate) fn new(
        sealer: &dyn KeyProvider,
        public_id: String,
        wrapped: Option<&str>,
    ) -> Result<Self> {
        let key = wrapped
            .map(|wrapped| DataKey::unwrap(sealer, wrapped, &public_id))
            .transpose()?;
        Ok(Self { public_id, key })
    }

    pub(crate) fn with_key(public_id: String, key: DataKey) -> Self {
        Self {
            public_id,
            key: Some(key),
        }
    }

    fn place<'a>(table: &'a str, column: &'a str, row: &'a str) -> FieldPlace<'a> {
        FieldPlace { table, column, row }
    }

    /// A `requests` column of this request.
    pub(crate) fn seal_request(&self, column: &str, text: &str) -> Result<String> {
        self.seal(&Self::place("requests", column, &self.public_id), text)
    }

    pub(crate) fn open_request(&self, column: &str, stored: String) -> Result<String> {
        self.open(&Self::place("requests", column, &self.public_id), stored)
    }

    /// A message or internal note (row `{public id}/{message id}`).
    pub(crate) fn seal_message(&self, message_id: i64, text: &str) -> Result<String> {
        let row = format!("{}/{message_id}", self.public_id);
        self.seal(&Self::place("messages", "body", &row), text)
    }

    pub(crate) fn open_message(&self, message_id: i64, stored: String) -> Result<String> {
        let row = format!("{}/{message_id}", self.public_id);
        self.open(&Self::place("messages", "body", &row), stored)
    }

    /// A target row's value (row `{public id}/{type}/{hash}`).
    pub(crate) fn seal_target(
        &self,
        target_type: &str,
        hash: &str,
        target: &SealedTarget,
    ) -> Result<String> {
        let row = format!("{}/{target_type}/{hash}", self.public_id);
        let text = serde_json::to_string(target).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.seal(&Self::place("request_targets", "value", &row), &text)
    }

    pub(crate) fn open_target(
        &self,
        target_type: &str,
        hash: &str,
        stored: String,
    ) -> Result<SealedTarget> {
        let row = format!("{}/{target_type}/{hash}", self.public_id);
        let text = self.open(&Self::place("request_targets", "value", &row), stored)?;
        serde_json::from_str(&text).map_err(|e| StoreError::Corrupt(format!("target value: {e}")))
    }

    fn seal(&self, place: &FieldPlace<'_>, text: &str) -> Result<String> {
        match &self.key {
            Some(key) => Ok(key.seal(text, place)?),
            None => Ok(text.to_owned()),
        }
    }

    fn open(&self, place: &FieldPlace<'_>, stored: String) -> Result<String> {
        match &self.key {
            Some(key) => Ok(key.open(&stored, place)?),
            None => Ok(stored),
        }
    }
}

/// What a target row's sealed value holds: the identifier as written and its
/// normalised form (from which a rotation computes the new keyed hash).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct SealedTarget {
    pub value: String,
    pub normalized: String,
}

/// Seals a contact detail of account `pseudonym` under the master key (an empty
/// value stays empty: there is nothing to hide and erasure writes empty values).
pub(crate) fn seal_contact(
    sealer: &SecretSealer,
    pseudonym: &str,
    column: &str,
    value: &str,
) -> Result<String> {
    if value.is_empty() {
        return Ok(String::new());
    }
    Ok(sealer.seal(
        value.as_bytes(),
        &contexts::account_contact(column, pseudonym),
    )?)
}

pub(crate) fn open_contact(
    sealer: &SecretSealer,
    pseudonym: &str,
    column: &str,
    stored: String,
) -> Result<String> {
    if stored.is_empty() {
        return Ok(stored);
    }
    let clear = sealer.open(&stored, &contexts::account_contact(column, pseudonym))?;
    String::from_utf8(clear).map_err(|_| StoreError::Key(KeyError::Unseal))
}

impl SqlStore {
    /// A target row of a request: the keyed hash of its normalised value (current
    /// key version) and its sealed value.
    pub(crate) fn target_row(
        &self,
        cipher: &RequestCipher,
        target_type: &str,
        value: &str,
        normalized: &str,
    ) -> Result<(String, String)> {
        let hash = self.keys().target_hasher.hash(target_type, normalized)?;
        let target = SealedTarget {
            value: value.to_owned(),
            normalized: normalized.to_owned(),
        };
        let sealed = cipher.seal_target(target_type, &hash, &target)?;
        Ok((hash, sealed))
    }

    /// The data key of request `row_id` (row id, not public id).
    pub(crate) async fn request_cipher(
        &self,
        conn: &mut Conn<'_>,
        row_id: i64,
    ) -> Result<RequestCipher> {
        let row = sqlx::query("SELECT public_id, wrapped_key FROM requests WHERE id = $1")
            .bind(row_id)
            .fetch_one(conn)
            .await?;
        let wrapped: Option<String> = row.try_get("wrapped_key")?;
        RequestCipher::new(
            self.keys().sealer.as_ref(),
            row.try_get("public_id")?,
            wrapped.as_deref(),
        )
    }

    /// Sealed `requests` column `column` of request `row_id`, in clear.
    async fn opened_request_column(
        &self,
        conn: &mut Conn<'_>,
        row_id: i64,
        column: &str,
    ) -> Result<Option<String>> {
        let cipher = self.request_cipher(&mut *conn, row_id).await?;
        let stored: Option<String> =
            sqlx::query_scalar(&format!("SELECT {column} FROM requests WHERE id = $1"))
                .bind(row_id)
                .fetch_one(&mut *conn)
                .await?;
        stored.map(|s| cipher.open_request(column, s)).transpose()
    }

    /// The submitted content (JSON) of request `row_id`, in clear.
    pub(crate) async fn submitted_json(
        &self,
        conn: &mut Conn<'_>,
        row_id: i64,
    ) -> Result<Option<String>> {
        self.opened_request_column(conn, row_id, "submitted").await
    }

    /// The withdrawal reason of request `row_id`, in clear.
    pub(crate) async fn withdrawal_reason(
        &self,
        conn: &mut Conn<'_>,
        row_id: i64,
    ) -> Result<Option<String>> {
        self.opened_request_column(conn, row_id, "withdrawal_reason")
            .await
    }

    /// The hold a preservation extension (request `row_id`) extends.
    pub(crate) async fn extends_reference(
        &self,
        conn: &mut Conn<'_>,
        row_id: i64,
    ) -> Result<Option<String>> {
        #[derive(Deserialize)]
        struct Extension {
            #[serde(default)]
            extends_reference: Option<String>,
        }
        let Some(text) = self.submitted_json(conn, row_id).await? else {
            return Ok(None);
        };
        let extension: Extension = serde_json::from_str(&text)
            .map_err(|e| StoreError::Corrupt(format!("submitted request: {e}")))?;
        Ok(extension.extends_reference)
    }

    /// Writes a message (or, `internal`, a note) on request `row_id`, sealed with the
    /// request's key and bound to its own row; returns its id.
    pub(crate) async fn insert_sealed_message(
        &self,
        conn: &mut Conn<'_>,
        row_id: i64,
        author_id: i64,
        body: &str,
        internal: bool,
        at: i64,
    ) -> Result<i64> {
        // A purged case has no data key any more: nothing written to it could be
        // sealed, and retention would never remove it.
        let purged: Option<i64> =
            sqlx::query_scalar("SELECT purged_at FROM requests WHERE id = $1")
                .bind(row_id)
                .fetch_one(&mut *conn)
                .await?;
        if purged.is_some() {
            return Err(crate::error::Refusal::CasePurged.into());
        }
        let cipher = self.request_cipher(&mut *conn, row_id).await?;
        // The id is part of the associated data, so the row comes first (empty).
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO messages (request_id, author_id, body, internal, created_at) VALUES ($1, $2, '', $3, $4) RETURNING id",
        )
        .bind(row_id)
        .bind(author_id)
        .bind(i64::from(internal))
        .bind(at)
        .fetch_one(&mut *conn)
        .await?;
        sqlx::query("UPDATE messages SET body = $1 WHERE id = $2")
            .bind(cipher.seal_message(id, body)?)
            .bind(id)
            .execute(&mut *conn)
            .await?;
        Ok(id)
    }

    /// Opens the bodies of message rows (columns `id`, `body`, `request_id`), one
    /// data key per request.
    pub(crate) async fn open_message_bodies(
        &self,
        conn: &mut Conn<'_>,
        rows: &[sqlx::any::AnyRow],
    ) -> Result<Vec<String>> {
        let mut ciphers: HashMap<i64, RequestCipher> = HashMap::new();
        let mut bodies = Vec::with_capacity(rows.len());
        for row in rows {
            let request_id: i64 = row.try_get("request_id")?;
            if let Entry::Vacant(slot) = ciphers.entry(request_id) {
                slot.insert(self.request_cipher(&mut *conn, request_id).await?);
            }
            let cipher = ciphers.get(&request_id).ok_or(StoreError::NotFound)?;
            bodies.push(cipher.open_message(row.try_get("id")?, row.try_get("body")?)?);
        }
        Ok(bodies)
    }
}
