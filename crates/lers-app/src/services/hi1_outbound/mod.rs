//! What LERS sends back to the authorities whose orders arrived over HI-1 (ETSI TS 103
//! 120): status changes, Form 3 answers and deliveries.
//!
//! **A sweep, not hooks.** Every job-runner tick ([`App::run_due_jobs`]) compares each
//! HI-1 order's status as it should be reported now (`lers_etsi::profile::
//! reported_status`, the same function GET answers use) with the one last reported,
//! and stores what is new, whatever use case (console, intake, EU execution, a clock)
//! changed it. A message is stored with its whole body, its job and its audit entry in
//! one transaction with the new reported status; `(endpoint, dedupe key)` is unique,
//! so nothing is stored — or sent — twice. The `etsi_outbound` job then posts it
//! ([`send`]) until the endpoint takes it.

mod delivery;
mod send;

use std::collections::HashMap;

use lers_domain::account::Account;
use lers_domain::clock::Timestamp;
use lers_domain::eu::enforcing::{release, Release};
use lers_domain::field_access::may_view_cases;
use lers_domain::request::RequestStatus;
use lers_etsi::profile::vocab::ReportedStatus;
use lers_etsi::profile::{reported_status, OrderFacts};
use lers_etsi::write::outbound::{
    non_execution_notification, status_entry, status_notification, OrderObjects,
};
use lers_etsi::{Endpoint, Header, ObjectId};
use lers_store::etsi_outbound::{EtsiForm3, EtsiOrderState, NewOutbound, OutboundRecord};
use lers_store::{Ctx, EndpointRecord, RequestSummary, StoreError};
use rand::RngCore;
use time::OffsetDateTime;

use crate::app::App;
use crate::error::AppError;

/// A message's state as staff see it.
#[derive(Clone, Debug, serde::Serialize)]
pub struct OutboundView {
    pub message: OutboundRecord,
    /// `delivered`, `failing` (tried, not taken yet) or `queued`.
    pub state: &'static str,
}

impl App {
    /// Stores and queues every HI-1 message due now; returns how many were stored.
    pub async fn sweep_hi1_outbound(&self, ctx: &Ctx) -> Result<usize, AppError> {
        let mut sweep = Sweep {
            app: self,
            ctx,
            endpoints: HashMap::new(),
            queued: 0,
        };
        // A Form 3 answer reports the refusal itself, so it goes before status changes.
        // Each pass (and each item in it) stands alone: one bad row stops no other
        // report; it is logged and tried again at the next tick.
        if let Err(e) = sweep.form3_answers().await {
            tracing::error!(error = %e, "HI-1 outbound: could not read the Form 3 answers to send");
        }
        if let Err(e) = sweep.status_changes().await {
            tracing::error!(error = %e, "HI-1 outbound: could not read the status changes to send");
        }
        if let Err(e) = sweep.deliveries().await {
            tracing::error!(error = %e, "HI-1 outbound: could not read the deliveries to send");
        }
        Ok(sweep.queued)
    }

    /// The messages sent to the endpoint an order came from (staff who work on
    /// requests); empty for a request that did not arrive over HI-1.
    pub async fn hi1_outbound_of(
        &self,
        staff: &Account,
        request: &RequestSummary,
    ) -> Result<Vec<OutboundView>, AppError> {
        if !may_view_cases(staff) {
            return Err(AppError::Forbidden);
        }
        let messages = self.store.outbound_of_request(request.row_id).await?;
        Ok(messages
            .into_iter()
            .map(|message| OutboundView {
                state: if message.delivered_at.is_some() {
                    "delivered"
                } else if message.attempts > 0 || message.last_error.is_some() {
                    "failing"
                } else {
                    "queued"
                },
                message,
            })
            .collect())
    }
}

/// One sweep: the endpoints it has looked up, and how many messages it stored.
struct Sweep<'a> {
    app: &'a App,
    ctx: &'a Ctx,
    endpoints: HashMap<i64, Option<EndpointRecord>>,
    queued: usize,
}

/// A fresh random (version 4) UUID.
fn fresh_id() -> ObjectId {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    ObjectId::from_random(bytes)
}

fn offset_time(at: Timestamp) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(at.unix_millis()) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// The reported statuses a clock can move on (the EA window, a preservation's end).
const WAITING: [ReportedStatus; 2] = [
    ReportedStatus::AwaitingEnforcingAuthority,
    ReportedStatus::Preserved,
];
/// The reported statuses nothing follows.
const SETTLED: [ReportedStatus; 3] = [
    ReportedStatus::Refused,
    ReportedStatus::Withdrawn,
    ReportedStatus::Ended,
];

fn values(statuses: &[ReportedStatus]) -> Vec<String> {
    statuses.iter().map(|s| status_entry(*s).value).collect()
}

impl Sweep<'_> {
    fn now(&self) -> Timestamp {
        self.ctx.at
    }

    async fn endpoint(&mut self, id: i64) -> Result<Option<EndpointRecord>, AppError> {
        if let Some(known) = self.endpoints.get(&id) {
            return Ok(known.clone());
        }
        let endpoint = self.app.store.interface_endpoint(id).await?;
        self.endpoints.insert(id, endpoint.clone());
        Ok(endpoint)
    }

    /// A header from LERS to `endpoint` with a fresh TransactionIdentifier.
    fn header(&self, endpoint: &EndpointRecord) -> Header {
        Header::outgoing(
            Endpoint {
                country_code: self.app.config.hi1_country.clone(),
                unique_identifier: self.app.config.hi1_identifier.clone(),
            },
            Endpoint {
                country_code: endpoint.identity.country.clone(),
                unique_identifier: endpoint.identity.identifier.clone(),
            },
            fresh_id(),
            offset_time(self.now()),
        )
    }

    async fn objects(
        &self,
        request_row_id: i64,
        endpoint_id: i64,
        authorisation: &str,
    ) -> Result<Option<OrderObjects>, AppError> {
        let tasks = self
            .app
            .store
            .etsi_order_tasks(request_row_id, endpoint_id)
            .await?;
        let (Some(authorisation), Some(tasks)) = (
            ObjectId::parse(authorisation),
            tasks
                .iter()
                .map(|t| ObjectId::parse(t))
                .collect::<Option<Vec<_>>>(),
        ) else {
            tracing::error!(
                request = request_row_id,
                "an HI-1 order's stored object identifiers are not UUIDs; nothing is reported"
            );
            return Ok(None);
        };
        Ok(Some(OrderObjects {
            authorisation,
            tasks,
        }))
    }

    /// Stores one message; a status that moved meanwhile (another runner) is left to
    /// the next sweep.
    async fn queue(&mut self, message: NewOutbound<'_>) -> Result<(), AppError> {
        match self.app.store.queue_outbound(&message, self.ctx).await {
            Ok(Some(_)) => {
                self.queued += 1;
                Ok(())
            }
            Ok(None) | Err(StoreError::ChangedMeanwhile(_)) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    async fn status_changes(&mut self) -> Result<(), AppError> {
        let (waiting, settled) = (values(&WAITING), values(&SETTLED));
        let waiting: Vec<&str> = waiting.iter().map(String::as_str).collect();
        let settled: Vec<&str> = settled.iter().map(String::as_str).collect();
        let orders = self
            .app
            .store
            .etsi_orders_to_report(&waiting, &settled)
            .await?;
        let rows: Vec<i64> = orders.iter().map(|o| o.request_row_id).collect();
        let eu: HashMap<i64, _> = self
            .app
            .store
            .eu_order_facts_of(&rows)
            .await?
            .into_iter()
            .collect();
        for order in &orders {
            let in_force = eu
                .get(&order.request_row_id)
                .is_some_and(|f| f.preservation.in_force(self.now()));
            let status = reported_status(&self.facts(order, in_force));
            let value = status_entry(status).value;
            if order.reported_status.as_deref() == Some(value.as_str()) {
                // Read again only for a new change (a clock is re-read every tick anyway).
                if !order.status.is_open() && !WAITING.contains(&status) {
                    self.app
                        .store
                        .confirm_reported_status(order.request_row_id, &value, self.now())
                        .await?;
                }
                continue;
            }
            if let Err(e) = self.report_status(order, status, &value).await {
                tracing::error!(error = %e, request = order.request_row_id, "HI-1 outbound: a status change could not be queued");
            }
        }
        Ok(())
    }

    /// The facts `hi1::order_facts` gathers for GET answers, from the sweep's batch read
    /// (the same rules: a production counts once the request is produced).
    fn facts(&self, order: &EtsiOrderState, preservation_in_force: bool) -> OrderFacts {
        OrderFacts {
            kind: order.kind,
            status: order.status,
            preservation_in_force,
            produced: order.produced
                && matches!(
                    order.status,
                    RequestStatus::Produced | RequestStatus::Closed
                ),
            held_for_ea: order
                .hold
                .is_some_and(|h| matches!(release(&h, self.now()), Release::Held { .. })),
            refused: order.refused,
        }
    }

    async fn report_status(
        &mut self,
        order: &EtsiOrderState,
        status: ReportedStatus,
        value: &str,
    ) -> Result<(), AppError> {
        let Some(endpoint) = self.endpoint(order.endpoint_id).await? else {
            return Ok(());
        };
        let Some(objects) = self
            .objects(
                order.request_row_id,
                order.endpoint_id,
                &order.authorisation_id,
            )
            .await?
        else {
            return Ok(());
        };
        let header = self.header(&endpoint);
        let body = status_notification(
            &header,
            fresh_id(),
            &objects,
            status,
            offset_time(self.now()),
        );
        self.queue(NewOutbound {
            endpoint_id: order.endpoint_id,
            request_row_id: order.request_row_id,
            reference: order.reference.as_deref(),
            kind: "notification",
            // The change from the state it was read in: two sweeps that read the same
            // state make the same key (and only one wins the reported status anyway),
            // while a status that comes back later is reported again.
            dedupe_key: format!(
                "status:{}@{}>{value}",
                order.reported_status.as_deref().unwrap_or("none"),
                order.reported_at.map_or(0, Timestamp::unix_millis)
            ),
            transaction_id: header.transaction.as_str(),
            body: &body,
            status_change: Some((order.reported_status.as_deref(), value)),
        })
        .await
    }

    async fn form3_answers(&mut self) -> Result<(), AppError> {
        for answer in self.app.store.etsi_form3_to_send().await? {
            if let Err(e) = self.report_form3(&answer).await {
                tracing::error!(error = %e, "HI-1 outbound: a Form 3 answer could not be queued");
            }
        }
        Ok(())
    }

    async fn report_form3(&mut self, answer: &EtsiForm3) -> Result<(), AppError> {
        let Some(endpoint) = self.endpoint(answer.endpoint_id).await? else {
            return Ok(());
        };
        let Some(objects) = self
            .objects(
                answer.request_row_id,
                answer.endpoint_id,
                &answer.authorisation_id,
            )
            .await?
        else {
            return Ok(());
        };
        let header = self.header(&endpoint);
        let body = non_execution_notification(
            &header,
            fresh_id(),
            &objects,
            &answer.answer.reasons,
            &answer.answer.explanation,
            answer.answer.foreign_law.as_deref(),
            offset_time(answer.answered_at),
        );
        let refused = status_entry(ReportedStatus::Refused).value;
        // The answer is the refusal's status change (unless it was reported already).
        let status_change = (answer.reported_status.as_deref() != Some(refused.as_str()))
            .then_some((answer.reported_status.as_deref(), refused.as_str()));
        self.queue(NewOutbound {
            endpoint_id: answer.endpoint_id,
            request_row_id: answer.request_row_id,
            reference: answer.reference.as_deref(),
            kind: "notification",
            dedupe_key: format!("form3:{}", answer.request_id),
            transaction_id: header.transaction.as_str(),
            body: &body,
            status_change,
        })
        .await
    }
}
