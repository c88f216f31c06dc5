//! Passkeys and security keys (issue 17 §2): the keys page, the JSON calls the page's
//! script makes around `navigator.credentials` (register, sign in, step-up), and the
//! admin's key policy. The rules are in `services::passkeys`.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use lers_app::services::passkey_ceremony::{KeyAssertion, KeyAttestation, KeyError};
use lers_app::App;
use lers_domain::account::Role;
use lers_domain::clock::Timestamp;
use lers_domain::passkey::{KeyNameError, KeyPolicy};
use lers_domain::problem::Problem;
use lers_store::{KeyPolicyChange, KeyPolicyProposal, PasskeyRecord, SessionRecord, ShownProposal};
use serde::Deserialize;
use serde_json::json;

use super::with_notice;
use crate::auth::{cookie, CsrfForm, CsrfHeader, SignedIn, SESSION_COOKIE};
use crate::error::WebError;
use crate::pages::{render, Chrome};
use crate::request::RequestInfo;

const KEYS_PAGE: &str = "/account/keys";

/// Someone who may manage keys: fully signed in, or holding the session a key policy
/// gives right after a TOTP sign-in to register the first key.
pub struct KeyOwner {
    pub req: RequestInfo,
    pub session: SessionRecord,
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for KeyOwner {
    type Rejection = WebError;
    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        let req = RequestInfo::from_request_parts(parts, state).await?;
        let session = req
            .session
            .clone()
            .ok_or_else(|| WebError::login_required(parts.uri.path()))?;
        if !session.account.mfa_complete() {
            return Err(WebError::EnrollmentRequired);
        }
        Ok(Self { req, session })
    }
}

#[derive(Template)]
#[template(path = "account_keys.html")]
pub struct KeysPage {
    pub chrome: Chrome,
    pub keys: Vec<PasskeyRecord>,
    /// The one-time registration a key policy demands right after signing in.
    pub enrolment: bool,
    pub required: bool,
    pub notice: Option<String>,
}

#[derive(Deserialize)]
pub struct NoticeQuery {
    notice: Option<String>,
}

/// The Fluent message for a refused ceremony, and the status to answer with.
fn refusal(tr: &lers_app::i18n::Tr, error: &KeyError) -> (StatusCode, String) {
    let (status, id) = match error {
        KeyError::NoRelyingParty => (
            StatusCode::SERVICE_UNAVAILABLE,
            "passkey-error-no-relying-party",
        ),
        KeyError::ChallengeSpent => (StatusCode::CONFLICT, "passkey-error-challenge"),
        KeyError::Rejected => (StatusCode::UNAUTHORIZED, "passkey-error-rejected"),
        KeyError::PossibleClone => (StatusCode::UNAUTHORIZED, "passkey-error-clone"),
        KeyError::UnknownKey => (StatusCode::UNAUTHORIZED, "passkey-error-unknown-key"),
        KeyError::NoKeys => (StatusCode::CONFLICT, "passkey-error-no-keys"),
        KeyError::AlreadyRegistered => (StatusCode::CONFLICT, "passkey-error-already-registered"),
        KeyError::TooManyKeys => (StatusCode::CONFLICT, "passkey-error-too-many"),
        KeyError::Name(KeyNameError::Empty) => {
            (StatusCode::UNPROCESSABLE_ENTITY, "passkey-error-name-empty")
        }
        KeyError::Name(KeyNameError::TooLong) => {
            (StatusCode::UNPROCESSABLE_ENTITY, "passkey-error-name-long")
        }
        KeyError::Name(KeyNameError::ControlCharacters) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "passkey-error-name-characters",
        ),
        KeyError::FreshFactorNeeded => (StatusCode::FORBIDDEN, "passkey-error-fresh-factor"),
        KeyError::LastRequiredKey => (StatusCode::CONFLICT, "passkey-error-last-key"),
        KeyError::AccountUnavailable => (StatusCode::FORBIDDEN, "passkey-error-account"),
        KeyError::Throttled => (StatusCode::TOO_MANY_REQUESTS, "passkey-error-throttled"),
        KeyError::App(_) => (StatusCode::INTERNAL_SERVER_ERROR, "passkey-error-internal"),
    };
    (status, tr.get(id))
}

/// A JSON refusal for the page's script; internal errors go through the usual path.
fn json_refusal(tr: &lers_app::i18n::Tr, error: KeyError) -> Response {
    if let KeyError::App(e) = error {
        return WebError::from(e).into_response();
    }
    let (status, message) = refusal(tr, &error);
    (status, Json(json!({ "error": message }))).into_response()
}

/// A refusal of a page form: back to the keys page with the message.
fn form_refusal(tr: &lers_app::i18n::Tr, error: KeyError) -> Response {
    if let KeyError::App(e) = error {
        return WebError::from(e).into_response();
    }
    with_notice(KEYS_PAGE, &refusal(tr, &error).1)
}

pub async fn keys_page(
    State(state): State<App>,
    who: KeyOwner,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let ctx = who.req.ctx(&state);
    let enrolment = state.key_enrolment_session(&who.session, &ctx);
    if who.session.mfa_at.is_none() && !enrolment {
        // The moment for the one-time registration has passed: sign in again.
        return Err(WebError::login_required(KEYS_PAGE));
    }
    let account = &who.session.account;
    Ok(render(&KeysPage {
        chrome: Chrome::new(&who.req, &state),
        keys: state.my_keys(account).await?,
        enrolment,
        required: state.keys_required(account).await?,
        notice: query.notice,
    })
    .into_response())
}

#[derive(Deserialize)]
pub struct RegisterStart {
    #[serde(default)]
    name: String,
    #[serde(default)]
    code: String,
}

pub async fn register_start(
    State(state): State<App>,
    who: KeyOwner,
    _csrf: CsrfHeader,
    Json(body): Json<RegisterStart>,
) -> Response {
    let ctx = who.req.ctx(&state);
    match state
        .start_key_registration(&who.session, &body.name, &body.code, &ctx)
        .await
    {
        Ok(challenge) => Json(challenge).into_response(),
        Err(e) => json_refusal(&who.req.tr, e),
    }
}

#[derive(Deserialize)]
pub struct RegisterFinish {
    flow: String,
    credential: KeyAttestation,
}

pub async fn register_finish(
    State(state): State<App>,
    who: KeyOwner,
    _csrf: CsrfHeader,
    Json(body): Json<RegisterFinish>,
) -> Response {
    let ctx = who.req.ctx(&state);
    match state
        .finish_key_registration(&who.session, &body.flow, &body.credential, &ctx)
        .await
    {
        Ok(_) => {
            let notice: String =
                form_urlencoded::byte_serialize(who.req.tr.get("passkey-registered").as_bytes())
                    .collect();
            Json(json!({ "redirect": format!("{KEYS_PAGE}?notice={notice}") })).into_response()
        }
        Err(e) => json_refusal(&who.req.tr, e),
    }
}

#[derive(Deserialize)]
pub struct RenameForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    code: String,
}

pub async fn rename(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<RenameForm>,
) -> Response {
    let ctx = who.ctx(&state);
    match state
        .rename_key(&who.session, id, &form.name, &form.code, &ctx)
        .await
    {
        Ok(()) => with_notice(KEYS_PAGE, &who.req.tr.get("passkey-renamed")),
        Err(e) => form_refusal(&who.req.tr, e),
    }
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn remove(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Response {
    let ctx = who.ctx(&state);
    match state.remove_key(&who.session, id, &form.code, &ctx).await {
        Ok(()) => with_notice(KEYS_PAGE, &who.req.tr.get("passkey-removed")),
        Err(e) => form_refusal(&who.req.tr, e),
    }
}

#[derive(Deserialize)]
pub struct Nothing {}

#[derive(Deserialize)]
pub struct Answer {
    flow: String,
    credential: KeyAssertion,
}

pub async fn sign_in_start(
    State(state): State<App>,
    req: RequestInfo,
    _csrf: CsrfHeader,
    Json(_): Json<Nothing>,
) -> Response {
    match state.start_key_sign_in(&req.ctx(&state)).await {
        Ok(challenge) => Json(challenge).into_response(),
        Err(e) => json_refusal(&req.tr, e),
    }
}

#[derive(Deserialize)]
pub struct SecondFactorStart {
    email: String,
}

/// "Use my security key instead of a code": the challenge for the address typed; the
/// answer goes in with the sign-in form.
pub async fn second_factor_start(
    State(state): State<App>,
    req: RequestInfo,
    _csrf: CsrfHeader,
    Json(body): Json<SecondFactorStart>,
) -> Response {
    match state
        .start_password_key(&body.email, &req.ctx(&state))
        .await
    {
        Ok(challenge) => Json(challenge).into_response(),
        Err(e) => json_refusal(&req.tr, e),
    }
}

pub async fn sign_in_finish(
    State(state): State<App>,
    req: RequestInfo,
    _csrf: CsrfHeader,
    Json(body): Json<Answer>,
) -> Response {
    let ctx = req.ctx(&state);
    match state
        .finish_key_sign_in(&body.flow, &body.credential, &ctx)
        .await
    {
        Ok(signed_in) => {
            let home = if signed_in.staff {
                "/staff"
            } else {
                "/dashboard"
            };
            let max_age = state.sessions.absolute_timeout.as_seconds();
            let session_cookie = cookie(
                SESSION_COOKIE,
                &signed_in.token,
                state.config.is_https(),
                Some(max_age),
            );
            (
                [(axum::http::header::SET_COOKIE, session_cookie)],
                Json(json!({ "redirect": home })),
            )
                .into_response()
        }
        Err(e) => json_refusal(&req.tr, e),
    }
}

pub async fn step_up_start(
    State(state): State<App>,
    who: SignedIn,
    _csrf: CsrfHeader,
    Json(_): Json<Nothing>,
) -> Response {
    match state
        .start_key_step_up(&who.session, &who.ctx(&state))
        .await
    {
        Ok(challenge) => Json(challenge).into_response(),
        Err(e) => json_refusal(&who.req.tr, e),
    }
}

pub async fn step_up_finish(
    State(state): State<App>,
    who: SignedIn,
    _csrf: CsrfHeader,
    Json(body): Json<Answer>,
) -> Response {
    let ctx = who.ctx(&state);
    match state
        .finish_key_step_up(&who.session, &body.flow, &body.credential, &ctx)
        .await
    {
        Ok(()) => Json(json!({ "confirmed": true })).into_response(),
        Err(e) => json_refusal(&who.req.tr, e),
    }
}

#[derive(Template)]
#[template(path = "staff_key_policy.html")]
pub struct PolicyPage {
    pub chrome: Chrome,
    pub current: &'static str,
    pub choices: Vec<(&'static str, String)>,
    /// A relaxation waiting for a second admin, and whether this admin proposed it
    /// (then they may only withdraw it).
    pub proposal: Option<(KeyPolicyProposal, bool)>,
    pub notice: Option<String>,
}

pub async fn policy_page(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "key policy").await?;
    let tr = &who.req.tr;
    Ok(render(&PolicyPage {
        chrome: Chrome::new(&who.req, &state),
        current: state.key_policy().await?.as_str(),
        choices: KeyPolicy::ALL
            .iter()
            .map(|p| (p.as_str(), tr.label("passkey-policy", p.as_str())))
            .collect(),
        proposal: state.key_policy_proposal().await?.map(|p| {
            let mine = p.proposed_by == who.session.account.id;
            (p, mine)
        }),
        notice: query.notice,
    })
    .into_response())
}

#[derive(Deserialize)]
pub struct PolicyForm {
    policy: String,
    #[serde(default)]
    code: String,
}

pub async fn policy_submit(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<PolicyForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "key policy").await?;
    let policy = chosen_policy(&form.policy)?;
    let tr = &who.req.tr;
    Ok(
        match state
            .set_key_policy(&who.session, policy, &form.code, &who.ctx(&state))
            .await
        {
            Ok(KeyPolicyChange::Applied) => {
                with_notice(POLICY_PAGE, &tr.get("passkey-policy-saved"))
            }
            Ok(KeyPolicyChange::Proposed) => {
                with_notice(POLICY_PAGE, &tr.get("passkey-policy-proposed"))
            }
            Err(e) => policy_refusal(tr, e)?,
        },
    )
}

const POLICY_PAGE: &str = "/staff/security";

fn chosen_policy(value: &str) -> Result<KeyPolicy, WebError> {
    value
        .parse()
        .map_err(|_| lers_app::AppError::invalid(Problem::new("form-choose-key-policy")).into())
}

/// A refused policy step, told on the policy page (a failure is an error page).
fn policy_refusal(tr: &lers_app::i18n::Tr, error: KeyError) -> Result<Response, WebError> {
    match error {
        KeyError::App(lers_app::AppError::Refused { problem, .. }) => {
            Ok(with_notice(POLICY_PAGE, &tr.problem(&problem)))
        }
        KeyError::App(e) => Err(e.into()),
        e => Ok(with_notice(POLICY_PAGE, &refusal(tr, &e).1)),
    }
}

/// A second admin's decision on the waiting relaxation: the policy they were shown
/// and when it was proposed (Unix milliseconds), approve or reject, and their factor.
#[derive(Deserialize)]
pub struct PolicyDecisionForm {
    policy: String,
    #[serde(default)]
    proposed_at: i64,
    decision: String,
    #[serde(default)]
    code: String,
}

pub async fn policy_decide(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<PolicyDecisionForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "key policy").await?;
    let shown = ShownProposal {
        policy: chosen_policy(&form.policy)?,
        proposed_at: Timestamp::from_unix_millis(form.proposed_at),
    };
    let approve = match form.decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => {
            return Err(lers_app::AppError::invalid(Problem::new(
                "form-choose-key-policy-decision",
            ))
            .into())
        }
    };
    let tr = &who.req.tr;
    Ok(
        match state
            .decide_key_policy(&who.session, shown, approve, &form.code, &who.ctx(&state))
            .await
        {
            Ok(_) if approve => with_notice(POLICY_PAGE, &tr.get("passkey-policy-approved")),
            Ok(_) => with_notice(POLICY_PAGE, &tr.get("passkey-policy-rejected")),
            Err(e) => policy_refusal(tr, e)?,
        },
    )
}

/// Where a key-enrolment session goes instead of the TOTP enrollment page.
pub fn enrolment_redirect(session: &SessionRecord) -> Option<Response> {
    (session.account.mfa_complete() && session.mfa_at.is_none())
        .then(|| Redirect::to(KEYS_PAGE).into_response())
}

pub fn routes() -> Router<App> {
    Router::new()
        .route(KEYS_PAGE, get(keys_page))
        .route("/account/keys/register/start", post(register_start))
        .route("/account/keys/register/finish", post(register_finish))
        .route("/account/keys/{id}/rename", post(rename))
        .route("/account/keys/{id}/remove", post(remove))
        .route("/login/key/start", post(sign_in_start))
        .route("/login/key/finish", post(sign_in_finish))
        .route("/login/key/second-factor", post(second_factor_start))
        .route("/account/step-up/key/start", post(step_up_start))
        .route("/account/step-up/key/finish", post(step_up_finish))
        .route(POLICY_PAGE, get(policy_page).post(policy_submit))
        .route("/staff/security/proposal", post(policy_decide))
}

pub async fn script() -> impl IntoResponse {
    (
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/javascript; charset=utf-8",
            ),
            (axum::http::header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/passkeys.js"),
    )
}
