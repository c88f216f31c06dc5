//! Benchmark: production files, measured against the machine's own ceilings in the
//! same run (issue 5).
//!
//! `cargo bench -p lers --bench productions` (optionally `-- SIZE_MIB [DIR]`; default
//! 4096 MiB in `target/bench-productions`, which must be on a real disk).
//!
//! 1. In-memory sealing: our segment cipher (64 KiB STREAM segments) against raw
//!    AES-256-GCM from the same library and against `openssl speed -evp aes-256-gcm`.
//! 2. The disk: `dd if=/dev/zero bs=1M count=2048 conv=fdatasync` in DIR.
//! 3. End to end through a real `lers serve` process: one file of SIZE streamed up
//!    (sealed, fsynced, moved into the blob store) and streamed down (decrypted),
//!    against the slower of raw AES-GCM and the disk; and the server's peak resident
//!    memory (VmHWM) over both.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use bytes::Bytes;
use futures::StreamExt;
use lers_domain::account::Role;
use lers_domain::audit::ACTOR_SYSTEM;
use lers_domain::clock::{Clock, SystemClock};
use lers_store::segments::{SegmentCipher, SEGMENT_LEN};
use lers_store::{prelude::*, tokens, Ctx, NewToken};
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};
use sha2::{Digest, Sha256};
use support::{
    client_when_ready, free_port, lers, memory_mib, open_store, requester, session_for, Error,
    Server,
};

const MIB: f64 = 1024.0 * 1024.0;
const PATTERN_BYTES: usize = 1024 * 1024;
const IN_MEMORY_BYTES: usize = 1024 * 1024 * 1024;

fn mib_per_sec(bytes: u64, seconds: f64) -> f64 {
    bytes as f64 / MIB / seconds
}

/// Raw AES-256-GCM (ring) over `data`, one seal per 64 KiB segment, in place.
fn raw_gcm_seconds(data: &mut [u8]) -> Result<f64, Error> {
    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &[9u8; 32]).map_err(|_| "ring key")?);
    let started = Instant::now();
    for (counter, segment) in data.chunks_mut(SEGMENT_LEN).enumerate() {
        let mut nonce = [0u8; 12];
        nonce[4..].copy_from_slice(&(counter as u64).to_be_bytes());
        let _tag = key
            .seal_in_place_separate_tag(Nonce::assume_unique_for_key(nonce), Aad::empty(), segment)
            .map_err(|_| "seal")?;
    }
    Ok(started.elapsed().as_secs_f64())
}

/// Our segment cipher over `data`: copy each segment into the segment buffer, seal it
/// with its STREAM nonce and associated data, as an upload does.
fn segment_cipher_seconds(data: &[u8]) -> Result<f64, Error> {
    let cipher = SegmentCipher::new(&[9u8; 32])?;
    let aad = b"lers-prod-v1|prf_bench|req_bench|bench";
    let mut buffer = Vec::with_capacity(SEGMENT_LEN + 16);
    let count = data.len().div_ceil(SEGMENT_LEN);
    let started = Instant::now();
    for (index, segment) in data.chunks(SEGMENT_LEN).enumerate() {
        buffer.clear();
        buffer.extend_from_slice(segment);
        cipher.seal(index as u64, index + 1 == count, aad, &mut buffer)?;
    }
    Ok(started.elapsed().as_secs_f64())
}

/// `openssl speed -evp aes-256-gcm`, 16 KiB blocks, in MiB/s.
fn openssl_gcm_mib_per_sec() -> Option<f64> {
    let output = Command::new("openssl")
        .args([
            "speed",
            "-evp",
            "aes-256-gcm",
            "-seconds",
            "2",
            "-bytes",
            "16384",
        ])
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&output.stdout);
    // "AES-256-GCM  123456.78k" — thousands of bytes per second.
    let line = text
        .lines()
        .rev()
        .find(|l| l.to_lowercase().starts_with("aes-256-gcm"))?;
    let kilobytes: f64 = line
        .split_whitespace()
        .last()?
        .trim_end_matches('k')
        .parse()
        .ok()?;
    Some(kilobytes * 1000.0 / MIB)
}

/// `dd … conv=fdatasync` of 2 GiB into `dir`, in MiB/s.
fn dd_mib_per_sec(dir: &Path) -> Option<f64> {
    let target = dir.join("dd.bin");
    let started = Instant::now();
    let status = Command::new("dd")
        .args(["if=/dev/zero", "bs=1M", "count=2048", "conv=fdatasync"])
        .arg(format!("of={}", target.display()))
        .stderr(Stdio::null())
        .status()
        .ok()?;
    let seconds = started.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&target);
    status.success().then(|| 2048.0 / seconds)
}

/// Accounts and an approved request, written straight into the store: (producer
/// session, requester session, request id).
async fn fixtures(dir: &Path) -> Result<((String, String), (String, String), String), Error> {
    let store = open_store(dir).await?;
    let ctx = Ctx {
        at: SystemClock.now(),
        actor: ACTOR_SYSTEM.into(),
        ip: None,
    };
    let expires_at = ctx.at.plus(lers_domain::clock::Duration::hours(1));
    let invitation = tokens::generate();
    store
        .create_staff(
            "producer@provider.example",
            "Bench Producer",
            &[Role::Producer].into_iter().collect(),
            NewToken {
                token_hash: tokens::hash(&invitation),
                expires_at,
            },
            &ctx,
        )
        .await?;
    let producer = session_for(store.as_ref(), &invitation, &ctx).await?;
    let (owner, requester) = requester(store.as_ref(), &ctx).await?;
    let draft = lers_domain::request::RequestDraft::default();
    let request = store
        .create_request(
            &owner,
            lers_domain::request::RequestKind::UserData,
            &draft,
            &ctx,
        )
        .await?;
    // The review workflow is measured elsewhere; here the request is simply approved.
    sqlx::query("UPDATE requests SET status = 'approved' WHERE public_id = $1")
        .bind(&request.summary.id)
        .execute(store.pool())
        .await?;
    Ok((producer, requester, request.summary.id))
}

/// The plaintext: a random 1 MiB pattern repeated (cheap to generate and to check).
fn pattern() -> Bytes {
    let mut bytes = vec![0u8; PATTERN_BYTES];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = (i.wrapping_mul(2_654_435_761) >> 13) as u8;
    }
    Bytes::from(bytes)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let size_mib: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(4096);
    let dir = args.get(1).map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-productions"),
        PathBuf::from,
    );
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let size = size_mib * 1024 * 1024;

    // 1. In memory.
    let mut data = vec![0u8; IN_MEMORY_BYTES];
    rand::Rng::fill(&mut rand::thread_rng(), &mut data[..]);
    let raw = (0..3)
        .map(|_| raw_gcm_seconds(&mut data))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .fold(f64::MAX, f64::min);
    let ours = (0..3)
        .map(|_| segment_cipher_seconds(&data))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .fold(f64::MAX, f64::min);
    drop(data);
    let raw_rate = mib_per_sec(IN_MEMORY_BYTES as u64, raw);
    let ours_rate = mib_per_sec(IN_MEMORY_BYTES as u64, ours);
    let openssl = openssl_gcm_mib_per_sec();
    println!("in-memory sealing, 1 GiB in 64 KiB segments (best of 3):");
    println!("  raw AES-256-GCM (ring)          {raw_rate:8.0} MiB/s");
    println!(
        "  LERS segment cipher (STREAM)    {ours_rate:8.0} MiB/s  ({:.0}% of raw ring)",
        100.0 * ours_rate / raw_rate
    );
    if let Some(openssl) = openssl {
        println!(
            "  openssl speed -evp aes-256-gcm  {openssl:8.0} MiB/s  (LERS = {:.0}% of openssl)",
            100.0 * ours_rate / openssl
        );
    }

    // 2. The disk.
    let dd = dd_mib_per_sec(&dir).ok_or("dd failed")?;
    println!(
        "disk: dd bs=1M count=2048 conv=fdatasync in {}: {dd:.0} MiB/s",
        dir.display()
    );
    // The raw AES-GCM ceiling is openssl's figure (the fastest here).
    let aes_ceiling = openssl.unwrap_or(raw_rate);
    let reference = aes_ceiling.min(dd);
    println!(
        "reference (slower of raw AES-GCM {aes_ceiling:.0} and disk {dd:.0}): {reference:.0} MiB/s"
    );

    // 3. Through the server.
    let status = lers(&dir).arg("migrate").stdout(Stdio::null()).status()?;
    if !status.success() {
        return Err("lers migrate failed".into());
    }
    let ((producer, producer_csrf), (requester, _), request) = fixtures(&dir).await?;
    let port = free_port()?;
    let base = format!("http://127.0.0.1:{port}");
    let server = Server(
        lers(&dir)
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()?,
    );
    let pid = server.0.id();
    let http = client_when_ready(&base).await?;
    let (idle_peak, _) = memory_mib(pid);
    let producer_cookie = format!("lers_session={producer}");
    let opened = http
        .post(format!("{base}/staff/requests/{request}/productions"))
        .header("cookie", &producer_cookie)
        .form(&[("csrf", producer_csrf.as_str())])
        .send()
        .await?;
    if !opened.status().is_redirection() {
        return Err(format!("opening the production: {}", opened.status()).into());
    }
    let page = http
        .get(format!("{base}/staff/requests/{request}"))
        .header("cookie", &producer_cookie)
        .send()
        .await?
        .text()
        .await?;
    let start = page.find("data-upload=\"").ok_or("upload form")? + "data-upload=\"".len();
    let files_url = page[start..]
        .split('"')
        .next()
        .ok_or("files url")?
        .to_owned();
    let created: serde_json::Value = http
        .post(format!("{base}{files_url}"))
        .header("cookie", &producer_cookie)
        .header("x-csrf-token", &producer_csrf)
        .json(&serde_json::json!({"name": "bench.bin", "size": size}))
        .send()
        .await?
        .json()
        .await?;
    let upload_url = created["upload_url"]
        .as_str()
        .ok_or("upload url")?
        .to_owned();
    let file_id = created["id"].as_str().ok_or("file id")?.to_owned();

    let pattern = pattern();
    let chunks = size / PATTERN_BYTES as u64;
    let mut expected = Sha256::new();
    for _ in 0..chunks {
        expected.update(&pattern);
    }
    let expected = hex::encode(expected.finalize());

    let body = {
        let pattern = pattern.clone();
        futures::stream::iter((0..chunks).map(move |_| Ok::<_, std::io::Error>(pattern.clone())))
    };
    let started = Instant::now();
    let uploaded: serde_json::Value = http
        .put(format!("{base}{upload_url}"))
        .header("cookie", &producer_cookie)
        .header("x-csrf-token", &producer_csrf)
        .header("upload-offset", "0")
        .header("content-length", size.to_string())
        .body(reqwest::Body::wrap_stream(body))
        .send()
        .await?
        .json()
        .await?;
    let upload_seconds = started.elapsed().as_secs_f64();
    if uploaded["sha256"].as_str() != Some(expected.as_str()) {
        return Err(format!("upload did not complete correctly: {uploaded}").into());
    }
    let (upload_peak, _) = memory_mib(pid);

    let production = files_url.split('/').nth(5).ok_or("production id")?;
    let delivered = http
        .post(format!(
            "{base}/staff/requests/{request}/productions/{production}/deliver"
        ))
        .header("cookie", &producer_cookie)
        .form(&[("csrf", producer_csrf.as_str())])
        .send()
        .await?;
    if !delivered.status().is_redirection() {
        return Err(format!("delivering: {}", delivered.status()).into());
    }
    let started = Instant::now();
    let response = http
        .get(format!(
            "{base}/requests/{request}/productions/{production}/files/{file_id}"
        ))
        .header("cookie", format!("lers_session={requester}"))
        .send()
        .await?;
    if response.status() != reqwest::StatusCode::OK {
        return Err(format!("download: {}", response.status()).into());
    }
    let mut stream = response.bytes_stream();
    let mut received = 0u64;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        // Spot-check against the pattern (a full hash would tax the shared CPUs).
        let at = (received % PATTERN_BYTES as u64) as usize;
        let n = chunk.len().min(PATTERN_BYTES - at).min(64);
        if chunk[..n] != pattern[at..at + n] {
            return Err(format!("wrong plaintext at byte {received}").into());
        }
        received += chunk.len() as u64;
    }
    let download_seconds = started.elapsed().as_secs_f64();
    if received != size {
        return Err(format!("downloaded {received} of {size} bytes").into());
    }
    let (peak, _) = memory_mib(pid);

    let up = mib_per_sec(size, upload_seconds);
    let down = mib_per_sec(size, download_seconds);
    println!("through `lers serve` (SQLite, local blob store), one {size_mib} MiB file:");
    println!(
        "  upload, seal, fsync, store   {up:8.0} MiB/s  ({upload_seconds:.1} s; {:.0}% of reference)",
        100.0 * up / reference
    );
    println!(
        "  download and decrypt         {down:8.0} MiB/s  ({download_seconds:.1} s; {:.0}% of reference)",
        100.0 * down / reference
    );
    println!(
        "  server peak resident memory  {peak:8.1} MiB  (idle {idle_peak:.1} MiB, after upload {upload_peak:.1} MiB)"
    );
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
