//! Who on the response team sees and edits which parts of a case: the matrix in force
//! (defaults + admins' changes), the check before each act on a field group (every
//! denial audited), and the admins' changes to the matrix (a widening waits for a
//! second admin, each step takes a fresh code at the page).

use lers_domain::account::{Account, Role};
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::field_access::{
    FieldAccess, FieldGroup, FieldMatrix, FieldRights, FieldRuleChange,
};
use lers_store::{Ctx, FieldRuleRecord, StoreError};
use serde_json::json;

use crate::{App, AppError};

const RESOURCE: &str = "field access";

/// The matrix as the admins' page shows it: what is in force and what waits.
pub struct FieldMatrixView {
    pub matrix: FieldMatrix,
    pub changes: Vec<FieldRuleRecord>,
}

impl App {
    /// The matrix in force now (read on every use, so every node applies a change at
    /// once).
    pub async fn field_matrix(&self) -> Result<FieldMatrix, AppError> {
        let changes = self.store.field_rules().await?;
        Ok(FieldMatrix::with_changes(changes.into_iter().filter_map(
            |rule| rule.access.map(|access| (rule.role, rule.group, access)),
        )))
    }

    /// `account`'s access to every field group.
    pub async fn field_rights(&self, account: &Account) -> Result<FieldRights, AppError> {
        Ok(self.field_matrix().await?.rights(account))
    }

    /// Refuses (audited, `field_access.denied`) unless `account` has at least `need`
    /// on `group` of request `request` (its public id).
    pub async fn require_field(
        &self,
        account: &Account,
        group: FieldGroup,
        need: FieldAccess,
        request: &str,
        ctx: &Ctx,
    ) -> Result<(), AppError> {
        let has = self.field_rights(account).await?.access(group);
        if has >= need {
            return Ok(());
        }
        let denied = AuditEvent::new(
            ctx.at,
            ctx.actor.clone(),
            AuditAction::FieldAccessDenied,
            Outcome::Denied,
        )
        .from_ip(ctx.ip.clone())
        .subject(request.to_owned())
        .details(json!({"group": group.as_str(), "needed": need.as_str(), "has": has.as_str()}));
        self.store.record_event(denied).await?;
        Err(AppError::Forbidden)
    }

    /// Records that a case page was shown without the groups `withheld` (audited, so
    /// that the record shows what each viewer could not see as well as what they saw).
    pub(crate) async fn record_withheld(
        &self,
        request: &str,
        withheld: &[FieldGroup],
        ctx: &Ctx,
    ) -> Result<(), AppError> {
        if withheld.is_empty() {
            return Ok(());
        }
        let groups: Vec<&str> = withheld.iter().map(|g| g.as_str()).collect();
        let event = AuditEvent::new(
            ctx.at,
            ctx.actor.clone(),
            AuditAction::FieldAccessWithheld,
            Outcome::Denied,
        )
        .from_ip(ctx.ip.clone())
        .subject(request.to_owned())
        .details(json!({ "withheld": groups }));
        Ok(self.store.record_event(event).await?)
    }

    /// The matrix and the admins' changes (admins only).
    pub async fn field_matrix_view(
        &self,
        admin: &Account,
        ctx: &Ctx,
    ) -> Result<FieldMatrixView, AppError> {
        self.require_role(admin, Role::Admin, RESOURCE, ctx).await?;
        let changes = self.store.field_rules().await?;
        Ok(FieldMatrixView {
            matrix: FieldMatrix::with_changes(
                changes
                    .iter()
                    .filter_map(|rule| rule.access.map(|access| (rule.role, rule.group, access))),
            ),
            changes,
        })
    }

    /// An admin sets `role`'s access to `group`: a narrowing applies now, a widening
    /// is proposed for a second admin.
    pub async fn change_field_rule(
        &self,
        admin: &Account,
        role: Role,
        group: FieldGroup,
        to: FieldAccess,
        ctx: &Ctx,
    ) -> Result<FieldRuleChange, AppError> {
        self.require_role(admin, Role::Admin, RESOURCE, ctx).await?;
        let changed = self
            .store
            .change_field_rule(admin, role, group, to, ctx)
            .await;
        self.audit_refused_rule(&changed, role, group, to, ctx)
            .await?;
        Ok(changed?)
    }

    /// A second admin applies the proposed widening they were shown (`expected`).
    pub async fn approve_field_rule(
        &self,
        admin: &Account,
        role: Role,
        group: FieldGroup,
        expected: FieldAccess,
        ctx: &Ctx,
    ) -> Result<FieldAccess, AppError> {
        self.require_role(admin, Role::Admin, RESOURCE, ctx).await?;
        let approved = self
            .store
            .approve_field_rule(admin, role, group, expected, ctx)
            .await;
        self.audit_refused_rule(&approved, role, group, expected, ctx)
            .await?;
        Ok(approved?)
    }

    /// A change or approval the rules refused is on the record too (the refusal wrote
    /// nothing else).
    async fn audit_refused_rule<T>(
        &self,
        outcome: &Result<T, StoreError>,
        role: Role,
        group: FieldGroup,
        to: FieldAccess,
        ctx: &Ctx,
    ) -> Result<(), AppError> {
        let Err(error) = outcome else {
            return Ok(());
        };
        if !error.is_refusal() {
            return Ok(());
        }
        let refused = AuditEvent::new(
            ctx.at,
            ctx.actor.clone(),
            AuditAction::FieldAccessChanged,
            Outcome::Denied,
        )
        .from_ip(ctx.ip.clone())
        .subject(format!("{role}/{group}"))
        .details(json!({"role": role.as_str(), "group": group.as_str(), "to": to.as_str(), "refused": error.to_string()}));
        Ok(self.store.record_event(refused).await?)
    }
}
