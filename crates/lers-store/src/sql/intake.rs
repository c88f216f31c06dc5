//! One intake: requests taken in by staff from other channels or imported from an
//! earlier queue, their arrival facts, and their external requesters — accounts that
//! cannot sign in until the person signs up with the same address and verifies it.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::account::{AccountKind, RequesterProfile, Roles};
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::request::intake::{Arrival, RequesterDetails};
use lers_domain::request::{RequestChannel, RequestDraft, RequestKind, RequestStatus};
use serde_json::json;
use sqlx::Row;

use super::links::NewAccount;
use super::request_rows::{corrupt, NewEvent, RequestRecord, RequestSummary, Submission};
use crate::error::Refusal;
use crate::model::{Account, Ctx};
use crate::sql::{event, opt_ts, placeholders, ts, SqlStore, WriteTx};
use crate::{Result, StoreError};

/// A request taken in by staff: its kind, arrival, requester and first content.
pub struct NewIntake<'a> {
    pub kind: RequestKind,
    pub arrival: &'a Arrival,
    pub requester: &'a RequesterDetails,
    pub draft: &'a RequestDraft,
}

/// The draft made by [`IntakeStore::open_intake`] and whose it is.
pub struct IntakeOpened {
    pub request: RequestRecord,
    pub owner: Account,
    /// The owner is an external requester (no portal account of their own yet).
    pub external: bool,
}

/// The arrival facts of one request and where its requester stands.
#[derive(Clone, Debug)]
pub struct IntakeRecord {
    pub arrival: Arrival,
    /// Name of the staff member who took it in (none for an import).
    pub registered_by: Option<String>,
    pub source_id: Option<String>,
    pub owner: Account,
    pub external: Option<ExternalState>,
}

/// Where an external requester stands.
#[derive(Clone, Debug)]
pub struct ExternalState {
    pub invited_at: Option<Timestamp>,
    /// Signed up with the same address and verified it: the account is theirs now.
    pub linked_at: Option<Timestamp>,
}

/// A draft taken in but not registered yet, for the intake page.
#[derive(Clone, Debug)]
pub struct IntakeLine {
    pub id: String,
    pub kind: RequestKind,
    pub title: String,
    pub channel: RequestChannel,
    pub received_at: Timestamp,
    pub requester: String,
}

/// One request of a legacy queue, checked and ready to store.
pub struct ImportItem<'a> {
    pub source_id: &'a str,
    pub kind: RequestKind,
    pub arrival: &'a Arrival,
    pub requester: &'a RequesterDetails,
    pub draft: &'a RequestDraft,
    pub submission: Submission<'a>,
}

#[async_trait]
pub trait IntakeStore: Send + Sync {
    /// Starts a draft on behalf of the requester (their account if the address has
    /// one, else an external requester), with its arrival facts.
    async fn open_intake(
        &self,
        staff: &Account,
        new: &NewIntake<'_>,
        ctx: &Ctx,
    ) -> Result<IntakeOpened>;
    /// The arrival facts of request `id`, if staff took it in.
    async fn intake_record(&self, id: &str) -> Result<Option<IntakeRecord>>;
    /// Drafts taken in and not yet registered, oldest receipt first.
    async fn intake_drafts(&self) -> Result<Vec<IntakeLine>>;
    /// Records that the external requester `owner` was invited to the portal.
    async fn mark_invited(&self, owner: &Account, ctx: &Ctx) -> Result<()>;
    /// Puts what was sent on paper on the request's timeline.
    async fn record_paper_reply(
        &self,
        staff: &Account,
        request: &RequestSummary,
        note: &str,
        ctx: &Ctx,
    ) -> Result<()>;
    /// Which of these accounts are external requesters not linked yet.
    async fn unlinked_externals(&self, account_ids: &[i64]) -> Result<Vec<i64>>;
    /// Which of these source ids were imported already.
    async fn imported_sources(&self, ids: &[String]) -> Result<Vec<String>>;
    /// Stores and submits every item in one transaction: all of them or none.
    /// Returns their references.
    async fn import_requests(&self, items: &[ImportItem<'_>], ctx: &Ctx) -> Result<Vec<String>>;
}

#[async_trait]
impl IntakeStore for SqlStore {
    async fn open_intake(
        &self,
        staff: &Account,
        new: &NewIntake<'_>,
        ctx: &Ctx,
    ) -> Result<IntakeOpened> {
        let mut tx = self.begin().await?;
        let (owner, external) = self
            .requester_account(&mut tx, new.requester, Some(staff), ctx)
            .await?;
        let id = self
            .insert_draft(&mut tx, &owner, new.kind, new.draft, ctx)
            .await?;
        self.insert_arrival(&mut tx, &id, new.arrival, Some(staff), None, ctx)
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::IntakeOpened, Outcome::Success)
                .subject(id.clone())
                .details(json!({
                    "channel": new.arrival.channel.as_str(),
                    "received_at": new.arrival.received_at.to_rfc3339(),
                    "owner": owner.pseudonym,
                    "external_requester": external,
                })),
        )
        .await?;
        let request = self.commit_and_read(tx, owner.id, &id).await?;
        Ok(IntakeOpened {
            request,
            owner,
            external,
        })
    }

    async fn intake_record(&self, id: &str) -> Result<Option<IntakeRecord>> {
        let Some(row) = sqlx::query(
            "SELECT i.channel, i.received_at, i.served_at, i.legal_entity, i.source_id, r.owner_id, \
             s.name AS registered_by, x.account_id AS external_id, x.invited_at, x.linked_at \
             FROM request_intake i JOIN requests r ON r.id = i.request_id \
             LEFT JOIN accounts s ON s.id = i.registered_by \
             LEFT JOIN external_requesters x ON x.account_id = r.owner_id \
             WHERE r.public_id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        else {
            return Ok(None);
        };
        let mut conn = self.pool().acquire().await?;
        let owner = self
            .account_by_id_in(&mut Conn::from(&mut conn), row.try_get("owner_id")?)
            .await?;
        let external_id: Option<i64> = row.try_get("external_id")?;
        Ok(Some(IntakeRecord {
            arrival: arrival_from_row(&row)?,
            registered_by: row.try_get("registered_by")?,
            source_id: row.try_get("source_id")?,
            owner,
            external: match external_id {
                Some(_) => Some(ExternalState {
                    invited_at: opt_ts(&row, "invited_at")?,
                    linked_at: opt_ts(&row, "linked_at")?,
                }),
                None => None,
            },
        }))
    }

    async fn intake_drafts(&self) -> Result<Vec<IntakeLine>> {
        let rows = sqlx::query(
            "SELECT r.public_id, r.kind, r.title, i.channel, i.received_at, a.name, a.email \
             FROM request_intake i JOIN requests r ON r.id = i.request_id JOIN accounts a ON a.id = r.owner_id \
             WHERE r.status = $1 ORDER BY i.received_at, r.id LIMIT 500",
        )
        .bind(RequestStatus::Draft.as_str())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let kind: String = row.try_get("kind")?;
                let channel: String = row.try_get("channel")?;
                let name: String = row.try_get("name")?;
                let email: String = row.try_get("email")?;
                Ok(IntakeLine {
                    id: row.try_get("public_id")?,
                    kind: RequestKind::parse(&kind).ok_or_else(|| corrupt("request kind"))?,
                    title: row.try_get("title")?,
                    channel: RequestChannel::parse(&channel).ok_or_else(|| corrupt("channel"))?,
                    received_at: ts(row, "received_at")?,
                    requester: format!("{name} <{email}>"),
                })
            })
            .collect()
    }

    async fn mark_invited(&self, owner: &Account, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE external_requesters SET invited_at = $1 WHERE account_id = $2 AND linked_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(owner.id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            // Linked meanwhile (or never external): there is nobody to invite.
            return Err(StoreError::NotFound);
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ExternalRequesterInvited, Outcome::Success)
                .subject(owner.pseudonym.clone()),
        )
        .await?;
        tx.commit().await
    }

    async fn record_paper_reply(
        &self,
        staff: &Account,
        request: &RequestSummary,
        note: &str,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        self.add_event(
            &mut tx.conn(),
            NewEvent {
                request_id: request.row_id,
                actor_id: staff.id,
                kind: "paper_reply",
                status: None,
                note,
                at: ctx.at,
            },
        )
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::PaperReplyRecorded, Outcome::Success)
                .subject(
                    request
                        .reference
                        .clone()
                        .unwrap_or_else(|| request.id.clone()),
                )
                .details(json!({"request": request.id})),
        )
        .await?;
        tx.commit().await
    }

    async fn unlinked_externals(&self, account_ids: &[i64]) -> Result<Vec<i64>> {
        if account_ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT account_id FROM external_requesters WHERE linked_at IS NULL AND account_id IN ({})",
            placeholders(1, account_ids.len())
        );
        let mut query = sqlx::query_scalar::<_, i64>(&sql);
        for id in account_ids {
            query = query.bind(id);
        }
        Ok(query.fetch_all(self.pool()).await?)
    }

    async fn imported_sources(&self, ids: &[String]) -> Result<Vec<String>> {
        let mut found = Vec::new();
        // Bounded batches keep the statement small whatever the file's length.
        for batch in ids.chunks(500) {
            let sql = format!(
                "SELECT source_id FROM request_intake WHERE source_id IN ({})",
                placeholders(1, batch.len())
            );
            let mut query = sqlx::query_scalar::<_, String>(&sql);
            for id in batch {
                query = query.bind(id);
            }
            found.extend(query.fetch_all(self.pool()).await?);
        }
        Ok(found)
    }

    async fn import_requests(&self, items: &[ImportItem<'_>], ctx: &Ctx) -> Result<Vec<String>> {
        let mut tx = self.begin().await?;
        // The years' reference counters first, then the audit head (at the first
        // entry), as every submission takes them: on PostgreSQL an import that took
        // the head first could deadlock with a filing waiting on its counter.
        let mut years: Vec<i64> = items
            .iter()
            .map(|item| i64::from(item.submission.year))
            .collect();
        years.sort_unstable();
        years.dedup();
        for year in years {
            sqlx::query(
                "INSERT INTO reference_counters (year, last) VALUES ($1, 0) \
                 ON CONFLICT (year) DO UPDATE SET last = reference_counters.last",
            )
            .bind(year)
            .execute(tx.conn())
            .await?;
        }
        let mut references = Vec::with_capacity(items.len());
        for item in items {
            let (owner, _) = self
                .requester_account(&mut tx, item.requester, None, ctx)
                .await?;
            let id = self
                .insert_draft(&mut tx, &owner, item.kind, item.draft, ctx)
                .await?;
            let reference = self
                .submit_in(&mut tx, &owner, &id, &item.submission, ctx)
                .await?;
            self.insert_arrival(&mut tx, &id, item.arrival, None, Some(item.source_id), ctx)
                .await?;
            references.push(reference);
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RequestsImported, Outcome::Success)
                .details(json!({"requests": items.len(), "references": references})),
        )
        .await?;
        tx.commit().await?;
        Ok(references)
    }
}

/// Whether `account_id` is an external requester not linked yet (nobody has proved
/// its mailbox).
pub(super) async fn unlinked_external(conn: &mut Conn<'_>, account_id: i64) -> Result<bool> {
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM external_requesters WHERE account_id = $1 AND linked_at IS NULL",
    )
    .bind(account_id)
    .fetch_one(conn)
    .await?;
    Ok(count > 0)
}

fn arrival_from_row(row: &sqlx::any::AnyRow) -> Result<Arrival> {
    let channel: String = row.try_get("channel")?;
    Ok(Arrival {
        channel: RequestChannel::parse(&channel).ok_or_else(|| corrupt("channel"))?,
        received_at: ts(row, "received_at")?,
        served_at: opt_ts(row, "served_at")?,
        legal_entity: row.try_get("legal_entity")?,
    })
}

impl SqlStore {
    /// The account a request from `details` belongs to: the requester account with
    /// that address, or a new external requester. The flag says it is external.
    pub(crate) async fn requester_account(
        &self,
        tx: &mut WriteTx<'_>,
        details: &RequesterDetails,
        staff: Option<&Account>,
        ctx: &Ctx,
    ) -> Result<(Account, bool)> {
        if let Some(existing) = self
            .account_where(&mut tx.conn(), "a.email = $1", &details.email)
            .await?
        {
            if existing.kind != AccountKind::Requester {
                return Err(Refusal::EmailTaken {
                    email: details.email.clone(),
                }
                .into());
            }
            let external = unlinked_external(&mut tx.conn(), existing.id).await?;
            return Ok((existing, external));
        }
        // The details come from the legal process, typed by staff: not from whoever
        // might later claim the address, who must verify it to take the account.
        let profile = RequesterProfile {
            name: details.name.clone(),
            agency: details.agency.clone(),
            phone: details.phone.clone(),
            country: details.country.clone(),
            ..RequesterProfile::default()
        };
        let account = self
            .insert_account(
                &mut tx.conn(),
                NewAccount {
                    kind: AccountKind::Requester,
                    email: &details.email,
                    name: &details.name,
                    profile: &profile,
                    matched_rule: None,
                    roles: &Roles::none(),
                    email_verified_at: None,
                    password_hash: None,
                },
                ctx.at,
            )
            .await?;
        sqlx::query("INSERT INTO external_requesters (account_id, created_by, created_at) VALUES ($1, $2, $3)")
            .bind(account.id)
            .bind(staff.map(|s| s.id))
            .bind(ctx.at.unix_millis())
            .execute(tx.conn())
            .await?;
        Ok((account, true))
    }

    async fn insert_arrival(
        &self,
        tx: &mut WriteTx<'_>,
        id: &str,
        arrival: &Arrival,
        staff: Option<&Account>,
        source_id: Option<&str>,
        ctx: &Ctx,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO request_intake (request_id, channel, received_at, served_at, legal_entity, registered_by, source_id, created_at) \
             SELECT id, $2, $3, $4, $5, $6, $7, $8 FROM requests WHERE public_id = $1",
        )
        .bind(id)
        .bind(arrival.channel.as_str())
        .bind(arrival.received_at.unix_millis())
        .bind(arrival.served_at.map(Timestamp::unix_millis))
        .bind(&arrival.legal_entity)
        .bind(staff.map(|s| s.id))
        .bind(source_id)
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        Ok(())
    }

    /// Inside the verification of `account`'s address: if it was an external
    /// requester, it is linked now, with an audit entry for each of its requests.
    pub(super) async fn link_external_in(
        &self,
        tx: &mut WriteTx<'_>,
        account: &Account,
        ctx: &Ctx,
    ) -> Result<()> {
        let done = sqlx::query(
            "UPDATE external_requesters SET linked_at = $1 WHERE account_id = $2 AND linked_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(account.id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() == 0 {
            return Ok(());
        }
        let rows = sqlx::query(
            "SELECT public_id, reference FROM requests WHERE owner_id = $1 ORDER BY id",
        )
        .bind(account.id)
        .fetch_all(tx.conn())
        .await?;
        for row in rows {
            let id: String = row.try_get("public_id")?;
            let reference: Option<String> = row.try_get("reference")?;
            self.audit(
                tx,
                event(ctx, AuditAction::ExternalRequesterLinked, Outcome::Success)
                    .subject(reference.unwrap_or_else(|| id.clone()))
                    .details(json!({"request": id, "account": account.pseudonym})),
            )
            .await?;
        }
        Ok(())
    }
}
