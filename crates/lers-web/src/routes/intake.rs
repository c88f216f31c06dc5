//! Intake pages: register a request received outside the portal (the facts of its
//! arrival, then the portal's own request form, the scan, and registration), invite
//! its external requester, and record replies sent on paper. The use cases check the
//! intake role and audit refusals.

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lers_app::services::intake::{IntakeCase, PaperReply};
use lers_app::{App, FormError};
use lers_domain::problem::Problem;
use lers_domain::request::intake::{IntakeInput, RequesterDetails, INTAKE_CHANNELS};
use lers_domain::request::{RequestKind, RequestStatus};
use lers_store::intake::IntakeLine;
use serde::Deserialize;

use super::request_form::{self, FormAction};
use super::requests::{check_multipart_csrf, form_page_at};
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::*;

/// What the intake form posts, kept to show again with its errors.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct IntakeForm {
    pub kind: String,
    pub channel: String,
    pub received: String,
    pub served: String,
    pub legal_entity: String,
    pub requester_name: String,
    pub requester_agency: String,
    pub requester_email: String,
    pub requester_phone: String,
    pub requester_country: String,
}

impl IntakeForm {
    fn input(&self) -> IntakeInput {
        IntakeInput {
            kind: self.kind.clone(),
            channel: self.channel.clone(),
            received: self.received.clone(),
            served: self.served.clone(),
            legal_entity: self.legal_entity.clone(),
            requester: RequesterDetails {
                name: self.requester_name.clone(),
                agency: self.requester_agency.clone(),
                email: self.requester_email.clone(),
                phone: self.requester_phone.clone(),
                country: self.requester_country.clone(),
            },
        }
    }
}

#[derive(Template)]
#[template(path = "console_intake.html")]
pub struct IntakePage {
    pub chrome: Chrome,
    pub drafts: Vec<IntakeLine>,
    pub form: IntakeForm,
    pub errors: Errors,
    pub kinds: Vec<&'static str>,
    pub channels: Vec<&'static str>,
    pub entities: Vec<String>,
}

#[derive(Template)]
#[template(path = "console_intake_request.html")]
pub struct IntakeRequestPage {
    pub chrome: Chrome,
    pub case: IntakeCase,
    pub draft: bool,
    pub errors: Errors,
    pub notice: Option<String>,
    pub paper: PaperReply,
}

fn intake_page(
    state: &App,
    who: &SignedIn,
    drafts: Vec<IntakeLine>,
    form: IntakeForm,
    errors: Errors,
) -> IntakePage {
    IntakePage {
        chrome: Chrome::new(&who.req, state),
        drafts,
        form,
        errors,
        kinds: RequestKind::ALL.iter().map(|k| k.as_str()).collect(),
        channels: INTAKE_CHANNELS.iter().map(|c| c.as_str()).collect(),
        entities: state.legal_entities().to_vec(),
    }
}

pub async fn page(State(state): State<App>, who: SignedIn) -> Result<Response, WebError> {
    let account = &who.session.account;
    let drafts = state.intake_drafts(account, &who.ctx(&state)).await?;
    let form = IntakeForm {
        legal_entity: state.legal_entities().first().cloned().unwrap_or_default(),
        ..IntakeForm::default()
    };
    Ok(render(&intake_page(&state, &who, drafts, form, Errors::default())).into_response())
}

pub async fn open(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<IntakeForm>,
) -> Result<Response, WebError> {
    let account = &who.session.account;
    let ctx = who.ctx(&state);
    match state.open_intake(account, form.input(), &ctx).await {
        Ok(opened) => Ok(Redirect::to(&format!(
            "/staff/intake/{}/edit",
            opened.request.summary.id
        ))
        .into_response()),
        Err(FormError::Fields(errors)) => {
            let drafts = state.intake_drafts(account, &ctx).await?;
            let page = intake_page(&state, &who, drafts, form, Errors::new(&who.req.tr, errors));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

async fn case_page(
    state: &App,
    who: &SignedIn,
    id: &str,
    errors: Errors,
    notice: Option<String>,
    paper: PaperReply,
) -> Result<IntakeRequestPage, WebError> {
    let case = state
        .intake_case(&who.session.account, id, &who.ctx(state))
        .await?;
    Ok(IntakeRequestPage {
        chrome: Chrome::new(&who.req, state),
        draft: case.request.summary.status == RequestStatus::Draft,
        case,
        errors,
        notice,
        paper,
    })
}

pub async fn request(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let page = case_page(
        &state,
        &who,
        &id,
        Errors::default(),
        query.notice,
        PaperReply::default(),
    )
    .await?;
    Ok(render(&page).into_response())
}

/// A form problem shows on the request's intake page; anything else is an error page.
async fn case_failure(
    state: &App,
    who: &SignedIn,
    id: &str,
    error: FormError,
    paper: PaperReply,
) -> Result<Response, WebError> {
    match error {
        FormError::Fields(errors) => {
            let page = case_page(
                state,
                who,
                id,
                Errors::new(&who.req.tr, errors),
                None,
                paper,
            )
            .await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        FormError::App(e) => Err(e.into()),
    }
}

/// The portal's request form, posting to the intake record's edit route and
/// linking back to the record (an intake record is known by its request's id).
fn edit_form(
    state: &App,
    who: &SignedIn,
    record: &lers_store::RequestRecord,
    rows: usize,
    errors: Errors,
    notice: Option<String>,
) -> RequestFormPage {
    let id = &record.summary.id;
    let mut page = form_page_at(
        state,
        who,
        record,
        rows,
        errors,
        notice,
        format!("/staff/intake/{id}/edit"),
    );
    page.back = Some((
        format!("/staff/intake/{id}"),
        who.req.tr.get("intake-edit-back"),
    ));
    page
}

pub async fn edit_page(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let case = state
        .intake_case(&who.session.account, &id, &who.ctx(&state))
        .await?;
    if case.request.summary.status != RequestStatus::Draft {
        return Ok(Redirect::to(&format!("/staff/intake/{id}")).into_response());
    }
    let page = edit_form(&state, &who, &case.request, 0, Errors::default(), None);
    Ok(render(&page).into_response())
}

/// The portal's request form, posted by intake staff: saved for the requester, and
/// "submit" registers the request.
pub async fn edit_submit(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let account = &who.session.account;
    let posted = request_form::parse(&pairs);
    let ctx = who.ctx(&state);
    let saved = state
        .save_intake_draft(account, &id, &posted.draft, &ctx)
        .await?;
    let (rows, notice) = match posted.action {
        FormAction::Save => (posted.rows, Some(who.req.tr.get("draft-saved"))),
        FormAction::AddRows => (request_form::rows_after_adding(posted.rows), None),
        FormAction::Submit => match state.register_intake(account, &id, &ctx, &who.req.tr).await {
            Ok(registered) => {
                return Ok(registered_redirect(&who, &id, registered.summary.reference))
            }
            Err(FormError::Fields(errors)) => {
                let page = edit_form(
                    &state,
                    &who,
                    &saved,
                    posted.rows,
                    Errors::new(&who.req.tr, errors),
                    None,
                );
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
            }
            Err(FormError::App(e)) => return Err(e.into()),
        },
    };
    let page = edit_form(&state, &who, &saved, rows, Errors::default(), notice);
    Ok(render(&page).into_response())
}

fn registered_redirect(who: &SignedIn, id: &str, reference: Option<String>) -> Response {
    let notice = who.req.tr.with(
        "intake-registered",
        &[("reference", reference.unwrap_or_default())],
    );
    super::with_notice(&format!("/staff/intake/{id}"), &notice)
}

pub async fn register(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<super::Empty>,
) -> Result<Response, WebError> {
    let ctx = who.ctx(&state);
    match state
        .register_intake(&who.session.account, &id, &ctx, &who.req.tr)
        .await
    {
        Ok(registered) => Ok(registered_redirect(&who, &id, registered.summary.reference)),
        Err(error) => case_failure(&state, &who, &id, error, PaperReply::default()).await,
    }
}

/// The scanned legal process, as a multipart upload (CSRF first, checked before any
/// file byte is read; the use case checks the role before storing anything).
pub async fn scan(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    check_multipart_csrf(&who, &mut multipart).await?;
    let ctx = who.ctx(&state);
    let account = who.session.account.clone();
    // The role is checked before the file is read.
    state.intake_case(&account, &id, &ctx).await?;
    let result = async {
        let field = multipart
            .next_field()
            .await
            .map_err(|e| super::unreadable("file", "form-upload-unreadable", &e))?
            .filter(|f| f.name() == Some("file"))
            .ok_or_else(|| FormError::field("file", Problem::new("form-file-missing")))?;
        let received = super::receive_file(&state, field).await?;
        state.add_intake_scan(&account, &id, received, &ctx).await
    }
    .await;
    match result {
        Ok(document) => {
            let notice = who.req.tr.with(
                "uploaded",
                &[("name", document.file_name), ("sha256", document.sha256)],
            );
            Ok(super::with_notice(&format!("/staff/intake/{id}"), &notice))
        }
        Err(error) => case_failure(&state, &who, &id, error, PaperReply::default()).await,
    }
}

pub async fn invite(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<super::Empty>,
) -> Result<Response, WebError> {
    state
        .invite_external(&who.session.account, &id, &who.ctx(&state), &who.req.tr)
        .await?;
    let notice = who.req.tr.get("intake-invited");
    Ok(super::with_notice(&format!("/staff/intake/{id}"), &notice))
}

pub async fn paper(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(reply): CsrfForm<PaperReply>,
) -> Result<Response, WebError> {
    match state
        .record_paper_reply(&who.session.account, &id, &reply, &who.ctx(&state))
        .await
    {
        Ok(()) => {
            let notice = who.req.tr.get("intake-paper-recorded");
            Ok(super::with_notice(&format!("/staff/intake/{id}"), &notice))
        }
        Err(error) => case_failure(&state, &who, &id, error, reply).await,
    }
}
