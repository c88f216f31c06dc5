//! The recycle bin's pages (what a person deleted, and the admin objects for admins;
//! restoring), the delete buttons that put things in it, and a case's legal hold.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use lers_app::i18n::Tr;
use lers_app::{App, AppError};
use lers_domain::account::Role;
use lers_domain::problem::Problem;
use lers_store::{BinEntry, BinItem, LegalHold};
use serde::Deserialize;

use super::{with_notice, Empty};
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::{render, Chrome};

#[derive(Template)]
#[template(path = "recycle_bin.html")]
pub struct BinPage {
    pub chrome: Chrome,
    pub entries: Vec<BinEntry>,
    pub notice: Option<String>,
}

impl BinPage {
    /// What kind of thing an entry is, in words.
    pub fn kind_name(&self, entry: &BinEntry) -> String {
        self.chrome
            .t
            .get(&format!("bin-kind-{}", entry.kind.as_str()))
    }
}

#[derive(Template)]
#[template(path = "legal_hold.html")]
pub struct LegalHoldPage {
    pub chrome: Chrome,
    pub id: String,
    pub hold: Option<LegalHold>,
    pub notice: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

/// A refusal the person can act on goes back to the page as a notice; anything else
/// is an error page.
fn back_with(path: &str, result: Result<String, AppError>, tr: &Tr) -> Result<Response, WebError> {
    match result {
        Ok(notice) => Ok(with_notice(path, &notice)),
        Err(e) => match e.problem() {
            Some(problem) => Ok(with_notice(path, &tr.problem(problem))),
            None => Err(e.into()),
        },
    }
}

pub async fn page(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let entries = state.recycle_bin(&who.session.account).await?;
    Ok(render(&BinPage {
        chrome: Chrome::new(&who.req, &state),
        entries,
        notice: query.notice,
    })
    .into_response())
}

pub async fn restore(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    let restored = state
        .restore_from_bin(&who.session.account, id, &who.ctx(&state))
        .await
        .map(|entry| who.req.tr.with("bin-restored", &[("label", entry.label)]));
    back_with("/bin", restored, &who.req.tr)
}

/// A requester removes a document of their request before anyone reviewed it.
pub async fn delete_document(
    State(state): State<App>,
    who: SignedIn,
    Path((id, document)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    let account = &who.session.account;
    let item = BinItem::Document {
        public_id: &document,
        by: account.id,
    };
    let deleted = state
        .delete_to_bin(account, item, &who.ctx(&state))
        .await
        .map(|entry| who.req.tr.with("bin-deleted", &[("label", entry.label)]));
    back_with(&format!("/requests/{id}"), deleted, &who.req.tr)
}

/// A requester deletes a draft request (with its documents).
pub async fn delete_draft(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    let account = &who.session.account;
    let item = BinItem::DraftRequest {
        public_id: &id,
        by: account.id,
    };
    let deleted = state
        .delete_to_bin(account, item, &who.ctx(&state))
        .await
        .map(|entry| who.req.tr.with("bin-deleted", &[("label", entry.label)]));
    back_with("/requests", deleted, &who.req.tr)
}

/// An admin deletes an account, an allow-list entry or an agency (`what` is the
/// admin page they are listed on).
pub async fn delete_admin_object(
    State(state): State<App>,
    who: SignedIn,
    uri: axum::http::Uri,
    Path(key): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "recycle bin").await?;
    // `/staff/<what>/<key>/delete`
    let what = uri.path().split('/').nth(2).unwrap_or_default().to_owned();
    let id = || key.parse::<i64>().map_err(|_| AppError::NotFound);
    let item = match what.as_str() {
        "accounts" => BinItem::StaffAccount(id()?),
        "domains" => BinItem::AllowListEntry(id()?),
        "agencies" => BinItem::Agency(id()?),
        "directory" => BinItem::DirectoryEntry(&key),
        _ => return Err(AppError::NotFound.into()),
    };
    let deleted = state
        .delete_to_bin(&who.session.account, item, &who.ctx(&state))
        .await
        .map(|entry| who.req.tr.with("bin-deleted", &[("label", entry.label)]));
    let back = match what.as_str() {
        "directory" => "/bin".to_owned(),
        page => format!("/staff/{page}"),
    };
    back_with(&back, deleted, &who.req.tr)
}

pub async fn legal_hold_page(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    if !who.is_staff() {
        return Err(AppError::NotFound.into());
    }
    let hold = state.store.legal_hold(&id).await?;
    Ok(render(&LegalHoldPage {
        chrome: Chrome::new(&who.req, &state),
        id,
        hold,
        notice: query.notice,
    })
    .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HoldForm {
    /// `place` or `lift`.
    action: String,
    reason: String,
}

pub async fn legal_hold(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<HoldForm>,
) -> Result<Response, WebError> {
    let account = &who.session.account;
    let ctx = who.ctx(&state);
    let done = match form.action.as_str() {
        "place" => state
            .place_legal_hold(account, &id, &form.reason, &ctx)
            .await
            .map(|()| who.req.tr.get("legal-hold-placed")),
        "lift" => state
            .lift_legal_hold(account, &id, &form.reason, &ctx)
            .await
            .map(|()| who.req.tr.get("legal-hold-lifted")),
        _ => Err(AppError::invalid(Problem::new("legal-hold-action"))),
    };
    back_with(
        &format!("/staff/requests/{id}/legal-hold"),
        done,
        &who.req.tr,
    )
}
