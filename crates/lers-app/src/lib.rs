//! The LERS use cases: what the portal, the console, the API, the job runner and the
//! command line do, independent of how a request arrived. [`App`] owns the store, the
//! vaults, the clock, the mailer, the account directory and the policies; it is built
//! once by [`App::builder`] from [`Settings`].
//!
//! Nothing here knows HTTP: use cases answer with [`AppError`] or [`FormError`], and
//! the web layer turns those into status codes and pages.

mod app;
mod build;
mod config;
pub mod directory;
mod error;
pub mod hi1_client;
pub mod i18n;
pub mod jobs;
#[cfg(test)]
mod locale_parity;
mod mail;
mod mail_outage;
mod mail_queue;
pub mod operations;
#[cfg(test)]
mod problem_ids;
#[cfg(test)]
mod refusal_words;
mod region_settings;
pub mod services;
mod settings;
mod shred_list_file;
pub mod webhook_sender;

pub use app::App;
pub use build::AppBuilder;
pub use config::AppConfig;
pub use error::{refusal_at, AppError, FormError};
pub use mail::{MailError, Mailer};
pub use mail_outage::OUTAGE_PAUSE;
pub use mail_queue::{Handed, NotHanded, GIVE_UP_AFTER};
/// A small valid PDF, for tests that upload legal process.
pub use services::pdf::{dense_pdf, sample_pdf};
pub use services::pdf_sandbox::{run_in_child as check_pdf_in_child, PdfChecker};
pub use settings::Settings;
