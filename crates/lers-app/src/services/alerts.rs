//! On-call alerts of emergencies (issue 18 §1): the `oncall_page` job pages a tier —
//! the person on call by the rota covering the case's region now (every reviewer and
//! approver when none does), then the rota's second tier, then every approver — by
//! email and through each of their webhooks, records it on the case, and schedules
//! the next tier after `oncall_ack_minutes`. Acknowledging (console or the mailed
//! link, both signed in) stops it and tells paging tools. Nothing carries case
//! content: a reference, the kind, the clock and a link.

use lers_domain::account::{Account, Role};
use lers_domain::alerts::formats::{
    opsgenie_call, pagerduty_event, signed_page, PageAction, PageFacts, WebhookFormat,
};
use lers_domain::alerts::rota::on_call;
use lers_domain::alerts::{recipients, Tier};
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::jobs::{JobKind, OncallPageJob};
use lers_store::alerts::{Acknowledged, AlertRecord, AlertSubject, NewPage};
use lers_store::webhooks::{NewDelivery, Webhook, WebhookPurpose};
use lers_store::Ctx;
use serde_json::json;

use crate::i18n::Tr;
use crate::{App, AppError};

/// The path of an alert's page, where it is acknowledged (sign-in required).
pub fn alert_path(alert: i64) -> String {
    format!("/staff/alerts/{alert}")
}

impl App {
    /// The `oncall_page` job: pages `job.tier` (or the first later tier that has
    /// someone) unless the alert was acknowledged or the request is no longer an open
    /// emergency. Mail that fails fails the job, which runs again (the record and the
    /// webhook posts are written once).
    pub async fn page_on_call(&self, job: &OncallPageJob, ctx: &Ctx) -> Result<(), String> {
        let mut tier = Tier::from_number(job.tier).ok_or("unknown alert tier")?;
        let failed = |e: lers_store::StoreError| e.to_string();
        let Some(subject) = self
            .store
            .alert_subject(job.request)
            .await
            .map_err(failed)?
        else {
            return Ok(());
        };
        let alert = self.store.open_alert(&subject, ctx).await.map_err(failed)?;
        if alert.acked_at.is_some() {
            return Ok(());
        }
        let rotas = self.store.rotas().await.map_err(failed)?;
        let region = subject
            .region
            .clone()
            .unwrap_or_else(|| self.default_region().to_owned());
        let staff = self
            .staff_reaching(&subject.public_id, &region)
            .await
            .map_err(failed)?;
        let rota = on_call(&rotas, ctx.at, &region);
        let mut paged = recipients(tier, rota, &staff);
        while paged.is_empty() {
            match tier.next() {
                Some(next) => {
                    tier = next;
                    paged = recipients(tier, rota, &staff);
                }
                None => break,
            }
        }
        let facts = self.page_facts(&subject, &alert, tier, ctx);
        let hooks = self
            .store
            .webhooks_of_all(&paged, WebhookPurpose::Oncall)
            .await
            .map_err(failed)?;
        let deliveries = hooks
            .iter()
            .map(|hook| page_delivery(hook, &facts, PageAction::Trigger))
            .collect();
        let escalation = tier.next().map(|next| {
            (
                JobKind::OncallPage(OncallPageJob {
                    request: job.request,
                    tier: next.number(),
                }),
                ctx.at.plus(self.config.oncall_ack),
            )
        });
        let page = NewPage {
            alert: alert.id,
            tier: tier.number(),
            recipients: paged.clone(),
            deliveries,
            escalation,
        };
        if !self.store.record_page(&page, ctx).await.map_err(failed)? {
            return Ok(());
        }
        let mut errors = Vec::new();
        for person in staff.iter().filter(|a| paged.contains(&a.id)) {
            if let Err(e) = self.mail_page(person, &facts).await {
                errors.push(format!("{}: {e}", person.pseudonym));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(format!("page mail not sent to {}", errors.join("; ")))
        }
    }

    /// The active staff who can sign in (an invitation not yet taken up has no
    /// password, and its invitee could not acknowledge) and whose data-sharing rule reaches case
    /// `public_id` in `region`: only they are paged (someone else could not open the
    /// alert).
    async fn staff_reaching(
        &self,
        public_id: &str,
        region: &str,
    ) -> Result<Vec<Account>, lers_store::StoreError> {
        let assignee = self
            .store
            .case_reach(public_id)
            .await?
            .and_then(|reach| reach.assignee);
        let mut reaching = Vec::new();
        let can_sign_in = self.store.active_staff().await?.into_iter();
        for person in can_sign_in.filter(Account::has_password) {
            let limits = self.store.staff_limits(person.id).await?;
            if limits.reach(region, assignee, person.id).is_ok() {
                reaching.push(person);
            }
        }
        Ok(reaching)
    }

    fn page_facts(
        &self,
        subject: &AlertSubject,
        alert: &AlertRecord,
        tier: Tier,
        ctx: &Ctx,
    ) -> PageFacts {
        let tr = Tr::default();
        let due = subject
            .due_at
            .map(|d| d.to_rfc3339())
            .unwrap_or_else(|| tr.get("alert-no-clock"));
        PageFacts {
            alert: alert.id,
            reference: subject.reference.clone(),
            kind: subject.kind,
            due_at: subject.due_at,
            tier: tier.number(),
            at: ctx.at,
            link: self.config.link(&alert_path(alert.id)),
            summary: tr.with(
                "alert-summary",
                &[
                    ("service", self.config.service_name.clone()),
                    ("kind", tr.label("alert-kind", subject.kind)),
                    ("reference", subject.reference.clone()),
                    ("due", due),
                ],
            ),
        }
    }

    /// The content-free page mail.
    async fn mail_page(&self, person: &Account, facts: &PageFacts) -> Result<(), String> {
        let tr = Tr::for_account(&person.locale, Tr::default);
        let due = facts
            .due_at
            .map(|d| tr.when(&d))
            .unwrap_or_else(|| tr.get("alert-no-clock"));
        let subject = tr.with(
            "alert-mail-subject",
            &[
                ("service", self.config.service_name.clone()),
                ("reference", facts.reference.clone()),
            ],
        );
        let body = tr.with(
            "alert-mail-body",
            &[
                ("name", person.name.clone()),
                ("kind", tr.label("alert-kind", facts.kind)),
                ("reference", facts.reference.clone()),
                ("due", due),
                ("tier", facts.tier.to_string()),
                ("link", facts.link.clone()),
            ],
        );
        self.send_unless_down(&person.email, &subject, body)
            .await
            .map_err(|e| e.to_string())
    }

    /// Acknowledges alert `alert` as `who` (a reviewer or approver): the escalation
    /// stops and paging tools that were sent it are told. A second acknowledgement
    /// changes nothing and says who acknowledged first.
    pub async fn acknowledge_alert(
        &self,
        who: &Account,
        alert: i64,
        ctx: &Ctx,
    ) -> Result<Acknowledged, AppError> {
        if !(who.roles.contains(Role::Reviewer) || who.roles.contains(Role::Approver)) {
            self.store
                .record_event(
                    lers_domain::audit::AuditEvent::new(
                        ctx.at,
                        ctx.actor.clone(),
                        AuditAction::OncallAckRefused,
                        Outcome::Denied,
                    )
                    .from_ip(ctx.ip.clone())
                    .details(json!({"alert": alert})),
                )
                .await?;
            return Err(AppError::Forbidden);
        }
        let record = self.store.alert(alert).await?.ok_or(AppError::NotFound)?;
        self.require_case_reach(who, &record.request_id, ctx)
            .await?;
        let subject = AlertSubject {
            request_row: record.request_row,
            public_id: record.request_id.clone(),
            reference: record.reference.clone(),
            kind: if record.kind == "emergency" {
                "emergency"
            } else {
                "emergency_epoc"
            },
            due_at: None,
            region: None,
        };
        let tier = Tier::from_number(record.tier).unwrap_or(Tier::OnCall);
        let facts = self.page_facts(&subject, &record, tier, ctx);
        let paged = self.store.paged_webhooks(alert).await?;
        let mut deliveries = Vec::new();
        for hook_id in paged {
            let hook = self.store.webhook(hook_id).await?;
            deliveries.push(page_delivery(&hook, &facts, PageAction::Acknowledge));
        }
        Ok(self
            .store
            .acknowledge_alert(alert, who.id, &deliveries, ctx)
            .await?)
    }

    /// The alert of a case, for the console (`None`: never paged).
    pub async fn alert_of_case(&self, request_row: i64) -> Result<Option<AlertRecord>, AppError> {
        Ok(self.store.alert_of_request(request_row).await?)
    }

    /// An alert by id, for its page (reviewers and approvers whose data-sharing rule
    /// reaches the case; any other case is not found, and that refusal audited).
    pub async fn alert_for(
        &self,
        who: &Account,
        alert: i64,
        ctx: &Ctx,
    ) -> Result<AlertRecord, AppError> {
        if !(who.roles.contains(Role::Reviewer) || who.roles.contains(Role::Approver)) {
            return Err(AppError::Forbidden);
        }
        let record = self.store.alert(alert).await?.ok_or(AppError::NotFound)?;
        self.require_case_reach(who, &record.request_id, ctx)
            .await?;
        Ok(record)
    }
}

/// The post that tells `hook` of a page, in its format; one per alert, tier, action
/// and webhook.
fn page_delivery(hook: &Webhook, facts: &PageFacts, action: PageAction) -> NewDelivery {
    let (path, body) = match hook.format {
        WebhookFormat::Signed => (String::new(), signed_page(facts, action)),
        WebhookFormat::PagerDuty => (String::new(), pagerduty_event(facts, action)),
        WebhookFormat::Opsgenie => opsgenie_call(facts, action),
    };
    let event_type = match action {
        PageAction::Trigger => "oncall.paged",
        PageAction::Acknowledge => "oncall.acknowledged",
    };
    NewDelivery {
        webhook_id: hook.id,
        alert_id: Some(facts.alert),
        request_id: None,
        event_type: event_type.to_owned(),
        path,
        body: body.to_string(),
        dedupe_key: format!(
            "oncall:{}:{}:{}:{}",
            facts.alert,
            facts.tier,
            action.as_str(),
            hook.id
        ),
    }
}
