//! The audit log for auditors: browse, filter, verify.

use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use lers_app::App;
use lers_domain::account::Role;
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_store::AuditQuery;
use serde::Deserialize;
use serde_json::json;

use crate::auth::SignedIn;
use crate::error::WebError;
use crate::pages::{render, AuditPage, Chrome, Pager};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AuditFilter {
    actor: String,
    action: String,
    outcome: String,
    subject: String,
    page: Option<i64>,
    verify: Option<String>,
}

pub async fn log(
    State(state): State<App>,
    who: SignedIn,
    Query(filter): Query<AuditFilter>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Auditor, "audit log").await?;
    // Reading the log is itself recorded: who looked, and for what.
    let viewed = AuditEvent::new(state.clock.now(), who.session.account.pseudonym.clone(), AuditAction::AuditLogViewed, Outcome::Success)
        .from_ip(who.req.ip.clone())
        .details(json!({"actor": filter.actor, "action": filter.action, "outcome": filter.outcome, "subject": filter.subject}));
    state.store.record_event(viewed).await?;
    let verified = match filter.verify {
        Some(_) => {
            let report = state
                .store
                .audit_verify(&state.store.audit_public_key())
                .await?;
            Some(match report.problem {
                None => Ok(report.root),
                Some(problem) => Err(problem.reason),
            })
        }
        None => None,
    };
    let page = filter.page.unwrap_or(1);
    let found = state
        .store
        .audit_records(&AuditQuery {
            actor: Some(filter.actor.trim().to_owned()),
            action: Some(filter.action.clone()),
            outcome: Some(filter.outcome.clone()),
            subject: Some(filter.subject.trim().to_owned()),
            limit: Pager::PAGE_SIZE,
            offset: Pager::offset(page),
            ..Default::default()
        })
        .await?;
    let entries = state
        .store
        .audit_records(&AuditQuery {
            limit: 0,
            ..Default::default()
        })
        .await?
        .total;
    let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let base = format!(
        "/staff/audit?actor={}&action={}&outcome={}&subject={}",
        enc(&filter.actor),
        enc(&filter.action),
        enc(&filter.outcome),
        enc(&filter.subject)
    );
    Ok(render(&AuditPage {
        chrome: Chrome::new(&who.req, &state),
        records: found.items,
        pager: Pager::new(page, found.total, &base),
        actor: filter.actor,
        action: filter.action,
        outcome: filter.outcome,
        subject: filter.subject,
        actions: action_choices(&who.req.tr),
        entries: u64::try_from(entries).unwrap_or(0),
        verified,
    })
    .into_response())
}

/// Every audit action for the filter, `(code, words)`, in the reader's alphabetical
/// order of the words.
fn action_choices(tr: &lers_app::i18n::Tr) -> Vec<(&'static str, String)> {
    let mut choices: Vec<(&'static str, String)> = AuditAction::ALL
        .iter()
        .map(|a| (a.as_str(), tr.audit_action(a.as_str())))
        .collect();
    tr.in_alphabetical_order(&mut choices);
    choices
}
