//! The store over SQL, one module per concern. Each concern has its own small trait
//! implemented by [`SqlStore`]; `Store` (in `crate::store`) is their union.
//!
//! Layers, lowest first (imports run only downwards): `dialect`, `rows`, `core`,
//! `audit_log`, `account_rows`, `links`, `sessions`; then the concerns.

mod account_rows;
pub mod accounts;
mod allow_list;
mod api_tokens;
mod audit;
pub(crate) mod audit_log;
mod connect;
mod core;
pub(crate) mod dialect;
pub mod directory;
pub mod domain_sources;
mod inactivity;
mod links;
mod login;
mod lookup;
pub mod notices;
pub mod powers;
mod recovery;
mod rotation;
mod rows;
mod sessions;
mod setup;
mod signup;
mod staff;
mod totp;
pub mod transparency;

pub use allow_list::AllowListStore;
pub use api_tokens::ApiTokenStore;
pub use audit::AuditStore;
pub use connect::connect;
pub use core::SqlStore;
pub use inactivity::{InactiveAccount, InactivityStore};
pub use login::LoginStore;
pub use lookup::AccountLookup;
pub use recovery::{new_recovery_codes, recovery_code_hash, RecoveryStore};
pub use rotation::{RewrapReport, RotationStore};
pub use sessions::SessionStore;
pub use setup::SetupStore;
pub use signup::SignUpStore;
pub use staff::StaffStore;
pub use totp::TotpStore;

pub(crate) use core::WriteTx;
pub(crate) use rows::{contains_pattern, event, opt_ts, ts};
