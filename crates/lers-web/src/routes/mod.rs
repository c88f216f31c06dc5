//! URL map. Each module serves one part of the product.

mod api;
mod audit;
mod entry;
mod public;
mod requester;
mod staff;

use axum::routing::{get, post};
use axum::Router;

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(public::home))
        .route("/healthz", get(public::healthz))
        .route("/readyz", get(public::readyz))
        .route("/static/app.css", get(public::stylesheet))
        .route(
            "/signup",
            get(entry::signup_page).post(entry::signup_submit),
        )
        .route("/signup/sent", get(entry::signup_sent))
        .route(
            "/verify",
            get(entry::verify_page).post(entry::verify_submit),
        )
        .route(
            "/mfa/enroll",
            get(entry::enroll_page).post(entry::enroll_submit),
        )
        .route("/login", get(entry::login_page).post(entry::login_submit))
        .route("/logout", post(entry::logout))
        .route("/setup", get(entry::setup_page).post(entry::setup_submit))
        .route("/dashboard", get(requester::dashboard))
        .route("/staff", get(staff::home))
        .route("/staff/accounts", get(staff::accounts).post(staff::invite))
        .route("/staff/accounts/{id}/roles", post(staff::set_roles))
        .route("/staff/accounts/{id}/status", post(staff::set_status))
        .route(
            "/staff/domains",
            get(staff::domains).post(staff::add_domain),
        )
        .route(
            "/staff/domains/{id}/enabled",
            post(staff::set_domain_enabled),
        )
        .route("/staff/audit", get(audit::log))
        .route("/api/v1/signup", post(api::signup))
}
