//! What every handler knows about the request it serves.

use lers_app::i18n::Tr;
use lers_app::App;
use lers_domain::audit::ACTOR_ANONYMOUS;
use lers_store::{Ctx, SessionRecord};

/// Facts about the current request, found once by the `auth::load_request` middleware.
#[derive(Clone)]
pub struct RequestInfo {
    pub ip: Option<String>,
    pub tr: Tr,
    pub session: Option<SessionRecord>,
    /// The token forms must send back: the session's, or before login a cookie's.
    pub form_token: String,
    pub cross_site: bool,
    /// The path and query of this page, for links that come back to it.
    pub path: String,
    /// Unread staff notifications of the signed-in staff member (0 for anyone else).
    pub unread_notices: i64,
}

impl RequestInfo {
    /// A reader known only by `tr`, for an answer given before any session is found
    /// (an error page drawn for them, with the navigation of someone signed out).
    pub fn before_session(ip: Option<String>, tr: Tr, cross_site: bool, path: String) -> Self {
        Self {
            ip,
            tr,
            session: None,
            form_token: String::new(),
            cross_site,
            path,
            unread_notices: 0,
        }
    }

    /// The audit context of this request at `now`.
    pub fn ctx(&self, state: &App) -> Ctx {
        Ctx {
            at: state.clock.now(),
            actor: self.session.as_ref().map_or_else(
                || ACTOR_ANONYMOUS.to_owned(),
                |s| s.account.pseudonym.clone(),
            ),
            ip: self.ip.clone(),
        }
    }
}
