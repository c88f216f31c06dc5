//! Production pages and endpoints. Producers (console) open a production, upload
//! files through a small resumable protocol the console page's script speaks, verify
//! and deliver; requesters download with a fresh second factor, with Range support,
//! and fetch the manifest.
//!
//! Upload protocol (all with the `X-CSRF-Token` header):
//! `POST …/productions/{pid}/files` `{"name", "size"}` → the file and its `upload_url`;
//! `PUT {upload_url}` with `Upload-Offset: n` and the bytes from n on → `{"received"}`
//! (whole segments that are safely stored; resume from there); `GET {upload_url}` →
//! the same status. A wrong offset is 409 with the right one.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use lers_app::services::productions as service;
use lers_app::services::productions::downloads::{Download, DownloadRefusal};
use lers_app::App;
use lers_app::AppError;
use lers_app::FormError;
use lers_domain::account::Role;
use lers_domain::field_access::{FieldAccess, FieldGroup};
use lers_domain::problem::Problem;
use lers_store::productions::ProductionFileRecord;
use serde::{Deserialize, Serialize};

use super::console::load as load_for_staff;
use super::Empty;
use crate::auth::{CsrfForm, CsrfHeader, SignedIn};
use crate::error::{ApiError, ConsoleJsonError, WebError};

/// Producers act on productions of cases within their regions, and only while the
/// field matrix lets their roles edit productions; every refusal is audited.
async fn require_producer(state: &App, who: &SignedIn, id: &str) -> Result<(), WebError> {
    who.require_role(state, Role::Producer, "production")
        .await?;
    let ctx = who.ctx(state);
    // Within the producer's regions and data-sharing rules (refusal audited).
    state.staff_case(&who.session.account, id, &ctx).await?;
    state
        .require_field(
            &who.session.account,
            FieldGroup::Productions,
            FieldAccess::Edit,
            id,
            &ctx,
        )
        .await?;
    Ok(())
}

fn back_to_console(id: &str, notice: &str) -> Response {
    super::with_notice(&format!("/staff/requests/{id}#productions"), notice)
}

fn back_to_request(id: &str, notice: &str) -> Response {
    super::with_notice(&format!("/requests/{id}#productions"), notice)
}

pub async fn open(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    require_producer(&state, &who, &id).await?;
    let record = load_for_staff(&state, &who, &id).await?;
    state
        .open_production(&who.session.account, &record, &who.ctx(&state))
        .await?;
    Ok(back_to_console(&id, &who.req.tr.get("production-opened")))
}

#[derive(Deserialize)]
pub struct NewFile {
    name: String,
    size: u64,
    #[serde(default)]
    source_tag: String,
}

/// Where an upload stands, as the upload script sees it.
#[derive(Serialize)]
pub struct FileStatus {
    id: String,
    name: String,
    size: u64,
    received: u64,
    complete: bool,
    sha256: Option<String>,
    source_tag: String,
    upload_url: String,
}

fn status_of(request_id: &str, production_id: &str, file: &ProductionFileRecord) -> FileStatus {
    FileStatus {
        id: file.id.clone(),
        name: file.name.clone(),
        size: file.size,
        received: file.received,
        complete: file.is_stored(),
        sha256: file.sha256.clone(),
        source_tag: file.source_tag.clone(),
        upload_url: format!(
            "/staff/requests/{request_id}/productions/{production_id}/files/{}",
            file.id
        ),
    }
}

pub async fn start_file(
    State(state): State<App>,
    who: SignedIn,
    _csrf: CsrfHeader,
    Path((id, production_id)): Path<(String, String)>,
    Json(file): Json<NewFile>,
) -> Result<Response, ConsoleJsonError> {
    let tr = who.req.tr.clone();
    let answer: Result<Response, ApiError> = async move {
        require_producer(&state, &who, &id).await?;
        let production = state.staff_production(&id, &production_id).await?;
        let record = state
            .start_production_file(
                &who.session.account,
                &production.record,
                service::NewFile {
                    name: &file.name,
                    size: file.size,
                    source_tag: &file.source_tag,
                },
                &who.ctx(&state),
            )
            .await
            .map_err(ApiError::from)?;
        Ok((
            StatusCode::CREATED,
            Json(status_of(&id, &production_id, &record)),
        )
            .into_response())
    }
    .await;
    answer.map_err(|error| ConsoleJsonError { error, tr })
}

pub async fn file_status(
    State(state): State<App>,
    who: SignedIn,
    Path((id, production_id, file_id)): Path<(String, String, String)>,
) -> Result<Json<FileStatus>, ConsoleJsonError> {
    let tr = who.req.tr.clone();
    let answer: Result<Json<FileStatus>, ApiError> = async move {
        require_producer(&state, &who, &id).await?;
        let production = state.staff_production(&id, &production_id).await?;
        let file = production.record.file(&file_id).ok_or(AppError::NotFound)?;
        Ok(Json(status_of(&id, &production_id, file)))
    }
    .await;
    answer.map_err(|error| ConsoleJsonError { error, tr })
}

#[derive(Serialize)]
struct OffsetConflict {
    error: String,
    received: u64,
}

pub async fn upload_chunk(
    State(state): State<App>,
    who: SignedIn,
    _csrf: CsrfHeader,
    Path((id, production_id, file_id)): Path<(String, String, String)>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ConsoleJsonError> {
    let tr = who.req.tr.clone();
    let answer: Result<Response, ApiError> = async move {
        require_producer(&state, &who, &id).await?;
        let offset = headers
            .get("upload-offset")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .ok_or_else(|| AppError::invalid(Problem::new("form-upload-offset-missing")))?;
        let uploaded = state
            .receive_production_file(
                &who.session.account,
                service::Chunk {
                    request_id: id.clone(),
                    production_id: production_id.clone(),
                    file_id,
                    offset,
                },
                body.into_data_stream(),
                &who.ctx(&state),
            )
            .await?;
        Ok(match uploaded {
            service::Uploaded::Progress(file) => {
                Json(status_of(&id, &production_id, &file)).into_response()
            }
            service::Uploaded::WrongOffset(received) => (
                StatusCode::CONFLICT,
                Json(OffsetConflict {
                    error: format!(
                        "the upload continues at byte {received}, not {offset}; resume from there"
                    ),
                    received,
                }),
            )
                .into_response(),
        })
    }
    .await;
    answer.map_err(|error| ConsoleJsonError { error, tr })
}

pub async fn remove_file(
    State(state): State<App>,
    who: SignedIn,
    Path((id, production_id, file_id)): Path<(String, String, String)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    require_producer(&state, &who, &id).await?;
    let production = state.staff_production(&id, &production_id).await?;
    state
        .remove_production_file(
            &who.session.account,
            &production.record,
            &file_id,
            &who.ctx(&state),
        )
        .await?;
    Ok(back_to_console(
        &id,
        &who.req.tr.get("production-file-removed"),
    ))
}

pub async fn verify_file(
    State(state): State<App>,
    who: SignedIn,
    Path((id, production_id, file_id)): Path<(String, String, String)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    require_producer(&state, &who, &id).await?;
    let production = state.staff_production(&id, &production_id).await?;
    let matches = state
        .verify_production(
            &who.session.account,
            &production,
            &file_id,
            &who.ctx(&state),
        )
        .await?;
    let notice = match matches {
        true => "production-verified",
        false => "production-verify-failed",
    };
    Ok(back_to_console(&id, &who.req.tr.get(notice)))
}

pub async fn deliver(
    State(state): State<App>,
    who: SignedIn,
    Path((id, production_id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    require_producer(&state, &who, &id).await?;
    let record = load_for_staff(&state, &who, &id).await?;
    let production = state.staff_production(&id, &production_id).await?;
    state
        .deliver_production(
            &who.session.account,
            &record,
            &production.record,
            &who.ctx(&state),
        )
        .await?;
    Ok(back_to_console(
        &id,
        &who.req.tr.get("production-delivered"),
    ))
}

pub async fn acknowledge_alert(
    State(state): State<App>,
    who: SignedIn,
    Path(alert_id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    let account = &who.session.account;
    if !(account.roles.contains(Role::Admin) || account.roles.contains(Role::Auditor)) {
        who.require_role(&state, Role::Auditor, "alert").await?;
    }
    state
        .store
        .acknowledge_staff_alert(&alert_id, account, &who.ctx(&state))
        .await?;
    Ok(Redirect::to("/staff").into_response())
}

// --- Requester side ---------------------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConfirmForm {
    code: String,
}

/// A fresh TOTP code unlocks downloads for the step-up window.
pub async fn confirm(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> Result<Response, WebError> {
    if who.is_staff() {
        return Err(AppError::NotFound.into());
    }
    state
        .store
        .request_for(&who.session.account, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let ctx = who.ctx(&state);
    match state
        .confirm_step_up(&who.session, &form.code, "code", &ctx)
        .await
    {
        Ok(()) => Ok(back_to_request(&id, &who.req.tr.get("production-unlocked"))),
        Err(FormError::Fields(fields)) => {
            let problem = fields
                .first()
                .map(|f| who.req.tr.problem(&f.problem))
                .unwrap_or_default();
            Ok(back_to_request(&id, &problem))
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}

/// `filename` for Content-Disposition: an ASCII fallback plus the exact UTF-8 name.
fn disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| match c {
            ' '..='~' if c != '"' && c != '\\' => c,
            _ => '_',
        })
        .collect();
    let exact: String = form_urlencoded::byte_serialize(name.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{exact}")
}

pub async fn download(
    State(state): State<App>,
    who: SignedIn,
    Path((id, production_id, file_id)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    if who.is_staff() {
        // Staff never download what was produced for a requester (DESIGN §6).
        return Err(AppError::NotFound.into());
    }
    let range = headers.get(header::RANGE).and_then(|v| v.to_str().ok());
    let download = match state
        .download_production(
            &who.session,
            &id,
            &production_id,
            &file_id,
            range,
            &who.ctx(&state),
        )
        .await
    {
        Ok(download) => download,
        Err(DownloadRefusal::StepUp) => {
            return Ok(back_to_request(
                &id,
                &who.req.tr.get("production-confirm-first"),
            ))
        }
        Err(DownloadRefusal::Unsatisfiable(size)) => return Ok(unsatisfiable(size)),
        Err(DownloadRefusal::App(e)) => return Err(e.into()),
    };
    Ok(download_response(download))
}

/// 416 for a Range outside a file of `size` bytes.
pub(crate) fn unsatisfiable(size: u64) -> Response {
    (
        StatusCode::RANGE_NOT_SATISFIABLE,
        [(header::CONTENT_RANGE, format!("bytes */{size}"))],
    )
        .into_response()
}

/// A production file streamed as it is decrypted: length, range, SHA-256 headers.
pub(crate) fn download_response(download: Download) -> Response {
    let file = &download.file;
    let mut response = Response::new(Body::from_stream(download.body));
    let headers = response.headers_mut();
    let mut set = |name: header::HeaderName, value: String| {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    };
    set(header::CONTENT_TYPE, "application/octet-stream".into());
    set(header::CONTENT_DISPOSITION, disposition(&file.name));
    set(header::ACCEPT_RANGES, "bytes".into());
    set(header::CACHE_CONTROL, "no-store".into());
    if let Some(sha256) = &file.sha256 {
        set(
            header::HeaderName::from_static("x-content-sha256"),
            sha256.clone(),
        );
    }
    match download.range {
        Some(range) => {
            set(header::CONTENT_LENGTH, range.len().to_string());
            set(
                header::CONTENT_RANGE,
                format!("bytes {}-{}/{}", range.start, range.end - 1, file.size),
            );
            *response.status_mut() = StatusCode::PARTIAL_CONTENT;
        }
        None => set(header::CONTENT_LENGTH, file.size.to_string()),
    }
    response
}

pub async fn manifest(
    State(state): State<App>,
    who: SignedIn,
    Path((id, production_id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    if who.is_staff() {
        return Err(AppError::NotFound.into());
    }
    let document = state
        .production_manifest(&who.session.account, &id, &production_id, &who.ctx(&state))
        .await?;
    let json = serde_json::to_string_pretty(&document).map_err(WebError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"manifest-{production_id}.json\""),
            ),
        ],
        json,
    )
        .into_response())
}
