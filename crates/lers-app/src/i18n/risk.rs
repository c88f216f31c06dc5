//! An emergency's risk reasons in the reader's words: the particulars are stored as
//! values (`lers_domain::emergency::Particulars`); a time of sending reads in the
//! agency's zone, since "at night" means the agency's night.

use jiff::tz::TimeZone;
use lers_domain::clock::Timestamp;
use lers_domain::emergency::risk::RiskReason;

use super::{dates, Tr};

impl Tr {
    /// The particulars of `reason` (`risk-detail-<code>`); as stored when the reason
    /// was stored without the values its words need (assessments made before they
    /// were kept).
    pub fn risk_detail(&self, reason: &RiskReason) -> String {
        self.risk_words(reason)
            .unwrap_or_else(|| reason.detail.clone())
    }

    fn risk_words(&self, reason: &RiskReason) -> Option<String> {
        let p = &reason.particulars;
        let number = |n: Option<u64>| n.map(|n| n.to_string());
        let args: Vec<(&'static str, String)> = match reason.code.as_str() {
            "new_account" | "no_history" | "first_token_use" => Vec::new(),
            "young_account" => vec![("days", number(p.days)?)],
            "nothing_approved" | "targets_elsewhere" => vec![("count", number(p.count)?)],
            "many_emergencies" => vec![("count", number(p.count)?), ("days", number(p.days)?)],
            "agency_mismatch" => vec![
                ("named", p.named.clone()?),
                ("organization", p.organization.clone()?),
            ],
            "odd_hours" | "weekend" => {
                let zone = p
                    .zone
                    .as_deref()
                    .and_then(|z| TimeZone::get(z).ok())
                    .unwrap_or(TimeZone::UTC);
                let at = Timestamp::from_unix_millis(p.sent_at?);
                vec![(
                    "local",
                    dates::format_instant(&self.lang.to_string(), &zone, at),
                )]
            }
            _ => return None,
        };
        Some(self.with(&format!("risk-detail-{}", reason.code), &args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lers_domain::emergency::risk::Particulars;

    fn reason(code: &str, particulars: Particulars) -> RiskReason {
        RiskReason {
            code: code.into(),
            points: 5,
            detail: "as stored".into(),
            particulars,
        }
    }

    #[test]
    fn particulars_read_in_the_reader_s_language_and_the_agency_s_zone() {
        let polish = Tr::exact("pl").unwrap_or_default();
        let odd = reason(
            "odd_hours",
            Particulars {
                // 2026-12-31T23:30:00Z: half past midnight in Warsaw.
                sent_at: Some(1_798_759_800_000),
                zone: Some("Europe/Warsaw".into()),
                ..Particulars::default()
            },
        );
        let said = polish.risk_detail(&odd);
        assert!(said.contains("00:30"), "{said}");
        assert!(!said.contains("sent at"), "{said}");
        let many = reason(
            "many_emergencies",
            Particulars {
                count: Some(3),
                days: Some(7),
                ..Particulars::default()
            },
        );
        let english = Tr::default().risk_detail(&many);
        assert_eq!(
            english,
            "3 other emergencies for unrelated targets from this account within 7 days"
        );
    }

    #[test]
    fn a_reason_stored_without_its_values_shows_as_stored() {
        let old = reason("young_account", Particulars::default());
        assert_eq!(Tr::default().risk_detail(&old), "as stored");
    }
}
