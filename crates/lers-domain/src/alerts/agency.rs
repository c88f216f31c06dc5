//! Agency webhooks (issue 18 §4): which events a requester's own system hears of, and
//! what one carries. An event says only *that* something happened to one of the
//! requester's requests — its type, the request's id and reference, the time — and
//! the system fetches the rest through the API with its token. Not even the new
//! status travels: "approved" or "rejected" is the decision itself, which LERS' mail
//! to the requester does not state either ("log in to see"), and a webhook body
//! passes through the agency's proxies and logs.

use serde_json::{json, Value};

use super::formats::signed_event;
use crate::clock::Timestamp;
use crate::request::RequestStatus;
use crate::token::TokenScope;

/// What happened to one of the requester's requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgencyEvent {
    /// Its status changed (submitted, in review, approved, rejected, produced …).
    StatusChanged,
    /// The response team wrote to the requester.
    Message,
    /// A production was delivered and can be downloaded.
    ProductionReady,
    /// A preservation ends soon (sent with the requester's warning mail).
    PreservationEnding,
}

impl AgencyEvent {
    pub const ALL: [Self; 4] = [
        Self::StatusChanged,
        Self::Message,
        Self::ProductionReady,
        Self::PreservationEnding,
    ];

    /// The event's `type` (and `X-LERS-Event` header).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::StatusChanged => "request.status_changed",
            Self::Message => "request.message",
            Self::ProductionReady => "production.ready",
            Self::PreservationEnding => "preservation.ending",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == text)
    }

    /// A timeline entry of `kind` (a status entry names its new `status`) written by
    /// someone who is (`by_owner`) or is not the request's owner, as an event for the
    /// owner's system: a status change whoever made it, except a draft being opened
    /// (nothing to fetch yet); a message only from someone else (the requester knows
    /// what they wrote).
    pub fn of_timeline(kind: &str, status: Option<RequestStatus>, by_owner: bool) -> Option<Self> {
        match kind {
            "status" if status != Some(RequestStatus::Draft) => Some(Self::StatusChanged),
            "message" if !by_owner => Some(Self::Message),
            _ => None,
        }
    }
}

/// The content-free facts of one event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventFacts {
    /// The event's own id (`evt_…`), the same for every webhook it goes to.
    pub id: String,
    pub event: AgencyEvent,
    /// The request's public id, as the API names it.
    pub request: String,
    /// Its reference (empty before submission).
    pub reference: String,
    pub at: Timestamp,
}

/// The signed body: `{type, id, occurred_at, data: {request, reference}}` and nothing
/// else.
pub fn event_body(facts: &EventFacts) -> Value {
    signed_event(
        facts.event.as_str(),
        &facts.id,
        facts.at,
        json!({"request": facts.request, "reference": facts.reference}),
    )
}

/// Why a token cannot carry a webhook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenUnfit {
    /// Revoked or expired: nothing may act through it any more.
    NotLive,
    /// Without the `read` scope the system could not fetch what an event is about.
    NoReadScope,
}

impl TokenUnfit {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::NotLive => "agency-webhook-token-not-live",
            Self::NoReadScope => "agency-webhook-token-no-read",
        }
    }
}

/// Whether a token may carry webhooks at `now`. Scopes never change after creation,
/// so liveness is the only part that can end later (revocation, expiry).
pub fn token_fit(
    revoked: bool,
    expires_at: Timestamp,
    scopes: &[TokenScope],
    now: Timestamp,
) -> Result<(), TokenUnfit> {
    if revoked || expires_at <= now {
        Err(TokenUnfit::NotLive)
    } else if !scopes.contains(&TokenScope::Read) {
        Err(TokenUnfit::NoReadScope)
    } else {
        Ok(())
    }
}

/// `text` with every `http(s)://` address in it cut to scheme, host, port and path:
/// a user name, password, query or fragment may carry a secret (`?token=…`) and is
/// not repeated into logs and pages.
pub fn redact_urls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = ["https://", "http://"]
        .iter()
        .filter_map(|scheme| rest.find(scheme).map(|at| (at, scheme.len())))
        .min()
    {
        let (at, scheme_len) = start;
        out.push_str(&rest[..at + scheme_len]);
        let tail = &rest[at + scheme_len..];
        let end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '"' | '\'' | '<' | '>'))
            .unwrap_or(tail.len());
        let address = &tail[..end];
        let authority_end = address.find(['/', '?', '#']).unwrap_or(address.len());
        let host_start = address[..authority_end].rfind('@').map_or(0, |i| i + 1);
        let kept_end = address.find(['?', '#']).unwrap_or(address.len());
        out.push_str(&address[host_start..kept_end.max(host_start)]);
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_carries_exactly_its_type_id_time_and_request() {
        let body = event_body(&EventFacts {
            id: "evt_1".into(),
            event: AgencyEvent::Message,
            request: "req_abc".into(),
            reference: "LERS-2026-000001".into(),
            at: Timestamp::from_unix_millis(0),
        });
        let keys: Vec<&String> = body
            .as_object()
            .map(|o| o.keys().collect())
            .unwrap_or_default();
        assert_eq!(keys.len(), 4);
        for key in ["type", "id", "occurred_at", "data"] {
            assert!(body.get(key).is_some(), "{key}");
        }
        assert_eq!(
            body["data"],
            json!({"request": "req_abc", "reference": "LERS-2026-000001"})
        );
        assert_eq!(body["type"], "request.message");
    }

    #[test]
    fn names_round_trip_and_only_others_messages_count() {
        for event in AgencyEvent::ALL {
            assert_eq!(AgencyEvent::parse(event.as_str()), Some(event));
        }
        let submitted = Some(RequestStatus::Submitted);
        assert_eq!(
            AgencyEvent::of_timeline("status", submitted, true),
            Some(AgencyEvent::StatusChanged)
        );
        assert_eq!(
            AgencyEvent::of_timeline("status", Some(RequestStatus::Draft), true),
            None
        );
        assert_eq!(
            AgencyEvent::of_timeline("message", None, false),
            Some(AgencyEvent::Message)
        );
        assert_eq!(AgencyEvent::of_timeline("message", None, true), None);
        assert_eq!(AgencyEvent::of_timeline("document", None, false), None);
    }

    #[test]
    fn a_token_carries_webhooks_while_live_and_able_to_read() {
        let now = Timestamp::from_unix_millis(1_000);
        let later = Timestamp::from_unix_millis(2_000);
        let read = [TokenScope::Read];
        assert_eq!(token_fit(false, later, &read, now), Ok(()));
        assert_eq!(token_fit(true, later, &read, now), Err(TokenUnfit::NotLive));
        assert_eq!(token_fit(false, now, &read, now), Err(TokenUnfit::NotLive));
        assert_eq!(
            token_fit(false, later, &[TokenScope::Submit], now),
            Err(TokenUnfit::NoReadScope)
        );
    }

    #[test]
    fn addresses_lose_their_credentials_query_and_fragment() {
        assert_eq!(
            redact_urls(
                "error sending request for url (https://u:p@hooks.example/lers?token=s3cret#x)"
            ),
            "error sending request for url (https://hooks.example/lers)"
        );
        assert_eq!(
            redact_urls("http://a.example/x?q=1 and https://b.example"),
            "http://a.example/x and https://b.example"
        );
        assert_eq!(redact_urls("no address here"), "no address here");
    }
}
