//! The staff-notification sweep, run at every pass of the job runner: the clocks at
//! 75 % and at breach, preservations ending (holds and EU preservations), an
//! enforcing authority's window closing, Form 6 / Form 5 arriving on an EU
//! preservation, reviewed cases waiting for an approver,
//! role grants and second-factor resets waiting for a second admin. What is due is
//! read from the stored facts at `now` (the injected clock); each occurrence is made
//! once, in its own transaction, by `notify_in`.
//!
//! Who is told about a case: its assignee; an unassigned case's reviewers — active
//! staff with the reviewer role whose data-sharing rule reaches the case's region and
//! who do not see only their own cases. An approval waits for the approvers who reach
//! it, never the reviewer; a role grant for every other active admin.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::account::Role;
use lers_domain::clock::Timestamp;
use lers_domain::eu::preservation::KeptUntil;
use lers_domain::staff_notice::{
    eu_clocks_ending, three_quarters, Occurrence, Subject, Trigger, PRESERVATION_NOTICE,
};
use sqlx::Row;

use super::eu_orders::EuOrderStore;
use super::notifications::NewNotice;
use crate::sql::SqlStore;
use crate::Result;

/// The sweep.
#[async_trait]
pub trait NoticeSweepStore: Send + Sync {
    /// Makes every notification due at `now`; `default_region` is where a case
    /// without a region lives. Answers how many were made.
    async fn sweep_staff_notices(&self, now: Timestamp, default_region: &str) -> Result<usize>;
}

/// A case as the sweep sees it.
struct Case {
    id: i64,
    public_id: String,
    reference: String,
    emergency: bool,
    assignee: Option<i64>,
    region: String,
}

const CASE_COLUMNS: &str =
    "r.id, r.public_id, COALESCE(r.reference, '') AS reference, r.emergency, \
     r.assignee_id, COALESCE(r.region, $1) AS region";

fn case_from(row: &sqlx::any::AnyRow) -> Result<Case> {
    Ok(Case {
        id: row.try_get("id")?,
        public_id: row.try_get("public_id")?,
        reference: row.try_get("reference")?,
        emergency: row.try_get::<i64, _>("emergency")? != 0,
        assignee: row.try_get("assignee_id")?,
        region: row.try_get("region")?,
    })
}

impl SqlStore {
    /// `assignee`, if they are active staff with a case role whose data-sharing rule
    /// reaches `region` (an "assigned only" rule reaches their own cases).
    async fn assignee_reaching(
        &self,
        conn: &mut Conn<'_>,
        assignee: i64,
        region: &str,
    ) -> Result<Option<i64>> {
        let case_role = [Role::Intake, Role::Reviewer, Role::Approver, Role::Producer]
            .map(|role| format!("(',' || a.roles || ',') LIKE '%,{},%'", role.as_str()))
            .join(" OR ");
        Ok(sqlx::query_scalar(&format!(
            "SELECT a.id FROM accounts a LEFT JOIN staff_limits l ON l.account_id = a.id \
             WHERE a.id = $1 AND a.kind = 'staff' AND a.status = 'active' AND ({case_role}) \
             AND (COALESCE(l.regions, '') = '' OR l.regions LIKE $2)"
        ))
        .bind(assignee)
        .bind(format!("%,{region},%"))
        .fetch_optional(conn)
        .await?)
    }

    /// Active staff with `role`; with a `region`, only those whose data-sharing rule
    /// reaches it (and who see more than their own cases).
    pub(crate) async fn staff_reaching(
        &self,
        conn: &mut Conn<'_>,
        role: Role,
        region: Option<&str>,
    ) -> Result<Vec<i64>> {
        let reach = match region {
            Some(_) => "AND COALESCE(l.assigned_only, 0) = 0 AND (COALESCE(l.regions, '') = '' OR l.regions LIKE $2)",
            None => "AND $2 = $2",
        };
        Ok(sqlx::query_scalar(&format!(
            "SELECT a.id FROM accounts a LEFT JOIN staff_limits l ON l.account_id = a.id \
             WHERE a.kind = 'staff' AND a.status = 'active' AND (',' || a.roles || ',') LIKE $1 {reach} ORDER BY a.id"
        ))
        .bind(format!("%,{},%", role.as_str()))
        .bind(format!("%,{},%", region.unwrap_or_default()))
        .fetch_all(conn)
        .await?)
    }

    /// Tells `recipients` (worked out only if nobody was told yet) of `occurrence`.
    async fn notify_case(
        &self,
        case: &Case,
        occurrence: Occurrence,
        recipients: Recipients,
        now: Timestamp,
    ) -> Result<usize> {
        let mut tx = self.begin().await?;
        if self.already_notified(&mut tx.conn(), &occurrence).await? {
            return Ok(0);
        }
        // An assignee who can no longer act on the case (disabled, no case role left,
        // or a rule narrowed away from its region) neither hears of it nor swallows the
        // notice: the reviewers who reach it are told instead.
        let assignee = match case.assignee {
            Some(id) => {
                self.assignee_reaching(&mut tx.conn(), id, &case.region)
                    .await?
            }
            None => None,
        };
        let people = match (recipients, assignee) {
            (Recipients::CaseWorkers, Some(assignee)) => vec![assignee],
            (Recipients::CaseWorkers, None) => {
                self.staff_reaching(&mut tx.conn(), Role::Reviewer, Some(&case.region))
                    .await?
            }
            (Recipients::Approvers { except }, _) => self
                .staff_reaching(&mut tx.conn(), Role::Approver, Some(&case.region))
                .await?
                .into_iter()
                .filter(|a| *a != except)
                .collect(),
        };
        let notice = NewNotice {
            occurrence,
            request_id: Some(case.id),
            reference: &case.reference,
            link: format!("/staff/requests/{}", case.public_id),
            emergency: case.emergency,
        };
        let made = self
            .notify_in(&mut tx.conn(), &notice, &people, now)
            .await?;
        tx.commit().await?;
        Ok(made)
    }

    async fn sweep_clocks(&self, now: Timestamp, default_region: &str) -> Result<usize> {
        // Cases waiting for the provider (received, in review, approved but not yet
        // produced) past three quarters of their clock: (due − start) · 3/4 ≤ now −
        // start. A preservation in force or a question to the requester stops the clock.
        let rows = sqlx::query(&format!(
            "SELECT {CASE_COLUMNS}, r.due_at, COALESCE(r.received_at, r.submitted_at) AS started FROM requests r \
             WHERE r.status IN ('submitted', 'in_review', 'approved') AND r.due_at IS NOT NULL \
             AND COALESCE(r.received_at, r.submitted_at) IS NOT NULL \
             AND (r.due_at - COALESCE(r.received_at, r.submitted_at)) / 4 * 3 <= $2 - COALESCE(r.received_at, r.submitted_at) \
             AND NOT EXISTS (SELECT 1 FROM staff_notifications n \
                 WHERE n.trigger_kind = CASE WHEN r.due_at <= $2 THEN $3 ELSE $4 END \
                 AND n.subject_kind = 'request' AND n.subject_id = r.id AND n.occurrence_at = r.due_at) \
             ORDER BY r.id"
        ))
        .bind(default_region)
        .bind(now.unix_millis())
        .bind(Trigger::ClockBreached.as_str())
        .bind(Trigger::ClockThreeQuarters.as_str())
        .fetch_all(self.pool())
        .await?;
        let mut made = 0;
        for row in &rows {
            let case = case_from(row)?;
            let due: i64 = row.try_get("due_at")?;
            let started = Timestamp::from_unix_millis(row.try_get("started")?);
            let due_at = Timestamp::from_unix_millis(due);
            // Past due: the breach alone (a 75 % mark found late is no longer news).
            let trigger = match due_at <= now {
                true => Trigger::ClockBreached,
                false if three_quarters(started, due_at) <= now => Trigger::ClockThreeQuarters,
                false => continue,
            };
            let occurrence = Occurrence {
                trigger,
                subject: Subject::Request(case.id),
                at: due,
            };
            made += self
                .notify_case(&case, occurrence, Recipients::CaseWorkers, now)
                .await?;
        }
        Ok(made)
    }

    async fn sweep_preservations(&self, now: Timestamp, default_region: &str) -> Result<usize> {
        let rows = sqlx::query(&format!(
            "SELECT {CASE_COLUMNS}, h.expires_at FROM holds h JOIN requests r ON r.id = h.request_id \
             WHERE h.ended_at IS NULL AND h.expires_at > $2 AND h.expires_at <= $3 \
             AND NOT EXISTS (SELECT 1 FROM staff_notifications n WHERE n.trigger_kind = $4 \
                 AND n.subject_kind = 'request' AND n.subject_id = r.id AND n.occurrence_at = h.expires_at) \
             ORDER BY r.id"
        ))
        .bind(default_region)
        .bind(now.unix_millis())
        .bind(now.plus(PRESERVATION_NOTICE).unix_millis())
        .bind(Trigger::PreservationEnding.as_str())
        .fetch_all(self.pool())
        .await?;
        let mut made = 0;
        for row in &rows {
            let case = case_from(row)?;
            let occurrence = Occurrence {
                trigger: Trigger::PreservationEnding,
                subject: Subject::Request(case.id),
                at: row.try_get("expires_at")?,
            };
            made += self
                .notify_case(&case, occurrence, Recipients::CaseWorkers, now)
                .await?;
        }
        Ok(made)
    }

    /// Form 6 (`extended_at`) and Form 5 (`awaiting_since`) on EU preservations in force.
    async fn sweep_eu_forms(&self, now: Timestamp, default_region: &str) -> Result<usize> {
        let not_told = |column: &str| {
            format!(
                "(p.{column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM staff_notifications n \
                 WHERE n.trigger_kind = $2 AND n.subject_kind = 'request' AND n.subject_id = r.id \
                 AND n.occurrence_at = p.{column}))"
            )
        };
        let rows = sqlx::query(&format!(
            "SELECT {CASE_COLUMNS}, p.extended_at, p.awaiting_since FROM eu_preservations p \
             JOIN requests r ON r.id = p.request_id WHERE p.ended_at IS NULL AND ({} OR {}) ORDER BY r.id",
            not_told("extended_at"),
            not_told("awaiting_since")
        ))
        .bind(default_region)
        .bind(Trigger::EuFormArrived.as_str())
        .fetch_all(self.pool())
        .await?;
        let mut made = 0;
        for row in &rows {
            let case = case_from(row)?;
            let forms: [Option<i64>; 2] =
                [row.try_get("extended_at")?, row.try_get("awaiting_since")?];
            for at in forms.into_iter().flatten() {
                let occurrence = Occurrence {
                    trigger: Trigger::EuFormArrived,
                    subject: Subject::Request(case.id),
                    at,
                };
                made += self
                    .notify_case(&case, occurrence, Recipients::CaseWorkers, now)
                    .await?;
            }
        }
        Ok(made)
    }

    /// EU orders in force: a notified enforcing authority's window closing before it
    /// decided, and an EU preservation's fixed end (the domain's clocks, Form 6 and
    /// Form 5 included, say when).
    async fn sweep_eu_clocks(&self, now: Timestamp, default_region: &str) -> Result<usize> {
        let rows = sqlx::query(&format!(
            "SELECT {CASE_COLUMNS}, CASE WHEN EXISTS (SELECT 1 FROM eu_ea_decisions d \
             WHERE d.request_id = r.id) THEN 1 ELSE 0 END AS ea_decided FROM eu_preservations p JOIN requests r ON r.id = p.request_id \
             WHERE p.ended_at IS NULL ORDER BY r.id"
        ))
        .bind(default_region)
        .fetch_all(self.pool())
        .await?;
        let mut cases = Vec::with_capacity(rows.len());
        for row in &rows {
            let decided: i64 = row.try_get("ea_decided")?;
            cases.push((case_from(row)?, decided != 0));
        }
        let ids: Vec<i64> = cases.iter().map(|(case, _)| case.id).collect();
        let facts: std::collections::HashMap<i64, _> =
            self.eu_order_facts_of(&ids).await?.into_iter().collect();
        let mut made = 0;
        for (case, ea_decided) in &cases {
            let Some(order) = facts.get(&case.id) else {
                continue;
            };
            let clocks = order.preservation.clocks;
            let ea_window = clocks
                .ea_window(order.preservation.kind, order.ea_notified)
                .filter(|_| !ea_decided);
            let kept_until = match order.preservation.kept_until(now) {
                KeptUntil::At { at } => Some(at),
                _ => None,
            };
            for (trigger, at) in eu_clocks_ending(ea_window, kept_until, now) {
                let occurrence = Occurrence {
                    trigger,
                    subject: Subject::Request(case.id),
                    at: at.unix_millis(),
                };
                made += self
                    .notify_case(case, occurrence, Recipients::CaseWorkers, now)
                    .await?;
            }
        }
        Ok(made)
    }

    async fn sweep_reviewed(&self, now: Timestamp, default_region: &str) -> Result<usize> {
        let rows = sqlx::query(&format!(
            "SELECT {CASE_COLUMNS}, v.reviewer_id, v.reviewed_at FROM reviews v JOIN requests r ON r.id = v.request_id \
             WHERE r.status = 'in_review' \
             AND NOT EXISTS (SELECT 1 FROM staff_notifications n WHERE n.trigger_kind = $2 \
                 AND n.subject_kind = 'request' AND n.subject_id = r.id AND n.occurrence_at = v.reviewed_at) \
             ORDER BY r.id"
        ))
        .bind(default_region)
        .bind(Trigger::ApprovalWaiting.as_str())
        .fetch_all(self.pool())
        .await?;
        let mut made = 0;
        for row in &rows {
            let case = case_from(row)?;
            let occurrence = Occurrence {
                trigger: Trigger::ApprovalWaiting,
                subject: Subject::Request(case.id),
                at: row.try_get("reviewed_at")?,
            };
            let except = row.try_get("reviewer_id")?;
            made += self
                .notify_case(&case, occurrence, Recipients::Approvers { except }, now)
                .await?;
        }
        Ok(made)
    }

    async fn sweep_pending_approvals(&self, now: Timestamp) -> Result<usize> {
        let rows = sqlx::query(
            "SELECT p.id, p.public_id, p.proposed_by, p.target_id, p.proposed_at FROM pending_approvals p \
             WHERE p.state = 'pending' AND p.expires_at > $1 \
             AND NOT EXISTS (SELECT 1 FROM staff_notifications n WHERE n.trigger_kind = $2 \
                 AND n.subject_kind = 'approval' AND n.subject_id = p.id AND n.occurrence_at = p.proposed_at) \
             ORDER BY p.id",
        )
        .bind(now.unix_millis())
        .bind(Trigger::ApprovalWaiting.as_str())
        .fetch_all(self.pool())
        .await?;
        let mut made = 0;
        for row in &rows {
            let occurrence = Occurrence {
                trigger: Trigger::ApprovalWaiting,
                subject: Subject::PendingApproval(row.try_get("id")?),
                at: row.try_get("proposed_at")?,
            };
            let (proposer, target): (i64, i64) =
                (row.try_get("proposed_by")?, row.try_get("target_id")?);
            let mut tx = self.begin().await?;
            if self.already_notified(&mut tx.conn(), &occurrence).await? {
                continue;
            }
            let admins: Vec<i64> = self
                .staff_reaching(&mut tx.conn(), Role::Admin, None)
                .await?
                .into_iter()
                .filter(|a| *a != proposer && *a != target)
                .collect();
            let public_id: String = row.try_get("public_id")?;
            let notice = NewNotice {
                occurrence,
                request_id: None,
                reference: &public_id,
                link: "/staff/accounts".into(),
                emergency: false,
            };
            made += self
                .notify_in(&mut tx.conn(), &notice, &admins, now)
                .await?;
            tx.commit().await?;
        }
        Ok(made)
    }
}

/// Who hears of an occurrence about a case.
#[derive(Clone, Copy)]
enum Recipients {
    /// The assignee, or the reviewers who reach an unassigned case.
    CaseWorkers,
    /// The approvers who reach the case, except its reviewer (four eyes).
    Approvers { except: i64 },
}

#[async_trait]
impl NoticeSweepStore for SqlStore {
    async fn sweep_staff_notices(&self, now: Timestamp, default_region: &str) -> Result<usize> {
        Ok(self.sweep_clocks(now, default_region).await?
            + self.sweep_preservations(now, default_region).await?
            + self.sweep_eu_forms(now, default_region).await?
            + self.sweep_eu_clocks(now, default_region).await?
            + self.sweep_reviewed(now, default_region).await?
            + self.sweep_pending_approvals(now).await?)
    }
}
