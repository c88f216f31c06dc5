//! Concurrency budgets with a short queue deadline. Each budget serves a fixed number
//! of requests at once; a request that finds no free slot waits at most the queue
//! deadline for one, and is then answered 503 with `Retry-After` — before any of its
//! work is done, so a surge costs the server next to nothing beyond its own slots.
//! Emergencies take no slot: they are never shed, whoever else is.
//!
//! Staff sign-ins (`/staff/login`, the one staff route open to anyone) are held to
//! two more limits before they take a staff slot: one client address may have only
//! `staff_sign_in_per_address` in flight, and all addresses together at most half the
//! staff budget (rounded down, at least one), so signed-in staff always keep slots.
//! A sign-in's form is read whole, within the body deadline, before it takes its
//! staff slot: a body that never arrives holds a sign-in place, never a staff slot.
//! A refused `/metrics` scrape (no or a wrong token) is refused before it takes a
//! metrics slot, so a flood of them cannot shed the real scraper.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use lers_app::operations::LoadLimits;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::addresses::{self, InFlight};
use super::answers::{refused, Refusal};
use super::classify::{read_form, Budget, Class};
use super::{metrics, Operations};
use crate::paths::STAFF_SIGN_IN;

/// The label staff sign-ins in flight are counted under (`requests_in_flight`).
const SIGN_IN_LABEL: &str = "staff_sign_in";

pub struct Budgets {
    slots: [Arc<Semaphore>; 5],
    staff_sign_ins: InFlight,
    /// Staff sign-ins in flight from all addresses: half the staff budget.
    sign_in_slots: Arc<Semaphore>,
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
            sign_in_slots: Arc::new(Semaphore::new(sign_in_cap(limits.staff))),
            limits,
        }
    }

    fn slots(&self, budget: Budget) -> &Arc<Semaphore> {
        let index = Budget::ALL.iter().position(|b| *b == budget).unwrap_or(0);
        &self.slots[index]
    }

    /// A slot of `slots` (counted as waiting in `budget`) free now or freed within
    /// the queue deadline, or `None`.
    async fn wait(
        &self,
        slots: &Arc<Semaphore>,
        budget: Budget,
        ops: &Operations,
    ) -> Option<OwnedSemaphorePermit> {
        if let Ok(permit) = slots.clone().try_acquire_owned() {
            return Some(permit);
        }
        let _waiting = ops.metrics.waiting(budget);
        tokio::time::timeout(self.limits.queue_deadline, slots.clone().acquire_owned())
            .await
            .ok()
            .and_then(Result::ok)
    }
}

/// How many staff sign-ins may be in flight at once: half the staff budget, at least
/// one.
fn sign_in_cap(staff: usize) -> usize {
    (staff / 2).max(1)
}

/// What a staff sign-in holds until it is answered.
struct SignIn {
    _place: addresses::Place,
    _permit: OwnedSemaphorePermit,
    _in_flight: metrics::Held,
}

/// Admits a staff sign-in: a place of its address and of all sign-ins, then its form
/// read whole. `Err` is the answer when it is refused.
async fn sign_in(ops: &Operations, request: Request) -> Result<(SignIn, Request), Response> {
    let budgets = &ops.budgets;
    let retry_after = budgets.limits.retry_after_secs;
    let Some(place) = budgets
        .staff_sign_ins
        .enter(addresses::of_request(&request, ops))
    else {
        ops.metrics.shed(Budget::Staff, Refusal::AddressBusy);
        return Err(refused(&request, Refusal::AddressBusy, retry_after));
    };
    let Some(permit) = budgets
        .wait(&budgets.sign_in_slots, Budget::Staff, ops)
        .await
    else {
        ops.metrics.shed(Budget::Staff, Refusal::Busy);
        return Err(refused(&request, Refusal::Busy, retry_after));
    };
    let held = SignIn {
        _place: place,
        _permit: permit,
        _in_flight: ops.metrics.in_flight(SIGN_IN_LABEL),
    };
    let (parts, body) = request.into_parts();
    let form = read_form(body, ops).await?;
    Ok((held, Request::from_parts(parts, Body::from(form))))
}

pub async fn admit(State(ops): State<Operations>, request: Request, next: Next) -> Response {
    let Some(mut class) = request.extensions().get::<Class>().cloned() else {
        return next.run(request).await;
    };
    if class.known_emergency() {
        let _in_flight = ops.metrics.in_flight("emergency");
        return next.run(request).await;
    }
    if class.budget == Budget::Metrics {
        if let Err(refusal) =
            metrics::authorise(&ops, request.extensions(), request.headers()).await
        {
            return refusal;
        }
    }
    let budgets = &ops.budgets;
    let (_sign_in, mut request) =
        if class.budget == Budget::Staff && request.uri().path() == STAFF_SIGN_IN {
            match sign_in(&ops, request).await {
                Ok((held, request)) => (Some(held), request),
                Err(refusal) => return refusal,
            }
        } else {
            (None, request)
        };
    let slots = budgets.slots(class.budget);
    let permit = match slots.clone().try_acquire_owned() {
        Ok(permit) => Some(permit),
        // Full: an emergency draft being submitted goes in anyway.
        Err(_) if class.is_emergency(&ops.app).await => {
            request.extensions_mut().insert(class);
            let _in_flight = ops.metrics.in_flight("emergency");
            return next.run(request).await;
        }
        Err(_) => budgets.wait(slots, class.budget, &ops).await,
    };
    let Some(_permit) = permit else {
        ops.metrics.shed(class.budget, Refusal::Busy);
        return refused(&request, Refusal::Busy, budgets.limits.retry_after_secs);
    };
    let _in_flight = ops.metrics.in_flight(class.budget.name());
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::sign_in_cap;

    #[test]
    fn sign_ins_get_half_the_staff_budget_and_at_least_one_slot() {
        assert_eq!(sign_in_cap(8), 4);
        assert_eq!(sign_in_cap(5), 2);
        assert_eq!(sign_in_cap(2), 1);
        assert_eq!(sign_in_cap(1), 1);
    }
}
