//! Benchmark: the document vault's streaming encryption against raw AES-256-GCM.
//!
//! `cargo bench -p lers --bench vault` (optionally `-- 1024` for the size in MiB;
//! default 512). Both sides work on tmpfs (`/dev/shm` when present) so the figure
//! is the cost of the STREAM construction and the vault's file handling, not of a
//! disk. The baseline seals the same bytes in memory with one AES-256-GCM call per
//! 64 KiB segment, which is what `openssl speed -evp aes-256-gcm` measures too.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use aes_gcm::aead::{AeadInPlace, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use lers_store::keys::KeyRing;
use lers_store::vault::DocumentVault;
use rand::RngCore;

const SEGMENT: usize = 64 * 1024;
const ROUNDS: usize = 3;

fn scratch_dir() -> PathBuf {
    let shm = PathBuf::from("/dev/shm");
    let base = if shm.is_dir() {
        shm
    } else {
        std::env::temp_dir()
    };
    base.join(format!("lers-vault-bench-{}", std::process::id()))
}

fn mib_per_sec(bytes: usize, seconds: f64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0) / seconds
}

fn best(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[0]
}

/// Raw AES-256-GCM over the buffer, one seal per segment, in place.
fn raw_gcm_seconds(plaintext: &[u8]) -> Result<f64, aes_gcm::Error> {
    let cipher = Aes256Gcm::new(&Aes256Gcm::generate_key(OsRng));
    let mut segment = Vec::with_capacity(SEGMENT + 16);
    let started = Instant::now();
    for (counter, chunk) in plaintext.chunks(SEGMENT).enumerate() {
        let mut nonce = [0u8; 12];
        nonce[4..].copy_from_slice(&(counter as u64).to_be_bytes());
        segment.clear();
        segment.extend_from_slice(chunk);
        cipher.encrypt_in_place(Nonce::from_slice(&nonce), b"", &mut segment)?;
    }
    Ok(started.elapsed().as_secs_f64())
}

/// OpenSSL's figure for the same job, in MiB/s, when `openssl` is installed: the
/// reference the issue sets (its AES-NI + PCLMUL assembly is the fastest here).
fn openssl_gcm_mib_per_sec() -> Option<f64> {
    let output = std::process::Command::new("openssl")
        .args([
            "speed",
            "-evp",
            "aes-256-gcm",
            "-bytes",
            "65536",
            "-seconds",
            "2",
        ])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    // Last line: `AES-256-GCM   4362513.07k` (thousands of bytes per second).
    let text = String::from_utf8(output.stdout).ok()?;
    let kilobytes: f64 = text
        .lines()
        .last()?
        .split_whitespace()
        .last()?
        .trim_end_matches('k')
        .parse()
        .ok()?;
    Some(kilobytes * 1000.0 / (1024.0 * 1024.0))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mib: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(512);
    let size = mib * 1024 * 1024;
    let dir = scratch_dir();
    std::fs::create_dir_all(&dir)?;
    let keys = KeyRing::load_or_create(&dir.join("keys"))?;
    let vault = DocumentVault::new(dir.join("blobs"), keys.sealer.clone())?;

    let mut plaintext = vec![0u8; size];
    OsRng.fill_bytes(&mut plaintext);
    let source = dir.join("plain.bin");
    std::fs::File::create(&source)?.write_all(&plaintext)?;

    let mut raw = Vec::new();
    let mut sealed = Vec::new();
    let mut opened = Vec::new();
    for round in 0..ROUNDS {
        raw.push(raw_gcm_seconds(&plaintext).map_err(|_| "AES-256-GCM refused to seal")?);

        let document = format!("doc_bench{round}");
        let started = Instant::now();
        let blob = vault.seal_file(&source, &document, "req_bench").await?;
        sealed.push(started.elapsed().as_secs_f64());

        let started = Instant::now();
        let back = vault
            .open(&blob.blob_key, &blob.wrapped_key, &document, "req_bench")
            .await?;
        opened.push(started.elapsed().as_secs_f64());
        if back != plaintext {
            return Err("the vault returned different bytes".into());
        }
        vault.remove(&blob.blob_key);
    }
    std::fs::remove_dir_all(&dir)?;

    let raw = mib_per_sec(size, best(raw));
    let sealed = mib_per_sec(size, best(sealed));
    let opened = mib_per_sec(size, best(opened));
    println!("{mib} MiB, best of {ROUNDS}, on tmpfs:");
    println!("  raw AES-256-GCM, 64 KiB segments, in memory: {raw:8.0} MiB/s");
    println!(
        "  vault seal_file (read, encrypt, write, fsync): {sealed:8.0} MiB/s  ({:.0}% of raw)",
        100.0 * sealed / raw
    );
    println!(
        "  vault open (read, decrypt, verify):           {opened:8.0} MiB/s  ({:.0}% of raw)",
        100.0 * opened / raw
    );
    match openssl_gcm_mib_per_sec() {
        Some(openssl) => println!(
            "  openssl speed -evp aes-256-gcm, 64 KiB:      {openssl:8.0} MiB/s  (vault seal at {:.0}%)",
            100.0 * sealed / openssl
        ),
        None => println!("  (openssl not found; no OpenSSL reference figure)"),
    }
    Ok(())
}
