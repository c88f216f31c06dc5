//! The records the store hands out and takes in.

use lers_domain::account::AccountKind;
use lers_domain::clock::Timestamp;
use lers_domain::jobs::JobKind;
use lers_domain::request::{Author, RequestDraft, RequestKind, RequestStatus, SubmittedRequest};
use serde::Serialize;

// Domain words, re-exported while callers still name them through the store.
pub use lers_domain::account::Account;
pub use lers_domain::emergency::CallbackOutcome as CallbackResult;
pub use lers_domain::request::DecisionKind;
pub use lers_domain::token::{TokenPurpose, TokenScope};

/// Who is acting, when and from where: every audited write takes one.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub at: Timestamp,
    /// Pseudonymous id of the acting account, or `system` / `anonymous`.
    pub actor: String,
    pub ip: Option<String>,
}

impl Ctx {
    /// The same moment and address, with `account` as the actor: for steps a person
    /// takes on their own account before they are signed in (a link, a code).
    pub fn acting_as(&self, account: &Account) -> Self {
        Self {
            actor: account.pseudonym.clone(),
            ..self.clone()
        }
    }
}

/// A session to create: the web layer draws the token and passes its hash.
#[derive(Clone, Debug)]
pub struct NewSession {
    pub token_hash: String,
    pub csrf_token: String,
}

#[derive(Clone, Debug)]
pub struct SessionRecord {
    pub token_hash: String,
    pub account: Account,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    /// When the second factor was last confirmed in this session. `None` means the
    /// session exists only to finish TOTP enrollment.
    pub mfa_at: Option<Timestamp>,
    pub csrf_token: String,
}

#[derive(Clone, Debug)]
pub struct OneTimeToken {
    pub purpose: TokenPurpose,
    pub account: Option<Account>,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
    /// Replaced by a newer link, or killed by a verification, password change or
    /// email change of its account.
    pub revoked_at: Option<Timestamp>,
    /// For [`TokenPurpose::EmailChange`]: the address it changes to.
    pub new_email: Option<String>,
}

impl OneTimeToken {
    /// Why this link cannot be used at `now`, if it cannot (the rule:
    /// [`lers_domain::token::link_problem`]).
    pub fn problem(&self, now: Timestamp) -> Option<crate::StoreError> {
        use crate::StoreError;
        use lers_domain::token::{link_problem, LinkFacts, LinkProblem};
        let facts = LinkFacts {
            purpose: self.purpose,
            account_verified: self
                .account
                .as_ref()
                .is_some_and(|a| a.email_verified_at.is_some()),
            used: self.used_at.is_some(),
            revoked: self.revoked_at.is_some(),
            expires_at: self.expires_at,
        };
        link_problem(&facts, now).map(|problem| match problem {
            LinkProblem::Used => StoreError::TokenUsed,
            LinkProblem::Revoked => StoreError::TokenRevoked,
            LinkProblem::Expired => StoreError::TokenExpired,
        })
    }
}

/// A new single-use link: hash of the token and when it stops working.
#[derive(Clone, Debug)]
pub struct NewToken {
    pub token_hash: String,
    pub expires_at: Timestamp,
}

#[derive(Clone, Debug)]
pub enum SignUpOutcome {
    Created(Account),
    /// The address already has an account; nothing was changed. The caller tells the
    /// mailbox owner (not the browser), so sign-up does not reveal who has an account.
    AlreadyRegistered {
        account: Account,
        /// The account was never verified, so a new verification link was stored.
        verification_reissued: bool,
    },
}

#[derive(Clone, Debug, Serialize)]
pub struct DomainEntry {
    pub id: i64,
    pub pattern: String,
    pub domain_type: String,
    pub organization: String,
    pub suborganization: String,
    pub city: String,
    pub state: String,
    pub source: String,
    pub enabled: bool,
    pub added_at: Timestamp,
}

#[derive(Clone, Debug, Default)]
pub struct NewDomainEntry {
    pub pattern: String,
    pub domain_type: String,
    pub organization: String,
    pub suborganization: String,
    pub city: String,
    pub state: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub added: u64,
    pub updated: u64,
}

#[derive(Clone, Debug, Default)]
pub struct DomainQuery {
    pub search: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Clone, Debug, Default)]
pub struct AccountQuery {
    pub kind: Option<AccountKind>,
    pub search: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Clone, Debug, Default)]
pub struct AuditQuery {
    pub actor: Option<String>,
    pub action: Option<String>,
    pub outcome: Option<String>,
    pub subject: Option<String>,
    pub from: Option<Timestamp>,
    pub until: Option<Timestamp>,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct AuditRecord {
    pub index: u64,
    pub at: Timestamp,
    pub actor: String,
    pub action: String,
    pub subject: Option<String>,
    pub ip: Option<String>,
    pub outcome: String,
    pub details: serde_json::Value,
}

#[derive(Clone, Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoginFailureOutcome {
    /// This failure locked the account.
    pub locked_now: bool,
}

/// One line of a request listing.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct RequestSummary {
    pub id: String,
    pub reference: Option<String>,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub title: String,
    pub country: String,
    pub deadline: Option<String>,
    pub emergency: bool,
    /// The viewer sees this request because a colleague shared it.
    pub shared_with_me: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub submitted_at: Option<Timestamp>,
    #[serde(skip)]
    pub row_id: i64,
    #[serde(skip)]
    pub owner_id: i64,
}

/// A whole request as its owner or a colleague sees it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct RequestRecord {
    #[serde(flatten)]
    pub summary: RequestSummary,
    /// The content as last edited (drafts) or as submitted.
    pub draft: RequestDraft,
    pub submitted: Option<SubmittedRequest>,
    pub withdrawal_reason: Option<String>,
    pub owner_name: String,
    pub owner_agency: String,
    /// Emails of colleagues with access.
    pub colleagues: Vec<String>,
}

impl RequestRecord {
    pub fn is_owner(&self, account_id: i64) -> bool {
        self.summary.owner_id == account_id
    }
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct TimelineEntry {
    pub at: Timestamp,
    /// `status`, `message` or `document`.
    pub kind: String,
    pub status: Option<String>,
    pub note: String,
    /// Who did it, as the requester may see it: their own name, a colleague's, or
    /// the response team for staff.
    #[schema(value_type = String)]
    pub actor: Author,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct MessageRecord {
    pub id: i64,
    /// The response team for staff (to requesters); a person's name otherwise.
    #[schema(value_type = String)]
    pub author: Author,
    pub from_staff: bool,
    pub body: String,
    pub created_at: Timestamp,
    pub attachments: Vec<DocumentRecord>,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct DocumentRecord {
    pub id: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub created_at: Timestamp,
    pub message_id: Option<i64>,
    #[serde(skip)]
    pub blob_key: String,
    #[serde(skip)]
    pub wrapped_key: String,
    #[serde(skip)]
    pub key_version: i64,
}

/// A document sealed into the vault, to be recorded.
#[derive(Clone, Debug)]
pub struct NewDocument {
    pub public_id: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub blob_key: String,
    pub wrapped_key: String,
    pub key_version: i64,
}

#[derive(Clone, Debug, Default)]
pub struct RequestQuery {
    pub status: Option<RequestStatus>,
    pub kind: Option<RequestKind>,
    /// Part of a reference or title.
    pub search: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ApiTokenRecord {
    pub id: String,
    pub name: String,
    pub scopes: Vec<TokenScope>,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
    pub expires_at: Timestamp,
}

impl ApiTokenRecord {
    pub fn expired(&self, now: Timestamp) -> bool {
        lers_domain::powers::ApiTokenPolicy::expired(self.expires_at, now)
    }
}

/// What an API token in an `Authorization` header turned out to be.
#[derive(Clone, Debug)]
pub enum TokenLookup {
    /// Unknown or revoked.
    Unknown,
    Expired(Timestamp),
    Valid(Box<Account>, Vec<TokenScope>),
}

/// Filters of the staff queue.
#[derive(Clone, Debug, Default)]
pub struct QueueQuery {
    pub kind: Option<RequestKind>,
    pub status: Option<RequestStatus>,
    pub country: Option<String>,
    pub assignee: Option<i64>,
    pub overdue_only: bool,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct QueueItem {
    pub summary: RequestSummary,
    pub due_at: Option<Timestamp>,
    pub overdue: bool,
    pub assignee: Option<String>,
    pub agency: String,
    /// The requester is suspended after a failed call-back: treat as possibly forged.
    pub owner_suspended: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReviewRecord {
    pub reviewer_id: i64,
    pub reviewer: String,
    pub checklist: lers_domain::request::review::Checklist,
    pub suggestion: lers_domain::request::review::Outcome,
    pub reviewed_at: Timestamp,
}

#[derive(Clone, Debug)]
pub struct NewDecision {
    pub kind: DecisionKind,
    pub reasons: Vec<lers_domain::request::review::DecisionReason>,
    pub note_to_requester: String,
    pub scope: Option<lers_domain::request::review::Scope>,
}

/// A decision as the requester may see it (no staff names).
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct DecisionRecord {
    pub kind: DecisionKind,
    pub reasons: Vec<lers_domain::request::review::DecisionReason>,
    pub note_to_requester: String,
    pub scope: Option<lers_domain::request::review::Scope>,
    pub decided_at: Timestamp,
    #[serde(skip)]
    pub decided_by: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct NewCallback {
    pub phone: String,
    /// Where the number came from: never the request itself.
    pub number_source: String,
    pub answered_by: String,
    pub result: CallbackResult,
    pub note: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct CallbackRecord {
    pub id: i64,
    pub staff_id: i64,
    /// The number as normalised (E.164, extension after ` ext. `).
    pub line: String,
    pub staff: String,
    pub phone: String,
    pub number_source: String,
    pub answered_by: String,
    pub result: String,
    pub note: String,
    pub at: Timestamp,
}

#[derive(Clone, Debug, Serialize)]
pub struct HoldRecord {
    pub expires_at: Timestamp,
    pub extended: bool,
    pub ended_at: Option<Timestamp>,
}

/// A job to enqueue; the job itself says its kind, payload and dedupe key.
#[derive(Clone, Debug)]
pub struct NewJob {
    pub job: JobKind,
    pub run_at: Timestamp,
}

/// A claimed job. `kind` is the stored kind string (for logs); `job` is the typed job,
/// or why the stored row does not read as one (the runner retries it like a failure).
#[derive(Clone, Debug)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub job: std::result::Result<JobKind, String>,
    pub attempts: i64,
}
