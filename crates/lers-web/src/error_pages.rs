//! Error pages in the reader's language. An error is made deep in a handler, where
//! nobody knows who reads the page, so it leaves an [`ExplainedError`] on the
//! response; the request's middleware, which knows the reader, draws the page again
//! with their language, navigation and language switcher.

use axum::response::{IntoResponse, Response};
use lers_app::App;

use crate::error::ExplainedError;
use crate::pages::{render, Chrome, ErrorPage};
use crate::request::RequestInfo;

/// `response` with its error page drawn for the reader of `info`; any other
/// response unchanged.
pub fn for_reader(mut response: Response, info: &RequestInfo, state: &App) -> Response {
    let Some(explained) = response.extensions_mut().remove::<ExplainedError>() else {
        return response;
    };
    let chrome = Chrome::new(info, state);
    // A refusal says why in the reader's words. Other errors' own words are English;
    // other readers get the translated explanation of the same error instead, so
    // that no English word reaches them.
    let message = match (&explained.problem, explained.explanation_id) {
        (Some(problem), _) => chrome.t.problem(problem),
        (None, Some(id)) if chrome.t.lang() != "en" => chrome.t.get(id),
        _ => explained.detail,
    };
    let page = ErrorPage {
        chrome,
        status: explained.status.as_u16(),
        message,
    };
    let (mut parts, _) = response.into_parts();
    let redrawn = render(&page).into_response();
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    Response::from_parts(parts, redrawn.into_body())
}
