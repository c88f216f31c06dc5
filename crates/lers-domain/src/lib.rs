//! Pure rules of LERS. No I/O, no async, no SQL: everything here is a function of its
//! inputs (time included — callers pass `now`), so every rule is testable without a
//! server, a database or a sleeping test.

pub mod account;
pub mod allowlist;
pub mod approval;
pub mod audit;
pub mod audit_nodes;
pub mod audit_tree;
pub mod clock;
pub mod countries;
pub mod emergency;
pub mod jobs;
pub mod lockout;
pub mod notice;
pub mod password;
pub mod powers;
pub mod production;
pub mod refusal;
pub mod request;
pub mod session;
#[cfg(test)]
mod test_support;
pub mod text;
pub mod throttle;
pub mod token;
pub mod totp;
pub mod transparency;

pub use refusal::Refusal;
