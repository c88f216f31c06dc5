//! The one way to build the application: `lers serve`, every command that opens the
//! database, the integration tests and the benchmarks all come through here.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use lers_domain::clock::{Clock, SystemClock};
use lers_domain::lockout::LockoutPolicy;
use lers_domain::session::SessionPolicy;
use lers_domain::throttle::MailThrottlePolicy;
use lers_store::blobs::BlobStore;
use lers_store::delivery::ProductionVault;
use lers_store::keys::KeyRing;
use lers_store::vault::DocumentVault;
use lers_store::SqlStore;

use crate::app::App;
use crate::config::AppConfig;
use crate::directory::{AccountDirectory, BuiltInDirectory, WebhookDirectory};
use crate::hi1_client::Hi1Client;
use crate::mail::Mailer;
use crate::services::pdf_sandbox::PdfChecker;
use crate::settings::Settings;

/// Builds an [`App`] from [`Settings`]; the setters replace what the settings would
/// choose (tests use a manual clock, another blob store, the built `lers` binary).
pub struct AppBuilder {
    settings: Settings,
    clock: Option<Arc<dyn Clock>>,
    mailer: Option<Mailer>,
    production_blobs: Option<Arc<dyn BlobStore>>,
    pdf_checker_exe: Option<PathBuf>,
}

impl App {
    pub fn builder(settings: Settings) -> AppBuilder {
        AppBuilder {
            settings,
            clock: None,
            mailer: None,
            production_blobs: None,
            pdf_checker_exe: None,
        }
    }

    /// The application as `settings` describe it.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        Self::builder(settings).build().await
    }
}

impl AppBuilder {
    /// The clock instead of the system's.
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = Some(clock);
        self
    }

    /// The mailer instead of SMTP (`smtp_url`) or the outbox under the data directory.
    pub fn mailer(mut self, mailer: Mailer) -> Self {
        self.mailer = Some(mailer);
        self
    }

    /// Where the default region's production files go instead of its configured store.
    pub fn production_blobs(mut self, blobs: Arc<dyn BlobStore>) -> Self {
        self.production_blobs = Some(blobs);
        self
    }

    /// The program that checks PDFs (`lers check-pdf`) instead of the running binary.
    pub fn pdf_checker_exe(mut self, program: PathBuf) -> Self {
        self.pdf_checker_exe = Some(program);
        self
    }

    pub async fn build(self) -> anyhow::Result<App> {
        Ok(self.build_with_sql().await?.0)
    }

    /// The application and its SQL store (for the checks and measurements only the
    /// SQL store offers, e.g. its connection pool).
    pub async fn build_with_sql(self) -> anyhow::Result<(App, Arc<SqlStore>)> {
        let settings = self.settings;
        let (store, keys_sealer) = open_store(&settings).await?;
        let store = Arc::new(store);
        let staging = settings.data_dir.join("staging");
        let vault = DocumentVault::new(
            staging.clone(),
            settings.regional_stores("documents")?,
            keys_sealer.clone(),
        )?;
        let exports = lers_store::exports::ExportVault::new(
            staging.join("exports"),
            settings.blob_store("exports")?,
            keys_sealer.clone(),
        )?;
        let mut production_blobs = settings.regional_stores("productions")?;
        if let Some(blobs) = self.production_blobs {
            let default = production_blobs.default_region().to_owned();
            production_blobs = production_blobs.with(&default, blobs);
        }
        let productions = ProductionVault::new(staging, production_blobs, keys_sealer)?;
        let clock = self.clock.unwrap_or_else(|| Arc::new(SystemClock));
        crate::services::case_data::seal_clear_case_data(store.as_ref(), clock.now()).await?;
        let mailer = match self.mailer {
            Some(mailer) => mailer,
            None => match &settings.smtp_url {
                Some(url) => Mailer::smtp(url, &settings.mail_from)?,
                None => Mailer::outbox(settings.data_dir.join("outbox"), &settings.mail_from)?,
            },
        };
        let directory: Arc<dyn AccountDirectory> = match &settings.directory_url {
            Some(url) => {
                let secret = settings
                    .directory_secret
                    .clone()
                    .filter(|s| s.len() >= 16)
                    .context("LERS_DIRECTORY_SECRET (at least 16 characters) is needed to sign calls to the directory webhook")?;
                Arc::new(WebhookDirectory::new(
                    url.clone(),
                    secret.into_bytes(),
                    clock.clone(),
                )?)
            }
            None => Arc::new(BuiltInDirectory::new(store.clone())),
        };
        let pdf_checker = match self.pdf_checker_exe {
            Some(program) => PdfChecker::new(
                program,
                settings.pdf_check_memory_mib,
                settings.pdf_checks_at_once,
            ),
            None => {
                PdfChecker::current_exe(settings.pdf_check_memory_mib, settings.pdf_checks_at_once)
            }
        };
        let app = App {
            store: store.clone(),
            vault: Arc::new(vault),
            productions: Arc::new(productions),
            clock,
            mailer: Arc::new(mailer),
            mail_outage: Arc::default(),
            config: Arc::new(AppConfig {
                base_url: settings.base_url(),
                data_dir: settings.data_dir.clone(),
                mail_from: settings.mail_from.clone(),
                service_name: settings.service_name.clone(),
                max_upload_bytes: settings.max_upload_mib.saturating_mul(1024 * 1024),
                report_band_width: settings.report_band_width.max(1),
                trusted_proxies: settings.trusted_proxies()?,
                legal_entities: settings.legal_entities(),
                hi1_country: settings.hi1_country.clone(),
                hi1_identifier: settings.hi1_identifier.clone(),
                hi1_max_message_bytes: settings.hi1_max_message_mib.saturating_mul(1024 * 1024),
                operations: crate::operations::OperationsConfig::from_settings(&settings)?,
                shred_list: crate::shred_list_file::ShredList::new(
                    settings.key_dir().join("shredded.list"),
                ),
                job_lease: settings.job_lease()?,
                oncall_ack: settings.oncall_ack()?,
            }),
            lockout: LockoutPolicy::default(),
            sessions: SessionPolicy::default(),
            sla: settings.sla(),
            directory,
            production_policy: settings.production_policy()?,
            access_alerts: settings.access_alerts(),
            pdf_checker: Arc::new(pdf_checker),
            mail_throttle: MailThrottlePolicy::default(),
            risk: settings.emergency_risk(),
            hi1: Arc::new(Hi1Client::from_settings(&settings)?),
            webhooks: Arc::new(crate::webhook_sender::WebhookSender::from_settings(
                &settings,
            )?),
            retention: settings.retention_policy()?,
            exports: Arc::new(exports),
        };
        // Keys shredded after the backup this database was restored from stay shredded.
        app.enforce_shred_list(&lers_store::Ctx {
            at: app.clock.now(),
            actor: lers_domain::audit::ACTOR_SYSTEM.into(),
            ip: None,
        })
        .await?;
        Ok((app, store))
    }
}

/// Opens the data directory, the key ring and the database; also returns the
/// master-key sealer for the vaults.
async fn open_store(
    settings: &Settings,
) -> anyhow::Result<(SqlStore, Arc<lers_store::keys::SecretSealer>)> {
    std::fs::create_dir_all(&settings.data_dir).with_context(|| {
        format!(
            "cannot create the data directory {}",
            settings.data_dir.display()
        )
    })?;
    owner_only(&settings.data_dir)?;
    let keys = KeyRing::load_or_create(&settings.key_dir())?;
    let sealer = keys.sealer.clone();
    let url = settings.database_url();
    let store = lers_store::connect(&url, keys).await.with_context(|| {
        format!(
            "cannot open the database {}",
            settings.redacted_database_url()
        )
    })?;
    Ok((store, sealer))
}

/// The data directory holds the database, keys and outgoing mail: owner only.
fn owner_only(dir: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .with_context(|| format!("cannot restrict permissions of {}", dir.display()))?;
    }
    Ok(())
}
