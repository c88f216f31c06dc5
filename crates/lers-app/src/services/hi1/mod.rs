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
mod refusal;
mod update;

use lers_domain::account::AccountStatus;
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::clock::Duration;
use lers_domain::interface::{EndpointRole, Hi1Credentials, TokenProblem};
use lers_etsi::write::{message_error_xml, response_xml, ActionResponse, ErrorInformation};
use lers_etsi::{Action, Endpoint, Header, Hi1Message, Limits, MessageError, ObjectId};
use lers_store::etsi_inbound::EtsiAnswer;
use lers_store::{Account, Ctx, EndpointRecord};
use serde_json::json;
use sha2::{Digest, Sha256};

pub use query::order_facts;
pub(crate) use refusal::Refusal;

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

/// How long a message's claim (its pending answer) belongs to the try that made it;
/// the checks before a CREATE's first write, documents included, take far less.
const CLAIM_LEASE: Duration = Duration::minutes(5);

/// The answers LERS writes are XML (the crate writes no JSON form); a JSON request
/// gets XML too, and the content type says so.
const ANSWER_TYPE: &str = "application/xml";

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
            Err(e) => return caller_refused(&e),
        };
        match self.receive_from(&endpoint, content_type, body, ctx).await {
            Ok(answer) => answer,
            Err((header, Failure::Refused(error))) => {
                self.refuse_message(&endpoint, header.as_ref(), &error, ctx)
                    .await
            }
            Err((header, Failure::App(e))) => {
                self.record_failure(&endpoint, header.as_ref(), &e, ctx)
                    .await;
                internal(&e)
            }
        }
    }

    /// Before the body is read: the refusal for a caller that cannot be an active
    /// endpoint whatever it sends (audited), or `None` to go on and read the message.
    pub async fn admit_hi1_caller(
        &self,
        credentials: &Result<Option<Hi1Credentials>, TokenProblem>,
        ctx: &Ctx,
    ) -> Option<Hi1Answer> {
        match credentials {
            Err(problem) => Some(
                self.refuse_caller(401, "authentication", &problem.to_string(), ctx)
                    .await,
            ),
            Ok(credentials) => match self.admit_hi1(credentials.as_ref(), ctx).await {
                Ok(_) => None,
                Err(e) => Some(caller_refused(&e)),
            },
        }
    }

    /// A failure of LERS itself while a message was handled: audited, so the log shows
    /// every message whatever became of it.
    async fn record_failure(
        &self,
        endpoint: &EndpointRecord,
        header: Option<&Header>,
        error: &AppError,
        ctx: &Ctx,
    ) {
        let failed = refusal_event(endpoint, Outcome::Failure, ctx).details(json!({
            "stage": "processing",
            "endpoint": endpoint.identity.to_string(),
            "transaction": header.map(|h| h.transaction.as_str().to_owned()),
            "reason": error.to_string(),
        }));
        if let Err(e) = self.store.record_event(failed).await {
            tracing::error!(error = %e, "could not audit a failed HI-1 message");
        }
    }

    /// A body that could not be read within the HI-1 message limit (too large, or the
    /// connection broke): audited, refused.
    pub async fn refuse_unread_hi1(&self, ctx: &Ctx) -> Hi1Answer {
        let max = self.config.hi1_max_message_bytes / (1024 * 1024);
        let reason = format!(
            "the message could not be read: it is larger than {max} MiB, or it did not arrive in time"
        );
        self.refuse_caller(413, "size", &reason, ctx).await
    }

    async fn receive_from(
        &self,
        endpoint: &EndpointRecord,
        content_type: Option<&str>,
        body: &[u8],
        ctx: &Ctx,
    ) -> Result<Hi1Answer, (Option<Header>, Failure)> {
        let limits = message_limits(self.config.hi1_max_message_bytes);
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
            // A pending answer younger than the claim's lease is another try still at
            // work; only an older one was left by a crash and is taken over.
            if ctx.at.since(stored.created_at) < CLAIM_LEASE {
                return Err(Refusal::InProgress(stored.created_at.to_rfc3339()).into());
            }
        }
        let owner = self
            .store
            .account(endpoint.owner_account_id)
            .await?
            .ok_or_else(|| AppError::internal("the endpoint's owner account is missing"))?;
        // A provider that locks or disables the account holding the orders stops them
        // from arriving and being fetched, as it stops a person signing in.
        if owner.status != AccountStatus::Active {
            return Err(Refusal::OwnerInactive.into());
        }
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
            created_at: ctx.at,
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
        let updates = message
            .requests
            .iter()
            .filter(|r| matches!(r.action, Action::Update { .. }))
            .count();
        // Changes made by earlier actions cannot be undone when a later one fails, so a
        // message carries at most one change and is answered exactly.
        if updates > 1 || (updates == 1 && !creates.is_empty()) {
            return Err(Refusal::OneChangePerMessage.into());
        }
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
        let refused = refusal_event(endpoint, Outcome::Denied, ctx).details(json!({
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

/// The reading limits of a message of at most `max_bytes`: what the endpoint applies,
/// and `lers etsi validate` with it.
pub fn message_limits(max_bytes: u64) -> Limits {
    Limits {
        max_bytes: usize::try_from(max_bytes).unwrap_or(usize::MAX),
        ..Limits::default()
    }
}

/// The audit entry of a message of `endpoint` that was not accepted (its details added
/// by the caller).
fn refusal_event(endpoint: &EndpointRecord, outcome: Outcome, ctx: &Ctx) -> AuditEvent {
    AuditEvent::new(
        ctx.at,
        ctx.actor.clone(),
        AuditAction::Hi1MessageRefused,
        outcome,
    )
    .from_ip(ctx.ip.clone())
    .subject(format!("endpoint:{}", endpoint.id))
}

/// The answer to a caller that did not authenticate as an active endpoint.
fn caller_refused(error: &Hi1AuthError) -> Hi1Answer {
    match error {
        Hi1AuthError::App(e) => internal(e),
        Hi1AuthError::Inactive => plain(403, &error.to_string()),
        _ => plain(401, &error.to_string()),
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
