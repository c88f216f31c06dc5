//! Resolved configuration: defaults, then the TOML file, then `LERS_*` variables, then
//! flags. The result is the application's plain [`Settings`].

use std::path::PathBuf;

use anyhow::Context;
use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use lers_app::Settings;
use serde::Serialize;

use crate::cli::{Cli, ServeArgs};

/// Only the flags that were given, so absent flags do not override the file.
#[derive(Serialize, Default)]
struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    listen: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    data_dir: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    database_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key_dir: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    base_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    smtp_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mail_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_upload_mib: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    directory_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hi1_listen: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hi1_tls_cert: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hi1_tls_key: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hi1_client_ca: Option<PathBuf>,
}

pub fn load(cli: &Cli, serve: Option<&ServeArgs>) -> anyhow::Result<Settings> {
    let serve = serve.cloned().unwrap_or_default();
    let overrides = Overrides {
        listen: serve.listen,
        data_dir: cli.data_dir.clone(),
        database_url: cli.database_url.clone(),
        key_dir: cli.key_dir.clone(),
        base_url: serve.base_url,
        smtp_url: serve.smtp_url,
        mail_from: serve.mail_from,
        max_upload_mib: serve.max_upload_mib,
        directory_url: serve.directory_url,
        hi1_listen: serve.hi1_listen,
        hi1_tls_cert: serve.hi1_tls_cert,
        hi1_tls_key: serve.hi1_tls_key,
        hi1_client_ca: serve.hi1_client_ca,
    };
    let mut figment = Figment::from(Serialized::defaults(Settings::default()));
    if let Some(path) = &cli.config {
        anyhow::ensure!(
            path.exists(),
            "configuration file {} does not exist",
            path.display()
        );
        figment = figment.merge(Toml::file(path));
    }
    figment
        .merge(Env::prefixed("LERS_").ignore(&["config"]))
        .merge(Serialized::defaults(overrides))
        .extract()
        .context("invalid configuration")
}
