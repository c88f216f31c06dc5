//! What the benchmarks share: a `lers` process to measure, its memory, and accounts
//! with signed-in sessions written straight into the store.

use std::path::Path;
use std::process::{Child, Command};
use std::sync::Arc;

use lers_app::{App, Settings};
use lers_domain::account::{RequesterProfile, Role};
use lers_domain::audit::ACTOR_SYSTEM;
use lers_domain::clock::{Clock, SystemClock};
use lers_domain::totp::{TotpSecret, SECRET_BYTES};
use lers_store::{
    tokens, Account, Ctx, NewDomainEntry, NewSession, NewToken, SignUpOutcome, SqlStore, Store,
    TokenScope,
};

pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// Peak and current resident memory of a process, in MiB.
pub fn memory_mib(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

pub struct Server(pub Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The SQL store of the application over the data directory `dir`, opened the way
/// `lers serve` opens it.
pub async fn open_store(dir: &Path) -> Result<Arc<SqlStore>, Error> {
    let settings = Settings {
        data_dir: dir.to_owned(),
        ..Settings::default()
    };
    Ok(App::builder(settings).build_with_sql().await?.1)
}

/// A free local port for a server to listen on.
pub fn free_port() -> Result<u16, Error> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// An HTTP client that does not follow redirects, once `base` answers its health check
/// (or after ten seconds, when the first request will say what is wrong).
pub async fn client_when_ready(base: &str) -> Result<reqwest::Client, Error> {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    for _ in 0..100 {
        if http.get(format!("{base}/healthz")).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Ok(http)
}

pub fn lers(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lers"));
    command.arg("--data-dir").arg(dir);
    command
}

/// A signed-in, enrolled session for `account`: (session cookie value, CSRF token).
pub async fn session_for(
    store: &dyn Store,
    invitation: &str,
    ctx: &Ctx,
) -> Result<(String, String), Error> {
    let token = tokens::generate();
    let csrf = tokens::generate();
    let account = store
        .redeem_link_with_password(
            &tokens::hash(invitation),
            "$argon2id$unused-in-this-benchmark",
            NewSession {
                token_hash: tokens::hash(&token),
                csrf_token: csrf.clone(),
            },
            ctx,
        )
        .await?;
    let secret = TotpSecret::from_bytes(vec![7u8; SECRET_BYTES])?;
    store.set_pending_totp(&account, &secret).await?;
    let step = ctx.at.unix_seconds() / 30;
    store
        .complete_totp_enrollment(&account, step, &tokens::hash(&token), ctx)
        .await?;
    Ok((token, csrf))
}

/// A verified, enrolled requester of Abilene with a signed-in session:
/// (account, (session cookie value, CSRF token)).
pub async fn requester(store: &dyn Store, ctx: &Ctx) -> Result<(Account, (String, String)), Error> {
    let verification = tokens::generate();
    let profile = RequesterProfile {
        name: "Bench Investigator".into(),
        agency: "Bench Police".into(),
        badge_number: "1".into(),
        phone: "+15550100100".into(),
        mailing_address: "1 Bench St".into(),
        country: "US".into(),
        subdivision: "TX".into(),
    };
    // Abilene admits the account (a requester whose domain is not on the list
    // cannot sign in).
    store
        .import_domains(
            &[NewDomainEntry {
                pattern: "abilenetx.gov".into(),
                organization: "City of Abilene".into(),
                ..Default::default()
            }],
            "bench",
            ctx,
        )
        .await?;
    let SignUpOutcome::Created(owner) = store
        .sign_up_requester(
            "bench@abilenetx.gov",
            &profile,
            "abilenetx.gov",
            NewToken {
                token_hash: tokens::hash(&verification),
                expires_at: ctx.at.plus(lers_domain::clock::Duration::hours(1)),
            },
            ctx,
        )
        .await?
    else {
        return Err("the bench requester exists already".into());
    };
    let session = session_for(store, &verification, ctx).await?;
    Ok((owner, session))
}

/// A reviewer's session and a requester's API token, written straight into the store.
#[allow(dead_code)] // used by the queries and scale benchmarks, not by every one
pub async fn reviewer_and_token(dir: &Path) -> Result<((String, String), String), Error> {
    let sql = open_store(dir).await?;
    let store: &dyn Store = sql.as_ref();
    let ctx = Ctx {
        at: SystemClock.now(),
        actor: ACTOR_SYSTEM.into(),
        ip: None,
    };
    let invitation = tokens::generate();
    store
        .create_staff(
            "reviewer@provider.example",
            "Bench Reviewer",
            &[Role::Reviewer, Role::Approver].into_iter().collect(),
            NewToken {
                token_hash: tokens::hash(&invitation),
                expires_at: ctx.at.plus(lers_domain::clock::Duration::hours(1)),
            },
            &ctx,
        )
        .await?;
    let reviewer = session_for(store, &invitation, &ctx).await?;
    let (owner, _) = requester(store, &ctx).await?;
    let token = format!("lers_pat_{}", tokens::generate());
    store
        .create_api_token(
            &owner,
            "bench",
            &[TokenScope::Read, TokenScope::Submit],
            &tokens::hash(&token),
            ctx.at.plus(lers_domain::clock::Duration::days(30)),
            &ctx,
        )
        .await?;
    Ok((reviewer, token))
}
