//! Submitting: the checks every submission passes (the draft complete for its kind,
//! its time of receipt, the requests it extends or refers to, its colleagues), what
//! follows a stored submission (mail to the owner and colleagues, an emergency's risk
//! score), and filing a new request in one go — the API's create with `submit: true`,
//! stored by ONE write transaction (`RequestStore::file_request`).

use lers_domain::problem::Problem;
use lers_domain::request::receipt::Receipt;
use lers_domain::request::{
    RequestChannel, RequestDraft, RequestKind, RequestStatus, SubmittedRequest,
};
use lers_store::OutgoingMail;
use lers_store::{Account, Ctx, FiledRequest, RequestRecord, RequestSummary, Submission};

use super::emergencies::Channel;
use crate::app::App;
use crate::error::{refusal_at, FormError};
use crate::i18n::Tr;

impl App {
    /// Files a new request of `owner` at once: checked completely, then created,
    /// placed in its region and submitted in one transaction. A request that cannot be
    /// submitted is kept as a draft and its problems come back per field.
    pub async fn file_request(
        &self,
        owner: &Account,
        kind: RequestKind,
        draft: &RequestDraft,
        channel: Channel,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<FiledRequest, FormError> {
        let (request, colleagues) = match self
            .checked_submission(owner, kind, draft, ctx.at, ctx)
            .await
        {
            Ok(checked) => checked,
            Err(problems) => {
                self.create_request(owner, kind, draft, ctx).await?;
                return Err(problems);
            }
        };
        let colleague_ids: Vec<i64> = colleagues.iter().map(|c| c.id).collect();
        let (region, how) = self.region_for(draft).await;
        let arrived = match channel {
            Channel::Api { .. } => RequestChannel::Api,
            Channel::Portal | Channel::Unknown => RequestChannel::Portal,
        };
        let submitted = self
            .store
            .file_request(
                owner,
                draft,
                (&region, how),
                &Submission {
                    request: &request,
                    colleague_ids: &colleague_ids,
                    year: ctx.at.date().year(),
                    due_at: self.sla.due(&request, ctx.at),
                    received_at: ctx.at,
                    channel: arrived,
                },
                ctx,
            )
            .await?;
        self.announce_submission(owner, &colleagues, &submitted.record, channel, ctx, tr)
            .await;
        Ok(submitted)
    }

    /// Checks `draft` for submission as a `kind` request received at `received_at`:
    /// the normalised request and the colleagues it is shared with, or every problem.
    pub(crate) async fn checked_submission(
        &self,
        owner: &Account,
        kind: RequestKind,
        draft: &RequestDraft,
        received_at: lers_domain::clock::Timestamp,
        ctx: &Ctx,
    ) -> Result<(SubmittedRequest, Vec<Account>), FormError> {
        let request = draft
            .validate(kind, ctx.at.date())
            .map_err(FormError::Fields)?;
        request
            .check_receipt(received_at)
            .map_err(|e| FormError::Fields(vec![e]))?;
        if let Some(reference) = &request.extends_reference {
            let extended = self
                .store
                .own_request_by_reference(owner, reference)
                .await?;
            let extendable = extended.is_some_and(|r| {
                matches!(r.kind, RequestKind::Preservation)
                    && matches!(
                        r.status,
                        RequestStatus::Preserved
                            | RequestStatus::Submitted
                            | RequestStatus::InReview
                    )
            });
            if !extendable {
                return Err(FormError::field(
                    "extends_reference",
                    Problem::new("form-extends-not-yours").text("reference", reference.as_str()),
                ));
            }
        }
        if let Some(reference) = &request.preservation_reference {
            let preserved = self
                .store
                .own_request_by_reference(owner, reference)
                .await?;
            if !preserved.is_some_and(|r| {
                matches!(r.status, RequestStatus::Preserved | RequestStatus::Extended)
            }) {
                return Err(FormError::field(
                    "preservation_reference",
                    Problem::new("form-preservation-not-in-force")
                        .text("reference", reference.as_str()),
                ));
            }
        }
        let colleagues = self
            .store
            .colleagues_by_email(owner, &request.colleagues)
            .await
            .map_err(refusal_at("colleagues"))?;
        Ok((request, colleagues))
    }

    /// Tells the owner and colleagues that `submitted` arrived (now, or in their next
    /// receipt mail: `services::receipts`), and scores it if it is an emergency
    /// (through `channel`). Neither can undo the stored submission.
    pub(crate) async fn announce_submission(
        &self,
        owner: &Account,
        colleagues: &[Account],
        submitted: &RequestRecord,
        channel: Channel,
        ctx: &Ctx,
        tr: &Tr,
    ) {
        let summary = &submitted.summary;
        if summary.channel.receipt(summary.emergency) == Receipt::AtOnce {
            self.mail_receipt_now(owner, colleagues, summary, tr).await;
        }
        self.score_emergency_quietly(summary, channel, ctx).await;
    }

    /// Mails the owner and colleagues that `submitted` arrived.
    async fn mail_receipt_now(
        &self,
        owner: &Account,
        colleagues: &[Account],
        submitted: &RequestSummary,
        tr: &Tr,
    ) {
        let id = submitted.id.as_str();
        let reference = submitted.reference.clone().unwrap_or_default();
        let service = self.config.service_name.clone();
        let link = self.config.link(&format!("/requests/{id}"));
        for person in std::iter::once(owner).chain(colleagues) {
            let tr = Tr::for_account(&person.locale, || tr.clone());
            let body = tr.with(
                "mail-request-received-body",
                &[
                    ("name", person.name.clone()),
                    ("reference", reference.clone()),
                    ("link", link.clone()),
                    ("service", service.clone()),
                ],
            );
            let subject = tr.with(
                "mail-request-received-subject",
                &[
                    ("reference", reference.clone()),
                    ("service", service.clone()),
                ],
            );
            // The request is stored and acknowledged; a mail problem must not undo that.
            if let Err(e) = self
                .send_or_queue(OutgoingMail::to_account(person, &subject, body))
                .await
            {
                tracing::warn!(error = %e, reference, "could not send the submission confirmation");
            }
        }
    }
}
