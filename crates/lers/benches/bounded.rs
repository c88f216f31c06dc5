//! Benchmark: what a requester can make the server spend (issue 11, items 11 and 12).
//!
//! `cargo bench -p lers --bench bounded` (optionally `-- ENTRIES PDF_MIB`; defaults
//! 1,000,000 audit entries and a 50 MiB PDF).
//!
//! 1. Manifest proofs: an audit log of ENTRIES signed entries on SQLite; an inclusion
//!    proof built the previous way (every row read, the tree rebuilt in memory) against
//!    the stored-subtree way, time and peak memory of each, and the floor: one indexed
//!    row read. The two proofs must be equal.
//! 2. PDF checks: a PDF of tiny objects, checked in a process without a memory limit
//!    (what the server itself used to spend) against a real `lers serve` receiving a
//!    PDF_MIB file of the same shape, whose check runs in a limited child.

mod support;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use lers_domain::audit::{AuditAction, AuditEvent, Outcome, ACTOR_SYSTEM};
use lers_domain::audit_tree::{self, Checkpoint, Frontier, Hash};
use lers_domain::clock::{Clock, SystemClock};
use lers_store::keys::KeyRing;
use lers_store::{prelude::*, Ctx, SqlStore};
use sqlx::Row;
use support::{
    client_when_ready, free_port, lers, memory_mib, open_store, requester, Error, Server,
};

/// Rows per INSERT while generating the log (11 parameters each).
const INSERT_ROWS: usize = 500;

/// Resets this process's peak resident memory to its current value, so the next
/// reading of VmHWM is the peak of what runs in between.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn own_memory() -> (f64, f64) {
    memory_mib(std::process::id())
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Writes `entries` signed audit entries straight into the log, the way `append`
/// would have, without the subtree roots (the store fills those in when it opens,
/// as it does for a log written before they existed).
async fn generate_log(dir: &Path, entries: u64) -> Result<(), Error> {
    let store = open_store(dir).await?;
    let signing = KeyRing::load_or_create(&dir.join("keys"))?.audit_signing;
    let mut conn = store.pool().acquire().await?;
    sqlx::query("BEGIN").execute(&mut *conn).await?;
    let mut frontier = Frontier::new();
    let at = SystemClock.now();
    let mut batch: Vec<(i64, String, String, String, String)> = Vec::new();
    for index in 0..entries {
        let event = AuditEvent::new(
            at,
            format!("acct_{:06}", index % 5000),
            AuditAction::LoginSucceeded,
            Outcome::Success,
        )
        .from_ip(Some("192.0.2.7".into()))
        .details(serde_json::json!({"n": index}));
        let data = String::from_utf8(event.leaf_bytes(index))?;
        let leaf = audit_tree::leaf_hash(data.as_bytes());
        frontier.push(leaf);
        let checkpoint = Checkpoint {
            tree_size: frontier.size(),
            root: frontier.root(),
        };
        let signature = checkpoint.sign(&signing);
        batch.push((
            i64::try_from(index)?,
            data,
            hex::encode(leaf),
            hex::encode(checkpoint.root),
            hex::encode(signature.to_bytes()),
        ));
        if batch.len() == INSERT_ROWS || index + 1 == entries {
            let values: Vec<String> = (0..batch.len())
                .map(|row| {
                    let p: Vec<String> = (1..=5).map(|c| format!("${}", row * 5 + c)).collect();
                    format!("({})", p.join(", "))
                })
                .collect();
            let sql = format!(
                "INSERT INTO audit_log (idx, leaf, leaf_hash, root_hash, signature) VALUES {}",
                values.join(", ")
            );
            let mut query = sqlx::query(&sql);
            for (idx, data, leaf, root, signature) in batch.drain(..) {
                query = query
                    .bind(idx)
                    .bind(data)
                    .bind(leaf)
                    .bind(root)
                    .bind(signature);
            }
            query.execute(&mut *conn).await?;
        }
    }
    sqlx::query("UPDATE audit_head SET frontier = $1 WHERE id = 1")
        .bind(frontier.to_text())
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM audit_nodes")
        .execute(&mut *conn)
        .await?;
    sqlx::query("COMMIT").execute(&mut *conn).await?;
    Ok(())
}

/// The previous way: every row of the log read (as the old query did, all columns,
/// each entry parsed), then the proof computed from all leaves in memory.
async fn proof_from_every_row(store: &SqlStore, index: u64) -> Result<Vec<Hash>, Error> {
    let rows = sqlx::query(
        "SELECT idx, at, actor, action, subject, ip, outcome, details, leaf_hash, root_hash, signature FROM audit_log ORDER BY idx",
    )
    .fetch_all(store.pool())
    .await?;
    let mut leaves = Vec::with_capacity(rows.len());
    for row in &rows {
        let details: String = row.try_get("details")?;
        let _: serde_json::Value = serde_json::from_str(&details)?;
        let hash: String = row.try_get("leaf_hash")?;
        let mut leaf = [0u8; 32];
        hex::decode_to_slice(&hash, &mut leaf)?;
        leaves.push(leaf);
    }
    Ok(audit_tree::inclusion_proof(&leaves, index)?)
}

fn proof_hashes(doc: &lers_domain::audit::InclusionProofDoc) -> Result<Vec<Hash>, Error> {
    doc.audit_path
        .iter()
        .map(|text| {
            let mut hash = [0u8; 32];
            hex::decode_to_slice(text, &mut hash)?;
            Ok(hash)
        })
        .collect()
}

async fn manifest_proofs(dir: &Path, entries: u64) -> Result<(), Error> {
    let started = Instant::now();
    generate_log(dir, entries).await?;
    println!(
        "generated {entries} signed audit entries in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    let store = open_store(dir).await?;
    println!(
        "opening the store filled in the subtree roots of the older log (once) in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let indices = [0, entries / 3, entries / 2, entries - 2, entries - 1];

    // Floor: one indexed row read.
    let mut floor = Vec::new();
    for _ in 0..5 {
        for &index in &indices {
            let started = Instant::now();
            sqlx::query("SELECT idx, details, leaf_hash FROM audit_log WHERE idx = $1")
                .bind(i64::try_from(index)?)
                .fetch_one(store.pool())
                .await?;
            floor.push(started.elapsed().as_secs_f64());
        }
    }
    let floor = median(floor);

    // Now: stored subtree roots.
    let (_, base) = own_memory();
    reset_peak();
    let mut times = Vec::new();
    let mut proofs = Vec::new();
    for round in 0..5 {
        for &index in &indices {
            let started = Instant::now();
            let proof = store.audit_proof(index).await?;
            times.push(started.elapsed().as_secs_f64());
            if round == 0 {
                proofs.push(proof);
            }
        }
    }
    let (peak_now, _) = own_memory();
    let now = median(times);

    // Before: every row, once (it is slow), for the middle entry.
    let (_, base_before) = own_memory();
    reset_peak();
    let started = Instant::now();
    let old = proof_from_every_row(&store, entries / 2).await?;
    let before = started.elapsed().as_secs_f64();
    let (peak_before, _) = own_memory();
    if proof_hashes(&proofs[2])? != old {
        return Err("the two ways gave different proofs".into());
    }
    for (proof, &index) in proofs.iter().zip(&indices) {
        proof.verify(Some(&store.audit_public_key()))?;
        if proof.index != index {
            return Err("a proof for the wrong entry".into());
        }
    }
    println!(
        "manifest inclusion proof in a log of {entries} entries (5 entries, median of 5 rounds):"
    );
    println!(
        "  floor: one indexed row read         {:9.3} ms",
        floor * 1000.0
    );
    println!(
        "  now: stored subtree roots           {:9.3} ms  ({:.1}x the floor), peak memory +{:.1} MiB",
        now * 1000.0,
        now / floor,
        (peak_now - base).max(0.0)
    );
    println!(
        "  before: every row read and rebuilt  {:9.3} ms  ({:.0}x the floor), peak memory +{:.1} MiB",
        before * 1000.0,
        before / floor,
        (peak_before - base_before).max(0.0)
    );
    Ok(())
}

/// Runs `lers check-pdf` on `file` with `memory_mib`, polling its peak memory until it
/// ends: (peak MiB, the verdict it printed, or its exit status).
fn checked_alone(dir: &Path, file: &Path, memory_mib: u64) -> Result<(f64, String), Error> {
    let mut child = lers(dir)
        .args(["check-pdf", "--memory-mib", &memory_mib.to_string()])
        .arg(file)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let pid = child.id();
    let mut peak: f64 = 0.0;
    while child.try_wait()?.is_none() {
        peak = peak.max(memory_mib_of(pid));
        std::thread::sleep(Duration::from_millis(5));
    }
    let output = child.wait_with_output()?;
    let verdict = if output.status.success() {
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    } else {
        format!("stopped ({})", output.status)
    };
    Ok((peak, verdict))
}

fn memory_mib_of(pid: u32) -> f64 {
    memory_mib(pid).0
}

async fn pdf_checks(dir: &Path, pdf_mib: u64) -> Result<(), Error> {
    // What the server used to spend: the same check without any limit, on a file small
    // enough that this machine survives it.
    let small_mib = 4;
    let small = dir.join("dense-small.pdf");
    std::fs::write(&small, lers_app::dense_pdf(small_mib * 1024 * 1024))?;
    let (unlimited_peak, verdict) = checked_alone(dir, &small, u64::MAX / (1024 * 1024))?;
    println!("PDF of tiny objects, {small_mib} MiB, checked with no memory limit (as the server did before):");
    println!("  peak {unlimited_peak:.0} MiB ({:.0} MiB per MiB of file; a {pdf_mib} MiB upload would need about {:.1} GiB); verdict {verdict}",
        unlimited_peak / small_mib as f64,
        unlimited_peak / small_mib as f64 * pdf_mib as f64 / 1024.0);

    // Now: a real server receives the full-size file.
    let status = lers(dir).arg("migrate").stdout(Stdio::null()).status()?;
    if !status.success() {
        return Err("lers migrate failed".into());
    }
    let store = open_store(dir).await?;
    let ctx = Ctx {
        at: SystemClock.now(),
        actor: ACTOR_SYSTEM.into(),
        ip: None,
    };
    let (owner, (session, csrf)) = requester(store.as_ref(), &ctx).await?;
    let draft = store
        .create_request(
            &owner,
            lers_domain::request::RequestKind::UserData,
            &lers_domain::request::RequestDraft::default(),
            &ctx,
        )
        .await?;
    drop(store);
    let port = free_port()?;
    let base = format!("http://127.0.0.1:{port}");
    let server = Server(
        lers(dir)
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .env("LERS_BUILTIN_DOMAINS", "false")
            .env("LERS_MAX_UPLOAD_MIB", (pdf_mib + 1).to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()?,
    );
    let pid = server.0.id();
    let http = client_when_ready(&base).await?;
    let (idle, _) = memory_mib(pid);
    let big = lers_app::dense_pdf(usize::try_from(pdf_mib * 1024 * 1024)?);
    let upload = |bytes: Vec<u8>, name: &'static str| {
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf.clone())
            .part(
                "file",
                reqwest::multipart::Part::bytes(bytes).file_name(name),
            );
        http.post(format!("{base}/requests/{}/documents", draft.summary.id))
            .header("cookie", format!("lers_session={session}"))
            .multipart(form)
            .send()
    };
    let started = Instant::now();
    let refused = upload(big, "dense.pdf").await?;
    let refused_after = started.elapsed().as_secs_f64();
    let status = refused.status();
    let body = refused.text().await?;
    if !body.contains("needs more memory or time to check") {
        return Err(format!("the dense upload was not refused as too complex ({status})").into());
    }
    let accepted = upload(lers_app::sample_pdf("", "warrant"), "warrant.pdf").await?;
    let (peak, _) = memory_mib(pid);
    println!("the same shape, {pdf_mib} MiB, uploaded to a real `lers serve` (check in a child limited to 256 MiB):");
    println!(
        "  refused as too complex after {refused_after:.1} s ({status}); an ordinary PDF next: {}; server peak {peak:.1} MiB against {idle:.1} MiB idle (+{:.1} MiB)",
        accepted.status(),
        peak - idle
    );
    drop(server);
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let entries = args.first().copied().unwrap_or(1_000_000).max(3);
    let pdf_mib = args.get(1).copied().unwrap_or(50).max(1);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-bounded");
    let _ = std::fs::remove_dir_all(&root);
    let proofs = root.join("proofs");
    let pdfs = root.join("pdfs");
    std::fs::create_dir_all(&proofs)?;
    std::fs::create_dir_all(&pdfs)?;
    manifest_proofs(&proofs, entries).await?;
    pdf_checks(&pdfs, pdf_mib).await?;
    let _ = std::fs::remove_dir_all(&root);
    Ok(())
}
