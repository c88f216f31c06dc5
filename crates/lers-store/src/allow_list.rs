//! Which allow-list entry admits an email address.

use lers_domain::allowlist::{most_specific, DomainRule, EmailAddress};

use crate::{DomainEntry, Result, Store};

/// The most specific enabled entry that admits `address`, if any: one indexed query
/// for every pattern that could match, then the domain rules pick.
pub async fn admitting_entry(
    store: &dyn Store,
    address: &EmailAddress,
) -> Result<Option<DomainEntry>> {
    let entries = store
        .enabled_domain_rules(&address.candidate_patterns())
        .await?;
    let rules: Vec<DomainRule> = entries
        .iter()
        .filter_map(|e| DomainRule::parse(&e.pattern).ok())
        .collect();
    let Some(rule) = most_specific(address, &rules) else {
        return Ok(None);
    };
    let pattern = rule.pattern();
    Ok(entries.into_iter().find(|e| e.pattern == pattern))
}
