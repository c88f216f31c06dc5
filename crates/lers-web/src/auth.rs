//! Who is asking: the per-request middleware that finds the session (and ends it when
//! idle or too old), the CSRF token, and the extractors handlers use to demand a
//! signed-in requester, staff member or role.

use lers_domain::problem::Problem;
use std::net::{IpAddr, SocketAddr};

use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use lers_app::i18n::Tr;
use lers_app::App;
use lers_app::AppError;
use lers_domain::account::{AccountKind, AccountStatus, Role};
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::session::{SessionState, SessionTimes};
use lers_store::{tokens, Ctx, SessionRecord};
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use crate::error::WebError;
use crate::request::RequestInfo;

pub const SESSION_COOKIE: &str = "lers_session";
pub const CSRF_COOKIE: &str = "lers_csrf";
/// The language a person chose with the switcher (`routes::language`).
pub const LANGUAGE_COOKIE: &str = "lers_lang";
/// Writing `last_seen_at` on every request would turn each page view into a write;
/// a minute's precision is plenty for a 15-minute idle limit.
const TOUCH_INTERVAL_MS: i64 = 60_000;

fn cookie_value<'a>(parts: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    parts
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// The connection's address, canonical: an IPv4-mapped IPv6 peer (`::ffff:a.b.c.d`,
/// what a dual-stack listener reports for an IPv4 client) is the IPv4 address it
/// carries, so the trusted-proxy and loopback checks see what the limits key by.
pub fn peer_address(extensions: &axum::http::Extensions) -> Option<IpAddr> {
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip().to_canonical())
}

/// One `X-Forwarded-For` entry: an address, or `ip:port` / `[v6]:port` / `[v6]` as
/// some proxies write it (the address it contains); `None` if it is neither.
fn forwarded_entry(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim();
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|addr| addr.ip()))
        .or_else(|| {
            entry
                .strip_prefix('[')
                .and_then(|rest| rest.strip_suffix(']'))
                .and_then(|inner| inner.parse().ok())
        })
        .map(|ip: IpAddr| ip.to_canonical())
}

/// The client's address: the connection's, or — when the connection comes from a
/// trusted reverse proxy — the `X-Forwarded-For` entries walked from the right while
/// they name trusted proxies: the first that does not is the client. An entry that
/// cannot be read stops the walk at the nearest trusted proxy's address (entries
/// further left are whatever the client chose to send; skipping one would hand the
/// choice to the client).
pub fn client_address(
    peer: Option<IpAddr>,
    headers: &axum::http::HeaderMap,
    trusted: &[IpAddr],
) -> Option<IpAddr> {
    let peer = peer?.to_canonical();
    let is_trusted = |ip: IpAddr| trusted.iter().any(|t| t.to_canonical() == ip);
    if !is_trusted(peer) {
        return Some(peer);
    }
    // A header value that is not text is one unreadable entry.
    let entries: Vec<Option<IpAddr>> = headers
        .get_all("x-forwarded-for")
        .iter()
        .flat_map(|value| match value.to_str() {
            Ok(text) => text.split(',').map(forwarded_entry).collect(),
            Err(_) => vec![None],
        })
        .collect();
    let mut client = peer;
    for entry in entries.into_iter().rev() {
        let Some(ip) = entry else { break };
        client = ip;
        if !is_trusted(ip) {
            break;
        }
    }
    Some(client)
}

/// `Set-Cookie` for our cookies: HttpOnly, SameSite=Strict, Secure over https.
pub fn cookie(name: &str, value: &str, https: bool, max_age: Option<i64>) -> HeaderValue {
    cookie_with(name, value, https, max_age, "Strict")
}

/// [`cookie`] with another `SameSite` value: `Lax` for a preference that should hold
/// when someone arrives by a link from elsewhere (the language of a reset page opened
/// from webmail), never for anything that grants access.
pub fn cookie_with(
    name: &str,
    value: &str,
    https: bool,
    max_age: Option<i64>,
    same_site: &str,
) -> HeaderValue {
    let secure = if https { "; Secure" } else { "" };
    let age = max_age
        .map(|s| format!("; Max-Age={s}"))
        .unwrap_or_default();
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite={same_site}{secure}{age}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The language of a visitor: the cookie's, else the browser's.
pub(crate) fn browser_language(headers: &axum::http::HeaderMap) -> Tr {
    Tr::for_request(
        cookie_value(headers, LANGUAGE_COOKIE),
        headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
    )
}

/// Finds the session, enforces its idle and absolute limits and the account's status,
/// and makes sure a CSRF cookie exists for forms shown before login.
pub async fn load_request(State(state): State<App>, mut request: Request, next: Next) -> Response {
    let headers = request.headers();
    let peer = peer_address(request.extensions());
    let ip = client_address(peer, headers, &state.config.trusted_proxies).map(|ip| ip.to_string());
    // A page shown in answer to a form (a POST) is not there to come back to.
    let path = match request.method() {
        &axum::http::Method::GET => request
            .uri()
            .path_and_query()
            .map_or_else(|| "/".to_owned(), ToString::to_string),
        _ => "/".to_owned(),
    };
    let cross_site = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == "cross-site");
    let session_token = cookie_value(headers, SESSION_COOKIE).map(str::to_owned);
    let csrf_cookie = cookie_value(headers, CSRF_COOKIE).map(str::to_owned);

    let mut clear_session_cookie = false;
    let session = match session_token {
        Some(token) => match current_session(&state, &tokens::hash(&token)).await {
            Ok(Some(found)) if !found.account.domain_admitted => {
                // The allow-list entry that admitted this account was disabled: the
                // session ends here, with the reason, in the account's language.
                let tr = Tr::for_account(&found.account.locale, || browser_language(headers));
                let refused = domain_refused(&state, found, ip.clone()).await;
                let reader = RequestInfo::before_session(ip, tr, cross_site, path);
                return crate::error_pages::for_reader(refused, &reader, &state);
            }
            Ok(found) => {
                clear_session_cookie = found.is_none();
                found
            }
            // The database is down: say so (503 + Retry-After) rather than sending a
            // signed-in person to the login page.
            Err(e @ lers_store::StoreError::Unavailable { .. }) => {
                let unavailable = axum::response::IntoResponse::into_response(WebError::from(e));
                let reader =
                    RequestInfo::before_session(ip, browser_language(headers), cross_site, path);
                return crate::error_pages::for_reader(unavailable, &reader, &state);
            }
            Err(e) => {
                tracing::error!(error = %e, "session lookup failed");
                None
            }
        },
        None => None,
    };
    // An account reads LERS in the language of its profile; a visitor (or an account
    // that chose none) in the cookie's, else the browser's.
    let headers = request.headers();
    let browser = || browser_language(headers);
    let tr = match &session {
        Some(found) => Tr::for_account(&found.account.locale, browser),
        None => browser(),
    };
    let new_csrf_cookie = csrf_cookie.is_none().then(tokens::generate);
    let form_token = session
        .as_ref()
        .map(|s| s.csrf_token.clone())
        .or(csrf_cookie)
        .or_else(|| new_csrf_cookie.clone())
        .unwrap_or_default();
    let unread_notices = unread_notices(&state, session.as_ref()).await;
    let info = RequestInfo {
        ip,
        tr,
        session,
        form_token,
        cross_site,
        path,
        unread_notices,
    };
    request.extensions_mut().insert(info.clone());
    let mut response = crate::error_pages::for_reader(next.run(request).await, &info, &state);
    let https = state.config.is_https();
    if let Some(value) = new_csrf_cookie {
        response
            .headers_mut()
            .append(SET_COOKIE, cookie(CSRF_COOKIE, &value, https, None));
    }
    if clear_session_cookie && !response.headers().contains_key(SET_COOKIE) {
        response
            .headers_mut()
            .append(SET_COOKIE, cookie(SESSION_COOKIE, "", https, Some(0)));
    }
    response
}

/// The count in the console's navigation: one indexed count per staff page view (a
/// failure shows none rather than failing the page).
async fn unread_notices(state: &App, session: Option<&SessionRecord>) -> i64 {
    let Some(session) = session.filter(|s| {
        s.account.kind == AccountKind::Staff && s.mfa_at.is_some() && s.account.mfa_complete()
    }) else {
        return 0;
    };
    state
        .store
        .unread_notices(session.account.id)
        .await
        .unwrap_or_else(|e| {
            tracing::warn!(error = %e, "could not count unread notifications");
            0
        })
}

/// Ends a session whose account's domain is no longer admitted and says why.
async fn domain_refused(state: &App, session: SessionRecord, ip: Option<String>) -> Response {
    use axum::response::IntoResponse;
    if let Err(e) = state.store.end_session(&session.token_hash, None).await {
        return WebError::from(e).into_response();
    }
    let denied = AuditEvent::new(
        state.clock.now(),
        session.account.pseudonym.clone(),
        AuditAction::AccessDenied,
        Outcome::Denied,
    )
    .from_ip(ip)
    .details(serde_json::json!({
        "reason": "domain_not_admitted",
        "domain_rule": session.account.matched_domain_rule,
    }));
    if let Err(e) = state.store.record_event(denied).await {
        return WebError::from(e).into_response();
    }
    let mut response = WebError::DomainNotAdmitted.into_response();
    response.headers_mut().append(
        SET_COOKIE,
        cookie(SESSION_COOKIE, "", state.config.is_https(), Some(0)),
    );
    response
}

/// The session behind `token_hash` if it is still good; an expired one is deleted.
async fn current_session(
    state: &App,
    token_hash: &str,
) -> Result<Option<SessionRecord>, lers_store::StoreError> {
    let Some(session) = state.store.session(token_hash).await? else {
        return Ok(None);
    };
    let now = state.clock.now();
    let times = SessionTimes {
        created_at: session.created_at,
        last_seen_at: session.last_seen_at,
    };
    let expired = state.sessions.state(times, now) != SessionState::Active;
    if expired || session.account.status != AccountStatus::Active {
        state.store.end_session(token_hash, None).await?;
        return Ok(None);
    }
    if now.since(session.last_seen_at).as_millis() >= TOUCH_INTERVAL_MS {
        state.store.touch_session(token_hash, now).await?;
    }
    Ok(Some(session))
}

impl<S: Send + Sync> FromRequestParts<S> for RequestInfo {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<RequestInfo>()
            .cloned()
            .ok_or_else(|| WebError::internal("request info middleware missing"))
    }
}

/// A person with a complete sign-in (password and TOTP).
pub struct SignedIn {
    pub req: RequestInfo,
    pub session: SessionRecord,
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let req = RequestInfo::from_request_parts(parts, state).await?;
        let session = req
            .session
            .clone()
            .ok_or_else(|| WebError::login_required(parts.uri.path()))?;
        if session.mfa_at.is_none() || !session.account.mfa_complete() {
            return Err(WebError::EnrollmentRequired);
        }
        Ok(Self { req, session })
    }
}

impl SignedIn {
    pub fn ctx(&self, state: &App) -> Ctx {
        self.req.ctx(state)
    }

    /// Demands a staff role; a refusal is itself audited (every authorisation decision
    /// on sensitive data is logged).
    pub async fn require_role(&self, state: &App, role: Role, what: &str) -> Result<(), WebError> {
        let account = &self.session.account;
        if account.kind == AccountKind::Staff && account.roles.contains(role) {
            return Ok(());
        }
        let denied = AuditEvent::new(
            state.clock.now(),
            account.pseudonym.clone(),
            AuditAction::AccessDenied,
            Outcome::Denied,
        )
        .from_ip(self.req.ip.clone())
        .details(serde_json::json!({"needed_role": role.as_str(), "resource": what}));
        state.store.record_event(denied).await?;
        Err(AppError::Forbidden.into())
    }

    pub fn is_staff(&self) -> bool {
        self.session.account.kind == AccountKind::Staff
    }
}

/// A person signed in with a password who still has to set up TOTP.
pub struct Enrolling {
    pub req: RequestInfo,
    pub session: SessionRecord,
}

impl<S: Send + Sync> FromRequestParts<S> for Enrolling {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let req = RequestInfo::from_request_parts(parts, state).await?;
        let session = req.session.clone().ok_or(WebError::LoginRequired)?;
        Ok(Self { req, session })
    }
}

/// Constant-time comparison of a sent token with the expected one.
pub fn same_token(sent: &str, expected: &str) -> bool {
    bool::from(sent.as_bytes().ct_eq(expected.as_bytes()))
}

/// A form body whose `csrf` field must match this request's form token, and which did
/// not come from another site.
pub struct CsrfForm<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for CsrfForm<T> {
    type Rejection = WebError;
    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let req = RequestInfo::from_request_parts(&mut parts, state).await?;
        let bytes = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|e| AppError::invalid_because(Problem::new("form-unreadable"), e))?;
        let sent = form_urlencoded::parse(&bytes)
            .find(|(key, _)| key == "csrf")
            .map(|(_, value)| value.into_owned())
            .unwrap_or_default();
        let matches = !req.form_token.is_empty()
            && bool::from(sent.as_bytes().ct_eq(req.form_token.as_bytes()));
        if req.cross_site || !matches {
            return Err(WebError::Csrf);
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(CsrfForm)
            .map_err(|e| AppError::invalid_because(Problem::new("form-incomplete"), e).into())
    }
}

/// For calls made by the page's own script (uploads): the form token in an
/// `X-CSRF-Token` header, from this site.
pub struct CsrfHeader;

impl<S: Send + Sync> FromRequestParts<S> for CsrfHeader {
    type Rejection = WebError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let req = RequestInfo::from_request_parts(parts, state).await?;
        let sent = parts
            .headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if req.cross_site || req.form_token.is_empty() || !same_token(sent, &req.form_token) {
            return Err(WebError::Csrf);
        }
        Ok(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::client_address;
    use axum::http::{HeaderMap, HeaderValue};
    use std::net::IpAddr;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            HeaderValue::from_static("1.1.1.1, 203.0.113.7, 10.0.0.2"),
        );
        let trusted = [ip("10.0.0.1"), ip("10.0.0.2")];
        // From the proxy: the right-most untrusted hop, not the client-chosen left one.
        assert_eq!(
            client_address(Some(ip("10.0.0.1")), &headers, &trusted),
            Some(ip("203.0.113.7"))
        );
        // From anywhere else the header is ignored.
        assert_eq!(
            client_address(Some(ip("198.51.100.4")), &headers, &trusted),
            Some(ip("198.51.100.4"))
        );
        assert_eq!(
            client_address(Some(ip("10.0.0.1")), &HeaderMap::new(), &trusted),
            Some(ip("10.0.0.1"))
        );
    }

    fn forwarded(value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn an_unreadable_entry_stops_the_walk_rather_than_being_skipped() {
        let trusted = [ip("10.0.0.1"), ip("10.0.0.2")];
        let proxy = Some(ip("10.0.0.1"));
        // The proxy appended something unreadable: the client-chosen entry on its
        // left is not believed; the proxy's own address is the client's.
        let headers = forwarded("6.6.6.6, garbage");
        assert_eq!(client_address(proxy, &headers, &trusted), proxy);
        // Behind a second trusted proxy: stopped at the nearest trusted hop.
        let headers = forwarded("6.6.6.6, unknown, 10.0.0.2");
        assert_eq!(
            client_address(proxy, &headers, &trusted),
            Some(ip("10.0.0.2"))
        );
        // Entries on separate header lines are one list, right-most last.
        let mut headers = forwarded("6.6.6.6");
        headers.append("x-forwarded-for", HeaderValue::from_static("_hidden"));
        assert_eq!(client_address(proxy, &headers, &trusted), proxy);
    }

    #[test]
    fn addresses_with_ports_are_the_addresses_they_contain() {
        let trusted = [ip("10.0.0.1"), ip("10.0.0.2")];
        let proxy = Some(ip("10.0.0.1"));
        let cases = [
            ("6.6.6.6, 203.0.113.7:51234", "203.0.113.7"),
            ("6.6.6.6, [2001:db8::7]:443", "2001:db8::7"),
            ("6.6.6.6, [2001:db8::8]", "2001:db8::8"),
            ("6.6.6.6, 203.0.113.9, 10.0.0.2:80", "203.0.113.9"),
            ("6.6.6.6, ::ffff:203.0.113.5", "203.0.113.5"),
        ];
        for (value, client) in cases {
            assert_eq!(
                client_address(proxy, &forwarded(value), &trusted),
                Some(ip(client)),
                "{value}"
            );
        }
    }

    #[test]
    fn ipv4_mapped_peers_are_their_ipv4_addresses() {
        // A dual-stack listener reports an IPv4 proxy as `::ffff:10.0.0.1`: still the
        // trusted proxy, and an IPv4-mapped entry in `trusted` matches too.
        let headers = forwarded("203.0.113.7");
        let mapped = Some(ip("::ffff:10.0.0.1"));
        assert_eq!(
            client_address(mapped, &headers, &[ip("10.0.0.1")]),
            Some(ip("203.0.113.7"))
        );
        assert_eq!(
            client_address(Some(ip("10.0.0.1")), &headers, &[ip("::ffff:10.0.0.1")]),
            Some(ip("203.0.113.7"))
        );
        // Not trusted: the peer as its IPv4 address.
        assert_eq!(client_address(mapped, &headers, &[]), Some(ip("10.0.0.1")));
        // The connection's address as every check sees it (`/metrics`' loopback one).
        let mut extensions = axum::http::Extensions::new();
        let connection: std::net::SocketAddr = "[::ffff:127.0.0.1]:40000"
            .parse()
            .unwrap_or_else(|_| std::net::SocketAddr::from(([0, 0, 0, 0], 0)));
        extensions.insert(axum::extract::ConnectInfo(connection));
        let peer = super::peer_address(&extensions);
        assert_eq!(peer, Some(ip("127.0.0.1")));
        assert!(peer.is_some_and(|p| p.is_loopback()));
    }
}
