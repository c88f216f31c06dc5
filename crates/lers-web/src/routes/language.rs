//! `GET /language?lang=TAG&back=PATH`: the language switcher's choice, kept in a
//! cookie for a year (for visitors and accounts alike; `SameSite=Lax`, so it also holds
//! on a page opened from a link in an e-mail), then back to the page. A plain
//! link, so it works without script and from the keyboard; choosing a language changes
//! nothing but the language, so it needs no CSRF token. A signed-in person's choice is
//! kept in their profile too (audited as a profile change): their pages and e-mails
//! follow it on any browser. The session cookie is `SameSite=Strict`, so a link on
//! another site cannot change anyone's profile.

use axum::extract::{Query, State};
use axum::http::header::SET_COOKIE;
use axum::response::{IntoResponse, Redirect, Response};
use lers_app::i18n::{Tr, LANGUAGES};
use lers_app::{App, AppError};
use lers_domain::problem::Problem;
use serde::Deserialize;

use crate::auth::{cookie_with, LANGUAGE_COOKIE};
use crate::error::WebError;
use crate::languages::{local_path, KEPT_SECONDS};
use crate::request::RequestInfo;

#[derive(Deserialize)]
pub struct LanguageChoice {
    lang: String,
    back: Option<String>,
}

pub async fn choose(
    State(state): State<App>,
    req: RequestInfo,
    Query(choice): Query<LanguageChoice>,
) -> Result<Response, WebError> {
    let Some(tr) = Tr::exact(&choice.lang) else {
        let tags: Vec<&str> = LANGUAGES.iter().map(|(tag, _)| *tag).collect();
        return Err(AppError::invalid(
            Problem::new("form-choose-language")
                .text("language", tag_shaped(&choice.lang))
                .text("languages", tags.join(", ")),
        )
        .into());
    };
    if let Some(session) = &req.session {
        state
            .choose_language(&session.account, &tr, &req.ctx(&state))
            .await?;
    }
    let mut response = Redirect::to(&local_path(choice.back.as_deref())).into_response();
    response.headers_mut().append(
        SET_COOKIE,
        cookie_with(
            LANGUAGE_COOKIE,
            &tr.lang(),
            state.config.is_https(),
            Some(KEPT_SECONDS),
            "Lax",
        ),
    );
    Ok(response)
}

/// What the refusal repeats of an unknown language: letters, digits and dashes, at
/// most 16 (a link can put any text in `lang`; the page must not say it for them).
fn tag_shaped(asked: &str) -> String {
    asked
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(16)
        .collect()
}
