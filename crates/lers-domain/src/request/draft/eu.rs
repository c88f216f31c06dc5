//! The check of an EU order's certificate, part of checking a draft.

use time::Date;

use super::{is_reference, parse_date, Checker, SubmittedRequest};
use crate::account::FieldError;
use crate::allowlist::EmailAddress;
use crate::clock::Timestamp;
use crate::eu::certificate::is_member_state;
use crate::eu::{Authority, EuOrder, EuOrderDraft, UserInformation};
use crate::problem::Problem;

/// The names of an authority's fields in problems, one set per authority: languages
/// inflect "the name of the issuing authority" as a whole, so it is one message.
struct AuthorityLabels {
    authority: &'static str,
    name: &'static str,
    file_number: &'static str,
}

const ISSUING: AuthorityLabels = AuthorityLabels {
    authority: "form-eu-issuing",
    name: "form-what-eu-issuing-name",
    file_number: "form-what-eu-issuing-file",
};

const VALIDATING: AuthorityLabels = AuthorityLabels {
    authority: "form-eu-validating",
    name: "form-what-eu-validating-name",
    file_number: "form-what-eu-validating-file",
};

impl Checker {
    fn authority(
        &mut self,
        field: &'static str,
        given: &Authority,
        labels: &AuthorityLabels,
    ) -> Authority {
        let member_state = given.member_state.trim().to_ascii_uppercase();
        if !is_member_state(&member_state) {
            self.fail(
                field,
                Problem::new("form-eu-member-state").label("what", labels.authority),
            );
        }
        Authority {
            name: self.text(field, &given.name, labels.name, true, 300),
            member_state,
            address: self.text(field, &given.address, "form-what-eu-address", false, 500),
            contact_name: self.text(field, &given.contact_name, "form-what-eu-signer", true, 200),
            contact_phone: self.text(field, &given.contact_phone, "form-what-eu-phone", false, 50),
            contact_email: self.text(
                field,
                &given.contact_email,
                "form-what-eu-email",
                false,
                254,
            ),
            file_reference: self.text(
                field,
                &given.file_reference,
                labels.file_number,
                field == "eu_issuing_authority",
                200,
            ),
        }
    }

    /// Checks the certificate of an EU order received on or before `today`.
    pub(super) fn eu_order(&mut self, draft: &EuOrderDraft, today: Date) -> EuOrder {
        let issuing_authority =
            self.authority("eu_issuing_authority", &draft.issuing_authority, &ISSUING);
        let validating_authority = draft
            .validating_authority
            .as_ref()
            .filter(|a| !a.name.trim().is_empty() || !a.member_state.trim().is_empty())
            .map(|a| self.authority("eu_validating_authority", a, &VALIDATING));
        let mut data_categories = draft.data_categories.clone();
        data_categories.sort();
        data_categories.dedup();
        if data_categories.is_empty() {
            self.fail(
                "eu_data_categories",
                Problem::new("form-eu-data-categories"),
            );
        }
        let offence = self.block(
            "eu_offence",
            &draft.offence,
            "form-what-eu-offence",
            true,
            5_000,
        );
        let earlier = draft.earlier_order.trim();
        let earlier_order = (!earlier.is_empty()).then(|| {
            self.text(
                "eu_earlier_order",
                earlier,
                "form-what-eu-earlier",
                false,
                200,
            )
        });
        if earlier_order
            .as_deref()
            .is_some_and(|e| e.starts_with("LERS-") && !is_reference(e))
        {
            self.fail("eu_earlier_order", Problem::new("form-eu-earlier-order"));
        }
        let user_information = match &draft.user_information {
            UserInformation::DelayedUntil { until } => {
                match self.date("eu_user_information", until, "form-what-eu-delay-end") {
                    Some(date) if date >= today => UserInformation::DelayedUntil {
                        until: date.to_string(),
                    },
                    Some(_) => {
                        self.fail("eu_user_information", Problem::new("form-eu-delay-ended"));
                        draft.user_information.clone()
                    }
                    None => {
                        self.fail("eu_user_information", Problem::new("form-eu-delay-date"));
                        draft.user_information.clone()
                    }
                }
            }
            other => other.clone(),
        };
        let enforcing_authority = if draft.enforcing_authority_notified {
            Some(self.text(
                "eu_enforcing_authority",
                &draft.enforcing_authority,
                "form-what-eu-enforcing",
                true,
                300,
            ))
        } else {
            None
        };
        let enforcing_authority_email = match draft.enforcing_authority_email.trim() {
            "" => None,
            email if enforcing_authority.is_some() => {
                let email = email.to_ascii_lowercase();
                if EmailAddress::parse(&email).is_err() {
                    self.fail(
                        "eu_enforcing_authority",
                        Problem::new("form-eu-enforcing-email"),
                    );
                }
                Some(email)
            }
            _ => None,
        };
        let issued_on = match self.date("eu_issued_on", &draft.issued_on, "form-what-eu-issued-on")
        {
            Some(date) if date > today => {
                self.fail("eu_issued_on", Problem::new("form-eu-issued-future"));
                String::new()
            }
            Some(date) => date.to_string(),
            None => {
                if draft.issued_on.trim().is_empty() {
                    self.fail("eu_issued_on", Problem::new("form-eu-issued-on"));
                }
                String::new()
            }
        };
        EuOrder {
            issuing_authority,
            validating_authority,
            emergency: draft.emergency,
            earlier_order,
            data_categories,
            offence,
            user_information,
            enforcing_authority,
            enforcing_authority_email,
            delivery_instructions: self.block(
                "eu_delivery_instructions",
                &draft.delivery_instructions,
                "form-what-eu-delivery",
                false,
                2_000,
            ),
            information_for_enforcing_authority: self.block(
                "eu_information_for_ea",
                &draft.information_for_enforcing_authority,
                "form-what-eu-information-ea",
                false,
                5_000,
            ),
            issued_on,
        }
    }
}

impl SubmittedRequest {
    /// An EU order cannot have reached the provider before its certificate was signed;
    /// a time of receipt before that is a typing error that would make every clock of
    /// the order (and the enforcing authority's window) end early.
    pub fn check_receipt(&self, received_at: Timestamp) -> Result<(), FieldError> {
        let issued = self
            .eu_order
            .as_ref()
            .and_then(|o| parse_date(&o.issued_on));
        match issued {
            Some(issued) if received_at.date() < issued => Err(FieldError::new(
                "eu_issued_on",
                Problem::new("form-eu-received-before-issue")
                    .text("issued", issued.to_string())
                    .text("received", received_at.date().to_string()),
            )),
            _ => Ok(()),
        }
    }
}
