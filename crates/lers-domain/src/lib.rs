//! Pure rules of LERS. No I/O, no async, no SQL: everything here is a function of its
//! inputs (time included — callers pass `now`), so every rule is testable without a
//! server, a database or a sleeping test.
//!
//! Where a rule lives (the store reads the facts inside its transaction, calls the
//! rule, and writes only if it allows; a refusal is a typed value, gathered in
//! [`Refusal`], whose text is what pages show):
//!
//! - who may decide and who may approve (the review, the approver role, four eyes,
//!   an emergency's call-backs): [`approval`];
//! - where call-backs are recorded, what they must show before an emergency is
//!   approved, who confirms one: [`emergency::callback`]; which numbers a call-back
//!   may use: [`emergency::phone`]; the risk score: [`emergency::risk`];
//! - who changes a request and when, and the colleague rule: [`request::access`];
//!   assignment, starting a review, extending a hold: [`request::staff_work`]; how
//!   a request moves: [`request::lifecycle`]; deadlines: [`request::sla`];
//! - productions (who opens, changes and delivers one; file and production states;
//!   retention, manifests): [`production`];
//! - accounts, roles and profiles: [`account`]; single-use links and API-token
//!   scopes: [`token`]; role grants, recovery codes, inactivity: [`powers`];
//! - who on the response team sees and edits which parts of a case: [`field_access`];
//! - background jobs and their payloads: [`jobs`]; staff notifications (triggers,
//!   occurrences, digests): [`staff_notice`]; the workload dashboard's figures:
//!   [`workload`];
//! - the audit log's hash tree: [`audit`], [`audit_tree`].

pub mod account;
pub mod alerts;
pub mod allowlist;
pub mod approval;
pub mod audit;
pub mod audit_nodes;
pub mod audit_tree;
pub mod clock;
pub mod countries;
pub mod emergency;
pub mod eu;
pub mod field_access;
pub mod interface;
pub mod jobs;
pub mod locale;
pub mod lockout;
pub mod notice;
pub mod passkey;
pub mod password;
pub mod powers;
pub mod problem;
pub mod production;
pub mod refusal;
pub mod region;
pub mod request;
pub mod retention;
pub mod rights;
pub mod session;
pub mod staff_notice;
#[cfg(test)]
mod test_support;
pub mod text;
pub mod throttle;
pub mod token;
pub mod totp;
pub mod transparency;
pub mod workload;

pub use refusal::Refusal;
