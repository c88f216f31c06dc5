//! The store's errors. A refusal says *why* in a typed [`Refusal`] (its text is what
//! pages show next to the field); a lost race is [`StoreError::ChangedMeanwhile`];
//! nothing is told apart by matching on message text.

use lers_domain::emergency::phone::PhoneError;
use lers_domain::powers::ApprovalRefusal;
use lers_domain::request::TransitionError;

use crate::crypto::keys::KeyError;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// The action is not allowed in the current state, for the reason given.
    #[error("{0}")]
    Refused(#[from] Refusal),
    /// A guarded write found nothing to change: someone else changed it first.
    #[error("{0}")]
    ChangedMeanwhile(Changed),
    #[error("this link is not valid; ask for a new one")]
    TokenUnknown,
    #[error("this link has expired; ask for a new one")]
    TokenExpired,
    #[error("this link was already used; log in, or ask for a new link")]
    TokenUsed,
    #[error("this link no longer works: a newer link was sent, or the account was verified or changed since; use the newest link you received, or log in")]
    TokenRevoked,
    #[error("that code was already used; wait for the next code")]
    TotpReused,
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    /// The audit log's head row is not the tree its newest signed entry is over:
    /// rows were changed outside LERS, and LERS signs nothing more on top of them.
    #[error("the audit log's head row does not match its newest signed entry: the log was changed outside LERS, so nothing more is recorded; run `lers audit verify` and restore the database from a backup")]
    AuditHeadUnsigned,
    /// The head row matches the newest entry, whose signature does not verify with
    /// this server's audit key: the key directory is not this database's, or the
    /// entry was forged.
    #[error("the newest audit entry's signature does not verify with this server's audit key: the key directory is not this database's (a wrong --key-dir, or a restore without its keys), or the entry was forged; nothing more is recorded until the right key is back — run `lers audit verify --public-key` with the key that signed the log")]
    AuditKeyMismatch,
    /// A stored file failed authentication: never delivered, always reported.
    #[error("{0}")]
    Integrity(String),
    /// A file operation failed; `context` says what was being done.
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("database error: {0}")]
    Database(sqlx::Error),
    /// The database or the blob store cannot be reached right now (down, restarting,
    /// refusing or dropping connections, timing out, or every database connection
    /// busy past the pool's wait): the action did not complete and can be sent again
    /// later. `detail` is for the log.
    #[error("the {what} cannot be reached right now")]
    Unavailable { what: Unreachable, detail: String },
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error(transparent)]
    Key(#[from] KeyError),
}

impl StoreError {
    /// Whether the action was refused (for a typed reason, or because someone changed
    /// the data first): the person can act on it, and its text is written for them.
    pub fn is_refusal(&self) -> bool {
        matches!(self, Self::Refused(_) | Self::ChangedMeanwhile(_))
    }
}

/// What cannot be reached when the store is [`StoreError::Unavailable`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unreachable {
    #[error("database")]
    Database,
    #[error("file store")]
    BlobStore,
}

impl From<sqlx::Error> for StoreError {
    /// Connection-level failures become [`StoreError::Unavailable`]; every other
    /// database error stays [`StoreError::Database`].
    fn from(error: sqlx::Error) -> Self {
        if is_connection_failure(&error) {
            Self::Unavailable {
                what: Unreachable::Database,
                detail: error.to_string(),
            }
        } else {
            Self::Database(error)
        }
    }
}

/// Whether a database error says the server cannot be reached (rather than that a
/// statement failed): no free connection in time, a broken or refused connection, or
/// PostgreSQL's SQLSTATE classes for a server shutting down or starting (57P01,
/// 57P02, 57P03) and for connection exceptions (08xxx).
fn is_connection_failure(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Io(_)
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(database) => database.code().is_some_and(|code| {
            matches!(&*code, "57P01" | "57P02" | "57P03") || code.starts_with("08")
        }),
        _ => false,
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A rule of the domain said no: the error the store returns for it.
pub(crate) fn refused(refusal: impl Into<lers_domain::Refusal>) -> StoreError {
    StoreError::Refused(Refusal::Rule(refusal.into()))
}

/// Turns an I/O error into a store error that says what was being done.
pub(crate) fn io_error(context: &str) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        context: context.to_string(),
        source,
    }
}

/// The store cannot be set up as configured.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The URL, with its password replaced.
    #[error(
        "unsupported database URL {0:?}: use sqlite://PATH or postgres://USER:PASSWORD@HOST/DB"
    )]
    UnsupportedDatabaseUrl(String),
    #[error(
        "an in-memory SQLite database would lose every acknowledged write when LERS stops: give a file, sqlite://PATH"
    )]
    InMemoryDatabase,
    #[error(
        "the database file LERS writes itself is not the one it opened and migrated ({0}): check the database URL"
    )]
    WriterFileDiffers(String),
    /// The URL, with its password replaced.
    #[error(
        "{0} names the database by a SQLite URI (file:…), which has no plain path: give it as sqlite://PATH for backup and restore"
    )]
    SqliteUriName(String),
    #[error(
        "the PostgreSQL search path names no schema LERS may keep its tables in: one that exists, owned by LERS' role itself (or public, when LERS' role owns the database), in which no other role may create objects; create the database with LERS' role as its owner (createdb -O lers lers), or create a schema as that role (CREATE SCHEMA lers) and name it first in the role's or database's search_path, and REVOKE CREATE on it from everyone else (on a cluster upgraded from PostgreSQL 14, as a superuser: ALTER SCHEMA public OWNER TO pg_database_owner; REVOKE CREATE ON SCHEMA public FROM PUBLIC)"
    )]
    NoPostgresSchema,
}

/// What changed under a guarded write (the UPDATE found no row in the expected state).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Changed {
    #[error("the request changed meanwhile; reload and try again")]
    Request,
    #[error("the production changed meanwhile; reload and try again")]
    Production,
    #[error("this upload moved on meanwhile; ask where it stands and resume from there")]
    Upload,
    #[error("this file is not being uploaded (already stored or removed)")]
    FileNotUploading,
    #[error("this account has no suspension in force (it may have been lifted meanwhile)")]
    NoSuspension,
    #[error("the roles of {target} changed since this was proposed; reject it and propose again")]
    RolesSinceProposal { target: String },
}

/// Why the store refused an action. The texts are shown to people as they are.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// A rule of the domain said no (who may decide, call back, change or deliver).
    #[error(transparent)]
    Rule(#[from] lers_domain::Refusal),
    // --- Accounts ----------------------------------------------------------------
    #[error("an account for {email} already exists")]
    AccountExists { email: String },
    #[error("{email} already belongs to an account; choose another address")]
    EmailTaken { email: String },
    #[error("this account is not active; contact the provider")]
    AccountNotActive,
    #[error("this account is not active; contact the provider's response team")]
    AccountNotActiveForEmailChange,
    #[error("you cannot lock or disable your own account")]
    OwnAccountStatus,
    #[error("this account has already been erased")]
    AlreadyErased,
    #[error("this account is in the recycle bin; restore it from the bin to use it again")]
    InRecycleBin,
    #[error("two-step verification is already set up for this account")]
    TotpAlreadyEnrolled,
    // --- Roles and four-eyes powers ----------------------------------------------
    #[error("roles are for staff accounts only")]
    RolesForStaffOnly,
    #[error("this is the last active admin; make someone else an admin first")]
    LastAdmin,
    #[error(
        "granting admin or approver, or taking admin away from another admin, needs a second admin's approval: propose it with a fresh code"
    )]
    GrantNeedsApproval,
    #[error("this change neither grants admin or approver nor takes admin away: save it directly")]
    GrantNotPrivileged,
    #[error("a proposal of this kind for {target} is already waiting for a second admin")]
    ProposalWaiting { target: String },
    #[error("{target} has no second factor to reset; their next login goes to enrollment")]
    NoSecondFactor { target: String },
    #[error(transparent)]
    Approval(#[from] ApprovalRefusal),
    // --- Allow-list ----------------------------------------------------------------
    #[error("{pattern} is already on the list")]
    DomainListed { pattern: String },
    // --- Notices -------------------------------------------------------------------
    #[error("this notice was already sent")]
    NoticeSent,
    #[error("only a notice not yet sent can be held")]
    NoticeNotHoldable,
    // --- Transparency --------------------------------------------------------------
    #[error("only a draft can be published")]
    OnlyDraftPublishable,
    // --- Production files ----------------------------------------------------------
    #[error("this file was destroyed when its retention ended")]
    FileDestroyed,
    #[error("{max} uploads are running already; try again in a minute")]
    UploadsBusy { max: usize },
    #[error("another upload of this file is still running")]
    UploadRunning,
    #[error("the upload continues at byte {expected}, not {offset}; resume from there")]
    UploadOffset { expected: u64, offset: u64 },
    #[error("this upload's staging data is gone; remove the file and upload it again")]
    StagingGone,
    #[error("more data than the declared size of {declared} bytes")]
    MoreThanDeclared { declared: u64 },
    #[error(
        "this production already has a file named {name:?}; rename one, or remove the other first"
    )]
    FileNameTaken { name: String },
    #[error("the size is too large")]
    SizeTooLarge,
    // --- Requests and the console --------------------------------------------------
    #[error(transparent)]
    Transition(#[from] TransitionError),
    // --- Emergencies and the agency directory --------------------------------------
    #[error(transparent)]
    Phone(#[from] PhoneError),
    #[error("{line} reaches a line the requester supplied or could control (found in {origin}); call a number found independently, such as the agency directory's switchboard")]
    RequesterControlledLine {
        line: String,
        origin: lers_domain::emergency::phone::NumberOrigin,
    },
    #[error("the domain {domain} already belongs to another agency; an email domain identifies one agency")]
    AgencyDomainTaken { domain: String },
    #[error("an agency of that name and country is already in the directory; edit it instead")]
    AgencyExists,
    // --- Recycle bin, retention and audit pruning ------------------------------------
    #[error("audit entry {index} was pruned when its retention ended: its content is gone, so it cannot be proved; its hash still counts in every later signed head")]
    AuditEntryPruned { index: u64 },
    #[error(transparent)]
    Bin(#[from] lers_domain::retention::BinRefusal),
    #[error("{what} is in use again since it was deleted (someone added it meanwhile); remove or rename that one first, then restore")]
    RestoreConflict { what: String },
    #[error("this case is already under a legal hold; lift it first to place another")]
    LegalHoldInForce,
    #[error("this case has no legal hold in force")]
    NoLegalHold,
    #[error("this case's content was purged at the end of its retention: nothing can be added to it or held")]
    CasePurged,
    #[error("a legal hold needs a reason: say which proceedings or authority requires keeping this case")]
    LegalHoldReasonMissing,
    // --- Data regions ---------------------------------------------------------------
    #[error(transparent)]
    RegionMove(#[from] lers_domain::region::MoveRefusal),
    #[error("this case is already moving to another region; wait until that move is done")]
    RegionMoveRunning,
    #[error("a production file of this case is still being uploaded; finish or remove it before moving the case")]
    RegionMoveUploading,
}
