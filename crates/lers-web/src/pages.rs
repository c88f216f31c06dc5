//! Page templates (askama, checked at compile time) and what every page shares.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Html;
use lers_app::i18n::Tr;
use lers_app::App;
use lers_domain::account::{AccountKind, Role};
use lers_store::{Account, AuditRecord, DomainEntry};

pub use crate::form_errors::Errors;
use crate::request::RequestInfo;

/// Renders a template; a template error becomes a plain 500 rather than a panic.
pub fn render<T: Template>(template: &T) -> Html<String> {
    Html(template.render().unwrap_or_else(|e| {
        tracing::error!(error = %e, "template failed");
        "<!doctype html><title>Error</title><p>Internal error.</p>".to_owned()
    }))
}

/// The frame around every page: language, CSRF token for the header's logout form,
/// who is signed in.
pub struct Chrome {
    pub t: Tr,
    pub csrf: String,
    pub user: Option<NavUser>,
    pub service_name: String,
    pub languages: Vec<crate::languages::LanguageLink>,
    /// The moment the page is drawn, for its SLA clocks ("due in 3 h").
    pub now: lers_domain::clock::Timestamp,
}

pub struct NavUser {
    pub name: String,
    pub staff: bool,
    pub casework: bool,
    pub admin: bool,
    pub auditor: bool,
    pub unread: i64,
}

impl Chrome {
    pub fn new(req: &RequestInfo, state: &App) -> Self {
        let user = req
            .session
            .as_ref()
            .filter(|s| s.mfa_at.is_some() && s.account.mfa_complete())
            .map(|s| NavUser {
                name: s.account.name.clone(),
                staff: s.account.kind == AccountKind::Staff,
                casework: [Role::Intake, Role::Reviewer, Role::Approver, Role::Producer]
                    .iter()
                    .any(|r| s.account.roles.contains(*r)),
                admin: s.account.roles.contains(Role::Admin),
                auditor: s.account.roles.contains(Role::Auditor),
                unread: req.unread_notices,
            });
        Self {
            t: req.tr.clone(),
            csrf: req.form_token.clone(),
            user,
            service_name: state.config.service_name.clone(),
            languages: crate::languages::links(&req.tr, &req.path),
            now: state.clock.now(),
        }
    }

    fn bare() -> Self {
        Self {
            t: Tr::default(),
            csrf: String::new(),
            user: None,
            service_name: "LERS".into(),
            languages: Vec::new(),
            now: lers_domain::clock::Timestamp::from_unix_millis(0),
        }
    }
}

/// Previous/next links for a listing; `base` is the URL with its other query fields.
pub struct Pager {
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    pub prev: Option<String>,
    pub next: Option<String>,
    /// `total` is a lower bound: there are more than that many (a capped count).
    pub more: bool,
}

impl Pager {
    pub const PAGE_SIZE: i64 = 50;

    pub fn new(page: i64, total: i64, base: &str) -> Self {
        let pages = ((total + Self::PAGE_SIZE - 1) / Self::PAGE_SIZE).max(1);
        let page = page.clamp(1, pages);
        let join = if base.contains('?') { '&' } else { '?' };
        Self {
            page,
            pages,
            total,
            prev: (page > 1).then(|| format!("{base}{join}page={}", page - 1)),
            next: (page < pages).then(|| format!("{base}{join}page={}", page + 1)),
            more: false,
        }
    }

    /// For a count stopped one past `cap` (see `QUEUE_COUNT_CAP`): beyond the cap
    /// the pages are not counted, and a full page links to the next one.
    pub fn capped(page: i64, total: i64, cap: i64, full_page: bool, base: &str) -> Self {
        if total <= cap {
            return Self::new(page, total, base);
        }
        let mut pager = Self::new(page.min(cap / Self::PAGE_SIZE), cap, base);
        let join = if base.contains('?') { '&' } else { '?' };
        pager.page = page.max(1);
        pager.more = true;
        pager.prev = (pager.page > 1).then(|| format!("{base}{join}page={}", pager.page - 1));
        pager.next =
            full_page.then(|| format!("{base}{join}page={}", pager.page.saturating_add(1)));
        pager
    }

    /// The last page, when `page` lies beyond it (it then shows nothing).
    pub fn beyond_end(&self, page: i64) -> Option<i64> {
        (!self.more && page > self.pages).then_some(self.pages)
    }

    /// Rows before `page`; a page number past any real page (a hostile `?page=`)
    /// saturates instead of overflowing, and simply finds nothing.
    pub fn offset(page: i64) -> i64 {
        (page.max(1) - 1).saturating_mul(Self::PAGE_SIZE)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub chrome: Chrome,
    pub status: u16,
    pub message: String,
}

impl ErrorPage {
    pub fn new(status: StatusCode, message: String) -> Self {
        Self::in_language(status, message, Tr::default())
    }

    /// The page in `t`'s language, for answers drawn where no reader is loaded yet
    /// (requests shed before any work).
    pub fn in_language(status: StatusCode, message: String, t: Tr) -> Self {
        Self {
            chrome: Chrome {
                t,
                ..Chrome::bare()
            },
            status: status.as_u16(),
            message,
        }
    }
}

/// A short page with a heading and a paragraph (e.g. "check your email").
#[derive(Template)]
#[template(path = "notice.html")]
pub struct NoticePage {
    pub chrome: Chrome,
    pub title: String,
    pub message: String,
    pub link: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub chrome: Chrome,
}

#[derive(Template)]
#[template(path = "signup.html")]
pub struct SignUpPage {
    pub chrome: Chrome,
    pub form: lers_app::services::accounts::SignUpForm,
    pub errors: Errors,
}

#[derive(Template)]
#[template(path = "set_password.html")]
pub struct SetPasswordPage {
    pub chrome: Chrome,
    pub token: String,
    pub email: String,
    pub errors: Errors,
}

#[derive(Template)]
#[template(path = "mfa_enroll.html")]
pub struct MfaEnrollPage {
    pub chrome: Chrome,
    pub qr_svg: String,
    pub secret_groups: String,
    pub errors: Errors,
    /// The account used a recovery code and is enrolling a new authenticator.
    pub reenrollment: bool,
}

/// The recovery codes, shown once right after (re-)enrollment.
#[derive(Template)]
#[template(path = "recovery_codes.html")]
pub struct RecoveryCodesPage {
    pub chrome: Chrome,
    pub codes: Vec<String>,
    pub home: &'static str,
}

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub chrome: Chrome,
    /// `/login` or `/staff/login`: the form posts back where it came from.
    pub action: &'static str,
    pub email: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
pub struct DashboardPage {
    pub chrome: Chrome,
    pub requests: Vec<lers_store::RequestSummary>,
    pub clocks: std::collections::HashMap<String, lers_app::services::glance::RequestClock>,
    pub counts: Vec<(lers_domain::request::RequestStatus, i64)>,
    pub account: Account,
    pub recent_activity: Vec<AuditRecord>,
}

#[derive(Template)]
#[template(path = "setup.html")]
pub struct SetupPage {
    pub chrome: Chrome,
    pub form: lers_app::services::accounts::AdminSetupForm,
    pub errors: Errors,
}

pub struct RoleChoice {
    pub role: &'static str,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "staff_accounts.html")]
pub struct AccountsPage {
    pub chrome: Chrome,
    pub accounts: Vec<Account>,
    pub search: String,
    pub kind: String,
    pub pager: Pager,
    pub invite_name: String,
    pub invite_email: String,
    pub invite_roles: Vec<RoleChoice>,
    pub errors: Errors,
    pub notice: Option<String>,
    pub self_id: i64,
    /// Proposals waiting for a second admin.
    pub approvals: Vec<lers_store::ApprovalRecord>,
    /// Suspensions after failed call-backs (those in force first), with their cause.
    pub suspensions: Vec<lers_store::emergencies::SuspensionRecord>,
    /// Accounts of external requesters not linked yet: they cannot sign in.
    pub external: Vec<i64>,
}

impl AccountsPage {
    pub fn is_external(&self, account: &Account) -> bool {
        self.external.contains(&account.id)
    }

    /// What a proposal would change, in words.
    pub fn describe(&self, approval: &lers_store::ApprovalRecord) -> String {
        match &approval.change {
            lers_domain::powers::ProposedChange::GrantRoles { from, to } => self.chrome.t.with(
                "approval-grant",
                &[
                    ("from", self.chrome.t.roles(from)),
                    ("to", self.chrome.t.roles(to)),
                ],
            ),
            lers_domain::powers::ProposedChange::ResetSecondFactor => {
                self.chrome.t.get("approval-reset")
            }
        }
    }

    /// Role boxes for one account's row.
    pub fn roles_of(&self, account: &Account) -> Vec<RoleChoice> {
        Role::ALL
            .iter()
            .map(|role| RoleChoice {
                role: role.as_str(),
                checked: account.roles.contains(*role),
            })
            .collect()
    }
}

#[derive(Template)]
#[template(path = "staff_domains.html")]
pub struct DomainsPage {
    pub chrome: Chrome,
    /// The built-in CISA list: how many of its entries there are and are enabled.
    pub builtin: lers_store::domain_sources::SourceCount,
    pub domains: Vec<DomainEntry>,
    pub search: String,
    pub pager: Pager,
    pub new_pattern: String,
    pub new_organization: String,
    pub errors: Errors,
    pub notice: Option<String>,
}

#[derive(Template)]
#[template(path = "audit.html")]
pub struct AuditPage {
    pub chrome: Chrome,
    pub records: Vec<AuditRecord>,
    pub actor: String,
    pub action: String,
    pub outcome: String,
    pub subject: String,
    /// The filter's choices: `(code, words)`.
    pub actions: Vec<(&'static str, String)>,
    pub pager: Pager,
    pub entries: u64,
    pub verified: Option<Result<String, String>>,
}

pub use crate::routes::request_form::{Choice, FormView};

#[derive(Template)]
#[template(path = "requests.html")]
pub struct RequestsPage {
    pub chrome: Chrome,
    pub requests: Vec<lers_store::RequestSummary>,
    pub clocks: std::collections::HashMap<String, lers_app::services::glance::RequestClock>,
    pub search: String,
    pub statuses: Vec<Choice>,
    pub kinds: Vec<Choice>,
    pub pager: Pager,
}

#[derive(Template)]
#[template(path = "request_new.html")]
pub struct NewRequestPage {
    pub chrome: Chrome,
    pub kinds: Vec<&'static str>,
}

#[derive(Template)]
#[template(path = "request_form.html")]
pub struct RequestFormPage {
    pub chrome: Chrome,
    /// Where the form posts.
    pub action: String,
    pub kind: &'static str,
    pub draft: lers_domain::request::RequestDraft,
    pub view: FormView,
    pub errors: Errors,
    pub notice: Option<String>,
    /// Where the page was reached from, and the link's text.
    pub back: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "request_detail.html")]
pub struct RequestDetailPage {
    pub chrome: Chrome,
    pub r: lers_store::RequestRecord,
    pub documents: Vec<lers_store::DocumentRecord>,
    pub messages: Vec<lers_store::MessageRecord>,
    pub timeline: Vec<lers_store::TimelineEntry>,
    pub decisions: Vec<lers_store::DecisionRecord>,
    pub errors: Errors,
    pub notice: Option<String>,
    pub can_edit: bool,
    pub can_upload: bool,
    pub can_message: bool,
    pub can_withdraw: bool,
    pub max_upload_mib: u64,
    pub productions: Vec<lers_store::productions::ProductionRecord>,
    /// A second factor fresh enough to download right now.
    pub downloads_unlocked: bool,
    pub now: lers_domain::clock::Timestamp,
    /// An EU order's clocks and preservation.
    pub eu: Option<lers_app::services::eu_orders::EuPanel>,
    /// EU orders: where the release stands, and a Form 3 answer (`_eu_status.html`).
    pub eu_execution: Option<crate::eu_panel::EuPanel>,
}

#[derive(Template)]
#[template(path = "tokens.html")]
pub struct TokensPage {
    pub chrome: Chrome,
    pub now: lers_domain::clock::Timestamp,
    pub tokens: Vec<lers_store::ApiTokenRecord>,
    pub new_token: Option<String>,
    pub token_name: String,
    pub errors: Errors,
    pub notice: Option<String>,
}

#[derive(Template)]
#[template(path = "console_queue.html")]
pub struct QueuePage {
    pub chrome: Chrome,
    pub items: Vec<lers_store::QueueItem>,
    pub counts: lers_app::services::glance::QueueCounts,
    pub kinds: Vec<Choice>,
    pub statuses: Vec<Choice>,
    pub country: String,
    pub mine: bool,
    pub overdue: bool,
    pub pager: Pager,
    /// The clocks of the EU orders among the items, by public id.
    pub eu_clocks: std::collections::HashMap<String, lers_app::services::eu_orders::EuClockView>,
}

/// What is known about one target: other requests naming it, and the account
/// directory's answer (or why there is none).
pub struct TargetPanel {
    pub target: lers_domain::request::Target,
    pub others: Vec<lers_store::RequestSummary>,
    /// How many other requests name it; past the ones shown, `all` lists them.
    pub others_total: i64,
    pub all: String,
    pub account: Result<Option<lers_app::directory::DirectoryAccount>, String>,
}

/// One question of the review checklist with its saved answer.
pub struct ChecklistRow {
    pub criterion: &'static str,
    pub answer: &'static str,
    pub note: String,
}

#[derive(Template)]
#[template(path = "console_request.html")]
pub struct ConsoleRequestPage {
    pub chrome: Chrome,
    pub r: lers_store::RequestRecord,
    pub owner: Account,
    pub due_at: Option<lers_domain::clock::Timestamp>,
    pub overdue: bool,
    pub hold: Option<lers_store::HoldRecord>,
    /// An EU order's clocks and preservation.
    pub eu: Option<lers_app::services::eu_orders::EuPanel>,
    pub staff: Vec<Account>,
    pub targets: Vec<TargetPanel>,
    pub documents: Vec<lers_store::DocumentRecord>,
    pub callbacks: Vec<lers_store::CallbackRecord>,
    pub review: Option<lers_store::ReviewRecord>,
    pub checklist: Vec<ChecklistRow>,
    pub decision_kinds: Vec<&'static str>,
    pub reasons: Vec<&'static str>,
    pub messages: Vec<lers_store::MessageRecord>,
    pub notes: Vec<lers_store::MessageRecord>,
    pub timeline: Vec<lers_store::TimelineEntry>,
    pub errors: Errors,
    pub notice: Option<String>,
    pub can_assign: bool,
    pub can_review: bool,
    pub can_decide: bool,
    pub can_callback: bool,
    pub can_message: bool,
    /// The requester's contact details are shown (the field matrix).
    pub sees_contact: bool,
    /// The field groups the viewer may not see (already taken out of the page).
    pub withheld: Vec<&'static str>,
    pub notice_rows: Vec<NoticeRow>,
    /// Some notice decision exists (shown even to those who cannot decide).
    pub any_notice: bool,
    pub can_notice: bool,
    pub exemptions: Vec<&'static str>,
    pub productions: Vec<lers_store::productions::ProductionRecord>,
    pub can_produce: bool,
    /// The request's status allows productions (approved or produced).
    pub producible: bool,
    pub can_open_production: bool,
    /// The viewer's pseudonym (producers act only on their own productions).
    pub me: String,
    /// Emergencies: what the agency directory holds for the requester's email domain.
    pub em: EmergencyPanel,
    /// EU orders: the EA hold, Form 3 and user notice (`_eu_execution.html`).
    pub eu_execution: Option<crate::eu_panel::EuPanel>,
    /// HI-1 messages sent back to the endpoint the order came from (`_hi1_outbound.html`).
    pub hi1_outbound: Vec<lers_app::services::hi1_outbound::OutboundView>,
    /// The emergency's on-call alert (`_oncall_alert.html`).
    pub oncall: Option<crate::alert_panel::AlertPanel>,
}

/// The emergency parts of the console page: the directory's number to call, the
/// risk score, second confirmations of call-backs, and a suspension of the requester.
#[derive(Default)]
pub struct EmergencyPanel {
    pub agency: Option<lers_store::emergencies::Agency>,
    pub assessment: Option<lers_store::emergencies::StoredAssessment>,
    pub confirmations: Vec<lers_store::emergencies::CallbackConfirmation>,
    pub suspension: Option<lers_store::emergencies::SuspensionRecord>,
    /// Replies to the requester are still possible (not withdrawn or closed).
    pub can_reply: bool,
    /// What the call-back form starts with: the directory's switchboard, if any.
    pub prefill_phone: String,
    pub prefill_source: String,
    pub me_id: i64,
}

impl EmergencyPanel {
    pub fn confirmations_of(
        &self,
        callback: i64,
    ) -> Vec<&lers_store::emergencies::CallbackConfirmation> {
        self.confirmations
            .iter()
            .filter(|c| c.callback_id == callback)
            .collect()
    }
}

/// An affected account of a request and its notice decision, if made.
pub struct NoticeRow {
    pub target_type: &'static str,
    pub target: String,
    pub notice: Option<lers_store::NoticeRecord>,
}

#[derive(Template)]
#[template(path = "console_notices.html")]
pub struct NoticesPage {
    pub chrome: Chrome,
    pub notices: Vec<lers_store::NoticeRecord>,
    pub exemptions: Vec<&'static str>,
    pub can_hold: bool,
    pub errors: Errors,
    pub notice: Option<String>,
}

#[derive(Template)]
#[template(path = "transparency.html")]
pub struct TransparencyPage {
    pub chrome: Chrome,
    pub periods: Vec<String>,
    pub report: Option<lers_store::StoredReport>,
    pub filter: crate::charts::Filter,
    /// Server-rendered SVG (numbers and escaped labels only).
    pub country_chart: String,
    pub countries: usize,
    pub trend: String,
}

#[derive(Template)]
#[template(path = "staff_transparency.html")]
pub struct StaffTransparencyPage {
    pub chrome: Chrome,
    pub reports: Vec<lers_store::StoredReport>,
    pub shown: Option<lers_store::StoredReport>,
    pub periods: Vec<String>,
    pub errors: Errors,
    pub notice: Option<String>,
}
