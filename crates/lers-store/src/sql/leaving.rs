//! A person leaving (or removed by an admin): in one transaction, everything that
//! would still act for them or name them outside the legal record is cleaned, and
//! then the account is anonymised ([`SqlStore::anonymise_in`]). What stays, and why,
//! is written in the README ("People's rights").

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use serde_json::{json, Value};
use sqlx::Row;

use super::core::SqlStore;
use super::erasure::{erased_email, ErasureReport};
use super::rows::event;
use super::sealed_fields::RequestCipher;
use crate::error::Result;
use crate::model::Ctx;

/// What leaving cleaned besides the account row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeavingReport {
    pub erasure: ErasureReport,
    /// Colleague grants they held, or had given on their own requests.
    pub grants_removed: u64,
    /// Four-eyes proposals about them or made by them, closed as expired.
    pub approvals_closed: u64,
    /// Their unsent drafts, emptied (documents crypto-shredded).
    pub drafts_emptied: u64,
    /// Other requests whose colleague list named their address.
    pub colleague_lists_rewritten: u64,
    /// Blob keys of their exports (the wrapped keys are already gone): the caller
    /// deletes the blobs.
    pub export_blobs: Vec<String>,
}

#[async_trait]
pub trait LeavingStore: Send + Sync {
    /// Erases account `account_id` (see the module docs); audited
    /// `account.erasure_cleaned` and `account.anonymised`. Refused if already erased.
    async fn erase_person(&self, account_id: i64, ctx: &Ctx) -> Result<LeavingReport>;
}

#[async_trait]
impl LeavingStore for SqlStore {
    async fn erase_person(&self, account_id: i64, ctx: &Ctx) -> Result<LeavingReport> {
        let mut tx = self.begin().await?;
        let account = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        // Before the grants go: they say which filed requests list the person.
        let colleague_lists_rewritten = self
            .rewrite_colleague_lists(
                &mut tx.conn(),
                account_id,
                &account.email,
                &erased_email(&account.pseudonym),
            )
            .await?;
        let grants_removed = sqlx::query(
            "DELETE FROM request_access WHERE account_id = $1 \
             OR request_id IN (SELECT id FROM requests WHERE owner_id = $1)",
        )
        .bind(account_id)
        .execute(tx.conn())
        .await?
        .rows_affected();
        // Receipts not yet mailed: to the person, and to colleagues about their requests.
        sqlx::query(
            "DELETE FROM api_receipts WHERE account_id = $1 \
             OR request_id IN (SELECT id FROM requests WHERE owner_id = $1)",
        )
        .bind(account_id)
        .execute(tx.conn())
        .await?;
        let approvals_closed = sqlx::query(
            "UPDATE pending_approvals SET state = 'expired', decided_at = $1 \
             WHERE state = 'pending' AND (target_id = $2 OR proposed_by = $2)",
        )
        .bind(ctx.at.unix_millis())
        .bind(account_id)
        .execute(tx.conn())
        .await?
        .rows_affected();
        let drafts_emptied = empty_drafts(&mut tx.conn(), account_id).await?;
        let export_blobs = self
            .expire_exports_in(&mut tx, Some(account_id), ctx)
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::AccountErasureCleaned, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({
                    "grants_removed": grants_removed,
                    "approvals_closed": approvals_closed,
                    "drafts_emptied": drafts_emptied,
                    "colleague_lists_rewritten": colleague_lists_rewritten,
                    "exports_destroyed": export_blobs.len(),
                })),
        )
        .await?;
        let erasure = self.anonymise_in(&mut tx, account_id, ctx).await?;
        tx.commit().await?;
        Ok(LeavingReport {
            erasure,
            grants_removed,
            approvals_closed,
            drafts_emptied,
            colleague_lists_rewritten,
            export_blobs,
        })
    }
}

/// A draft was never sent: it is not a legal record. Its content and targets go, and
/// its documents' data keys are destroyed (their blobs no longer open).
async fn empty_drafts(conn: &mut Conn<'_>, account_id: i64) -> Result<u64> {
    let drafts = "SELECT id FROM requests WHERE owner_id = $1 AND status = 'draft'";
    sqlx::query(&format!(
        "DELETE FROM request_targets WHERE request_id IN ({drafts})"
    ))
    .bind(account_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(&format!(
        "UPDATE documents SET wrapped_key = '', file_name = 'erased' WHERE request_id IN ({drafts})"
    ))
    .bind(account_id)
    .execute(&mut *conn)
    .await?;
    Ok(sqlx::query(
        "UPDATE requests SET draft = '{}', title = '', wrapped_key = NULL, key_version = NULL \
         WHERE owner_id = $1 AND status = 'draft'",
    )
    .bind(account_id)
    .execute(&mut *conn)
    .await?
    .rows_affected())
}

impl SqlStore {
    /// Other people's requests list colleagues by address: the leaver's address becomes
    /// the erased one there (in the draft and in the request as filed). The content is
    /// sealed, so the candidates are the drafts and the requests the person was granted,
    /// each opened, rewritten and sealed again under its own key.
    async fn rewrite_colleague_lists(
        &self,
        conn: &mut Conn<'_>,
        account_id: i64,
        email: &str,
        erased: &str,
    ) -> Result<u64> {
        let rows = sqlx::query(
            "SELECT id, public_id, draft, submitted, wrapped_key FROM requests \
             WHERE owner_id <> $1 AND (status = 'draft' \
             OR id IN (SELECT request_id FROM request_access WHERE account_id = $1))",
        )
        .bind(account_id)
        .fetch_all(&mut *conn)
        .await?;
        let mut rewritten = 0;
        for row in &rows {
            let cipher = RequestCipher::new(
                self.keys().sealer.as_ref(),
                row.try_get("public_id")?,
                row.try_get::<Option<String>, _>("wrapped_key")?.as_deref(),
            )?;
            let draft = cipher.open_request("draft", row.try_get("draft")?)?;
            let draft = replace_colleague(&draft, email, erased)
                .map(|text| cipher.seal_request("draft", &text))
                .transpose()?;
            let submitted = match row.try_get::<Option<String>, _>("submitted")? {
                Some(sealed) => {
                    let text = cipher.open_request("submitted", sealed)?;
                    replace_colleague(&text, email, erased)
                        .map(|text| cipher.seal_request("submitted", &text))
                        .transpose()?
                }
                None => None,
            };
            if draft.is_none() && submitted.is_none() {
                continue;
            }
            sqlx::query(
                "UPDATE requests SET draft = COALESCE($1, draft), submitted = COALESCE($2, submitted) WHERE id = $3",
            )
            .bind(draft)
            .bind(submitted)
            .bind(row.try_get::<i64, _>("id")?)
            .execute(&mut *conn)
            .await?;
            rewritten += 1;
        }
        Ok(rewritten)
    }
}

/// `json` with `email` replaced by `erased` in its `colleagues` list; `None` when
/// the list does not name it.
fn replace_colleague(json: &str, email: &str, erased: &str) -> Option<String> {
    let mut value: Value = serde_json::from_str(json).ok()?;
    let list = value.get_mut("colleagues")?.as_array_mut()?;
    let mut changed = false;
    for entry in list.iter_mut() {
        if entry
            .as_str()
            .is_some_and(|e| e.trim().eq_ignore_ascii_case(email))
        {
            *entry = Value::String(erased.to_owned());
            changed = true;
        }
    }
    changed.then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::replace_colleague;

    #[test]
    fn only_the_leavers_address_is_replaced() {
        let json = r#"{"title":"x","colleagues":["A@x.gov","b@x.gov"]}"#;
        let out = replace_colleague(json, "a@x.gov", "acct_1@erased.invalid");
        let out: serde_json::Value =
            serde_json::from_str(&out.unwrap_or_default()).unwrap_or_default();
        assert_eq!(
            out["colleagues"],
            serde_json::json!(["acct_1@erased.invalid", "b@x.gov"])
        );
        assert_eq!(replace_colleague(json, "c@x.gov", "e"), None);
        assert_eq!(replace_colleague("{}", "a@x.gov", "e"), None);
    }
}
