//! Taking out of a request's content what a viewer's field rights do not show, before
//! it leaves the application layer: a page cannot show what it was never given.

use super::{FieldGroup, FieldRights};
use crate::request::{RequestDraft, SubmittedRequest};

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
    }
    if !rights.sees(FieldGroup::RequesterContact) {
        draft.emergency.supervisor_name.clear();
        draft.emergency.supervisor_phone.clear();
        draft.colleagues.clear();
    }
}
