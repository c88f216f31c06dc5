//! How each kind of object leaves its table for the recycle bin and comes back: its
//! columns, read into a JSON object (the bin entry's payload) and written back from it.
//! An object in the bin is not in its table, so no list, lookup or rule can see it.

use crate::sql::Conn;
use lers_domain::retention::BinKind;
use serde_json::{Map, Value};
use sqlx::any::AnyRow;
use sqlx::Row;

use crate::error::{Refusal, Result, StoreError};

/// A column and how it is typed.
#[derive(Clone, Copy)]
pub(super) enum Col {
    Text(&'static str),
    OptText(&'static str),
    Int(&'static str),
    OptInt(&'static str),
}

impl Col {
    fn name(self) -> &'static str {
        match self {
            Col::Text(n) | Col::OptText(n) | Col::Int(n) | Col::OptInt(n) => n,
        }
    }
}

/// The table an object of a kind lives in, the column that names it, and the columns
/// carried through the bin (the row id is not: a restored row gets a new one).
pub(super) struct TableSpec {
    pub table: &'static str,
    pub key: &'static str,
    pub cols: &'static [Col],
}

use Col::{Int, OptInt, OptText, Text};

const GOV_DOMAINS: TableSpec = TableSpec {
    table: "gov_domains",
    key: "id",
    cols: &[
        Text("pattern"),
        Text("domain_type"),
        Text("organization"),
        Text("suborganization"),
        Text("city"),
        Text("state"),
        Text("source"),
        Int("enabled"),
        Int("added_at"),
        Int("disabled_with_source"),
    ],
};

const DIRECTORY: TableSpec = TableSpec {
    table: "directory_accounts",
    key: "account_id",
    cols: &[
        Text("account_id"),
        Text("email"),
        Text("phone"),
        Text("username"),
        Text("home_region"),
        Int("enterprise"),
        OptText("restricted_by"),
        OptText("held_by"),
        OptInt("held_until"),
        Text("language"),
    ],
};

const AGENCIES: TableSpec = TableSpec {
    table: "agencies",
    key: "id",
    cols: &[
        Text("name"),
        Text("country"),
        Text("domains"),
        Text("switchboard"),
        Text("time_zone"),
        Text("source"),
        Text("verified_on"),
        Int("enabled"),
        Int("updated_at"),
    ],
};

const DOCUMENTS: TableSpec = TableSpec {
    table: "documents",
    key: "public_id",
    cols: &[
        Text("public_id"),
        Int("request_id"),
        OptInt("message_id"),
        Int("uploaded_by"),
        Text("file_name"),
        Text("content_type"),
        Int("size"),
        Text("sha256"),
        Text("blob_key"),
        Text("wrapped_key"),
        Int("key_version"),
        Int("created_at"),
        // The region whose store holds the file and whose name its encryption binds.
        OptText("region"),
    ],
};

const DRAFTS: TableSpec = TableSpec {
    table: "requests",
    key: "public_id",
    cols: &[
        Text("public_id"),
        Int("owner_id"),
        Text("kind"),
        Text("status"),
        Text("title"),
        Text("country"),
        Int("emergency"),
        Text("draft"),
        Int("created_at"),
        Int("updated_at"),
        Text("channel"),
        // The draft's data key: without it the sealed draft never opens again.
        OptText("wrapped_key"),
        OptInt("key_version"),
        OptText("region"),
    ],
};

/// What a draft request can have besides its row, carried with it (`request_id`
/// is set to the restored row's id).
pub(super) const DRAFT_CHILDREN: [TableSpec; 4] = [
    TableSpec {
        key: "request_id",
        ..DOCUMENTS
    },
    TableSpec {
        table: "request_access",
        key: "request_id",
        cols: &[Int("request_id"), Int("account_id"), Int("granted_at")],
    },
    TableSpec {
        table: "request_events",
        key: "request_id",
        cols: &[
            Int("request_id"),
            Int("at"),
            OptInt("actor_id"),
            Text("kind"),
            OptText("status"),
            Text("note"),
        ],
    },
    TableSpec {
        table: "request_targets",
        key: "request_id",
        cols: &[
            Int("request_id"),
            Text("target_type"),
            Text("normalized"),
            Text("value"),
        ],
    },
];

/// The table of a kind that leaves its table (a staff account stays in `accounts`).
pub(super) fn spec(kind: BinKind) -> Option<&'static TableSpec> {
    match kind {
        BinKind::AllowListEntry => Some(&GOV_DOMAINS),
        BinKind::DirectoryEntry => Some(&DIRECTORY),
        BinKind::Agency => Some(&AGENCIES),
        BinKind::Document => Some(&DOCUMENTS),
        BinKind::DraftRequest => Some(&DRAFTS),
        BinKind::StaffAccount => None,
    }
}

/// The value of the key column as text, whatever its type.
fn key_value(spec: &TableSpec, key: &str) -> Result<Value> {
    if matches!(spec.key, "id" | "request_id") {
        key.parse::<i64>()
            .map(Value::from)
            .map_err(|_| StoreError::NotFound)
    } else {
        Ok(Value::from(key))
    }
}

fn bind_value<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    value: &Value,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    match value {
        Value::Number(n) => query.bind(n.as_i64()),
        Value::String(s) => query.bind(s.clone()),
        _ => query.bind(None::<String>),
    }
}

fn read_row(spec: &TableSpec, row: &AnyRow) -> Result<Map<String, Value>> {
    let mut out = Map::new();
    for col in spec.cols {
        let value = match *col {
            Text(n) => Value::from(row.try_get::<String, _>(n)?),
            OptText(n) => row
                .try_get::<Option<String>, _>(n)?
                .map_or(Value::Null, Value::from),
            Int(n) => Value::from(row.try_get::<i64, _>(n)?),
            OptInt(n) => row
                .try_get::<Option<i64>, _>(n)?
                .map_or(Value::Null, Value::from),
        };
        out.insert(col.name().to_owned(), value);
    }
    Ok(out)
}

/// Reads the rows whose `spec.key` is `key` and deletes them, in the caller's
/// transaction.
pub(super) async fn take_rows(
    conn: &mut Conn<'_>,
    spec: &TableSpec,
    key: &str,
) -> Result<Vec<Map<String, Value>>> {
    let columns: Vec<&str> = spec.cols.iter().map(|c| c.name()).collect();
    let sql = format!(
        "SELECT {} FROM {} WHERE {} = $1",
        columns.join(", "),
        spec.table,
        spec.key
    );
    let key = key_value(spec, key)?;
    let rows = bind_value(sqlx::query(&sql), &key)
        .fetch_all(&mut *conn)
        .await?;
    let values = rows
        .iter()
        .map(|row| read_row(spec, row))
        .collect::<Result<Vec<_>>>()?;
    let sql = format!("DELETE FROM {} WHERE {} = $1", spec.table, spec.key);
    bind_value(sqlx::query(&sql), &key)
        .execute(&mut *conn)
        .await?;
    Ok(values)
}

/// Reads the object's one row and deletes it.
pub(super) async fn take_row(
    conn: &mut Conn<'_>,
    spec: &TableSpec,
    key: &str,
) -> Result<Map<String, Value>> {
    take_rows(conn, spec, key)
        .await?
        .into_iter()
        .next()
        .ok_or(StoreError::NotFound)
}

/// Writes the object's row back; a unique key taken meanwhile is a refusal naming
/// `what`. Returns the new row id where the table has one.
pub(super) async fn put_row(
    conn: &mut Conn<'_>,
    spec: &TableSpec,
    values: &Map<String, Value>,
    what: &str,
) -> Result<Option<i64>> {
    let columns: Vec<&str> = spec.cols.iter().map(|c| c.name()).collect();
    let returning = if spec.key == "id" {
        " RETURNING id"
    } else {
        ""
    };
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({}){returning}",
        spec.table,
        columns.join(", "),
        super::placeholders(1, columns.len())
    );
    let mut query = sqlx::query(&sql);
    for col in spec.cols {
        query = match (*col, values.get(col.name()).unwrap_or(&Value::Null)) {
            (Int(_) | OptInt(_), Value::Null) => query.bind(None::<i64>),
            (_, value) => bind_value(query, value),
        };
    }
    let row = query
        .fetch_optional(&mut *conn)
        .await
        .map_err(|e| conflict(e, what))?;
    match row {
        Some(row) if spec.key == "id" => Ok(Some(row.try_get::<i64, _>("id")?)),
        _ => Ok(None),
    }
}

/// A unique key taken meanwhile becomes [`Refusal::RestoreConflict`].
pub(super) fn conflict(e: sqlx::Error, what: &str) -> StoreError {
    if e.as_database_error()
        .is_some_and(|d| d.is_unique_violation())
    {
        Refusal::RestoreConflict {
            what: what.to_owned(),
        }
        .into()
    } else {
        e.into()
    }
}
