//! Every other request naming one target of a case, a page at a time: the case page
//! shows the newest few ([`PANEL_NAMINGS`](super::case_file::PANEL_NAMINGS)) and
//! links here for the rest.

use lers_domain::account::Account;
use lers_domain::field_access::{may_view_cases, FieldAccess, FieldGroup};
use lers_domain::request::Target;
use lers_store::{Ctx, RequestSummary};

use super::case_file::key_of;
use crate::{App, AppError};

/// One page of the requests naming target number `target_no` of a case.
pub struct NamingPage {
    /// The case's public id and reference.
    pub id: String,
    pub reference: Option<String>,
    pub target: Target,
    pub others: Vec<RequestSummary>,
    /// How many other requests name it.
    pub total: i64,
}

impl App {
    /// `limit` of the other requests naming target `target_no` (from 0) of request
    /// `id`, newest first, from `offset`: for staff who may see the case (its region
    /// and assignment limits, the view audited) and its targets (a refusal audited).
    pub async fn naming_page(
        &self,
        viewer: &Account,
        id: &str,
        target_no: usize,
        limit: i64,
        offset: i64,
        ctx: &Ctx,
    ) -> Result<NamingPage, AppError> {
        if !may_view_cases(viewer) {
            return Err(AppError::Forbidden);
        }
        self.require_field(viewer, FieldGroup::Targets, FieldAccess::View, id, ctx)
            .await?;
        let record = self.staff_case(viewer, id, ctx).await?;
        let target = record
            .submitted
            .iter()
            .flat_map(|s| s.targets.iter())
            .nth(target_no)
            .cloned()
            .ok_or(AppError::NotFound)?;
        let page = self
            .store
            .named_by(record.summary.row_id, &[key_of(&target)], limit, offset)
            .await?
            .pop()
            .unwrap_or(lers_store::Page {
                items: Vec::new(),
                total: 0,
            });
        Ok(NamingPage {
            id: record.summary.id.clone(),
            reference: record.summary.reference.clone(),
            target,
            others: page.items,
            total: page.total,
        })
    }
}
