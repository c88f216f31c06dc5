//! The admins' changes to the role × field-group matrix. The rule deciding whether a
//! change applies now or waits for a second admin is `lers_domain::field_access`; it is
//! called here, inside the transaction that writes the change and its audit entry.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::account::{Account, Role};
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::field_access::{
    default_access, field_rule_change, may_approve_field_rule, FieldAccess, FieldGroup,
    FieldRuleChange, FieldRuleRefusal,
};
use serde_json::json;
use sqlx::Row;

use super::core::SqlStore;
use super::rows::{event, opt_ts};
use crate::error::{refused, Result, StoreError};
use crate::model::Ctx;

/// One changed cell of the matrix: what is in force and what waits for approval.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldRuleRecord {
    pub role: Role,
    pub group: FieldGroup,
    /// The admins' setting in force (`None`: the default).
    pub access: Option<FieldAccess>,
    pub changed_by: Option<String>,
    pub changed_at: Option<Timestamp>,
    /// A widening proposed by one admin, waiting for another.
    pub proposed: Option<FieldProposal>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProposal {
    pub access: FieldAccess,
    pub by_id: i64,
    pub by_name: String,
    pub at: Timestamp,
}

/// The role × field-group matrix.
#[async_trait]
pub trait FieldAccessStore: Send + Sync {
    /// Every cell an admin changed or proposed to change.
    async fn field_rules(&self) -> Result<Vec<FieldRuleRecord>>;
    /// Sets `role`'s access to `group`: a narrowing applies at once (and replaces any
    /// waiting proposal), a widening is stored as a proposal. Audited either way.
    async fn change_field_rule(
        &self,
        admin: &Account,
        role: Role,
        group: FieldGroup,
        to: FieldAccess,
        ctx: &Ctx,
    ) -> Result<FieldRuleChange>;
    /// A second admin applies the proposed widening they were shown (`expected`); a
    /// proposal changed or set aside meanwhile is refused.
    async fn approve_field_rule(
        &self,
        admin: &Account,
        role: Role,
        group: FieldGroup,
        expected: FieldAccess,
        ctx: &Ctx,
    ) -> Result<FieldAccess>;
}

const COLUMNS: &str = "r.role, r.field_group, r.access, c.name AS changed_by, r.changed_at, \
     r.proposed_access, r.proposed_by, p.name AS proposed_by_name, r.proposed_at";

fn parse<T: std::str::FromStr>(text: &str) -> Result<T> {
    text.parse()
        .map_err(|_| StoreError::Corrupt(format!("unknown field-access value {text:?}")))
}

fn record(row: &sqlx::any::AnyRow) -> Result<FieldRuleRecord> {
    let proposal = (
        row.try_get::<Option<String>, _>("proposed_access")?,
        row.try_get::<Option<i64>, _>("proposed_by")?,
        opt_ts(row, "proposed_at")?,
    );
    // A proposal is whole or absent: without its proposer nobody can tell who may not
    // approve it.
    let proposed = match proposal {
        (Some(access), Some(by_id), Some(at)) => Some(FieldProposal {
            access: parse(&access)?,
            by_id,
            by_name: row
                .try_get::<Option<String>, _>("proposed_by_name")?
                .unwrap_or_default(),
            at,
        }),
        _ => None,
    };
    Ok(FieldRuleRecord {
        role: parse(&row.try_get::<String, _>("role")?)?,
        group: parse(&row.try_get::<String, _>("field_group")?)?,
        access: match row.try_get::<Option<String>, _>("access")? {
            Some(access) => Some(parse(&access)?),
            None => None,
        },
        changed_by: row.try_get("changed_by")?,
        changed_at: opt_ts(row, "changed_at")?,
        proposed,
    })
}

async fn rule_in(
    conn: &mut Conn<'_>,
    role: Role,
    group: FieldGroup,
) -> Result<Option<FieldRuleRecord>> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM field_access_rules r \
         LEFT JOIN accounts c ON c.id = r.changed_by \
         LEFT JOIN accounts p ON p.id = r.proposed_by \
         WHERE r.role = $1 AND r.field_group = $2"
    ))
    .bind(role.as_str())
    .bind(group.as_str())
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(record).transpose()
}

/// Puts `access` in force (clearing any proposal).
async fn apply(
    conn: &mut Conn<'_>,
    role: Role,
    group: FieldGroup,
    access: FieldAccess,
    admin: &Account,
    at: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO field_access_rules (role, field_group, access, changed_by, changed_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (role, field_group) DO UPDATE SET \
         access = $3, changed_by = $4, changed_at = $5, proposed_access = NULL, \
         proposed_by = NULL, proposed_at = NULL",
    )
    .bind(role.as_str())
    .bind(group.as_str())
    .bind(access.as_str())
    .bind(admin.id)
    .bind(at.unix_millis())
    .execute(conn)
    .await?;
    Ok(())
}

#[async_trait]
impl FieldAccessStore for SqlStore {
    async fn field_rules(&self) -> Result<Vec<FieldRuleRecord>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM field_access_rules r \
             LEFT JOIN accounts c ON c.id = r.changed_by \
             LEFT JOIN accounts p ON p.id = r.proposed_by \
             ORDER BY r.role, r.field_group"
        ))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(record).collect()
    }

    async fn change_field_rule(
        &self,
        admin: &Account,
        role: Role,
        group: FieldGroup,
        to: FieldAccess,
        ctx: &Ctx,
    ) -> Result<FieldRuleChange> {
        let mut tx = self.begin().await?;
        let existing = rule_in(&mut tx.conn(), role, group).await?;
        let from = existing
            .as_ref()
            .and_then(|rule| rule.access)
            .unwrap_or_else(|| default_access(role, group));
        let change = field_rule_change(role, group, from, to).map_err(refused)?;
        let details = json!({"role": role.as_str(), "group": group.as_str(), "from": from.as_str(), "to": to.as_str()});
        match change {
            FieldRuleChange::AppliesNow => {
                apply(&mut tx.conn(), role, group, to, admin, ctx.at).await?;
                self.audit(
                    &mut tx,
                    event(ctx, AuditAction::FieldAccessChanged, Outcome::Success)
                        .subject(format!("{role}/{group}"))
                        .details(details),
                )
                .await?;
            }
            FieldRuleChange::NeedsSecondAdmin => {
                // A waiting proposal is replaced only by its own proposer: nobody
                // swaps what a second admin is about to approve.
                if let Some(waiting) = existing.as_ref().and_then(|rule| rule.proposed.as_ref()) {
                    if waiting.by_id != admin.id {
                        return Err(refused(FieldRuleRefusal::OtherProposalWaiting));
                    }
                    if waiting.access == to {
                        return Err(refused(FieldRuleRefusal::AlreadyProposed));
                    }
                }
                sqlx::query(
                    "INSERT INTO field_access_rules (role, field_group, proposed_access, proposed_by, proposed_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (role, field_group) DO UPDATE SET \
                     proposed_access = $3, proposed_by = $4, proposed_at = $5",
                )
                .bind(role.as_str())
                .bind(group.as_str())
                .bind(to.as_str())
                .bind(admin.id)
                .bind(ctx.at.unix_millis())
                .execute(tx.conn())
                .await?;
                self.audit(
                    &mut tx,
                    event(ctx, AuditAction::FieldAccessProposed, Outcome::Success)
                        .subject(format!("{role}/{group}"))
                        .details(details),
                )
                .await?;
            }
        }
        tx.commit().await?;
        Ok(change)
    }

    async fn approve_field_rule(
        &self,
        admin: &Account,
        role: Role,
        group: FieldGroup,
        expected: FieldAccess,
        ctx: &Ctx,
    ) -> Result<FieldAccess> {
        let mut tx = self.begin().await?;
        let existing = rule_in(&mut tx.conn(), role, group).await?;
        let Some(proposal) = existing
            .as_ref()
            .and_then(|rule| rule.proposed.clone())
            .filter(|proposal| proposal.access == expected)
        else {
            return Err(refused(FieldRuleRefusal::ProposalChanged));
        };
        may_approve_field_rule(proposal.by_id, proposal.at, admin.id, ctx.at).map_err(refused)?;
        self.check_proposer_stands(&mut tx.conn(), proposal.by_id, proposal.at)
            .await?;
        let from = existing
            .as_ref()
            .and_then(|rule| rule.access)
            .unwrap_or_else(|| default_access(role, group));
        // The ceiling is checked again: the proposal was stored under the rules then.
        field_rule_change(role, group, from, proposal.access).map_err(refused)?;
        // Applied only if the proposal read is still the one stored: on PostgreSQL a
        // narrowing committed meanwhile has set it aside, and must win.
        let applied = sqlx::query(
            "UPDATE field_access_rules SET access = $1, changed_by = $2, changed_at = $3, \
             proposed_access = NULL, proposed_by = NULL, proposed_at = NULL \
             WHERE role = $4 AND field_group = $5 AND proposed_access = $1 \
             AND proposed_by = $6 AND proposed_at = $7",
        )
        .bind(proposal.access.as_str())
        .bind(admin.id)
        .bind(ctx.at.unix_millis())
        .bind(role.as_str())
        .bind(group.as_str())
        .bind(proposal.by_id)
        .bind(proposal.at.unix_millis())
        .execute(tx.conn())
        .await?;
        if applied.rows_affected() != 1 {
            return Err(refused(FieldRuleRefusal::ProposalChanged));
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::FieldAccessChanged, Outcome::Success)
                .subject(format!("{role}/{group}"))
                .details(json!({
                    "role": role.as_str(),
                    "group": group.as_str(),
                    "from": from.as_str(),
                    "to": proposal.access.as_str(),
                    "proposed_by_id": proposal.by_id,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(proposal.access)
    }
}
