//! The requester portal's request pages: list, start, edit, submit, follow, message,
//! upload, download, withdraw.

use axum::extract::{Multipart, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use lers_app::services::emergencies::Channel;
use lers_app::services::requests::DocumentRole;
use lers_app::App;
use lers_app::AppError;
use lers_app::FormError;
use lers_domain::problem::Problem;
use lers_domain::request::{RequestKind, RequestStatus};
use lers_store::{Account, RequestQuery};
use serde::Deserialize;

use super::request_form::{self, FormAction};
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::*;

/// Requests are a requester's business; staff work on them from the console.
fn requester(who: &SignedIn) -> Result<&Account, WebError> {
    if who.is_staff() {
        return Err(AppError::NotFound.into());
    }
    Ok(&who.session.account)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    status: String,
    kind: String,
    page: Option<i64>,
}

pub async fn list(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let account = requester(&who)?;
    let status = RequestStatus::parse(&query.status);
    let kind = RequestKind::parse(&query.kind);
    let page = query.page.unwrap_or(1);
    let found = state
        .store
        .list_requests(
            account,
            &RequestQuery {
                status,
                kind,
                search: Some(query.q.clone()),
                limit: Pager::PAGE_SIZE,
                offset: Pager::offset(page),
            },
        )
        .await?;
    let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let base = format!(
        "/requests?q={}&status={}&kind={}",
        enc(&query.q),
        enc(&query.status),
        enc(&query.kind)
    );
    Ok(render(&RequestsPage {
        chrome: Chrome::new(&who.req, &state),
        clocks: state.request_clocks(&found.items).await?,
        requests: found.items,
        search: query.q,
        statuses: RequestStatus::ALL
            .iter()
            .map(|s| Choice {
                value: s.as_str(),
                selected: status == Some(*s),
            })
            .collect(),
        kinds: RequestKind::ALL
            .iter()
            .map(|k| Choice {
                value: k.as_str(),
                selected: kind == Some(*k),
            })
            .collect(),
        pager: Pager::new(page, found.total, &base),
    })
    .into_response())
}

pub async fn new_page(State(state): State<App>, who: SignedIn) -> Result<Response, WebError> {
    requester(&who)?;
    Ok(render(&NewRequestPage {
        chrome: Chrome::new(&who.req, &state),
        kinds: RequestKind::ALL.iter().map(|k| k.as_str()).collect(),
    })
    .into_response())
}

#[derive(Deserialize)]
pub struct KindForm {
    kind: String,
}

pub async fn create(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<KindForm>,
) -> Result<Response, WebError> {
    let account = requester(&who)?;
    let kind = RequestKind::parse(&form.kind)
        .ok_or_else(|| AppError::invalid(Problem::new("form-choose-request-kind")))?;
    let draft = lers_domain::request::RequestDraft {
        country: account.profile.country.clone(),
        subdivision: account.profile.subdivision.clone(),
        ..Default::default()
    };
    let record = state
        .create_request(account, kind, &draft, &who.ctx(&state))
        .await?;
    Ok(Redirect::to(&format!("/requests/{}/edit", record.summary.id)).into_response())
}

fn form_page(
    state: &App,
    who: &SignedIn,
    record: &lers_store::RequestRecord,
    rows: usize,
    errors: Errors,
    notice: Option<String>,
) -> RequestFormPage {
    let action = format!("/requests/{}/edit", record.summary.id);
    form_page_at(state, who, record, rows, errors, notice, action)
}

/// The request form posting to `action` (the portal's, or intake staff's for a
/// request they take in).
pub(super) fn form_page_at(
    state: &App,
    who: &SignedIn,
    record: &lers_store::RequestRecord,
    rows: usize,
    errors: Errors,
    notice: Option<String>,
    action: String,
) -> RequestFormPage {
    let kind = record.summary.kind;
    RequestFormPage {
        chrome: Chrome::new(&who.req, state),
        action,
        kind: kind.as_str(),
        view: request_form::view(kind, &record.draft, rows),
        draft: record.draft.clone(),
        errors,
        notice,
        back: None,
    }
}

/// The owner's draft, or not found (also for colleagues and for submitted requests,
/// which are no longer editable).
async fn own_draft(
    state: &App,
    account: &Account,
    id: &str,
) -> Result<lers_store::RequestRecord, WebError> {
    let record = state.visible_request(account, id).await?;
    if !record.is_owner(account.id) {
        return Err(AppError::NotFound.into());
    }
    if record.summary.status != RequestStatus::Draft {
        return Err(AppError::refusal(Problem::new("form-conflict-submitted-no-edit")).into());
    }
    Ok(record)
}

pub async fn edit_page(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let account = requester(&who)?;
    let record = own_draft(&state, account, &id).await?;
    Ok(render(&form_page(
        &state,
        &who,
        &record,
        0,
        Errors::default(),
        None,
    ))
    .into_response())
}

pub async fn edit_submit(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let account = requester(&who)?;
    own_draft(&state, account, &id).await?;
    let posted = request_form::parse(&pairs);
    let ctx = who.ctx(&state);
    // Whatever was pressed, what was typed is kept first.
    let saved = state.save_draft(account, &id, &posted.draft, &ctx).await?;
    match posted.action {
        FormAction::Save => {
            let notice = Some(who.req.tr.get("draft-saved"));
            Ok(render(&form_page(
                &state,
                &who,
                &saved,
                posted.rows,
                Errors::default(),
                notice,
            ))
            .into_response())
        }
        FormAction::AddRows => {
            let rows = request_form::rows_after_adding(posted.rows);
            Ok(render(&form_page(
                &state,
                &who,
                &saved,
                rows,
                Errors::default(),
                None,
            ))
            .into_response())
        }
        FormAction::Submit => {
            let submitted = state
                .submit_loaded_request(account, saved.clone(), Channel::Portal, &ctx, &who.req.tr)
                .await;
            match submitted {
                Ok(submitted) => {
                    let notice = who.req.tr.with(
                        "submitted-notice",
                        &[("reference", submitted.summary.reference.unwrap_or_default())],
                    );
                    Ok(redirect_with_notice(&id, &notice))
                }
                Err(FormError::Fields(errors)) => {
                    let page = form_page(
                        &state,
                        &who,
                        &saved,
                        posted.rows,
                        Errors::new(&who.req.tr, errors),
                        None,
                    );
                    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
                }
                Err(FormError::App(e)) => Err(e.into()),
            }
        }
    }
}

fn redirect_with_notice(id: &str, notice: &str) -> Response {
    super::with_notice(&format!("/requests/{id}"), notice)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

async fn detail_page(
    state: &App,
    who: &SignedIn,
    id: &str,
    errors: Errors,
    notice: Option<String>,
) -> Result<RequestDetailPage, WebError> {
    let account = requester(who)?;
    let record = state.visible_request(account, id).await?;
    let status = record.summary.status;
    let owner = record.is_owner(account.id);
    Ok(RequestDetailPage {
        chrome: Chrome::new(&who.req, state),
        documents: state
            .store
            .documents(&record.summary)
            .await?
            .into_iter()
            .filter(|d| d.message_id.is_none())
            .collect(),
        messages: state.store.messages(&record.summary).await?,
        timeline: state.store.timeline(&record.summary).await?,
        decisions: state.store.decisions(&record.summary).await?,
        errors,
        notice,
        can_edit: owner && status == RequestStatus::Draft,
        can_upload: (owner && status == RequestStatus::Draft) || status.is_open(),
        can_message: status.accepts_messages(),
        can_withdraw: owner && status.is_open(),
        max_upload_mib: state.config.max_upload_bytes / (1024 * 1024),
        productions: state.delivered_productions(&record.summary).await?,
        downloads_unlocked: state
            .sessions
            .step_up_fresh(who.session.mfa_at, state.clock.now()),
        now: state.clock.now(),
        eu: super::eu_orders::requester_panel(state, &record, owner).await?,
        eu_execution: super::eu_execution::requester_panel(state, &record).await?,
        r: record,
    })
}

pub async fn detail(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    Ok(
        render(&detail_page(&state, &who, &id, Errors::default(), query.notice).await?)
            .into_response(),
    )
}

/// Re-renders the detail page with field errors (422), or passes a whole-page error on.
async fn detail_failure(
    state: &App,
    who: &SignedIn,
    id: &str,
    error: FormError,
) -> Result<Response, WebError> {
    match error {
        FormError::Fields(fields) => {
            let page = detail_page(state, who, id, Errors::new(&who.req.tr, fields), None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        FormError::App(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReasonForm {
    reason: String,
}

pub async fn withdraw(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReasonForm>,
) -> Result<Response, WebError> {
    let account = requester(&who)?;
    match state
        .withdraw_request(account, &id, &form.reason, &who.ctx(&state))
        .await
    {
        Ok(_) => Ok(redirect_with_notice(
            &id,
            &who.req.tr.get("withdrawn-notice"),
        )),
        Err(error) => detail_failure(&state, &who, &id, error).await,
    }
}

/// A CSRF token is 43 characters; anything much longer is not one.
const CSRF_FIELD_BYTES: usize = 256;
/// A message is at most 10,000 characters of up to 4 bytes each.
const MESSAGE_FIELD_BYTES: usize = 40_000;

/// A text field of a multipart form, read only up to `limit` bytes: the upload
/// routes accept large bodies, and a text field must not make the server hold one.
async fn bounded_text(
    mut field: axum::extract::multipart::Field<'_>,
    limit: usize,
) -> Option<String> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.ok()? {
        if bytes.len() + chunk.len() > limit {
            return None;
        }
        bytes.extend_from_slice(&chunk);
    }
    String::from_utf8(bytes).ok()
}

/// Multipart forms carry their CSRF token as the first field, checked before any
/// file byte is read.
pub(super) async fn check_multipart_csrf(
    who: &SignedIn,
    multipart: &mut Multipart,
) -> Result<(), WebError> {
    let field = multipart
        .next_field()
        .await
        .map_err(|_| WebError::Csrf)?
        .ok_or(WebError::Csrf)?;
    if field.name() != Some("csrf") {
        return Err(WebError::Csrf);
    }
    let sent = bounded_text(field, CSRF_FIELD_BYTES)
        .await
        .ok_or(WebError::Csrf)?;
    if who.req.cross_site || sent.is_empty() || !crate::auth::same_token(&sent, &who.req.form_token)
    {
        return Err(WebError::Csrf);
    }
    Ok(())
}

pub async fn upload(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let account = requester(&who)?.clone();
    check_multipart_csrf(&who, &mut multipart).await?;
    let ctx = who.ctx(&state);
    let result = async {
        let record = state
            .may_add_document(&account, &id, DocumentRole::LegalProcess)
            .await?;
        let field = multipart
            .next_field()
            .await
            .map_err(|e| super::unreadable("file", "form-upload-unreadable", &e))?
            .filter(|f| f.name() == Some("file"))
            .ok_or_else(|| FormError::field("file", Problem::new("form-file-missing")))?;
        let received = super::receive_file(&state, field).await?;
        let checked = state.check_pdf(received, &id, &ctx).await?;
        state
            .store_document(&account, &record, None, checked, &ctx)
            .await
    }
    .await;
    match result {
        Ok(document) => {
            let notice = who.req.tr.with(
                "uploaded",
                &[("name", document.file_name), ("sha256", document.sha256)],
            );
            Ok(redirect_with_notice(&id, &notice))
        }
        Err(error) => detail_failure(&state, &who, &id, error).await,
    }
}

pub async fn post_message(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let account = requester(&who)?.clone();
    check_multipart_csrf(&who, &mut multipart).await?;
    let ctx = who.ctx(&state);
    let result = async {
        // Nothing of the body is read for a request the sender may not see.
        let record = state.visible_request(&account, &id).await?;
        let mut body = String::new();
        let mut attachment = None;
        while let Some(field) = multipart
            .next_field()
            .await
            .map_err(|e| super::unreadable("body", "form-form-unreadable", &e))?
        {
            match field.name() {
                Some("body") => {
                    body = bounded_text(field, MESSAGE_FIELD_BYTES)
                        .await
                        .ok_or_else(|| {
                            FormError::field("body", Problem::new("form-message-unreadable"))
                        })?
                }
                Some("attachment") if field.file_name().is_some_and(|n| !n.is_empty()) => {
                    // Decided before a byte of the attachment is read.
                    state
                        .may_add_document(&account, &id, DocumentRole::Attachment)
                        .await?;
                    attachment = Some(
                        super::receive_file(&state, field)
                            .await
                            .map_err(as_attachment)?,
                    );
                }
                _ => {}
            }
        }
        // A refused attachment must not leave its message behind: check it first.
        let checked = match attachment {
            Some(upload) => Some(
                state
                    .check_pdf(upload, &id, &ctx)
                    .await
                    .map_err(as_attachment)?,
            ),
            None => None,
        };
        let message = state
            .post_message(&account, &id, &body, &ctx, &who.req.tr)
            .await?;
        if let Some(checked) = checked {
            state
                .store_document(&account, &record, Some(message.id), checked, &ctx)
                .await
                .map_err(as_attachment)?;
        }
        Ok(message)
    }
    .await;
    match result {
        Ok(_) => Ok(redirect_with_notice(&id, &who.req.tr.get("message-sent"))),
        Err(error) => detail_failure(&state, &who, &id, error).await,
    }
}

/// Reports an attachment's problems against the attachment field.
fn as_attachment(error: FormError) -> FormError {
    match error {
        FormError::Fields(mut fields) => {
            fields.iter_mut().for_each(|f| f.field = "attachment");
            FormError::Fields(fields)
        }
        other => other,
    }
}

pub async fn download(
    State(state): State<App>,
    who: SignedIn,
    Path((id, document_id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let account = requester(&who)?;
    let (document, bytes) = state
        .download_document(account, &id, &document_id, &who.ctx(&state))
        .await?;
    Ok(pdf_response(&document, bytes))
}

/// A stored PDF as an attachment download (never rendered inline by our origin).
pub fn pdf_response(document: &lers_store::DocumentRecord, bytes: Vec<u8>) -> Response {
    let name: String = document
        .file_name
        .chars()
        .filter(|c| c.is_ascii_graphic() || *c == ' ')
        .collect();
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (
                header::HeaderName::from_static("x-content-sha256"),
                document.sha256.clone(),
            ),
        ],
        bytes,
    )
        .into_response()
}
