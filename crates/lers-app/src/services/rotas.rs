//! On-call rotas, managed by admins: checked by the domain
//! (`lers_domain::alerts::rota`), the people on them active reviewers or approvers,
//! every change audited by the store (`oncall.rota_saved`, `oncall.rota_deleted`).

use lers_domain::account::{Account, AccountStatus, FieldError, Role};
use lers_domain::alerts::rota::{Rota, RotaDraft};
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::problem::Problem;
use lers_store::Ctx;
use serde_json::json;

use crate::{App, AppError, FormError};

impl App {
    /// Every rota (admins only).
    pub async fn rotas(&self, who: &Account) -> Result<Vec<Rota>, AppError> {
        require_admin(who)?;
        Ok(self.store.rotas().await?)
    }

    /// Adds (`id` 0) or replaces rota `id`.
    pub async fn save_rota(
        &self,
        who: &Account,
        id: i64,
        draft: &RotaDraft,
        ctx: &Ctx,
    ) -> Result<i64, FormError> {
        require_admin(who)?;
        let mut problems: Vec<FieldError> = Vec::new();
        let checked = draft.check().map_err(|found| {
            for problem in found {
                problems.push(FieldError::new(
                    problem.field(),
                    Problem::new(problem.message_id()),
                ));
            }
        });
        let staff = self.store.active_staff().await.map_err(AppError::from)?;
        let responder = |id: Option<i64>| {
            staff.iter().any(|a| {
                Some(a.id) == id
                    && a.status == AccountStatus::Active
                    && (a.roles.contains(Role::Reviewer) || a.roles.contains(Role::Approver))
            })
        };
        if draft.primary.is_some() && !responder(draft.primary) {
            problems.push(FieldError::new(
                "primary",
                Problem::new("rota-problem-not-responder"),
            ));
        }
        if draft.second.is_some() && !responder(draft.second) {
            problems.push(FieldError::new(
                "second",
                Problem::new("rota-problem-not-responder"),
            ));
        }
        if let Ok(rota) = &checked {
            for (field, person) in [("primary", Some(rota.primary)), ("second", rota.second)] {
                let Some(person) = person else { continue };
                let limits = self
                    .store
                    .staff_limits(person)
                    .await
                    .map_err(AppError::from)?;
                if !rota.reachable_by(&limits) {
                    problems.push(FieldError::new(
                        field,
                        Problem::new("rota-problem-out-of-reach"),
                    ));
                }
            }
        }
        match checked {
            Ok(rota) if problems.is_empty() => Ok(self
                .store
                .save_rota(&Rota { id, ..rota }, ctx)
                .await
                .map_err(AppError::from)?),
            _ => {
                let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
                self.store
                    .record_event(
                        AuditEvent::new(
                            ctx.at,
                            ctx.actor.clone(),
                            AuditAction::OncallRotaRefused,
                            Outcome::Failure,
                        )
                        .from_ip(ctx.ip.clone())
                        .details(json!({"rota": id, "fields": fields})),
                    )
                    .await
                    .map_err(AppError::from)?;
                Err(FormError::Fields(problems))
            }
        }
    }

    pub async fn delete_rota(&self, who: &Account, id: i64, ctx: &Ctx) -> Result<(), AppError> {
        require_admin(who)?;
        Ok(self.store.delete_rota(id, ctx).await?)
    }
}

fn require_admin(who: &Account) -> Result<(), AppError> {
    if who.roles.contains(Role::Admin) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}
