//! Staff notifications (issue 18 §3): one row per occurrence and person, made in the
//! transaction of the event (an assignment, a requester's message) or by the sweep of
//! the job runner (clocks, preservations, approvals waiting); read, marked read and
//! mailed (at once, or in the daily digest) from here. The rules — which triggers,
//! when, how they are delivered — are in `lers_domain::staff_notice`.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::jobs::{JobKind, StaffNoticeJob};
use lers_domain::staff_notice::{Delivery, Occurrence, Subject, Trigger, DEFAULT_DIGEST_HOUR};
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::request_rows::RequestSummary;
use crate::model::Ctx;
use crate::sql::{event, opt_ts, ts, SqlStore};
use crate::{Result, StoreError};

/// One notification as its recipient sees it: no case content.
#[derive(Clone, Debug)]
pub struct StaffNotification {
    pub id: i64,
    pub account_id: i64,
    pub trigger: Trigger,
    pub reference: String,
    pub link: String,
    pub urgent: bool,
    pub created_at: Timestamp,
    pub read_at: Option<Timestamp>,
}

/// A person's choices: per trigger (absent: immediately) and the digest's local hour.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticePreferences {
    pub deliveries: Vec<(Trigger, Delivery)>,
    pub digest_hour: u8,
}

impl NoticePreferences {
    pub fn delivery(&self, trigger: Trigger) -> Delivery {
        self.deliveries
            .iter()
            .find(|(t, _)| *t == trigger)
            .map_or_else(Delivery::default, |(_, d)| *d)
    }
}

/// What a new notification is about and where its link goes.
pub(crate) struct NewNotice<'a> {
    pub occurrence: Occurrence,
    pub request_id: Option<i64>,
    pub reference: &'a str,
    pub link: String,
    pub emergency: bool,
}

const COLUMNS: &str = "id, account_id, trigger_kind, reference, link, urgent, created_at, read_at";

fn from_row(row: &AnyRow) -> Result<StaffNotification> {
    let trigger: String = row.try_get("trigger_kind")?;
    Ok(StaffNotification {
        id: row.try_get("id")?,
        account_id: row.try_get("account_id")?,
        trigger: Trigger::parse(&trigger)
            .ok_or_else(|| StoreError::Corrupt(format!("notification trigger {trigger}")))?,
        reference: row.try_get("reference")?,
        link: row.try_get("link")?,
        urgent: row.try_get::<i64, _>("urgent")? != 0,
        created_at: ts(row, "created_at")?,
        read_at: opt_ts(row, "read_at")?,
    })
}

/// Staff notifications: reading, marking, mailing, preferences.
#[async_trait]
pub trait StaffNoticeStore: Send + Sync {
    /// Unread notifications of `account`.
    async fn unread_notices(&self, account: i64) -> Result<i64>;
    /// The newest `limit` notifications of `account`: unread first, urgent first.
    async fn staff_notices(&self, account: i64, limit: i64) -> Result<Vec<StaffNotification>>;
    /// Marks one (`Some(id)`) or all of `account`'s notifications read; another
    /// person's notification is left alone (answers 0).
    async fn mark_notices_read(&self, account: i64, id: Option<i64>, at: Timestamp) -> Result<u64>;
    /// A notification still to be mailed now (`None` once mailed).
    async fn notice_to_mail(&self, id: i64) -> Result<Option<StaffNotification>>;
    /// Digest items of `account` not mailed yet, made up to `until`.
    async fn digest_items(&self, account: i64, until: Timestamp) -> Result<Vec<StaffNotification>>;
    /// Records that `ids` were mailed (audited: how many, which kind of mail).
    async fn notices_mailed(
        &self,
        account: i64,
        ids: &[i64],
        digest: bool,
        ctx: &Ctx,
    ) -> Result<()>;
    /// People with digest items waiting: their digest hour and when the oldest item
    /// was made.
    async fn digest_waiting(&self) -> Result<Vec<(i64, u8, Timestamp)>>;
    async fn notice_preferences(&self, account: i64) -> Result<NoticePreferences>;
    /// Replaces `account`'s preferences; audited with before and after.
    async fn set_notice_preferences(
        &self,
        account: i64,
        preferences: &NoticePreferences,
        ctx: &Ctx,
    ) -> Result<()>;
}

impl SqlStore {
    /// Notifies each of `recipients` of `notice` once (a second call for the same
    /// occurrence and person does nothing) and queues the mail of those who want it
    /// at once; answers how many were new.
    pub(crate) async fn notify_in(
        &self,
        conn: &mut Conn<'_>,
        notice: &NewNotice<'_>,
        recipients: &[i64],
        now: Timestamp,
    ) -> Result<usize> {
        let trigger = notice.occurrence.trigger;
        let mut made = 0;
        for account in recipients {
            let chosen: Option<String> = sqlx::query_scalar(
                "SELECT delivery FROM staff_notification_prefs WHERE account_id = $1 AND trigger_kind = $2",
            )
            .bind(account)
            .bind(trigger.as_str())
            .fetch_optional(&mut *conn)
            .await?;
            let delivery = chosen
                .as_deref()
                .and_then(Delivery::parse)
                .unwrap_or_default()
                .for_notice(trigger, notice.emergency);
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO staff_notifications (account_id, trigger_kind, subject_kind, subject_id, occurrence_at, \
                 request_id, reference, link, urgent, delivery, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                 ON CONFLICT (trigger_kind, subject_kind, subject_id, occurrence_at, account_id) DO NOTHING RETURNING id",
            )
            .bind(account)
            .bind(trigger.as_str())
            .bind(notice.occurrence.subject.kind())
            .bind(notice.occurrence.subject.id())
            .bind(notice.occurrence.at)
            .bind(notice.request_id)
            .bind(notice.reference)
            .bind(&notice.link)
            .bind(i64::from(trigger.urgent() || notice.emergency))
            .bind(delivery.as_str())
            .bind(now.unix_millis())
            .fetch_optional(&mut *conn)
            .await?;
            let Some(id) = id else { continue };
            made += 1;
            if delivery == Delivery::Immediately {
                let job = JobKind::StaffNotice(StaffNoticeJob { notification: id });
                self.insert_job(&mut *conn, &job, now, now).await?;
            }
        }
        Ok(made)
    }

    /// Whether anyone was already told of `occurrence` (a sweep looks before it
    /// works out recipients, so a later change of recipients tells nobody twice).
    pub(crate) async fn already_notified(
        &self,
        conn: &mut Conn<'_>,
        occurrence: &Occurrence,
    ) -> Result<bool> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM staff_notifications WHERE trigger_kind = $1 AND subject_kind = $2 AND subject_id = $3 \
             AND occurrence_at = $4 LIMIT 1",
        )
        .bind(occurrence.trigger.as_str())
        .bind(occurrence.subject.kind())
        .bind(occurrence.subject.id())
        .bind(occurrence.at)
        .fetch_optional(conn)
        .await?;
        Ok(found.is_some())
    }
}

#[async_trait]
impl StaffNoticeStore for SqlStore {
    async fn unread_notices(&self, account: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM staff_notifications WHERE account_id = $1 AND read_at IS NULL",
        )
        .bind(account)
        .fetch_one(self.pool())
        .await?)
    }

    async fn staff_notices(&self, account: i64, limit: i64) -> Result<Vec<StaffNotification>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM staff_notifications WHERE account_id = $1 \
             ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, urgent DESC, created_at DESC, id DESC LIMIT $2"
        ))
        .bind(account)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    async fn mark_notices_read(&self, account: i64, id: Option<i64>, at: Timestamp) -> Result<u64> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE staff_notifications SET read_at = $1 WHERE account_id = $2 AND read_at IS NULL \
             AND ($3 < 0 OR id = $3)",
        )
        .bind(at.unix_millis())
        .bind(account)
        .bind(id.unwrap_or(-1))
        .execute(tx.conn())
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(done)
    }

    async fn notice_to_mail(&self, id: i64) -> Result<Option<StaffNotification>> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM staff_notifications WHERE id = $1 AND mailed_at IS NULL"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(from_row).transpose()
    }

    async fn digest_items(&self, account: i64, until: Timestamp) -> Result<Vec<StaffNotification>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM staff_notifications WHERE account_id = $1 AND delivery = 'digest' \
             AND mailed_at IS NULL AND created_at <= $2 ORDER BY urgent DESC, created_at, id"
        ))
        .bind(account)
        .bind(until.unix_millis())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    async fn notices_mailed(
        &self,
        account: i64,
        ids: &[i64],
        digest: bool,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        for id in ids {
            sqlx::query(
                "UPDATE staff_notifications SET mailed_at = $1 WHERE id = $2 AND account_id = $3 AND mailed_at IS NULL",
            )
            .bind(ctx.at.unix_millis())
            .bind(id)
            .bind(account)
            .execute(tx.conn())
            .await?;
        }
        let action = match digest {
            true => AuditAction::StaffDigestMailed,
            false => AuditAction::StaffNotificationMailed,
        };
        let pseudonym: String = sqlx::query_scalar("SELECT pseudonym FROM accounts WHERE id = $1")
            .bind(account)
            .fetch_one(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, action, Outcome::Success)
                .subject(pseudonym)
                .details(json!({"items": ids.len()})),
        )
        .await?;
        tx.commit().await
    }

    async fn digest_waiting(&self) -> Result<Vec<(i64, u8, Timestamp)>> {
        let rows = sqlx::query(
            "SELECT n.account_id, MAX(h.hour) AS hour, MIN(n.created_at) AS oldest FROM staff_notifications n \
             LEFT JOIN staff_digest_hours h ON h.account_id = n.account_id \
             WHERE n.delivery = 'digest' AND n.mailed_at IS NULL GROUP BY n.account_id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let hour: Option<i64> = row.try_get("hour")?;
                let hour = hour
                    .and_then(|h| u8::try_from(h).ok())
                    .unwrap_or(DEFAULT_DIGEST_HOUR);
                Ok((row.try_get("account_id")?, hour, ts(row, "oldest")?))
            })
            .collect()
    }

    async fn notice_preferences(&self, account: i64) -> Result<NoticePreferences> {
        let rows = sqlx::query(
            "SELECT trigger_kind, delivery FROM staff_notification_prefs WHERE account_id = $1",
        )
        .bind(account)
        .fetch_all(self.pool())
        .await?;
        let mut deliveries = Vec::new();
        for row in &rows {
            let trigger: String = row.try_get("trigger_kind")?;
            let delivery: String = row.try_get("delivery")?;
            if let (Some(t), Some(d)) = (Trigger::parse(&trigger), Delivery::parse(&delivery)) {
                deliveries.push((t, d));
            }
        }
        let hour: Option<i64> =
            sqlx::query_scalar("SELECT hour FROM staff_digest_hours WHERE account_id = $1")
                .bind(account)
                .fetch_optional(self.pool())
                .await?;
        Ok(NoticePreferences {
            deliveries,
            digest_hour: hour
                .and_then(|h| u8::try_from(h).ok())
                .unwrap_or(DEFAULT_DIGEST_HOUR),
        })
    }

    async fn set_notice_preferences(
        &self,
        account: i64,
        preferences: &NoticePreferences,
        ctx: &Ctx,
    ) -> Result<()> {
        let before = self.notice_preferences(account).await?;
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM staff_notification_prefs WHERE account_id = $1")
            .bind(account)
            .execute(tx.conn())
            .await?;
        for (trigger, delivery) in &preferences.deliveries {
            sqlx::query(
                "INSERT INTO staff_notification_prefs (account_id, trigger_kind, delivery) VALUES ($1, $2, $3)",
            )
            .bind(account)
            .bind(trigger.as_str())
            .bind(delivery.as_str())
            .execute(tx.conn())
            .await?;
        }
        sqlx::query(
            "INSERT INTO staff_digest_hours (account_id, hour) VALUES ($1, $2) \
             ON CONFLICT (account_id) DO UPDATE SET hour = $2",
        )
        .bind(account)
        .bind(i64::from(preferences.digest_hour))
        .execute(tx.conn())
        .await?;
        let describe = |p: &NoticePreferences| {
            json!({
                "digest": Trigger::ALL.iter().filter(|t| p.delivery(**t) == Delivery::Digest)
                    .map(|t| t.as_str()).collect::<Vec<_>>(),
                "digest_hour": p.digest_hour,
            })
        };
        self.audit(
            &mut tx,
            event(
                ctx,
                AuditAction::NotificationPreferencesChanged,
                Outcome::Success,
            )
            .subject(ctx.actor.clone())
            .details(json!({"before": describe(&before), "after": describe(preferences)})),
        )
        .await?;
        tx.commit().await
    }
}

impl SqlStore {
    /// In the transaction of an event on `request` (an assignment): tells `recipient`.
    pub(crate) async fn notify_case_event(
        &self,
        conn: &mut Conn<'_>,
        request: &RequestSummary,
        trigger: Trigger,
        recipient: i64,
        at: Timestamp,
    ) -> Result<()> {
        let emergency: i64 = sqlx::query_scalar("SELECT emergency FROM requests WHERE id = $1")
            .bind(request.row_id)
            .fetch_one(&mut *conn)
            .await?;
        let notice = NewNotice {
            occurrence: Occurrence {
                trigger,
                subject: Subject::Request(request.row_id),
                at: at.unix_millis(),
            },
            request_id: Some(request.row_id),
            reference: request.reference.as_deref().unwrap_or_default(),
            link: format!("/staff/requests/{}", request.id),
            emergency: emergency != 0,
        };
        self.notify_in(conn, &notice, &[recipient], at).await?;
        Ok(())
    }

    /// In the transaction of a requester's message `message`: tells the case's
    /// assignee (an unassigned case is in the queue for everyone; nobody is mailed).
    pub(crate) async fn notify_assignee_of_reply(
        &self,
        conn: &mut Conn<'_>,
        request: &RequestSummary,
        message: i64,
        at: Timestamp,
    ) -> Result<()> {
        let row = sqlx::query("SELECT assignee_id, emergency FROM requests WHERE id = $1")
            .bind(request.row_id)
            .fetch_one(&mut *conn)
            .await?;
        let Some(assignee) = row.try_get::<Option<i64>, _>("assignee_id")? else {
            return Ok(());
        };
        let notice = NewNotice {
            occurrence: Occurrence {
                trigger: Trigger::RequesterReplied,
                subject: Subject::Message(message),
                at: at.unix_millis(),
            },
            request_id: Some(request.row_id),
            reference: request.reference.as_deref().unwrap_or_default(),
            link: format!("/staff/requests/{}", request.id),
            emergency: row.try_get::<i64, _>("emergency")? != 0,
        };
        self.notify_in(conn, &notice, &[assignee], at).await?;
        Ok(())
    }
}
