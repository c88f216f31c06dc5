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

pub mod audit_rows;
pub mod authority;
mod eu;
mod flows;
mod hi1;
mod pages;
mod people;
pub mod serve;
pub mod tls;
pub mod xsd;

pub use eu::*;
pub use flows::*;
pub use hi1::*;
pub use pages::*;
pub use people::*;
pub use serve::*;

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
                Some(Self::on_postgres(&admin).await)
            }
        }
    }

    /// A fresh database on the PostgreSQL server `admin` connects to.
    pub async fn on_postgres(admin: &str) -> Self {
        sqlx::any::install_default_drivers();
        let name = format!("lers_t_{:016x}", rand::random::<u64>());
        let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(admin)
            .await
            .expect("connect to the PostgreSQL server");
        conn.execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create test database");
        let (base, _) = admin.rsplit_once('/').expect("database URL has a path");
        Self {
            url: format!("{base}/{name}"),
            cleanup: Some((admin.to_owned(), name)),
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

/// The `/metrics` token of every test server (`TestApp::scrape` sends it).
pub const TEST_METRICS_TOKEN: &str = "metrics-token-of-the-test-server";

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
        Self::spawn_configured(backend, smtp_url, None, PDF_CHECK_MEMORY_MIB, &|_| {}).await
    }

    /// The same, keeping production files in `blobs` instead of a local directory.
    pub async fn spawn_with_blobs(
        backend: Backend,
        blobs: Arc<dyn lers_store::blobs::BlobStore>,
    ) -> Option<Self> {
        Self::spawn_configured(backend, None, Some(blobs), PDF_CHECK_MEMORY_MIB, &|_| {}).await
    }

    /// The same, with another memory limit for PDF checks.
    pub async fn spawn_with_pdf_memory(backend: Backend, mib: u64) -> Option<Self> {
        Self::spawn_configured(backend, None, None, mib, &|_| {}).await
    }

    /// The same, with settings changed by `configure` (e.g. data regions).
    pub async fn spawn_with_settings(
        backend: Backend,
        configure: &dyn Fn(&mut Settings),
    ) -> Option<Self> {
        Self::spawn_configured(backend, None, None, PDF_CHECK_MEMORY_MIB, configure).await
    }

    async fn spawn_configured(
        backend: Backend,
        smtp_url: Option<&str>,
        blobs: Option<Arc<dyn lers_store::blobs::BlobStore>>,
        pdf_memory_mib: u64,
        configure: &dyn Fn(&mut Settings),
    ) -> Option<Self> {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = TestDatabase::create(backend, dir.path()).await?;
        Some(Self::start(dir, db, smtp_url, blobs, pdf_memory_mib, configure).await)
    }

    /// A running server on `db` (e.g. on a PostgreSQL server of the test's own).
    pub async fn spawn_on(db: TestDatabase) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        Self::start(dir, db, None, None, PDF_CHECK_MEMORY_MIB, &|_| {}).await
    }

    async fn start(
        dir: TempDir,
        db: TestDatabase,
        smtp_url: Option<&str>,
        blobs: Option<Arc<dyn lers_store::blobs::BlobStore>>,
        pdf_memory_mib: u64,
        configure: &dyn Fn(&mut Settings),
    ) -> Self {
        let clock = ManualClock::starting_at(start_time());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let mut settings = Settings {
            data_dir: dir.path().to_owned(),
            database_url: Some(db.url.clone()),
            base_url: Some(base.clone()),
            smtp_url: smtp_url.map(str::to_owned),
            max_upload_mib: MAX_UPLOAD_BYTES / (1024 * 1024),
            trusted_proxies: "127.0.0.1".into(),
            region: "test-region".into(),
            pdf_check_memory_mib: pdf_memory_mib,
            // The provider's member state: where its enforcing authority is.
            hi1_country: "IE".into(),
            metrics_token: Some(TEST_METRICS_TOKEN.into()),
            ..Settings::default()
        };
        configure(&mut settings);
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
        Self {
            base,
            client: new_client(),
            clock,
            store,
            state,
            dir,
            db,
            shutdown: Some(shutdown),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn outbox(&self) -> PathBuf {
        self.dir.path().join("outbox")
    }

    /// Request `id` as its owner (the account with `owner_email`) sees it.
    pub async fn request_of(
        &self,
        owner_email: &str,
        id: &str,
    ) -> TestResult<lers_store::RequestRecord> {
        let owner = self
            .store
            .account_by_email(owner_email)
            .await?
            .ok_or("no account with the owner's address")?;
        Ok(self
            .store
            .request_for(&owner, id)
            .await?
            .ok_or("the owner has no such request")?)
    }

    /// Empties the audit log's head row, as someone outside LERS could, so that the
    /// log cannot record; returns the row's text for [`Self::restore_audit_head`].
    pub async fn break_audit_head(&self) -> String {
        let pool = self.store.pool();
        let head: String = sqlx::query_scalar("SELECT frontier FROM audit_head WHERE id = 1")
            .fetch_one(pool)
            .await
            .expect("the head row");
        sqlx::query("UPDATE audit_head SET frontier = '' WHERE id = 1")
            .execute(pool)
            .await
            .expect("empty the head row");
        head
    }

    pub async fn restore_audit_head(&self, head: &str) {
        sqlx::query("UPDATE audit_head SET frontier = $1 WHERE id = 1")
            .bind(head)
            .execute(self.store.pool())
            .await
            .expect("restore the head row");
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
                            .then(|| (modified, mail_text(&text)))
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

/// The `Retry-After` header of `response`, as sent.
pub fn retry_after(response: &reqwest::Response) -> Option<&str> {
    response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
}
