//! Concurrency budgets with a short queue deadline. Each budget serves a fixed number
//! of requests at once; a request that finds no free slot waits at most the queue
//! deadline for one, and is then answered 503 with `Retry-After` — before any of its
//! work is done, so a surge costs the server next to nothing beyond its own slots.
//! Emergencies take no slot: they are never shed, whoever else is. One client address
//! may have only a few staff sign-ins (`/staff/login`, the one staff route open to
//! anyone) in the staff budget at once, so one source cannot fill it.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use lers_app::operations::LoadLimits;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::addresses::{self, InFlight};
use super::answers::{refused, Refusal};
use super::classify::{Budget, Class};
use super::Operations;

/// The staff budget's route open to anyone.
const STAFF_SIGN_IN: &str = "/staff/login";

pub struct Budgets {
    slots: [Arc<Semaphore>; 5],
    staff_sign_ins: InFlight,
    limits: LoadLimits,
}

impl Budgets {
    pub fn new(limits: LoadLimits) -> Self {
        let size = |budget| match budget {
            Budget::Api => limits.api,
            Budget::Portal => limits.portal,
            Budget::Staff => limits.staff,
            Budget::Health => limits.health,
            Budget::Metrics => limits.metrics,
        };
        Self {
            slots: Budget::ALL.map(|budget| Arc::new(Semaphore::new(size(budget)))),
            staff_sign_ins: InFlight::new(limits.staff_sign_in_per_address),
            limits,
        }
    }

    fn slots(&self, budget: Budget) -> &Arc<Semaphore> {
        let index = Budget::ALL.iter().position(|b| *b == budget).unwrap_or(0);
        &self.slots[index]
    }

    /// A slot freed within the queue deadline, or `None`.
    async fn wait(&self, budget: Budget, ops: &Operations) -> Option<OwnedSemaphorePermit> {
        let _waiting = ops.metrics.waiting(budget);
        let slots = self.slots(budget).clone();
        tokio::time::timeout(self.limits.queue_deadline, slots.acquire_owned())
            .await
            .ok()
            .and_then(Result::ok)
    }
}

pub async fn admit(State(ops): State<Operations>, mut request: Request, next: Next) -> Response {
    let Some(mut class) = request.extensions().get::<Class>().cloned() else {
        return next.run(request).await;
    };
    if class.known_emergency() {
        let _in_flight = ops.metrics.in_flight("emergency");
        return next.run(request).await;
    }
    let budgets = &ops.budgets;
    let _sign_in = if class.budget == Budget::Staff && request.uri().path() == STAFF_SIGN_IN {
        match budgets
            .staff_sign_ins
            .enter(addresses::of_request(&request, &ops))
        {
            Some(place) => Some(place),
            None => {
                ops.metrics.shed(class.budget, Refusal::AddressBusy);
                return refused(
                    &request,
                    Refusal::AddressBusy,
                    budgets.limits.retry_after_secs,
                );
            }
        }
    } else {
        None
    };
    let permit = match budgets.slots(class.budget).clone().try_acquire_owned() {
        Ok(permit) => Some(permit),
        // Full: an emergency draft being submitted goes in anyway.
        Err(_) if class.is_emergency(&ops.app).await => {
            request.extensions_mut().insert(class);
            let _in_flight = ops.metrics.in_flight("emergency");
            return next.run(request).await;
        }
        Err(_) => budgets.wait(class.budget, &ops).await,
    };
    let Some(_permit) = permit else {
        ops.metrics.shed(class.budget, Refusal::Busy);
        return refused(&request, Refusal::Busy, budgets.limits.retry_after_secs);
    };
    let _in_flight = ops.metrics.in_flight(class.budget.name());
    next.run(request).await
}
