//! Deconfliction a page at a time: for each target of a request, how many other
//! requests name it and a page of them, newest first, read in index order
//! (`request_targets_naming`), so a target named by thirty thousand requests costs
//! one page, not thirty thousand lines.

use async_trait::async_trait;

use super::core::SqlStore;
use super::request_rows::{summary_from_row, RequestSummary, SUMMARY_COLUMNS};
use super::requests::TargetKey;
use crate::error::Result;
use crate::model::Page;

#[async_trait]
pub trait DeconflictionStore: Send + Sync {
    /// For each of `targets` (in order), the other requests naming it — every request
    /// but the one with row id `except`, from any agency — newest first: `limit` of
    /// them from `offset`, and how many there are. Two statements whatever the number
    /// of targets.
    async fn named_by(
        &self,
        except: i64,
        targets: &[TargetKey],
        limit: i64,
        offset: i64,
    ) -> Result<Vec<Page<RequestSummary>>>;
}

#[async_trait]
impl DeconflictionStore for SqlStore {
    async fn named_by(
        &self,
        except: i64,
        targets: &[TargetKey],
        limit: i64,
        offset: i64,
    ) -> Result<Vec<Page<RequestSummary>>> {
        if targets.is_empty() {
            return Ok(Vec::new());
        }
        // Rows hold keyed hashes under whichever key version made them (a rotation may
        // be half done), so each target is looked up under every version. The hash
        // covers the type too (`TargetHasher`), so a hash names one target.
        let hasher = &self.keys().target_hasher;
        let hashes: Vec<Vec<String>> = targets
            .iter()
            .map(|t| hasher.hashes(&t.target_type, &t.normalized))
            .collect();
        let all: Vec<&String> = hashes.iter().flatten().collect();
        let count_sql = format!(
            "SELECT normalized, COUNT(*) FROM request_targets WHERE normalized IN ({}) AND request_id <> $1 GROUP BY normalized",
            super::rows::placeholders(2, all.len())
        );
        let mut count = sqlx::query_as::<_, (String, i64)>(&count_sql).bind(except);
        for hash in &all {
            count = count.bind(*hash);
        }
        let counts = count.fetch_all(self.pool()).await?;
        // One sub-select per target, each an index range read newest first.
        let mut next = 4;
        let parts: Vec<String> = hashes
            .iter()
            .enumerate()
            .map(|(position, versions)| {
                let list = super::rows::placeholders(next, versions.len());
                next += versions.len();
                format!(
                    "SELECT * FROM (SELECT {position} AS target_no, t.request_id AS naming_id, {SUMMARY_COLUMNS} \
                     FROM request_targets t JOIN requests r ON r.id = t.request_id \
                     WHERE t.normalized IN ({list}) AND t.request_id <> $1 \
                     ORDER BY t.request_id DESC LIMIT $2 OFFSET $3) AS part{position}"
                )
            })
            .collect();
        let page_sql = parts.join(" UNION ALL ");
        let mut page = sqlx::query(&page_sql).bind(except).bind(limit).bind(offset);
        for hash in &all {
            page = page.bind(*hash);
        }
        let mut pages: Vec<Page<RequestSummary>> = hashes
            .iter()
            .map(|versions| Page {
                items: Vec::new(),
                total: counts
                    .iter()
                    .filter(|(hash, _)| versions.contains(hash))
                    .map(|(_, n)| n)
                    .sum(),
            })
            .collect();
        let mut rows = page.fetch_all(self.pool()).await?;
        // UNION ALL keeps no order of its own.
        rows.sort_by_key(|row| {
            let position: i64 = sqlx::Row::try_get(row, "target_no").unwrap_or(0);
            let id: i64 = sqlx::Row::try_get(row, "naming_id").unwrap_or(0);
            (position, std::cmp::Reverse(id))
        });
        for row in &rows {
            let position: i64 = sqlx::Row::try_get(row, "target_no")?;
            let page = usize::try_from(position)
                .ok()
                .and_then(|p| pages.get_mut(p));
            if let Some(page) = page {
                page.items.push(summary_from_row(row, 0)?);
            }
        }
        Ok(pages)
    }
}
