//! Executing EU orders: the enforcing authority's decision and the hold it ends, the
//! Form 3 "cannot comply" answer (recorded, printable as a PDF, sent to the issuing
//! authority and the enforcing authority), and the issuing authority lifting its
//! restriction on informing the user. Roles are checked by the routes; the rules that
//! must hold whoever calls are enforced by the store inside its transactions.

use lers_domain::eu::enforcing::{
    holds_any, release, EaDecision, Release, DECIDERS, NOTICE_LIFTERS,
};
use lers_domain::eu::non_execution::{NonExecution, NonExecutionReason};
use lers_domain::eu::{EuOrder, UserInformation};
use lers_domain::notice;
use lers_store::eu_execution::{EaDecisionRecord, Form3Record};
use lers_store::{Ctx, MailReceipt, OutgoingMail, RequestRecord, SessionRecord};

use super::pdf::{text_pdf, TextDocument};
use lers_domain::refusal::Explained;

use crate::app::App;
use crate::error::{refusal_at, AppError, FormError};
use crate::i18n::Tr;
use crate::mail_queue::Handed;

/// Where an EU order stands, for the console and the requester.
#[derive(Clone, Debug)]
pub struct EuStatus {
    pub order: EuOrder,
    /// Where the release of its data stands (the EA hold).
    pub release: Release,
    pub ea_decision: Option<EaDecisionRecord>,
    pub form3: Option<Form3Record>,
    /// What the issuing authority says about informing the user now.
    pub user_information: UserInformation,
    pub notice_lifted: bool,
}

fn value(pairs: &[(String, String)], key: &str) -> String {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default()
}

impl App {
    /// The EU panel of a request (`None` for requests that are not EU orders).
    pub async fn eu_status(&self, record: &RequestRecord) -> Result<Option<EuStatus>, AppError> {
        let Some(order) = record.submitted.as_ref().and_then(|s| s.eu_order.clone()) else {
            return Ok(None);
        };
        let facts = self.store.hold_facts(&record.summary).await?;
        let recorded = self.store.eu_execution(&record.summary).await?;
        let lifted = recorded.notice_lifted_at.is_some();
        Ok(Some(EuStatus {
            release: facts.map_or(Release::NotHeld, |f| release(&f, self.clock.now())),
            user_information: notice::lifted(&order.user_information, lifted),
            notice_lifted: lifted,
            ea_decision: recorded.ea_decision,
            form3: recorded.form3,
            order,
        }))
    }

    /// What the issuing authority of an EU order says about informing the user now
    /// (`None` for other requests), for the notice decision.
    pub async fn eu_user_information(
        &self,
        record: &RequestRecord,
    ) -> Result<Option<UserInformation>, AppError> {
        Ok(self.eu_status(record).await?.map(|s| s.user_information))
    }

    /// Records the enforcing authority's decision. After a refusal of data already sent
    /// (an emergency), the issuing authority is told on the request, and by an email
    /// without content, to delete or restrict it.
    pub async fn record_ea_decision(
        &self,
        session: &SessionRecord,
        record: &RequestRecord,
        pairs: &[(String, String)],
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<bool, FormError> {
        if !holds_any(&session.account, &DECIDERS) {
            return Err(AppError::Forbidden.into());
        }
        let ground = value(pairs, "ea_ground");
        let decision = EaDecision::from_parts(
            &value(pairs, "ea_decision"),
            Some(ground.as_str()).filter(|g| !g.is_empty()),
            &value(pairs, "ea_data"),
        )
        .map_err(|problem| FormError::field(problem.field(), problem.problem()))?;
        let already_sent = self
            .store
            .record_ea_decision(&record.summary, &decision, &session.account, ctx)
            .await
            .map_err(refusal_at("ea_decision"))?;
        if already_sent {
            let ground = decision.ground().map(|g| g.as_str()).unwrap_or_default();
            let body = tr.with(
                "eu-ea-refused-already-sent-message",
                &[("ground", tr.label("eu-ground", ground))],
            );
            self.post_staff_reply(&session.account, record, &body, ctx, tr)
                .await?;
        }
        Ok(already_sent)
    }

    /// Records a Form 3 answer (which refuses the order), tells the issuing authority on
    /// the request (and by an email without content), and mails the enforcing
    /// authority, if one was notified, that the provider answered.
    pub async fn answer_form3(
        &self,
        session: &SessionRecord,
        record: &RequestRecord,
        pairs: &[(String, String)],
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<(), FormError> {
        if !holds_any(&session.account, &DECIDERS) {
            return Err(AppError::Forbidden.into());
        }
        if record
            .submitted
            .as_ref()
            .and_then(|s| s.eu_order.as_ref())
            .is_none()
        {
            return Err(AppError::NotFound.into());
        }
        let reasons: Vec<NonExecutionReason> = pairs
            .iter()
            .filter_map(|(k, _)| k.strip_prefix("form3_reason_"))
            .filter_map(NonExecutionReason::parse)
            .collect();
        let answer = NonExecution::check(
            &reasons,
            &value(pairs, "form3_explanation"),
            &value(pairs, "form3_foreign_law"),
        )
        .map_err(FormError::Fields)?;
        let reasons = answer
            .reasons
            .iter()
            .map(|r| tr.label("eu-form3-reason", r.as_str()))
            .collect::<Vec<_>>()
            .join("; ");
        let body = tr.with(
            "eu-form3-message",
            &[
                ("reasons", reasons),
                ("explanation", answer.explanation.clone()),
            ],
        );
        self.store
            .record_form3(&record.summary, &answer, &body, &session.account, ctx)
            .await
            .map_err(refusal_at("form3_reasons"))?;
        // The answer and its message are stored; the content-free alerts follow.
        let alerted = self.alert_watchers(&session.account, record, tr).await;
        let ea_email = self.store.eu_execution(&record.summary).await?.form3;
        if let Some(email) = ea_email.and_then(|f| f.ea_email).filter(|e| !e.is_empty()) {
            let reference = record.summary.reference.clone().unwrap_or_default();
            let service = self.config.service_name.clone();
            let subject = tr.with(
                "eu-form3-ea-mail-subject",
                &[
                    ("service", service.clone()),
                    ("reference", reference.clone()),
                ],
            );
            let mail = tr.with(
                "eu-form3-ea-mail-body",
                &[("service", service), ("reference", reference)],
            );
            // The Regulation obliges the provider to inform the enforcing authority:
            // during a mail-server outage the message waits in the queue, and its
            // delivery is recorded when it goes out. The case page says it is not
            // sent until then.
            let mut message = OutgoingMail::new(&email, &subject, mail);
            message.receipt = Some(MailReceipt::Form3ToEa {
                request: record.summary.id.clone(),
            });
            match self.send_or_queue(message).await {
                Ok(Handed::Sent) => {
                    self.store
                        .form3_sent_to_ea(&record.summary.id, &email, ctx)
                        .await?
                }
                // An authority's address is no account's, so never `RecipientErased`.
                Ok(Handed::Queued | Handed::RecipientErased) => {}
                Err(e) => {
                    tracing::error!(error = %e, "could not mail a Form 3 to the enforcing authority")
                }
            }
        }
        alerted?;
        Ok(())
    }

    /// The recorded Form 3 answer as a printable PDF.
    pub async fn form3_pdf(&self, record: &RequestRecord, tr: &Tr) -> Result<Vec<u8>, AppError> {
        let status = self.eu_status(record).await?.ok_or(AppError::NotFound)?;
        let form3 = status.form3.ok_or(AppError::NotFound)?;
        let order = &status.order;
        let authority = &order.issuing_authority;
        let mut lines = vec![
            tr.with(
                "eu-form3-pdf-provider",
                &[("service", self.config.service_name.clone())],
            ),
            tr.with(
                "eu-form3-pdf-reference",
                &[(
                    "reference",
                    record.summary.reference.clone().unwrap_or_default(),
                )],
            ),
            tr.with(
                "eu-form3-pdf-order",
                &[
                    ("kind", tr.label("eu-kind", record.summary.kind.as_str())),
                    ("file", authority.file_reference.clone()),
                ],
            ),
            tr.with(
                "eu-form3-pdf-authority",
                &[
                    ("name", authority.name.clone()),
                    ("state", authority.member_state.clone()),
                ],
            ),
            tr.with(
                "eu-form3-pdf-answered",
                &[(
                    "at",
                    format!(
                        "{} ({})",
                        tr.when(&form3.answered_at),
                        form3.answered_at.to_rfc3339()
                    ),
                )],
            ),
            String::new(),
            tr.get("eu-form3-pdf-reasons"),
        ];
        lines.extend(form3.answer.reasons.iter().map(|r| {
            format!(
                "  [x] {} ({})",
                tr.label("eu-form3-reason", r.as_str()),
                r.as_str()
            )
        }));
        lines.push(String::new());
        lines.push(tr.get("eu-form3-pdf-explanation"));
        lines.push(form3.answer.explanation.clone());
        if let Some(law) = &form3.answer.foreign_law {
            lines.push(String::new());
            lines.push(tr.get("eu-form3-pdf-foreign-law"));
            lines.push(law.clone());
        }
        if let Some(ea) = &order.enforcing_authority {
            lines.push(String::new());
            lines.push(tr.with("eu-form3-pdf-ea", &[("name", ea.clone())]));
        }
        text_pdf(&TextDocument {
            title: tr.get("eu-form3-pdf-title"),
            language: tr.lang(),
            paragraphs: lines,
        })
    }

    /// Records that the issuing authority lifted its restriction on informing the user;
    /// the notices that waited for it are scheduled now. Returns how many.
    pub async fn lift_eu_notice_restriction(
        &self,
        session: &SessionRecord,
        record: &RequestRecord,
        ctx: &Ctx,
    ) -> Result<u64, AppError> {
        if !holds_any(&session.account, &NOTICE_LIFTERS) {
            return Err(AppError::Forbidden);
        }
        Ok(self
            .store
            .lift_notice_restriction(&record.summary, &session.account, ctx)
            .await?)
    }
}
