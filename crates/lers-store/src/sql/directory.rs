//! Storage of the built-in account directory (see `lers_web::directory`).

use async_trait::async_trait;
use lers_domain::clock::Timestamp;
use lers_domain::request::TargetType;
use serde::Serialize;
use sqlx::Row;

use super::core::SqlStore;
use super::rows::placeholders;
use crate::error::Result;

/// An account of the provider as the directory knows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DirectoryEntry {
    pub account_id: String,
    pub email: String,
    pub phone: String,
    pub username: String,
    pub home_region: String,
    pub enterprise: bool,
    /// Language of the account holder's notices (e.g. en, de, pl, vi, zh-CN).
    pub language: String,
    pub restricted_by: Option<String>,
    pub held_by: Option<String>,
}

#[async_trait]
pub trait DirectoryStore: Send + Sync {
    /// Adds or replaces entries by account id; returns how many were written.
    async fn import_directory(&self, entries: &[DirectoryEntry]) -> Result<u64>;
    /// The entry a normalised target names, if any.
    async fn directory_lookup(
        &self,
        target_type: TargetType,
        normalized: &str,
    ) -> Result<Option<DirectoryEntry>> {
        let found = self
            .directory_lookup_many(&[(target_type, normalized.to_owned())])
            .await?;
        Ok(found.into_iter().next().flatten())
    }
    /// The entries several targets name, in their order: one query per kind of
    /// identifier among them (email, phone, username, account id), not per target.
    async fn directory_lookup_many(
        &self,
        targets: &[(TargetType, String)],
    ) -> Result<Vec<Option<DirectoryEntry>>>;
    async fn directory_restrict(&self, account_id: &str, reference: Option<&str>) -> Result<bool>;
    async fn directory_hold(
        &self,
        account_id: &str,
        reference: &str,
        until: Timestamp,
    ) -> Result<bool>;
}

#[async_trait]
impl DirectoryStore for SqlStore {
    async fn import_directory(&self, entries: &[DirectoryEntry]) -> Result<u64> {
        let mut tx = self.begin().await?;
        for entry in entries {
            sqlx::query(
                "INSERT INTO directory_accounts (account_id, email, phone, username, home_region, enterprise, language) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT (account_id) DO UPDATE SET email = excluded.email, phone = excluded.phone, username = excluded.username, \
                 home_region = excluded.home_region, enterprise = excluded.enterprise, language = excluded.language",
            )
            .bind(&entry.account_id)
            .bind(&entry.email)
            .bind(&entry.phone)
            .bind(&entry.username)
            .bind(&entry.home_region)
            .bind(i64::from(entry.enterprise))
            .bind(if entry.language.is_empty() { "en" } else { entry.language.as_str() })
            .execute(tx.conn())
            .await?;
        }
        tx.commit().await?;
        Ok(entries.len() as u64)
    }

    async fn directory_lookup_many(
        &self,
        targets: &[(TargetType, String)],
    ) -> Result<Vec<Option<DirectoryEntry>>> {
        let mut found = vec![None; targets.len()];
        for column in ["email", "phone", "username", "account_id"] {
            let asked: Vec<(usize, &str)> = targets
                .iter()
                .enumerate()
                .filter(|(_, (kind, _))| column_of(*kind) == Some(column))
                .map(|(at, (_, value))| (at, value.as_str()))
                .collect();
            if asked.is_empty() {
                continue;
            }
            let sql = format!(
                "SELECT account_id, email, phone, username, home_region, enterprise, language, restricted_by, held_by \
                 FROM directory_accounts WHERE {column} IN ({})",
                placeholders(1, asked.len())
            );
            let mut query = sqlx::query(&sql);
            for (_, value) in &asked {
                query = query.bind(*value);
            }
            for row in query.fetch_all(self.point_read().await?.conn()).await? {
                let entry = entry_from_row(&row)?;
                let key = match column {
                    "email" => &entry.email,
                    "phone" => &entry.phone,
                    "username" => &entry.username,
                    _ => &entry.account_id,
                };
                for (at, value) in &asked {
                    if key == value {
                        found[*at] = Some(entry.clone());
                    }
                }
            }
        }
        Ok(found)
    }

    async fn directory_restrict(&self, account_id: &str, reference: Option<&str>) -> Result<bool> {
        let mut tx = self.begin().await?;
        let done =
            sqlx::query("UPDATE directory_accounts SET restricted_by = $1 WHERE account_id = $2")
                .bind(reference)
                .bind(account_id)
                .execute(tx.conn())
                .await?
                .rows_affected();
        tx.commit().await?;
        Ok(done == 1)
    }

    async fn directory_hold(
        &self,
        account_id: &str,
        reference: &str,
        until: Timestamp,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE directory_accounts SET held_by = $1, held_until = $2 WHERE account_id = $3",
        )
        .bind(reference)
        .bind(until.unix_millis())
        .bind(account_id)
        .execute(tx.conn())
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(done == 1)
    }
}

/// The directory column a target type is matched on; meetings and addresses are not
/// accounts, so the directory cannot name them.
fn column_of(target_type: TargetType) -> Option<&'static str> {
    match target_type {
        TargetType::Email => Some("email"),
        TargetType::Phone => Some("phone"),
        TargetType::Username => Some("username"),
        TargetType::AccountId => Some("account_id"),
        TargetType::MeetingId | TargetType::IpAddress => None,
    }
}

fn entry_from_row(row: &sqlx::any::AnyRow) -> Result<DirectoryEntry> {
    Ok(DirectoryEntry {
        account_id: row.try_get("account_id")?,
        email: row.try_get("email")?,
        phone: row.try_get("phone")?,
        username: row.try_get("username")?,
        home_region: row.try_get("home_region")?,
        enterprise: row.try_get::<i64, _>("enterprise")? != 0,
        language: row.try_get("language")?,
        restricted_by: row.try_get("restricted_by")?,
        held_by: row.try_get("held_by")?,
    })
}
