//! The JSON API's extractors: axum's own, with every refusal answered as the API's
//! JSON error under the status its OpenAPI document promises (see `routes::api_doc`):
//! 415 when the body is not declared as JSON (or multipart), 400 when it is not valid
//! JSON or the query string does not parse, 413 when it is too large, and 422 when it
//! is JSON of the wrong shape.

use axum::extract::multipart::MultipartRejection;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Multipart, Query, Request};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::Json;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// A JSON body.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(Self(value)),
            Err(rejection) => Err(json_refused(&rejection)),
        }
    }
}

fn json_refused(rejection: &JsonRejection) -> ApiError {
    let status = match rejection {
        JsonRejection::MissingJsonContentType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        JsonRejection::JsonSyntaxError(_) => StatusCode::BAD_REQUEST,
        JsonRejection::JsonDataError(_) => StatusCode::UNPROCESSABLE_ENTITY,
        // 413 for a body over the limit, 400 for one that could not be read.
        other => other.status(),
    };
    let advice = match status {
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "; send the body with Content-Type: application/json",
        StatusCode::UNPROCESSABLE_ENTITY => "; see the request schema in /api/v1/openapi.json",
        _ => "",
    };
    ApiError::Rejected(status, format!("{}{advice}", rejection.body_text()))
}

/// A query string.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(Self(value)),
            Err(rejection) => Err(query_refused(&rejection)),
        }
    }
}

fn query_refused(rejection: &QueryRejection) -> ApiError {
    ApiError::Rejected(
        StatusCode::BAD_REQUEST,
        format!(
            "{}; see the parameters in /api/v1/openapi.json",
            rejection.body_text()
        ),
    )
}

/// A multipart body.
pub struct ApiMultipart(pub Multipart);

impl<S: Send + Sync> FromRequest<S> for ApiMultipart {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let declared_multipart = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
        match Multipart::from_request(req, state).await {
            Ok(multipart) => Ok(Self(multipart)),
            Err(rejection) => Err(multipart_refused(&rejection, declared_multipart)),
        }
    }
}

fn multipart_refused(rejection: &MultipartRejection, declared_multipart: bool) -> ApiError {
    if declared_multipart {
        ApiError::Rejected(
            StatusCode::BAD_REQUEST,
            format!(
                "{}; the multipart body needs a boundary",
                rejection.body_text()
            ),
        )
    } else {
        ApiError::Rejected(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send the PDF as multipart/form-data with the field 'file'".to_owned(),
        )
    }
}
