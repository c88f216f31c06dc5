//! What the EU-order panels show (`_eu_execution.html` on the console,
//! `_eu_status.html` for the requester): where the release stands under the EA hold,
//! the EA's decision, a Form 3 answer and what the issuing authority says about
//! informing the user. Kept low so pages and routes can both use it.

use lers_app::services::eu_execution::EuStatus;
use lers_domain::clock::Timestamp;
use lers_domain::eu::enforcing::{EaDecision, RefusalGround};
use lers_domain::eu::non_execution::NonExecutionReason;
use lers_domain::eu::UserInformation;
use lers_store::eu_execution::Form3Record;

/// An EU order as its panels show it.
pub struct EuPanel {
    pub enforcing_authority: Option<String>,
    /// `not_held`, `held`, `emergency_provisional`, `released` or `refused`.
    pub release: &'static str,
    pub until: Option<Timestamp>,
    /// The EA's decision (`no_grounds`, `partial_grounds`, `full_refusal`), its ground
    /// and the data partial grounds cover.
    pub decision: Option<&'static str>,
    pub ground: Option<&'static str>,
    pub partial_data: String,
    pub already_sent: bool,
    pub form3: Option<Form3Record>,
    /// `not_restricted`, `delayed_until` or `until_authority_lifts`.
    pub user_information: &'static str,
    pub user_information_until: String,
    pub notice_lifted: bool,
    pub can_record_ea: bool,
    pub can_answer_form3: bool,
    pub can_lift: bool,
    pub grounds: Vec<&'static str>,
    pub reasons: Vec<&'static str>,
}

impl EuPanel {
    pub fn new(status: EuStatus) -> Self {
        let (user_information, user_information_until) = match &status.user_information {
            UserInformation::NotRestricted => ("not_restricted", String::new()),
            UserInformation::DelayedUntil { until } => ("delayed_until", until.clone()),
            UserInformation::DelayedUntilAuthorityLifts => ("until_authority_lifts", String::new()),
        };
        let decision = status.ea_decision.as_ref();
        Self {
            enforcing_authority: status.order.enforcing_authority.clone(),
            release: status.release.as_str(),
            until: status.release.until(),
            decision: decision.map(|d| d.decision.as_str()),
            ground: decision
                .and_then(|d| d.decision.ground())
                .map(|g| g.as_str()),
            partial_data: decision
                .map(|d| match &d.decision {
                    EaDecision::PartialGrounds { data, .. } => data.clone(),
                    _ => String::new(),
                })
                .unwrap_or_default(),
            already_sent: decision.is_some_and(|d| d.already_sent),
            form3: status.form3,
            user_information,
            user_information_until,
            notice_lifted: status.notice_lifted,
            can_record_ea: false,
            can_answer_form3: false,
            can_lift: false,
            grounds: RefusalGround::ALL.iter().map(|g| g.as_str()).collect(),
            reasons: NonExecutionReason::ALL.iter().map(|r| r.as_str()).collect(),
        }
    }
}
