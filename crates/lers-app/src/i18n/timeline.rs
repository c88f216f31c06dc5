//! Timeline entries whose note holds facts rather than words (`lers_domain::eu::timeline`):
//! said in the reader's language, with instants in the reader's zone.

use lers_domain::clock::Timestamp;
use lers_domain::eu::timeline::{DeadlineMovedNote, EaDecisionNote, DEADLINE_MOVED, EA_DECISION};

use super::Tr;

impl Tr {
    /// The words of a timeline entry of `kind` whose `note` holds facts; `None` for
    /// any other entry (and for a note that does not hold what its kind says, which
    /// the page then shows as it shows any other entry).
    pub fn timeline_facts(&self, kind: &str, note: &str) -> Option<String> {
        match kind {
            EA_DECISION => {
                let facts: EaDecisionNote = serde_json::from_str(note).ok()?;
                let ground = facts
                    .ground
                    .map(|ground| self.label("eu-ground", &ground))
                    .unwrap_or_default();
                let id = match (facts.decision.as_str(), facts.already_sent) {
                    ("full_refusal", true) => "timeline-eu-ea-full_refusal-sent".to_owned(),
                    (decision, _) => format!("timeline-eu-ea-{decision}"),
                };
                Some(self.with(&id, &[("ground", ground)]))
            }
            DEADLINE_MOVED => {
                let facts: DeadlineMovedNote = serde_json::from_str(note).ok()?;
                let at = |millis: i64| self.when(&Timestamp::from_unix_millis(millis));
                let mut words = if facts.earlier {
                    self.with(
                        "timeline-eu-deadline-earlier",
                        &[
                            ("due", at(facts.due)),
                            ("previous", at(facts.previous)),
                            ("reason", facts.reason.unwrap_or_default()),
                        ],
                    )
                } else {
                    self.with(
                        "timeline-eu-deadline-later",
                        &[("due", at(facts.due)), ("previous", at(facts.previous))],
                    )
                };
                if let Some(limit) = facts.beyond_regulation {
                    words.push(' ');
                    words.push_str(
                        &self.with("timeline-eu-deadline-beyond", &[("limit", at(limit))]),
                    );
                }
                Some(words)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(tag: &str) -> Tr {
        Tr::exact(tag).unwrap_or_default()
    }

    #[test]
    fn an_enforcing_authority_s_refusal_reads_in_the_reader_s_language() {
        let note =
            r#"{"decision":"full_refusal","ground":"dual_criminality","already_sent":false}"#;
        let english = tr("en").timeline_facts(EA_DECISION, note);
        assert_eq!(
            english.as_deref(),
            Some("Refused by the enforcing authority — Not an offence in the enforcing state (Art 12(1)(d)). The data is never released.")
        );
        let polish = tr("pl")
            .timeline_facts(EA_DECISION, note)
            .unwrap_or_default();
        assert!(
            polish.starts_with("Organ wykonujący odmówił — "),
            "{polish}"
        );
        assert!(!polish.contains("dual_criminality"), "{polish}");
    }

    #[test]
    fn a_moved_deadline_reads_in_the_reader_s_zone() {
        // 2026-12-31T13:39:10Z and a day before; the Regulation's limit after both.
        let note = r#"{"due":1798724350000,"previous":1798637950000,"earlier":false,"reason":null,"beyond_regulation":1798810750000}"#;
        let said = tr("en")
            .timeline_facts(DEADLINE_MOVED, note)
            .unwrap_or_default();
        assert!(
            said.starts_with("The issuing authority set a new disclosure deadline:"),
            "{said}"
        );
        assert!(
            said.contains("later than the Regulation's deadline"),
            "{said}"
        );
        assert!(
            !said.contains("2026-12-31T"),
            "no instant as stored: {said}"
        );
    }

    #[test]
    fn other_entries_and_unreadable_notes_are_left_to_the_page() {
        assert_eq!(tr("en").timeline_facts("status", "approved"), None);
        assert_eq!(tr("en").timeline_facts(EA_DECISION, "not json"), None);
    }
}
