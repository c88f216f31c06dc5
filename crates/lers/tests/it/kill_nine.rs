//! A real `lers serve`, killed with SIGKILL again and again while API clients submit
//! requests concurrently: every submission it acknowledged (201) is still stored and
//! submitted after each kill, and `lers audit verify` passes after every kill.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration as StdDuration;

use lers_domain::clock::{Duration, Timestamp};
use lers_store::{prelude::*, tokens, Ctx, TokenScope};
use serde_json::Value;

use crate::audit_cli::lers;
use crate::both_backends;
use crate::harness::*;

both_backends!(kill_nine_under_concurrent_submissions_loses_nothing_acknowledged);

/// Kills, and clients submitting at once.
const KILLS: usize = 4;
const CLIENTS: usize = 12;
/// Acknowledged submissions each round waits for before killing (more keep coming).
const ACKS_PER_ROUND: usize = 24;

/// The requester's API token, valid by the wall clock the real server runs on.
async fn api_token(app: &TestApp) -> Result<String, String> {
    let person = app.sign_up("system@abilenetx.gov").await;
    let account = app
        .store
        .account_by_email(&person.email)
        .await
        .map_err(|e| e.to_string())?
        .ok_or("the requester exists")?;
    let now = Timestamp::from_unix_millis(
        i64::try_from(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_err(|e| e.to_string())?
                .as_millis(),
        )
        .map_err(|e| e.to_string())?,
    );
    let token = "lers_pat_kill_nine_test_token_0123456789abcdef".to_owned();
    app.store
        .create_api_token(
            &account,
            "Kill test",
            &[TokenScope::Read, TokenScope::Submit],
            &tokens::hash(&token),
            now.plus(Duration::days(300)),
            &Ctx {
                at: now,
                actor: account.pseudonym.clone(),
                ip: None,
            },
        )
        .await
        .map_err(|e| e.to_string())?;
    Ok(token)
}

async fn kill_nine_under_concurrent_submissions_loses_nothing_acknowledged(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let token = api_token(&app).await?;
    // Request id → reference, for every submission a server acknowledged.
    let acknowledged: Arc<Mutex<BTreeMap<String, String>>> = Arc::default();
    let mut numbered = 0usize;
    let mut refused = 0usize;
    for round in 0..KILLS {
        let mut node = ServeCommand::on(&app).start().await?;
        let address = node.base.clone();
        let before = acknowledged.lock().map_err(|e| e.to_string())?.len();
        let mut clients = Vec::new();
        for client in 0..CLIENTS {
            let (address, token, acknowledged) =
                (address.clone(), token.clone(), acknowledged.clone());
            let first = numbered + client * 10_000;
            clients.push(tokio::spawn(async move {
                let http = reqwest::Client::new();
                let mut refused = 0usize;
                for n in first.. {
                    let sent = http
                        .post(format!("{address}/api/v1/requests"))
                        .bearer_auth(&token)
                        .json(&api_preservation(&format!("Kill test {n}"), n))
                        .send()
                        .await;
                    // The server is gone: whatever was not answered was not acknowledged.
                    let Ok(response) = sent else { break };
                    if response.status() != reqwest::StatusCode::CREATED {
                        refused += 1;
                        continue;
                    }
                    let Ok(body) = response.json::<Value>().await else {
                        break;
                    };
                    let id = body["id"].as_str().unwrap_or_default().to_owned();
                    let reference = body["reference"].as_str().unwrap_or_default().to_owned();
                    if let Ok(mut acknowledged) = acknowledged.lock() {
                        acknowledged.insert(id, reference);
                    }
                }
                refused
            }));
        }
        numbered += CLIENTS * 10_000;
        // Kill while submissions are in flight, once enough were acknowledged.
        let enough = async {
            loop {
                let now = acknowledged.lock().map(|a| a.len()).unwrap_or(0);
                if now >= before + ACKS_PER_ROUND {
                    return;
                }
                tokio::time::sleep(StdDuration::from_millis(5)).await;
            }
        };
        tokio::time::timeout(StdDuration::from_secs(300), enough)
            .await
            .map_err(|_| format!("round {round}: too few submissions were acknowledged"))?;
        node.kill().await?; // SIGKILL
        for client in clients {
            refused += client.await?;
        }

        let verified = lers(&app, &["audit", "verify"]).await;
        assert!(verified.ok, "round {round}: {}", verified.stdout);

        let acknowledged = acknowledged.lock().map_err(|e| e.to_string())?.clone();
        let stored: BTreeMap<String, String> = sqlx::query_as::<_, (String, String)>(
            "SELECT public_id, reference FROM requests WHERE reference IS NOT NULL",
        )
        .fetch_all(app.store.pool())
        .await?
        .into_iter()
        .collect();
        for (id, reference) in &acknowledged {
            assert_eq!(
                stored.get(id),
                Some(reference),
                "round {round}: acknowledged submission {id} ({reference}) was lost"
            );
        }
    }
    assert_eq!(refused, 0, "no submission was answered with an error");
    let total = acknowledged.lock().map_err(|e| e.to_string())?.len();
    assert!(total >= KILLS * ACKS_PER_ROUND, "{total} acknowledged");
    Ok(())
}
