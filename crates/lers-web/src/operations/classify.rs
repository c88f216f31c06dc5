//! The first layer of load shedding: which budget a request belongs to, and whether
//! it is an emergency. Filing an emergency is recognised from the body of the
//! create routes (read here, at most a form's size, and handed on unchanged); an
//! emergency draft submitted later is recognised by one indexed read, made only
//! when the request would otherwise be refused.

use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use lers_app::App;
use serde::Deserialize;

use super::Operations;

/// How long a create request's or a staff sign-in's body may take to arrive.
const BODY_DEADLINE: std::time::Duration = std::time::Duration::from_secs(30);

/// The budgets; emergencies take none, and neither do the compiled-in stylesheet
/// and script (`/static/…`), which are served before any of this.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Budget {
    /// `/api/…`: agencies' case systems.
    Api,
    /// Requester pages, sign-up and sign-in.
    Portal,
    /// `/staff/…`, the staff sign-in (`/staff/login`) included.
    Staff,
    /// The probes: `/healthz`, `/readyz`.
    Health,
    /// `/metrics`: apart from the probes, so a flood of scrapes cannot shed them.
    Metrics,
}

impl Budget {
    pub const ALL: [Budget; 5] = [
        Budget::Api,
        Budget::Portal,
        Budget::Staff,
        Budget::Health,
        Budget::Metrics,
    ];

    /// The budget of `path`; `None` for the static assets, which take none.
    pub fn of_path(path: &str) -> Option<Self> {
        Some(if path.starts_with("/api/") {
            Self::Api
        } else if crate::paths::is_staff(path) {
            Self::Staff
        } else if matches!(
            path,
            "/static/app.css" | "/static/upload.js" | "/static/locale.js"
        ) {
            // The compiled-in assets (`routes::assets`); any other path under
            // `/static/` is a 404 like any unknown page, in the portal budget.
            return None;
        } else if matches!(path, "/healthz" | "/readyz") {
            Self::Health
        } else if path == "/metrics" {
            Self::Metrics
        } else {
            Self::Portal
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Api => "api",
            Self::Portal => "portal",
            Self::Staff => "staff",
            Self::Health => "health",
            Self::Metrics => "metrics",
        }
    }
}

#[derive(Clone, Debug)]
enum Urgency {
    Emergency,
    Normal,
    /// Submits or edits the stored request with this public id.
    Stored(String),
}

/// What the later layers know about a request.
#[derive(Clone, Debug)]
pub struct Class {
    pub budget: Budget,
    urgency: Urgency,
}

impl Class {
    /// Whether this request files or submits an emergency; asks the database only
    /// for a stored request, and only once.
    pub async fn is_emergency(&mut self, app: &App) -> bool {
        if let Urgency::Stored(id) = &self.urgency {
            self.urgency = if app.stored_request_is_emergency(id).await {
                Urgency::Emergency
            } else {
                Urgency::Normal
            };
        }
        matches!(self.urgency, Urgency::Emergency)
    }

    pub fn known_emergency(&self) -> bool {
        matches!(self.urgency, Urgency::Emergency)
    }
}

/// The parts of a new request that say "emergency" (as the store decides: the kind,
/// or an EU order whose certificate's section B says emergency).
#[derive(Deserialize, Default)]
#[serde(default)]
struct NewRequestPeek {
    kind: String,
    request: DraftPeek,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DraftPeek {
    eu_order: EuPeek,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct EuPeek {
    emergency: bool,
}

fn json_is_emergency(body: &[u8]) -> bool {
    serde_json::from_slice::<NewRequestPeek>(body).is_ok_and(|peek| {
        peek.kind == "emergency" || (peek.kind == "epoc" && peek.request.eu_order.emergency)
    })
}

fn form_is_emergency(body: &[u8]) -> bool {
    form_urlencoded::parse(body).any(|(key, value)| key == "kind" && value == "emergency")
}

/// A form or JSON body read whole before any slot is taken: at most a form's size
/// (else 413), within [`BODY_DEADLINE`] (else 408), so a client that never finishes
/// its body holds nothing but its own connection.
pub async fn read_form(body: Body, ops: &Operations) -> Result<Bytes, Response> {
    match tokio::time::timeout(BODY_DEADLINE, to_bytes(body, ops.max_form_bytes)).await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(_)) => Err(StatusCode::PAYLOAD_TOO_LARGE.into_response()),
        Err(_) => Err(StatusCode::REQUEST_TIMEOUT.into_response()),
    }
}

/// The public id in `/api/v1/requests/{id}…` or `/requests/{id}…`.
fn request_id(path: &str) -> Option<String> {
    let rest = path
        .strip_prefix("/api/v1/requests/")
        .or_else(|| path.strip_prefix("/requests/"))?;
    rest.split('/')
        .next()
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
}

pub async fn classify(State(ops): State<Operations>, request: Request, next: Next) -> Response {
    let Some(budget) = Budget::of_path(request.uri().path()) else {
        return next.run(request).await;
    };
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned())
        .unwrap_or_default();
    let method = request.method().clone();
    let peek: Option<fn(&[u8]) -> bool> = match (&method, route.as_str()) {
        (&Method::POST, "/api/v1/requests") => Some(json_is_emergency),
        (&Method::POST, "/requests") => Some(form_is_emergency),
        _ => None,
    };
    let (urgency, mut request) = match peek {
        Some(is_emergency) => {
            let (parts, body) = request.into_parts();
            let bytes = match read_form(body, &ops).await {
                Ok(bytes) => bytes,
                Err(refused) => return refused,
            };
            let urgency = if is_emergency(&bytes) {
                Urgency::Emergency
            } else {
                Urgency::Normal
            };
            (urgency, Request::from_parts(parts, Body::from(bytes)))
        }
        None => {
            let stored = matches!(
                (&method, route.as_str()),
                (&Method::POST, "/api/v1/requests/{id}/submit")
                    | (&Method::PUT, "/api/v1/requests/{id}")
                    | (&Method::POST, "/requests/{id}/edit")
            );
            let urgency = match stored.then(|| request_id(request.uri().path())).flatten() {
                Some(id) => Urgency::Stored(id),
                None => Urgency::Normal,
            };
            (urgency, request)
        }
    };
    request.extensions_mut().insert(Class { budget, urgency });
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budgets_by_path() {
        let of = Budget::of_path;
        assert_eq!(of("/api/v1/requests"), Some(Budget::Api));
        assert_eq!(of("/staff"), Some(Budget::Staff));
        assert_eq!(of("/staff/queue"), Some(Budget::Staff));
        assert_eq!(of("/staff/login"), Some(Budget::Staff));
        assert_eq!(of("/staffing"), Some(Budget::Portal));
        assert_eq!(of("/login"), Some(Budget::Portal));
        assert_eq!(of("/readyz"), Some(Budget::Health));
        assert_eq!(of("/healthz"), Some(Budget::Health));
        assert_eq!(of("/metrics"), Some(Budget::Metrics));
        assert_eq!(of("/requests/new"), Some(Budget::Portal));
        assert_eq!(of("/static/app.css"), None);
        assert_eq!(of("/static/upload.js"), None);
        assert_eq!(of("/static/locale.js"), None);
        assert_eq!(of("/static/nope"), Some(Budget::Portal));
    }

    #[test]
    fn emergencies_are_recognised_in_bodies() {
        assert!(json_is_emergency(br#"{"kind":"emergency","submit":true}"#));
        assert!(json_is_emergency(
            br#"{"kind":"epoc","request":{"eu_order":{"emergency":true}}}"#
        ));
        assert!(!json_is_emergency(
            br#"{"kind":"epoc","request":{"eu_order":{"emergency":false}}}"#
        ));
        assert!(!json_is_emergency(br#"{"kind":"user_data"}"#));
        // The EU flag counts only on an EU order (the handler ignores it elsewhere).
        assert!(!json_is_emergency(
            br#"{"kind":"user_data","request":{"eu_order":{"emergency":true}}}"#
        ));
        assert!(!json_is_emergency(b"not json"));
        assert!(form_is_emergency(b"csrf=x&kind=emergency"));
        assert!(!form_is_emergency(b"kind=preservation"));
        assert_eq!(
            request_id("/api/v1/requests/req_1/submit").as_deref(),
            Some("req_1")
        );
        assert_eq!(request_id("/requests/req_2/edit").as_deref(), Some("req_2"));
        assert_eq!(request_id("/requests/"), None);
    }
}
