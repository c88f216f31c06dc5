//! Emergencies under suspicion: the risk score at submission, agency directory
//! entries as typed or imported, and the second confirmation of a call-back. The
//! rules themselves are in `lers_domain::emergency`; the store applies them.

use lers_domain::account::FieldError;
use lers_domain::clock::{Duration, Timestamp};
use lers_domain::countries::country_name;
use lers_domain::emergency::phone::{parse_phone, PhoneError};
use lers_domain::emergency::risk::{assess, is_time_zone};
use lers_domain::problem::Problem;
use lers_domain::refusal::Explained;
use lers_domain::request::draft::parse_date;
use lers_domain::request::RequestKind;
use lers_store::emergencies::NewAgency;
use lers_store::{Ctx, RequestSummary};

use crate::app::App;
use crate::error::AppError;

/// How a request was submitted, for the "first use of an API token" signal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Portal,
    /// Through the API with a token first used at this time.
    Api {
        token_first_used: Timestamp,
    },
    /// Not known (scored late, when the console first showed the request).
    Unknown,
}

/// A token counts as new for an hour after its first use.
const NEW_TOKEN: Duration = Duration::hours(1);

impl App {
    /// Scores an emergency and keeps the score (once; later calls change nothing).
    pub async fn score_emergency(
        &self,
        request: &RequestSummary,
        channel: Channel,
        ctx: &Ctx,
    ) -> Result<(), AppError> {
        if request.kind != RequestKind::Emergency || self.store.assessment(request).await?.is_some()
        {
            return Ok(());
        }
        let first_token_use = match channel {
            Channel::Api { token_first_used } => ctx.at.since(token_first_used) < NEW_TOKEN,
            Channel::Portal | Channel::Unknown => false,
        };
        let facts = self
            .store
            .risk_facts(request, first_token_use, self.risk.window)
            .await?;
        let assessment = assess(&facts, &self.risk);
        self.store
            .save_assessment(request, &facts, &assessment, ctx)
            .await?;
        Ok(())
    }

    /// [`Self::score_emergency`] right after a submission: the request is in and acknowledged whatever
    /// happens here; a score that could not be kept is made when staff first open it.
    pub async fn score_emergency_quietly(
        &self,
        request: &RequestSummary,
        channel: Channel,
        ctx: &Ctx,
    ) {
        if let Err(e) = self.score_emergency(request, channel, ctx).await {
            tracing::warn!(error = %e, reference = ?request.reference, "could not score an emergency at submission");
        }
    }
}

/// An agency as typed into the admin form or read from a CSV row.
#[derive(Clone, Debug, Default)]
pub struct AgencyInput {
    pub name: String,
    pub country: String,
    pub domains: String,
    pub switchboard: String,
    pub time_zone: String,
    pub source: String,
    pub verified_on: String,
}

/// What is wrong with a switchboard number, in the reader's words.
fn switchboard_problem(error: &PhoneError) -> Problem {
    match error {
        PhoneError::Empty => Problem::new("form-agency-switchboard-missing"),
        other => other.problem(),
    }
}

/// Checks an agency entry; every problem at once, per field.
pub fn check_agency(input: &AgencyInput) -> Result<NewAgency, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut fail =
        |field: &'static str, problem: Problem| errors.push(FieldError::new(field, problem));
    let text = |value: &str| value.trim().to_owned();
    let name = text(&input.name);
    if name.is_empty() || name.chars().count() > 200 {
        fail("name", Problem::new("form-agency-name-missing"));
    }
    let country = input.country.trim().to_ascii_uppercase();
    if country_name(&country).is_none() {
        fail("country", Problem::new("form-agency-country-invalid"));
    }
    let domains: Vec<String> = input
        .domains
        .split([',', ' ', ';'])
        .map(|d| d.trim().trim_start_matches('@').to_ascii_lowercase())
        .filter(|d| !d.is_empty())
        .collect();
    let plausible = |d: &str| {
        d.contains('.')
            && !d.starts_with('.')
            && !d.ends_with('.')
            && d.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    };
    if domains.is_empty() {
        fail("domains", Problem::new("form-agency-domains-missing"));
    } else if let Some(bad) = domains.iter().find(|d| !plausible(d)) {
        fail(
            "domains",
            Problem::new("form-agency-domain-invalid").text("domain", bad.clone()),
        );
    }
    let switchboard = match parse_phone(&input.switchboard, &country) {
        Ok(line) => {
            let mut text = line.e164();
            if let Some(ext) = &line.extension {
                text.push_str(";ext=");
                text.push_str(ext);
            }
            text
        }
        Err(e) => {
            fail("switchboard", switchboard_problem(&e));
            String::new()
        }
    };
    let time_zone = text(&input.time_zone);
    if !is_time_zone(&time_zone) {
        fail("time_zone", Problem::new("form-agency-time-zone-invalid"));
    }
    let source = text(&input.source);
    if source.is_empty() || source.chars().count() > 500 {
        fail("source", Problem::new("form-agency-source-missing"));
    }
    let verified_on = match parse_date(&input.verified_on) {
        Some(date) => date.to_string(),
        None => {
            fail(
                "verified_on",
                Problem::new("form-agency-verified-on-invalid"),
            );
            String::new()
        }
    };
    let all_fields = [&name, &source, &time_zone];
    if all_fields.iter().any(|v| v.chars().any(char::is_control)) {
        fail("name", Problem::new("form-agency-control-characters"));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(NewAgency {
        name,
        country,
        domains,
        switchboard,
        time_zone,
        source,
        verified_on,
    })
}
