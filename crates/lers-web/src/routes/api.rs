//! The JSON API (`/api/v1`).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use crate::auth::RequestInfo;
use crate::error::ApiError;
use crate::services::accounts::{self, SignUpForm};
use crate::services::FormError;
use crate::state::AppState;

/// `POST /api/v1/signup`: the same sign-up as the page, for agencies' own tools.
/// JSON bodies cannot be sent cross-site without a CORS preflight, which LERS never
/// grants, so no CSRF token is needed here.
pub async fn signup(
    State(state): State<AppState>,
    req: RequestInfo,
    Json(form): Json<SignUpForm>,
) -> Response {
    let ctx = req.ctx(&state);
    match accounts::sign_up(&state, form, &ctx, &req.tr).await {
        Ok(()) => (
            StatusCode::ACCEPTED,
            Json(json!({"status": "verification_sent", "message": req.tr.get("signup-sent-text")})),
        )
            .into_response(),
        Err(FormError::Fields(fields)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({"error": "the sign-up has problems; see fields", "fields": fields})),
        )
            .into_response(),
        Err(FormError::Web(e)) => ApiError(e).into_response(),
    }
}
