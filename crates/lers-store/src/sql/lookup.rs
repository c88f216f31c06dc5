//! Finding accounts: by id, email or pseudonym, and the administration list.

use async_trait::async_trait;
use lers_domain::account::{AccountKind, AccountStatus};

use super::account_rows::{account_from_row, ACCOUNT_COLUMNS};
use super::core::SqlStore;
use super::rows::contains_pattern;
use crate::error::{Result, StoreError};
use crate::model::{Account, Page};

#[derive(Clone, Debug, Default)]
pub struct AccountQuery {
    pub kind: Option<AccountKind>,
    pub search: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

/// Reading accounts.
#[async_trait]
pub trait AccountLookup: Send + Sync {
    // --- Login -----------------------------------------------------------------------
    async fn account_by_email(&self, email: &str) -> Result<Option<Account>>;

    async fn account_by_pseudonym(&self, pseudonym: &str) -> Result<Option<Account>>;

    async fn account(&self, id: i64) -> Result<Option<Account>>;

    // --- Administration --------------------------------------------------------------
    async fn list_accounts(&self, query: &AccountQuery) -> Result<Page<Account>>;
    /// Active staff accounts, by name (the console's choice of assignee).
    async fn active_staff(&self) -> Result<Vec<Account>>;
}

#[async_trait]
impl AccountLookup for SqlStore {
    async fn account_by_email(&self, email: &str) -> Result<Option<Account>> {
        self.account_where(&mut self.point_read().await?.conn(), "a.email = $1", email)
            .await
    }

    async fn account_by_pseudonym(&self, pseudonym: &str) -> Result<Option<Account>> {
        self.account_where(
            &mut self.point_read().await?.conn(),
            "a.pseudonym = $1",
            pseudonym,
        )
        .await
    }

    async fn account(&self, id: i64) -> Result<Option<Account>> {
        match self
            .account_by_id_in(&mut self.point_read().await?.conn(), id)
            .await
        {
            Ok(account) => Ok(Some(account)),
            Err(StoreError::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn list_accounts(&self, query: &AccountQuery) -> Result<Page<Account>> {
        let search = contains_pattern(query.search.as_deref().unwrap_or(""));
        let kind = query.kind.map(AccountKind::as_str).unwrap_or("%");
        let filter = "WHERE a.kind LIKE $1 AND (LOWER(a.email) LIKE $2 ESCAPE '\\' OR LOWER(a.name) LIKE $2 ESCAPE '\\' \
                      OR LOWER(a.agency) LIKE $2 ESCAPE '\\' OR a.pseudonym LIKE $2 ESCAPE '\\') \
                      AND COALESCE(a.disabled_reason, '') <> 'binned'";
        let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM accounts a {filter}"))
            .bind(kind)
            .bind(&search)
            .fetch_one(self.pool())
            .await?;
        let rows = sqlx::query(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts a {filter} ORDER BY a.created_at DESC, a.id DESC LIMIT $3 OFFSET $4"
        ))
        .bind(kind)
        .bind(&search)
        .bind(query.limit)
        .bind(query.offset)
        .fetch_all(self.pool())
        .await?;
        Ok(Page {
            items: rows
                .iter()
                .map(|r| account_from_row(r, &self.keys().sealer))
                .collect::<Result<_>>()?,
            total,
        })
    }

    async fn active_staff(&self) -> Result<Vec<Account>> {
        let rows = sqlx::query(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts a WHERE a.kind = $1 AND a.status = $2 ORDER BY a.name, a.id"
        ))
        .bind(AccountKind::Staff.as_str())
        .bind(AccountStatus::Active.as_str())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| account_from_row(r, &self.keys().sealer))
            .collect()
    }
}
