//! An enforcing authority's decision by UPDATE (Regulation (EU) 2023/1543 Art 10(2),
//! 10(4) and 12). The EA of the provider's member state notifies it from its own
//! registered endpoint (role `enforcing`), naming the order by the AuthorisationObject's
//! ObjectIdentifier it knows from the certificate. The order is found whoever filed it;
//! the rules are the staff path's (`lers_domain::eu::enforcing::may_record`: an EA was
//! notified, one decision, grounds within the EA window), checked here before anything
//! is written and again by the store in the transaction that records the decision, as
//! the endpoint's own account.

use lers_domain::eu::enforcing::may_record;
use lers_etsi::profile::OrderUpdate;

use super::update::CheckedUpdate;
use super::{Failure, Incoming, Refusal};
use crate::app::App;
use crate::error::AppError;

impl App {
    pub(super) async fn check_ea_decision(
        &self,
        incoming: &Incoming<'_>,
        object: String,
        update: OrderUpdate,
    ) -> Result<CheckedUpdate, Failure> {
        let OrderUpdate::EaDecision { decision, .. } = &update else {
            return Err(Refusal::EnforcingOnly("an UPDATE other than its decision").into());
        };
        let named = self.store.etsi_authorisations_named(&object).await?;
        let [(issuer, stored)] = named.as_slice() else {
            // None, or (improbably) the same UUID from two issuing authorities: which
            // order is meant cannot be told, so none is touched.
            return Err(Refusal::NotFound(object).into());
        };
        let issuer = self
            .store
            .interface_endpoint(*issuer)
            .await?
            .ok_or_else(|| AppError::internal("an order's endpoint is missing"))?;
        let filer = self
            .store
            .account(issuer.owner_account_id)
            .await?
            .ok_or_else(|| AppError::internal("an endpoint's owner account is missing"))?;
        let record = self.visible_request(&filer, &stored.request_id).await?;
        let not_now = |reason: String| Refusal::NotNow {
            object: object.clone(),
            reason,
        };
        let facts = self
            .store
            .hold_facts(&record.summary)
            .await?
            .ok_or_else(|| not_now("this is not an EU order".into()))?;
        may_record(&facts, decision, incoming.ctx.at).map_err(|r| not_now(r.to_string()))?;
        Ok(CheckedUpdate {
            object,
            update,
            record,
            generation: None,
        })
    }
}
