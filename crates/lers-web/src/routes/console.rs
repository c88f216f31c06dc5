//! The response console: the queue and the staff view of a request, with assignment,
//! review, call-back, decisions, replies and internal notes. Every action checks its
//! role; the store enforces the rules that must hold whoever acts.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lers_app::App;
use lers_app::AppError;
use lers_app::FormError;
use lers_domain::account::{AccountKind, Role};
use lers_domain::field_access::{FieldAccess, FieldGroup, CASE_VIEWER_ROLES};
use lers_domain::notice::Exemption;
use lers_domain::problem::Problem;
use lers_domain::request::review::{Criterion, DecisionReason};
use lers_domain::request::staff_work::CASE_ROLES;
use lers_domain::request::{RequestKind, RequestStatus};
use lers_store::console::QUEUE_COUNT_CAP;
use lers_store::{DecisionKind, QueueQuery, RequestRecord};
use serde::Deserialize;

use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::*;

pub(super) async fn require_any(
    state: &App,
    who: &SignedIn,
    roles: &[Role],
    what: &str,
) -> Result<(), WebError> {
    let account = &who.session.account;
    if account.kind == AccountKind::Staff && roles.iter().any(|r| account.roles.contains(*r)) {
        return Ok(());
    }
    // Record the refusal under the first role that would have been enough.
    who.require_role(state, roles.first().copied().unwrap_or(Role::Intake), what)
        .await
}

/// User notices are decided per target: deciding or listing them needs the targets
/// (refusal audited against `subject`, a request id or the notices page).
pub(super) async fn sees_targets(
    state: &App,
    who: &SignedIn,
    subject: &str,
) -> Result<(), WebError> {
    let ctx = who.ctx(state);
    state
        .require_field(
            &who.session.account,
            FieldGroup::Targets,
            FieldAccess::View,
            subject,
            &ctx,
        )
        .await?;
    Ok(())
}

fn has(who: &SignedIn, roles: &[Role]) -> bool {
    roles.iter().any(|r| who.session.account.roles.contains(*r))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct QueueParams {
    kind: String,
    status: String,
    country: String,
    mine: Option<String>,
    overdue: Option<String>,
    page: Option<i64>,
}

pub async fn queue(
    State(state): State<App>,
    who: SignedIn,
    Query(params): Query<QueueParams>,
) -> Result<Response, WebError> {
    require_any(&state, &who, &CASE_VIEWER_ROLES, "queue").await?;
    let kind = RequestKind::parse(&params.kind);
    let status = RequestStatus::parse(&params.status);
    let page = params.page.unwrap_or(1);
    let mut query = QueueQuery {
        kind,
        status,
        country: Some(params.country.trim().to_ascii_uppercase()),
        assignee: params.mine.is_some().then_some(who.session.account.id),
        overdue_only: params.overdue.is_some(),
        limit: Pager::PAGE_SIZE,
        offset: Pager::offset(page),
        regions: String::new(),
        default_region: String::new(),
    };
    state.limit_queue(&who.session.account, &mut query).await?;
    let found = state.store.queue(&query, state.clock.now()).await?;
    let full_page = found.items.len() as i64 == Pager::PAGE_SIZE;
    let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let base = format!(
        "/staff/queue?kind={}&status={}&country={}{}{}",
        enc(&params.kind),
        enc(&params.status),
        enc(&params.country),
        if params.mine.is_some() { "&mine=1" } else { "" },
        if params.overdue.is_some() {
            "&overdue=1"
        } else {
            ""
        }
    );
    let pager = Pager::capped(page, found.total, QUEUE_COUNT_CAP, full_page, &base);
    if let Some(last) = pager.beyond_end(page) {
        // A page past the end (the queue shrank, or a hand-typed number): its last page.
        return Ok(Redirect::to(&format!("{base}&page={last}")).into_response());
    }
    Ok(render(&QueuePage {
        chrome: Chrome::new(&who.req, &state),
        counts: state.queue_counts(&query, found.total).await?,
        eu_clocks: state.eu_queue_clocks(&found.items).await?,
        items: found.items,
        kinds: RequestKind::ALL
            .iter()
            .map(|k| Choice {
                value: k.as_str(),
                selected: kind == Some(*k),
            })
            .collect(),
        statuses: RequestStatus::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| Choice {
                value: s.as_str(),
                selected: status == Some(*s),
            })
            .collect(),
        country: params.country,
        mine: params.mine.is_some(),
        overdue: params.overdue.is_some(),
        pager,
    })
    .into_response())
}

pub(super) async fn load(state: &App, who: &SignedIn, id: &str) -> Result<RequestRecord, WebError> {
    require_any(state, who, &CASE_ROLES, "request").await?;
    Ok(state
        .staff_case(&who.session.account, id, &who.ctx(state))
        .await?)
}

/// The console page of request `id`: the case file laid out, with what the viewer may do.
async fn page(
    state: &App,
    who: &SignedIn,
    id: &str,
    errors: Errors,
    notice: Option<String>,
) -> Result<ConsoleRequestPage, WebError> {
    require_any(state, who, &CASE_VIEWER_ROLES, "request").await?;
    let file = state
        .case_file(&who.session.account, id, &who.ctx(state))
        .await?
        .ok_or(WebError::from(AppError::NotFound))?;
    let summary = &file.record.summary;
    let status = summary.status;
    let checklist = Criterion::ALL
        .iter()
        .map(|criterion| {
            let answer = file.review.as_ref().and_then(|v| {
                v.checklist
                    .answers
                    .iter()
                    .find(|a| a.criterion == *criterion)
            });
            ChecklistRow {
                criterion: criterion.as_str(),
                answer: match answer {
                    Some(a) if a.problem => "problem",
                    Some(_) => "fine",
                    None => "",
                },
                note: answer.map(|a| a.note.clone()).unwrap_or_default(),
            }
        })
        .collect();
    let notice_rows = file
        .targets
        .iter()
        .map(|t| NoticeRow {
            target_type: t.target.kind.as_str(),
            target: t.target.normalized.clone(),
            notice: file
                .notices
                .iter()
                .find(|n| {
                    n.target_type == t.target.kind.as_str() && n.target == t.target.normalized
                })
                .cloned(),
        })
        .collect();
    let reviewable = matches!(status, RequestStatus::Submitted | RequestStatus::InReview);
    let rights = &file.rights;
    let can_produce = has(who, &[Role::Producer]) && rights.edits(FieldGroup::Productions);
    let producible = matches!(status, RequestStatus::Approved | RequestStatus::Produced);
    let mut em = EmergencyPanel {
        suspension: file.emergency.suspension,
        can_reply: status.accepts_messages() && rights.edits(FieldGroup::Messages),
        me_id: who.session.account.id,
        assessment: file.emergency.assessment,
        confirmations: file.emergency.confirmations,
        ..Default::default()
    };
    let eu_execution = super::eu_execution::console_panel(state, who, &file.record).await?;
    let hi1_outbound = state
        .hi1_outbound_of(&who.session.account, &file.record.summary)
        .await?;
    let oncall = crate::alert_panel::AlertPanel::of_case(
        state,
        &who.session.account,
        file.record.summary.row_id,
    )
    .await?;
    if let Some(agency) = file.emergency.agency {
        em.prefill_phone = agency.switchboard.clone();
        em.prefill_source = who.req.tr.get("callback-source-directory");
        em.agency = Some(agency);
    }
    Ok(ConsoleRequestPage {
        chrome: Chrome::new(&who.req, state),
        owner: file.owner,
        overdue: file.due_at.is_some_and(|d| d < state.clock.now()) && status.is_open(),
        due_at: file.due_at,
        hold: file.hold,
        eu: super::eu_orders::staff_panel(state, who, &file.record).await?,
        staff: file.assignable,
        targets: file
            .targets
            .into_iter()
            .enumerate()
            .map(|(n, t)| TargetPanel {
                target: t.target,
                others: t.others,
                others_total: t.others_total,
                all: format!("/staff/requests/{}/targets/{n}", file.record.summary.id),
                account: t.account,
            })
            .collect(),
        documents: file.documents,
        callbacks: file.callbacks,
        checklist,
        review: file.review,
        decision_kinds: DecisionKind::ALL.iter().map(|k| k.as_str()).collect(),
        reasons: DecisionReason::ALL.iter().map(|r| r.as_str()).collect(),
        messages: file.messages,
        notes: file.notes,
        timeline: file.timeline,
        errors,
        notice,
        can_assign: has(who, &[Role::Intake]) && status.is_open(),
        can_review: has(who, &[Role::Reviewer]) && reviewable,
        can_decide: has(who, &[Role::Reviewer, Role::Approver])
            && status == RequestStatus::InReview,
        can_callback: has(who, &[Role::Intake, Role::Reviewer, Role::Approver]) && status.is_open(),
        can_message: has(who, &[Role::Intake, Role::Reviewer, Role::Approver])
            && (rights.edits(FieldGroup::Notes) || rights.edits(FieldGroup::Messages)),
        sees_contact: rights.sees(FieldGroup::RequesterContact),
        withheld: file.withheld.iter().map(|g| g.as_str()).collect(),
        any_notice: !file.notices.is_empty(),
        notice_rows,
        can_notice: has(who, &[Role::Reviewer])
            && !matches!(
                status,
                RequestStatus::Submitted | RequestStatus::InReview | RequestStatus::NeedsInfo
            ),
        exemptions: Exemption::ALL.iter().map(|e| e.as_str()).collect(),
        producible,
        can_open_production: can_produce
            && producible
            && !file.productions.iter().any(|p| p.is_open()),
        can_produce,
        productions: file.productions,
        me: who.session.account.pseudonym.clone(),
        em,
        eu_execution,
        hi1_outbound,
        oncall,
        r: file.record,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

pub async fn request(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    Ok(render(&page(&state, &who, &id, Errors::default(), q.notice).await?).into_response())
}

fn back(id: &str, notice: &str) -> Response {
    super::with_notice(&format!("/staff/requests/{id}"), notice)
}

/// Field problems re-render the page (422); other errors pass on.
pub(super) async fn failed(
    state: &App,
    who: &SignedIn,
    id: &str,
    error: FormError,
) -> Result<Response, WebError> {
    match error {
        FormError::Fields(fields) => {
            let page = page(state, who, id, Errors::new(&who.req.tr, fields), None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        FormError::App(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AssignForm {
    assignee: String,
}

pub async fn assign(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<AssignForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Intake, "assign").await?;
    let record = load(&state, &who, &id).await?;
    let assignee = match form.assignee.parse::<i64>() {
        Ok(account) => Some(
            state
                .store
                .account(account)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        Err(_) => None,
    };
    state
        .assign_case(&record.summary, assignee.as_ref(), &who.ctx(&state))
        .await?;
    Ok(back(&id, &who.req.tr.get("assigned")))
}

pub async fn review(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Reviewer, "review").await?;
    let record = load(&state, &who, &id).await?;
    match state
        .save_review(&who.session, &record, &pairs, &who.ctx(&state))
        .await
    {
        Ok(()) => Ok(back(&id, &who.req.tr.get("review-saved"))),
        Err(e) => failed(&state, &who, &id, e).await,
    }
}

pub async fn decide(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    require_any(&state, &who, &[Role::Reviewer, Role::Approver], "decide").await?;
    let record = load(&state, &who, &id).await?;
    // A decision's scope names targets, and its note goes to the requester.
    sees_targets(&state, &who, &id).await?;
    let writes_to_requester = pairs
        .iter()
        .any(|(name, value)| name == "note_to_requester" && !value.trim().is_empty());
    if writes_to_requester {
        let ctx = who.ctx(&state);
        state
            .require_field(
                &who.session.account,
                FieldGroup::Messages,
                FieldAccess::Edit,
                &id,
                &ctx,
            )
            .await?;
    }
    match state
        .decide_request(&who.session, &record, &pairs, &who.ctx(&state))
        .await
    {
        Ok(_) => Ok(back(&id, &who.req.tr.get("decision-recorded"))),
        Err(e) => failed(&state, &who, &id, e).await,
    }
}

pub async fn callback(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    require_any(
        &state,
        &who,
        &[Role::Intake, Role::Reviewer, Role::Approver],
        "callback",
    )
    .await?;
    let record = load(&state, &who, &id).await?;
    match state
        .record_callback(&who.session, &record, &pairs, &who.ctx(&state))
        .await
    {
        Ok(()) => Ok(back(&id, &who.req.tr.get("callback-recorded"))),
        Err(e) => failed(&state, &who, &id, e).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StaffMessageForm {
    body: String,
    internal: Option<String>,
}

pub async fn message(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<StaffMessageForm>,
) -> Result<Response, WebError> {
    require_any(
        &state,
        &who,
        &[Role::Intake, Role::Reviewer, Role::Approver],
        "message",
    )
    .await?;
    let record = load(&state, &who, &id).await?;
    let ctx = who.ctx(&state);
    let group = match form.internal {
        Some(_) => FieldGroup::Notes,
        None => FieldGroup::Messages,
    };
    state
        .require_field(
            &who.session.account,
            group,
            FieldAccess::Edit,
            &record.summary.id,
            &ctx,
        )
        .await?;
    let body = form.body.trim();
    if body.is_empty() || body.chars().count() > 10_000 {
        return failed(
            &state,
            &who,
            &id,
            FormError::field(
                "body",
                Problem::new("form-message-length").number("max", 10_000),
            ),
        )
        .await;
    }
    if let Err(refusal) = lers_domain::text::check_multi_line(body) {
        return failed(
            &state,
            &who,
            &id,
            FormError::field("body", refusal.problem("form-the-message")),
        )
        .await;
    }
    if form.internal.is_none() && !record.summary.status.accepts_messages() {
        let closed = Problem::new("reply-refused-closed").vocabulary(
            "status",
            "status",
            record.summary.status.as_str(),
        );
        return failed(&state, &who, &id, FormError::field("body", closed)).await;
    }
    if form.internal.is_some() {
        state
            .store
            .post_internal_note(&who.session.account, &record.summary, body, &ctx)
            .await?;
    } else {
        state
            .post_staff_reply(&who.session.account, &record, body, &ctx, &who.req.tr)
            .await?;
    }
    Ok(back(&id, &who.req.tr.get("note-saved")))
}

pub async fn document(
    State(state): State<App>,
    who: SignedIn,
    Path((id, document_id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let record = load(&state, &who, &id).await?;
    let ctx = who.ctx(&state);
    state
        .require_field(
            &who.session.account,
            FieldGroup::LegalDocuments,
            FieldAccess::View,
            &record.summary.id,
            &ctx,
        )
        .await?;
    let (document, bytes) = state.open_document(&record, &document_id, &ctx).await?;
    state.note_staff_access(&who.session.account, &ctx).await?;
    Ok(super::requests::pdf_response(&document, bytes))
}

pub async fn decide_notice(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Reviewer, "notice").await?;
    let record = load(&state, &who, &id).await?;
    sees_targets(&state, &who, &record.summary.id).await?;
    match state
        .decide_notice(&who.session, &record, &pairs, &who.ctx(&state))
        .await
    {
        Ok(_) => Ok(back(&id, &who.req.tr.get("notice-recorded"))),
        Err(e) => failed(&state, &who, &id, e).await,
    }
}

async fn notices_page(
    state: &App,
    who: &SignedIn,
    errors: Errors,
    notice: Option<String>,
) -> Result<NoticesPage, WebError> {
    Ok(NoticesPage {
        chrome: Chrome::new(&who.req, state),
        notices: state.store.upcoming_notices(500).await?,
        exemptions: Exemption::ALL.iter().map(|e| e.as_str()).collect(),
        can_hold: has(who, &[Role::Reviewer]),
        errors,
        notice,
    })
}

pub async fn notices(
    State(state): State<App>,
    who: SignedIn,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    require_any(
        &state,
        &who,
        &[Role::Intake, Role::Reviewer, Role::Approver],
        "notices",
    )
    .await?;
    sees_targets(&state, &who, "notices").await?;
    Ok(render(&notices_page(&state, &who, Errors::default(), q.notice).await?).into_response())
}

pub async fn hold_notice(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Reviewer, "hold notice")
        .await?;
    sees_targets(&state, &who, "notices").await?;
    match state.hold_notice(id, &pairs, &who.ctx(&state)).await {
        Ok(()) => {
            let notice: String =
                form_urlencoded::byte_serialize(who.req.tr.get("notice-held").as_bytes()).collect();
            Ok(Redirect::to(&format!("/staff/notices?notice={notice}")).into_response())
        }
        Err(FormError::Fields(fields)) => {
            let page = notices_page(&state, &who, Errors::new(&who.req.tr, fields), None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}
