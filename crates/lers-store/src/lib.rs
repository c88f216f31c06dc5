//! LERS persistence. The rest of the system sees only the [`Store`] trait (the union of
//! small per-concern traits); which database sits behind it (embedded SQLite by
//! default, PostgreSQL for scale-out) is decided once, from the URL scheme, in
//! [`connect`].
//!
//! Every write that matters goes through one method here that also appends its audit
//! event, in the same transaction, so there is no change without its record.
//!
//! Layout: `error` and `model` at the bottom; `crypto` (key ring, sealing contexts,
//! segment format) and `files` (blob stores, documents, productions) beside them;
//! `sql` (one module per concern, dialect differences in `sql::dialect`); `store`
//! (the union trait) on top.

pub mod allow_list;
pub mod crypto;
mod error;
pub mod files;
mod model;
mod refusal_problems;
pub mod sql;
mod store;

pub use crypto::{fields, keys, segments, tokens};
pub(crate) use error::io_error;
pub use error::{Changed, ConfigError, Refusal, Result, StoreError, Unreachable};
pub use files::{blobs, delivery, exports, vault};
pub use model::*;
pub use sql::accounts::{self, AccountStore, MailAttempt};
pub use sql::agency_webhooks::{self, AgencyWebhookStore};
pub use sql::alerts::{self, AlertStore};
pub use sql::api_receipts::{ApiReceiptStore, ClaimedReceipts, ReceiptLine};
pub use sql::audit_log::SignedHead;
pub use sql::audit_verify::{AuditProblem, AuditVerification, Checkpoints};
pub use sql::backup::{database_is_empty, sqlite_database_path, BackupStore, NeededBlob};
pub use sql::case_keys::{self, CaseDataStore, CaseKeyReport, SealingReport};
pub use sql::deconfliction::DeconflictionStore;
pub use sql::dialect::{redact, Backend};
pub use sql::directory::{self, DirectoryEntry, DirectoryStore};
pub use sql::domain_sources;
pub use sql::erasure::{self, ErasureReport, ErasureStore};
pub use sql::etsi_inbound::{self, EtsiInboundStore};
pub use sql::etsi_outbound::{self, EtsiOutboundStore};
pub use sql::eu_execution::{self, EuExecutionStore};
pub use sql::field_access::{self, FieldAccessStore, FieldProposal, FieldRuleRecord};
pub use sql::interface_endpoints::{self, EndpointRecord, InterfaceEndpointStore};
pub use sql::key_policy::{KeyPolicyChange, KeyPolicyProposal, KeyPolicyStore, ShownProposal};
pub use sql::locale::LocaleStore;
pub use sql::mail_queue::{
    Claim, MailQueueStore, MailReceipt, OutgoingMail, QueuedMail, HANDOVER_WINDOW, SEND_WITHIN,
};
pub use sql::notices::{self, NoticeClaim, NoticeDecision, NoticeRecord, NoticeState, NoticeStore};
pub use sql::operations::{self, OperationsSnapshot, OperationsStore};
pub use sql::passkeys::{
    KeyAddition, KeyRemoval, KeyUse, NewChallenge, NewPasskey, PasskeyRecord, PasskeyStore,
    TakenChallenge,
};
pub use sql::powers::{self, ApprovalRecord, PowersStore};
pub use sql::recycle_bin::{self, BinEntry, BinItem, RecycleBinStore};
pub use sql::region_moves::{MovedCopy, MovingFile, RegionMove, RegionMoveStore};
pub use sql::regions::{CaseReach, RegionStore};
pub use sql::retention_purge::{self, LegalHold, RetentionPurgeStore};
pub use sql::shred_list::ShredListStore;
pub use sql::transparency::{self, StoredReport, TransparencyStore};
pub use sql::upload_claims::{UploadClaim, UploadClaimStore};
pub use sql::webhooks::{self, WebhookStore};
pub use sql::workload::{self, Workload, WorkloadReach, WorkloadStore};
pub use sql::{
    connect, AccountLookup, AgencyStore, AllowListStore, ApiTokenStore, AuditStore, CallbackStore,
    ConsoleStore, DecisionStore, EmergencyStore, EuForm, EuOrderFacts, EuOrderStore, HoldStore,
    InactiveAccount, InactivityStore, JobStore, LoginStore, MessageStore, Naming, NoteStore,
    ProductionAccessStore, ProductionFileStore, ProductionStore, RecoveryStore, RequestStore,
    RetentionStore, RewrapReport, RiskStore, RotationStore, SessionStore, SetupStore, SignUpStore,
    SqlStore, StaffStore, Submission, SuspensionStore, TargetKey, TotpStore,
};
pub use sql::{console, emergencies, intake, productions};
pub use sql::{data_exports, leaving, my_data};
pub use sql::{
    AccountQuery, ApiTokenRecord, AuditQuery, AuditRecord, CallbackRecord, DecisionRecord,
    DocumentRecord, DomainEntry, DomainQuery, FiledRequest, HoldRecord, ImportReport, Job,
    LoginFailureOutcome, MessageRecord, NewCallback, NewDecision, NewDocument, NewDomainEntry,
    NewJob, NewSession, NewToken, OneTimeToken, QueueItem, QueueQuery, RequestQuery, RequestRecord,
    RequestSummary, ReviewRecord, SessionRecord, SignUpOutcome, TimelineEntry, TokenLookup,
};
pub use sql::{NoticePreferences, NoticeSweepStore, StaffNoticeStore, StaffNotification};
pub use store::{new_document_id, Store};

/// Every store trait, for callers that hold a concrete [`SqlStore`] (the binary, the
/// tests): `use lers_store::prelude::*;` makes all store methods callable.
pub mod prelude {
    pub use crate::data_exports::DataExportStore;
    pub use crate::domain_sources::DomainSourceStore;
    pub use crate::erasure::ErasureStore;
    pub use crate::etsi_inbound::EtsiInboundStore;
    pub use crate::etsi_outbound::EtsiOutboundStore;
    pub use crate::eu_execution::EuExecutionStore;
    pub use crate::field_access::FieldAccessStore;
    pub use crate::leaving::LeavingStore;
    pub use crate::my_data::MyDataStore;
    pub use crate::ApiReceiptStore;
    pub use crate::CaseDataStore;
    pub use crate::DeconflictionStore;
    pub use crate::KeyPolicyStore;
    pub use crate::LocaleStore;
    pub use crate::MailQueueStore;
    pub use crate::OperationsStore;
    pub use crate::{
        AccountLookup, AccountStore, AgencyStore, AllowListStore, ApiTokenStore, AuditStore,
        CallbackStore, ConsoleStore, DecisionStore, DirectoryStore, EmergencyStore, EuOrderStore,
        HoldStore, InactivityStore, InterfaceEndpointStore, JobStore, LoginStore, MessageStore,
        NoteStore, NoticeStore, PowersStore, ProductionAccessStore, ProductionFileStore,
        ProductionStore, RecoveryStore, RequestStore, RetentionStore, RiskStore, RotationStore,
        SessionStore, SetupStore, SignUpStore, StaffStore, Store, SuspensionStore, TotpStore,
        TransparencyStore,
    };
    pub use crate::{AgencyWebhookStore, AlertStore, WebhookStore};
    pub use crate::{NoticeSweepStore, StaffNoticeStore, WorkloadStore};
    pub use crate::{RecycleBinStore, RetentionPurgeStore};
    pub use crate::{RegionMoveStore, RegionStore};
}
