//! The LERS web application: requester portal, staff console, JSON API and the
//! plumbing they share (sessions, MFA, CSRF, security headers, email, i18n).
//!
//! Handlers are thin: they parse the request, call a service in [`services`] or the
//! [`lers_store::Store`], and render a template or JSON.

mod app;
mod auth;
mod charts;
mod config;
pub mod directory;
mod error;
mod i18n;
pub mod jobs;
mod mail;
mod pages;
mod routes;
mod security;
pub mod services;
mod state;

pub use app::{router, serve};
pub use config::WebConfig;
pub use mail::Mailer;
pub use services::accounts::first_admin_link;
/// A small valid PDF, for tests that upload legal process.
pub use services::pdf::{dense_pdf, sample_pdf};
pub use services::pdf_sandbox::{run_in_child as check_pdf_in_child, PdfChecker};
pub use state::AppState;
