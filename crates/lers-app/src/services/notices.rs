//! Notifying affected users: the reviewer's decision per account (checked against the
//! policy in `lers_domain::notice`), and the delivery of scheduled notices by the job
//! runner, in the account holder's language.

use lers_domain::notice::{plan, Exemption, NoticeChoice, NoticeFacts, NoticePlan};
use lers_domain::problem::Problem;
use lers_domain::request::draft::parse_date;
use lers_domain::request::{OrderTerm, TargetType};
use lers_store::{
    Ctx, DecisionKind, NoticeClaim, NoticeDecision, NoticeRecord, NoticeState, RequestRecord,
    SessionRecord,
};

use lers_domain::refusal::Explained;

use crate::app::App;
use crate::error::{refusal_at, AppError, FormError};
use crate::i18n::Tr;

/// Whether data of this target was approved for disclosure: by a full approval, or a
/// partial one whose scope names it.
async fn disclosed(state: &App, record: &RequestRecord, target: &str) -> Result<bool, AppError> {
    let decisions = state.store.decisions(&record.summary).await?;
    Ok(decisions
        .iter()
        .rev()
        .find(|d| d.kind.approves())
        .is_some_and(|d| match d.kind {
            DecisionKind::ApprovePartial => d
                .scope
                .as_ref()
                .is_some_and(|s| s.targets.iter().any(|t| t == target)),
            _ => true,
        }))
}

impl App {
    /// Records the reviewer's notice decision for one target of `record`.
    pub async fn decide_notice(
        &self,
        session: &SessionRecord,
        record: &RequestRecord,
        pairs: &[(String, String)],
        ctx: &Ctx,
    ) -> Result<NoticeState, FormError> {
        let value = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim().to_owned())
                .unwrap_or_default()
        };
        let submitted = record.submitted.as_ref().ok_or(AppError::NotFound)?;
        let (target_type, target) = (value("target_type"), value("target"));
        if !submitted
            .targets
            .iter()
            .any(|t| t.kind.as_str() == target_type && t.normalized == target)
        {
            return Err(FormError::field(
                "notice",
                Problem::new("form-notice-target-unknown"),
            ));
        }
        let reason = value("notice_reason");
        let decision = value("notice_choice");
        let choice = match decision.as_str() {
            "notify_now" => NoticeChoice::NotifyNow,
            "delay" => NoticeChoice::DelayUntilOrderEnds,
            "not_applicable" => NoticeChoice::NotApplicable,
            "exempt" => NoticeChoice::Exempt {
                exemption: Exemption::parse(&value("exemption")).ok_or_else(|| {
                    FormError::field("notice", Problem::new("form-notice-exemption-missing"))
                })?,
                reason: reason.clone(),
            },
            _ => {
                return Err(FormError::field(
                    "notice",
                    Problem::new("form-notice-choice-missing"),
                ))
            }
        };
        // When the agency extends its delay-of-notice order, the reviewer records the new
        // end date here and the notice moves with it.
        let extended_order = match value("order_until").as_str() {
            "" => None,
            until => {
                parse_date(until).ok_or_else(|| {
                    FormError::field("notice", Problem::new("form-notice-order-until-invalid"))
                })?;
                Some(OrderTerm::Until {
                    until: until.to_owned(),
                })
            }
        };
        // An EU order follows its issuing authority (Art 13), as it stands now.
        let eu_user_information = self.eu_user_information(record).await?;
        let facts = NoticeFacts {
            disclosed: disclosed(self, record, &target).await?,
            delay_order: extended_order
                .as_ref()
                .unwrap_or(&submitted.delay_of_notice),
            eu_user_information: eu_user_information.as_ref(),
            now: ctx.at,
        };
        let outcome = plan(&choice, &facts)
            .map_err(|refusal| FormError::field("notice", refusal.problem()))?;
        let (notice_state, send_at) = match outcome {
            NoticePlan::SendAt(at) => (NoticeState::Scheduled, Some(at)),
            NoticePlan::AwaitingOrderWithoutEnd => (NoticeState::AwaitingOrder, None),
            NoticePlan::AwaitingIssuingAuthority => (NoticeState::AwaitingAuthority, None),
            NoticePlan::NotSent => (NoticeState::NotSent, None),
        };
        let exemption = match &choice {
            NoticeChoice::Exempt { exemption, .. } => Some(exemption.as_str().to_owned()),
            _ => None,
        };
        let decided = NoticeDecision {
            target_type,
            target,
            decision,
            exemption,
            reason,
            state: notice_state,
            send_at,
        };
        self.store
            .decide_notice(&record.summary, &decided, &session.account, ctx)
            .await
            .map_err(refusal_at("notice"))?;
        Ok(notice_state)
    }

    /// Delivers a scheduled notice (called by the job runner). A notice that was held,
    /// re-scheduled or already sent is left alone; a failed send is recorded and retried.
    /// The notice is held until `until` (the end of its job's lease) while it is sent.
    /// A notice someone else holds (or a failed attempt left held) is an error, so
    /// that the job is tried again once the hold may have run out, never dropped.
    pub async fn deliver_notice(
        &self,
        notice_id: i64,
        send_at: i64,
        until: lers_domain::clock::Timestamp,
        ctx: &Ctx,
    ) -> Result<(), String> {
        let send_at = lers_domain::clock::Timestamp::from_unix_millis(send_at);
        // The claim makes a hold placed meanwhile win, and a second worker stand aside.
        match self
            .store
            .claim_notice(notice_id, send_at, ctx.at, until)
            .await
            .map_err(|e| e.to_string())?
        {
            NoticeClaim::Claimed => {}
            NoticeClaim::Gone => return Ok(()),
            NoticeClaim::Busy { until } => {
                return Err(format!(
                    "notice {notice_id} is held for sending until {}; tried again later",
                    until.to_rfc3339()
                ))
            }
        }
        let notice = match self.store.notice(notice_id).await {
            Ok(Some(notice)) => notice,
            Ok(None) => return Ok(()),
            Err(e) => return Err(self.released(notice_id, e.to_string()).await),
        };
        let Some(kind) = TargetType::parse(&notice.target_type) else {
            let e = format!("unknown target type {:?}", notice.target_type);
            return self.failed_attempt(notice_id, e, ctx).await;
        };
        let account = match self.directory.lookup(kind, &notice.target).await {
            Ok(account) => account,
            Err(e) => return self.failed_attempt(notice_id, e.to_string(), ctx).await,
        };
        let Some(account) = account.filter(|a| !a.email.is_empty()) else {
            let recorded = self
                .store
                .record_delivery(
                    notice_id,
                    "no_address",
                    "the account directory has no address for this account",
                    false,
                    ctx,
                )
                .await;
            return match recorded {
                Ok(()) => Ok(()),
                Err(e) => Err(self.released(notice_id, e.to_string()).await),
            };
        };
        let composed = compose(self, &notice, &account.account_id, &account.language)
            .await
            .map_err(|e| e.to_string());
        let sent = match composed {
            Ok((subject, body)) => self
                .send_unless_down(&account.email, &subject, body)
                .await
                .map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        match sent {
            // Sent but not recorded: the claim is kept to its end, then the retry sends
            // it again (at least once; the alternative could lose it).
            Ok(()) => self
                .store
                .record_delivery(notice_id, "sent", &account.language, true, ctx)
                .await
                .map_err(|e| e.to_string()),
            Err(e) => self.failed_attempt(notice_id, e, ctx).await,
        }
    }

    /// Records a failed attempt (the notice goes back to scheduled) and returns the
    /// error that has the job retried; when even the record fails, the claim is
    /// released so that the retry can claim the notice again.
    async fn failed_attempt(&self, notice_id: i64, error: String, ctx: &Ctx) -> Result<(), String> {
        match self
            .store
            .record_delivery(notice_id, "failed", &error, false, ctx)
            .await
        {
            Ok(()) => Err(error),
            Err(e) => {
                let error = format!("{error}; the attempt could not be recorded: {e}");
                Err(self.released(notice_id, error).await)
            }
        }
    }

    /// Releases the claim on a notice after an attempt that failed unrecorded, and
    /// returns `error`. If the release fails too, the claim runs out at its job's
    /// lease end and the job's retry (which waits for it) claims the notice then.
    async fn released(&self, notice_id: i64, error: String) -> String {
        if let Err(e) = self.store.release_notice(notice_id).await {
            tracing::warn!(notice = notice_id, error = %e, "a notice's claim could not be released; it runs out with the job's lease");
        }
        error
    }

    /// Holds a notice for a recorded exemption (staff, from the upcoming notices).
    pub async fn hold_notice(
        &self,
        notice_id: i64,
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
        let exemption = Exemption::parse(&value("exemption")).ok_or_else(|| {
            FormError::field("exemption", Problem::new("form-notice-exemption-missing"))
        })?;
        let reason = value("reason");
        if reason.is_empty() {
            return Err(FormError::field(
                "reason",
                Problem::new("form-notice-hold-reason-missing"),
            ));
        }
        self.store
            .hold_notice(notice_id, exemption.as_str(), &reason, ctx)
            .await
            .map_err(refusal_at("exemption"))
    }
}

/// The notice in the account holder's language (English when theirs is not offered).
async fn compose(
    state: &App,
    notice: &NoticeRecord,
    account: &str,
    language: &str,
) -> Result<(String, String), AppError> {
    let tr = Tr::negotiate(Some(language));
    let owner = state
        .store
        .account(notice.request.owner_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let record = state
        .store
        .request_for(&owner, &notice.request.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let submitted = record.submitted.ok_or(AppError::NotFound)?;
    let decisions = state.store.decisions(&record.summary).await?;
    let approval = decisions.iter().rev().find(|d| d.kind.approves());
    let categories = approval
        .and_then(|d| d.scope.as_ref())
        .map(|s| s.categories.clone())
        .unwrap_or_else(|| submitted.data_categories.clone());
    let categories = categories
        .iter()
        .map(|c| tr.label("category", c.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    let process = submitted
        .instrument
        .map(|i| tr.label("instrument", i.as_str()))
        .unwrap_or_else(|| tr.label("kind", submitted.kind.as_str()));
    let service = state.config.service_name.clone();
    let args = [
        ("service", service.clone()),
        ("account", account.to_owned()),
        (
            "authority",
            if submitted.issuing_authority.is_empty() {
                owner.profile.agency.clone()
            } else {
                submitted.issuing_authority.clone()
            },
        ),
        ("country", submitted.country.clone()),
        ("process", process),
        (
            "date",
            approval
                .map(|d| d.decided_at.date().to_string())
                .unwrap_or_default(),
        ),
        ("categories", categories),
    ];
    Ok((
        tr.with("mail-notice-subject", &[("service", service)]),
        tr.with("mail-notice-body", &args),
    ))
}
