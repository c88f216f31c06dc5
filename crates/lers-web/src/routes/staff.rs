//! The staff console: home, accounts and roles (admin), the domain allow-list (admin).

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lers_app::App;
use lers_app::AppError;
use lers_app::{refusal_at, FormError};
use lers_domain::account::{AccountKind, AccountStatus, Role, Roles};
use lers_domain::allowlist::DomainRule;
use lers_domain::field_access::CASE_VIEWER_ROLES;
use lers_domain::powers::{plan_role_change, privileged_grants, RoleChange};
use lers_domain::problem::Problem;
use lers_domain::refusal::Explained;
use lers_store::{AccountQuery, DomainQuery, NewDomainEntry};
use serde::Deserialize;

use super::with_notice;
use crate::auth::{CsrfForm, SignedIn};
use crate::dashboard::{StaffHomePage, WorkloadView};
use crate::error::WebError;
use crate::pages::*;

pub async fn home(State(state): State<App>, who: SignedIn) -> Result<Response, WebError> {
    if !who.is_staff() {
        return Ok(Redirect::to("/dashboard").into_response());
    }
    let account = &who.session.account;
    let sees_alerts = account.roles.contains(Role::Admin) || account.roles.contains(Role::Auditor);
    let alerts = match sees_alerts {
        true => state.store.open_staff_alerts().await?,
        false => Vec::new(),
    };
    let works_on_cases = CASE_VIEWER_ROLES.iter().any(|r| account.roles.contains(*r));
    let workload = match works_on_cases {
        true => Some(WorkloadView::new(
            &who.req.tr,
            &state.workload_dashboard(account).await?,
        )),
        false => None,
    };
    Ok(render(&StaffHomePage {
        chrome: Chrome::new(&who.req, &state),
        account: account.clone(),
        alerts,
        workload,
    })
    .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    kind: String,
    page: Option<i64>,
    notice: Option<String>,
}

/// Role checkboxes arrive as `role_<name>=on`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoleBoxes {
    role_intake: Option<String>,
    role_reviewer: Option<String>,
    role_approver: Option<String>,
    role_producer: Option<String>,
    role_admin: Option<String>,
    role_auditor: Option<String>,
}

impl RoleBoxes {
    fn roles(&self) -> Roles {
        [
            (Role::Intake, &self.role_intake),
            (Role::Reviewer, &self.role_reviewer),
            (Role::Approver, &self.role_approver),
            (Role::Producer, &self.role_producer),
            (Role::Admin, &self.role_admin),
            (Role::Auditor, &self.role_auditor),
        ]
        .into_iter()
        .filter(|(_, checked)| checked.is_some())
        .map(|(role, _)| role)
        .collect()
    }
}

fn role_choices(roles: &Roles) -> Vec<RoleChoice> {
    Role::ALL
        .iter()
        .map(|role| RoleChoice {
            role: role.as_str(),
            checked: roles.contains(*role),
        })
        .collect()
}

struct InviteDraft {
    name: String,
    email: String,
    roles: Roles,
    errors: Errors,
}

async fn accounts_page(
    state: &App,
    who: &SignedIn,
    query: ListQuery,
    draft: InviteDraft,
) -> Result<AccountsPage, WebError> {
    let kind = query.kind.parse::<AccountKind>().ok();
    let page = query.page.unwrap_or(1);
    let found = state
        .store
        .list_accounts(&AccountQuery {
            kind,
            search: Some(query.q.clone()),
            limit: Pager::PAGE_SIZE,
            offset: Pager::offset(page),
        })
        .await?;
    let base = format!(
        "/staff/accounts?q={}&kind={}",
        form_urlencoded::byte_serialize(query.q.as_bytes()).collect::<String>(),
        kind.map(AccountKind::as_str).unwrap_or("")
    );
    let ids: Vec<i64> = found.items.iter().map(|a| a.id).collect();
    Ok(AccountsPage {
        chrome: Chrome::new(&who.req, state),
        external: state.store.unlinked_externals(&ids).await?,
        accounts: found.items,
        search: query.q,
        kind: kind.map(AccountKind::as_str).unwrap_or("").to_owned(),
        pager: Pager::new(page, found.total, &base),
        invite_name: draft.name,
        invite_email: draft.email,
        invite_roles: role_choices(&draft.roles),
        errors: draft.errors,
        notice: query.notice,
        self_id: who.session.account.id,
        approvals: state.store.open_approvals(state.clock.now()).await?,
        suspensions: state.store.suspensions(100).await?,
    })
}

pub async fn accounts(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "accounts").await?;
    let draft = InviteDraft {
        name: String::new(),
        email: String::new(),
        roles: Roles::none(),
        errors: Errors::default(),
    };
    Ok(render(&accounts_page(&state, &who, query, draft).await?).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteForm {
    name: String,
    email: String,
    #[serde(flatten)]
    roles: RoleBoxes,
    /// A fresh TOTP code, needed to invite with admin or approver.
    code: String,
}

/// Invitations grant roles too: admin and approver only by the sole admin (with a
/// fresh code); otherwise the invitee gets them through a proposal afterwards.
async fn check_privileged_invite(
    state: &App,
    who: &SignedIn,
    roles: &Roles,
    code: &str,
) -> Result<(), FormError> {
    if privileged_grants(&Roles::none(), roles).is_empty() {
        return Ok(());
    }
    if !state
        .store
        .sole_active_admin(&who.session.account.pseudonym)
        .await?
    {
        return Err(FormError::field(
            "roles",
            Problem::new("invite-privileged-needs-approval"),
        ));
    }
    state
        .confirm_step_up(&who.session, code, "code", &who.ctx(state))
        .await
}

pub async fn invite(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "accounts").await?;
    let roles = form.roles.roles();
    let ctx = who.ctx(&state);
    let invited = match check_privileged_invite(&state, &who, &roles, &form.code).await {
        Ok(()) => {
            state
                .invite_staff(&form.name, &form.email, roles.clone(), &ctx, &who.req.tr)
                .await
        }
        Err(e) => Err(e),
    };
    match invited {
        Ok(account) => Ok(with_notice(
            "/staff/accounts",
            &who.req.tr.with("invite-sent", &[("email", account.email)]),
        )),
        Err(FormError::Fields(fields)) => {
            let draft = InviteDraft {
                name: form.name,
                email: form.email,
                roles,
                errors: Errors::new(&who.req.tr, fields),
            };
            let page = accounts_page(&state, &who, ListQuery::default(), draft).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RolesForm {
    #[serde(flatten)]
    roles: RoleBoxes,
    /// A fresh TOTP code, needed when admin or approver is granted.
    code: String,
}

/// Removing roles and granting ordinary ones take effect at once; granting admin or
/// approver, or taking admin away from another admin, needs a fresh code and becomes
/// a proposal for a second admin (a grant, while the actor is the only admin, takes
/// effect with the fresh code). Nobody changes
/// their own roles (the store refuses it too).
pub async fn set_roles(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<RolesForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "roles").await?;
    let target = state.store.account(id).await?.ok_or(AppError::NotFound)?;
    let to = form.roles.roles();
    let me = &who.session.account;
    let sole = state.store.sole_active_admin(&me.pseudonym).await?;
    let plan = plan_role_change(me.id, target.id, &target.roles, &to, sole)
        .map_err(|refusal| AppError::refused(&refusal))?;
    if plan != RoleChange::Direct {
        if let Some(refused) = super::powers::fresh_code(&state, &who, &form.code).await? {
            return Ok(refused);
        }
    }
    if plan == RoleChange::NeedsApproval {
        let proposal = state.store.propose_roles(id, &to, &who.ctx(&state)).await?;
        return Ok(with_notice(
            "/staff/accounts",
            &who.req
                .tr
                .with("roles-proposed", &[("name", proposal.target_name)]),
        ));
    }
    let account = state.store.set_roles(id, &to, &who.ctx(&state)).await?;
    Ok(with_notice(
        "/staff/accounts",
        &who.req.tr.with("roles-saved", &[("name", account.name)]),
    ))
}

#[derive(Deserialize)]
pub struct StatusForm {
    status: String,
}

pub async fn set_status(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<StatusForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "account status")
        .await?;
    let status: AccountStatus = form
        .status
        .parse()
        .map_err(|_| AppError::invalid(Problem::new("form-choose-account-status")))?;
    let account = state
        .store
        .set_account_status(id, status, &who.ctx(&state))
        .await?;
    Ok(with_notice(
        "/staff/accounts",
        &who.req.tr.with(
            "status-saved",
            &[("name", account.name), ("status", status.as_str().into())],
        ),
    ))
}

struct DomainDraft {
    pattern: String,
    organization: String,
    errors: Errors,
}

async fn domains_page(
    state: &App,
    who: &SignedIn,
    query: ListQuery,
    draft: DomainDraft,
) -> Result<DomainsPage, WebError> {
    let page = query.page.unwrap_or(1);
    let found = state
        .store
        .list_domains(&DomainQuery {
            search: Some(query.q.clone()),
            limit: Pager::PAGE_SIZE,
            offset: Pager::offset(page),
        })
        .await?;
    let base = format!(
        "/staff/domains?q={}",
        form_urlencoded::byte_serialize(query.q.as_bytes()).collect::<String>()
    );
    let builtin = state
        .store
        .domain_source_count(lers_domain::allowlist::CISA_DOTGOV_SOURCE)
        .await?;
    Ok(DomainsPage {
        chrome: Chrome::new(&who.req, state),
        builtin,
        domains: found.items,
        search: query.q,
        pager: Pager::new(page, found.total, &base),
        new_pattern: draft.pattern,
        new_organization: draft.organization,
        errors: draft.errors,
        notice: query.notice,
    })
}

pub async fn domains(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "domains").await?;
    let draft = DomainDraft {
        pattern: String::new(),
        organization: String::new(),
        errors: Errors::default(),
    };
    Ok(render(&domains_page(&state, &who, query, draft).await?).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddDomainForm {
    pattern: String,
    organization: String,
}

pub async fn add_domain(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<AddDomainForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "domains").await?;
    let outcome = match DomainRule::parse(&form.pattern) {
        Ok(rule) => {
            let entry = NewDomainEntry {
                pattern: rule.pattern(),
                organization: form.organization.trim().to_owned(),
                domain_type: if rule.is_suffix() {
                    "Suffix rule".into()
                } else {
                    String::new()
                },
                ..Default::default()
            };
            state
                .store
                .add_domain(entry, &who.ctx(&state))
                .await
                .map_err(refusal_at("pattern"))
        }
        Err(e) => Err(FormError::field("pattern", e.problem())),
    };
    match outcome {
        Ok(added) => Ok(with_notice(
            "/staff/domains",
            &who.req
                .tr
                .with("domain-added", &[("pattern", added.pattern)]),
        )),
        Err(FormError::Fields(fields)) => {
            let draft = DomainDraft {
                pattern: form.pattern,
                organization: form.organization,
                errors: Errors::new(&who.req.tr, fields),
            };
            let page = domains_page(&state, &who, ListQuery::default(), draft).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct EnabledForm {
    enabled: String,
}

pub async fn set_domain_enabled(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<EnabledForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "domains").await?;
    let entry = state
        .store
        .set_domain_enabled(id, form.enabled == "true", &who.ctx(&state))
        .await?;
    Ok(with_notice(
        "/staff/domains",
        &who.req
            .tr
            .with("domain-updated", &[("pattern", entry.pattern)]),
    ))
}

/// Disables or re-enables the whole built-in CISA list at once (audited).
pub async fn set_builtin_domains_enabled(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<EnabledForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "domains").await?;
    let enabled = form.enabled == "true";
    let changed = state
        .store
        .set_domain_source_enabled(
            lers_domain::allowlist::CISA_DOTGOV_SOURCE,
            enabled,
            &who.ctx(&state),
        )
        .await?;
    let message = if enabled {
        "domains-builtin-enabled"
    } else {
        "domains-builtin-disabled"
    };
    Ok(with_notice(
        "/staff/domains",
        &who.req.tr.with(message, &[("count", changed.to_string())]),
    ))
}
