//! EU orders (EPOC, EPOC-PR): their clocks as the queue and the case pages show them,
//! and the Form 5 / Form 6 an issuing authority sends about an EPOC-PR, recorded by
//! the response team (received on paper or through the EU IT system) or by the
//! issuing official on their own request page.

use std::collections::HashMap;

use lers_domain::account::{Account, AccountKind, Role};
use lers_domain::clock::Timestamp;
use lers_domain::eu::{EuClocks, KeptUntil};
use lers_domain::request::{RequestChannel, RequestKind};
use lers_store::{Ctx, EuForm, EuOrderFacts, QueueItem, RequestSummary};

use crate::{App, AppError};

/// Staff who may record a Form 5 or 6 received outside the portal.
pub const FORM_ROLES: [Role; 3] = [Role::Intake, Role::Reviewer, Role::Approver];

/// An EU order's clocks, computed in the domain from stored facts.
#[derive(Clone, Debug)]
pub struct EuClockView {
    /// An EPOC: when the data must have been produced (10 days, 8 hours in an
    /// emergency, from receipt).
    pub production_due: Option<Timestamp>,
    /// When the notified enforcing authority's window to refuse closes.
    pub ea_window_end: Option<Timestamp>,
    /// Until when the data is preserved.
    pub kept_until: KeptUntil,
    /// The EPOC that took an EPOC-PR's preservation over.
    pub taken_over_by: Option<String>,
    pub extended: bool,
    pub awaiting_production_order: bool,
    /// Whether a Form 6 / Form 5 would be accepted now.
    pub may_extend: bool,
    pub may_await: bool,
}

impl EuClockView {
    pub fn new(facts: &EuOrderFacts, now: Timestamp) -> Self {
        let p = &facts.preservation;
        let clocks: EuClocks = p.clocks;
        Self {
            production_due: (p.kind == RequestKind::EuProductionOrder)
                .then(|| clocks.production_due()),
            ea_window_end: clocks.ea_window(p.kind, facts.ea_notified),
            kept_until: p.kept_until(now),
            taken_over_by: facts.taken_over_by.clone(),
            extended: p.extended_at.is_some(),
            awaiting_production_order: p.awaiting_since.is_some(),
            may_extend: p.extend(now).is_ok(),
            may_await: p.await_production_order(now).is_ok() && p.awaiting_since.is_none(),
        }
    }

    /// The fixed end of the preservation, if it has one (what the template shows).
    pub fn kept_until_at(&self) -> Option<Timestamp> {
        match self.kept_until {
            KeptUntil::At { at } => Some(at),
            _ => None,
        }
    }

    /// `at`, `request_over`, `subsequent_order` or `ended`: the message to show.
    pub fn kept_until_kind(&self) -> &'static str {
        match self.kept_until {
            KeptUntil::At { .. } => "at",
            KeptUntil::RequestOver => "request_over",
            KeptUntil::SubsequentOrder => "subsequent_order",
            KeptUntil::Ended { .. } => "ended",
        }
    }

    /// How and when it ended, if it did.
    pub fn ended(&self) -> Option<(Timestamp, &'static str)> {
        match self.kept_until {
            KeptUntil::Ended { at, how } => Some((at, how.as_str())),
            _ => None,
        }
    }
}

/// The clocks panel of a case page, with where its Form 5 / 6 buttons post (none if
/// the viewer may not record them).
pub struct EuPanel {
    pub clocks: EuClockView,
    pub action: Option<String>,
}

/// Which form a button or an API call names.
pub fn parse_form(text: &str) -> Option<EuForm> {
    match text {
        "form6" => Some(EuForm::Extension),
        "form5" => Some(EuForm::ProductionComing),
        _ => None,
    }
}

impl App {
    /// The clocks of request `summary` if it is an EU order.
    pub async fn eu_clocks(
        &self,
        summary: &RequestSummary,
    ) -> Result<Option<EuClockView>, AppError> {
        if !summary.kind.is_eu_order() {
            return Ok(None);
        }
        let now = self.clock.now();
        Ok(self
            .store
            .eu_order_facts(summary)
            .await?
            .map(|facts| EuClockView::new(&facts, now)))
    }

    /// The clocks of the EU orders among the queue's items, by public id.
    pub async fn eu_queue_clocks(
        &self,
        items: &[QueueItem],
    ) -> Result<HashMap<String, EuClockView>, AppError> {
        let rows: Vec<i64> = items
            .iter()
            .filter(|i| i.summary.kind.is_eu_order())
            .map(|i| i.summary.row_id)
            .collect();
        let now = self.clock.now();
        let facts = self.store.eu_order_facts_of(&rows).await?;
        Ok(items
            .iter()
            .filter_map(|item| {
                let (_, f) = facts.iter().find(|(row, _)| *row == item.summary.row_id)?;
                Some((item.summary.id.clone(), EuClockView::new(f, now)))
            })
            .collect())
    }

    /// A Form 5 or 6 the response team received (on paper, by fax, through the EU IT
    /// system) about request `id`.
    pub async fn record_eu_form_as_staff(
        &self,
        staff: &Account,
        id: &str,
        form: EuForm,
        ctx: &Ctx,
    ) -> Result<EuClockView, AppError> {
        if staff.kind != AccountKind::Staff || !FORM_ROLES.iter().any(|r| staff.roles.contains(*r))
        {
            return Err(AppError::Forbidden);
        }
        let record = self.staff_case(staff, id, ctx).await?;
        self.record_eu_form(&record.summary, form, staff, ctx).await
    }

    /// A Form 5 or 6 the issuing official sends on the portal about their own request
    /// `id`, filed on the portal or through the API.
    pub async fn record_eu_form_as_requester(
        &self,
        official: &Account,
        id: &str,
        form: EuForm,
        ctx: &Ctx,
    ) -> Result<EuClockView, AppError> {
        let record = self.visible_request(official, id).await?;
        if !record.is_owner(official.id) {
            return Err(AppError::Forbidden);
        }
        if !matches!(
            record.summary.channel,
            RequestChannel::Portal | RequestChannel::Api
        ) {
            // An order served on paper is answered the same way; staff record it.
            return Err(AppError::Forbidden);
        }
        self.record_eu_form(&record.summary, form, official, ctx)
            .await
    }

    pub(crate) async fn record_eu_form(
        &self,
        summary: &RequestSummary,
        form: EuForm,
        actor: &Account,
        ctx: &Ctx,
    ) -> Result<EuClockView, AppError> {
        if !summary.kind.is_eu_order() {
            return Err(AppError::NotFound);
        }
        self.store.record_eu_form(summary, form, actor, ctx).await?;
        self.eu_clocks(summary).await?.ok_or(AppError::NotFound)
    }
}
