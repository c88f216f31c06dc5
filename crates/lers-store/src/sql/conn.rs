//! The connection store code runs its statements on: one of sqlx's, SQLite's
//! group-commit writer run inline (`inline_sqlite.rs`), or SQLite's readers for point
//! reads (`point_reads.rs`). All speak sqlx's `Any` types, so a query is written once
//! and runs on any.

use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::{FutureExt, StreamExt};
use sqlx::any::{AnyArguments, AnyQueryResult, AnyRow, AnyStatement, AnyTypeInfo};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, Describe, Either, Execute, Executor};

use super::inline_sqlite::{InlineSqlite, Steps, Wanted};
use super::point_reads::InlineReaders;

#[derive(Debug)]
pub(crate) enum Conn<'a> {
    Any(&'a mut AnyConnection),
    /// SQLite's group-commit writer, inside its batch.
    Inline(&'a mut InlineSqlite),
    /// SQLite's readers for point reads (`point_reads.rs`).
    Reader(&'a InlineReaders),
}

impl Conn<'_> {
    /// The same connection, borrowed again (for one more statement).
    pub(crate) fn re(&mut self) -> Conn<'_> {
        match self {
            Conn::Any(conn) => Conn::Any(conn),
            Conn::Inline(conn) => Conn::Inline(conn),
            Conn::Reader(readers) => Conn::Reader(readers),
        }
    }
}

/// Where a point read runs: one of SQLite's inline readers, or a connection taken
/// from PostgreSQL's pool.
pub(crate) enum PointConn<'a> {
    Pooled(PoolConnection<Any>),
    Inline(&'a InlineReaders),
}

impl PointConn<'_> {
    pub(crate) fn conn(&mut self) -> Conn<'_> {
        match self {
            PointConn::Pooled(conn) => Conn::from(conn),
            PointConn::Inline(readers) => Conn::Reader(readers),
        }
    }
}

impl<'a> From<&'a mut AnyConnection> for Conn<'a> {
    fn from(conn: &'a mut AnyConnection) -> Self {
        Conn::Any(conn)
    }
}

impl<'a> From<&'a mut PoolConnection<Any>> for Conn<'a> {
    fn from(conn: &'a mut PoolConnection<Any>) -> Self {
        Conn::Any(conn)
    }
}

impl<'a> From<&'a mut sqlx::Transaction<'static, Any>> for Conn<'a> {
    fn from(tx: &'a mut sqlx::Transaction<'static, Any>) -> Self {
        Conn::Any(tx)
    }
}

/// Runs `query` inline with `run`, when the returned future is first polled: every
/// row and result at once, or only up to the first row (on the writer, a statement of
/// the batch never waits on anything; on a reader, a point read never waits either).
/// The statement first spends the task's cooperative budget: an inline statement is
/// always ready, so a long run of them would otherwise hold its async worker without
/// ever letting the worker's other tasks run.
fn inline<'e, 'q: 'e, E, R>(
    run: R,
    mut query: E,
    wanted: Wanted,
) -> BoxFuture<'e, Result<Steps, sqlx::Error>>
where
    E: 'q + Execute<'q, Any>,
    R: for<'a> FnOnce(&str, Option<AnyArguments<'a>>, Wanted) -> Result<Steps, sqlx::Error>
        + Send
        + 'e,
{
    async move {
        tokio::task::consume_budget().await;
        let arguments = query.take_arguments().map_err(sqlx::Error::Encode)?;
        run(query.sql(), arguments, wanted)
    }
    .boxed()
}

/// An inline run's rows and results, as sqlx's `fetch_many` streams them.
fn each_step<'e>(
    ran: BoxFuture<'e, Result<Steps, sqlx::Error>>,
) -> BoxStream<'e, Result<Either<AnyQueryResult, AnyRow>, sqlx::Error>> {
    futures::stream::once(ran)
        .flat_map(|ran| match ran {
            Ok(steps) => futures::stream::iter(steps.into_iter().map(Ok)).left_stream(),
            Err(e) => futures::stream::once(async move { Err(e) }).right_stream(),
        })
        .boxed()
}

/// An inline run's first row, as sqlx's `fetch_optional` answers.
fn first_row<'e>(
    ran: BoxFuture<'e, Result<Steps, sqlx::Error>>,
) -> BoxFuture<'e, Result<Option<AnyRow>, sqlx::Error>> {
    ran.map(|ran| {
        ran.map(|steps| {
            steps.into_iter().find_map(|step| match step {
                Either::Right(row) => Some(row),
                Either::Left(_) => None,
            })
        })
    })
    .boxed()
}

/// A point read on one of SQLite's readers (`InlineReaders::run`).
fn on_readers<'e, 'q: 'e, E>(
    readers: &'e InlineReaders,
    query: E,
    wanted: Wanted,
) -> BoxFuture<'e, Result<Steps, sqlx::Error>>
where
    E: 'q + Execute<'q, Any>,
{
    inline(
        move |sql, arguments, wanted| readers.run(sql, arguments, wanted),
        query,
        wanted,
    )
}

/// A batch statement on the inline writer (`InlineSqlite::run_in_batch`).
fn in_batch<'e, 'q: 'e, E>(
    conn: &'e mut InlineSqlite,
    query: E,
    wanted: Wanted,
) -> BoxFuture<'e, Result<Steps, sqlx::Error>>
where
    E: 'q + Execute<'q, Any>,
{
    inline(
        move |sql, arguments, wanted| conn.run_in_batch(sql, arguments, wanted),
        query,
        wanted,
    )
}

impl<'c> Executor<'c> for Conn<'c> {
    type Database = Any;

    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxStream<'e, Result<Either<AnyQueryResult, AnyRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Any>,
    {
        match self {
            Conn::Any(conn) => conn.fetch_many(query),
            Conn::Inline(conn) => each_step(in_batch(conn, query, Wanted::Everything)),
            Conn::Reader(readers) => each_step(on_readers(readers, query, Wanted::Everything)),
        }
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxFuture<'e, Result<Option<AnyRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Any>,
    {
        match self {
            Conn::Any(conn) => conn.fetch_optional(query),
            Conn::Inline(conn) => first_row(in_batch(conn, query, Wanted::FirstRow)),
            Conn::Reader(readers) => first_row(on_readers(readers, query, Wanted::FirstRow)),
        }
    }

    fn prepare_with<'e, 'q: 'e>(
        self,
        sql: &'q str,
        parameters: &'e [AnyTypeInfo],
    ) -> BoxFuture<'e, Result<AnyStatement<'q>, sqlx::Error>>
    where
        'c: 'e,
    {
        match self {
            Conn::Any(conn) => conn.prepare_with(sql, parameters),
            Conn::Inline(_) | Conn::Reader(_) => unsupported("prepare"),
        }
    }

    fn describe<'e, 'q: 'e>(self, sql: &'q str) -> BoxFuture<'e, Result<Describe<Any>, sqlx::Error>>
    where
        'c: 'e,
    {
        match self {
            Conn::Any(conn) => conn.describe(sql),
            Conn::Inline(_) | Conn::Reader(_) => unsupported("describe"),
        }
    }
}

impl<'c, 'a: 'c> Executor<'c> for &'c mut Conn<'a> {
    type Database = Any;

    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxStream<'e, Result<Either<AnyQueryResult, AnyRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Any>,
    {
        self.re().fetch_many(query)
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxFuture<'e, Result<Option<AnyRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Any>,
    {
        self.re().fetch_optional(query)
    }

    fn prepare_with<'e, 'q: 'e>(
        self,
        sql: &'q str,
        parameters: &'e [AnyTypeInfo],
    ) -> BoxFuture<'e, Result<AnyStatement<'q>, sqlx::Error>>
    where
        'c: 'e,
    {
        self.re().prepare_with(sql, parameters)
    }

    fn describe<'e, 'q: 'e>(self, sql: &'q str) -> BoxFuture<'e, Result<Describe<Any>, sqlx::Error>>
    where
        'c: 'e,
    {
        self.re().describe(sql)
    }
}

fn unsupported<'e, T: Send + 'e>(what: &str) -> BoxFuture<'e, Result<T, sqlx::Error>> {
    let error = sqlx::Error::Protocol(format!(
        "{what} is not available on SQLite's inline connections"
    ));
    async move { Err(error) }.boxed()
}
