//! The connection store code runs its statements on: one of sqlx's, or SQLite's
//! group-commit writer run inline (`inline_sqlite.rs`). Both speak sqlx's `Any`
//! types, so a query is written once and runs on either.

use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::{FutureExt, StreamExt};
use sqlx::any::{AnyQueryResult, AnyRow, AnyStatement, AnyTypeInfo};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, Describe, Either, Execute, Executor};

use super::inline_sqlite::{InlineSqlite, Steps, Wanted};

#[derive(Debug)]
pub(crate) enum Conn<'a> {
    Any(&'a mut AnyConnection),
    Inline(&'a mut InlineSqlite),
}

impl Conn<'_> {
    /// The same connection, borrowed again (for one more statement).
    pub(crate) fn re(&mut self) -> Conn<'_> {
        match self {
            Conn::Any(conn) => Conn::Any(conn),
            Conn::Inline(conn) => Conn::Inline(conn),
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

/// Runs `query` inline, when the returned future is first polled: every row and
/// result at once (a statement of the writer's batch never waits on anything), or
/// only up to the first row. The statement first spends the task's cooperative
/// budget: an inline statement is always ready, so a long batch would otherwise hold
/// its async worker without ever letting the worker's other tasks run.
fn inline<'e, 'q: 'e, E>(
    conn: &'e mut InlineSqlite,
    mut query: E,
    wanted: Wanted,
) -> BoxFuture<'e, Result<Steps, sqlx::Error>>
where
    E: 'q + Execute<'q, Any>,
{
    async move {
        tokio::task::consume_budget().await;
        let arguments = query.take_arguments().map_err(sqlx::Error::Encode)?;
        conn.run_in_batch(query.sql(), arguments, wanted)
    }
    .boxed()
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
            Conn::Inline(conn) => futures::stream::once(inline(conn, query, Wanted::Everything))
                .flat_map(|ran| match ran {
                    Ok(steps) => futures::stream::iter(steps.into_iter().map(Ok)).left_stream(),
                    Err(e) => futures::stream::once(async move { Err(e) }).right_stream(),
                })
                .boxed(),
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
            Conn::Inline(conn) => inline(conn, query, Wanted::FirstRow)
                .map(|ran| {
                    ran.map(|steps| {
                        steps.into_iter().find_map(|step| match step {
                            Either::Right(row) => Some(row),
                            Either::Left(_) => None,
                        })
                    })
                })
                .boxed(),
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
            Conn::Inline(_) => unsupported("prepare"),
        }
    }

    fn describe<'e, 'q: 'e>(self, sql: &'q str) -> BoxFuture<'e, Result<Describe<Any>, sqlx::Error>>
    where
        'c: 'e,
    {
        match self {
            Conn::Any(conn) => conn.describe(sql),
            Conn::Inline(_) => unsupported("describe"),
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
    let error = sqlx::Error::Protocol(format!("{what} is not available on the inline writer"));
    async move { Err(error) }.boxed()
}
