//! Command-line interface. Every setting is also an `LERS_*` environment variable and
//! a key in the optional TOML file (`--config`); flags win over variables, variables
//! over the file, the file over defaults.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
pub use lers::formats::{ImportFormat, RequestFormat};

#[derive(Parser, Debug)]
#[command(
    name = "lers",
    version,
    about = "LERS — Law Enforcement Request System"
)]
pub struct Cli {
    /// TOML configuration file.
    #[arg(long, env = "LERS_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    /// Directory for the SQLite database, keys and the email outbox [default: ./data].
    #[arg(long, env = "LERS_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// `sqlite://PATH` or `postgres://USER:PASSWORD@HOST:PORT/DB` [default: sqlite in the data directory].
    #[arg(long, env = "LERS_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Directory of the audit signing key and master key [default: DATA_DIR/keys].
    #[arg(long, env = "LERS_KEY_DIR", global = true)]
    pub key_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the web server.
    Serve(ServeArgs),
    /// Create or upgrade the database schema, then exit.
    Migrate,
    /// Manage the government email domain allow-list.
    #[command(subcommand)]
    Domains(DomainsCommand),
    /// Check and prove the tamper-evident audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Manage encryption keys.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Check a production manifest offline (no server or database needed).
    #[command(subcommand)]
    Manifest(ManifestCommand),
    /// Manage the built-in account directory.
    #[command(subcommand)]
    Directory(DirectoryCommand),
    /// Manage the agency directory (verified switchboard numbers for call-backs).
    #[command(subcommand)]
    Agencies(AgenciesCommand),
    /// Administrative tasks that work without the web console.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Requests: load the queue of a previous intake.
    #[command(subcommand)]
    Requests(RequestsCommand),
    /// ETSI TS 103 120 (HI-1) messages: check one, or send one to an LERS endpoint.
    #[command(subcommand)]
    Etsi(crate::etsi_cli::EtsiCommand),
    /// Check one uploaded PDF under a memory limit and print the verdict as JSON
    /// (the server runs this in a child process for every upload).
    #[command(hide = true)]
    CheckPdf {
        file: PathBuf,
        /// Memory the check may use, in MiB.
        #[arg(long, default_value_t = 256)]
        memory_mib: u64,
    },
    /// Take a consistent online backup of the database with a list of the blobs it
    /// needs (the keys are never in it; see --keys-to).
    Backup {
        /// A new or empty directory for the backup.
        dir: PathBuf,
        /// Also copy the key directory here (never inside DIR: keep keys and backups apart).
        #[arg(long)]
        keys_to: Option<PathBuf>,
    },
    /// Restore a backup into a new, empty database; keys shredded since the backup
    /// stay shredded (the key directory's shred list).
    Restore {
        dir: PathBuf,
        /// Copy the keys from this directory into the key directory first.
        #[arg(long)]
        keys_from: Option<PathBuf>,
    },
}

#[derive(Args, Debug, Default, Clone)]
pub struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "LERS_LISTEN")]
    pub listen: Option<String>,
    /// Public URL of this server, used in emailed links [default: http://LISTEN].
    #[arg(long, env = "LERS_BASE_URL")]
    pub base_url: Option<String>,
    /// SMTP server, e.g. `smtp://user:pass@mail.example.com:587?tls=required`; without it email goes to DATA_DIR/outbox.
    #[arg(long, env = "LERS_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Sender of outgoing email [default: LERS <no-reply@lers.localhost>].
    #[arg(long, env = "LERS_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// Largest accepted upload in MiB [default: 50].
    #[arg(long, env = "LERS_MAX_UPLOAD_MIB")]
    pub max_upload_mib: Option<u64>,
    /// The provider's account directory webhook (HMAC-signed JSON); the secret comes from LERS_DIRECTORY_SECRET [default: the built-in directory].
    #[arg(long, env = "LERS_DIRECTORY_URL")]
    pub directory_url: Option<String>,
    /// Address of the HI-1 listener (ETSI TS 103 120 orders over mutual TLS), e.g.
    /// 0.0.0.0:8443; it needs --hi1-tls-cert and --hi1-tls-key [default: no HI-1 listener].
    #[arg(long, env = "LERS_HI1_LISTEN")]
    pub hi1_listen: Option<String>,
    /// The HI-1 listener's certificate chain (PEM).
    #[arg(long, env = "LERS_HI1_TLS_CERT")]
    pub hi1_tls_cert: Option<PathBuf>,
    /// The HI-1 listener's private key (PEM).
    #[arg(long, env = "LERS_HI1_TLS_KEY")]
    pub hi1_tls_key: Option<PathBuf>,
    /// CA certificates (PEM) that authorities' client certificates must chain to, on
    /// top of each endpoint's pinned fingerprint [default: any certificate, pinned].
    #[arg(long, env = "LERS_HI1_CLIENT_CA")]
    pub hi1_client_ca: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum DomainsCommand {
    /// Import the CISA .gov CSV or a suffix-rule file (one `*.police.uk` or `domain.gov` per line).
    Import {
        file: PathBuf,
        /// File format; `auto` recognises the CISA header.
        #[arg(long, value_enum, default_value_t = ImportFormat::Auto)]
        format: ImportFormat,
    },
    /// Say whether an email address may sign up, and which entry admits it.
    Check { email: String },
}

#[derive(Subcommand, Debug)]
pub enum AuditCommand {
    /// Recompute every leaf and subtree root, and check the last signed tree head and a
    /// random sample of the others; exit non-zero naming the first bad entry.
    Verify {
        /// Public key (hex, or a file holding it) to check signatures with [default: KEY_DIR/audit-signing.pub].
        #[arg(long)]
        public_key: Option<String>,
        /// A head saved earlier with `lers audit head`: the log must still contain it
        /// (detects a truncated or rewritten log that the database alone cannot show).
        #[arg(long)]
        since_head: Option<PathBuf>,
        /// Check every checkpoint: each stored tree head against the root recomputed at
        /// its size, and its signature (about 40,000 signatures a second per core).
        #[arg(long, conflicts_with = "every_root")]
        every_signature: bool,
        /// Compare every stored tree head with the root recomputed at its size, and
        /// check a random sample of the signatures.
        #[arg(long)]
        every_root: bool,
    },
    /// Print the signed head of the log (JSON) to keep or publish outside the database.
    Head,
    /// Print an inclusion proof (JSON) of entry INDEX in the current log.
    Prove {
        index: u64,
        /// Write the proof to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Check an inclusion proof offline (no database needed).
    VerifyProof {
        file: PathBuf,
        #[command(flatten)]
        key: TrustedKeyArgs,
    },
}

/// Whose key an offline check trusts. A file carries its own key, which proves only
/// that the file is consistent with itself: anyone can make a fresh key and sign a
/// forgery with it. So a check needs the provider's key pinned, or an explicit
/// acknowledgement that only integrity is checked.
#[derive(clap::Args, Debug)]
pub struct TrustedKeyArgs {
    /// The provider's audit public key (hex, or a file holding it), obtained from a
    /// source you trust: the provider's `https://…/.well-known/lers-audit-key`, or
    /// their legal team.
    #[arg(long, conflicts_with = "trust_embedded_key")]
    pub public_key: Option<String>,
    /// Check integrity only, with the key inside the file: proves nothing about who
    /// made the file (prints "integrity only, origin unverified").
    #[arg(long)]
    pub trust_embedded_key: bool,
}

#[derive(Subcommand, Debug)]
pub enum ManifestCommand {
    /// Verify a downloaded manifest: unchanged, its delivery is in the provider's
    /// signed audit log, and (with --files) the downloaded files match it.
    Verify {
        /// The manifest JSON downloaded with the production.
        file: PathBuf,
        #[command(flatten)]
        key: TrustedKeyArgs,
        /// The directory the production's files were downloaded into.
        #[arg(long)]
        files: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
pub enum KeysCommand {
    /// Create a new master-key version and re-wrap every document key and TOTP secret
    /// under it (files are not re-encrypted). Restart running servers afterwards.
    Rotate,
}

#[derive(Subcommand, Debug)]
pub enum DirectoryCommand {
    /// Import accounts from CSV with the header `account_id,email,phone,username,home_region,enterprise`.
    Import { file: PathBuf },
}

#[derive(Subcommand, Debug)]
pub enum AdminCommand {
    /// Print a new one-time link to set up the first admin (only while there is none).
    SetupLink {
        /// Public URL of the server [default: http://127.0.0.1:8080].
        #[arg(long, env = "LERS_BASE_URL")]
        base_url: Option<String>,
    },
    /// Unlock or re-enable an account (e.g. the only admin, locked out).
    Unlock { email: String },
    /// Set a staff member's roles as the operator, without a second admin: the way out
    /// when four eyes cannot be had (e.g. one of two admins has left and only they
    /// could approve their own demotion). Audited with the actor `system`.
    SetRoles {
        email: String,
        /// Comma-separated roles, e.g. `intake,reviewer` (empty: none): intake,
        /// reviewer, approver, producer, admin, auditor.
        roles: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum AgenciesCommand {
    /// Import agencies from CSV with the header
    /// `name,country,domains,switchboard,time_zone,source,verified_on`; one bad row
    /// rejects the whole file.
    Import {
        file: PathBuf,
        /// Check the file and say what would change, without changing anything.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum RequestsCommand {
    /// Import requests still queued in a previous intake (CSV or JSON; see README
    /// "Legacy intake"). One bad row rejects the whole file, naming its line.
    Import {
        file: PathBuf,
        /// The file's format; by default from its extension (.csv or .json).
        #[arg(long, value_enum, default_value_t = RequestFormat::Auto)]
        format: RequestFormat,
        /// Check every row and list what would be imported, storing nothing.
        #[arg(long)]
        dry_run: bool,
    },
}
