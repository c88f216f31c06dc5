//! The response team's actions on a request. Roles are checked by the routes; the
//! rules that must hold whoever calls (four eyes, call-back before an emergency
//! approval, the lifecycle) are enforced by the store in the same transaction.

use lers_domain::account::{FieldError, Role};
use lers_domain::problem::Problem;
use lers_domain::request::review::{Answer, Checklist, Criterion, DecisionReason, Scope};
use lers_domain::request::{DataCategory, RequestStatus};
use lers_domain::totp::DIGITS;
use lers_store::OutgoingMail;
use lers_store::{
    CallbackResult, Ctx, DecisionKind, NewCallback, NewDecision, RequestRecord, SessionRecord,
};

use crate::app::App;
use crate::error::{refusal_at, AppError, FormError};
use crate::i18n::Tr;

/// Reads checklist answers posted as `<criterion>=fine|problem` and `<criterion>_note`.
pub fn parse_checklist(pairs: &[(String, String)]) -> Result<Checklist, Vec<FieldError>> {
    let value = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let answers = Criterion::ALL
        .iter()
        .filter_map(|criterion| {
            let answer = value(criterion.as_str())?;
            Some(Answer {
                criterion: *criterion,
                problem: answer == "problem",
                note: value(&format!("{}_note", criterion.as_str()))
                    .unwrap_or("")
                    .trim()
                    .to_owned(),
            })
        })
        .collect();
    Checklist::complete(answers)
}

impl App {
    pub async fn save_review(
        &self,
        session: &SessionRecord,
        record: &RequestRecord,
        pairs: &[(String, String)],
        ctx: &Ctx,
    ) -> Result<(), FormError> {
        let checklist = parse_checklist(pairs).map_err(FormError::Fields)?;
        self.store
            .save_review(&record.summary, &session.account, &checklist, ctx)
            .await
            .map_err(refusal_at("review"))
    }

    /// Records a decision. Approving also needs a fresh second factor: a code typed now,
    /// or one confirmed in this session within the step-up window.
    pub async fn decide_request(
        &self,
        session: &SessionRecord,
        record: &RequestRecord,
        pairs: &[(String, String)],
        ctx: &Ctx,
    ) -> Result<RequestStatus, FormError> {
        let value = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim().to_owned())
                .unwrap_or_default()
        };
        let kind = DecisionKind::parse(&value("decision"))
            .ok_or_else(|| FormError::field("decision", Problem::new("form-decision-missing")))?;
        let reasons: Vec<DecisionReason> = DecisionReason::ALL
            .iter()
            .copied()
            .filter(|r| {
                pairs
                    .iter()
                    .any(|(k, _)| *k == format!("reason_{}", r.as_str()))
            })
            .collect();
        let note = value("note_to_requester");
        if matches!(kind, DecisionKind::Reject | DecisionKind::Challenge) && reasons.is_empty() {
            return Err(FormError::field(
                "reasons",
                Problem::new("form-decision-reasons-missing"),
            ));
        }
        if kind == DecisionKind::AskForInformation && note.is_empty() {
            return Err(FormError::field(
                "note_to_requester",
                Problem::new("form-decision-note-missing"),
            ));
        }
        let scope = (kind == DecisionKind::ApprovePartial)
            .then(|| {
                let submitted = record.submitted.as_ref()?;
                Some(Scope {
                    targets: submitted
                        .targets
                        .iter()
                        .filter(|t| {
                            pairs
                                .iter()
                                .any(|(k, _)| *k == format!("scope_target_{}", t.normalized))
                        })
                        .map(|t| t.normalized.clone())
                        .collect(),
                    categories: DataCategory::ALL
                        .iter()
                        .copied()
                        .filter(|c| {
                            pairs
                                .iter()
                                .any(|(k, _)| *k == format!("scope_category_{}", c.as_str()))
                        })
                        .collect(),
                })
            })
            .flatten();
        if kind == DecisionKind::ApprovePartial
            && scope
                .as_ref()
                .is_none_or(|s| s.targets.is_empty() || s.categories.is_empty())
        {
            return Err(FormError::field(
                "scope",
                Problem::new("form-decision-scope-missing"),
            ));
        }
        if kind.approves() {
            if !session.account.roles.contains(Role::Approver) {
                return Err(AppError::Forbidden.into());
            }
            let code = value("code");
            if code.len() == DIGITS {
                self.confirm_step_up(session, &code, "code", ctx).await?;
            } else if !self.sessions.step_up_fresh(session.mfa_at, ctx.at) {
                return Err(FormError::field(
                    "code",
                    Problem::new("form-decision-code-missing"),
                ));
            }
        }
        let decision = NewDecision {
            kind,
            reasons,
            note_to_requester: note,
            scope,
        };
        let status = self
            .store
            .record_decision(&record.summary, &session.account, &decision, ctx)
            .await
            .map_err(refusal_at("decision"))?;
        notify_requester(self, record).await;
        Ok(status)
    }

    pub async fn record_callback(
        &self,
        session: &SessionRecord,
        record: &RequestRecord,
        pairs: &[(String, String)],
        ctx: &Ctx,
    ) -> Result<(), FormError> {
        let value = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim().to_owned())
                .unwrap_or_default()
        };
        let mut errors = Vec::new();
        let phone = value("callback_phone");
        if phone.is_empty() {
            errors.push(FieldError::new(
                "callback_phone",
                Problem::new("form-callback-phone-missing"),
            ));
        }
        let source = value("number_source");
        if source.is_empty() {
            errors.push(FieldError::new(
                "number_source",
                Problem::new("form-callback-source-missing"),
            ));
        }
        let answered_by = value("answered_by");
        let result = CallbackResult::parse(&value("callback_result"));
        if result.is_none() {
            errors.push(FieldError::new(
                "callback_result",
                Problem::new("form-callback-result-missing"),
            ));
        }
        let (Some(result), true) = (result, errors.is_empty()) else {
            return Err(FormError::Fields(errors));
        };
        let callback = NewCallback {
            phone,
            number_source: source,
            answered_by,
            result,
            note: value("callback_note"),
        };
        self.store
            .record_callback(&record.summary, &session.account, &callback, ctx)
            .await
            .map_err(refusal_at("callback_phone"))
    }
}

/// "Your request changed; log in to see" — never the decision itself by email.
pub(crate) async fn notify_requester(state: &App, record: &RequestRecord) {
    let Ok(watchers) = state.store.request_watchers(&record.summary).await else {
        return;
    };
    let reference = record.summary.reference.clone().unwrap_or_default();
    let service = state.config.service_name.clone();
    for watcher in watchers {
        // In the watcher's language, not that of the staff member whose act it reports.
        let tr = Tr::for_account(&watcher.locale, Tr::default);
        let subject = tr.with(
            "mail-request-updated-subject",
            &[
                ("reference", reference.clone()),
                ("service", service.clone()),
            ],
        );
        let body = tr.with(
            "mail-request-updated-body",
            &[
                ("name", watcher.name.clone()),
                ("reference", reference.clone()),
                (
                    "link",
                    state
                        .config
                        .link(&format!("/requests/{}", record.summary.id)),
                ),
            ],
        );
        if let Err(e) = state
            .send_or_queue(OutgoingMail::to_account(&watcher, &subject, body))
            .await
        {
            tracing::warn!(error = %e, reference, "could not send a status alert");
        }
    }
}
