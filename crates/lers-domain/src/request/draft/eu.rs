//! The check of an EU order's certificate, part of checking a draft.

use time::Date;

use super::{is_reference, parse_date, Checker, SubmittedRequest};
use crate::account::FieldError;
use crate::allowlist::EmailAddress;
use crate::clock::Timestamp;
use crate::eu::certificate::is_member_state;
use crate::eu::{Authority, EuOrder, EuOrderDraft, UserInformation};

impl Checker {
    fn authority(&mut self, field: &'static str, given: &Authority, what: &str) -> Authority {
        let member_state = given.member_state.trim().to_ascii_uppercase();
        if !is_member_state(&member_state) {
            self.fail(
                field,
                format!("Choose the EU member state of the {what} (Denmark is not bound by the Regulation)."),
            );
        }
        Authority {
            name: self.text(
                field,
                &given.name,
                &format!("the name of the {what}"),
                true,
                300,
            ),
            member_state,
            address: self.text(field, &given.address, "the address", false, 500),
            contact_name: self.text(
                field,
                &given.contact_name,
                "the name of who signed",
                true,
                200,
            ),
            contact_phone: self.text(field, &given.contact_phone, "the phone number", false, 50),
            contact_email: self.text(field, &given.contact_email, "the email address", false, 254),
            file_reference: self.text(
                field,
                &given.file_reference,
                &format!("the file number of the {what}"),
                field == "eu_issuing_authority",
                200,
            ),
        }
    }

    /// Checks the certificate of an EU order received on or before `today`.
    pub(super) fn eu_order(&mut self, draft: &EuOrderDraft, today: Date) -> EuOrder {
        let issuing_authority = self.authority(
            "eu_issuing_authority",
            &draft.issuing_authority,
            "issuing authority",
        );
        let validating_authority = draft
            .validating_authority
            .as_ref()
            .filter(|a| !a.name.trim().is_empty() || !a.member_state.trim().is_empty())
            .map(|a| self.authority("eu_validating_authority", a, "validating authority"));
        let mut data_categories = draft.data_categories.clone();
        data_categories.sort();
        data_categories.dedup();
        if data_categories.is_empty() {
            self.fail(
                "eu_data_categories",
                "Choose the categories of data the certificate names (section F).",
            );
        }
        let offence = self.block(
            "eu_offence",
            &draft.offence,
            "the offence and legal basis (section G)",
            true,
            5_000,
        );
        let earlier = draft.earlier_order.trim();
        let earlier_order = (!earlier.is_empty())
            .then(|| self.text("eu_earlier_order", earlier, "the earlier order", false, 200));
        if earlier_order
            .as_deref()
            .is_some_and(|e| e.starts_with("LERS-") && !is_reference(e))
        {
            self.fail(
                "eu_earlier_order",
                "Give the earlier order's LERS reference, e.g. LERS-2026-000123, or the issuing authority's identifier.",
            );
        }
        let user_information = match &draft.user_information {
            UserInformation::DelayedUntil { until } => match self.date(
                "eu_user_information",
                until,
                "The end of the delay of informing the user",
            ) {
                Some(date) if date >= today => UserInformation::DelayedUntil {
                    until: date.to_string(),
                },
                Some(_) => {
                    self.fail("eu_user_information", "The delay of informing the user has already ended; choose \"not restricted\".");
                    draft.user_information.clone()
                }
                None => {
                    self.fail("eu_user_information", "Give the date until which the user must not be informed, such as 2027-05-31.");
                    draft.user_information.clone()
                }
            },
            other => other.clone(),
        };
        let enforcing_authority = if draft.enforcing_authority_notified {
            Some(self.text(
                "eu_enforcing_authority",
                &draft.enforcing_authority,
                "the enforcing authority that was notified (section K)",
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
                        "Give the enforcing authority's email address as name@example.eu, or leave it empty.",
                    );
                }
                Some(email)
            }
            _ => None,
        };
        let issued_on = match self.date("eu_issued_on", &draft.issued_on, "The date of issue") {
            Some(date) if date > today => {
                self.fail(
                    "eu_issued_on",
                    "The certificate cannot be issued in the future.",
                );
                String::new()
            }
            Some(date) => date.to_string(),
            None => {
                if draft.issued_on.trim().is_empty() {
                    self.fail("eu_issued_on", "Give the date the certificate was signed.");
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
                "where the data is to be sent (section L)",
                false,
                2_000,
            ),
            information_for_enforcing_authority: self.block(
                "eu_information_for_ea",
                &draft.information_for_enforcing_authority,
                "the information for the enforcing authority (section M)",
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
            Some(issued) if received_at.date() < issued => Err(FieldError {
                field: "eu_issued_on",
                message: format!(
                    "The certificate is dated {issued}, after the order was received ({}); check the date of issue and the time of receipt.",
                    received_at.date()
                ),
            }),
            _ => Ok(()),
        }
    }
}
