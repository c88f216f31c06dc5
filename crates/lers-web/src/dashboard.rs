//! The console home page and its workload dashboard (issue 18 §5): each count as a
//! server-rendered SVG chart (`charts.rs`, no script) with a table beside it.

use askama::Template;
use lers_app::i18n::Tr;
use lers_app::services::workload::Dashboard;
use lers_domain::workload::KindPerformance;
use lers_store::Account;

use crate::charts::{bars, Bar, Labels};
use crate::pages::Chrome;

#[derive(Template)]
#[template(path = "staff_home.html")]
pub struct StaffHomePage {
    pub chrome: Chrome,
    pub account: Account,
    /// Open alerts (unusual staff access), for admins and auditors.
    pub alerts: Vec<lers_store::productions::StaffAlert>,
    /// The workload, for those who work on cases.
    pub workload: Option<WorkloadView>,
}

/// One line of a count table: its label and number.
pub struct CountRow {
    pub label: String,
    pub count: i64,
}

/// One count, as a chart and a table.
pub struct CountBlock {
    pub id: &'static str,
    /// Whether the rows' labels are configured names (data regions), kept as they are.
    pub names: bool,
    pub title: String,
    pub label_heading: String,
    pub chart: String,
    pub rows: Vec<CountRow>,
}

/// One line of the performance table.
pub struct PerformanceRow {
    pub kind: String,
    pub received: u64,
    pub first_action: String,
    pub on_time: String,
}

/// One period's performance, as a chart and a table.
pub struct PerformanceBlock {
    pub id: &'static str,
    pub title: String,
    pub chart: String,
    pub rows: Vec<PerformanceRow>,
}

/// The dashboard, ready to show.
pub struct WorkloadView {
    pub counts: Vec<CountBlock>,
    pub due_today: i64,
    pub overdue: i64,
    pub emergencies_waiting: i64,
    pub zone: String,
    pub periods: Vec<PerformanceBlock>,
    pub empty: bool,
}

fn count_block(
    tr: &Tr,
    id: &'static str,
    title: &str,
    heading: &str,
    rows: Vec<CountRow>,
    labels: Labels,
) -> CountBlock {
    let title = tr.get(title);
    let chart = bars(
        id,
        &title,
        &rows
            .iter()
            .map(|r| Bar {
                label: r.label.clone(),
                value: u64::try_from(r.count).unwrap_or(0),
                shaded: 0,
                link: None,
            })
            .collect::<Vec<_>>(),
        labels,
    );
    CountBlock {
        id,
        names: labels == Labels::Names,
        title,
        label_heading: tr.get(heading),
        chart,
        rows,
    }
}

fn performance_block(
    tr: &Tr,
    id: &'static str,
    days: i64,
    figures: &[KindPerformance],
) -> PerformanceBlock {
    let title = tr.with("workload-performance-title", &[("days", days.to_string())]);
    let chart = bars(
        id,
        &tr.get("workload-chart-on-time"),
        &figures
            .iter()
            .map(|f| Bar {
                label: tr.label("kind", f.kind.as_str()),
                value: f.received,
                shaded: f.decided_on_time,
                link: None,
            })
            .collect::<Vec<_>>(),
        Labels::Words,
    );
    let rows = figures
        .iter()
        .map(|f| PerformanceRow {
            kind: tr.label("kind", f.kind.as_str()),
            received: f.received,
            first_action: f.median_first_action_minutes.map_or_else(
                || tr.get("workload-no-figure"),
                |m| tr.with("workload-minutes", &[("minutes", m.to_string())]),
            ),
            on_time: f.on_time_basis_points().map_or_else(
                || tr.get("workload-no-figure"),
                |bp| {
                    tr.with(
                        "workload-share",
                        &[
                            ("percent", format!("{}.{}", bp / 100, bp % 100 / 10)),
                            ("on_time", f.decided_on_time.to_string()),
                            ("settled", f.settled.to_string()),
                        ],
                    )
                },
            ),
        })
        .collect();
    PerformanceBlock {
        id,
        title,
        chart,
        rows,
    }
}

impl WorkloadView {
    pub fn new(tr: &Tr, dashboard: &Dashboard) -> Self {
        let w = &dashboard.workload;
        let labelled = |group: &str, counts: &[(String, i64)]| {
            counts
                .iter()
                .map(|(value, count)| CountRow {
                    label: match group {
                        "" => value.clone(),
                        group => tr.label(group, value),
                    },
                    count: *count,
                })
                .collect::<Vec<_>>()
        };
        Self {
            counts: vec![
                count_block(
                    tr,
                    "chart-status",
                    "workload-open-by-status",
                    "workload-col-status",
                    labelled("status", &w.by_status),
                    Labels::Words,
                ),
                count_block(
                    tr,
                    "chart-kind",
                    "workload-open-by-kind",
                    "workload-col-kind",
                    labelled("kind", &w.by_kind),
                    Labels::Words,
                ),
                count_block(
                    tr,
                    "chart-region",
                    "workload-open-by-region",
                    "workload-col-region",
                    labelled("", &w.by_region),
                    Labels::Names,
                ),
            ],
            due_today: w.due_today,
            overdue: w.overdue,
            emergencies_waiting: w.emergencies_waiting,
            zone: dashboard.zone.clone(),
            periods: vec![
                performance_block(tr, "chart-30-days", 30, &dashboard.last_30_days),
                performance_block(tr, "chart-90-days", 90, &dashboard.last_90_days),
            ],
            empty: w.by_status.is_empty(),
        }
    }
}
