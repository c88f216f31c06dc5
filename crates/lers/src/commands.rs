//! What each subcommand does.

use std::process::ExitCode;

use anyhow::{bail, Context};
use lers_app::{App, Mailer};
use lers_domain::account::{AccountStatus, Role, Roles};
use lers_domain::allowlist::EmailAddress;
use lers_domain::audit::{InclusionProofDoc, ACTOR_SYSTEM};
use lers_domain::clock::{Clock, SystemClock};
use lers_store::keys;
use lers_store::Ctx;

use crate::cli::{
    AdminCommand, AuditCommand, Cli, Command, DirectoryCommand, DomainsCommand, ServeArgs,
};
use crate::cli::{AgenciesCommand, KeysCommand, ManifestCommand, RequestsCommand};
use crate::domain_import;
use crate::logging::say;
use crate::settings;

pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Serve(args) => serve(&cli, args).await,
        Command::Migrate => {
            let settings = settings::load(&cli, None)?;
            App::build(settings.clone()).await?;
            println!(
                "database is up to date: {}",
                settings.redacted_database_url()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Domains(command) => domains(&cli, command).await,
        Command::Audit(command) => audit(&cli, command).await,
        Command::Manifest(ManifestCommand::Verify { file, key, files }) => {
            match crate::trust::from_args(key, "manifest verify")? {
                Ok(trust) => crate::manifest_check::verify(file, &trust, files.as_deref()),
                Err(code) => Ok(code),
            }
        }
        Command::Admin(command) => admin(&cli, command).await,
        Command::Requests(RequestsCommand::Import {
            file,
            format,
            dry_run,
        }) => crate::request_import::run(&cli, file, *format, *dry_run).await,
        Command::Etsi(command) => match settings::load(&cli, None) {
            Ok(settings) => Ok(crate::etsi_cli::run(command, &settings).await),
            Err(e) => {
                eprintln!("error: {e:#}");
                Ok(ExitCode::from(crate::etsi_cli::UNREADABLE))
            }
        },
        // Handled in `main` before the runtime starts (see there).
        Command::CheckPdf { .. } => bail!("check-pdf must run before the async runtime starts"),
        Command::Backup { dir, keys_to } => {
            crate::backup::backup(settings::load(&cli, None)?, dir, keys_to.as_deref()).await
        }
        Command::Restore { dir, keys_from } => {
            crate::backup::restore(settings::load(&cli, None)?, dir, keys_from.as_deref()).await
        }
        Command::Keys(KeysCommand::Rotate) => {
            let settings = settings::load(&cli, None)?;
            std::fs::create_dir_all(&settings.data_dir)?;
            let version = keys::add_master_key_version(&settings.key_dir())?;
            let hash_version = lers_store::fields::add_target_hmac_version(&settings.key_dir())?;
            let store = App::build(settings.clone()).await?.store;
            let report = store.rewrap_secrets(&system_ctx()).await?;
            let case =
                lers_app::services::case_data::rotate_case_keys(store.as_ref(), system_ctx().at)
                    .await?;
            println!(
                "master key version {version} created; re-wrapped {} document keys, {} production file keys and {} TOTP secrets. Restart running servers so they use it.",
                report.documents, report.production_files, report.totp_secrets
            );
            println!(
                "target hash key version {hash_version} created; re-wrapped {} request data keys, re-sealed {} accounts' contact details, re-hashed {} targets.",
                case.request_keys, case.contacts, case.targets
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Directory(DirectoryCommand::Import { file }) => {
            let settings = settings::load(&cli, None)?;
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let entries = crate::directory_import::parse(&text)?;
            let store = App::build(settings.clone()).await?.store;
            let written = store.import_directory(&entries).await?;
            println!(
                "imported {written} directory accounts from {}",
                file.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Agencies(AgenciesCommand::Import { file, dry_run }) => {
            let settings = settings::load(&cli, None)?;
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let entries = crate::agency_import::parse(&text)?;
            if *dry_run {
                println!(
                    "{} agencies in {} are valid; nothing was imported (--dry-run)",
                    entries.len(),
                    file.display()
                );
                return Ok(ExitCode::SUCCESS);
            }
            let store = App::build(settings.clone()).await?.store;
            let ctx = lers_store::Ctx {
                at: lers_domain::clock::Clock::now(&lers_domain::clock::SystemClock),
                actor: "system".into(),
                ip: None,
            };
            let source = file.display().to_string();
            let report =
                lers_store::AgencyStore::import_agencies(store.as_ref(), &entries, &source, &ctx)
                    .await?;
            println!(
                "imported {} agencies from {} ({} added, {} updated)",
                entries.len(),
                file.display(),
                report.added,
                report.updated
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn system_ctx() -> Ctx {
    Ctx {
        at: SystemClock.now(),
        actor: ACTOR_SYSTEM.into(),
        ip: None,
    }
}

async fn serve(cli: &Cli, args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let settings = settings::load(cli, Some(args))?;
    crate::logging::init(&settings.log_format)?;
    let app = App::build(settings.clone()).await?;
    // Uploads in progress when the last run stopped are plaintext: remove them.
    let _ = std::fs::remove_dir_all(settings.data_dir.join("tmp"));
    let listener = tokio::net::TcpListener::bind(&settings.listen)
        .await
        .with_context(|| {
            format!(
                "cannot listen on {} (in use? try --listen 127.0.0.1:8081)",
                settings.listen
            )
        })?;
    say(&format!(
        "LERS listening on http://{} (public URL {})",
        listener.local_addr()?,
        app.config.base_url
    ));
    say(&format!("database: {}", settings.redacted_database_url()));
    say(&app.mailer.describe());
    if let Some(url) = &settings.directory_url {
        say(&format!("account directory: {url}"));
    }
    if settings.builtin_domains {
        if let Some(added) =
            domain_import::load_builtin_on_first_start(app.store.as_ref(), &system_ctx()).await?
        {
            say(&format!(
                "first start: loaded {added} US .gov domains from the built-in CISA list \
                 (admins can disable it on /staff/domains; LERS_BUILTIN_DOMAINS=false skips this)"
            ));
        }
    }
    if let Some(link) = app.first_admin_link().await? {
        say("No administrator exists yet. Open this one-time link to create the first admin (valid 24 hours):");
        say(&format!("  {link}"));
    }
    let worker = format!("{}-{}", settings.listen, std::process::id());
    let jobs = lers_app::jobs::spawn_runner(
        app.clone(),
        worker,
        std::time::Duration::from_secs(settings.job_interval_secs.max(1)),
    );
    // One signal stops both listeners.
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let stopping = move || {
        let mut stopped = stopped.clone();
        async move {
            let _ = stopped.wait_for(|stop| *stop).await;
        }
    };
    let hi1 = start_hi1(&app, &settings, stopping()).await?;
    tokio::spawn(async move {
        shutdown_signal().await;
        let _ = stop.send(true);
    });
    lers_web::serve(app, listener, stopping()).await?;
    if let Some(hi1) = hi1 {
        hi1.await??;
    }
    jobs.abort();
    say("LERS stopped");
    Ok(ExitCode::SUCCESS)
}

/// Starts the HI-1 listener (mutual TLS) when `hi1_listen` is set.
async fn start_hi1(
    app: &App,
    settings: &lers_app::Settings,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<Option<tokio::task::JoinHandle<std::io::Result<()>>>> {
    let Some(addr) = &settings.hi1_listen else {
        return Ok(None);
    };
    let (Some(cert), Some(key)) = (&settings.hi1_tls_cert, &settings.hi1_tls_key) else {
        bail!("the HI-1 listener ({addr}) needs its certificate and key: --hi1-tls-cert and --hi1-tls-key (LERS_HI1_TLS_CERT, LERS_HI1_TLS_KEY)");
    };
    let tls = lers_web::hi1_server_config(cert, key, settings.hi1_client_ca.as_deref())?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr} for HI-1 (--hi1-listen)"))?;
    say(&format!(
        "HI-1 (ETSI TS 103 120) listening on https://{} (mutual TLS{})",
        listener.local_addr()?,
        match &settings.hi1_client_ca {
            Some(ca) => format!(", client certificates from {}", ca.display()),
            None => ", client certificates pinned by fingerprint".into(),
        }
    ));
    Ok(Some(tokio::spawn(lers_web::serve_hi1(
        lers_web::hi1_router(app.clone()),
        listener,
        std::sync::Arc::new(tls),
        shutdown,
    ))))
}

/// Resolves on Ctrl-C or SIGTERM, so requests in flight can finish.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}

async fn domains(cli: &Cli, command: &DomainsCommand) -> anyhow::Result<ExitCode> {
    let settings = settings::load(cli, None)?;
    match command {
        DomainsCommand::Import { file, format } => {
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let (entries, source) = domain_import::parse(&text, *format)?;
            let store = App::build(settings.clone()).await?.store;
            let report = store
                .import_domains(&entries, source, &system_ctx())
                .await?;
            println!(
                "imported {} entries from {} ({} new, {} updated)",
                entries.len(),
                file.display(),
                report.added,
                report.updated
            );
            Ok(ExitCode::SUCCESS)
        }
        DomainsCommand::Check { email } => {
            let address = match EmailAddress::parse(email.trim()) {
                Ok(address) => address,
                Err(refusal) => {
                    println!("refused: {refusal}");
                    return Ok(ExitCode::FAILURE);
                }
            };
            let store = App::build(settings.clone()).await?.store;
            match lers_store::allow_list::admitting_entry(store.as_ref(), &address).await? {
                Some(entry) => {
                    let about = [
                        entry.organization.as_str(),
                        entry.city.as_str(),
                        entry.state.as_str(),
                        entry.domain_type.as_str(),
                    ]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ");
                    println!(
                        "accepted: {} matches {} ({about})",
                        address.as_str(),
                        entry.pattern
                    );
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    println!(
                        "refused: {} is not on the allow-list (no enabled entry for {} or a parent domain)",
                        address.as_str(),
                        address.domain()
                    );
                    Ok(ExitCode::FAILURE)
                }
            }
        }
    }
}

async fn audit(cli: &Cli, command: &AuditCommand) -> anyhow::Result<ExitCode> {
    match command {
        AuditCommand::Verify {
            public_key,
            since_head,
            every_signature,
            every_root,
        } => {
            let settings = settings::load(cli, None)?;
            let store = App::build(settings.clone()).await?.store;
            let key = match public_key {
                Some(arg) => crate::trust::public_key_arg(arg)?,
                None => {
                    keys::read_public_key(&settings.key_dir().join(keys::AUDIT_PUBLIC_KEY_FILE))?
                }
            };
            let checkpoints = match (every_signature, every_root) {
                (true, _) => lers_store::Checkpoints::Every,
                (false, true) => lers_store::Checkpoints::EveryRoot,
                (false, false) => lers_store::Checkpoints::Sample,
            };
            let started = std::time::Instant::now();
            let report = store.audit_verify_with(&key, checkpoints).await?;
            let elapsed = started.elapsed().as_secs_f64();
            if let Some(problem) = report.problem {
                println!(
                    "audit log BROKEN at entry {}: {}",
                    problem.index, problem.reason
                );
                return Ok(ExitCode::FAILURE);
            }
            if let Some(path) = since_head {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                let head: lers_store::SignedHead = serde_json::from_str(&text)
                    .with_context(|| format!("{} is not a saved head", path.display()))?;
                let root = hex::decode(&head.root)
                    .ok()
                    .and_then(|b| <[u8; 32]>::try_from(b).ok())
                    .context("the saved head's root is not 32 bytes of hex")?;
                let signature = hex::decode(&head.signature)
                    .ok()
                    .and_then(|b| <[u8; 64]>::try_from(b).ok())
                    .context("the saved head's signature is not 64 bytes of hex")?;
                let checkpoint = lers_domain::audit_tree::Checkpoint {
                    tree_size: head.tree_size,
                    root,
                };
                if checkpoint
                    .verify(&key, &ed25519_dalek::Signature::from_bytes(&signature))
                    .is_err()
                {
                    println!("saved head INVALID: its signature does not match this log's key");
                    return Ok(ExitCode::FAILURE);
                }
                match store.audit_root_at(head.tree_size).await? {
                    None => {
                        println!("audit log BROKEN: it holds {} entries, fewer than the saved head's {}: entries were deleted", report.entries, head.tree_size);
                        return Ok(ExitCode::FAILURE);
                    }
                    Some(now) if now != root => {
                        println!("audit log BROKEN: its first {} entries no longer match the saved head: history was rewritten", head.tree_size);
                        return Ok(ExitCode::FAILURE);
                    }
                    Some(_) => println!(
                        "the log still contains the saved head of {} entries",
                        head.tree_size
                    ),
                }
            }
            println!(
                "audit log OK: {} entries ({} pruned: content removed at the end of retention, hashes verified), root {}",
                report.entries, report.pruned, report.root
            );
            println!(
                "{} checkpoints, {} roots compared, {} signatures checked; {:.3} s, {:.0} events/s",
                report.checkpoints,
                report.roots_compared,
                report.signatures_checked,
                elapsed,
                report.entries as f64 / elapsed.max(1e-9)
            );
            Ok(ExitCode::SUCCESS)
        }
        AuditCommand::Head => {
            let settings = settings::load(cli, None)?;
            let store = App::build(settings.clone()).await?.store;
            let head = store
                .audit_head()
                .await?
                .context("the audit log is empty")?;
            println!("{}", serde_json::to_string_pretty(&head)?);
            Ok(ExitCode::SUCCESS)
        }
        AuditCommand::Prove { index, output } => {
            let settings = settings::load(cli, None)?;
            let store = App::build(settings.clone()).await?.store;
            let proof = match store.audit_proof(*index).await {
                Err(lers_store::StoreError::NotFound) => {
                    bail!("the audit log has no entry {index}")
                }
                other => other?,
            };
            let json = serde_json::to_string_pretty(&proof)?;
            match output {
                Some(path) => {
                    std::fs::write(path, format!("{json}\n"))
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    println!(
                        "inclusion proof of entry {index} written to {}",
                        path.display()
                    );
                }
                None => println!("{json}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        AuditCommand::VerifyProof { file, key } => {
            let trust = match crate::trust::from_args(key, "audit verify-proof")? {
                Ok(trust) => trust,
                Err(code) => return Ok(code),
            };
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let proof: InclusionProofDoc = serde_json::from_str(&text)
                .with_context(|| format!("{} is not an inclusion proof", file.display()))?;
            match proof.verify(trust.pinned()) {
                Ok(()) => {
                    println!(
                        "proof OK: entry {} is in the audit log of {} entries with root {}, signed by {}{}",
                        proof.index,
                        proof.tree_size,
                        proof.root,
                        proof.public_key,
                        trust.verdict_suffix()
                    );
                    println!("entry: {}", proof.leaf);
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    println!("proof INVALID: {e}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
    }
}

async fn admin(cli: &Cli, command: &AdminCommand) -> anyhow::Result<ExitCode> {
    let mut settings = settings::load(cli, None)?;
    if let AdminCommand::SetupLink {
        base_url: Some(base_url),
    } = command
    {
        settings.base_url = Some(base_url.clone());
    }
    // The link is printed, not mailed: never send mail from here.
    let mailer = Mailer::outbox(settings.data_dir.join("outbox"), &settings.mail_from)?;
    let app = App::builder(settings).mailer(mailer).build().await?;
    let store = app.store.as_ref();
    match command {
        AdminCommand::SetupLink { .. } => {
            match app.first_admin_link().await? {
                Some(link) => {
                    println!("{link}");
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    println!("an administrator already exists; admins invite further staff from the console");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        AdminCommand::Unlock { email } => {
            let address = EmailAddress::parse(email.trim()).map_err(|e| anyhow::anyhow!("{e}"))?;
            let Some(account) = store.account_by_email(address.as_str()).await? else {
                bail!("no account has the address {}", address.as_str());
            };
            store
                .set_account_status(account.id, AccountStatus::Active, &system_ctx())
                .await?;
            println!(
                "{} ({}) is active again",
                address.as_str(),
                account.pseudonym
            );
            Ok(ExitCode::SUCCESS)
        }
        AdminCommand::SetRoles { email, roles } => {
            let address = EmailAddress::parse(email.trim()).map_err(|e| anyhow::anyhow!("{e}"))?;
            let roles = Roles::parse_stored(roles).map_err(|e| {
                let known: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
                anyhow::anyhow!(
                    "unknown role {:?}: give a comma-separated list of {}",
                    e.0,
                    known.join(", ")
                )
            })?;
            let Some(account) = store.account_by_email(address.as_str()).await? else {
                bail!("no account has the address {}", address.as_str());
            };
            let account = store.set_roles(account.id, &roles, &system_ctx()).await?;
            println!(
                "{} ({}) now has the roles: {}",
                address.as_str(),
                account.pseudonym,
                match account.roles.to_stored() {
                    none if none.is_empty() => "none".to_owned(),
                    some => some,
                }
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
