//! `/readyz` fails while the database or a blob store is unreachable, and recovers by
//! itself when they are back (`/healthz` keeps answering: the process is alive).

use std::net::SocketAddr;
use std::sync::Arc;

use lers_store::blobs::{BlobStore, S3BlobStore, S3Settings};
use reqwest::StatusCode;
use sqlx::Executor;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    readiness_follows_the_database,
    readiness_follows_the_local_blob_store,
    readiness_follows_the_s3_blob_store,
);

async fn ready(app: &TestApp) -> (StatusCode, String) {
    let answer = reqwest::get(app.url("/readyz")).await.expect("GET /readyz");
    let status = answer.status();
    (status, answer.text().await.unwrap_or_default())
}

async fn assert_alive(app: &TestApp) {
    let alive = reqwest::get(app.url("/healthz"))
        .await
        .expect("GET /healthz");
    assert_eq!(alive.status(), StatusCode::OK);
}

async fn readiness_follows_the_database(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    assert_eq!(ready(&app).await, (StatusCode::OK, "ready".into()));
    match backend {
        Backend::Postgres => {
            // The server refuses new connections and drops this database's.
            let name = app.db.url.rsplit('/').next().ok_or("db name")?.to_owned();
            let admin = std::env::var("LERS_TEST_POSTGRES_URL")?;
            let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin).await?;
            conn.execute(format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false").as_str())
                .await?;
            conn.execute(
                format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
                    .as_str(),
            )
            .await?;
            assert_eq!(
                ready(&app).await,
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "database unavailable".into()
                )
            );
            assert_alive(&app).await;
            conn.execute(format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true").as_str())
                .await?;
            assert_eq!(ready(&app).await, (StatusCode::OK, "ready".into()));
        }
        Backend::Sqlite => {
            // An embedded database is unreachable when its pool is gone.
            app.store.pool().close().await;
            assert_eq!(
                ready(&app).await,
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "database unavailable".into()
                )
            );
            assert_alive(&app).await;
        }
    }
    Ok(())
}

async fn readiness_follows_the_local_blob_store(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    assert_eq!(ready(&app).await.0, StatusCode::OK);
    // The documents directory disappears (an unmounted volume), then comes back.
    let documents = app.dir.path().join("documents");
    let away = app.dir.path().join("documents-unmounted");
    std::fs::rename(&documents, &away)?;
    assert_eq!(
        ready(&app).await,
        (
            StatusCode::SERVICE_UNAVAILABLE,
            "blob store unavailable".into()
        )
    );
    assert_alive(&app).await;
    std::fs::rename(&away, &documents)?;
    assert_eq!(ready(&app).await, (StatusCode::OK, "ready".into()));
    Ok(())
}

/// A TCP relay to `target` that the test switches off (dropping every connection and
/// refusing new ones) and on again: an S3 server becoming unreachable.
struct Relay {
    address: SocketAddr,
    up: watch::Sender<bool>,
}

impl Relay {
    async fn start(target: SocketAddr) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind relay");
        let address = listener.local_addr().expect("relay address");
        let (up, watching) = watch::channel(true);
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                let mut watching = watching.clone();
                if !*watching.borrow() {
                    continue; // dropped at once: connection reset
                }
                tokio::spawn(async move {
                    let Ok(mut server) = TcpStream::connect(target).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                        _ = watching.wait_for(|up| !*up) => {}
                    }
                });
            }
        });
        Self { address, up }
    }

    fn set(&self, up: bool) {
        let _ = self.up.send(up);
    }
}

async fn readiness_follows_the_s3_blob_store(backend: Backend) -> TestResult {
    let Some(moto) = crate::blob_conformance::s3_endpoint() else {
        return Ok(());
    };
    let target: SocketAddr = moto
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()?;
    let relay = Relay::start(target).await;
    let bucket = format!("lers-ready-{}", rand::random::<u64>());
    let created = reqwest::Client::new()
        .put(format!("{moto}/{bucket}"))
        .send()
        .await?;
    assert!(created.status().is_success());
    let store: Arc<dyn BlobStore> = Arc::new(S3BlobStore::new(&S3Settings {
        endpoint: Some(format!("http://{}", relay.address)),
        bucket,
        region: "us-east-1".into(),
        access_key_id: "test".into(),
        secret_access_key: "test".into(),
        prefix: "productions".into(),
    })?);
    let Some(app) = TestApp::spawn_with_blobs(backend, store).await else {
        return Ok(());
    };
    assert_eq!(ready(&app).await, (StatusCode::OK, "ready".into()));
    relay.set(false);
    assert_eq!(
        ready(&app).await,
        (
            StatusCode::SERVICE_UNAVAILABLE,
            "blob store unavailable".into()
        )
    );
    assert_alive(&app).await;
    relay.set(true);
    assert_eq!(ready(&app).await, (StatusCode::OK, "ready".into()));
    Ok(())
}
