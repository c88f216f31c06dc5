//! What an emergency's on-call alert panel shows (`_oncall_alert.html`, on the
//! console page and the alert's own page): who each tier paged and when, and who
//! acknowledged it. Kept low so pages and routes can both use it.

use lers_app::{App, AppError};
use lers_domain::account::{Account, Role};
use lers_store::alerts::AlertRecord;

/// An alert as its panel shows it.
pub struct AlertPanel {
    pub alert: AlertRecord,
    /// Tier, name, when.
    pub pages: Vec<(i64, String, String)>,
    pub acked_by: Option<String>,
    pub can_ack: bool,
    /// Where acknowledging comes back to: `case` (the console) or `alert`.
    pub back: &'static str,
}

/// Whether `account` answers pages (and may acknowledge them).
pub fn responder(account: &Account) -> bool {
    account.roles.contains(Role::Reviewer) || account.roles.contains(Role::Approver)
}

impl AlertPanel {
    /// The panel of `alert` for `viewer`.
    pub async fn build(
        state: &App,
        viewer: &Account,
        alert: AlertRecord,
        back: &'static str,
    ) -> Result<Self, AppError> {
        let mut people: Vec<Account> = Vec::new();
        let ids = alert
            .pages
            .iter()
            .map(|p| p.account_id)
            .chain(alert.acked_by);
        for id in ids {
            if !people.iter().any(|a| a.id == id) {
                if let Some(account) = state.store.account(id).await? {
                    people.push(account);
                }
            }
        }
        let name = |id: i64| {
            people
                .iter()
                .find(|a| a.id == id)
                .map(|a| a.name.clone())
                .unwrap_or_default()
        };
        Ok(Self {
            pages: alert
                .pages
                .iter()
                .map(|p| (p.tier, name(p.account_id), p.paged_at.to_string()))
                .collect(),
            acked_by: alert.acked_by.map(name),
            can_ack: alert.acked_at.is_none() && responder(viewer),
            back,
            alert,
        })
    }

    /// The console's panel of a case's alert, if it was ever paged.
    pub async fn of_case(
        state: &App,
        viewer: &Account,
        request_row: i64,
    ) -> Result<Option<Self>, AppError> {
        match state.alert_of_case(request_row).await? {
            Some(alert) => Ok(Some(Self::build(state, viewer, alert, "case").await?)),
            None => Ok(None),
        }
    }
}
