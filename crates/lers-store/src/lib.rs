//! LERS persistence. The rest of the system sees only the [`Store`] trait; which
//! database sits behind it (embedded SQLite by default, PostgreSQL for scale-out) is
//! decided once, from the URL scheme, in [`connect`].
//!
//! Every write that matters goes through one method here that also appends its audit
//! event, in the same transaction, so there is no change without its record.

pub mod accounts;
pub mod allow_list;
mod audit_log;
mod backend;
pub mod blobs;
pub mod console;
pub mod delivery;
pub mod directory;
pub mod domain_sources;
pub mod emergencies;
mod error;
pub mod keys;
mod model;
pub mod notices;
pub mod powers;
pub mod productions;
mod requests;
pub mod segments;
mod sql_store;
pub mod tokens;
pub mod transparency;
pub mod vault;

use async_trait::async_trait;
use ed25519_dalek::VerifyingKey;
use lers_domain::account::{AccountStatus, RequesterProfile, Roles};
use lers_domain::audit::{AuditEvent, InclusionProofDoc};
use lers_domain::clock::Timestamp;
use lers_domain::lockout::LockoutPolicy;
use lers_domain::totp::TotpSecret;

pub use accounts::{AccountStore, MailAttempt};
pub use audit_log::{AuditProblem, AuditVerification, SignedHead};
pub use backend::{connect, Backend};
pub use console::ConsoleStore;
pub use directory::{DirectoryEntry, DirectoryStore};
pub use emergencies::EmergencyStore;
pub(crate) use error::io_error;
pub use error::{Changed, ConfigError, Refusal, Result, StoreError};
pub use model::*;
pub use notices::{NoticeDecision, NoticeRecord, NoticeState, NoticeStore};
pub use powers::{ApprovalRecord, InactiveAccount, PowersStore};
pub use requests::{RequestStore, Submission};
pub use sql_store::SqlStore;
pub use transparency::{StoredReport, TransparencyStore};

/// What a master-key rotation re-wrapped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RewrapReport {
    pub version: u32,
    pub documents: u64,
    pub production_files: u64,
    pub totp_secrets: u64,
}

/// Everything LERS stores. One implementation ([`SqlStore`]) serves both backends;
/// the conformance tests run the same stories against each.
#[async_trait]
pub trait Store:
    RequestStore
    + AccountStore
    + ConsoleStore
    + DirectoryStore
    + NoticeStore
    + TransparencyStore
    + productions::ProductionStore
    + domain_sources::DomainSourceStore
    + PowersStore
    + EmergencyStore
    + Send
    + Sync
{
    fn backend(&self) -> Backend;
    /// The public key that verifies this log's signed tree heads.
    fn audit_public_key(&self) -> VerifyingKey;
    /// Round trip to the database (readiness).
    async fn ping(&self) -> Result<()>;

    // --- First start -------------------------------------------------------------
    async fn admin_exists(&self) -> Result<bool>;
    /// Replaces any earlier first-admin link with a new one.
    async fn issue_setup_token(&self, token: NewToken, ctx: &Ctx) -> Result<()>;
    /// Creates the first admin from a setup link, with a session for TOTP enrollment.
    async fn complete_admin_setup(
        &self,
        token_hash: &str,
        name: &str,
        email: &str,
        password_hash: &str,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<Account>;

    // --- Government domain allow-list ----------------------------------------------
    /// Enabled entries whose pattern is one of `patterns`.
    async fn enabled_domain_rules(&self, patterns: &[String]) -> Result<Vec<DomainEntry>>;
    /// Adds or updates entries by pattern, in one transaction, with one audit event.
    async fn import_domains(
        &self,
        entries: &[NewDomainEntry],
        source: &str,
        ctx: &Ctx,
    ) -> Result<ImportReport>;
    async fn add_domain(&self, entry: NewDomainEntry, ctx: &Ctx) -> Result<DomainEntry>;
    async fn set_domain_enabled(&self, id: i64, enabled: bool, ctx: &Ctx) -> Result<DomainEntry>;
    async fn list_domains(&self, query: &DomainQuery) -> Result<Page<DomainEntry>>;

    // --- Sign-up, links and passwords ----------------------------------------------
    async fn sign_up_requester(
        &self,
        email: &str,
        profile: &RequesterProfile,
        matched_rule: &str,
        verification: NewToken,
        ctx: &Ctx,
    ) -> Result<SignUpOutcome>;
    async fn one_time_token(&self, token_hash: &str) -> Result<Option<OneTimeToken>>;
    /// Redeems an email-verification or invitation link: marks the address verified,
    /// sets the password and opens an enrollment-only session.
    async fn redeem_link_with_password(
        &self,
        token_hash: &str,
        password_hash: &str,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<Account>;

    // --- TOTP ----------------------------------------------------------------------
    async fn pending_totp(&self, account: &Account) -> Result<Option<TotpSecret>>;
    async fn set_pending_totp(&self, account: &Account, secret: &TotpSecret) -> Result<()>;
    async fn totp_secret(&self, account: &Account) -> Result<Option<TotpSecret>>;
    /// Makes the pending secret the account's second factor and marks the session as
    /// MFA-verified.
    async fn complete_totp_enrollment(
        &self,
        account: &Account,
        step: i64,
        session_hash: &str,
        ctx: &Ctx,
    ) -> Result<()>;

    // --- Login -----------------------------------------------------------------------
    async fn account_by_email(&self, email: &str) -> Result<Option<Account>>;
    async fn account_by_pseudonym(&self, pseudonym: &str) -> Result<Option<Account>>;
    async fn account(&self, id: i64) -> Result<Option<Account>>;
    async fn ip_failures_since(&self, ip: &str, since: Timestamp) -> Result<Vec<Timestamp>>;
    /// Records a failed logon (against the account if one was named) and locks the
    /// account when the policy says so, ending its sessions.
    async fn record_login_failure(
        &self,
        account: Option<&Account>,
        reason: &str,
        policy: &LockoutPolicy,
        ctx: &Ctx,
    ) -> Result<LoginFailureOutcome>;
    async fn record_login_throttled(&self, ctx: &Ctx) -> Result<()>;
    /// Counts a logon attempt from `ip` before its (slow) checks, so that parallel
    /// attempts from one address see each other; returns it for release afterwards.
    async fn reserve_login_attempt(&self, ip: &str, at: Timestamp) -> Result<i64>;
    async fn release_login_attempt(&self, reservation: i64) -> Result<()>;
    /// Opens a session after a good password (and TOTP code, whose step is recorded so
    /// the code cannot be used again: fails with [`StoreError::TotpReused`] if another
    /// logon used it first).
    async fn record_login_success(
        &self,
        account: &Account,
        totp_step: Option<i64>,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<()>;

    // --- Sessions --------------------------------------------------------------------
    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>>;
    async fn touch_session(&self, token_hash: &str, at: Timestamp) -> Result<()>;
    /// Ends a session; `ctx` given means the person logged out (audited), `None` means
    /// it expired.
    async fn end_session(&self, token_hash: &str, logout: Option<&Ctx>) -> Result<()>;

    // --- Administration --------------------------------------------------------------
    async fn list_accounts(&self, query: &AccountQuery) -> Result<Page<Account>>;
    async fn create_staff(
        &self,
        email: &str,
        name: &str,
        roles: &Roles,
        invitation: NewToken,
        ctx: &Ctx,
    ) -> Result<Account>;
    async fn set_roles(&self, account_id: i64, roles: &Roles, ctx: &Ctx) -> Result<Account>;
    /// Locks, unlocks, disables or re-enables; disabling or locking ends all sessions.
    async fn set_account_status(
        &self,
        account_id: i64,
        status: AccountStatus,
        ctx: &Ctx,
    ) -> Result<Account>;

    // --- Audit -----------------------------------------------------------------------
    /// Appends an event that has no other write attached (e.g. an access denied).
    async fn record_event(&self, event: AuditEvent) -> Result<()>;
    async fn audit_records(&self, query: &AuditQuery) -> Result<Page<AuditRecord>>;
    async fn audit_verify(&self, key: &VerifyingKey) -> Result<AuditVerification>;
    async fn audit_proof(&self, index: u64) -> Result<InclusionProofDoc>;
    /// After a new master-key version: re-wraps every document data key and every
    /// sealed TOTP secret under it, in one transaction. Files are not re-encrypted.
    async fn rewrap_secrets(&self, ctx: &Ctx) -> Result<RewrapReport>;
    /// The signed head after the last entry (to publish outside the database).
    async fn audit_head(&self) -> Result<Option<SignedHead>>;
    /// The root over the first `size` entries; `None` if the log is shorter.
    async fn audit_root_at(&self, size: u64) -> Result<Option<[u8; 32]>>;
}

/// A fresh public id for a document (also its blob key).
pub fn new_document_id() -> String {
    requests::random_id("doc")
}
