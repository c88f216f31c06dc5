//! Transparency reports: the public pages and downloads (published versions only), and
//! the admins' compute → review → publish workflow.

use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use lers_app::App;
use lers_app::AppError;
use lers_domain::account::Role;
use lers_domain::problem::Problem;
use lers_domain::transparency::{build, build_eu, to_csv, to_eu_csv, Period, ReportRow};
use lers_store::StoredReport;
use serde::Deserialize;

use crate::auth::{CsrfForm, SignedIn};
use crate::charts::{bars, Bar, Filter, FilterChoice, Labels};
use crate::error::WebError;
use crate::pages::*;
use crate::request::RequestInfo;

/// Countries shown in the chart (the table lists all).
const CHART_COUNTRIES: usize = 15;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PeriodQuery {
    period: Option<String>,
    /// Filters of the public page: a country code and a legal process (empty: all).
    country: String,
    process: String,
}

/// The countries and processes a report has, in its rows' order, for the filter.
fn filter_choices(
    stored: &StoredReport,
    q: &PeriodQuery,
    tr: &lers_app::i18n::Tr,
) -> (Vec<FilterChoice>, Vec<FilterChoice>) {
    let (mut countries, mut processes): (Vec<FilterChoice>, Vec<FilterChoice>) = (vec![], vec![]);
    for row in &stored.report.rows {
        if !countries.iter().any(|c| c.value == row.country) {
            countries.push(FilterChoice {
                value: row.country.clone(),
                label: tr.country(&row.country),
                selected: row.country.eq_ignore_ascii_case(q.country.trim()),
            });
        }
        if !processes.iter().any(|c| c.value == row.process) {
            processes.push(FilterChoice {
                value: row.process.clone(),
                label: tr.label("process", &row.process),
                selected: row.process == q.process,
            });
        }
    }
    // In the reader's alphabetical order, which `Tr::countries` keeps.
    let offered = tr.countries();
    countries.sort_by_key(|c| offered.iter().position(|(code, _)| *code == c.value));
    (countries, processes)
}

/// The public page filtered to `period`, `country` and `process` (empty: all).
fn filtered_page(period: &str, country: &str, process: &str) -> String {
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("period", period)
        .append_pair("country", country)
        .append_pair("process", process)
        .finish();
    format!("/transparency?{query}")
}

/// The chart of the rows left after the filter: one bar per country, or, once a
/// country is chosen, one per legal process (its dark part: some data produced).
/// Each bar leads to the page filtered to it (`link_of` a row of the bar).
fn chart_bars(
    rows: &[&ReportRow],
    by_process: bool,
    tr: &lers_app::i18n::Tr,
    link_of: &dyn Fn(&ReportRow) -> String,
) -> Vec<Bar> {
    let mut bars: Vec<Bar> = Vec::new();
    for row in rows {
        let (Some(requests), Some(bp)) = (row.requests.exact(), row.disclosed_basis_points) else {
            continue;
        };
        let disclosed = requests * bp / 10_000;
        let label = if by_process {
            tr.label("process", &row.process)
        } else {
            tr.country(&row.country)
        };
        match bars.iter_mut().find(|b| b.label == label) {
            Some(bar) => {
                bar.value += requests;
                bar.shaded += disclosed;
            }
            None => bars.push(Bar {
                label,
                value: requests,
                shaded: disclosed,
                link: Some(link_of(row)),
            }),
        }
    }
    bars.sort_by(|a, b| b.value.cmp(&a.value).then(a.label.cmp(&b.label)));
    bars
}

pub async fn public(
    State(state): State<App>,
    req: RequestInfo,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, WebError> {
    let published = state.store.published_reports().await?;
    let chosen = match q.period.as_deref() {
        Some(period) => Some(
            published
                .iter()
                .find(|r| r.period == period)
                .ok_or(AppError::NotFound)?,
        ),
        None => published.last(),
    };
    let tr = &req.tr;
    let q_country = q.country.trim().to_ascii_uppercase();
    let mut shown = chosen.cloned();
    let (mut country_choices, mut process_choices) = (vec![], vec![]);
    let (country_chart, countries) = match shown.as_mut() {
        Some(stored) => {
            (country_choices, process_choices) = filter_choices(stored, &q, tr);
            let all: Vec<&ReportRow> = stored.report.rows.iter().collect();
            let period = stored.period.clone();
            let process = q.process.clone();
            let link_of = |row: &ReportRow| {
                if q_country.is_empty() {
                    filtered_page(&period, &row.country, &process)
                } else {
                    filtered_page(&period, &q_country, &row.process)
                }
            };
            let countries = chart_bars(&all, false, tr, &link_of).len();
            stored.report.rows.retain(|row| {
                (q_country.is_empty() || row.country == q_country)
                    && (q.process.is_empty() || row.process == q.process)
            });
            let rows: Vec<&ReportRow> = stored.report.rows.iter().collect();
            let mut per_bar = chart_bars(&rows, !q_country.is_empty(), tr, &link_of);
            per_bar.truncate(CHART_COUNTRIES);
            let title = if q_country.is_empty() {
                tr.get("transparency-chart-countries")
            } else {
                tr.get("transparency-chart-processes")
            };
            (
                bars("chart-countries", &title, &per_bar, Labels::Words),
                countries,
            )
        }
        None => (String::new(), 0),
    };
    let trend = bars(
        "chart-trend",
        &tr.get("transparency-chart-trend"),
        &published
            .iter()
            .map(|r| Bar {
                label: r.period.clone(),
                value: r.report.total_requests,
                shaded: 0,
                link: None,
            })
            .collect::<Vec<_>>(),
        Labels::Words,
    );
    Ok(render(&TransparencyPage {
        chrome: Chrome::new(&req, &state),
        periods: published.iter().map(|r| r.period.clone()).collect(),
        filter: Filter {
            active: !q_country.is_empty() || !q.process.is_empty(),
            countries: country_choices,
            processes: process_choices,
        },
        report: shown,
        country_chart,
        countries,
        trend,
    })
    .into_response())
}

/// `/transparency/2026-H2.csv` or `.json`: the latest published version;
/// `/transparency/2026-H2-eu.csv`: its EU-order section (the JSON carries it as
/// `eu_orders`), kept apart so the main CSV keeps its columns.
pub async fn download(
    State(state): State<App>,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let (stem, format) = file.rsplit_once('.').ok_or(AppError::NotFound)?;
    let (period, eu) = match stem.strip_suffix("-eu") {
        Some(period) => (period, true),
        None => (stem, false),
    };
    let published = state.store.published_reports().await?;
    let stored = published
        .into_iter()
        .find(|r| r.period == period)
        .ok_or(AppError::NotFound)?;
    let disposition = format!(
        "attachment; filename=\"lers-transparency-{stem}-v{}.{format}\"",
        stored.version
    );
    let (content_type, body) = match (format, eu) {
        ("csv", false) => ("text/csv; charset=utf-8", to_csv(&stored.report)),
        ("csv", true) => ("text/csv; charset=utf-8", to_eu_csv(&stored.report)),
        ("json", false) => (
            "application/json",
            serde_json::to_string_pretty(&stored.report).map_err(WebError::internal)?,
        ),
        _ => return Err(AppError::NotFound.into()),
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "public, max-age=300".to_owned()),
        ],
        body,
    )
        .into_response())
}

async fn staff_page(
    state: &App,
    who: &SignedIn,
    errors: Errors,
    notice: Option<String>,
    shown: Option<StoredReport>,
) -> Result<StaffTransparencyPage, WebError> {
    let now = Period::containing(state.clock.now());
    let mut periods = Vec::new();
    let mut period = Period {
        year: now.year - 2,
        half: now.half,
    };
    while period <= now {
        periods.push(period.key());
        period = period.next();
    }
    periods.reverse();
    let reports = state.store.reports().await?;
    Ok(StaffTransparencyPage {
        chrome: Chrome::new(&who.req, state),
        shown: shown.or_else(|| reports.iter().find(|r| !r.published).cloned()),
        reports,
        periods,
        errors,
        notice,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowQuery {
    report: Option<i64>,
    notice: Option<String>,
}

pub async fn staff(
    State(state): State<App>,
    who: SignedIn,
    Query(q): Query<ShowQuery>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "transparency")
        .await?;
    let shown = match q.report {
        Some(id) => state.store.report(id).await?,
        None => None,
    };
    Ok(
        render(&staff_page(&state, &who, Errors::default(), q.notice, shown).await?)
            .into_response(),
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ComputeForm {
    period: String,
    changelog: String,
}

pub async fn compute(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<ComputeForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "transparency")
        .await?;
    let Some(period) = Period::parse(&form.period).filter(|p| p.start() < state.clock.now()) else {
        let errors = Errors::new(
            &who.req.tr,
            vec![lers_domain::account::FieldError::new(
                "period",
                Problem::new("form-period-not-begun"),
            )],
        );
        let page = staff_page(&state, &who, errors, None, None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
    };
    let tallies = state.store.tally(period).await?;
    let mut report = build(period, &tallies, state.config.report_band_width);
    report.eu_orders = build_eu(&state.store.eu_tally(period).await?);
    let id = state
        .store
        .save_report_draft(
            &report,
            form.changelog.trim(),
            &who.session.account,
            &who.ctx(&state),
        )
        .await?;
    Ok(Redirect::to(&format!("/staff/transparency?report={id}")).into_response())
}

pub async fn publish(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<crate::routes::Empty>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "transparency")
        .await?;
    let published = state
        .store
        .publish_report(id, &who.session.account, &who.ctx(&state))
        .await?;
    let notice = who.req.tr.with(
        "transparency-published-notice",
        &[
            ("period", published.period.clone()),
            ("version", published.version.to_string()),
        ],
    );
    let notice: String = form_urlencoded::byte_serialize(notice.as_bytes()).collect();
    Ok(Redirect::to(&format!("/staff/transparency?report={id}&notice={notice}")).into_response())
}
