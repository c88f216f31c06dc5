//! UPDATE: the issuing authority changes an order it sent — withdraws it, extends an
//! EPOC-PR's preservation (Form 6), announces the production order that follows
//! (Form 5), or sets a new disclosure deadline — through the same use cases as the
//! portal, as the endpoint's owner account. An UPDATE must carry the object's next
//! Generation (the current one plus one); anything else is stale and refused. An
//! enforcing authority's decision comes from the EA's own endpoint ([`super::ea`]).

use lers_domain::clock::Timestamp;
use lers_domain::eu::clocks::{new_deadline, DeadlineFacts};
use lers_domain::interface::EndpointRole;
use lers_etsi::profile::{order_update, OrderUpdate};
use lers_etsi::write::{ActionResponse, ErrorInformation};
use lers_etsi::Hi1Object;
use lers_store::{EuForm, RequestRecord};
use time::OffsetDateTime;

use super::{Failure, Incoming, Refusal};
use crate::app::App;
use crate::error::FormError;
use crate::i18n::Tr;

/// An UPDATE checked against what is stored, ready to take effect.
pub(crate) struct CheckedUpdate {
    pub(super) object: String,
    pub(super) update: OrderUpdate,
    pub(super) record: RequestRecord,
    /// The object's next Generation; `None` when the sender is not its creator (an
    /// enforcing authority's decision leaves the issuing authority's count alone).
    pub(super) generation: Option<i64>,
}

/// A time of the message as LERS' timestamp (to the millisecond).
fn timestamp(at: OffsetDateTime) -> Timestamp {
    let millis = at.unix_timestamp_nanos() / 1_000_000;
    Timestamp::from_unix_millis(i64::try_from(millis).unwrap_or(i64::MAX))
}

impl App {
    pub(super) async fn check_update(
        &self,
        incoming: &Incoming<'_>,
        object: &Hi1Object,
    ) -> Result<CheckedUpdate, Failure> {
        let update = order_update(object)
            .map_err(|e| Failure::Refused(ErrorInformation::from_mapping_error(&e)))?;
        let id = object.common().id.as_str().to_owned();
        match (incoming.endpoint.role, update.is_ea_decision()) {
            (EndpointRole::Enforcing, true) => {
                return self.check_ea_decision(incoming, id, update).await
            }
            (EndpointRole::Enforcing, false) => {
                return Err(Refusal::EnforcingOnly("an UPDATE other than its decision").into())
            }
            (EndpointRole::Issuing, true) => return Err(Refusal::IssuingOnly.into()),
            (EndpointRole::Issuing, false) => {}
        }
        let stored = self
            .store
            .etsi_object(incoming.endpoint.id, &id)
            .await?
            .ok_or_else(|| Refusal::NotFound(id.clone()))?;
        let next = stored.generation.saturating_add(1);
        let sent = object.common().generation;
        if sent.and_then(|g| i64::try_from(g).ok()) != Some(next) {
            return Err(Refusal::StaleGeneration {
                object: id,
                sent: sent.map_or_else(|| "none".to_owned(), |g| g.to_string()),
                current: stored.generation,
                next,
            }
            .into());
        }
        let record = self
            .visible_request(&incoming.owner, &stored.request_id)
            .await?;
        let not_now = |reason: String| Refusal::NotNow {
            object: id.clone(),
            reason,
        };
        let now = incoming.ctx.at;
        let preservation = || async {
            self.store
                .eu_order_facts(&record.summary)
                .await
                .map(|f| f.map(|f| f.preservation))
        };
        match &update {
            OrderUpdate::Withdraw { .. } => {
                if !record.summary.status.is_open() {
                    return Err(not_now(format!(
                        "the order is already over ({}); it cannot be withdrawn",
                        record.summary.status.as_str()
                    ))
                    .into());
                }
            }
            OrderUpdate::ExtendPreservation { until, .. } => {
                let facts = preservation()
                    .await?
                    .ok_or_else(|| not_now("this order preserves nothing".into()))?;
                let end = facts.extend(now).map_err(|r| not_now(r.to_string()))?;
                if *until > end.date() {
                    return Err(not_now(format!(
                        "the Regulation allows one extension of 30 days, until {}; a later DesiredPreservationExpiration ({until}) cannot be granted",
                        end.date()
                    ))
                    .into());
                }
            }
            OrderUpdate::SubsequentProduction { .. } => {
                let facts = preservation()
                    .await?
                    .ok_or_else(|| not_now("this order preserves nothing".into()))?;
                facts
                    .await_production_order(now)
                    .map_err(|r| not_now(r.to_string()))?;
            }
            OrderUpdate::NewDeadline { due, reason, .. } => {
                let facts = self.deadline_facts(&record).await?.ok_or_else(|| {
                    not_now("this is not an EU order; it has no Regulation deadline".into())
                })?;
                new_deadline(facts, timestamp(*due), reason.as_deref(), now)
                    .map_err(|r| not_now(r.to_string()))?;
            }
            // Sent by an enforcing authority only (above).
            OrderUpdate::EaDecision { .. } => return Err(Refusal::IssuingOnly.into()),
        }
        Ok(CheckedUpdate {
            object: id,
            update,
            record,
            generation: Some(next),
        })
    }

    /// Makes a checked UPDATE take effect; the object's new Generation goes with the
    /// stored answer.
    pub(super) async fn apply_update(
        &self,
        incoming: &Incoming<'_>,
        action: u64,
        checked: CheckedUpdate,
    ) -> Result<(ActionResponse, Option<(String, i64)>), Failure> {
        // The Generation is claimed before the change, so that of two UPDATEs of the same
        // Generation only one takes effect; it is given back if the change fails.
        let endpoint = incoming.endpoint.id;
        if let Some(next) = checked.generation {
            let current = next.saturating_sub(1);
            if !self
                .store
                .move_etsi_generation(endpoint, &checked.object, current, next)
                .await?
            {
                return Err(Refusal::StaleGeneration {
                    object: checked.object.clone(),
                    sent: next.to_string(),
                    current: next,
                    next: next.saturating_add(1),
                }
                .into());
            }
        }
        let generation = checked.generation;
        let object = checked.object.clone();
        let applied = self.apply_claimed(incoming, action, checked).await;
        if let (Err(_), Some(next)) = (&applied, generation) {
            self.store
                .move_etsi_generation(endpoint, &object, next, next.saturating_sub(1))
                .await?;
        }
        applied
    }

    async fn apply_claimed(
        &self,
        incoming: &Incoming<'_>,
        action: u64,
        checked: CheckedUpdate,
    ) -> Result<(ActionResponse, Option<(String, i64)>), Failure> {
        let owner = &incoming.owner;
        let ctx = &incoming.ctx;
        let summary = &checked.record.summary;
        match &checked.update {
            OrderUpdate::Withdraw { .. } => {
                let reason = format!(
                    "Withdrawn by the issuing authority over TS 103 120 (transaction {}).",
                    incoming.message.header.transaction
                );
                self.withdraw_request(owner, &summary.id, &reason, ctx)
                    .await
                    .map_err(|e| match e {
                        FormError::Fields(fields) => Failure::from(Refusal::NotNow {
                            object: checked.object.clone(),
                            reason: fields
                                .iter()
                                // A TS 103 120 answer is in English, the protocol's language.
                                .map(|f| Tr::default().problem(&f.problem))
                                .collect::<Vec<_>>()
                                .join("; "),
                        }),
                        FormError::App(e) => Failure::App(e),
                    })?;
            }
            OrderUpdate::ExtendPreservation { .. } => {
                self.record_eu_form(summary, EuForm::Extension, owner, ctx)
                    .await?;
            }
            OrderUpdate::SubsequentProduction { .. } => {
                self.record_eu_form(summary, EuForm::ProductionComing, owner, ctx)
                    .await?;
            }
            OrderUpdate::NewDeadline { due, reason, .. } => {
                self.store
                    .set_eu_deadline(summary, timestamp(*due), reason.as_deref(), owner, ctx)
                    .await
                    .map_err(|e| checked.refused_meanwhile(e))?;
            }
            OrderUpdate::EaDecision { decision, .. } => {
                self.store
                    .record_ea_decision(summary, decision, owner, ctx)
                    .await
                    .map_err(|e| checked.refused_meanwhile(e))?;
            }
        }
        let identifier = lers_etsi::ObjectId::parse(&checked.object).ok_or_else(|| {
            crate::error::AppError::internal("an object identifier is not a UUID")
        })?;
        Ok((
            ActionResponse::Update { action, identifier },
            checked.generation.map(|g| (checked.object, g)),
        ))
    }

    /// What a new deadline of `record` is checked against (`None` for a request that
    /// is not an EU order).
    async fn deadline_facts(
        &self,
        record: &RequestRecord,
    ) -> Result<Option<DeadlineFacts>, Failure> {
        let summary = &record.summary;
        let Some(hold) = self.store.hold_facts(summary).await? else {
            return Ok(None);
        };
        Ok(Some(DeadlineFacts {
            kind: summary.kind,
            status: summary.status,
            clocks: hold.clocks,
            due: self.store.due_at(summary).await?,
        }))
    }
}

impl CheckedUpdate {
    /// A rule that said yes when the message was checked says no in the transaction
    /// (something changed meanwhile): refused, nothing of it stored.
    fn refused_meanwhile(&self, e: lers_store::StoreError) -> Failure {
        if e.is_refusal() {
            Refusal::NotNow {
                object: self.object.clone(),
                reason: e.to_string(),
            }
            .into()
        } else {
            e.into()
        }
    }
}
