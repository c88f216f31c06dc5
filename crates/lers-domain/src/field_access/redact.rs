//! Taking out of a request's content what a viewer's field rights do not show, before
//! it leaves the application layer: a page cannot show what it was never given.

use super::{FieldGroup, FieldRights};
use crate::eu::Authority;
use crate::request::{RequestDraft, SubmittedRequest};

/// An EU order's issuing official is its requester: their contact details go with the
/// requester's.
fn withhold_contact(authority: &mut Authority) {
    authority.contact_name.clear();
    authority.contact_phone.clear();
    authority.contact_email.clear();
}

/// Empties the parts of a submitted request that `rights` withhold.
pub fn withhold_submission(request: &mut SubmittedRequest, rights: &FieldRights) {
    if !rights.sees(FieldGroup::Targets) {
        request.targets.clear();
    }
    if !rights.sees(FieldGroup::Narrative) {
        request.description.clear();
        if let Some(emergency) = request.emergency.as_mut() {
            emergency.narrative.clear();
        }
        if let Some(order) = request.eu_order.as_mut() {
            order.offence.clear();
            order.information_for_enforcing_authority.clear();
        }
    }
    if !rights.sees(FieldGroup::RequesterContact) {
        if let Some(emergency) = request.emergency.as_mut() {
            emergency.supervisor_name.clear();
            emergency.supervisor_phone.clear();
        }
        if let Some(order) = request.eu_order.as_mut() {
            withhold_contact(&mut order.issuing_authority);
            if let Some(validating) = order.validating_authority.as_mut() {
                withhold_contact(validating);
            }
            order.enforcing_authority_email = None;
            order.delivery_instructions.clear();
        }
        request.colleagues.clear();
    }
}

/// Empties the parts of a request's last-edited content that `rights` withhold.
pub fn withhold_draft(draft: &mut RequestDraft, rights: &FieldRights) {
    if !rights.sees(FieldGroup::Targets) {
        draft.targets.clear();
    }
    if !rights.sees(FieldGroup::Narrative) {
        draft.description.clear();
        draft.emergency.narrative.clear();
        draft.eu_order.offence.clear();
        draft.eu_order.information_for_enforcing_authority.clear();
    }
    if !rights.sees(FieldGroup::RequesterContact) {
        draft.emergency.supervisor_name.clear();
        draft.emergency.supervisor_phone.clear();
        withhold_contact(&mut draft.eu_order.issuing_authority);
        if let Some(validating) = draft.eu_order.validating_authority.as_mut() {
            withhold_contact(validating);
        }
        draft.eu_order.enforcing_authority_email.clear();
        draft.eu_order.delivery_instructions.clear();
        draft.colleagues.clear();
    }
}
