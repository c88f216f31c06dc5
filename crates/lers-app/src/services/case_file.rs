//! The console's view of one request: everything the response team sees about it,
//! gathered by one use case so that the page only lays it out.
//!
//! Reads that do not depend on each other run concurrently, and the targets'
//! deconfliction is one query whatever their number.

use lers_domain::account::Account;
use lers_domain::clock::Timestamp;
use lers_domain::eu::timeline::{DEADLINE_MOVED, EA_DECISION};
use lers_domain::field_access::{
    may_view_cases, withhold_draft, withhold_submission, FieldGroup, FieldRights,
};
use lers_domain::request::staff_work::works_on_cases;
use lers_domain::request::{RequestKind, Target, TargetType};
use lers_store::emergencies::{Agency, CallbackConfirmation, StoredAssessment, SuspensionRecord};
use lers_store::notices::NoticeRecord;
use lers_store::productions::ProductionRecord;
use lers_store::{
    CallbackRecord, Ctx, DocumentRecord, HoldRecord, MessageRecord, RequestRecord, RequestSummary,
    ReviewRecord, TargetKey, TimelineEntry,
};

use crate::directory::DirectoryAccount;
use crate::services::emergencies::Channel;
use crate::{App, AppError};

/// One target with the other requests that name it and what the account directory
/// says about it (an error text if the directory could not be asked).
pub struct TargetFacts {
    pub target: Target,
    /// The newest [`PANEL_NAMINGS`] other requests naming it…
    pub others: Vec<RequestSummary>,
    /// …of this many (the rest are paged by `App::naming_page`).
    pub others_total: i64,
    pub account: Result<Option<DirectoryAccount>, String>,
}

/// Other requests shown per target on the case page.
pub const PANEL_NAMINGS: i64 = 10;

/// What an emergency adds: its risk score, the agency directory's entry for the
/// requester, second confirmations of call-backs, and a suspension of the requester.
#[derive(Default)]
pub struct EmergencyFacts {
    pub agency: Option<Agency>,
    pub assessment: Option<StoredAssessment>,
    pub confirmations: Vec<CallbackConfirmation>,
    pub suspension: Option<SuspensionRecord>,
}

pub struct CaseFile {
    pub record: RequestRecord,
    pub owner: Account,
    pub due_at: Option<Timestamp>,
    pub hold: Option<HoldRecord>,
    /// Who the request can be assigned to: active staff who work on requests.
    pub assignable: Vec<Account>,
    pub targets: Vec<TargetFacts>,
    pub documents: Vec<DocumentRecord>,
    pub callbacks: Vec<CallbackRecord>,
    pub review: Option<ReviewRecord>,
    pub messages: Vec<MessageRecord>,
    pub notes: Vec<MessageRecord>,
    pub timeline: Vec<TimelineEntry>,
    pub notices: Vec<NoticeRecord>,
    pub productions: Vec<ProductionRecord>,
    pub emergency: EmergencyFacts,
    /// What the viewer may see and edit; the parts they may not see are already out.
    pub rights: FieldRights,
    pub withheld: Vec<FieldGroup>,
}

impl App {
    /// The case file of request `id` for `viewer`, a staff member who works on
    /// requests or an auditor (anyone else is refused before anything is read; the
    /// view itself is audited by the store), holding only the field groups the matrix
    /// lets the viewer see (what it withholds is audited); `None` if there is no such
    /// submitted request.
    pub async fn case_file(
        &self,
        viewer: &Account,
        id: &str,
        ctx: &Ctx,
    ) -> Result<Option<CaseFile>, AppError> {
        if !may_view_cases(viewer) {
            return Err(AppError::Forbidden);
        }
        let rights = self.field_rights(viewer).await?;
        let record = match self.staff_case(viewer, id, ctx).await {
            Ok(record) => record,
            Err(AppError::NotFound) => return Ok(None),
            Err(e) => return Err(e),
        };
        let summary = &record.summary;
        if summary.kind == RequestKind::Emergency {
            // Scored at submission; one that missed it (say, a crash in between) is
            // scored the first time staff look at it.
            self.score_emergency(summary, Channel::Unknown, ctx).await?;
        }
        let store = self.store.as_ref();
        // At most four reads at once, so a few simultaneous views cannot take the
        // whole connection pool.
        let (owner, due_at, hold, staff) = futures::try_join!(
            store.account(summary.owner_id),
            store.due_at(summary),
            store.hold(summary),
            store.active_staff(),
        )?;
        let (review, documents, callbacks, messages) = futures::try_join!(
            store.review(summary),
            store.documents(summary),
            store.callbacks(summary),
            store.messages(summary),
        )?;
        let (notes, timeline, notices, productions) = futures::try_join!(
            store.internal_notes(summary),
            store.timeline(summary),
            store.notices(summary),
            store.productions(summary),
        )?;
        let suspension = store.suspension_of(summary.owner_id).await?;
        let targets = if rights.sees(FieldGroup::Targets) {
            target_facts(self, &record).await?
        } else {
            Vec::new()
        };
        let mut emergency = EmergencyFacts {
            suspension,
            ..Default::default()
        };
        if summary.kind == RequestKind::Emergency {
            (
                emergency.assessment,
                emergency.agency,
                emergency.confirmations,
            ) = futures::try_join!(
                store.assessment(summary),
                store.requester_agency(summary),
                store.callback_confirmations(summary),
            )?;
        }
        let withheld = rights.withheld();
        self.record_withheld(&summary.id, &withheld, ctx).await?;
        let file = CaseFile {
            owner: owner.ok_or(AppError::NotFound)?,
            due_at,
            hold,
            assignable: staff.into_iter().filter(works_on_cases).collect(),
            targets,
            documents,
            callbacks,
            review,
            messages,
            notes,
            timeline,
            notices,
            productions,
            emergency,
            record,
            rights,
            withheld,
        };
        Ok(Some(file.without_withheld()))
    }
}

impl CaseFile {
    /// The case file with every group the viewer may not see taken out.
    fn without_withheld(mut self) -> Self {
        let rights = &self.rights;
        withhold_draft(&mut self.record.draft, rights);
        if let Some(submitted) = self.record.submitted.as_mut() {
            withhold_submission(submitted, rights);
        }
        if !rights.sees(FieldGroup::Targets) {
            self.notices.clear();
        }
        if !rights.sees(FieldGroup::LegalDocuments) {
            self.documents.clear();
        }
        if !rights.sees(FieldGroup::Messages) {
            self.messages.clear();
        }
        if !rights.sees(FieldGroup::Messages) {
            self.record.withdrawal_reason = None;
        }
        // The timeline names uploaded files, quotes paper replies and carries the
        // notes sent to the requester with a status, and what the EU authorities
        // said (an earlier deadline's reasons are theirs to give).
        for entry in &mut self.timeline {
            let group = match entry.kind.as_str() {
                "document" => FieldGroup::LegalDocuments,
                "message" | "paper_reply" | "status" | EA_DECISION | DEADLINE_MOVED => {
                    FieldGroup::Messages
                }
                _ => continue,
            };
            if !rights.sees(group) {
                entry.note.clear();
            }
        }
        if !rights.sees(FieldGroup::Notes) {
            self.notes.clear();
        }
        if !rights.sees(FieldGroup::Productions) {
            self.productions.clear();
        }
        if !rights.sees(FieldGroup::RequesterContact) {
            self.record.colleagues.clear();
            self.owner.email.clear();
            self.owner.profile.phone.clear();
            self.owner.profile.badge_number.clear();
            self.owner.profile.mailing_address.clear();
            // Whom a call-back reached, on which number, and what they said.
            for callback in &mut self.callbacks {
                callback.phone.clear();
                callback.answered_by.clear();
                callback.note.clear();
            }
        }
        self
    }
}

/// Each target of the request with the first other requests naming it and their
/// number (two queries for all targets) and the account directory's answer.
async fn target_facts(app: &App, record: &RequestRecord) -> Result<Vec<TargetFacts>, AppError> {
    let targets: Vec<&Target> = record
        .submitted
        .iter()
        .flat_map(|s| s.targets.iter())
        .collect();
    let keys: Vec<TargetKey> = targets.iter().map(|t| key_of(t)).collect();
    let namings = app
        .store
        .named_by(record.summary.row_id, &keys, PANEL_NAMINGS, 0)
        .await?;
    let asked: Vec<(TargetType, String)> = targets
        .iter()
        .map(|t| (t.kind, t.normalized.clone()))
        .collect();
    let lookups = app.directory.lookup_many(&asked).await;
    Ok(targets
        .into_iter()
        .zip(namings)
        .zip(lookups)
        .map(|((target, others), account)| TargetFacts {
            others: others.items,
            others_total: others.total,
            account: account.map_err(|e| e.to_string()),
            target: target.clone(),
        })
        .collect())
}

pub(crate) fn key_of(target: &Target) -> TargetKey {
    TargetKey {
        target_type: target.kind.as_str().to_owned(),
        normalized: target.normalized.clone(),
    }
}
