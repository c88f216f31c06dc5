//! Boots a whole LERS per test: fresh database (SQLite file or a new PostgreSQL
//! database), fresh keys, a manual clock, an outbox, and an HTTP client with cookies.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use lers_app::{App, Settings};
use lers_domain::clock::{Duration, ManualClock, Timestamp};
use lers_store::{prelude::*, Ctx, NewDomainEntry, SqlStore};
use reqwest::redirect::Policy;
use reqwest::{Client, Response, StatusCode};
use sqlx::Executor;
use tempfile::TempDir;
use tokio::sync::oneshot;

pub type TestResult<T = ()> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs a story on both backends: `both_backends!(story)` makes `story::sqlite` and
/// `story::postgres` tests.
#[macro_export]
macro_rules! both_backends {
    ($($story:ident),+ $(,)?) => {
        $(
            mod $story {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() -> $crate::harness::TestResult {
                    super::$story($crate::harness::Backend::Sqlite).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() -> $crate::harness::TestResult {
                    super::$story($crate::harness::Backend::Postgres).await
                }
            }
        )+
    };
}

/// Where tests create PostgreSQL databases. Outside CI a missing variable skips the
/// PostgreSQL half with a message; in CI it is an error.
fn postgres_admin_url() -> Option<String> {
    match std::env::var("LERS_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("CI=true but LERS_TEST_POSTGRES_URL is not set: the PostgreSQL tests must run (scripts/test sets it)")
        }
        _ => None,
    }
}

/// A fresh database for one test; PostgreSQL databases are dropped afterwards.
pub struct TestDatabase {
    pub url: String,
    cleanup: Option<(String, String)>,
}

impl TestDatabase {
    pub async fn create(backend: Backend, dir: &Path) -> Option<Self> {
        match backend {
            Backend::Sqlite => Some(Self {
                url: format!("sqlite://{}", dir.join("lers.db").display()),
                cleanup: None,
            }),
            Backend::Postgres => {
                let Some(admin) = postgres_admin_url() else {
                    eprintln!("skipping PostgreSQL half: LERS_TEST_POSTGRES_URL is not set (scripts/test sets it)");
                    return None;
                };
                sqlx::any::install_default_drivers();
                let name = format!("lers_t_{:016x}", rand::random::<u64>());
                let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin)
                    .await
                    .expect("connect to LERS_TEST_POSTGRES_URL");
                conn.execute(format!("CREATE DATABASE {name}").as_str())
                    .await
                    .expect("create test database");
                let (base, _) = admin.rsplit_once('/').expect("database URL has a path");
                Some(Self {
                    url: format!("{base}/{name}"),
                    cleanup: Some((admin, name)),
                })
            }
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.cleanup.take() {
            // Drop on a thread of its own: this may run inside a runtime.
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build();
                if let Ok(runtime) = runtime {
                    runtime.block_on(async {
                        if let Ok(mut conn) =
                            <sqlx::AnyConnection as sqlx::Connection>::connect(&admin).await
                        {
                            let _ = conn
                                .execute(
                                    format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str(),
                                )
                                .await;
                        }
                    });
                }
            })
            .join();
        }
    }
}

/// Uploads above this are refused in tests (small, so the limit is cheap to test).
pub const MAX_UPLOAD_BYTES: u64 = 1024 * 1024;

/// The time every test starts at (a Friday, 12:00 UTC).
/// The memory limit of PDF checks in tests, as in the default configuration.
pub const PDF_CHECK_MEMORY_MIB: u64 = 256;

pub fn start_time() -> Timestamp {
    Timestamp::parse_rfc3339("2026-11-27T12:00:00Z").expect("valid time")
}

pub struct TestApp {
    pub base: String,
    pub client: Client,
    pub clock: ManualClock,
    pub store: Arc<SqlStore>,
    /// The running application (for use cases the tests call directly).
    pub state: App,
    pub dir: TempDir,
    pub db: TestDatabase,
    shutdown: Option<oneshot::Sender<()>>,
}

impl TestApp {
    /// A running server, or `None` when the PostgreSQL half cannot run here.
    pub async fn spawn(backend: Backend) -> Option<Self> {
        Self::spawn_with_smtp(backend, None).await
    }

    /// The same, sending email to the SMTP server at `smtp_url` instead of the outbox.
    pub async fn spawn_with_smtp(backend: Backend, smtp_url: Option<&str>) -> Option<Self> {
        Self::spawn_configured(backend, smtp_url, None, PDF_CHECK_MEMORY_MIB).await
    }

    /// The same, keeping production files in `blobs` instead of a local directory.
    pub async fn spawn_with_blobs(
        backend: Backend,
        blobs: Arc<dyn lers_store::blobs::BlobStore>,
    ) -> Option<Self> {
        Self::spawn_configured(backend, None, Some(blobs), PDF_CHECK_MEMORY_MIB).await
    }

    /// The same, with another memory limit for PDF checks.
    pub async fn spawn_with_pdf_memory(backend: Backend, mib: u64) -> Option<Self> {
        Self::spawn_configured(backend, None, None, mib).await
    }

    async fn spawn_configured(
        backend: Backend,
        smtp_url: Option<&str>,
        blobs: Option<Arc<dyn lers_store::blobs::BlobStore>>,
        pdf_memory_mib: u64,
    ) -> Option<Self> {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = TestDatabase::create(backend, dir.path()).await?;
        let clock = ManualClock::starting_at(start_time());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let settings = Settings {
            data_dir: dir.path().to_owned(),
            database_url: Some(db.url.clone()),
            base_url: Some(base.clone()),
            smtp_url: smtp_url.map(str::to_owned),
            max_upload_mib: MAX_UPLOAD_BYTES / (1024 * 1024),
            trusted_proxies: "127.0.0.1".into(),
            region: "test-region".into(),
            pdf_check_memory_mib: pdf_memory_mib,
            ..Settings::default()
        };
        let mut builder = App::builder(settings)
            .clock(Arc::new(clock.clone()))
            // Uploads are checked by the real `lers check-pdf` child, as `lers serve` does.
            .pdf_checker_exe(env!("CARGO_BIN_EXE_lers").into());
        if let Some(blobs) = blobs {
            builder = builder.production_blobs(blobs);
        }
        let (state, store) = builder.build_with_sql().await.expect("build the app");
        let (shutdown, stop) = oneshot::channel::<()>();
        tokio::spawn(lers_web::serve(state.clone(), listener, async move {
            let _ = stop.await;
        }));
        // Abilene's domain (the CISA list has it) and a suffix rule.
        store
            .import_domains(
                &[
                    NewDomainEntry {
                        pattern: "abilenetx.gov".into(),
                        organization: "City of Abilene".into(),
                        city: "Abilene".into(),
                        state: "TX".into(),
                        domain_type: "City".into(),
                        ..Default::default()
                    },
                    NewDomainEntry {
                        pattern: "*.police.uk".into(),
                        organization: "UK police forces".into(),
                        ..Default::default()
                    },
                ],
                "test",
                &Ctx {
                    at: start_time(),
                    actor: "system".into(),
                    ip: None,
                },
            )
            .await
            .expect("seed allow-list");
        Some(Self {
            base,
            client: new_client(),
            clock,
            store,
            state,
            dir,
            db,
            shutdown: Some(shutdown),
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn outbox(&self) -> PathBuf {
        self.dir.path().join("outbox")
    }

    pub fn key_dir(&self) -> PathBuf {
        self.dir.path().join("keys")
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// Loads `page`, takes its CSRF token and posts `fields` to `action`.
    pub async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        let html = self.get(page).await.text().await.expect("page body");
        let token = csrf_token(&html).unwrap_or_default();
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf", &token));
        self.client
            .post(self.url(action))
            .form(&form)
            .send()
            .await
            .expect("POST")
    }

    /// Every email in the outbox sent to `to`, oldest first.
    pub fn emails_to(&self, to: &str) -> Vec<String> {
        let mut found: Vec<(std::time::SystemTime, String)> = std::fs::read_dir(self.outbox())
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                    .filter_map(|e| {
                        let text = std::fs::read_to_string(e.path()).ok()?;
                        let modified = e.metadata().ok()?.modified().ok()?;
                        text.contains(&format!("To: {to}"))
                            .then(|| (modified, decode_quoted_printable(&text)))
                    })
                    .collect()
            })
            .unwrap_or_default();
        found.sort_by_key(|(at, _)| *at);
        found.into_iter().map(|(_, text)| text).collect()
    }

    /// The `/verify?token=…` link in the newest email to `to`.
    pub fn verification_link(&self, to: &str) -> String {
        let mails = self.emails_to(to);
        let mail = mails.last().unwrap_or_else(|| panic!("no email to {to}"));
        let start = mail
            .find("/verify?token=")
            .expect("verification link in email");
        let rest = &mail[start..];
        let end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
        rest[..end].to_owned()
    }

    pub fn advance(&self, by: Duration) {
        self.clock.advance(by);
    }

    /// The current TOTP code for `secret` at the test clock's time.
    pub fn code(&self, secret: &[u8]) -> String {
        let seconds = u64::try_from(self.clock_now().unix_seconds()).expect("positive time");
        totp_rs::TOTP::new_unchecked(totp_rs::Algorithm::SHA1, 6, 0, 30, secret.to_vec())
            .generate(seconds)
    }

    pub fn clock_now(&self) -> Timestamp {
        use lers_domain::clock::Clock;
        self.clock.now()
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

fn new_client() -> Client {
    Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .expect("HTTP client")
}

/// Undoes quoted-printable (RFC 2045 §6.7), which mail uses for lines over 76
/// characters: soft breaks `=\r\n` vanish and `=XX` becomes the byte XX.
pub fn decode_quoted_printable(text: &str) -> String {
    let joined = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'=', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of the first hidden `csrf` field in a page.
pub fn csrf_token(html: &str) -> Option<String> {
    hidden_value(html, "csrf")
}

pub fn hidden_value(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}

/// Where a redirect points.
pub fn location(response: &Response) -> String {
    response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned()
}

pub fn assert_redirect(response: &Response, to: &str) {
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "expected a redirect to {to}"
    );
    assert_eq!(location(response), to);
}

/// Something that browses LERS: the test app's own client or a second browser.
pub trait Web {
    async fn get(&self, path: &str) -> Response;
    async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Response;
}

impl Web for TestApp {
    async fn get(&self, path: &str) -> Response {
        TestApp::get(self, path).await
    }
    async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        TestApp::submit(self, page, action, fields).await
    }
}

impl Web for Browser<'_> {
    async fn get(&self, path: &str) -> Response {
        Browser::get(self, path).await
    }
    async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        Browser::submit(self, page, action, fields).await
    }
}

/// Enrolls TOTP on the enrollment page (after a password was set) and checks that the
/// person lands on `home`; returns the secret.
pub async fn enroll(web: &impl Web, app: &TestApp, home: &str) -> Vec<u8> {
    let html = web
        .get("/mfa/enroll")
        .await
        .text()
        .await
        .expect("enroll page");
    let secret = secret_from_enroll_page(&html);
    let response = web
        .submit(
            "/mfa/enroll",
            "/mfa/enroll",
            &[("code", &app.code(&secret))],
        )
        .await;
    // Enrollment ends on the page that shows the recovery codes once.
    recovery_codes_shown(response, home).await;
    secret
}

/// A signed-up, verified, enrolled requester.
pub struct Person {
    pub email: String,
    pub password: String,
    pub secret: Vec<u8>,
}

pub const PASSWORD: &str = "granite kettle orbit 4471";

pub fn signup_fields(email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", "Dana Reyes".into()),
        ("agency", "Abilene Police Department".into()),
        ("badge_number", "APD-4471".into()),
        ("phone", "+1 325 555 0100 ext. 12".into()),
        ("mailing_address", "555 Walnut St, Abilene, TX 79601".into()),
        ("country", "US".into()),
        ("subdivision", "TX".into()),
        ("email", email.into()),
    ]
}

/// Reads the base32 secret from the enrollment page.
pub fn secret_from_enroll_page(html: &str) -> Vec<u8> {
    let marker = "id=\"totp-secret\" class=\"secret\">";
    let start = html.find(marker).expect("secret on page") + marker.len();
    let end = html[start..].find('<').expect("end of secret") + start;
    let base32: String = html[start..end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    totp_rs::Secret::Encoded(base32)
        .to_bytes()
        .expect("base32 secret")
}

impl TestApp {
    /// Submits the sign-up form for `email` with a complete profile.
    pub async fn submit_sign_up(&self, email: &str) -> Response {
        let fields = signup_fields(email);
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.submit("/signup", "/signup", &fields).await
    }

    /// Signs up and opens the emailed link: returns the link and the token on its page.
    pub async fn open_verification(&self, email: &str) -> (String, String) {
        assert_redirect(&self.submit_sign_up(email).await, "/signup/sent");
        let link = self.verification_link(email);
        let page = self.get(&link).await;
        assert_eq!(page.status(), StatusCode::OK);
        let html = page.text().await.expect("body");
        let token = hidden_value(&html, "token").expect("token field");
        (link, token)
    }

    /// Submits the password form of a verification or invitation link.
    pub async fn set_password(&self, link: &str, token: &str, password: &str) -> Response {
        let fields = [
            ("token", token),
            ("password", password),
            ("password_confirm", password),
        ];
        self.submit(link, "/verify", &fields).await
    }

    /// Sign-up → verification email → password → TOTP enrollment, ending signed in.
    pub async fn sign_up(&self, email: &str) -> Person {
        let (link, token) = self.open_verification(email).await;
        assert_redirect(
            &self.set_password(&link, &token, PASSWORD).await,
            "/mfa/enroll",
        );
        let secret = enroll(self, self, "/dashboard").await;
        Person {
            email: email.to_owned(),
            password: PASSWORD.to_owned(),
            secret,
        }
    }

    pub async fn log_in(&self, email: &str, password: &str, code: &str) -> Response {
        self.submit(
            "/login",
            "/login",
            &[("email", email), ("password", password), ("code", code)],
        )
        .await
    }

    pub async fn log_out(&self) -> Response {
        let html = self.get("/").await.text().await.expect("home");
        let token = csrf_token(&html).unwrap_or_default();
        self.client
            .post(self.url("/logout"))
            .form(&[("csrf", token)])
            .send()
            .await
            .expect("logout")
    }
}

impl TestApp {
    /// The same server seen from a second browser (own cookie jar); shares nothing
    /// but the server.
    pub fn with_client(app: &TestApp) -> Browser<'_> {
        Browser {
            app,
            client: new_client(),
        }
    }
}

/// A second browser against the same server.
pub struct Browser<'a> {
    pub app: &'a TestApp,
    pub client: Client,
}

impl Browser<'_> {
    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(self.app.url(path))
            .send()
            .await
            .expect("GET")
    }

    pub async fn log_in(&self, email: &str, password: &str, code: &str) -> Response {
        let html = self.get("/login").await.text().await.expect("login page");
        let token = csrf_token(&html).unwrap_or_default();
        self.client
            .post(self.app.url("/login"))
            .form(&[
                ("email", email),
                ("password", password),
                ("code", code),
                ("csrf", &token),
            ])
            .send()
            .await
            .expect("POST /login")
    }
}

/// Fields of a complete request of each kind, as the guided form posts them.
pub fn request_fields(kind: &str, extends: Option<&str>) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> = vec![
        ("title", format!("Operation {kind}")),
        (
            "description",
            "Subscriber details and logs of the account used to extort the victim.".into(),
        ),
        ("country", "US".into()),
        ("subdivision", "TX".into()),
        ("target_type_0", "phone".into()),
        ("target_value_0", "+1 (555) 010-0199".into()),
        ("target_type_1", "email".into()),
        ("target_value_1", "Suspect@Example.com".into()),
        ("nondisclosure_term", "until".into()),
        ("nondisclosure_until", "2027-06-30".into()),
        ("delay_of_notice_term", "none".into()),
        ("action", "submit".into()),
    ];
    let process = |instrument: &str| -> Vec<(&'static str, String)> {
        vec![
            (
                "issuing_authority",
                "42nd District Court, Taylor County".into(),
            ),
            ("instrument", instrument.into()),
            ("citation", "Cause No. 2026-4471".into()),
        ]
    };
    let data = || -> Vec<(&'static str, String)> {
        vec![
            ("cat_subscriber_info", "on".into()),
            ("cat_connection_logs", "on".into()),
            ("date_from", "2026-01-01".into()),
            ("date_to", "2026-06-30".into()),
        ]
    };
    match kind {
        "user_data" => {
            fields.extend(process("search_warrant"));
            fields.extend(data());
        }
        "emergency" => {
            fields.extend(data());
            fields.extend([
                ("narrative", "A 12-year-old is missing; the account holder messaged her tonight threatening to hurt her.".to_owned()),
                ("attested", "on".to_owned()),
                ("supervisor_name", "Sgt. Lee Park".to_owned()),
                ("supervisor_phone", "+1 325 555 0111".to_owned()),
            ]);
        }
        "preservation" => {
            fields.extend(process("preservation_letter"));
            fields.extend(data());
        }
        "preservation_extension" => {
            fields.extend(process("preservation_letter"));
            fields.push(("extends_reference", extends.unwrap_or_default().to_owned()));
        }
        _ => fields.extend(process("court_order")),
    }
    fields
}

impl TestApp {
    /// Starts a draft of `kind`; returns its id.
    pub async fn start_request(&self, kind: &str) -> String {
        let response = self
            .submit("/requests/new", "/requests", &[("kind", kind)])
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "start a {kind} request"
        );
        let to = location(&response);
        to.trim_start_matches("/requests/")
            .trim_end_matches("/edit")
            .to_owned()
    }

    /// Posts the request form of draft `id`.
    pub async fn post_request_form(&self, id: &str, fields: &[(&str, String)]) -> Response {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let page = format!("/requests/{id}/edit");
        self.submit(&page, &page, &fields).await
    }

    /// Files a complete request of `kind` and returns (id, reference).
    pub async fn file_request(&self, kind: &str, extends: Option<&str>) -> (String, String) {
        let id = self.start_request(kind).await;
        let response = self
            .post_request_form(&id, &request_fields(kind, extends))
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "submit {kind}: {}",
            response.text().await.unwrap_or_default()
        );
        let html = self
            .get(&format!("/requests/{id}"))
            .await
            .text()
            .await
            .expect("detail page");
        let start = html.find("<h1>LERS-").expect("reference heading") + 4;
        let reference = html[start..start + 16].to_owned();
        (id, reference)
    }

    /// Uploads `bytes` as a document of request `id` through the page's multipart form.
    pub async fn upload(&self, id: &str, file_name: &str, bytes: Vec<u8>) -> Response {
        // The token from a page every requester can open, so that authorisation (not
        // CSRF) is what a refused upload tests.
        let html = self
            .get("/requests")
            .await
            .text()
            .await
            .expect("requests page");
        let token = csrf_token(&html).unwrap_or_default();
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name(file_name.to_owned())
            .mime_str("application/pdf")
            .expect("mime");
        let form = reqwest::multipart::Form::new()
            .text("csrf", token)
            .part("file", part);
        self.client
            .post(self.url(&format!("/requests/{id}/documents")))
            .multipart(form)
            .send()
            .await
            .expect("upload")
    }
}

impl Browser<'_> {
    /// Loads `page`, takes its CSRF token and posts `fields` to `action`.
    pub async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        let html = self.get(page).await.text().await.expect("page body");
        let token = csrf_token(&html).unwrap_or_default();
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf", &token));
        self.client
            .post(self.app.url(action))
            .form(&form)
            .send()
            .await
            .expect("POST")
    }
}

impl TestApp {
    /// A staff member with `roles`, invited by the system and signed in, in a browser
    /// of their own.
    pub async fn staff(
        &self,
        name: &str,
        email: &str,
        roles: &[lers_domain::account::Role],
    ) -> (Browser<'_>, Person) {
        let token = lers_store::tokens::generate();
        let invitation = lers_store::NewToken {
            token_hash: lers_store::tokens::hash(&token),
            expires_at: self
                .clock_now()
                .plus(lers_domain::clock::Duration::hours(24)),
        };
        let ctx = Ctx {
            at: self.clock_now(),
            actor: "system".into(),
            ip: None,
        };
        self.store
            .create_staff(
                email,
                name,
                &roles.iter().copied().collect(),
                invitation,
                &ctx,
            )
            .await
            .expect("create staff");
        let browser = TestApp::with_client(self);
        let link = format!("/verify?token={token}");
        let response = browser
            .submit(
                &link,
                "/verify",
                &[
                    ("token", &token),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                ],
            )
            .await;
        assert_redirect(&response, "/mfa/enroll");
        let secret = enroll(&browser, self, "/staff").await;
        (
            browser,
            Person {
                email: email.to_owned(),
                password: PASSWORD.to_owned(),
                secret,
            },
        )
    }
}

impl TestApp {
    /// Like [`TestApp::sign_up`] when mail goes over SMTP: the verification link is read
    /// from what the SMTP server received.
    pub async fn sign_up_via_smtp(&self, smtp: &crate::smtp::SmtpServer, email: &str) -> Person {
        assert_redirect(&self.submit_sign_up(email).await, "/signup/sent");
        let mails = smtp.messages();
        let mail = mails
            .iter()
            .find(|m| m.contains(email))
            .expect("verification mail over SMTP");
        let body = decode_quoted_printable(mail);
        let start = body.find("/verify?token=").expect("link");
        let link: String = body[start..]
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        let html = self.get(&link).await.text().await.expect("password page");
        let token = hidden_value(&html, "token").expect("token");
        assert_redirect(
            &self.set_password(&link, &token, PASSWORD).await,
            "/mfa/enroll",
        );
        let secret = enroll(self, self, "/dashboard").await;
        Person {
            email: email.to_owned(),
            password: PASSWORD.to_owned(),
            secret,
        }
    }
}

impl TestApp {
    /// A client with no cookies: the public.
    pub fn new_anonymous(&self) -> Client {
        new_client()
    }
}

impl TestApp {
    /// The `{path}?token=…` link in the newest email to `to` that has one.
    pub fn link_in_mail(&self, to: &str, path: &str) -> String {
        let marker = format!("{path}?token=");
        let mails = self.emails_to(to);
        let mail = mails
            .iter()
            .rev()
            .find(|m| m.contains(&marker))
            .unwrap_or_else(|| panic!("no email with {path} to {to}"));
        let start = mail.find(&marker).expect("link in email");
        let rest = &mail[start..];
        let end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
        rest[..end].to_owned()
    }

    /// Loads `page` and posts `fields` to `action` as a client at `ip` (the test
    /// server trusts its local reverse proxy, so `X-Forwarded-For` names the client).
    pub async fn submit_from(
        &self,
        ip: &str,
        page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        let html = self.get(page).await.text().await.expect("page body");
        let token = csrf_token(&html).unwrap_or_default();
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf", &token));
        self.client
            .post(self.url(action))
            .header("x-forwarded-for", ip)
            .form(&form)
            .send()
            .await
            .expect("POST")
    }
}

/// The page after TOTP enrollment: shows ten recovery codes once and continues to
/// `home`. Returns the codes.
pub async fn recovery_codes_shown(response: Response, home: &str) -> Vec<String> {
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "enrollment ends on the recovery codes page"
    );
    let html = response.text().await.expect("recovery codes page");
    assert!(
        html.contains(&format!("id=\"recovery-continue\" href=\"{home}\"")),
        "the recovery codes page continues to {home}"
    );
    let codes = recovery_codes_in(&html);
    assert_eq!(codes.len(), 10, "ten recovery codes");
    codes
}

/// The recovery codes on a page (`ABCDE-FGHIJ`).
pub fn recovery_codes_in(html: &str) -> Vec<String> {
    let marker = "class=\"secret recovery-code\">";
    html.match_indices(marker)
        .filter_map(|(at, _)| {
            let start = at + marker.len();
            let end = html[start..].find('<')? + start;
            Some(html[start..end].to_owned())
        })
        .collect()
}

/// Like [`enroll`], also returning the recovery codes shown afterwards.
pub async fn enroll_with_codes(
    web: &impl Web,
    app: &TestApp,
    home: &str,
) -> (Vec<u8>, Vec<String>) {
    let html = web
        .get("/mfa/enroll")
        .await
        .text()
        .await
        .expect("enroll page");
    let secret = secret_from_enroll_page(&html);
    let response = web
        .submit(
            "/mfa/enroll",
            "/mfa/enroll",
            &[("code", &app.code(&secret))],
        )
        .await;
    let codes = recovery_codes_shown(response, home).await;
    (secret, codes)
}

impl TestApp {
    /// [`TestApp::sign_up`] with some sign-up fields changed (agency, phone, …).
    pub async fn sign_up_with(&self, email: &str, changes: &[(&str, &str)]) -> Person {
        let mut fields = signup_fields(email);
        for (name, value) in changes {
            if let Some(field) = fields.iter_mut().find(|(k, _)| k == name) {
                field.1 = (*value).to_owned();
            }
        }
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        // Each person signs up from an address of their own, as officials of many
        // agencies would (one address may ask for ten sign-up mails an hour).
        let client = format!(
            "198.51.100.{}",
            1 + email.bytes().map(u32::from).sum::<u32>() % 250
        );
        assert_redirect(
            &self
                .submit_from(&client, "/signup", "/signup", &fields)
                .await,
            "/signup/sent",
        );
        let link = self.verification_link(email);
        let html = self.get(&link).await.text().await.expect("password page");
        let token = hidden_value(&html, "token").expect("token field");
        assert_redirect(
            &self.set_password(&link, &token, PASSWORD).await,
            "/mfa/enroll",
        );
        let secret = enroll(self, self, "/dashboard").await;
        Person {
            email: email.to_owned(),
            password: PASSWORD.to_owned(),
            secret,
        }
    }
}
