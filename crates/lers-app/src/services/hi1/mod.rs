//! The HI-1 endpoint (ETSI TS 103 120): one message in, one `ResponsePayload` out.
//!
//! [`App::receive_hi1`] checks the size before anything else, authenticates the caller
//! (`authenticate_hi1`), reads the message within `Limits`, checks that its header
//! names the caller as sender and LERS as receiver, and answers a retried
//! TransactionIdentifier with the answer stored for it, byte for byte. Otherwise the
//! actions run: every CREATE of the message together makes one order ([`create`]), GET
//! and LIST report what the sender created ([`query`]), UPDATE changes it
//! ([`update`]), and an enforcing authority's endpoint sends its decision ([`ea`]) and
//! nothing else. Everything is checked before the first write; a refused message
//! stores nothing and is audited with what was wrong.

mod create;
mod ea;
mod query;
mod update;

use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::interface::{EndpointRole, Hi1Credentials, TokenProblem};
use lers_etsi::write::{message_error_xml, response_xml, ActionResponse, ErrorInformation};
use lers_etsi::{Action, Endpoint, Header, Hi1Message, Limits, MessageError, ObjectId};
use lers_store::etsi_inbound::EtsiAnswer;
use lers_store::{Account, Ctx, EndpointRecord};
use serde_json::json;
use sha2::{Digest, Sha256};

pub use query::order_facts;

use super::interface_endpoints::Hi1AuthError;
use crate::app::App;
use crate::error::AppError;

/// What goes back to the caller: an HTTP status, a content type and a body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hi1Answer {
    pub status: u16,
    pub content_type: String,
    pub body: String,
}

/// The answers LERS writes are XML (the crate writes no JSON form); a JSON request
/// gets XML too, and the content type says so.
const ANSWER_TYPE: &str = "application/xml";

/// Why a message that was read is refused, beyond what the parser and the profile
/// mapping say. LERS' own codes (6xxx), beside `lers_etsi`'s 1xxx–5xxx.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Refusal {
    #[error("the SenderIdentifier {country}:{identifier} is not the endpoint that presented these credentials")]
    SenderMismatch { country: String, identifier: String },
    #[error("the ReceiverIdentifier {country}:{identifier} is not this service ({ours})")]
    WrongReceiver {
        country: String,
        identifier: String,
        ours: String,
    },
    #[error("the TransactionIdentifier {0} was already used for a different message (the SHA-256 of the body differs); a retry must resend the same bytes, a new message needs a new TransactionIdentifier")]
    TransactionReused(String),
    #[error("object {0} was not found for this sender")]
    NotFound(String),
    #[error("object {0} was already created by an earlier message")]
    AlreadyCreated(String),
    #[error("object {object}: Generation {sent} is stale or missing; the current Generation is {current}, so an UPDATE must carry {next}")]
    StaleGeneration {
        object: String,
        sent: String,
        current: i64,
        next: i64,
    },
    #[error("object {object}: {reason}")]
    NotNow { object: String, reason: String },
    #[error("document {object}: {reason}")]
    Document { object: String, reason: String },
    #[error("the order has no DocumentObject: the signed certificate (a PDF) must come with it")]
    NoDocument,
    #[error("the order is incomplete or invalid: {0}")]
    Invalid(String),
    #[error("the content type {0:?} is not accepted: send application/xml, text/xml or application/json")]
    ContentType(String),
    #[error("a GET of a {0} object is not supported; GET the AuthorisationObject or its tasks")]
    NotReported(String),
    #[error("this endpoint speaks for an enforcing authority: it may only send the enforcing authority's decision (an UPDATE of the AuthorisationObject), not {0}")]
    EnforcingOnly(&'static str),
    #[error("this endpoint speaks for an issuing authority: an enforcing authority's decision comes only from the enforcing authority's own registered endpoint")]
    IssuingOnly,
}

impl Refusal {
    fn code(&self) -> u64 {
        match self {
            Self::SenderMismatch { .. } => 6001,
            Self::WrongReceiver { .. } => 6002,
            Self::TransactionReused(_) => 6003,
            Self::NotFound(_) => 6004,
            Self::AlreadyCreated(_) => 6005,
            Self::StaleGeneration { .. } => 6006,
            Self::NotNow { .. } => 6007,
            Self::Document { .. } => 6008,
            Self::NoDocument => 6009,
            Self::Invalid(_) => 6010,
            Self::ContentType(_) => 6011,
            Self::NotReported(_) => 6012,
            Self::EnforcingOnly(_) => 6013,
            Self::IssuingOnly => 6014,
        }
    }

    pub(crate) fn information(&self) -> ErrorInformation {
        ErrorInformation {
            code: self.code(),
            description: self.to_string(),
        }
    }
}

/// A refusal of a whole message, or a failure of LERS itself.
pub(crate) enum Failure {
    Refused(ErrorInformation),
    App(AppError),
}

impl From<AppError> for Failure {
    fn from(e: AppError) -> Self {
        Self::App(e)
    }
}

impl From<lers_store::StoreError> for Failure {
    fn from(e: lers_store::StoreError) -> Self {
        Self::App(e.into())
    }
}

impl From<Refusal> for Failure {
    fn from(r: Refusal) -> Self {
        Self::Refused(r.information())
    }
}

impl From<&MessageError> for Failure {
    fn from(e: &MessageError) -> Self {
        Self::Refused(ErrorInformation::from_message_error(e))
    }
}

/// One authenticated, readable message and who sent it.
pub(crate) struct Incoming<'a> {
    pub endpoint: &'a EndpointRecord,
    /// The requester account that owns the endpoint's orders.
    pub owner: Account,
    pub message: &'a Hi1Message,
    pub sha256: String,
    pub content_type: &'static str,
    /// The answer was left pending by an earlier try of this same message.
    pub resuming: bool,
    /// Acting as the owner account.
    pub ctx: Ctx,
}

/// What the actions of an accepted message did.
pub(crate) struct Effects {
    pub responses: Vec<ActionResponse>,
    /// Objects whose Generation the message set.
    pub updated: Vec<(String, i64)>,
}

impl App {
    /// Answers one HI-1 message. `credentials` is what the transport presented (a
    /// client certificate, or a signed token, or a token that could not be read);
    /// `content_type` the request's header.
    pub async fn receive_hi1(
        &self,
        credentials: Result<Option<Hi1Credentials>, TokenProblem>,
        content_type: Option<&str>,
        body: &[u8],
        ctx: &Ctx,
    ) -> Hi1Answer {
        let max = self.config.hi1_max_message_bytes;
        if u64::try_from(body.len()).unwrap_or(u64::MAX) > max {
            let reason = format!("the message is larger than {} MiB", max / (1024 * 1024));
            return self.refuse_caller(413, "size", &reason, ctx).await;
        }
        let credentials = match credentials {
            Ok(c) => c,
            Err(problem) => {
                return self
                    .refuse_caller(401, "authentication", &problem.to_string(), ctx)
                    .await
            }
        };
        let endpoint = match self.authenticate_hi1(credentials.as_ref(), body, ctx).await {
            Ok(endpoint) => endpoint,
            Err(Hi1AuthError::App(e)) => return internal(&e),
            Err(e @ Hi1AuthError::Inactive) => return plain(403, &e.to_string()),
            Err(e) => return plain(401, &e.to_string()),
        };
        match self.receive_from(&endpoint, content_type, body, ctx).await {
            Ok(answer) => answer,
            Err((header, Failure::Refused(error))) => {
                self.refuse_message(&endpoint, header.as_ref(), &error, ctx)
                    .await
            }
            Err((_, Failure::App(e))) => internal(&e),
        }
    }

    /// A body that could not be read within the HI-1 message limit (too large, or the
    /// connection broke): audited, refused.
    pub async fn refuse_unread_hi1(&self, ctx: &Ctx) -> Hi1Answer {
        let max = self.config.hi1_max_message_bytes / (1024 * 1024);
        let reason = format!("the message could not be read within the limit of {max} MiB");
        self.refuse_caller(413, "size", &reason, ctx).await
    }

    async fn receive_from(
        &self,
        endpoint: &EndpointRecord,
        content_type: Option<&str>,
        body: &[u8],
        ctx: &Ctx,
    ) -> Result<Hi1Answer, (Option<Header>, Failure)> {
        let limits = Limits {
            max_bytes: usize::try_from(self.config.hi1_max_message_bytes).unwrap_or(usize::MAX),
            ..Limits::default()
        };
        let media = content_type
            .unwrap_or("")
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let parsed = match media.as_str() {
            "application/xml" | "text/xml" => lers_etsi::parse_xml(body, limits),
            "application/json" => lers_etsi::parse_json(body, limits),
            _ => return Err((None, Refusal::ContentType(media).into())),
        };
        let message = parsed.map_err(|e| (None, Failure::from(&e)))?;
        let header = Some(message.header.clone());
        self.accept(endpoint, &message, body, ctx)
            .await
            .map_err(|f| (header, f))
    }

    async fn accept(
        &self,
        endpoint: &EndpointRecord,
        message: &Hi1Message,
        body: &[u8],
        ctx: &Ctx,
    ) -> Result<Hi1Answer, Failure> {
        let header = &message.header;
        if !endpoint.identity.is_sender(
            &header.sender.country_code,
            &header.sender.unique_identifier,
        ) {
            return Err(Refusal::SenderMismatch {
                country: header.sender.country_code.clone(),
                identifier: header.sender.unique_identifier.clone(),
            }
            .into());
        }
        let ours = self.hi1_identity();
        if !header
            .receiver
            .country_code
            .eq_ignore_ascii_case(&ours.country_code)
            || header.receiver.unique_identifier != ours.unique_identifier
        {
            return Err(Refusal::WrongReceiver {
                country: header.receiver.country_code.clone(),
                identifier: header.receiver.unique_identifier.clone(),
                ours: format!("{}:{}", ours.country_code, ours.unique_identifier),
            }
            .into());
        }
        let sha256 = hex::encode(Sha256::digest(body));
        let transaction = header.transaction.as_str();
        let stored = self.store.etsi_answer(endpoint.id, transaction).await?;
        if let Some(stored) = &stored {
            if stored.message_sha256 != sha256 {
                return Err(Refusal::TransactionReused(transaction.to_owned()).into());
            }
            if !stored.is_pending() {
                return Ok(Hi1Answer {
                    status: 200,
                    content_type: stored.content_type.clone(),
                    body: stored.response.clone(),
                });
            }
        }
        let owner = self
            .store
            .account(endpoint.owner_account_id)
            .await?
            .ok_or_else(|| AppError::internal("the endpoint's owner account is missing"))?;
        let incoming = Incoming {
            endpoint,
            ctx: ctx.acting_as(&owner),
            owner,
            message,
            sha256,
            content_type: ANSWER_TYPE,
            resuming: stored.is_some(),
        };
        let outcome = self.run_actions(&incoming).await?;
        let answer = response_xml(&header.reply(self.now_utc()), &outcome.responses);
        let actions: Vec<&str> = message.requests.iter().map(|r| verb(&r.action)).collect();
        let accepted = AuditEvent::new(
            ctx.at,
            incoming.ctx.actor.clone(),
            AuditAction::Hi1MessageAccepted,
            Outcome::Success,
        )
        .from_ip(ctx.ip.clone())
        .subject(format!("endpoint:{}", endpoint.id))
        .details(json!({
            "endpoint": endpoint.identity.to_string(),
            "transaction": transaction,
            "actions": actions,
            "message_sha256": incoming.sha256,
            "objects_updated": outcome.updated.iter().map(|(o, _)| o).collect::<Vec<_>>(),
        }));
        let stored = EtsiAnswer {
            message_sha256: incoming.sha256.clone(),
            content_type: ANSWER_TYPE.to_owned(),
            response: answer,
        };
        self.store
            .finish_etsi_message(
                endpoint.id,
                transaction,
                &stored,
                &outcome.updated,
                accepted,
                &incoming.ctx,
            )
            .await?;
        Ok(Hi1Answer {
            status: 200,
            content_type: stored.content_type,
            body: stored.response,
        })
    }

    /// Every CREATE of the message makes one order; each other action is answered on
    /// its own. All actions are checked before any takes effect.
    async fn run_actions(&self, incoming: &Incoming<'_>) -> Result<Effects, Failure> {
        let message = incoming.message;
        if incoming.endpoint.role == EndpointRole::Enforcing {
            if let Some(other) = message
                .requests
                .iter()
                .find(|r| !matches!(r.action, Action::Update { .. }))
            {
                return Err(Refusal::EnforcingOnly(article(&other.action)).into());
            }
        }
        let creates = message.created();
        let order = if creates.is_empty() {
            None
        } else {
            Some(self.check_order(incoming).await?)
        };
        let mut checked_updates = Vec::new();
        for request in &message.requests {
            if let Action::Update { object } = &request.action {
                checked_updates.push(self.check_update(incoming, object).await?);
            }
        }
        let mut responses = Vec::new();
        if let Some(order) = order {
            responses.extend(self.create_order(incoming, order).await?);
        }
        let mut updated = Vec::new();
        let mut updates = checked_updates.into_iter();
        for request in &message.requests {
            let action = request.action_identifier;
            match &request.action {
                Action::Create { .. } => {}
                Action::Get { identifier } => {
                    responses.push(self.get_object(incoming, action, identifier).await?);
                }
                Action::List(list) => {
                    responses.push(self.list_objects(incoming, action, list).await?)
                }
                Action::Update { .. } => {
                    if let Some(checked) = updates.next() {
                        let (response, generation) =
                            self.apply_update(incoming, action, checked).await?;
                        updated.extend(generation);
                        responses.push(response);
                    }
                }
            }
        }
        responses.sort_by_key(action_of);
        Ok(Effects { responses, updated })
    }

    /// LERS' own HI-1 identity.
    pub fn hi1_identity(&self) -> Endpoint {
        Endpoint {
            country_code: self.config.hi1_country.clone(),
            unique_identifier: self.config.hi1_identifier.clone(),
        }
    }

    fn now_utc(&self) -> time::OffsetDateTime {
        time::OffsetDateTime::from_unix_timestamp_nanos(
            i128::from(self.clock.now().unix_millis()) * 1_000_000,
        )
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
    }

    /// A readable message refused: audited, answered with its ErrorInformation.
    async fn refuse_message(
        &self,
        endpoint: &EndpointRecord,
        header: Option<&Header>,
        error: &ErrorInformation,
        ctx: &Ctx,
    ) -> Hi1Answer {
        let transaction = header.map(|h| h.transaction.as_str().to_owned());
        let refused = AuditEvent::new(
            ctx.at,
            ctx.actor.clone(),
            AuditAction::Hi1MessageRefused,
            Outcome::Denied,
        )
        .from_ip(ctx.ip.clone())
        .subject(format!("endpoint:{}", endpoint.id))
        .details(json!({
            "stage": "message",
            "endpoint": endpoint.identity.to_string(),
            "transaction": transaction,
            "code": error.code,
            "reason": error.description,
        }));
        if let Err(e) = self.store.record_event(refused).await {
            return internal(&e.into());
        }
        let now = self.now_utc();
        let reply = match header {
            Some(h) => h.reply(now),
            None => Header::outgoing(
                self.hi1_identity(),
                Endpoint {
                    country_code: endpoint.identity.country.clone(),
                    unique_identifier: endpoint.identity.identifier.clone(),
                },
                ObjectId::from_random(rand::random()),
                now,
            ),
        };
        Hi1Answer {
            status: 400,
            content_type: ANSWER_TYPE.to_owned(),
            body: message_error_xml(&reply, error),
        }
    }

    /// A caller refused before it was known who it is (too large, an unreadable
    /// token): audited, answered with a short text.
    async fn refuse_caller(&self, status: u16, stage: &str, reason: &str, ctx: &Ctx) -> Hi1Answer {
        let refused = AuditEvent::new(
            ctx.at,
            ctx.actor.clone(),
            AuditAction::Hi1MessageRefused,
            Outcome::Denied,
        )
        .from_ip(ctx.ip.clone())
        .details(json!({"stage": stage, "reason": reason}));
        if let Err(e) = self.store.record_event(refused).await {
            return internal(&e.into());
        }
        plain(status, reason)
    }
}

fn verb(action: &Action) -> &'static str {
    match action {
        Action::Get { .. } => "GET",
        Action::Create { .. } => "CREATE",
        Action::Update { .. } => "UPDATE",
        Action::List(_) => "LIST",
    }
}

/// An action named for a refusal.
fn article(action: &Action) -> &'static str {
    match action {
        Action::Get { .. } => "a GET",
        Action::Create { .. } => "a CREATE",
        Action::Update { .. } => "an UPDATE",
        Action::List(_) => "a LIST",
    }
}

fn action_of(response: &ActionResponse) -> u64 {
    match response {
        ActionResponse::Create { action, .. }
        | ActionResponse::Update { action, .. }
        | ActionResponse::Get { action, .. }
        | ActionResponse::List { action, .. }
        | ActionResponse::Error { action, .. } => *action,
    }
}

fn plain(status: u16, text: &str) -> Hi1Answer {
    Hi1Answer {
        status,
        content_type: "text/plain; charset=utf-8".into(),
        body: format!("{text}\n"),
    }
}

fn internal(error: &AppError) -> Hi1Answer {
    tracing::error!(%error, "an HI-1 message could not be processed");
    plain(
        500,
        "the message could not be processed; retry it later with the same TransactionIdentifier",
    )
}
