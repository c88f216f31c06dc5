//! A staff member's own notifications (issue 18 §3): the list (unread and urgent
//! first), marking one or all read, and the preferences (at once or in the daily
//! digest, per trigger; the digest's hour). Only one's own: every query is by the
//! signed-in account.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use lers_app::services::staff_notices::locale_of;
use lers_app::{App, AppError, FormError};
use lers_domain::staff_notice::{Delivery, Trigger};
use lers_store::StaffNotification;
use serde::Deserialize;

use super::with_notice;
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::*;

#[derive(Template)]
#[template(path = "staff_notifications.html")]
pub struct NotificationsPage {
    pub chrome: Chrome,
    pub items: Vec<StaffNotification>,
    pub unread: i64,
}

/// One trigger's choice on the settings page.
pub struct TriggerChoice {
    pub trigger: &'static str,
    pub digest: bool,
}

#[derive(Template)]
#[template(path = "staff_notification_settings.html")]
pub struct NotificationSettingsPage {
    pub chrome: Chrome,
    pub choices: Vec<TriggerChoice>,
    pub digest_hour: u8,
    pub zone: String,
    pub errors: Errors,
    pub notice: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

fn staff_only(who: &SignedIn) -> Result<(), WebError> {
    match who.is_staff() {
        true => Ok(()),
        false => Err(AppError::NotFound.into()),
    }
}

pub async fn list(State(state): State<App>, who: SignedIn) -> Result<Response, WebError> {
    staff_only(&who)?;
    let (items, unread) = state.my_notices(&who.session.account).await?;
    Ok(render(&NotificationsPage {
        chrome: Chrome::new(&who.req, &state),
        items,
        unread,
    })
    .into_response())
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn mark_read(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    staff_only(&who)?;
    state
        .mark_my_notices_read(&who.session.account, Some(id))
        .await?;
    Ok(Redirect::to("/staff/notifications").into_response())
}

pub async fn mark_all_read(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    staff_only(&who)?;
    state
        .mark_my_notices_read(&who.session.account, None)
        .await?;
    Ok(Redirect::to("/staff/notifications").into_response())
}

async fn settings_page(
    state: &App,
    who: &SignedIn,
    errors: Errors,
    notice: Option<String>,
) -> Result<Response, WebError> {
    let account = &who.session.account;
    let preferences = state.store.notice_preferences(account.id).await?;
    let (_, zone) = locale_of(account);
    Ok(render(&NotificationSettingsPage {
        chrome: Chrome::new(&who.req, state),
        choices: Trigger::ALL
            .iter()
            .map(|t| TriggerChoice {
                trigger: t.as_str(),
                digest: preferences.delivery(*t) == Delivery::Digest,
            })
            .collect(),
        digest_hour: preferences.digest_hour,
        zone,
        errors,
        notice,
    })
    .into_response())
}

pub async fn settings(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    staff_only(&who)?;
    settings_page(&state, &who, Errors::default(), query.notice).await
}

pub async fn save_settings(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    staff_only(&who)?;
    match state
        .save_notice_preferences(&who.session.account, &pairs, &who.ctx(&state))
        .await
    {
        Ok(()) => Ok(with_notice(
            "/staff/notifications/settings",
            &who.req.tr.get("notifications-settings-saved"),
        )),
        Err(FormError::Fields(errors)) => {
            settings_page(&state, &who, Errors::new(&who.req.tr, errors), None).await
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}
