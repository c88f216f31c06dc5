//! Erasure of a person: their account row keeps only its pseudonym (which the audit log
//! and the legal records name), every personal field is replaced, and every way to act
//! as them (sessions, API tokens, links, recovery codes, second factors) is destroyed.
//! The row itself stays, so foreign keys and the audit chain stay valid.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use serde_json::json;

use super::conn::Conn;
use super::core::{SqlStore, WriteTx};
use super::rows::event;
use crate::error::{Refusal, Result};
use crate::model::{Account, Ctx};

/// What an erasure destroyed, for the audit entry and the confirmation shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErasureReport {
    pub pseudonym: String,
    pub sessions_ended: u64,
    pub tokens_revoked: u64,
    pub links_revoked: u64,
    pub recovery_codes_removed: u64,
    pub keys_removed: u64,
    /// Mail to them still waiting for the mail server, withdrawn unsent.
    pub queued_mail_withdrawn: u64,
    /// Mail to them that was being handed to the mail server as the erasure ran
    /// (which cannot recall it): deleted, so that it is not sent again.
    pub queued_mail_on_its_way: u64,
}

/// Erasure of people.
#[async_trait]
pub trait ErasureStore: Send + Sync {
    /// Anonymises account `account_id` in one transaction with its audit entry
    /// (`account.anonymised`, subject = the pseudonym). Anonymising twice is refused.
    async fn anonymise_account(&self, account_id: i64, ctx: &Ctx) -> Result<ErasureReport>;
}

/// `accounts.disabled_reason` of an erased account.
pub const ERASED: &str = "erased";

/// The address an erased account keeps: unique (the column is), not deliverable
/// (`.invalid` is reserved by RFC 2606), and naming nobody.
pub fn erased_email(pseudonym: &str) -> String {
    format!("{pseudonym}@erased.invalid")
}

/// The name an erased account keeps.
pub fn erased_name(pseudonym: &str) -> String {
    format!("Erased person {pseudonym}")
}

#[async_trait]
impl ErasureStore for SqlStore {
    async fn anonymise_account(&self, account_id: i64, ctx: &Ctx) -> Result<ErasureReport> {
        let mut tx = self.begin().await?;
        let report = self.anonymise_in(&mut tx, account_id, ctx).await?;
        tx.commit().await?;
        Ok(report)
    }
}

impl SqlStore {
    /// Takes account `account_id`'s row for the transaction and reads it; an erased
    /// one is refused. What then changes the row (an erasure, a status change) is
    /// ordered with an erasure on PostgreSQL as on SQLite: it waits for one in
    /// progress and is then refused, rather than acting on the row as read before it
    /// (erasing the person twice, or clearing the erased mark with a status change).
    /// Taking the row no earlier than the plain update it replaces keeps each
    /// transaction's lock order.
    pub(crate) async fn hold_account_unless_erased(
        &self,
        conn: &mut Conn<'_>,
        account_id: i64,
    ) -> Result<Account> {
        let held = hold_unless_erased(conn, account_id).await?;
        // Read after the row is held: a missing account is named as such.
        let account = self.account_by_id_in(conn, account_id).await?;
        if !held {
            return Err(Refusal::AlreadyErased.into());
        }
        Ok(account)
    }

    /// [`ErasureStore::anonymise_account`] inside the caller's transaction (so a
    /// person's leaving cleans what else names them in the same transaction).
    pub(crate) async fn anonymise_in(
        &self,
        tx: &mut WriteTx<'_>,
        account_id: i64,
        ctx: &Ctx,
    ) -> Result<ErasureReport> {
        let account = self
            .hold_account_unless_erased(&mut tx.conn(), account_id)
            .await?;
        let pseudonym = account.pseudonym.clone();
        sqlx::query(
            "UPDATE accounts SET email = $1, name = $2, badge_number = '', phone = '', \
             mailing_address = '', password_hash = NULL, totp_secret_sealed = NULL, \
             totp_pending_sealed = NULL, totp_enrolled_at = NULL, totp_last_step = NULL, \
             status = 'disabled', disabled_reason = $3, locked_at = NULL, disabled_at = $5 \
             WHERE id = $4",
        )
        .bind(erased_email(&pseudonym))
        .bind(erased_name(&pseudonym))
        .bind(ERASED)
        .bind(account_id)
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        let sessions_ended = self.end_all_sessions(&mut tx.conn(), account_id).await?;
        let tokens_revoked = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(account_id)
        .execute(tx.conn())
        .await?
        .rows_affected();
        let links_revoked = sqlx::query(
            "UPDATE one_time_tokens SET revoked_at = $1 \
             WHERE account_id = $2 AND used_at IS NULL AND revoked_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(account_id)
        .execute(tx.conn())
        .await?
        .rows_affected();
        // Used and revoked links keep what was typed into them (a sign-up's profile,
        // an email change's new address) unless it is cleared here.
        sqlx::query(
            "UPDATE one_time_tokens SET profile = NULL, new_email = NULL WHERE account_id = $1",
        )
        .bind(account_id)
        .execute(tx.conn())
        .await?;
        // Token names are typed by their owner; the tokens themselves stay listed as
        // revoked for the record.
        sqlx::query("UPDATE api_tokens SET name = '' WHERE account_id = $1")
            .bind(account_id)
            .execute(tx.conn())
            .await?;
        // Nothing the person proposed, and nothing proposed for them, can be approved
        // any more.
        sqlx::query(
            "UPDATE pending_approvals SET state = 'rejected', decided_at = $1 \
             WHERE state = 'pending' AND target_id = $2",
        )
        .bind(ctx.at.unix_millis())
        .bind(account_id)
        .execute(tx.conn())
        .await?;
        let proposals_voided =
            super::four_eyes::void_proposals_by(&mut tx.conn(), account_id, ctx).await?;
        let recovery_codes_removed =
            sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
                .bind(account_id)
                .execute(tx.conn())
                .await?
                .rows_affected();
        let keys_removed = sqlx::query("DELETE FROM passkeys WHERE account_id = $1")
            .bind(account_id)
            .execute(tx.conn())
            .await?
            .rows_affected();
        let mail = self
            .withdraw_queued_mail_to(&mut tx.conn(), (account_id, &account.email), ctx.at)
            .await?;
        // Failed sign-ins hold the addresses they came from.
        sqlx::query("DELETE FROM login_failures WHERE account_id = $1")
            .bind(account_id)
            .execute(tx.conn())
            .await?;
        let report = ErasureReport {
            pseudonym: pseudonym.clone(),
            sessions_ended,
            tokens_revoked,
            links_revoked,
            recovery_codes_removed,
            keys_removed,
            queued_mail_withdrawn: mail.withdrawn,
            queued_mail_on_its_way: mail.already_on_its_way,
        };
        self.audit(
            tx,
            event(ctx, AuditAction::AccountAnonymised, Outcome::Success)
                .subject(pseudonym)
                .details(json!({
                    "kind": account.kind.as_str(),
                    "sessions_ended": sessions_ended,
                    "tokens_revoked": tokens_revoked,
                    "links_revoked": links_revoked,
                    "recovery_codes_removed": recovery_codes_removed,
                    "keys_removed": keys_removed,
                    "queued_mail_withdrawn": mail.withdrawn,
                    "queued_mail_on_its_way": mail.already_on_its_way,
                    "proposals_voided": proposals_voided,
                })),
        )
        .await?;
        Ok(report)
    }
}

/// Holds `account`'s row until the transaction ends, unless it is erased (`false`).
/// An erasure takes that row ([`SqlStore::hold_account_unless_erased`]), so the two are
/// ordered: an erasure that comes first is seen here, and one that comes second waits
/// for this transaction and then withdraws what it queued (on PostgreSQL as on SQLite).
pub(crate) async fn hold_unless_erased(conn: &mut Conn<'_>, account: i64) -> Result<bool> {
    let held = sqlx::query(
        "UPDATE accounts SET status = status \
         WHERE id = $1 AND (disabled_reason IS NULL OR disabled_reason <> $2)",
    )
    .bind(account)
    .bind(ERASED)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(held > 0)
}
