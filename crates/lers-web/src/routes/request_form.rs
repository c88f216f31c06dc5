//! The guided request form as HTML fields, both ways: a draft rendered into rows and
//! choices, and the posted fields read back into a draft. Works without JavaScript:
//! more identifier rows are one "add more rows" button away.

use lers_domain::request::{
    DataCategory, EmergencyDetails, LegalInstrument, OrderTerm, RequestDraft, RequestKind,
    TargetInput, TargetType,
};

mod eu;

/// Rows shown for identifiers beyond those filled in.
const SPARE_TARGET_ROWS: usize = 3;
const ADDED_TARGET_ROWS: usize = 5;

/// What the person pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormAction {
    Save,
    Submit,
    AddRows,
}

pub struct PostedForm {
    pub draft: RequestDraft,
    pub action: FormAction,
    /// Rows the person asked to see (for "add more rows").
    pub rows: usize,
}

fn order_from(pairs: &[(String, String)], prefix: &str) -> OrderTerm {
    let value = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    match value(&format!("{prefix}_term")) {
        Some("until") => OrderTerm::Until {
            until: value(&format!("{prefix}_until"))
                .unwrap_or("")
                .trim()
                .to_owned(),
        },
        Some("indefinite") => OrderTerm::Indefinite,
        _ => OrderTerm::None,
    }
}

/// Reads the posted fields (`target_type_N`/`target_value_N` rows, `cat_<category>`
/// boxes, `<order>_term`/`<order>_until` pairs, one colleague per line).
pub fn parse(pairs: &[(String, String)]) -> PostedForm {
    let value = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut targets = Vec::new();
    let mut rows = 0;
    for (key, kind) in pairs.iter().filter(|(k, _)| k.starts_with("target_type_")) {
        let index = key.trim_start_matches("target_type_");
        rows += 1;
        let value = value(&format!("target_value_{index}"));
        if !value.trim().is_empty() {
            targets.push(TargetInput {
                kind: kind.clone(),
                value,
            });
        }
    }
    let draft = RequestDraft {
        title: value("title"),
        country: value("country"),
        subdivision: value("subdivision"),
        issuing_authority: value("issuing_authority"),
        instrument: LegalInstrument::parse(&value("instrument")),
        citation: value("citation"),
        description: value("description"),
        targets,
        data_categories: DataCategory::ALL
            .iter()
            .copied()
            .filter(|c| {
                pairs
                    .iter()
                    .any(|(k, _)| *k == format!("cat_{}", c.as_str()))
            })
            .collect(),
        date_from: value("date_from"),
        date_to: value("date_to"),
        deadline: value("deadline"),
        nondisclosure: order_from(pairs, "nondisclosure"),
        delay_of_notice: order_from(pairs, "delay_of_notice"),
        emergency: EmergencyDetails {
            narrative: value("narrative"),
            attested: pairs.iter().any(|(k, _)| k == "attested"),
            supervisor_name: value("supervisor_name"),
            supervisor_phone: value("supervisor_phone"),
        },
        extends_reference: value("extends_reference"),
        preservation_reference: value("preservation_reference"),
        colleagues: value("colleagues")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        eu_order: eu::parse(pairs),
    };
    let action = match value("action").as_str() {
        "submit" => FormAction::Submit,
        "add_rows" => FormAction::AddRows,
        _ => FormAction::Save,
    };
    PostedForm {
        draft,
        action,
        rows,
    }
}

/// One identifier row of the form.
pub struct TargetRow {
    pub index: usize,
    pub kind: String,
    pub value: String,
}

/// One choice (option, checkbox or radio) with its label id and state.
pub struct Choice {
    pub value: &'static str,
    pub selected: bool,
}

/// The draft laid out for the template.
pub struct FormView {
    pub rows: Vec<TargetRow>,
    pub target_types: Vec<&'static str>,
    pub instruments: Vec<Choice>,
    pub categories: Vec<Choice>,
    pub nondisclosure: OrderView,
    pub delay_of_notice: OrderView,
    pub colleagues: String,
    pub needs_process: bool,
    pub asks_for_data: bool,
    pub emergency: bool,
    pub extension: bool,
    pub user_data: bool,
    /// The certificate of an EU order (EPOC, EPOC-PR).
    pub eu: Option<eu::EuFormView>,
}

pub struct OrderView {
    pub term: &'static str,
    pub until: String,
}

fn order_view(term: &OrderTerm) -> OrderView {
    match term {
        OrderTerm::None => OrderView {
            term: "none",
            until: String::new(),
        },
        OrderTerm::Until { until } => OrderView {
            term: "until",
            until: until.clone(),
        },
        OrderTerm::Indefinite => OrderView {
            term: "indefinite",
            until: String::new(),
        },
    }
}

pub fn view(kind: RequestKind, draft: &RequestDraft, at_least_rows: usize) -> FormView {
    let mut rows: Vec<TargetRow> = draft
        .targets
        .iter()
        .enumerate()
        .map(|(index, t)| TargetRow {
            index,
            kind: t.kind.clone(),
            value: t.value.clone(),
        })
        .collect();
    let wanted = (rows.len() + SPARE_TARGET_ROWS).max(at_least_rows);
    while rows.len() < wanted {
        rows.push(TargetRow {
            index: rows.len(),
            kind: TargetType::Email.as_str().into(),
            value: String::new(),
        });
    }
    FormView {
        rows,
        target_types: TargetType::ALL.iter().map(|t| t.as_str()).collect(),
        instruments: kind
            .instruments()
            .iter()
            .map(|i| Choice {
                value: i.as_str(),
                selected: draft.instrument == Some(*i),
            })
            .collect(),
        categories: DataCategory::ALL
            .iter()
            .map(|c| Choice {
                value: c.as_str(),
                selected: draft.data_categories.contains(c),
            })
            .collect(),
        nondisclosure: order_view(&draft.nondisclosure),
        delay_of_notice: order_view(&draft.delay_of_notice),
        colleagues: draft.colleagues.join("\n"),
        needs_process: !kind.instruments().is_empty(),
        asks_for_data: kind.asks_for_data(),
        emergency: kind == RequestKind::Emergency,
        extension: kind == RequestKind::PreservationExtension,
        user_data: kind == RequestKind::UserData,
        eu: kind.is_eu_order().then(|| eu::view(&draft.eu_order)),
    }
}

/// Rows to show after "add more rows".
pub fn rows_after_adding(posted_rows: usize) -> usize {
    posted_rows + ADDED_TARGET_ROWS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn posted_fields_become_a_draft_and_back() {
        let posted = parse(&pairs(&[
            ("title", "Walnut"),
            ("instrument", "search_warrant"),
            ("target_type_0", "phone"),
            ("target_value_0", "+1 555 010 0199"),
            ("target_type_1", "email"),
            ("target_value_1", ""),
            ("cat_subscriber_info", "on"),
            ("nondisclosure_term", "until"),
            ("nondisclosure_until", "2027-01-31"),
            ("delay_of_notice_term", "indefinite"),
            ("colleagues", "a@x.gov\n\n b@x.gov "),
            ("action", "submit"),
        ]));
        assert_eq!(posted.action, FormAction::Submit);
        assert_eq!(posted.rows, 2);
        let draft = &posted.draft;
        assert_eq!(draft.targets.len(), 1, "empty rows are dropped");
        assert_eq!(draft.instrument, Some(LegalInstrument::SearchWarrant));
        assert_eq!(draft.data_categories, [DataCategory::SubscriberInfo]);
        assert_eq!(
            draft.nondisclosure,
            OrderTerm::Until {
                until: "2027-01-31".into()
            }
        );
        assert_eq!(draft.delay_of_notice, OrderTerm::Indefinite);
        assert_eq!(draft.colleagues, ["a@x.gov", "b@x.gov"]);
        let view = view(RequestKind::UserData, draft, 0);
        assert_eq!(view.rows.len(), 1 + SPARE_TARGET_ROWS);
        assert!(view
            .instruments
            .iter()
            .any(|c| c.value == "search_warrant" && c.selected));
        assert_eq!(view.nondisclosure.until, "2027-01-31");
    }
}
