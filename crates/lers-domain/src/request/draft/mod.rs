//! What a requester fills in, and the check that turns a draft into a request that can
//! be submitted. Drafts may be saved incomplete; submission needs everything.

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use super::target::{normalize_target, Target, TargetType};
use super::vocabulary::{DataCategory, LegalInstrument, RequestKind};
use crate::account::{is_plausible_phone, FieldError};
use crate::countries::country_name;
use crate::eu::{EuOrder, EuOrderDraft};
use crate::problem::Problem;
use crate::text::{check_multi_line, check_single_line};

pub const MAX_TARGETS: usize = 100;
/// Colleagues of the same agency who may see a request (DESIGN §2).
pub const MAX_COLLEAGUES: usize = 5;
const MIN_NARRATIVE: usize = 40;

/// How long an order (non-disclosure, delay of notice) binds the provider.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "term", rename_all = "snake_case")]
pub enum OrderTerm {
    /// No such order.
    #[default]
    None,
    /// In force until the end of this day (`YYYY-MM-DD`).
    Until { until: String },
    /// An order with no end date — itself a ground for the provider to challenge.
    Indefinite,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct TargetInput {
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct EmergencyDetails {
    /// What the danger is, to whom, and why it is imminent.
    pub narrative: String,
    /// The requester attests that the emergency is real and disclosure is needed
    /// without delay.
    pub attested: bool,
    pub supervisor_name: String,
    pub supervisor_phone: String,
}

/// A request as the requester is writing it. Every field may be empty in a draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RequestDraft {
    /// A short case name for the requester's own overview.
    pub title: String,
    /// ISO 3166-1 alpha-2 country of the issuing authority.
    pub country: String,
    pub subdivision: String,
    /// Court or agency that issued the legal process.
    pub issuing_authority: String,
    pub instrument: Option<LegalInstrument>,
    /// Statute, case number or citation of the legal process.
    pub citation: String,
    /// What is sought and how it relates to the investigation.
    pub description: String,
    pub targets: Vec<TargetInput>,
    pub data_categories: Vec<DataCategory>,
    /// `YYYY-MM-DD`.
    pub date_from: String,
    pub date_to: String,
    /// The date by which the requester needs an answer, `YYYY-MM-DD`.
    pub deadline: String,
    pub nondisclosure: OrderTerm,
    pub delay_of_notice: OrderTerm,
    pub emergency: EmergencyDetails,
    /// For a preservation extension: the reference of the preservation request.
    pub extends_reference: String,
    /// For a user-data request: the preservation (if any) whose data it now asks for,
    /// so that the hold becomes part of this request.
    pub preservation_reference: String,
    /// Emails of colleagues (same agency) who may see this request.
    pub colleagues: Vec<String>,
    /// The certificate of an EU order (EPOC or EPOC-PR); ignored for other kinds.
    pub eu_order: EuOrderDraft,
}

/// A request that passed every check and can be submitted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SubmittedRequest {
    pub kind: RequestKind,
    pub title: String,
    pub country: String,
    pub subdivision: String,
    pub issuing_authority: String,
    pub instrument: Option<LegalInstrument>,
    pub citation: String,
    pub description: String,
    pub targets: Vec<Target>,
    pub data_categories: Vec<DataCategory>,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub deadline: Option<String>,
    pub nondisclosure: OrderTerm,
    pub delay_of_notice: OrderTerm,
    pub emergency: Option<EmergencyDetails>,
    pub extends_reference: Option<String>,
    #[serde(default)]
    pub preservation_reference: Option<String>,
    pub colleagues: Vec<String>,
    /// Present exactly when the kind is an EU order.
    #[serde(default)]
    pub eu_order: Option<EuOrder>,
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    fn fail(&mut self, field: &'static str, problem: Problem) {
        self.errors.push(FieldError::new(field, problem));
    }

    /// A one-line field (it may reach an email or a header): see [`crate::text`].
    fn text(
        &mut self,
        field: &'static str,
        value: &str,
        what: &'static str,
        required: bool,
        max: usize,
    ) -> String {
        self.checked(field, value, what, required, max, check_single_line)
    }

    /// Free text over several lines that never reaches an email or a header.
    fn block(
        &mut self,
        field: &'static str,
        value: &str,
        what: &'static str,
        required: bool,
        max: usize,
    ) -> String {
        self.checked(field, value, what, required, max, check_multi_line)
    }

    fn checked(
        &mut self,
        field: &'static str,
        value: &str,
        what: &'static str,
        required: bool,
        max: usize,
        rule: fn(&str) -> Result<(), crate::text::TextRefusal>,
    ) -> String {
        let value = value.trim();
        if required && value.is_empty() {
            self.fail(field, Problem::new("form-enter").label("what", what));
        } else if value.chars().count() > max {
            self.fail(
                field,
                Problem::new("form-too-long")
                    .label("what", what)
                    .number("max", max),
            );
        } else if let Err(refusal) = rule(value) {
            self.fail(field, refusal.problem("form-this-field"));
        }
        value.to_owned()
    }

    fn date(&mut self, field: &'static str, value: &str, what: &'static str) -> Option<Date> {
        if value.trim().is_empty() {
            return None;
        }
        let date = parse_date(value);
        if date.is_none() {
            self.fail(field, Problem::new("form-not-a-date").label("what", what));
        }
        date
    }

    fn order(
        &mut self,
        field: &'static str,
        term: &OrderTerm,
        what: &'static str,
        today: Date,
    ) -> OrderTerm {
        match term {
            OrderTerm::Until { until } => match parse_date(until) {
                Some(date) if date >= today => OrderTerm::Until {
                    until: date.to_string(),
                },
                Some(_) => {
                    self.fail(field, Problem::new("form-order-ended").label("what", what));
                    term.clone()
                }
                None => {
                    self.fail(
                        field,
                        Problem::new("form-order-end-date").label("what", what),
                    );
                    term.clone()
                }
            },
            other => other.clone(),
        }
    }
}

impl RequestDraft {
    /// Checks everything needed to submit a request of `kind` on `today`, and returns
    /// it normalised (targets in normal form, duplicates removed), or every problem at
    /// once, each against its field.
    pub fn validate(
        &self,
        kind: RequestKind,
        today: Date,
    ) -> Result<SubmittedRequest, Vec<FieldError>> {
        let mut c = Checker { errors: Vec::new() };
        let eu_order = kind
            .is_eu_order()
            .then(|| c.eu_order(&self.eu_order, today));
        // An EU certificate names its issuer, member state and file number; the
        // general fields repeat them unless the form gave them.
        let defaulted = |given: &str, from_certificate: Option<&str>| match given.trim() {
            "" => from_certificate.unwrap_or_default().to_owned(),
            given => given.to_owned(),
        };
        let certificate = eu_order.as_ref().map(|o| &o.issuing_authority);
        // The issuing member state is the certificate's, never overridden: the
        // transparency report counts EU orders by it.
        let country = match certificate {
            Some(authority) => authority.member_state.clone(),
            None => self.country.clone(),
        };
        let issuing_authority = defaulted(
            &self.issuing_authority,
            certificate.map(|a| a.name.as_str()),
        );
        let citation = defaulted(
            &self.citation,
            certificate.map(|a| a.file_reference.as_str()),
        );
        let title = c.text("title", &self.title, "form-what-title", true, 200);
        let country = country.trim().to_ascii_uppercase();
        if country_name(&country).is_none() {
            c.fail("country", Problem::new("form-issuing-country"));
        }
        let subdivision = c.text(
            "subdivision",
            &self.subdivision,
            "form-what-subdivision",
            // The Regulation's certificate has no region.
            !kind.is_eu_order(),
            100,
        );
        let needs_process = !kind.instruments().is_empty();
        let issuing_authority = c.text(
            "issuing_authority",
            &issuing_authority,
            "form-what-issuing-authority",
            needs_process,
            300,
        );
        let citation = c.text(
            "citation",
            &citation,
            "form-what-citation",
            needs_process,
            500,
        );
        let description = c.block(
            "description",
            &self.description,
            "form-what-description",
            true,
            10_000,
        );
        // An EU order's certificate is its legal process.
        let given_instrument = match kind {
            RequestKind::EuProductionOrder | RequestKind::EuPreservationOrder => {
                kind.instruments().first().copied()
            }
            _ => self.instrument,
        };
        let instrument = match (given_instrument, needs_process) {
            (Some(i), _) if kind.instruments().contains(&i) => Some(i),
            (Some(_), _) => {
                c.fail("instrument", Problem::new("form-instrument-wrong"));
                None
            }
            (None, true) => {
                c.fail("instrument", Problem::new("form-instrument-missing"));
                None
            }
            (None, false) => None,
        };

        let mut targets: Vec<Target> = Vec::new();
        if self.targets.iter().all(|t| t.value.trim().is_empty()) {
            c.fail("targets", Problem::new("form-targets-missing"));
        }
        for (number, input) in self
            .targets
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.value.trim().is_empty())
        {
            let Some(target_kind) = TargetType::parse(&input.kind) else {
                c.fail(
                    "targets",
                    Problem::new("form-target-type").number("number", number + 1),
                );
                continue;
            };
            match normalize_target(target_kind, &input.value) {
                Ok(normalized) => {
                    if !targets
                        .iter()
                        .any(|t| t.kind == target_kind && t.normalized == normalized)
                    {
                        targets.push(Target {
                            kind: target_kind,
                            value: input.value.trim().to_owned(),
                            normalized,
                        });
                    }
                }
                Err(e) => c.fail(
                    "targets",
                    Problem::new("form-target-invalid")
                        .number("number", number + 1)
                        .text("value", input.value.trim())
                        .label("reason", e.problem_id()),
                ),
            }
        }
        if targets.len() > MAX_TARGETS {
            c.fail(
                "targets",
                Problem::new("form-targets-too-many").number("max", MAX_TARGETS),
            );
        }

        let mut data_categories = match &eu_order {
            Some(order) => order.general_categories(),
            None => self.data_categories.clone(),
        };
        data_categories.sort();
        data_categories.dedup();
        if kind.asks_for_data() && data_categories.is_empty() {
            c.fail("data_categories", Problem::new("form-data-categories"));
        }

        let date_from = c.date("date_from", &self.date_from, "form-what-date-from");
        let date_to = c.date("date_to", &self.date_to, "form-what-date-to");
        if matches!(kind, RequestKind::UserData)
            && (self.date_from.trim().is_empty() || self.date_to.trim().is_empty())
        {
            c.fail("date_from", Problem::new("form-date-range-missing"));
        }
        if let (Some(from), Some(to)) = (date_from, date_to) {
            if from > to {
                c.fail("date_to", Problem::new("form-date-range-reversed"));
            }
        }
        if date_from.is_some_and(|d| d > today) {
            c.fail("date_from", Problem::new("form-date-range-future"));
        }
        let deadline = c.date("deadline", &self.deadline, "form-what-deadline");
        if deadline.is_some_and(|d| d <= today) {
            c.fail("deadline", Problem::new("form-deadline-past"));
        }
        let nondisclosure = c.order(
            "nondisclosure",
            &self.nondisclosure,
            "form-what-nondisclosure",
            today,
        );
        let delay_of_notice = c.order(
            "delay_of_notice",
            &self.delay_of_notice,
            "form-what-delay-of-notice",
            today,
        );

        let emergency = if kind == RequestKind::Emergency {
            let e = &self.emergency;
            let narrative = c.block(
                "narrative",
                &e.narrative,
                "form-what-narrative",
                true,
                10_000,
            );
            if !narrative.is_empty() && narrative.chars().count() < MIN_NARRATIVE {
                c.fail(
                    "narrative",
                    Problem::new("form-narrative-short").number("min", MIN_NARRATIVE),
                );
            }
            if !e.attested {
                c.fail("attested", Problem::new("form-attest"));
            }
            let supervisor_name = c.text(
                "supervisor_name",
                &e.supervisor_name,
                "form-what-supervisor-name",
                true,
                200,
            );
            let supervisor_phone = e.supervisor_phone.trim().to_owned();
            if !is_plausible_phone(&supervisor_phone) {
                c.fail("supervisor_phone", Problem::new("form-supervisor-phone"));
            }
            Some(EmergencyDetails {
                narrative,
                attested: e.attested,
                supervisor_name,
                supervisor_phone,
            })
        } else {
            None
        };

        let extends_reference = match kind {
            RequestKind::PreservationExtension => {
                let reference = self.extends_reference.trim().to_ascii_uppercase();
                if !is_reference(&reference) {
                    c.fail("extends_reference", Problem::new("form-extends-reference"));
                }
                Some(reference)
            }
            _ => None,
        };

        let preservation_reference = match self.preservation_reference.trim() {
            "" => None,
            reference if kind == RequestKind::UserData => {
                let reference = reference.to_ascii_uppercase();
                if !is_reference(&reference) {
                    c.fail(
                        "preservation_reference",
                        Problem::new("form-preservation-reference"),
                    );
                }
                Some(reference)
            }
            _ => None,
        };

        let mut colleagues: Vec<String> = self
            .colleagues
            .iter()
            .map(|e| e.trim().to_lowercase())
            .filter(|e| !e.is_empty())
            .collect();
        colleagues.sort();
        colleagues.dedup();
        if colleagues.len() > MAX_COLLEAGUES {
            c.fail(
                "colleagues",
                Problem::new("form-colleagues-too-many").number("max", MAX_COLLEAGUES),
            );
        }

        if !c.errors.is_empty() {
            return Err(c.errors);
        }
        Ok(SubmittedRequest {
            kind,
            title,
            country,
            subdivision,
            issuing_authority,
            instrument,
            citation,
            description,
            targets,
            data_categories,
            date_from: date_from.map(|d| d.to_string()),
            date_to: date_to.map(|d| d.to_string()),
            deadline: deadline.map(|d| d.to_string()),
            nondisclosure,
            delay_of_notice,
            emergency,
            extends_reference,
            preservation_reference,
            colleagues,
            eu_order,
        })
    }
}

/// `LERS-YYYY-NNNNNN` (six or more digits).
pub fn is_reference(text: &str) -> bool {
    let mut parts = text.split('-');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some("LERS"), Some(year), Some(number), None)
            if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())
                && number.len() >= 6 && number.bytes().all(|b| b.is_ascii_digit())
    )
}

mod eu;
#[cfg(test)]
mod tests;
