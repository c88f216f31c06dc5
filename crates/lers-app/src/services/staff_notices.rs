//! Staff notifications as use cases (issue 18 §3): the sweep at every job-runner pass,
//! the content-free mails (at once, or the daily digest at the person's hour in their
//! time zone, in their language), the console's list and the preferences. The rules
//! are in `lers_domain::staff_notice`; the rows in `lers_store::sql::notifications`.

use lers_domain::account::{Account, AccountKind, AccountStatus};
use lers_domain::clock::Timestamp;
use lers_domain::jobs::{JobKind, StaffDigestJob};
use lers_domain::problem::Problem;
use lers_domain::staff_notice::{digest_hour, last_digest, Delivery, Trigger};
use lers_store::{Ctx, NewJob, NoticePreferences, StaffNotification};

use crate::app::App;
use crate::error::{AppError, FormError};
use crate::i18n::Tr;

/// The console lists at most this many notifications (the newest; unread first).
pub const LIST_LIMIT: i64 = 200;

/// Where a person changes what they receive.
const SETTINGS_PATH: &str = "/staff/notifications/settings";

/// The language mails to `account` are written in (their profile's, else English) and
/// the time zone of their digest hour and "due today" (their profile's, else UTC).
pub fn locale_of(account: &Account) -> (Tr, String) {
    (
        Tr::for_account(&account.locale, Tr::default),
        account
            .locale
            .time_zone
            .clone()
            .unwrap_or_else(|| "UTC".to_owned()),
    )
}

impl App {
    /// Makes every notification due now and queues the digests whose hour has come;
    /// run by the job runner at every pass.
    pub async fn sweep_staff_notices(&self, ctx: &Ctx) -> Result<usize, AppError> {
        let made = self
            .store
            .sweep_staff_notices(ctx.at, self.default_region())
            .await?;
        for (account_id, hour, oldest) in self.store.digest_waiting().await? {
            let Some(account) = self.store.account(account_id).await? else {
                continue;
            };
            let (_, zone) = locale_of(&account);
            // One digest per person and local day (the job's key holds the day), of
            // what was made before that day's hour; later items wait for the next.
            let due = last_digest(ctx.at, &zone, hour).filter(|(_, at)| oldest <= *at);
            if let Some((day, until)) = due {
                let job = JobKind::StaffDigest(StaffDigestJob {
                    account: account_id,
                    day,
                    until: until.unix_millis(),
                });
                self.store
                    .enqueue_job(&NewJob {
                        job,
                        run_at: ctx.at,
                    })
                    .await?;
            }
        }
        Ok(made)
    }

    /// Mails notification `id` to its recipient, unless it was mailed already.
    pub async fn mail_staff_notice(&self, id: i64, ctx: &Ctx) -> Result<(), AppError> {
        let Some(notice) = self.store.notice_to_mail(id).await? else {
            return Ok(());
        };
        let Some(account) = self.mailable(notice.account_id).await? else {
            return Ok(());
        };
        let (tr, _) = locale_of(&account);
        let event = tr.label("notify-trigger", notice.trigger.as_str());
        let subject = tr.with(
            "mail-notify-subject",
            &[
                ("service", self.config.service_name.clone()),
                ("event", event.clone()),
                ("reference", notice.reference.clone()),
            ],
        );
        let body = tr.with(
            "mail-notify-body",
            &[
                ("name", account.name.clone()),
                ("event", event),
                ("reference", notice.reference.clone()),
                ("link", self.config.link(&notice.link)),
                ("settings", self.config.link(SETTINGS_PATH)),
            ],
        );
        self.send_unless_down(&account.email, &subject, body)
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        self.store
            .notices_mailed(account.id, &[notice.id], false, ctx)
            .await?;
        Ok(())
    }

    /// Mails `account` the digest of `day`: every digest item made up to `until` and
    /// not mailed yet.
    pub async fn mail_staff_digest(
        &self,
        account_id: i64,
        day: &str,
        until: Timestamp,
        ctx: &Ctx,
    ) -> Result<(), AppError> {
        let items = self.store.digest_items(account_id, until).await?;
        if items.is_empty() {
            return Ok(());
        }
        let Some(account) = self.mailable(account_id).await? else {
            return Ok(());
        };
        let (tr, _) = locale_of(&account);
        let lines: Vec<String> = items
            .iter()
            .map(|item| {
                tr.with(
                    "mail-digest-item",
                    &[
                        ("event", tr.label("notify-trigger", item.trigger.as_str())),
                        ("reference", item.reference.clone()),
                        ("link", self.config.link(&item.link)),
                    ],
                )
            })
            .collect();
        let subject = tr.with(
            "mail-digest-subject",
            &[
                ("service", self.config.service_name.clone()),
                ("day", day.to_owned()),
            ],
        );
        let body = tr.with(
            "mail-digest-body",
            &[
                ("name", account.name.clone()),
                ("items", lines.join("\n")),
                ("link", self.config.link("/staff/notifications")),
                ("settings", self.config.link(SETTINGS_PATH)),
            ],
        );
        self.send_unless_down(&account.email, &subject, body)
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
        self.store
            .notices_mailed(account.id, &ids, true, ctx)
            .await?;
        Ok(())
    }

    /// An active staff account to mail (a disabled or locked one is not mailed).
    async fn mailable(&self, account_id: i64) -> Result<Option<Account>, AppError> {
        Ok(self
            .store
            .account(account_id)
            .await?
            .filter(|a| a.kind == AccountKind::Staff && a.status == AccountStatus::Active))
    }

    /// The signed-in person's notifications and how many are unread.
    pub async fn my_notices(
        &self,
        account: &Account,
    ) -> Result<(Vec<StaffNotification>, i64), AppError> {
        Ok((
            self.store.staff_notices(account.id, LIST_LIMIT).await?,
            self.store.unread_notices(account.id).await?,
        ))
    }

    /// Marks one of one's own notifications (or all of them) read.
    pub async fn mark_my_notices_read(
        &self,
        account: &Account,
        id: Option<i64>,
    ) -> Result<(), AppError> {
        self.store
            .mark_notices_read(account.id, id, self.clock.now())
            .await?;
        Ok(())
    }

    /// Saves the preferences posted as `delivery_<trigger>=immediately|digest` and
    /// `digest_hour=0..23`.
    pub async fn save_notice_preferences(
        &self,
        account: &Account,
        pairs: &[(String, String)],
        ctx: &Ctx,
    ) -> Result<(), FormError> {
        let value = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        let hour = digest_hour(value("digest_hour").unwrap_or_default()).ok_or_else(|| {
            FormError::field(
                "digest_hour",
                Problem::new("notifications-digest-hour-invalid"),
            )
        })?;
        let deliveries = Trigger::ALL
            .iter()
            .filter_map(|t| {
                let chosen =
                    value(&format!("delivery_{}", t.as_str())).and_then(Delivery::parse)?;
                (chosen != Delivery::default()).then_some((*t, chosen))
            })
            .collect();
        self.store
            .set_notice_preferences(
                account.id,
                &NoticePreferences {
                    deliveries,
                    digest_hour: hour,
                },
                ctx,
            )
            .await
            .map_err(|e| FormError::App(e.into()))
    }
}
