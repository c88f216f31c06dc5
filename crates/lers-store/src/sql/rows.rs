//! Small helpers every SQL module may use: times in rows, the audit event of a
//! context, parameter lists and LIKE patterns. This module imports no other.

use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::clock::Timestamp;
use sqlx::any::AnyRow;
use sqlx::Row;

use crate::error::Result;
use crate::model::Ctx;

pub(crate) fn ts(row: &AnyRow, column: &str) -> Result<Timestamp> {
    Ok(Timestamp::from_unix_millis(row.try_get(column)?))
}

pub(crate) fn opt_ts(row: &AnyRow, column: &str) -> Result<Option<Timestamp>> {
    Ok(row
        .try_get::<Option<i64>, _>(column)?
        .map(Timestamp::from_unix_millis))
}

pub(crate) fn event(ctx: &Ctx, action: AuditAction, outcome: Outcome) -> AuditEvent {
    AuditEvent::new(ctx.at, ctx.actor.clone(), action, outcome).from_ip(ctx.ip.clone())
}

/// `$first, $first+1, …` for `count` parameters.
pub(crate) fn placeholders(first: usize, count: usize) -> String {
    (first..first + count)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A LIKE pattern that matches `text` literally anywhere.
pub(crate) fn contains_pattern(text: &str) -> String {
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}
