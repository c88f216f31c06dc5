//! `lers`: the one binary. `lers serve` runs the web application; the other commands
//! operate on the same data directory and database.

mod backup;
mod cli;
mod commands;
mod etsi_cli;
mod logging;
mod manifest_check;
mod request_import;
mod settings;
mod trust;

use std::process::ExitCode;

use lers::{agency_import, directory_import, domain_import};

use clap::Parser;

/// mimalloc: under load glibc's malloc and free were the largest single item of the
/// server's CPU. `lers check-pdf` bounds its memory twice: RLIMIT_DATA, which counts
/// mimalloc's arenas as they become writable when the server starts the check with
/// `MIMALLOC_ARENA_EAGER_COMMIT=0` (`pdf_sandbox.rs`), and this cap on the bytes the
/// check asks for. Past either an allocation fails and the check aborts. Without a cap
/// set (the server, every other command) the count is one atomic add per allocation.
#[global_allocator]
static ALLOCATOR: cap::Cap<mimalloc::MiMalloc> = cap::Cap::new(mimalloc::MiMalloc, usize::MAX);

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    // A PDF check runs before any runtime or thread exists, so the memory limit it
    // sets covers everything the parser allocates.
    if let cli::Command::CheckPdf { file, memory_mib } = &cli.command {
        return check_pdf(file, *memory_mib);
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(commands::run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn check_pdf(file: &std::path::Path, memory_mib: u64) -> ExitCode {
    let cap = usize::try_from(memory_mib.saturating_mul(1024 * 1024)).unwrap_or(usize::MAX);
    if ALLOCATOR.set_limit(cap).is_err() {
        eprintln!(
            "error: cannot check {}: {memory_mib} MiB is less than this process already uses",
            file.display()
        );
        return ExitCode::FAILURE;
    }
    let verdict = lers_app::check_pdf_in_child(file, memory_mib)
        .map_err(|e| e.to_string())
        .and_then(|verdict| serde_json::to_string(&verdict).map_err(|e| e.to_string()));
    match verdict {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot check {}: {e}", file.display());
            ExitCode::FAILURE
        }
    }
}
