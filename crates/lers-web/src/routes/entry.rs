//! Getting in and out: sign-up, email verification, password, TOTP enrollment, login,
//! logout, and the first-admin setup link.

use axum::extract::{Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use lers_app::i18n::Tr;
use lers_app::services::accounts::{AdminSetupForm, SignUpForm};
use lers_app::services::login::{LoginError, LoginForm, LoginOutcome};
use lers_app::App;
use lers_app::FormError;
use lers_domain::account::AccountKind;
use lers_store::tokens;
use qrcode::render::svg;
use qrcode::QrCode;
use serde::Deserialize;

use crate::auth::{cookie, CsrfForm, Enrolling, SESSION_COOKIE};
use crate::error::WebError;
use crate::pages::*;
use crate::paths::STAFF_SIGN_IN;
use crate::request::RequestInfo;

/// A redirect that also sets the new session cookie.
fn with_session(state: &App, token: &str, to: &str) -> Response {
    let max_age = state.sessions.absolute_timeout.as_seconds();
    (
        [(
            SET_COOKIE,
            cookie(
                SESSION_COOKIE,
                token,
                state.config.is_https(),
                Some(max_age),
            ),
        )],
        Redirect::to(to),
    )
        .into_response()
}

/// Field errors re-render the page with 422; anything else is a whole-page error.
fn form_failure(error: FormError, tr: &Tr, rerender: impl FnOnce(Errors) -> Response) -> Response {
    match error {
        FormError::Fields(fields) => {
            let mut response = rerender(Errors::new(tr, fields));
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            response
        }
        FormError::App(error) => WebError::from(error).into_response(),
    }
}

pub async fn signup_page(State(state): State<App>, req: RequestInfo) -> impl IntoResponse {
    render(&SignUpPage {
        chrome: Chrome::new(&req, &state),
        form: SignUpForm {
            country: "US".into(),
            ..Default::default()
        },
        errors: Errors::default(),
    })
}

pub async fn signup_submit(
    State(state): State<App>,
    req: RequestInfo,
    CsrfForm(form): CsrfForm<SignUpForm>,
) -> Response {
    let ctx = req.ctx(&state);
    match state.sign_up(form.clone(), &ctx, &req.tr).await {
        Ok(()) => Redirect::to("/signup/sent").into_response(),
        Err(error) => form_failure(error, &req.tr, |errors| {
            render(&SignUpPage {
                chrome: Chrome::new(&req, &state),
                form,
                errors,
            })
            .into_response()
        }),
    }
}

pub async fn signup_sent(State(state): State<App>, req: RequestInfo) -> impl IntoResponse {
    render(&NoticePage {
        title: req.tr.get("signup-sent-title"),
        message: req.tr.get("signup-sent-text"),
        link: Some(("/signup/resend".into(), req.tr.get("resend-title"))),
        chrome: Chrome::new(&req, &state),
    })
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// Shows the password form for a verification or invitation link, or says plainly
/// why the link cannot be used.
pub async fn verify_page(
    State(state): State<App>,
    req: RequestInfo,
    Query(query): Query<TokenQuery>,
) -> Response {
    let now = state.clock.now();
    let link = match state
        .store
        .one_time_token(&tokens::hash(&query.token))
        .await
    {
        Ok(link) => link,
        Err(e) => return WebError::from(e).into_response(),
    };
    // Only verification and invitation links set a first password here; an
    // enrollment link of an already verified account is dead (`problem`).
    let link = link.filter(|l| l.purpose.enrolls());
    let problem = match &link {
        None => Some(lers_store::StoreError::TokenUnknown),
        Some(l) => l.problem(now),
    };
    let email = link.and_then(|l| l.account).map(|a| a.email);
    match (problem, email) {
        (None, Some(email)) => render(&SetPasswordPage {
            chrome: Chrome::new(&req, &state),
            token: query.token,
            email,
            errors: Errors::default(),
        })
        .into_response(),
        (problem, _) => (
            StatusCode::BAD_REQUEST,
            render(&NoticePage {
                title: req.tr.get("link-invalid-title"),
                message: problem
                    .and_then(|p| p.invalid_problem())
                    .map(|p| req.tr.problem(&p))
                    .unwrap_or_default(),
                link: Some(("/login".into(), req.tr.get("nav-sign-in"))),
                chrome: Chrome::new(&req, &state),
            }),
        )
            .into_response(),
    }
}

#[derive(Deserialize)]
pub struct SetPasswordForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
    /// The browser's zone (`locale.js`), for an account that has none yet.
    #[serde(default)]
    time_zone: String,
}

pub async fn verify_submit(
    State(state): State<App>,
    req: RequestInfo,
    CsrfForm(form): CsrfForm<SetPasswordForm>,
) -> Response {
    let ctx = req.ctx(&state);
    match state
        .redeem_link(
            &form.token,
            (form.password, &form.password_confirm),
            &form.time_zone,
            &ctx,
        )
        .await
    {
        Ok(token) => with_session(&state, &token, "/mfa/enroll"),
        Err(error) => {
            let email = match state.store.one_time_token(&tokens::hash(&form.token)).await {
                Ok(link) => link
                    .and_then(|l| l.account)
                    .map(|a| a.email)
                    .unwrap_or_default(),
                Err(e) => return WebError::from(e).into_response(),
            };
            form_failure(error, &req.tr, |errors| {
                render(&SetPasswordPage {
                    chrome: Chrome::new(&req, &state),
                    token: form.token,
                    email,
                    errors,
                })
                .into_response()
            })
        }
    }
}

fn home_of(kind: AccountKind) -> &'static str {
    match kind {
        AccountKind::Staff => "/staff",
        AccountKind::Requester => "/dashboard",
    }
}

async fn enroll_render(state: &App, who: &Enrolling, errors: Errors) -> Response {
    let account = &who.session.account;
    let secret = match state.enrollment_secret(account).await {
        Ok(secret) => secret,
        Err(e) => return WebError::from(e).into_response(),
    };
    let uri = secret.otpauth_uri(&state.config.service_name, &account.email);
    let qr_svg = match QrCode::new(uri.as_bytes()) {
        Ok(code) => code
            .render::<svg::Color>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
        Err(e) => return WebError::internal(e).into_response(),
    };
    let base32 = secret.base32();
    let secret_groups = base32
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    render(&MfaEnrollPage {
        chrome: Chrome::new(&who.req, state),
        qr_svg,
        secret_groups,
        errors,
        reenrollment: account.mfa_reenroll_required,
    })
    .into_response()
}

pub async fn enroll_page(State(state): State<App>, who: Enrolling) -> Response {
    if let Some(keys) = super::passkeys::enrolment_redirect(&who.session) {
        return keys;
    }
    if who.session.account.mfa_complete() {
        return Redirect::to(home_of(who.session.account.kind)).into_response();
    }
    enroll_render(&state, &who, Errors::default()).await
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn enroll_submit(
    State(state): State<App>,
    who: Enrolling,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Response {
    if who.session.account.mfa_complete() {
        return Redirect::to(home_of(who.session.account.kind)).into_response();
    }
    let ctx = who.req.ctx(&state);
    match state
        .confirm_enrollment(&who.session, &form.code, &ctx)
        .await
    {
        // The recovery codes are shown here, once, never stored in the clear.
        Ok(codes) => render(&RecoveryCodesPage {
            chrome: Chrome::new(&who.req, &state),
            codes,
            home: home_of(who.session.account.kind),
        })
        .into_response(),
        Err(FormError::Fields(fields)) => {
            let mut response = enroll_render(&state, &who, Errors::new(&who.req.tr, fields)).await;
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            response
        }
        Err(FormError::App(e)) => WebError::from(e).into_response(),
    }
}

/// Where the sign-in form posts: back to the route that served it (`/login` in the
/// portal's load budget, or `/staff/login` in the staff console's).
fn sign_in_action(uri: &Uri) -> &'static str {
    if uri.path() == STAFF_SIGN_IN {
        STAFF_SIGN_IN
    } else {
        "/login"
    }
}

pub async fn login_page(State(state): State<App>, req: RequestInfo, uri: Uri) -> Response {
    if let Some(session) = req.session.as_ref().filter(|s| s.mfa_at.is_some()) {
        return Redirect::to(home_of(session.account.kind)).into_response();
    }
    render(&LoginPage {
        chrome: Chrome::new(&req, &state),
        action: sign_in_action(&uri),
        email: String::new(),
        error: None,
    })
    .into_response()
}

pub async fn login_submit(
    State(state): State<App>,
    req: RequestInfo,
    uri: Uri,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> Response {
    let ctx = req.ctx(&state);
    let email = form.email.clone();
    match state.log_in(form, &ctx).await {
        Ok(LoginOutcome::SignedIn { token, staff }) => {
            with_session(&state, &token, if staff { "/staff" } else { "/dashboard" })
        }
        Ok(LoginOutcome::MustEnroll { token }) => with_session(&state, &token, "/mfa/enroll"),
        Ok(LoginOutcome::MustEnrollKey { token }) => with_session(&state, &token, "/account/keys"),
        Err(LoginError::Internal(e)) => WebError::from(e).into_response(),
        Err(refusal) => {
            let status = match refusal {
                LoginError::Throttled => StatusCode::TOO_MANY_REQUESTS,
                _ => StatusCode::UNAUTHORIZED,
            };
            (
                status,
                render(&LoginPage {
                    chrome: Chrome::new(&req, &state),
                    action: sign_in_action(&uri),
                    email,
                    error: refusal.problem().map(|problem| req.tr.problem(&problem)),
                }),
            )
                .into_response()
        }
    }
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn logout(
    State(state): State<App>,
    req: RequestInfo,
    CsrfForm(_): CsrfForm<Empty>,
) -> Response {
    if let Some(session) = &req.session {
        if let Err(e) = state
            .store
            .end_session(&session.token_hash, Some(&req.ctx(&state)))
            .await
        {
            return WebError::from(e).into_response();
        }
    }
    (
        [(
            SET_COOKIE,
            cookie(SESSION_COOKIE, "", state.config.is_https(), Some(0)),
        )],
        Redirect::to("/login"),
    )
        .into_response()
}

pub async fn setup_page(
    State(state): State<App>,
    req: RequestInfo,
    Query(query): Query<TokenQuery>,
) -> Response {
    render(&SetupPage {
        chrome: Chrome::new(&req, &state),
        form: AdminSetupForm {
            token: query.token,
            ..Default::default()
        },
        errors: Errors::default(),
    })
    .into_response()
}

pub async fn setup_submit(
    State(state): State<App>,
    req: RequestInfo,
    CsrfForm(form): CsrfForm<AdminSetupForm>,
) -> Response {
    let ctx = req.ctx(&state);
    match state.set_up_first_admin(form.clone(), &ctx).await {
        Ok(token) => with_session(&state, &token, "/mfa/enroll"),
        Err(error) => form_failure(error, &req.tr, |errors| {
            render(&SetupPage {
                chrome: Chrome::new(&req, &state),
                form: AdminSetupForm {
                    password: String::new(),
                    password_confirm: String::new(),
                    ..form
                },
                errors,
            })
            .into_response()
        }),
    }
}
