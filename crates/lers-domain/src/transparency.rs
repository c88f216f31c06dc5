//! Semi-annual transparency reports: periods, the figures per country and legal
//! process, bands for national-security process, and the CSV layout researchers
//! already parse. Aggregates only: nothing here can carry request-level data.

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use crate::clock::Timestamp;
use crate::countries::country_name;

/// January–June (`H1`) or July–December (`H2`) of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Period {
    pub year: i32,
    pub half: u8,
}

impl Period {
    /// `2026-H2`.
    pub fn parse(text: &str) -> Option<Self> {
        let (year, half) = text.split_once("-H")?;
        let year: i32 = year.parse().ok()?;
        let half: u8 = half.parse().ok()?;
        ((1..=2).contains(&half) && (2000..=9999).contains(&year)).then_some(Self { year, half })
    }

    pub fn containing(at: Timestamp) -> Self {
        let date = at.date();
        Self {
            year: date.year(),
            half: if (date.month() as u8) <= 6 { 1 } else { 2 },
        }
    }

    fn first_day(self) -> Option<Date> {
        Date::from_calendar_date(
            self.year,
            if self.half == 1 {
                Month::January
            } else {
                Month::July
            },
            1,
        )
        .ok()
    }

    pub fn start(self) -> Timestamp {
        self.first_day()
            .map_or(Timestamp::from_unix_millis(0), Timestamp::start_of)
    }

    pub fn end(self) -> Timestamp {
        self.next().start()
    }

    pub fn next(self) -> Self {
        if self.half == 1 {
            Self {
                year: self.year,
                half: 2,
            }
        } else {
            Self {
                year: self.year + 1,
                half: 1,
            }
        }
    }

    /// The last day, as the CSV's "Period Ending" (`2026-12-31`).
    pub fn ending(self) -> String {
        format!(
            "{}-{}",
            self.year,
            if self.half == 1 { "06-30" } else { "12-31" }
        )
    }

    pub fn key(self) -> String {
        format!("{}-H{}", self.year, self.half)
    }
}

/// Counts of one group (country × kind × instrument) of requests received in a period,
/// as the store counts them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub country: String,
    pub kind: String,
    pub instrument: Option<String>,
    pub requests: u64,
    pub accounts: u64,
    pub disclosed: u64,
    pub content_disclosed: u64,
    pub rejected: u64,
    pub challenged: u64,
    pub withdrawn: u64,
    pub emergency: u64,
    pub preservation: u64,
    pub withhold_access: u64,
    pub delay_orders: u64,
}

/// A published figure: exact, or (national-security process) a band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Figure {
    Exact(u64),
    Band { from: u64, to: u64 },
}

impl Figure {
    fn banded(value: u64, width: u64) -> Self {
        let width = width.max(1);
        let from = value / width * width;
        Self::Band {
            from,
            to: from + width - 1,
        }
    }

    pub fn text(self) -> String {
        match self {
            Self::Exact(n) => n.to_string(),
            Self::Band { from, to } => format!("{from}-{to}"),
        }
    }

    pub fn exact(self) -> Option<u64> {
        match self {
            Self::Exact(n) => Some(n),
            Self::Band { .. } => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    /// ISO 3166-1 alpha-2 (the CLDR territory code).
    pub country: String,
    pub country_name: String,
    /// The legal process (instrument) or, for requests without one, the kind.
    pub process: String,
    pub requests: Figure,
    pub accounts: Figure,
    /// Share of requests where some data was produced, in hundredths of a percent
    /// (`7500` = 75.00 %); absent for banded rows.
    pub disclosed_basis_points: Option<u64>,
    pub content_disclosures: Figure,
    pub non_content_disclosures: Figure,
    pub rejected: Figure,
    pub challenged: Figure,
    pub withdrawn: Figure,
    pub emergency: Figure,
    pub preservation: Figure,
    pub withhold_access: Figure,
    pub delay_of_notice_orders: Figure,
}

impl ReportRow {
    /// `75.00`, or empty for banded rows.
    pub fn percentage_disclosed(&self) -> String {
        self.disclosed_basis_points
            .map(|bp| format!("{}.{:02}", bp / 100, bp % 100))
            .unwrap_or_default()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub period: String,
    pub period_ending: String,
    pub band_width: u64,
    pub rows: Vec<ReportRow>,
    /// Exact totals over all rows that are not banded.
    pub total_requests: u64,
    pub total_accounts: u64,
    /// EU production and preservation orders per issuing member state and type, with
    /// enforcing-authority refusals and Form 3 answers (absent from reports computed
    /// before this section existed).
    #[serde(default)]
    pub eu_orders: Vec<EuOrderRow>,
}

/// The type of an EU order as the report counts it.
pub const EU_ORDER_TYPES: [&str; 3] = ["epoc", "emergency_epoc", "epoc_pr"];

/// Counts of the EU orders of one issuing member state and type, as the store counts
/// them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EuTally {
    pub member_state: String,
    /// One of [`EU_ORDER_TYPES`].
    pub order_type: String,
    pub orders: u64,
    pub ea_refusals: u64,
    pub form3_answers: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EuOrderRow {
    pub member_state: String,
    pub member_state_name: String,
    pub order_type: String,
    pub orders: u64,
    pub ea_refusals: u64,
    pub form3_answers: u64,
}

/// The EU section of a report: one row per member state and type, by name then type.
pub fn build_eu(tallies: &[EuTally]) -> Vec<EuOrderRow> {
    let mut rows: Vec<EuOrderRow> = tallies
        .iter()
        .filter(|t| t.orders > 0)
        .map(|t| EuOrderRow {
            member_state_name: country_name(&t.member_state)
                .unwrap_or("Unknown")
                .to_owned(),
            member_state: t.member_state.clone(),
            order_type: t.order_type.clone(),
            orders: t.orders,
            ea_refusals: t.ea_refusals,
            form3_answers: t.form3_answers,
        })
        .collect();
    let position = |t: &str| EU_ORDER_TYPES.iter().position(|k| *k == t);
    rows.sort_by(|a, b| {
        (&a.member_state_name, position(&a.order_type))
            .cmp(&(&b.member_state_name, position(&b.order_type)))
    });
    rows
}

const NATIONAL_SECURITY: &str = "national_security";

/// Builds the report of `period` from the store's tallies. National-security rows are
/// published only as bands `band_width` wide.
pub fn build(period: Period, tallies: &[Tally], band_width: u64) -> Report {
    let mut rows: Vec<ReportRow> = tallies
        .iter()
        .filter(|t| t.requests > 0)
        .map(|t| {
            let process = t.instrument.clone().unwrap_or_else(|| t.kind.clone());
            let banded = process == NATIONAL_SECURITY;
            let figure = |n: u64| {
                if banded {
                    Figure::banded(n, band_width)
                } else {
                    Figure::Exact(n)
                }
            };
            ReportRow {
                country_name: country_name(&t.country).unwrap_or("Unknown").to_owned(),
                country: t.country.clone(),
                requests: figure(t.requests),
                accounts: figure(t.accounts),
                disclosed_basis_points: (!banded).then(|| t.disclosed * 10_000 / t.requests),
                content_disclosures: figure(t.content_disclosed),
                non_content_disclosures: figure(t.disclosed.saturating_sub(t.content_disclosed)),
                rejected: figure(t.rejected),
                challenged: figure(t.challenged),
                withdrawn: figure(t.withdrawn),
                emergency: figure(t.emergency),
                preservation: figure(t.preservation),
                withhold_access: figure(t.withhold_access),
                delay_of_notice_orders: figure(t.delay_orders),
                process,
            }
        })
        .collect();
    rows.sort_by(|a, b| (&a.country_name, &a.process).cmp(&(&b.country_name, &b.process)));
    Report {
        period: period.key(),
        period_ending: period.ending(),
        band_width,
        total_requests: rows.iter().filter_map(|r| r.requests.exact()).sum(),
        total_accounts: rows.iter().filter_map(|r| r.accounts.exact()).sum(),
        rows,
        eu_orders: Vec::new(),
    }
}

pub const CSV_HEADER: &str = "Period Ending,Country/Region,CLDR Territory Code,Legal Process,User Data Requests,Percentage disclosed,Accounts";

/// One CSV line (RFC 4180 quoting).
fn csv_line(fields: &[String]) -> String {
    let quote = |field: &str| {
        if field.contains([',', '"', '\n']) {
            format!("\"{}\"", field.replace('"', "\"\""))
        } else {
            field.to_owned()
        }
    };
    let mut line = fields
        .iter()
        .map(|f| quote(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

/// The report in the CSV layout researchers already parse (RFC 4180 quoting).
pub fn to_csv(report: &Report) -> String {
    let mut out = format!("{CSV_HEADER}\n");
    for row in &report.rows {
        let fields = [
            report.period_ending.clone(),
            row.country_name.clone(),
            row.country.clone(),
            row.process.clone(),
            row.requests.text(),
            row.percentage_disclosed(),
            row.accounts.text(),
        ];
        out.push_str(&csv_line(&fields));
    }
    out
}

pub const EU_CSV_HEADER: &str = "Period Ending,Issuing Member State,CLDR Territory Code,Order Type,EU Orders,EA Refusals,Form 3 Answers";

/// The EU section as its own CSV file, so the main file keeps its columns.
pub fn to_eu_csv(report: &Report) -> String {
    let mut out = format!("{EU_CSV_HEADER}\n");
    for row in &report.eu_orders {
        out.push_str(&csv_line(&[
            report.period_ending.clone(),
            row.member_state_name.clone(),
            row.member_state.clone(),
            row.order_type.clone(),
            row.orders.to_string(),
            row.ea_refusals.to_string(),
            row.form3_answers.to_string(),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_half_years() {
        let p = Period::parse("2026-H2").unwrap_or(Period { year: 0, half: 0 });
        assert_eq!(
            p.start(),
            Timestamp::parse_rfc3339("2026-07-01T00:00:00Z").unwrap_or(p.start())
        );
        assert_eq!(
            p.end(),
            Timestamp::parse_rfc3339("2027-01-01T00:00:00Z").unwrap_or(p.end())
        );
        assert_eq!(p.ending(), "2026-12-31");
        assert_eq!(
            Period::containing(
                Timestamp::parse_rfc3339("2026-06-30T23:59:59Z").unwrap_or(p.start())
            )
            .key(),
            "2026-H1"
        );
        assert!(Period::parse("2026-H3").is_none() && Period::parse("H1").is_none());
    }

    /// Figures worked out by hand from the tallies.
    #[test]
    fn figures_and_bands() {
        let tallies = vec![
            Tally {
                country: "US".into(),
                kind: "user_data".into(),
                instrument: Some("search_warrant".into()),
                requests: 8,
                accounts: 13,
                disclosed: 6,
                content_disclosed: 2,
                rejected: 1,
                challenged: 1,
                delay_orders: 3,
                ..Default::default()
            },
            Tally {
                country: "US".into(),
                kind: "user_data".into(),
                instrument: Some("national_security".into()),
                requests: 312,
                accounts: 740,
                disclosed: 300,
                ..Default::default()
            },
            Tally {
                country: "DE".into(),
                kind: "emergency".into(),
                instrument: None,
                requests: 3,
                accounts: 3,
                disclosed: 1,
                emergency: 3,
                ..Default::default()
            },
        ];
        let report = build(
            Period {
                year: 2026,
                half: 2,
            },
            &tallies,
            250,
        );
        let countries: Vec<(&str, &str)> = report
            .rows
            .iter()
            .map(|r| (r.country.as_str(), r.process.as_str()))
            .collect();
        assert_eq!(
            countries,
            [
                ("DE", "emergency"),
                ("US", "national_security"),
                ("US", "search_warrant")
            ]
        );
        let warrant = &report.rows[2];
        assert_eq!(warrant.percentage_disclosed(), "75.00");
        assert_eq!(
            (warrant.content_disclosures, warrant.non_content_disclosures),
            (Figure::Exact(2), Figure::Exact(4))
        );
        let nsl = &report.rows[1];
        assert_eq!(nsl.requests, Figure::Band { from: 250, to: 499 });
        assert_eq!(nsl.accounts, Figure::Band { from: 500, to: 749 });
        assert_eq!(nsl.percentage_disclosed(), "");
        assert_eq!(report.rows[0].percentage_disclosed(), "33.33");
        assert_eq!(
            (report.total_requests, report.total_accounts),
            (11, 16),
            "bands never enter exact totals"
        );
        let csv = to_csv(&report);
        assert_eq!(
            csv,
            "Period Ending,Country/Region,CLDR Territory Code,Legal Process,User Data Requests,Percentage disclosed,Accounts\n\
             2026-12-31,Germany,DE,emergency,3,33.33,3\n\
             2026-12-31,United States,US,national_security,250-499,,500-749\n\
             2026-12-31,United States,US,search_warrant,8,75.00,13\n"
        );
    }

    #[test]
    fn eu_orders_per_member_state_and_type() {
        let tally = |state: &str, kind: &str, orders, refusals, form3| EuTally {
            member_state: state.into(),
            order_type: kind.into(),
            orders,
            ea_refusals: refusals,
            form3_answers: form3,
        };
        let mut report = build(
            Period {
                year: 2026,
                half: 2,
            },
            &[],
            250,
        );
        report.eu_orders = build_eu(&[
            tally("FR", "epoc_pr", 1, 0, 0),
            tally("DE", "epoc_pr", 2, 0, 1),
            tally("DE", "epoc", 3, 1, 0),
            tally("DE", "emergency_epoc", 1, 1, 0),
            tally("IT", "epoc", 0, 0, 0),
        ]);
        assert_eq!(
            to_eu_csv(&report),
            "Period Ending,Issuing Member State,CLDR Territory Code,Order Type,EU Orders,EA Refusals,Form 3 Answers\n\
             2026-12-31,France,FR,epoc_pr,1,0,0\n\
             2026-12-31,Germany,DE,epoc,3,1,0\n\
             2026-12-31,Germany,DE,emergency_epoc,1,1,0\n\
             2026-12-31,Germany,DE,epoc_pr,2,0,1\n"
        );
        // Reports stored before the EU section read back with an empty one.
        let mut old = serde_json::to_value(&report).unwrap_or_default();
        if let Some(map) = old.as_object_mut() {
            map.remove("eu_orders");
        }
        let read: Result<Report, _> = serde_json::from_value(old);
        assert!(read.is_ok_and(|r| r.eu_orders.is_empty()));
    }
}
