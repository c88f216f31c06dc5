//! The LERS web application: requester portal, staff console, JSON API and the
//! HTTP plumbing they share (sessions, MFA, CSRF, security headers, error pages).
//!
//! Handlers are thin: they parse the request, call a use case of [`lers_app`] (or the
//! store for plain reads), and render a template or JSON.

mod alert_panel;
mod api_extract;
mod app;
mod auth;
mod charts;
mod dashboard;
mod error;
mod error_pages;
mod eu_panel;
mod form_errors;
pub mod hi1_auth;
mod hi1_tls;
mod languages;
mod operations;
mod pages;
mod paths;
mod request;
mod routes;
mod security;

pub use app::{router, serve};
pub use hi1_auth::ClientCertificate;
pub use hi1_tls::{hi1_server_config, serve_hi1, serve_hi1_with, Hi1Limits, Hi1TlsError};
pub use routes::etsi::hi1_router;
