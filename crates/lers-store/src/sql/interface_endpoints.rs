//! The registry of interface endpoints: authorities' systems that send orders over
//! ETSI TS 103 120 (HI-1). One admin proposes a registration, a second approves it
//! (`lers_domain::interface::may_approve`), any admin disables one. Each endpoint owns
//! its orders through a requester account made for it (an external requester, named
//! after the authority, with its contact's address).

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::interface::{
    may_approve, may_disable, EndpointAuth, EndpointIdentity, EndpointRefusal,
    EndpointRegistration, EndpointRole, EndpointState,
};
use lers_domain::request::intake::RequesterDetails;
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::core::SqlStore;
use super::four_eyes::Decision;
use super::request_rows::corrupt;
use super::rows::{event, opt_ts, ts};
use crate::error::{refused, Result, StoreError};
use crate::model::{Account, Ctx};

/// A registered endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointRecord {
    pub id: i64,
    pub identity: EndpointIdentity,
    pub name: String,
    pub auth: EndpointAuth,
    pub notify_url: Option<String>,
    pub contact_email: String,
    /// Whether it files orders (issuing) or only sends EA decisions (enforcing).
    pub role: EndpointRole,
    /// The requester account that owns the endpoint's orders.
    pub owner_account_id: i64,
    pub proposed_by: i64,
    pub proposed_at: Timestamp,
    pub approved_by: Option<i64>,
    pub approved_at: Option<Timestamp>,
    pub disabled_at: Option<Timestamp>,
}

impl EndpointRecord {
    pub fn state(&self) -> EndpointState {
        if self.disabled_at.is_some() {
            EndpointState::Disabled
        } else if self.approved_at.is_some() {
            EndpointState::Active
        } else {
            EndpointState::Proposed
        }
    }

    /// Whether the endpoint may send messages now.
    pub fn is_active(&self) -> bool {
        self.state() == EndpointState::Active
    }
}

#[async_trait]
pub trait InterfaceEndpointStore: Send + Sync {
    /// Records `admin`'s proposal to register an endpoint, with the requester account
    /// that will own its orders. A duplicate identity or credential is refused.
    async fn propose_endpoint(
        &self,
        admin: &Account,
        registration: &EndpointRegistration,
        ctx: &Ctx,
    ) -> Result<EndpointRecord>;
    /// A second admin approves the proposal they were shown (made at `shown`): the
    /// endpoint may speak from now on. A row id names a registration only with its time:
    /// a proposal voided and removed can free its id for the next one (SQLite reuses
    /// the highest), which a page still showing the old one must not approve.
    async fn approve_endpoint(
        &self,
        admin: &Account,
        id: i64,
        shown: Timestamp,
        ctx: &Ctx,
    ) -> Result<EndpointRecord>;
    /// Any admin disables an endpoint: its messages are refused from now on.
    async fn disable_endpoint(&self, admin: &Account, id: i64, ctx: &Ctx)
        -> Result<EndpointRecord>;
    /// Every endpoint, newest first.
    async fn interface_endpoints(&self) -> Result<Vec<EndpointRecord>>;
    async fn interface_endpoint(&self, id: i64) -> Result<Option<EndpointRecord>>;
    /// The endpoint registered with this credential (certificate fingerprint or key).
    async fn endpoint_by_auth(&self, auth: &EndpointAuth) -> Result<Option<EndpointRecord>>;
    /// The endpoint registered with this identity.
    async fn endpoint_by_identity(
        &self,
        identity: &EndpointIdentity,
    ) -> Result<Option<EndpointRecord>>;
}

const COLUMNS: &str = "id, country, identifier, name, auth_kind, credential, notify_url, contact_email, role, owner_account_id, proposed_by, proposed_at, approved_by, approved_at, disabled_at";

#[async_trait]
impl InterfaceEndpointStore for SqlStore {
    async fn propose_endpoint(
        &self,
        admin: &Account,
        registration: &EndpointRegistration,
        ctx: &Ctx,
    ) -> Result<EndpointRecord> {
        let mut tx = self.begin().await?;
        let taken: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM interface_endpoints WHERE (country = $1 AND identifier = $2) OR credential = $3",
        )
        .bind(&registration.identity.country)
        .bind(&registration.identity.identifier)
        .bind(registration.auth.credential_hex())
        .fetch_one(tx.conn())
        .await?;
        if taken > 0 {
            return Err(refused(EndpointRefusal::Duplicate));
        }
        let details = RequesterDetails {
            name: registration.name.clone(),
            agency: registration.name.clone(),
            email: registration.contact_email.clone(),
            phone: String::new(),
            country: registration.identity.country.clone(),
        };
        let (owner, _) = self
            .requester_account(&mut tx, &details, Some(admin), ctx)
            .await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO interface_endpoints (country, identifier, name, auth_kind, credential, notify_url, contact_email, owner_account_id, proposed_by, proposed_at, role) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(&registration.identity.country)
        .bind(&registration.identity.identifier)
        .bind(&registration.name)
        .bind(registration.auth.kind())
        .bind(registration.auth.credential_hex())
        .bind(registration.notify_url.as_deref())
        .bind(&registration.contact_email)
        .bind(owner.id)
        .bind(admin.id)
        .bind(ctx.at.unix_millis())
        .bind(registration.role.as_str())
        .fetch_one(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(
                ctx,
                AuditAction::InterfaceEndpointProposed,
                Outcome::Success,
            )
            .subject(format!("endpoint:{id}"))
            .details(json!({
                "endpoint": registration.identity.to_string(),
                "name": registration.name,
                "auth": registration.auth.kind(),
                "credential": registration.auth.credential_hex(),
                "notify_url": registration.notify_url,
                "role": registration.role.as_str(),
                "owner": owner.pseudonym,
            })),
        )
        .await?;
        let record = read_in(&mut tx.conn(), id).await?;
        tx.commit().await?;
        Ok(record)
    }

    async fn approve_endpoint(
        &self,
        admin: &Account,
        id: i64,
        shown: Timestamp,
        ctx: &Ctx,
    ) -> Result<EndpointRecord> {
        let approved = self
            .change_state(
                StateChange {
                    id,
                    rule: &|r: &EndpointRecord| {
                        if r.proposed_at != shown {
                            return Err(EndpointRefusal::NotProposed);
                        }
                        may_approve(r.state(), r.proposed_by, admin.id)
                    },
                    approval: true,
                    sql: "UPDATE interface_endpoints SET approved_by = $1, approved_at = $2 WHERE id = $3 AND approved_at IS NULL AND disabled_at IS NULL",
                    raced: EndpointRefusal::NotProposed,
                    action: AuditAction::InterfaceEndpointApproved,
                },
                admin,
                ctx,
            )
            .await;
        let decision = Decision {
            kind: "interface_endpoint",
            subject: format!("endpoint:{id}"),
            approve: true,
        };
        self.audit_refused_decision(approved, decision, ctx).await
    }

    async fn disable_endpoint(
        &self,
        admin: &Account,
        id: i64,
        ctx: &Ctx,
    ) -> Result<EndpointRecord> {
        self.change_state(
            StateChange {
                id,
                rule: &|r: &EndpointRecord| may_disable(r.state()),
                approval: false,
                sql: "UPDATE interface_endpoints SET disabled_by = $1, disabled_at = $2 WHERE id = $3 AND disabled_at IS NULL",
                raced: EndpointRefusal::AlreadyDisabled,
                action: AuditAction::InterfaceEndpointDisabled,
            },
            admin,
            ctx,
        )
        .await
    }

    async fn interface_endpoints(&self) -> Result<Vec<EndpointRecord>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM interface_endpoints ORDER BY id DESC"
        ))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    async fn interface_endpoint(&self, id: i64) -> Result<Option<EndpointRecord>> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM interface_endpoints WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(from_row).transpose()
    }

    async fn endpoint_by_auth(&self, auth: &EndpointAuth) -> Result<Option<EndpointRecord>> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM interface_endpoints WHERE auth_kind = $1 AND credential = $2"
        ))
        .bind(auth.kind())
        .bind(auth.credential_hex())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(from_row).transpose()
    }

    async fn endpoint_by_identity(
        &self,
        identity: &EndpointIdentity,
    ) -> Result<Option<EndpointRecord>> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM interface_endpoints WHERE country = $1 AND identifier = $2"
        ))
        .bind(&identity.country)
        .bind(&identity.identifier)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(from_row).transpose()
    }
}

/// An approval or a disabling: the rule that must allow it, and the row change (binding
/// the admin, the time and the endpoint).
struct StateChange<'a> {
    id: i64,
    rule: &'a (dyn Fn(&EndpointRecord) -> std::result::Result<(), EndpointRefusal> + Sync),
    /// A second admin's approval: the proposer must still stand behind the proposal.
    approval: bool,
    /// Guarded by the state the rule saw, so two admins acting at once on
    /// PostgreSQL cannot both succeed: the one that finds it changed gets `raced`.
    sql: &'static str,
    raced: EndpointRefusal,
    action: AuditAction,
}

impl SqlStore {
    /// Applies `change` in one transaction if its rule allows, with its audit entry.
    async fn change_state(
        &self,
        change: StateChange<'_>,
        admin: &Account,
        ctx: &Ctx,
    ) -> Result<EndpointRecord> {
        let mut tx = self.begin().await?;
        let record = read_in(&mut tx.conn(), change.id).await?;
        (change.rule)(&record).map_err(refused)?;
        if change.approval {
            self.check_proposer_stands(&mut tx.conn(), record.proposed_by, record.proposed_at)
                .await?;
        }
        let done = sqlx::query(change.sql)
            .bind(admin.id)
            .bind(ctx.at.unix_millis())
            .bind(change.id)
            .execute(tx.conn())
            .await?;
        if done.rows_affected() != 1 {
            return Err(refused(change.raced));
        }
        self.audit(
            &mut tx,
            event(ctx, change.action, Outcome::Success)
                .subject(format!("endpoint:{}", change.id))
                .details(json!({"endpoint": record.identity.to_string()})),
        )
        .await?;
        let record = read_in(&mut tx.conn(), change.id).await?;
        tx.commit().await?;
        Ok(record)
    }
}

async fn read_in(conn: &mut Conn<'_>, id: i64) -> Result<EndpointRecord> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM interface_endpoints WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await?;
    row.as_ref()
        .map(from_row)
        .transpose()?
        .ok_or(StoreError::NotFound)
}

fn from_row(row: &AnyRow) -> Result<EndpointRecord> {
    let kind: String = row.try_get("auth_kind")?;
    let credential: String = row.try_get("credential")?;
    let role: String = row.try_get("role")?;
    Ok(EndpointRecord {
        id: row.try_get("id")?,
        identity: EndpointIdentity {
            country: row.try_get("country")?,
            identifier: row.try_get("identifier")?,
        },
        name: row.try_get("name")?,
        auth: EndpointAuth::from_stored(&kind, &credential).ok_or_else(|| corrupt("credential"))?,
        notify_url: row.try_get("notify_url")?,
        contact_email: row.try_get("contact_email")?,
        role: EndpointRole::parse(&role).ok_or_else(|| corrupt("endpoint role"))?,
        owner_account_id: row.try_get("owner_account_id")?,
        proposed_by: row.try_get("proposed_by")?,
        proposed_at: ts(row, "proposed_at")?,
        approved_by: row.try_get("approved_by")?,
        approved_at: opt_ts(row, "approved_at")?,
        disabled_at: opt_ts(row, "disabled_at")?,
    })
}
