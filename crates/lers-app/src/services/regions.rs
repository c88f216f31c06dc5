//! Data regions as use cases: where a request's files go (decided from its targets'
//! home regions in the account directory, or by intake staff), and the data-sharing
//! rules that keep region-limited or "assigned cases only" staff to their cases,
//! every refusal audited.

use lers_domain::account::{Account, Role};
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::problem::Problem;
use lers_domain::region::{self, StaffLimits};
use lers_domain::request::target::normalize_target;
use lers_domain::request::{RequestDraft, RequestStatus, TargetType};
use lers_store::{Ctx, QueueQuery, RequestRecord, SessionRecord};
use serde_json::json;

use crate::app::App;
use crate::error::{AppError, FormError};

impl App {
    /// The configured regions, by name.
    pub fn regions(&self) -> Vec<String> {
        self.vault.regions().regions()
    }

    /// Each region and where its files are (for the admin page; never credentials).
    pub fn region_stores(&self) -> Vec<(String, String)> {
        self.vault
            .regions()
            .all()
            .map(|(name, store)| (name.clone(), store.describe()))
            .collect()
    }

    /// Where requests go that nothing else places, and where files from before regions are.
    pub fn default_region(&self) -> &str {
        self.vault.regions().default_region()
    }

    /// The region of `record`'s files. A draft without one is placed now, by the home
    /// region of its targets in the account directory (the first one served here),
    /// else in the default region; once placed, it stays (its files are there).
    pub async fn files_region(
        &self,
        record: &RequestRecord,
        ctx: &Ctx,
    ) -> Result<String, AppError> {
        if record.summary.status != RequestStatus::Draft {
            return self.stored_region(record.summary.row_id).await;
        }
        if let Some(region) = self.store.request_region(record.summary.row_id).await? {
            return Ok(region);
        }
        let (region, how) = self.region_for(&record.draft).await;
        Ok(self
            .store
            .place_request(&record.summary, &region, how, ctx)
            .await?)
    }

    /// Where a request with `draft`'s targets goes, and how that was decided: the
    /// first home region of its targets in the account directory served here, else
    /// the default region.
    pub(crate) async fn region_for(&self, draft: &RequestDraft) -> (String, &'static str) {
        let targets: Vec<(TargetType, String)> = draft
            .targets
            .iter()
            .filter_map(|t| {
                let kind = TargetType::parse(&t.kind)?;
                Some((kind, normalize_target(kind, &t.value).ok()?))
            })
            .collect();
        let homes: Vec<String> = self
            .directory
            .lookup_many(&targets)
            .await
            .into_iter()
            .filter_map(|answer| Some(answer.ok()??.home_region))
            .collect();
        let region = region::decide(
            homes.iter().map(String::as_str),
            &self.regions(),
            self.default_region(),
        );
        let how = if homes.is_empty() {
            "default"
        } else {
            "directory"
        };
        (region, how)
    }

    /// The region of submitted request `row_id` (one submitted before regions existed
    /// is in the default region).
    pub(crate) async fn stored_region(&self, row_id: i64) -> Result<String, AppError> {
        Ok(self
            .store
            .request_region(row_id)
            .await?
            .unwrap_or_else(|| self.default_region().to_owned()))
    }

    /// Intake staff place a draft they took in, before any file is added to it.
    pub async fn choose_request_region(
        &self,
        staff: &Account,
        record: &RequestRecord,
        region: &str,
        ctx: &Ctx,
    ) -> Result<String, FormError> {
        self.require_intake(staff, ctx).await?;
        let region = region::normalise(region)
            .map_err(|_| FormError::field("region", region::name_problem(region)))?;
        if !self.regions().contains(&region) {
            return Err(FormError::field(
                "region",
                region::unconfigured_problem(&region, &self.regions()),
            ));
        }
        if record.summary.status != RequestStatus::Draft {
            return Err(AppError::refusal(Problem::new("form-conflict-region-draft-only")).into());
        }
        let placed = self
            .store
            .place_request(&record.summary, &region, "intake", ctx)
            .await?;
        if placed != region {
            return Err(FormError::field(
                "region",
                Problem::new("form-region-already-placed").text("region", placed),
            ));
        }
        Ok(placed)
    }

    /// A submitted case for a staff member, if their data-sharing rule reaches it; a
    /// case out of reach is refused (as not found, so its existence is not told) and
    /// the refusal audited.
    pub async fn staff_case(
        &self,
        viewer: &Account,
        id: &str,
        ctx: &Ctx,
    ) -> Result<RequestRecord, AppError> {
        self.require_case_reach(viewer, id, ctx).await?;
        self.store
            .staff_request(id, ctx)
            .await?
            .ok_or(AppError::NotFound)
    }

    /// Refuses a case `viewer`'s data-sharing rule does not reach, as not found (so its
    /// existence is not told), the refusal audited.
    pub(crate) async fn require_case_reach(
        &self,
        viewer: &Account,
        id: &str,
        ctx: &Ctx,
    ) -> Result<(), AppError> {
        let reach = self.store.case_reach(id).await?.ok_or(AppError::NotFound)?;
        let limits = self.store.staff_limits(viewer.id).await?;
        let region = reach
            .region
            .unwrap_or_else(|| self.default_region().to_owned());
        if let Err(why) = limits.reach(&region, reach.assignee, viewer.id) {
            let denial = AuditEvent::new(ctx.at, ctx.actor.clone(), AuditAction::RegionAccessDenied, Outcome::Denied)
                .from_ip(ctx.ip.clone())
                .subject(id.to_owned())
                .details(json!({"request": id, "region": region, "reason": why.as_str(), "limited_to": limits.regions}));
            self.store.record_event(denial).await?;
            return Err(AppError::NotFound);
        }
        Ok(())
    }

    /// Assigns case `summary` to `assignee` (or nobody). An assignee must be able to
    /// open the case: someone whose rule does not reach its region would otherwise be
    /// told of it (its reference, its deadlines, that it is an emergency) by every
    /// notification about it. Refused as a conflict, which names no case.
    pub async fn assign_case(
        &self,
        summary: &lers_store::RequestSummary,
        assignee: Option<&Account>,
        ctx: &Ctx,
    ) -> Result<(), AppError> {
        if let Some(person) = assignee {
            let reach = self
                .store
                .case_reach(&summary.id)
                .await?
                .ok_or(AppError::NotFound)?;
            let region = reach
                .region
                .unwrap_or_else(|| self.default_region().to_owned());
            let limits = self.store.staff_limits(person.id).await?;
            if limits.reach(&region, Some(person.id), person.id).is_err() {
                return Err(AppError::refusal(Problem::new(
                    "form-conflict-region-out-of-reach",
                )));
            }
        }
        Ok(self.store.assign(summary, assignee, ctx).await?)
    }

    /// Narrows a queue query to what `viewer`'s data-sharing rule reaches.
    pub async fn limit_queue(
        &self,
        viewer: &Account,
        query: &mut QueueQuery,
    ) -> Result<(), AppError> {
        let limits = self.store.staff_limits(viewer.id).await?;
        query.regions = limits.regions_column();
        query.default_region = self.default_region().to_owned();
        if limits.assigned_only {
            query.assignee = Some(viewer.id);
        }
        Ok(())
    }

    /// An administrator sets a staff member's data-sharing rule. Widening it (more
    /// regions, or lifting "assigned only") grants access and needs a fresh second
    /// factor (`code`, or one confirmed in this session within the step-up window);
    /// every change is audited with before and after.
    pub async fn set_staff_limits(
        &self,
        session: &SessionRecord,
        staff: &Account,
        (regions, assigned_only): (&str, bool),
        code: &str,
        ctx: &Ctx,
    ) -> Result<StaffLimits, FormError> {
        if !session.account.roles.contains(Role::Admin)
            || staff.kind != lers_domain::account::AccountKind::Staff
        {
            return Err(AppError::Forbidden.into());
        }
        let next = StaffLimits::parse(regions, assigned_only, &self.regions())
            .map_err(|e| FormError::field("regions", e))?;
        let widened = self.store.staff_limits(staff.id).await?.widened_by(&next);
        if widened {
            self.require_fresh_factor(session, code, ctx).await?;
        }
        self.store
            .set_staff_limits(staff, &next, widened, ctx)
            .await?;
        Ok(next)
    }

    /// A second factor confirmed now (`code`) or within the step-up window, for acts
    /// that grant access or move data.
    pub(crate) async fn require_fresh_factor(
        &self,
        session: &SessionRecord,
        code: &str,
        ctx: &Ctx,
    ) -> Result<(), FormError> {
        if code.trim().len() == lers_domain::totp::DIGITS {
            self.confirm_step_up(session, code.trim(), "code", ctx)
                .await
        } else if self.sessions.step_up_fresh(session.mfa_at, ctx.at) {
            Ok(())
        } else {
            Err(FormError::field(
                "code",
                Problem::new("form-step-up-code-missing"),
            ))
        }
    }
}
