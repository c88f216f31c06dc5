//! The JSON API (`/api/v1`) for agencies' case systems: the same services as the
//! pages, authenticated by personal API tokens (`Authorization: Bearer lers_pat_…`)
//! with `read` and `submit` scopes. JSON bodies cannot be sent cross-site without a
//! CORS preflight, which LERS never grants, and bearer tokens are not sent by
//! browsers on their own, so no CSRF token is needed here.

use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use lers_app::services::accounts::SignUpForm;
use lers_app::services::emergencies::Channel;
use lers_app::services::requests as service;
use lers_app::App;
use lers_app::AppError;
use lers_domain::account::{AccountKind, AccountStatus};
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::problem::Problem;
use lers_domain::request::{RequestDraft, RequestKind, RequestStatus};
use lers_store::{
    tokens, Account, Ctx, DocumentRecord, MessageRecord, RequestQuery, RequestRecord,
    RequestSummary, TimelineEntry, TokenLookup, TokenScope,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::api_extract::{ApiJson, ApiMultipart, ApiQuery};
use crate::error::{ApiError, ApiErrorBody, WebError};
use crate::pages::Pager;
use crate::request::RequestInfo;

/// The requester behind a valid API token, with the token's scopes.
pub struct ApiCaller {
    account: Account,
    scopes: Vec<TokenScope>,
    req: RequestInfo,
    /// When the token was first used (this call, for a new token).
    token_first_used: lers_domain::clock::Timestamp,
}

impl FromRequestParts<App> for ApiCaller {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &App) -> Result<Self, Self::Rejection> {
        let req = RequestInfo::from_request_parts(parts, state).await?;
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or(WebError::InvalidToken)?;
        let (account, scopes, token_first_used) = match state
            .store
            .api_token_account(&tokens::hash(token), state.clock.now())
            .await?
        {
            TokenLookup::Valid {
                account,
                scopes,
                first_used,
            } => (*account, scopes, first_used),
            TokenLookup::Expired(at) => return Err(WebError::TokenExpired(at.to_rfc3339()).into()),
            TokenLookup::Unknown => return Err(WebError::InvalidToken.into()),
        };
        if account.status != AccountStatus::Active || account.kind != AccountKind::Requester {
            return Err(WebError::InvalidToken.into());
        }
        if !account.domain_admitted {
            return Err(WebError::DomainNotAdmitted.into());
        }
        Ok(Self {
            account,
            scopes,
            req,
            token_first_used,
        })
    }
}

impl ApiCaller {
    /// The channel an emergency submitted by this caller arrives through (a new token
    /// is a risk signal).
    fn channel(&self) -> Channel {
        Channel::Api {
            token_first_used: self.token_first_used,
        }
    }

    fn ctx(&self, state: &App) -> Ctx {
        Ctx {
            at: state.clock.now(),
            actor: self.account.pseudonym.clone(),
            ip: self.req.ip.clone(),
        }
    }

    /// Refuses (and audits) a call the token's scopes do not cover.
    async fn require(&self, state: &App, scope: TokenScope) -> Result<(), ApiError> {
        if self.scopes.contains(&scope) {
            return Ok(());
        }
        let denied = AuditEvent::new(
            state.clock.now(),
            self.account.pseudonym.clone(),
            AuditAction::AccessDenied,
            Outcome::Denied,
        )
        .from_ip(self.req.ip.clone())
        .details(serde_json::json!({"needed_scope": scope.as_str(), "resource": "api"}));
        state.store.record_event(denied).await?;
        Err(AppError::Forbidden.into())
    }
}

#[derive(Serialize, ToSchema)]
pub struct SignUpAccepted {
    status: String,
    message: String,
}

/// Requester sign-up, as on the sign-up page; the verification link goes by email.
#[utoipa::path(post, path = "/api/v1/signup", tag = "accounts", request_body = SignUpForm,
    responses((status = 202, body = SignUpAccepted), (status = 422, body = ApiErrorBody),
        (status = 429, description = "Too many sign-ups from this address or for this mailbox; see Retry-After", body = ApiErrorBody)))]
pub async fn signup(
    State(state): State<App>,
    req: RequestInfo,
    ApiJson(form): ApiJson<SignUpForm>,
) -> Result<Response, ApiError> {
    let ctx = req.ctx(&state);
    state.sign_up(form, &ctx, &req.tr).await?;
    let accepted = SignUpAccepted {
        status: "verification_sent".into(),
        message: req.tr.get("signup-sent-text"),
    };
    Ok((StatusCode::ACCEPTED, Json(accepted)).into_response())
}

#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Filter by status.
    status: Option<RequestStatus>,
    /// Filter by kind.
    kind: Option<RequestKind>,
    /// Part of a reference or case name.
    q: Option<String>,
    /// Page number, from 1 (50 per page).
    page: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct RequestList {
    items: Vec<RequestSummary>,
    total: i64,
    page: i64,
}

/// The caller's requests and those shared with them, most recently changed first.
#[utoipa::path(get, path = "/api/v1/requests", tag = "requests", params(ListParams), security(("bearer" = [])),
    responses((status = 200, body = RequestList), (status = 401, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<App>,
    caller: ApiCaller,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Json<RequestList>, ApiError> {
    caller.require(&state, TokenScope::Read).await?;
    let page = params.page.unwrap_or(1).max(1);
    let found = state
        .store
        .list_requests(
            &caller.account,
            &RequestQuery {
                status: params.status,
                kind: params.kind,
                search: params.q,
                limit: Pager::PAGE_SIZE,
                offset: Pager::offset(page),
            },
        )
        .await?;
    Ok(Json(RequestList {
        items: found.items,
        total: found.total,
        page,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct NewRequest {
    kind: RequestKind,
    #[serde(default)]
    request: RequestDraft,
    /// Submit at once (otherwise a draft is saved).
    #[serde(default)]
    submit: bool,
}

#[derive(Serialize, ToSchema)]
pub struct RequestDetail {
    #[serde(flatten)]
    request: RequestRecord,
    documents: Vec<DocumentRecord>,
    messages: Vec<MessageRecord>,
    timeline: Vec<TimelineEntry>,
}

async fn detail(state: &App, account: &Account, id: &str) -> Result<RequestDetail, ApiError> {
    detail_of(state, state.visible_request(account, id).await?).await
}

/// The detail of a request already read (or just written) for this caller.
async fn detail_of(state: &App, request: RequestRecord) -> Result<RequestDetail, ApiError> {
    let (documents, messages, timeline) = futures::try_join!(
        state.store.documents(&request.summary),
        state.store.messages(&request.summary),
        state.store.timeline(&request.summary),
    )?;
    Ok(RequestDetail {
        documents,
        messages,
        timeline,
        request,
    })
}

/// Creates a draft, or with `submit: true` files the request at once. A request that
/// cannot be submitted is kept as a draft and the problems are returned per field.
#[utoipa::path(post, path = "/api/v1/requests", tag = "requests", request_body = NewRequest, security(("bearer" = [])),
    responses((status = 201, body = RequestDetail), (status = 422, body = ApiErrorBody), (status = 403, body = ApiErrorBody)))]
pub async fn create(
    State(state): State<App>,
    caller: ApiCaller,
    ApiJson(body): ApiJson<NewRequest>,
) -> Result<Response, ApiError> {
    caller.require(&state, TokenScope::Submit).await?;
    let ctx = caller.ctx(&state);
    let detail = if body.submit {
        let filed = state
            .file_request(
                &caller.account,
                body.kind,
                &body.request,
                caller.channel(),
                &ctx,
                &caller.req.tr,
            )
            .await?;
        // Known from the filing itself: a new request has no documents or messages.
        RequestDetail {
            documents: Vec::new(),
            messages: Vec::new(),
            timeline: filed.timeline,
            request: filed.record,
        }
    } else {
        let record = state
            .create_request(&caller.account, body.kind, &body.request, &ctx)
            .await?;
        detail_of(&state, record).await?
    };
    Ok((StatusCode::CREATED, Json(detail)).into_response())
}

/// One request with its documents, messages and timeline.
#[utoipa::path(get, path = "/api/v1/requests/{id}", tag = "requests", params(("id" = String, Path, description = "request id")),
    security(("bearer" = [])), responses((status = 200, body = RequestDetail), (status = 404, body = ApiErrorBody)))]
pub async fn get(
    State(state): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<RequestDetail>, ApiError> {
    caller.require(&state, TokenScope::Read).await?;
    Ok(Json(detail(&state, &caller.account, &id).await?))
}

/// Replaces the content of a draft.
#[utoipa::path(put, path = "/api/v1/requests/{id}", tag = "requests", params(("id" = String, Path, description = "request id")),
    request_body = RequestDraft, security(("bearer" = [])),
    responses((status = 200, body = RequestDetail), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn update(
    State(state): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(draft): ApiJson<RequestDraft>,
) -> Result<Json<RequestDetail>, ApiError> {
    caller.require(&state, TokenScope::Submit).await?;
    let record = state.visible_request(&caller.account, &id).await?;
    if !record.is_owner(caller.account.id) {
        return Err(AppError::NotFound.into());
    }
    let record = state
        .save_draft(&caller.account, &id, &draft, &caller.ctx(&state))
        .await?;
    Ok(Json(detail_of(&state, record).await?))
}

/// Submits a draft: it gets its reference and is frozen.
#[utoipa::path(post, path = "/api/v1/requests/{id}/submit", tag = "requests", params(("id" = String, Path, description = "request id")),
    security(("bearer" = [])), responses((status = 200, body = RequestDetail), (status = 422, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn submit(
    State(state): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<RequestDetail>, ApiError> {
    caller.require(&state, TokenScope::Submit).await?;
    let ctx = caller.ctx(&state);
    let record = state
        .submit_request(&caller.account, &id, caller.channel(), &ctx, &caller.req.tr)
        .await?;
    Ok(Json(detail_of(&state, record).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct Withdrawal {
    /// Why the request is withdrawn: up to 2,000 characters of free text, as for a
    /// message.
    #[schema(
        min_length = 1,
        max_length = 2000,
        pattern = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]*[^\s\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB][^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]*$"
    )]
    reason: String,
}

/// Withdraws an open request; all work on it stops.
#[utoipa::path(post, path = "/api/v1/requests/{id}/withdraw", tag = "requests", params(("id" = String, Path, description = "request id")),
    request_body = Withdrawal, security(("bearer" = [])),
    responses((status = 200, body = RequestDetail), (status = 409, body = ApiErrorBody), (status = 404, body = ApiErrorBody)))]
pub async fn withdraw(
    State(state): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Withdrawal>,
) -> Result<Json<RequestDetail>, ApiError> {
    caller.require(&state, TokenScope::Submit).await?;
    state
        .withdraw_request(&caller.account, &id, &body.reason, &caller.ctx(&state))
        .await?;
    Ok(Json(detail(&state, &caller.account, &id).await?))
}

/// The message thread of a request.
#[utoipa::path(get, path = "/api/v1/requests/{id}/messages", tag = "messages", params(("id" = String, Path, description = "request id")),
    security(("bearer" = [])), responses((status = 200, body = Vec<MessageRecord>), (status = 404, body = ApiErrorBody)))]
pub async fn messages(
    State(state): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
) -> Result<Json<Vec<MessageRecord>>, ApiError> {
    caller.require(&state, TokenScope::Read).await?;
    let record = state.visible_request(&caller.account, &id).await?;
    Ok(Json(state.store.messages(&record.summary).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct NewMessage {
    /// Free text of up to 10,000 characters: line breaks and tabs are kept; control
    /// and invisible formatting characters (bidi overrides included) are refused.
    #[schema(
        min_length = 1,
        max_length = 10000,
        pattern = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]*[^\s\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB][^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]*$"
    )]
    body: String,
}

/// Sends a message to the response team.
#[utoipa::path(post, path = "/api/v1/requests/{id}/messages", tag = "messages", params(("id" = String, Path, description = "request id")),
    request_body = NewMessage, security(("bearer" = [])),
    responses((status = 201, body = MessageRecord), (status = 422, body = ApiErrorBody), (status = 404, body = ApiErrorBody), (status = 409, body = ApiErrorBody)))]
pub async fn post_message(
    State(state): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewMessage>,
) -> Result<Response, ApiError> {
    caller.require(&state, TokenScope::Submit).await?;
    let message = state
        .post_message(
            &caller.account,
            &id,
            &body.body,
            &caller.ctx(&state),
            &caller.req.tr,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(message)).into_response())
}

/// Multipart body of a document upload. Only documented (the handler streams the
/// part); `deny_unknown_fields` makes the schema say that no other part belongs here.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct DocumentUpload {
    /// The PDF.
    #[schema(format = Binary, content_media_type = "application/pdf")]
    file: String,
}

/// Uploads legal process (a PDF) to a request; answers with its SHA-256 receipt.
#[utoipa::path(post, path = "/api/v1/requests/{id}/documents", tag = "documents", params(("id" = String, Path, description = "request id")),
    request_body(content = DocumentUpload, content_type = "multipart/form-data"), security(("bearer" = [])),
    responses((status = 201, body = DocumentRecord), (status = 422, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 409, description = "The request is closed and takes no more documents", body = ApiErrorBody)))]
pub async fn upload(
    State(state): State<App>,
    caller: ApiCaller,
    Path(id): Path<String>,
    ApiMultipart(mut multipart): ApiMultipart,
) -> Result<Response, ApiError> {
    caller.require(&state, TokenScope::Submit).await?;
    let record = state
        .may_add_document(&caller.account, &id, service::DocumentRole::LegalProcess)
        .await?;
    // Parts other than `file` are skipped (their bytes still count against the body
    // limit), as the schema allows them.
    let field =
        loop {
            match multipart.next_field().await.map_err(|e| {
                AppError::invalid_because(Problem::new("form-multipart-unreadable"), e)
            })? {
                Some(field) if field.name() == Some("file") => break field,
                Some(_) => continue,
                None => {
                    return Err(
                        AppError::invalid(Problem::new("form-upload-file-field-missing")).into(),
                    )
                }
            }
        };
    let received = super::receive_file(&state, field).await?;
    let ctx = caller.ctx(&state);
    let checked = state.check_pdf(received, &id, &ctx).await?;
    let document = state
        .store_document(&caller.account, &record, None, checked, &ctx)
        .await?;
    Ok((StatusCode::CREATED, Json(document)).into_response())
}

/// Downloads a document (the PDF as stored, decrypted); audited.
#[utoipa::path(get, path = "/api/v1/requests/{id}/documents/{document}", tag = "documents",
    params(("id" = String, Path, description = "request id"), ("document" = String, Path, description = "document id")),
    security(("bearer" = [])), responses((status = 200, content_type = "application/pdf", body = Vec<u8>), (status = 404, body = ApiErrorBody)))]
pub async fn download(
    State(state): State<App>,
    caller: ApiCaller,
    Path((id, document_id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    caller.require(&state, TokenScope::Read).await?;
    let (document, bytes) = state
        .download_document(&caller.account, &id, &document_id, &caller.ctx(&state))
        .await?;
    Ok(super::requests::pdf_response(&document, bytes))
}

/// One post to one of the caller's webhooks (agency webhooks).
#[derive(Serialize, ToSchema)]
pub struct WebhookDeliveryItem {
    id: i64,
    /// The public id of the token whose webhook it went to.
    token: String,
    /// The webhook's address, without credentials, query or fragment.
    url: String,
    /// `request.status_changed`, `request.message`, `production.ready` or
    /// `preservation.ending`.
    event_type: String,
    queued_at: lers_domain::clock::Timestamp,
    attempts: i64,
    /// The receiver's last HTTP status, if it answered.
    last_status: Option<i64>,
    /// The kind of the last failure: `refused` (the address is not allowed),
    /// `unreachable` (no connection, a timeout or a TLS failure) or `http_status`
    /// (see `last_status`).
    last_error: Option<String>,
    /// `pending`, `delivered` or `given_up`.
    state: String,
    /// When it was delivered or given up.
    settled_at: Option<lers_domain::clock::Timestamp>,
}

#[derive(Serialize, ToSchema)]
pub struct WebhookDeliveryList {
    items: Vec<WebhookDeliveryItem>,
}

/// The latest posts to the caller's webhooks, newest first (at most 100): those of
/// every token of the caller's account, as the Webhooks page lists them. Webhooks are
/// added on that page (it needs a fresh second factor).
#[utoipa::path(get, path = "/api/v1/webhooks/deliveries", tag = "webhooks", security(("bearer" = [])),
    responses((status = 200, body = WebhookDeliveryList), (status = 403, body = ApiErrorBody)))]
pub async fn webhook_deliveries(
    State(state): State<App>,
    caller: ApiCaller,
) -> Result<Json<WebhookDeliveryList>, ApiError> {
    caller.require(&state, TokenScope::Read).await?;
    let log = state.agency_delivery_log(&caller.account, None).await?;
    Ok(Json(WebhookDeliveryList {
        items: log
            .into_iter()
            .map(|line| WebhookDeliveryItem {
                id: line.id,
                token: line.token,
                url: line.url,
                event_type: line.event_type,
                queued_at: line.created_at,
                attempts: line.attempts,
                last_status: line.last_status,
                last_error: line.last_error,
                state: line.state.as_str().to_owned(),
                settled_at: line.settled_at,
            })
            .collect(),
    }))
}
