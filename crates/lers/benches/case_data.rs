//! Benchmark: what sealing case data at rest costs (issue 15 §6), per submission and
//! per console page (queue and case page).
//!
//! `cargo bench -p lers --bench case_data` (optionally `-- ROUNDS`).
//!
//! On a fresh SQLite store it times, through the store's own API: submissions (a
//! draft created and submitted, naming [`TARGETS`] phone numbers); case pages (the
//! request as staff read it, its messages, its notes, and deconfliction of its
//! targets); queue pages (50 lines). In the same run it times the cryptography those
//! operations perform (data key created or unwrapped, fields sealed and opened, keyed
//! hashes), with the same key ring and the same texts, alone. "Without encryption" is
//! the operation's time less that work; the ratio of the two must stay under
//! [`CEILING`], or the run fails.

#[allow(dead_code)] // shared by the benchmarks; this one uses part of it
mod support;

use std::time::{Duration, Instant};

use lers_domain::audit::ACTOR_SYSTEM;
use lers_domain::clock::{Clock, SystemClock};
use lers_domain::request::{
    DataCategory, LegalInstrument, OrderTerm, RequestChannel, RequestDraft, RequestKind,
    SubmittedRequest, TargetInput,
};
use lers_store::fields::{DataKey, FieldPlace};
use lers_store::keys::KeyRing;
use lers_store::{prelude::*, Ctx, QueueQuery, Submission};
use support::{open_store, requester, Error};

const TARGETS: usize = 5;
const MESSAGES: usize = 3;
/// Sealed over clear may cost at most this much per operation.
const CEILING: f64 = 1.5;

fn draft(n: usize) -> RequestDraft {
    RequestDraft {
        title: format!("Operation Walnut {n}"),
        country: "US".into(),
        subdivision: "TX".into(),
        issuing_authority: "42nd District Court, Taylor County".into(),
        instrument: Some(LegalInstrument::SearchWarrant),
        citation: "Cause No. 2026-4471".into(),
        description: "Subscriber details and logs of the accounts used to extort the victim, \
                      with every login address between the dates below."
            .into(),
        targets: (0..TARGETS)
            .map(|t| TargetInput {
                kind: "phone".into(),
                value: format!("+1555010{:04}", (n * TARGETS + t) % 10_000),
            })
            .collect(),
        data_categories: vec![DataCategory::SubscriberInfo, DataCategory::ConnectionLogs],
        date_from: "2026-01-01".into(),
        date_to: "2026-06-30".into(),
        nondisclosure: OrderTerm::Until {
            until: "2027-06-30".into(),
        },
        ..Default::default()
    }
}

const MESSAGE: &str = "We attach the signed warrant; please treat the second number first.";

/// The cryptography of one submission: a data key created and wrapped; the draft
/// sealed, then opened when read back; at submission the key unwrapped twice, the
/// submitted request sealed and opened, and every target hashed and sealed.
fn submission_crypto(
    ring: &KeyRing,
    draft: &str,
    submitted: &SubmittedRequest,
    text: &str,
) -> Result<(), Error> {
    let place = request_place;
    let (key, wrapped) = DataKey::create(ring.sealer.as_ref(), "req_bench")?;
    let sealed_draft = key.seal(draft, &place("draft"))?;
    for _ in 0..2 {
        let key = DataKey::unwrap(ring.sealer.as_ref(), &wrapped, "req_bench")?;
        key.open(&sealed_draft, &place("draft"))?;
    }
    let key = DataKey::unwrap(ring.sealer.as_ref(), &wrapped, "req_bench")?;
    let sealed = key.seal(text, &place("submitted"))?;
    key.open(&sealed, &place("submitted"))?;
    for target in &submitted.targets {
        let hash = ring.target_hasher.hash("phone", &target.normalized)?;
        key.seal(
            &target.value,
            &FieldPlace {
                table: "request_targets",
                column: "value",
                row: &hash,
            },
        )?;
    }
    Ok(())
}

/// What a stored case holds sealed: its wrapped key, draft, submitted request and
/// one message (made once, outside the timing).
struct SealedCase {
    key: DataKey,
    wrapped: String,
    draft: String,
    submitted: String,
    message: String,
}

const MESSAGE_PLACE: FieldPlace<'static> = FieldPlace {
    table: "messages",
    column: "body",
    row: "req_bench/1",
};

fn request_place(column: &str) -> FieldPlace<'_> {
    FieldPlace {
        table: "requests",
        column,
        row: "req_bench",
    }
}

fn sealed_case(ring: &KeyRing, draft: &str, submitted: &str) -> Result<SealedCase, Error> {
    let (key, wrapped) = DataKey::create(ring.sealer.as_ref(), "req_bench")?;
    Ok(SealedCase {
        wrapped,
        draft: key.seal(draft, &request_place("draft"))?,
        submitted: key.seal(submitted, &request_place("submitted"))?,
        message: key.seal(MESSAGE, &MESSAGE_PLACE)?,
        key,
    })
}

/// The cryptography of one case page: the key unwrapped for the request, its
/// messages and its notes; draft and submitted request opened; each message opened;
/// each target hashed under every key version for deconfliction.
fn case_page_crypto(
    ring: &KeyRing,
    case: &SealedCase,
    submitted: &SubmittedRequest,
) -> Result<(), Error> {
    for _ in 0..3 {
        DataKey::unwrap(ring.sealer.as_ref(), &case.wrapped, "req_bench")?;
    }
    case.key.open(&case.draft, &request_place("draft"))?;
    case.key
        .open(&case.submitted, &request_place("submitted"))?;
    for _ in 0..MESSAGES {
        case.key.open(&case.message, &MESSAGE_PLACE)?;
    }
    for target in &submitted.targets {
        ring.target_hasher.hashes("phone", &target.normalized);
    }
    Ok(())
}

fn per_op(total: Duration, n: usize) -> f64 {
    total.as_secs_f64() * 1e6 / n as f64
}

/// Prints one line and returns whether its ratio is under the ceiling.
fn report(what: &str, with: f64, crypto: f64) -> bool {
    let without = (with - crypto).max(f64::EPSILON);
    let ratio = with / without;
    println!(
        "{what:<12} sealed {with:>9.1} µs   clear {without:>9.1} µs   cryptography {crypto:>7.1} µs   ratio {ratio:.3} (ceiling {CEILING})"
    );
    ratio <= CEILING
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let rounds: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(200);
    let dir = std::env::temp_dir().join(format!("lers-bench-case-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let store = open_store(&dir).await?;
    let ring = KeyRing::load_or_create(&dir.join("keys"))?;
    let ctx = Ctx {
        at: SystemClock.now(),
        actor: ACTOR_SYSTEM.into(),
        ip: None,
    };
    let (owner, _) = requester(store.as_ref(), &ctx).await?;

    let mut ids = Vec::new();
    let mut submit_time = Duration::ZERO;
    let mut submit_crypto = Duration::ZERO;
    let mut sample = None;
    for n in 0..rounds {
        let draft = draft(n);
        let started = Instant::now();
        let record = store
            .create_request(&owner, RequestKind::UserData, &draft, &ctx)
            .await?;
        let submitted = draft
            .validate(RequestKind::UserData, ctx.at.date())
            .map_err(|e| format!("{e:?}"))?;
        let submission = Submission {
            request: &submitted,
            colleague_ids: &[],
            year: 2026,
            due_at: ctx.at,
            received_at: ctx.at,
            channel: RequestChannel::Api,
        };
        store
            .submit_request(&owner, &record.summary.id, &submission, &ctx)
            .await?;
        submit_time += started.elapsed();
        let (draft_text, submitted_text) = (
            serde_json::to_string(&draft)?,
            serde_json::to_string(&submitted)?,
        );
        let started = Instant::now();
        submission_crypto(&ring, &draft_text, &submitted, &submitted_text)?;
        submit_crypto += started.elapsed();
        for _ in 0..MESSAGES {
            store
                .post_message(&owner, &record.summary, MESSAGE, &ctx)
                .await?;
        }
        ids.push(record.summary.id.clone());
        sample = Some((draft_text, submitted, submitted_text));
    }
    let (draft_text, submitted, submitted_text) = sample.ok_or("no rounds")?;
    let case = sealed_case(&ring, &draft_text, &submitted_text)?;

    let mut page_time = Duration::ZERO;
    let mut page_crypto = Duration::ZERO;
    for id in &ids {
        let started = Instant::now();
        let record = store.staff_request(id, &ctx).await?.ok_or("request")?;
        store.messages(&record.summary).await?;
        store.internal_notes(&record.summary).await?;
        let keys: Vec<_> = record
            .submitted
            .iter()
            .flat_map(|s| s.targets.iter())
            .map(|t| lers_store::TargetKey {
                target_type: t.kind.as_str().to_owned(),
                normalized: t.normalized.clone(),
            })
            .collect();
        store.requests_naming(&keys).await?;
        page_time += started.elapsed();
        let started = Instant::now();
        case_page_crypto(&ring, &case, &submitted)?;
        page_crypto += started.elapsed();
    }

    // The queue shows only clear columns (reference, kind, status, country, dates,
    // title): it opens nothing, so its cryptography is none at all.
    let mut queue_time = Duration::ZERO;
    let query = QueueQuery {
        limit: 50,
        ..QueueQuery::default()
    };
    for _ in 0..rounds {
        let started = Instant::now();
        store.queue(&query, ctx.at).await?;
        queue_time += started.elapsed();
    }

    println!("{rounds} submissions of {TARGETS} targets, {rounds} case pages with {MESSAGES} messages, {rounds} queue pages of 50 (SQLite):");
    let ok = [
        report(
            "submission",
            per_op(submit_time, rounds),
            per_op(submit_crypto, rounds),
        ),
        report(
            "case page",
            per_op(page_time, rounds),
            per_op(page_crypto, rounds),
        ),
        report("queue page", per_op(queue_time, rounds), 0.0),
    ];
    std::fs::remove_dir_all(&dir)?;
    if ok.iter().all(|ok| *ok) {
        Ok(())
    } else {
        Err(format!("sealing costs more than {CEILING}× the clear operation").into())
    }
}
