//! URL map. Each module serves one part of the product.

mod account;
mod agency_webhooks;
mod api;
mod api_doc;
mod audit;
mod console;
mod emergencies;
mod entry;
pub mod etsi;
mod eu_execution;
mod eu_orders;
mod field_access;
mod hi1_fetch;
mod intake;
mod interface_endpoints;
mod language;
mod my_data;
mod notifications;
mod oncall;
mod passkeys;
mod powers;
mod productions;
mod public;
mod recycle_bin;
mod regions;
pub mod request_form;
mod requester;
mod requests;
mod staff;
mod tokens;
mod transparency;

mod deconfliction;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use lers_app::App;

/// A redirect to `path` (which may end in `#fragment`) that shows `notice` on arrival.
/// Checks a fresh authenticator code for an approval made from a list page: `None`
/// when it is good, else the redirect back to `page` with the refusal as its notice
/// (`refused_id` is the page's Fluent message, taking `$reason`).
pub(super) async fn approval_code_refused(
    state: &lers_app::App,
    who: &crate::auth::SignedIn,
    code: &str,
    page: &str,
    refused_id: &str,
) -> Result<Option<axum::response::Response>, crate::error::WebError> {
    let ctx = who.ctx(state);
    match state
        .confirm_step_up(&who.session, code, "code", &ctx)
        .await
    {
        Ok(()) => Ok(None),
        Err(lers_app::FormError::Fields(fields)) => {
            let reason = fields
                .first()
                .map(|f| who.req.tr.problem(&f.problem))
                .unwrap_or_default();
            let notice = who.req.tr.with(refused_id, &[("reason", reason)]);
            Ok(Some(with_notice(page, &notice)))
        }
        Err(lers_app::FormError::App(e)) => Err(e.into()),
    }
}

pub fn with_notice(path: &str, notice: &str) -> axum::response::Response {
    use axum::response::IntoResponse;
    let notice: String = form_urlencoded::byte_serialize(notice.as_bytes()).collect();
    let (path, fragment) = match path.split_once('#') {
        Some((path, fragment)) => (path, format!("#{fragment}")),
        None => (path, String::new()),
    };
    axum::response::Redirect::to(&format!("{path}?notice={notice}{fragment}")).into_response()
}

/// Streams one multipart file field to a private temporary file (the app's
/// `requests::receive` does the hashing and the size limit).
pub async fn receive_file(
    state: &App,
    field: axum::extract::multipart::Field<'_>,
) -> Result<lers_app::services::requests::TempUpload, lers_app::FormError> {
    let file_name = field.file_name().map(str::to_owned);
    state.receive_upload(file_name.as_deref(), field).await
}

/// A multipart body that broke off: the cause, the HTTP library's English, is logged;
/// the person reads the problem `id` in their own language.
pub fn unreadable(
    field: &'static str,
    id: &'static str,
    cause: &dyn std::fmt::Display,
) -> lers_app::FormError {
    tracing::info!(%cause, field, "multipart body could not be read");
    lers_app::FormError::field(field, lers_domain::problem::Problem::new(id))
}

/// A form with nothing but its CSRF token.
#[derive(serde::Deserialize)]
pub struct Empty {}

/// Form and JSON bodies are small; uploads get the configured limit plus room for
/// the multipart framing.
pub(crate) const MAX_FORM_BYTES: usize = 64 * 1024;

/// The stylesheet and script: compiled in, served without a session lookup and
/// outside every load budget (answering costs less than refusing would).
pub fn assets() -> Router<App> {
    Router::new()
        .route("/static/app.css", get(public::stylesheet))
        .route("/static/upload.js", get(public::upload_script))
        .route("/static/locale.js", get(public::locale_script))
        .route("/static/passkeys.js", get(passkeys::script))
}

pub fn routes(max_upload_bytes: u64) -> Router<App> {
    let upload_limit = usize::try_from(max_upload_bytes)
        .unwrap_or(usize::MAX)
        .saturating_add(MAX_FORM_BYTES);
    let uploads = Router::new()
        .route("/requests/{id}/documents", post(requests::upload))
        .route("/requests/{id}/messages", post(requests::post_message))
        .route("/api/v1/requests/{id}/documents", post(api::upload))
        .route("/staff/intake/{id}/scan", post(intake::scan))
        .layer(DefaultBodyLimit::max(upload_limit));
    Router::new()
        .merge(emergencies::routes())
        .merge(interface_endpoints::routes())
        .merge(field_access::routes())
        .merge(eu_orders::routes())
        .merge(etsi::routes())
        .merge(hi1_fetch::routes())
        .fallback(public::not_found)
        .route("/", get(public::home))
        .route("/language", get(language::choose))
        .route("/healthz", get(public::healthz))
        .route("/readyz", get(public::readyz))
        .route("/.well-known/lers-audit-key", get(public::audit_public_key))
        .route(
            "/signup",
            get(entry::signup_page).post(entry::signup_submit),
        )
        .route("/signup/sent", get(entry::signup_sent))
        .merge(account::routes())
        .merge(my_data::routes())
        .merge(passkeys::routes())
        .route(
            "/verify",
            get(entry::verify_page).post(entry::verify_submit),
        )
        .route(
            "/mfa/enroll",
            get(entry::enroll_page).post(entry::enroll_submit),
        )
        .route("/login", get(entry::login_page).post(entry::login_submit))
        // The same sign-in in the staff budget: staff can sign in while requesters
        // fill the portal's.
        .route(
            crate::paths::STAFF_SIGN_IN,
            get(entry::login_page).post(entry::login_submit),
        )
        .route("/logout", post(entry::logout))
        .route("/setup", get(entry::setup_page).post(entry::setup_submit))
        .route("/dashboard", get(requester::dashboard))
        .route("/requests", get(requests::list).post(requests::create))
        .route("/requests/new", get(requests::new_page))
        .route("/requests/{id}", get(requests::detail))
        .route(
            "/requests/{id}/edit",
            get(requests::edit_page).post(requests::edit_submit),
        )
        .route("/requests/{id}/withdraw", post(requests::withdraw))
        .route(
            "/requests/{id}/documents/{document}",
            get(requests::download),
        )
        .route("/account/tokens", get(tokens::list).post(tokens::create))
        .route("/account/tokens/{id}/revoke", post(tokens::revoke))
        .route(
            "/account/webhooks",
            get(agency_webhooks::list).post(agency_webhooks::add),
        )
        .route(
            "/account/webhooks/{id}/remove",
            post(agency_webhooks::remove),
        )
        .route("/staff", get(staff::home))
        .route("/staff/accounts", get(staff::accounts).post(staff::invite))
        .route("/staff/accounts/{id}/roles", post(staff::set_roles))
        .route("/staff/accounts/{id}/status", post(staff::set_status))
        .route(
            "/staff/accounts/{id}/reset-second-factor",
            post(powers::propose_reset),
        )
        .route("/staff/approvals/{id}/approve", post(powers::approve))
        .route("/staff/approvals/{id}/reject", post(powers::reject))
        .route("/account/tokens/{id}/renew", post(tokens::renew))
        .route(
            "/staff/domains",
            get(staff::domains).post(staff::add_domain),
        )
        .route(
            "/staff/domains/{id}/enabled",
            post(staff::set_domain_enabled),
        )
        .route(
            "/staff/domains/builtin/enabled",
            post(staff::set_builtin_domains_enabled),
        )
        .route("/staff/audit", get(audit::log))
        .route("/staff/intake", get(intake::page).post(intake::open))
        .route("/staff/intake/{id}", get(intake::request))
        .route(
            "/staff/intake/{id}/edit",
            get(intake::edit_page).post(intake::edit_submit),
        )
        .route("/staff/intake/{id}/register", post(intake::register))
        .route("/staff/intake/{id}/invite", post(intake::invite))
        .route("/staff/intake/{id}/paper", post(intake::paper))
        .route("/staff/queue", get(console::queue))
        .route("/staff/requests/{id}", get(console::request))
        .route("/staff/requests/{id}/assign", post(console::assign))
        .route("/staff/requests/{id}/review", post(console::review))
        .route("/staff/requests/{id}/decide", post(console::decide))
        .route("/staff/requests/{id}/callback", post(console::callback))
        .route("/staff/requests/{id}/messages", post(console::message))
        .route(
            "/staff/requests/{id}/documents/{document}",
            get(console::document),
        )
        .route("/staff/requests/{id}/notices", post(console::decide_notice))
        .route("/staff/requests/{id}/productions", post(productions::open))
        .route(
            "/staff/requests/{id}/productions/{production}/files",
            post(productions::start_file),
        )
        .route(
            "/staff/requests/{id}/productions/{production}/files/{file}/remove",
            post(productions::remove_file),
        )
        .route(
            "/staff/requests/{id}/productions/{production}/files/{file}/verify",
            post(productions::verify_file),
        )
        .route(
            "/staff/requests/{id}/productions/{production}/deliver",
            post(productions::deliver),
        )
        .route(
            "/staff/alerts/{id}/acknowledge",
            post(productions::acknowledge_alert),
        )
        .route(
            "/requests/{id}/productions/confirm",
            post(productions::confirm),
        )
        .route(
            "/requests/{id}/productions/{production}/files/{file}",
            get(productions::download),
        )
        .route(
            "/requests/{id}/productions/{production}/manifest",
            get(productions::manifest),
        )
        .route(
            "/staff/requests/{id}/eu/ea-decision",
            post(eu_execution::record_ea_decision),
        )
        .route(
            "/staff/requests/{id}/eu/form3",
            post(eu_execution::answer_form3),
        )
        .route(
            "/staff/requests/{id}/eu/form3.pdf",
            get(eu_execution::staff_form3_pdf),
        )
        .route(
            "/staff/requests/{id}/eu/notice-lifted",
            post(eu_execution::lift_notice_restriction),
        )
        .route(
            "/requests/{id}/eu/form3.pdf",
            get(eu_execution::requester_form3_pdf),
        )
        .route("/staff/notifications", get(notifications::list))
        .route(
            "/staff/notifications/read-all",
            post(notifications::mark_all_read),
        )
        .route(
            "/staff/notifications/{id}/read",
            post(notifications::mark_read),
        )
        .route(
            "/staff/notifications/settings",
            get(notifications::settings).post(notifications::save_settings),
        )
        .route("/staff/notices", get(console::notices))
        .route("/staff/notices/{id}/hold", post(console::hold_notice))
        .route("/transparency", get(transparency::public))
        .route("/transparency/{file}", get(transparency::download))
        .route(
            "/staff/transparency",
            get(transparency::staff).post(transparency::compute),
        )
        .route(
            "/staff/transparency/{id}/publish",
            post(transparency::publish),
        )
        .route("/api/v1/signup", post(api::signup))
        .route("/api/v1/openapi.json", get(api_doc::openapi))
        .route("/api/v1/requests", get(api::list).post(api::create))
        .route("/api/v1/requests/{id}", get(api::get).put(api::update))
        .route("/api/v1/requests/{id}/submit", post(api::submit))
        .route("/api/v1/requests/{id}/withdraw", post(api::withdraw))
        .route(
            "/api/v1/requests/{id}/messages",
            get(api::messages).post(api::post_message),
        )
        .route(
            "/api/v1/requests/{id}/documents/{document}",
            get(api::download),
        )
        .route("/api/v1/webhooks/deliveries", get(api::webhook_deliveries))
        .route("/bin", get(recycle_bin::page))
        .route("/bin/{id}/restore", post(recycle_bin::restore))
        .route("/requests/{id}/delete", post(recycle_bin::delete_draft))
        .route(
            "/requests/{id}/documents/{document}/delete",
            post(recycle_bin::delete_document),
        )
        .route(
            "/staff/accounts/{id}/delete",
            post(recycle_bin::delete_admin_object),
        )
        .route(
            "/staff/domains/{id}/delete",
            post(recycle_bin::delete_admin_object),
        )
        .route(
            "/staff/agencies/{id}/delete",
            post(recycle_bin::delete_admin_object),
        )
        .route(
            "/staff/directory/{id}/delete",
            post(recycle_bin::delete_admin_object),
        )
        .route(
            "/staff/requests/{id}/legal-hold",
            get(recycle_bin::legal_hold_page).post(recycle_bin::legal_hold),
        )
        .route("/staff/oncall", get(oncall::page))
        .route("/staff/oncall/rotas", post(oncall::add_rota))
        .route("/staff/oncall/rotas/{id}/delete", post(oncall::delete_rota))
        .route("/staff/oncall/webhooks", post(oncall::add_webhook))
        .route(
            "/staff/oncall/webhooks/{id}/delete",
            post(oncall::delete_webhook),
        )
        .route("/staff/alerts/{id}", get(oncall::alert_page))
        .route("/staff/alerts/{id}/ack", post(oncall::acknowledge))
        .route("/staff/regions", get(regions::page))
        .route("/staff/regions/moves", post(regions::move_case))
        .route("/staff/accounts/{id}/limits", post(regions::set_limits))
        .route("/staff/intake/{id}/region", post(regions::place_intake))
        .route(
            "/staff/requests/{id}/targets/{target}",
            get(deconfliction::naming),
        )
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
        .merge(uploads)
        // Production files stream through without a size limit: each chunk is sealed
        // as it arrives and the declared file size bounds what is accepted.
        .route(
            "/staff/requests/{id}/productions/{production}/files/{file}",
            get(productions::file_status)
                .put(productions::upload_chunk)
                .layer(DefaultBodyLimit::disable()),
        )
}
