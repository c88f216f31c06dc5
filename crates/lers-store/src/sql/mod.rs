//! The store over SQL, one module per concern. Each concern has its own small trait
//! implemented by [`SqlStore`]; `Store` (in `crate::store`) is their union.
//!
//! Layers, lowest first (imports run only downwards):
//! - `dialect` (every SQLite/PostgreSQL difference), `rows` (times, audit events,
//!   parameter lists), `core` (`SqlStore`, write transactions, the audit append),
//!   `audit_log`, `account_rows`, `links`, `lookup`, `sessions`;
//! - the shared rows of each family: `request_rows` (requests, messages, documents,
//!   API tokens), `console_rows` (queue, reviews, decisions, call-backs, holds, jobs),
//!   `emergency_rows`, `production_rows`;
//! - the concerns: accounts (`setup`, `signup`, `totp`, `login`, `staff`, `accounts`,
//!   `recovery`, `inactivity`, `powers`, `api_tokens`, `erasure`), who sees which parts of a case (`field_access`), `allow_list`, `audit`,
//!   `rotation`, requests (`requests`, `messages`), the console (`console`,
//!   `decisions`, `callbacks`, `holds`, `notes`, `jobs`), emergencies (`emergencies`,
//!   `agencies`, `suspensions`, `risk`), productions (`productions`,
//!   `production_files`, `production_access`, `retention`), `notices`,
//!   `transparency`, `directory`, `domain_sources`, one intake (`intake`), EU orders
//!   (`eu_orders`, `eu_execution`), HI-1 interface endpoints (`interface_endpoints`),
//!   what they sent (`etsi_inbound`) and what LERS sends back (`etsi_outbound`);
//!   staff notifications (`notifications`, `notice_sweep`) and the workload
//!   dashboard (`workload`); webhooks (`webhooks`) and what agencies' systems hear
//!   of their requests (`agency_webhooks`);
//!   `connect` opens it all.
//!
//! The rules themselves (four eyes, who may approve, the colleague rule, call-backs,
//! production states) are in `lers-domain`; these modules call them inside the
//! transaction that writes.
mod account_rows;
pub mod accounts;
mod agencies;
pub mod agency_webhooks;
pub mod alerts;
mod allow_list;
pub mod api_receipts;
mod api_tokens;
mod audit;
mod audit_append;
pub(crate) mod audit_log;
mod audit_proof;
mod audit_signer;
pub mod backup;
mod bin_rows;
mod callbacks;
pub mod case_keys;
mod conn;
mod connect;
pub mod console;
mod console_rows;
mod core;
pub mod data_exports;
mod decisions;
pub(crate) mod dialect;
pub mod directory;
pub mod domain_sources;
pub mod emergencies;
mod emergency_rows;
pub mod erasure;
pub mod etsi_inbound;
pub mod etsi_outbound;
pub mod eu_execution;
pub mod eu_orders;
pub mod field_access;
mod filing;
mod four_eyes;
mod group_commit;
mod holds;
mod inactivity;
mod inline_sqlite;
pub mod intake;
pub mod interface_endpoints;
mod jobs;
pub mod key_policy;
pub mod leaving;
mod links;
pub mod locale;
mod login;
mod lookup;
pub mod mail_queue;
mod messages;
pub mod my_data;
mod notes;
mod notice_sweep;
pub mod notices;
pub mod notifications;
pub mod operations;
pub mod passkeys;
mod point_reads;
pub mod powers;
mod production_access;
mod production_files;
mod production_rows;
pub mod productions;
mod recovery;
pub mod recycle_bin;
pub mod region_moves;
pub mod regions;
mod request_rows;
pub mod requests;
mod retention;
pub mod retention_purge;
mod risk;
mod rotation;
mod rows;
mod sealed_fields;
mod sessions;
mod setup;
pub mod shred_list;
mod signup;
mod sqlite_file;
mod staff;
mod submitting;
mod suspensions;
mod totp;
pub mod transparency;
pub mod upload_claims;
pub mod webhooks;
pub mod workload;

mod audit_entry;
mod audit_leaf_migration;
mod audit_schema;
mod audit_schema_postgres;
pub(crate) mod audit_verify;
mod audit_verify_piece;
mod audit_verify_read;
pub mod deconfliction;

pub use agencies::AgencyStore;
pub use allow_list::AllowListStore;
pub use api_tokens::ApiTokenStore;
pub use audit::AuditStore;
pub use callbacks::CallbackStore;
pub use connect::connect;
pub use console::ConsoleStore;
pub use core::SqlStore;
pub use decisions::DecisionStore;
pub use emergencies::EmergencyStore;
pub use erasure::{ErasureReport, ErasureStore};
pub use etsi_inbound::EtsiInboundStore;
pub use etsi_outbound::EtsiOutboundStore;
pub use eu_execution::EuExecutionStore;
pub use eu_orders::{EuForm, EuOrderFacts, EuOrderStore};
pub use field_access::{FieldAccessStore, FieldProposal, FieldRuleRecord};
pub use holds::HoldStore;
pub use inactivity::{InactiveAccount, InactivityStore};
pub use intake::IntakeStore;
pub use interface_endpoints::InterfaceEndpointStore;
pub use jobs::JobStore;
pub use key_policy::KeyPolicyStore;
pub use login::LoginStore;
pub use lookup::AccountLookup;
pub use messages::MessageStore;
pub use notes::NoteStore;
pub use notice_sweep::NoticeSweepStore;
pub use notifications::{NoticePreferences, StaffNoticeStore, StaffNotification};
pub use passkeys::PasskeyStore;
pub use production_access::ProductionAccessStore;
pub use production_files::ProductionFileStore;
pub use productions::ProductionStore;
pub use recovery::{new_recovery_codes, recovery_code_hash, RecoveryStore};
pub use requests::{Naming, RequestStore, Submission, TargetKey};
pub use retention::RetentionStore;
pub use risk::RiskStore;
pub use rotation::{RewrapReport, RotationStore};
pub use sessions::SessionStore;
pub use setup::SetupStore;
pub use signup::SignUpStore;
pub use staff::StaffStore;
pub use suspensions::SuspensionStore;
pub use totp::TotpStore;

pub use allow_list::{DomainEntry, DomainQuery, ImportReport, NewDomainEntry};
pub use audit::{AuditQuery, AuditRecord};
pub(crate) use conn::Conn;
pub use console_rows::{
    CallbackRecord, DecisionRecord, HoldRecord, Job, NewCallback, NewDecision, NewJob, QueueItem,
    QueueQuery, ReviewRecord,
};
pub(crate) use core::WriteTx;
pub use links::{NewToken, OneTimeToken};
pub use login::LoginFailureOutcome;
pub use lookup::AccountQuery;
pub use recycle_bin::{BinEntry, BinItem, RecycleBinStore};
pub use request_rows::{
    ApiTokenRecord, DocumentRecord, FiledRequest, MessageRecord, NewDocument, RequestQuery,
    RequestRecord, RequestSummary, TimelineEntry, TokenLookup,
};
pub use retention_purge::{LegalHold, RetentionPurgeStore};
pub(crate) use rows::{contains_pattern, event, opt_ts, placeholders, ts};
pub use sessions::{NewSession, SessionRecord};
pub use signup::SignUpOutcome;
