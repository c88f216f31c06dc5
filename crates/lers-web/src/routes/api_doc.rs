//! The OpenAPI 3.1 document of the JSON API (`/api/v1/openapi.json`).
//!
//! Each operation declares what it answers on success and for its own refusals; the
//! answers every operation shares are added here, once, so the document and the server
//! cannot drift apart: the extractors' refusals (`crate::api_extract`), the token
//! checks, and the throttles and load shedding in front of every route. schemathesis
//! checks the two against each other in the integration tests.

use axum::Json;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::{Operation, PathItem};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{Content, Ref, RefOr, Response, ResponseBuilder};
use utoipa::OpenApi;

use super::api::*;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A personal API token (lers_pat_…) created under API tokens. Tokens expire (90 days unless another lifetime of up to a year was chosen) and are renewed on that page; an expired token gets 401 saying so.",
                    ))
                    .build(),
            ),
        );
    }
}

/// The answers every operation can give besides its own.
struct SharedAnswers;

impl utoipa::Modify for SharedAnswers {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            for operation in operations(item) {
                add_shared_answers(operation);
            }
        }
    }
}

fn operations(item: &mut PathItem) -> impl Iterator<Item = &mut Operation> {
    [
        item.get.as_mut(),
        item.put.as_mut(),
        item.post.as_mut(),
        item.delete.as_mut(),
        item.patch.as_mut(),
    ]
    .into_iter()
    .flatten()
}

fn add_shared_answers(operation: &mut Operation) {
    let secured = operation
        .security
        .as_ref()
        .is_some_and(|requirements| !requirements.is_empty());
    let has_body = operation.request_body.is_some();
    let has_query = operation.parameters.as_ref().is_some_and(|parameters| {
        parameters
            .iter()
            .any(|p| matches!(p.parameter_in, utoipa::openapi::path::ParameterIn::Query))
    });
    let mut shared = vec![
        ("429", "Too many requests from this token or address: wait for Retry-After seconds.", true),
        ("503", "The server is saturated or a dependency is down; nothing was done: retry after Retry-After seconds.", true),
    ];
    if secured {
        shared.push((
            "401",
            "No token, an unknown or revoked token, or an expired one (the message says which).",
            false,
        ));
        shared.push(("403", "The token lacks the scope this operation needs, or the account's domain is no longer admitted.", false));
    }
    if has_body {
        shared.push((
            "400",
            "The body could not be read or is not valid JSON / multipart.",
            false,
        ));
        shared.push(("413", "The body is larger than the server accepts.", false));
        shared.push((
            "415",
            "The body was not sent with the content type this operation takes.",
            false,
        ));
        shared.push(("422", "The body does not have the documented shape, or its content breaks a rule; `fields` names each problem.", false));
    }
    if has_query {
        shared.push((
            "400",
            "A query parameter does not parse (e.g. an unknown status).",
            false,
        ));
    }
    for (status, description, retry_after) in shared {
        operation
            .responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| error_answer(description, retry_after));
    }
}

fn error_answer(description: &str, retry_after: bool) -> RefOr<Response> {
    let mut answer = ResponseBuilder::new().description(description).content(
        "application/json",
        Content::new(Some(Ref::from_schema_name("ApiErrorBody"))),
    );
    if retry_after {
        answer = answer.header(
            "Retry-After",
            HeaderBuilder::new()
                .schema(
                    ObjectBuilder::new()
                        .schema_type(Type::Integer)
                        .minimum(Some(0)),
                )
                .description(Some("Seconds to wait before retrying."))
                .build(),
        );
    }
    RefOr::T(answer.build())
}

#[derive(OpenApi)]
#[openapi(
    info(title = "LERS API", version = "1", description = "Law Enforcement Request System: submit and follow legal requests."),
    paths(signup, list, create, get, update, submit, withdraw, messages, post_message, upload, download, webhook_deliveries),
    components(schemas(crate::error::ApiErrorBody)),
    modifiers(&BearerAuth, &SharedAnswers),
    tags((name = "requests"), (name = "messages"), (name = "documents"), (name = "accounts"), (name = "webhooks"))
)]
pub struct ApiDoc;

/// The OpenAPI 3.1 document of this API.
pub async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
