//! Self-service on one's own account — "send the link again", forgot password,
//! change password, profile — and the admin's email change with its confirmation
//! link. The rules are in `services::own_account` and the store.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lers_app::i18n::{Tr, LANGUAGES};
use lers_app::services::own_account::{ChangePasswordForm, EmailForm, ProfileForm, ResetForm};
use lers_app::App;
use lers_app::AppError;
use lers_app::FormError;
use lers_domain::account::{AccountKind, Role};
use lers_store::{Account, TokenPurpose};
use serde::Deserialize;

use super::with_notice;
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::{render, Chrome, Errors, NoticePage};
use crate::request::RequestInfo;

#[derive(Template)]
#[template(path = "account_email_form.html")]
pub struct EmailFormPage {
    pub chrome: Chrome,
    pub title: String,
    pub lead: String,
    pub action: &'static str,
    pub submit: String,
    pub email: String,
    pub errors: Errors,
}

#[derive(Template)]
#[template(path = "account_reset.html")]
pub struct ResetPage {
    pub chrome: Chrome,
    pub token: String,
    pub email: String,
    pub errors: Errors,
}

#[derive(Template)]
#[template(path = "account_password.html")]
pub struct ChangePasswordPage {
    pub chrome: Chrome,
    pub email: String,
    pub errors: Errors,
}

#[derive(Template)]
#[template(path = "account_profile.html")]
pub struct ProfilePage {
    pub chrome: Chrome,
    pub email: String,
    pub requester: bool,
    pub form: ProfileForm,
    pub errors: Errors,
    pub notice: Option<String>,
    pub languages: &'static [(&'static str, &'static str)],
    /// Every IANA time zone name, sorted.
    pub time_zones: Vec<String>,
}

#[derive(Template)]
#[template(path = "account_email_change.html")]
pub struct EmailChangePage {
    pub chrome: Chrome,
    pub account: Account,
    pub email: String,
    pub errors: Errors,
}

#[derive(Template)]
#[template(path = "account_email_confirm.html")]
pub struct EmailConfirmPage {
    pub chrome: Chrome,
    pub token: String,
    pub new_email: String,
}

/// Field problems re-render with 422; a throttle answers 429 with `Retry-After`;
/// anything else is a whole-page error.
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

fn notice(req: &RequestInfo, state: &App, title: &str, text: String) -> Response {
    render(&NoticePage {
        chrome: Chrome::new(req, state),
        title: req.tr.get(title),
        message: text,
        link: Some(("/login".into(), req.tr.get("nav-sign-in"))),
    })
    .into_response()
}

// --- Send the verification link again --------------------------------------------

fn resend_form(req: &RequestInfo, state: &App, email: String, errors: Errors) -> Response {
    render(&EmailFormPage {
        chrome: Chrome::new(req, state),
        title: req.tr.get("resend-title"),
        lead: req.tr.get("resend-lead"),
        action: "/signup/resend",
        submit: req.tr.get("resend-submit"),
        email,
        errors,
    })
    .into_response()
}

pub async fn resend_page(State(state): State<App>, req: RequestInfo) -> Response {
    resend_form(&req, &state, String::new(), Errors::default())
}

pub async fn resend_submit(
    State(state): State<App>,
    req: RequestInfo,
    CsrfForm(form): CsrfForm<EmailForm>,
) -> Response {
    let ctx = req.ctx(&state);
    let email = form.email.clone();
    match state.resend_verification(form, &ctx, &req.tr).await {
        // The same answer as a sign-up, whether or not the address has an account.
        Ok(()) => Redirect::to("/signup/sent").into_response(),
        Err(error) => form_failure(error, &req.tr, |errors| {
            resend_form(&req, &state, email, errors)
        }),
    }
}

// --- Forgot password ----------------------------------------------------------------

fn forgot_form(req: &RequestInfo, state: &App, email: String, errors: Errors) -> Response {
    render(&EmailFormPage {
        chrome: Chrome::new(req, state),
        title: req.tr.get("forgot-title"),
        lead: req.tr.get("forgot-lead"),
        action: "/password/forgot",
        submit: req.tr.get("forgot-submit"),
        email,
        errors,
    })
    .into_response()
}

pub async fn forgot_page(State(state): State<App>, req: RequestInfo) -> Response {
    forgot_form(&req, &state, String::new(), Errors::default())
}

pub async fn forgot_submit(
    State(state): State<App>,
    req: RequestInfo,
    CsrfForm(form): CsrfForm<EmailForm>,
) -> Response {
    let ctx = req.ctx(&state);
    let email = form.email.clone();
    match state.forgot_password(form, &ctx, &req.tr).await {
        Ok(()) => Redirect::to("/password/forgot/sent").into_response(),
        Err(error) => form_failure(error, &req.tr, |errors| {
            forgot_form(&req, &state, email, errors)
        }),
    }
}

pub async fn forgot_sent(State(state): State<App>, req: RequestInfo) -> Response {
    notice(
        &req,
        &state,
        "forgot-sent-title",
        req.tr.get("forgot-sent-text"),
    )
}

// --- Reset link -----------------------------------------------------------------------

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

fn link_refused(req: &RequestInfo, state: &App, error: FormError) -> Response {
    let problems = match error {
        FormError::App(AppError::Invalid { problem, .. }) => vec![problem],
        FormError::Fields(fields) => fields.into_iter().map(|f| f.problem).collect(),
        FormError::App(other) => return WebError::from(other).into_response(),
    };
    (
        StatusCode::BAD_REQUEST,
        render(&NoticePage {
            chrome: Chrome::new(req, state),
            title: req.tr.get("link-invalid-title"),
            message: problems
                .iter()
                .map(|problem| req.tr.problem(problem))
                .collect::<Vec<_>>()
                .join(" "),
            link: Some(("/login".into(), req.tr.get("nav-sign-in"))),
        }),
    )
        .into_response()
}

pub async fn reset_page(
    State(state): State<App>,
    req: RequestInfo,
    Query(query): Query<TokenQuery>,
) -> Response {
    match state
        .usable_link(&query.token, TokenPurpose::PasswordReset)
        .await
    {
        Ok((account, _)) => render(&ResetPage {
            chrome: Chrome::new(&req, &state),
            token: query.token,
            email: account.email,
            errors: Errors::default(),
        })
        .into_response(),
        Err(error) => link_refused(&req, &state, error.into()),
    }
}

pub async fn reset_submit(
    State(state): State<App>,
    req: RequestInfo,
    CsrfForm(form): CsrfForm<ResetForm>,
) -> Response {
    let ctx = req.ctx(&state);
    let token = form.token.clone();
    match state.reset_password(form, &ctx).await {
        Ok(_) => Redirect::to("/password/reset/done").into_response(),
        Err(FormError::App(error)) => link_refused(&req, &state, error.into()),
        Err(error) => {
            let email = state
                .usable_link(&token, TokenPurpose::PasswordReset)
                .await
                .map(|(a, _)| a.email)
                .unwrap_or_default();
            form_failure(error, &req.tr, |errors| {
                render(&ResetPage {
                    chrome: Chrome::new(&req, &state),
                    token,
                    email,
                    errors,
                })
                .into_response()
            })
        }
    }
}

pub async fn reset_done(State(state): State<App>, req: RequestInfo) -> Response {
    notice(
        &req,
        &state,
        "reset-done-title",
        req.tr.get("reset-done-text"),
    )
}

// --- Change password (signed in) ----------------------------------------------------------

pub async fn password_page(State(state): State<App>, who: SignedIn) -> Response {
    render(&ChangePasswordPage {
        chrome: Chrome::new(&who.req, &state),
        email: who.session.account.email.clone(),
        errors: Errors::default(),
    })
    .into_response()
}

pub async fn password_submit(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<ChangePasswordForm>,
) -> Response {
    let ctx = who.ctx(&state);
    match state.change_password(&who.session, form, &ctx).await {
        Ok(ended) => with_notice(
            "/account/profile",
            &who.req
                .tr
                .with("change-password-done", &[("sessions", ended.to_string())]),
        ),
        Err(error) => form_failure(error, &who.req.tr, |errors| {
            render(&ChangePasswordPage {
                chrome: Chrome::new(&who.req, &state),
                email: who.session.account.email.clone(),
                errors,
            })
            .into_response()
        }),
    }
}

// --- Profile ----------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

fn profile_render(
    state: &App,
    who: &SignedIn,
    form: ProfileForm,
    errors: Errors,
    notice: Option<String>,
) -> Response {
    let account = &who.session.account;
    render(&ProfilePage {
        chrome: Chrome::new(&who.req, state),
        email: account.email.clone(),
        requester: account.kind == AccountKind::Requester,
        form,
        errors,
        notice,
        languages: &LANGUAGES,
        time_zones: lers_domain::locale::time_zones(),
    })
    .into_response()
}

pub async fn profile_page(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let form = ProfileForm::of(&who.session.account);
    profile_render(&state, &who, form, Errors::default(), query.notice)
}

pub async fn profile_submit(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<ProfileForm>,
) -> Response {
    let ctx = who.ctx(&state);
    match state
        .update_profile(&who.session.account, form.clone(), &ctx)
        .await
    {
        // Said in the language just chosen, which the next page is in.
        Ok(account) => with_notice(
            "/account/profile",
            &Tr::for_account(&account.locale, || who.req.tr.clone()).get("profile-saved"),
        ),
        Err(error) => form_failure(error, &who.req.tr, |errors| {
            profile_render(&state, &who, form, errors, None)
        }),
    }
}

// --- Email change: the admin's side ---------------------------------------------------------

async fn target_account(state: &App, id: i64) -> Result<Account, WebError> {
    state
        .store
        .account(id)
        .await?
        .ok_or(AppError::NotFound.into())
}

pub async fn email_change_page(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "email change")
        .await?;
    let account = target_account(&state, id).await?;
    Ok(render(&EmailChangePage {
        chrome: Chrome::new(&who.req, &state),
        account,
        email: String::new(),
        errors: Errors::default(),
    })
    .into_response())
}

pub async fn email_change_submit(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<AdminEmailForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "email change")
        .await?;
    let account = target_account(&state, id).await?;
    let ctx = who.ctx(&state);
    // The admin's fresh second factor first (a wrong code counts as a failed logon).
    let asked = match state
        .confirm_step_up(&who.session, &form.code, "code", &ctx)
        .await
    {
        Ok(()) => {
            state
                .request_email_change(&account, &form.email, &ctx, &who.req.tr)
                .await
        }
        Err(refused) => Err(refused),
    };
    match asked {
        Ok(new_email) => Ok(with_notice(
            "/staff/accounts",
            &who.req.tr.with(
                "email-change-sent",
                &[("name", account.name.clone()), ("email", new_email)],
            ),
        )),
        Err(error) => Ok(form_failure(error, &who.req.tr, |errors| {
            render(&EmailChangePage {
                chrome: Chrome::new(&who.req, &state),
                account,
                email: form.email,
                errors,
            })
            .into_response()
        })),
    }
}

/// The admin's email-change form: the new address and the admin's fresh code.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AdminEmailForm {
    email: String,
    code: String,
}

// --- Email change: the link at the new address ------------------------------------------------

pub async fn email_confirm_page(
    State(state): State<App>,
    req: RequestInfo,
    Query(query): Query<TokenQuery>,
) -> Response {
    // A page with a button, not an action on GET: mail scanners open links.
    match state
        .usable_link(&query.token, TokenPurpose::EmailChange)
        .await
    {
        Ok((_, new_email)) => render(&EmailConfirmPage {
            chrome: Chrome::new(&req, &state),
            token: query.token,
            new_email: new_email.unwrap_or_default(),
        })
        .into_response(),
        Err(error) => link_refused(&req, &state, error.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenForm {
    token: String,
}

pub async fn email_confirm_submit(
    State(state): State<App>,
    req: RequestInfo,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Response {
    let ctx = req.ctx(&state);
    match state.confirm_email_change(&form.token, &ctx, &req.tr).await {
        Ok(account) => notice(
            &req,
            &state,
            "email-confirm-done-title",
            req.tr
                .with("email-confirm-done-text", &[("email", account.email)]),
        ),
        Err(error) => link_refused(&req, &state, error),
    }
}

/// The URLs of this module (merged into the application's router).
pub fn routes() -> axum::Router<App> {
    use axum::routing::get;
    axum::Router::new()
        .route("/signup/resend", get(resend_page).post(resend_submit))
        .route("/password/forgot", get(forgot_page).post(forgot_submit))
        .route("/password/forgot/sent", get(forgot_sent))
        .route("/password/reset", get(reset_page).post(reset_submit))
        .route("/password/reset/done", get(reset_done))
        .route(
            "/account/password",
            get(password_page).post(password_submit),
        )
        .route("/account/profile", get(profile_page).post(profile_submit))
        .route(
            "/account/email/confirm",
            get(email_confirm_page).post(email_confirm_submit),
        )
        .route(
            "/staff/accounts/{id}/email",
            get(email_change_page).post(email_change_submit),
        )
}
