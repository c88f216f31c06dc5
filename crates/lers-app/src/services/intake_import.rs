//! Legacy intake: requests still queued in a provider's previous intake, loaded all
//! at once. Every row is checked before anything is stored; one bad row refuses the
//! whole file, naming its line, its column and what to do. Imported requests keep
//! their time of receipt and channel, get references and enter the queue with their
//! clocks running from receipt; all rows are stored in one transaction.

use std::collections::HashSet;

use lers_domain::clock::Timestamp;
use lers_domain::request::intake::{Intake, IntakeInput, RequesterDetails};
use lers_domain::request::{
    DataCategory, LegalInstrument, RequestChannel, RequestDraft, RequestKind, SubmittedRequest,
    TargetInput,
};
use lers_store::intake::ImportItem;
use lers_store::{Ctx, Submission};
use serde::Deserialize;

use crate::app::App;
use crate::error::AppError;
use crate::i18n::Tr;

/// One row of a legacy queue export (a CSV line or a JSON object; same names).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LegacyRequest {
    /// The row's id in the old queue: importing it twice is refused.
    pub source_id: String,
    pub received_at: String,
    pub channel: String,
    pub kind: String,
    pub requester_name: String,
    pub requester_email: String,
    pub requester_agency: String,
    pub requester_phone: String,
    pub requester_country: String,
    pub legal_entity: String,
    pub served_at: String,
    pub title: String,
    pub description: String,
    pub country: String,
    pub subdivision: String,
    pub issuing_authority: String,
    pub legal_process: String,
    pub citation: String,
    /// `type:value` pairs separated by `;` (`email:a@example.com; phone:+1 555 0100`).
    pub targets: String,
    /// Categories separated by `;` (`subscriber_info; connection_logs`).
    pub data_categories: String,
    pub date_from: String,
    pub date_to: String,
    pub deadline: String,
}

/// Why a file was refused. Nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file has no requests")]
    Empty,
    #[error("line {line}, column {column}: {message} Fix this line and import the file again; nothing was imported.")]
    Line {
        line: u64,
        column: &'static str,
        message: String,
    },
    #[error("line {line}: source_id {source_id} was already imported. Remove the rows imported before (or the whole file, if it was imported) and try again; nothing was imported.")]
    AlreadyImported { line: u64, source_id: String },
    #[error("line {line}: source_id {source_id} appears twice in the file. Give each row its own source_id; nothing was imported.")]
    Repeated { line: u64, source_id: String },
    #[error(transparent)]
    App(#[from] AppError),
}

/// What an import did, or (dry run) would do.
#[derive(Debug)]
pub struct ImportReport {
    pub rows: Vec<ImportedRow>,
    /// The references given (empty for a dry run).
    pub references: Vec<String>,
}

#[derive(Debug)]
pub struct ImportedRow {
    pub line: u64,
    pub source_id: String,
    pub kind: RequestKind,
    pub channel: RequestChannel,
    pub received_at: Timestamp,
}

/// A row that passed every check.
struct Checked {
    line: u64,
    source_id: String,
    intake: Intake,
    draft: RequestDraft,
    request: SubmittedRequest,
    due_at: Timestamp,
}

/// The column a field problem belongs to (field names are the intake form's).
fn column(field: &'static str) -> &'static str {
    match field {
        "received" => "received_at",
        "served" => "served_at",
        "instrument" => "legal_process",
        other => other,
    }
}

fn line_error(line: u64, field: &'static str, message: impl Into<String>) -> ImportError {
    ImportError::Line {
        line,
        column: column(field),
        message: message.into(),
    }
}

fn draft_of(line: u64, row: &LegacyRequest) -> Result<RequestDraft, ImportError> {
    let mut targets = Vec::new();
    for pair in row
        .targets
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let (kind, value) = pair.split_once(':').ok_or_else(|| {
            line_error(
                line,
                "targets",
                format!("\"{pair}\" is not type:value (such as email:someone@example.com)."),
            )
        })?;
        targets.push(TargetInput {
            kind: kind.trim().to_ascii_lowercase(),
            value: value.trim().to_owned(),
        });
    }
    let mut data_categories = Vec::new();
    for name in row
        .data_categories
        .split(';')
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let category = DataCategory::parse(name).ok_or_else(|| {
            let known: Vec<&str> = DataCategory::ALL.iter().map(|c| c.as_str()).collect();
            line_error(
                line,
                "data_categories",
                format!(
                    "\"{name}\" is not a data category; use {}.",
                    known.join(", ")
                ),
            )
        })?;
        data_categories.push(category);
    }
    let instrument = match row.legal_process.trim() {
        "" => None,
        name => Some(LegalInstrument::parse(name).ok_or_else(|| {
            line_error(
                line,
                "instrument",
                format!("\"{name}\" is not a legal process type (such as search_warrant, court_order, subpoena)."),
            )
        })?),
    };
    Ok(RequestDraft {
        title: row.title.clone(),
        country: row.country.clone(),
        subdivision: row.subdivision.clone(),
        issuing_authority: row.issuing_authority.clone(),
        instrument,
        citation: row.citation.clone(),
        description: row.description.clone(),
        targets,
        data_categories,
        date_from: row.date_from.clone(),
        date_to: row.date_to.clone(),
        deadline: row.deadline.clone(),
        ..RequestDraft::default()
    })
}

impl App {
    fn check_legacy_row(
        &self,
        line: u64,
        row: &LegacyRequest,
        now: Timestamp,
    ) -> Result<Checked, ImportError> {
        let source_id = row.source_id.trim().to_owned();
        if source_id.is_empty() || source_id.chars().count() > 200 {
            return Err(ImportError::Line {
                line,
                column: "source_id",
                message: "Give the row's id in the previous queue (at most 200 characters).".into(),
            });
        }
        let entities = self.legal_entities();
        let legal_entity = match row.legal_entity.trim() {
            // One configured entity: rows may leave it out.
            "" if entities.len() == 1 => entities[0].clone(),
            given => given.to_owned(),
        };
        let intake = IntakeInput {
            kind: row.kind.clone(),
            channel: row.channel.clone(),
            received: row.received_at.clone(),
            served: row.served_at.clone(),
            legal_entity,
            requester: RequesterDetails {
                name: row.requester_name.clone(),
                agency: row.requester_agency.clone(),
                email: row.requester_email.clone(),
                phone: row.requester_phone.clone(),
                country: row.requester_country.clone(),
            },
        }
        .validated(entities, now)
        .map_err(|errors| first_problem(line, errors))?;
        let draft = draft_of(line, row)?;
        let request = draft
            .validate(intake.kind, now.date())
            .map_err(|errors| first_problem(line, errors))?;
        let due_at = self.sla.due(&request, intake.arrival.received_at);
        Ok(Checked {
            line,
            source_id,
            intake,
            draft,
            request,
            due_at,
        })
    }

    /// Checks every row of a legacy queue (`(line, row)` pairs) and, unless
    /// `dry_run`, stores them all in one transaction. Any problem refuses the file.
    pub async fn import_legacy(
        &self,
        rows: &[(u64, LegacyRequest)],
        dry_run: bool,
        ctx: &Ctx,
    ) -> Result<ImportReport, ImportError> {
        if rows.is_empty() {
            return Err(ImportError::Empty);
        }
        let mut checked = Vec::with_capacity(rows.len());
        let mut seen = HashSet::new();
        for (line, row) in rows {
            let row = self.check_legacy_row(*line, row, ctx.at)?;
            if !seen.insert(row.source_id.clone()) {
                return Err(ImportError::Repeated {
                    line: row.line,
                    source_id: row.source_id,
                });
            }
            checked.push(row);
        }
        let ids: Vec<String> = checked.iter().map(|c| c.source_id.clone()).collect();
        let imported = self
            .store
            .imported_sources(&ids)
            .await
            .map_err(AppError::from)?;
        if let Some(row) = checked.iter().find(|c| imported.contains(&c.source_id)) {
            return Err(ImportError::AlreadyImported {
                line: row.line,
                source_id: row.source_id.clone(),
            });
        }
        for row in &checked {
            if let Some(account) = self
                .store
                .account_by_email(&row.intake.requester.email)
                .await
                .map_err(AppError::from)?
            {
                if account.kind != lers_domain::account::AccountKind::Requester {
                    return Err(line_error(
                        row.line,
                        "requester_email",
                        "This address belongs to a staff account; give the requester's own address.",
                    ));
                }
            }
        }
        let report_rows = checked
            .iter()
            .map(|c| ImportedRow {
                line: c.line,
                source_id: c.source_id.clone(),
                kind: c.intake.kind,
                channel: c.intake.arrival.channel,
                received_at: c.intake.arrival.received_at,
            })
            .collect();
        if dry_run {
            return Ok(ImportReport {
                rows: report_rows,
                references: Vec::new(),
            });
        }
        let year = ctx.at.date().year();
        let items: Vec<ImportItem<'_>> = checked
            .iter()
            .map(|c| ImportItem {
                source_id: &c.source_id,
                kind: c.intake.kind,
                arrival: &c.intake.arrival,
                requester: &c.intake.requester,
                draft: &c.draft,
                submission: Submission {
                    request: &c.request,
                    colleague_ids: &[],
                    year,
                    due_at: c.due_at,
                    received_at: c.intake.arrival.received_at,
                    channel: c.intake.arrival.channel,
                },
            })
            .collect();
        let references = self
            .store
            .import_requests(&items, ctx)
            .await
            .map_err(AppError::from)?;
        Ok(ImportReport {
            rows: report_rows,
            references,
        })
    }
}

fn first_problem(line: u64, errors: Vec<lers_domain::account::FieldError>) -> ImportError {
    match errors.into_iter().next() {
        // The import report is English, as the rest of its lines are.
        Some(error) => line_error(line, error.field, Tr::default().problem(&error.problem)),
        None => line_error(line, "kind", "The row was refused."),
    }
}
