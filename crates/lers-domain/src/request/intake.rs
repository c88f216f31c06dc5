//! One intake for every channel: what intake staff record about a request that reached
//! the provider outside the portal (post, fax, email, in person, a mutual-legal-
//! assistance channel, court service, the EU decentralised IT system), and who may
//! record it. The request's content is an ordinary [`super::RequestDraft`]; these are
//! the facts of its arrival. Times are UTC.

use crate::account::FieldError;
use crate::clock::Timestamp;
use crate::countries::country_name;
use crate::problem::Problem;
use crate::text::check_single_line;

use super::{RequestChannel, RequestKind};

/// The channels intake staff record: every channel but the portal and the API,
/// which file their own requests.
pub const INTAKE_CHANNELS: [RequestChannel; 7] = [
    RequestChannel::Post,
    RequestChannel::Fax,
    RequestChannel::Email,
    RequestChannel::InPerson,
    RequestChannel::Mlat,
    RequestChannel::CourtService,
    RequestChannel::EuDecentralisedIt,
];

const MAX_FIELD: usize = 200;
const MAX_NOTE: usize = 2_000;

/// How and when a request arrived.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arrival {
    pub channel: RequestChannel,
    pub received_at: Timestamp,
    /// When it was served on the provider, if known (a legacy queue may not say).
    pub served_at: Option<Timestamp>,
    /// The provider's legal entity it was served on.
    pub legal_entity: String,
}

/// The requester as the legal process names them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequesterDetails {
    pub name: String,
    pub agency: String,
    /// Lower-cased.
    pub email: String,
    pub phone: String,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: String,
}

/// What the intake page posts, as typed.
#[derive(Clone, Debug, Default)]
pub struct IntakeInput {
    pub kind: String,
    pub channel: String,
    /// `YYYY-MM-DD HH:MM` (or RFC 3339) in UTC.
    pub received: String,
    pub served: String,
    pub legal_entity: String,
    pub requester: RequesterDetails,
}

/// A checked intake: the kind of request, its arrival and its requester.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intake {
    pub kind: RequestKind,
    pub arrival: Arrival,
    pub requester: RequesterDetails,
}

/// Reads a time of receipt or service: RFC 3339, `YYYY-MM-DD HH:MM[:SS]` or
/// `YYYY-MM-DDTHH:MM[:SS]` (UTC), or a bare date (midnight UTC).
pub fn parse_time(text: &str) -> Option<Timestamp> {
    let text = text.trim();
    if let Some(at) = Timestamp::parse_rfc3339(text) {
        return Some(at);
    }
    let (date, time) = match text.split_once([' ', 'T']) {
        Some((date, time)) => (date.trim(), time.trim()),
        None => (text, "00:00"),
    };
    let time = if time.len() == 5 {
        format!("{time}:00")
    } else {
        time.to_owned()
    };
    Timestamp::parse_rfc3339(&format!("{date}T{time}Z"))
}

fn field(errors: &mut Vec<FieldError>, name: &'static str, problem: Problem) {
    errors.push(FieldError::new(name, problem));
}

/// `label` is the message id of the field's name ("form-what-agency"), said in the problem.
fn short(
    errors: &mut Vec<FieldError>,
    name: &'static str,
    label: &'static str,
    value: &str,
) -> String {
    let value = value.trim();
    if value.chars().count() > MAX_FIELD {
        field(
            errors,
            name,
            Problem::new("form-too-long")
                .label("what", label)
                .number("max", MAX_FIELD),
        );
    } else if let Err(refusal) = check_single_line(value) {
        field(errors, name, refusal.problem(label));
    }
    value.to_owned()
}

/// A time that must be given and not lie ahead of `now`.
fn past_time(
    errors: &mut Vec<FieldError>,
    name: &'static str,
    label: &'static str,
    text: &str,
    now: Timestamp,
) -> Option<Timestamp> {
    match parse_time(text) {
        None => {
            field(
                errors,
                name,
                Problem::new("form-intake-time-format").label("what", label),
            );
            None
        }
        Some(at) if at > now => {
            field(
                errors,
                name,
                Problem::new("form-intake-time-future").label("what", label),
            );
            None
        }
        Some(at) => Some(at),
    }
}

impl RequesterDetails {
    /// Trims and checks every field, returning every problem at once.
    pub fn validated(self) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = short(
            &mut errors,
            "requester_name",
            "form-what-requester-name",
            &self.name,
        );
        if name.is_empty() {
            field(
                &mut errors,
                "requester_name",
                Problem::new("form-intake-requester-name-missing"),
            );
        }
        let agency = short(
            &mut errors,
            "requester_agency",
            "form-what-agency",
            &self.agency,
        );
        if agency.is_empty() {
            field(
                &mut errors,
                "requester_agency",
                Problem::new("form-intake-agency-missing"),
            );
        }
        let email = short(
            &mut errors,
            "requester_email",
            "form-what-email-address",
            &self.email,
        )
        .to_ascii_lowercase();
        if crate::allowlist::EmailAddress::parse(&email).is_err() {
            field(
                &mut errors,
                "requester_email",
                Problem::new("form-intake-email-missing"),
            );
        }
        let phone = short(
            &mut errors,
            "requester_phone",
            "form-what-phone-number",
            &self.phone,
        );
        let country = self.country.trim().to_ascii_uppercase();
        if country_name(&country).is_none() {
            field(
                &mut errors,
                "requester_country",
                Problem::new("form-intake-country-missing"),
            );
        }
        if errors.is_empty() {
            Ok(Self {
                name,
                agency,
                email,
                phone,
                country,
            })
        } else {
            Err(errors)
        }
    }
}

impl IntakeInput {
    /// Checks an intake against the configured legal entities at `now`: every
    /// problem at once, each naming its field.
    pub fn validated(self, entities: &[String], now: Timestamp) -> Result<Intake, Vec<FieldError>> {
        let mut errors = Vec::new();
        let kind = RequestKind::parse(self.kind.trim());
        if kind.is_none() {
            field(
                &mut errors,
                "kind",
                Problem::new("form-intake-kind-missing"),
            );
        }
        let channel =
            RequestChannel::parse(self.channel.trim()).filter(|c| INTAKE_CHANNELS.contains(c));
        if channel.is_none() {
            field(
                &mut errors,
                "channel",
                Problem::new("form-intake-channel-missing"),
            );
        }
        let received = past_time(
            &mut errors,
            "received",
            "form-what-time-received",
            &self.received,
            now,
        );
        let served = if self.served.trim().is_empty() {
            None
        } else {
            past_time(
                &mut errors,
                "served",
                "form-what-time-served",
                &self.served,
                now,
            )
        };
        let legal_entity = self.legal_entity.trim().to_owned();
        if !entities.contains(&legal_entity) {
            field(
                &mut errors,
                "legal_entity",
                Problem::new("form-intake-legal-entity-missing"),
            );
        }
        let requester = match self.requester.validated() {
            Ok(requester) => Some(requester),
            Err(mut problems) => {
                errors.append(&mut problems);
                None
            }
        };
        match (kind, channel, received, requester) {
            (Some(kind), Some(channel), Some(received_at), Some(requester))
                if errors.is_empty() =>
            {
                Ok(Intake {
                    kind,
                    arrival: Arrival {
                        channel,
                        received_at,
                        served_at: served,
                        legal_entity,
                    },
                    requester,
                })
            }
            _ => Err(errors),
        }
    }
}

/// What staff sent on paper, for the case file: how, when and what, in one line.
pub fn paper_reply_note(
    how: &str,
    sent_on: &str,
    summary: &str,
    today: time::Date,
) -> Result<String, Vec<FieldError>> {
    let mut errors = Vec::new();
    let how = short(&mut errors, "how", "form-what-how-sent", how);
    if how.is_empty() {
        field(&mut errors, "how", Problem::new("form-intake-how-missing"));
    }
    let date = time::Date::parse(
        sent_on.trim(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok();
    match date {
        None => field(
            &mut errors,
            "sent_on",
            Problem::new("form-intake-sent-on-missing"),
        ),
        Some(date) if date > today => field(
            &mut errors,
            "sent_on",
            Problem::new("form-intake-sent-on-future"),
        ),
        Some(_) => {}
    }
    let summary = summary.trim();
    if summary.is_empty() || summary.chars().count() > MAX_NOTE {
        field(
            &mut errors,
            "summary",
            Problem::new("form-intake-summary-missing").number("max", MAX_NOTE),
        );
    } else if let Err(refusal) = crate::text::check_multi_line(summary) {
        field(&mut errors, "summary", refusal.problem("form-what-summary"));
    }
    match date {
        Some(date) if errors.is_empty() => Ok(format!("{how}, sent on {date}: {summary}")),
        _ => Err(errors),
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        Timestamp::parse_rfc3339("2026-11-27T12:00:00Z").unwrap_or(Timestamp::from_unix_millis(0))
    }

    fn input() -> IntakeInput {
        IntakeInput {
            kind: "user_data".into(),
            channel: "fax".into(),
            received: "2026-11-20 09:15".into(),
            served: "2026-11-20T09:00".into(),
            legal_entity: "Provider LLC".into(),
            requester: RequesterDetails {
                name: " Det. Ana Ruiz ".into(),
                agency: "Abilene PD".into(),
                email: "Ana.Ruiz@AbileneTX.gov".into(),
                phone: "+1 325 555 0100".into(),
                country: "us".into(),
            },
        }
    }

    #[test]
    fn a_complete_intake_is_read_in_utc() {
        let intake = input()
            .validated(&["Provider LLC".into()], now())
            .expect("valid");
        assert_eq!(intake.kind, RequestKind::UserData);
        assert_eq!(intake.arrival.channel, RequestChannel::Fax);
        assert_eq!(
            intake.arrival.received_at,
            Timestamp::parse_rfc3339("2026-11-20T09:15:00Z").expect("t")
        );
        assert_eq!(
            intake.arrival.served_at,
            Timestamp::parse_rfc3339("2026-11-20T09:00:00Z")
        );
        assert_eq!(intake.requester.email, "ana.ruiz@abilenetx.gov");
        assert_eq!(intake.requester.name, "Det. Ana Ruiz");
        assert_eq!(intake.requester.country, "US");
    }

    #[test]
    fn every_problem_names_its_field() {
        let mut bad = input();
        bad.channel = "portal".into();
        bad.received = "2026-12-01 10:00".into();
        bad.served = "yesterday".into();
        bad.legal_entity = "Someone else".into();
        bad.requester.email = "not an address".into();
        let errors = bad
            .validated(&["Provider LLC".into()], now())
            .expect_err("refused");
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "channel",
                "received",
                "served",
                "legal_entity",
                "requester_email"
            ]
        );
        assert!(
            errors[1].problem.id() == "form-intake-time-future",
            "{errors:?}"
        );
    }

    #[test]
    fn times_come_in_several_shapes() {
        assert_eq!(
            parse_time("2026-11-20"),
            Timestamp::parse_rfc3339("2026-11-20T00:00:00Z")
        );
        assert_eq!(
            parse_time("2026-11-20 08:05:09"),
            Timestamp::parse_rfc3339("2026-11-20T08:05:09Z")
        );
        assert_eq!(
            parse_time("2026-11-20T10:00:00+02:00"),
            Timestamp::parse_rfc3339("2026-11-20T08:00:00Z")
        );
        assert_eq!(parse_time("20/11/2026"), None);
    }

    #[test]
    fn only_intake_channels_are_recorded() {
        assert!(!INTAKE_CHANNELS.contains(&RequestChannel::Portal));
        assert!(!INTAKE_CHANNELS.contains(&RequestChannel::Api));
        assert_eq!(INTAKE_CHANNELS.len(), RequestChannel::ALL.len() - 2);
    }

    #[test]
    fn a_paper_reply_says_how_when_and_what() {
        let today = now().date();
        let note = paper_reply_note(
            "Letter by post",
            "2026-11-26",
            "Asked for a signed copy.",
            today,
        )
        .expect("valid");
        assert_eq!(
            note,
            "Letter by post, sent on 2026-11-26: Asked for a signed copy."
        );
        let errors = paper_reply_note("", "2026-12-30", "", today).expect_err("refused");
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["how", "sent_on", "summary"]);
    }
}
