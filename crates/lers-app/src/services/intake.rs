//! One intake: intake staff register a request that reached the provider outside the
//! portal. The intake page opens a draft on behalf of the requester (their account, or
//! an external requester) with its arrival facts; staff complete it with the portal's
//! own request form, attach the scanned legal process through the checked, encrypted
//! document path, and register it — which submits it through the same submission path
//! as the portal, with the recorded time of receipt and channel.

use lers_domain::account::Role;
use lers_domain::field_access::{FieldAccess, FieldGroup};
use lers_domain::problem::Problem;
use lers_domain::request::intake::{paper_reply_note, IntakeInput};
use lers_domain::request::{RequestDraft, RequestStatus};
use lers_store::intake::{IntakeLine, IntakeOpened, IntakeRecord, NewIntake};
use lers_store::OutgoingMail;
use lers_store::{Account, Ctx, DocumentRecord, RequestRecord};

use super::emergencies::Channel;
use super::requests::{DocumentRole, TempUpload};
use crate::app::App;
use crate::error::{AppError, FormError};
use crate::i18n::Tr;

/// What was sent on paper, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct PaperReply {
    pub how: String,
    pub sent_on: String,
    pub summary: String,
}

/// A request taken in, as the intake page shows it.
pub struct IntakeCase {
    pub intake: IntakeRecord,
    pub request: RequestRecord,
    pub documents: Vec<DocumentRecord>,
}

/// The parts of a case the intake pages show and edit.
const INTAKE_GROUPS: [FieldGroup; 4] = [
    FieldGroup::Targets,
    FieldGroup::Narrative,
    FieldGroup::LegalDocuments,
    FieldGroup::RequesterContact,
];

impl App {
    /// Refuses (and audits) anyone but intake staff.
    pub async fn require_intake(&self, who: &Account, ctx: &Ctx) -> Result<(), AppError> {
        self.require_role(who, Role::Intake, "intake", ctx).await
    }

    /// The legal entities a request can be served on.
    pub fn legal_entities(&self) -> &[String] {
        &self.config.legal_entities
    }

    /// Opens a draft for a request received outside the portal.
    pub async fn open_intake(
        &self,
        staff: &Account,
        input: IntakeInput,
        ctx: &Ctx,
    ) -> Result<IntakeOpened, FormError> {
        self.require_intake(staff, ctx).await?;
        let intake = input
            .validated(self.legal_entities(), ctx.at)
            .map_err(FormError::Fields)?;
        if let Some(existing) = self.store.account_by_email(&intake.requester.email).await? {
            if existing.kind != lers_domain::account::AccountKind::Requester {
                return Err(FormError::field(
                    "requester_email",
                    Problem::new("form-intake-requester-is-staff"),
                ));
            }
        }
        let draft = RequestDraft {
            country: intake.requester.country.clone(),
            ..RequestDraft::default()
        };
        Ok(self
            .store
            .open_intake(
                staff,
                &NewIntake {
                    kind: intake.kind,
                    arrival: &intake.arrival,
                    requester: &intake.requester,
                    draft: &draft,
                },
                ctx,
            )
            .await?)
    }

    /// Drafts taken in and not registered yet.
    pub async fn intake_drafts(
        &self,
        staff: &Account,
        ctx: &Ctx,
    ) -> Result<Vec<IntakeLine>, AppError> {
        self.require_intake(staff, ctx).await?;
        Ok(self.store.intake_drafts().await?)
    }

    /// A request taken in, with its arrival facts and documents (intake staff only).
    pub async fn intake_case(
        &self,
        staff: &Account,
        id: &str,
        ctx: &Ctx,
    ) -> Result<IntakeCase, AppError> {
        self.require_intake(staff, ctx).await?;
        // The intake desk writes a request whole: its pages show and edit all of it.
        for group in INTAKE_GROUPS {
            self.require_field(staff, group, FieldAccess::Edit, id, ctx)
                .await?;
        }
        let intake = self
            .store
            .intake_record(id)
            .await?
            .ok_or(AppError::NotFound)?;
        let request = self.visible_request(&intake.owner, id).await?;
        let documents = self.store.documents(&request.summary).await?;
        Ok(IntakeCase {
            intake,
            request,
            documents,
        })
    }

    /// Saves the content of a draft taken in; staff write it for the requester.
    pub async fn save_intake_draft(
        &self,
        staff: &Account,
        id: &str,
        draft: &RequestDraft,
        ctx: &Ctx,
    ) -> Result<RequestRecord, AppError> {
        let case = self.intake_case(staff, id, ctx).await?;
        Ok(self
            .store
            .update_draft(&case.intake.owner, id, draft, ctx)
            .await?)
    }

    /// Attaches the scanned legal process (checked and sealed like any upload).
    pub async fn add_intake_scan(
        &self,
        staff: &Account,
        id: &str,
        upload: TempUpload,
        ctx: &Ctx,
    ) -> Result<DocumentRecord, FormError> {
        let case = self.intake_case(staff, id, ctx).await?;
        let owner = &case.intake.owner;
        let record = self
            .may_add_document(owner, id, DocumentRole::LegalProcess)
            .await?;
        let checked = self.check_pdf(upload, id, ctx).await?;
        self.store_document(owner, &record, None, checked, ctx)
            .await
    }

    /// Registers a draft taken in: submits it through the portal's submission path,
    /// with the recorded time of receipt (where its clocks start) and channel. A
    /// request backed by legal process needs its scan first.
    pub async fn register_intake(
        &self,
        staff: &Account,
        id: &str,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<RequestRecord, FormError> {
        let case = self.intake_case(staff, id, ctx).await?;
        if case.request.summary.status != RequestStatus::Draft {
            return Err(AppError::refusal(Problem::new("form-conflict-already-registered")).into());
        }
        if !case.request.summary.kind.instruments().is_empty() && case.documents.is_empty() {
            return Err(FormError::field(
                "file",
                Problem::new("form-intake-scan-missing"),
            ));
        }
        let arrival = (case.intake.arrival.channel, case.intake.arrival.received_at);
        self.submit_arrived(
            &case.intake.owner,
            case.request,
            arrival,
            Channel::Unknown,
            ctx,
            tr,
        )
        .await
    }

    /// Invites the external requester of request `id` to the portal: a mail with the
    /// sign-up link and nothing about the request.
    pub async fn invite_external(
        &self,
        staff: &Account,
        id: &str,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<(), AppError> {
        let case = self.intake_case(staff, id, ctx).await?;
        if case
            .intake
            .external
            .as_ref()
            .is_none_or(|x| x.linked_at.is_some())
        {
            return Err(AppError::refusal(Problem::new(
                "form-conflict-requester-has-account",
            )));
        }
        let owner = &case.intake.owner;
        self.store.mark_invited(owner, ctx).await?;
        let service = self.config.service_name.clone();
        let subject = tr.with(
            "mail-intake-invite-subject",
            &[("service", service.clone())],
        );
        let body = tr.with(
            "mail-intake-invite-body",
            &[
                ("name", owner.name.clone()),
                ("link", self.config.link("/signup")),
                ("service", service),
            ],
        );
        // The invitation is recorded; a mail problem is logged, as for every mail.
        if let Err(e) = self
            .send_or_queue(OutgoingMail::to_account(owner, &subject, body))
            .await
        {
            tracing::warn!(error = %e, "could not send an intake invitation");
        }
        Ok(())
    }

    /// Records on the case file what staff sent on paper to the requester of a
    /// registered request.
    pub async fn record_paper_reply(
        &self,
        staff: &Account,
        id: &str,
        reply: &PaperReply,
        ctx: &Ctx,
    ) -> Result<(), FormError> {
        let case = self.intake_case(staff, id, ctx).await?;
        self.require_field(staff, FieldGroup::Messages, FieldAccess::Edit, id, ctx)
            .await?;
        if case.request.summary.status == RequestStatus::Draft {
            return Err(AppError::refusal(Problem::new("form-conflict-register-first")).into());
        }
        let note = paper_reply_note(&reply.how, &reply.sent_on, &reply.summary, ctx.at.date())
            .map_err(FormError::Fields)?;
        Ok(self
            .store
            .record_paper_reply(staff, &case.request.summary, &note, ctx)
            .await?)
    }
}
