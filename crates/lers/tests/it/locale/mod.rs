//! The language and time zone a person reads LERS in: kept in the profile (chosen
//! there, by the switcher, and at sign-up from the page and the browser), winning over
//! the cookie and `Accept-Language` for accounts.

use lers_app::i18n::Tr;
use lers_domain::clock::Duration;
use lers_domain::locale::AccountLocale;
use lers_store::{prelude::*, Account, AuditQuery, AuditRecord, Ctx};
use reqwest::StatusCode;

use crate::harness::*;

mod dates;
mod form_errors;
mod invalid_requests;
mod profile;

async fn records(app: &TestApp, action: &str) -> Vec<AuditRecord> {
    app.store
        .audit_records(&AuditQuery {
            action: Some(action.into()),
            limit: 1000,
            ..Default::default()
        })
        .await
        .expect("audit records")
        .items
}

/// Keeps `language` and `zone` in the profile of the account at `email`.
pub(crate) async fn choose(app: &TestApp, email: &str, language: &str, zone: &str) -> Account {
    let who = account(app, email).await;
    let ctx = Ctx {
        at: app.clock_now(),
        actor: who.pseudonym.clone(),
        ip: None,
    };
    app.store
        .set_account_locale(who.id, &locale(language, zone), &ctx)
        .await
        .expect("save the locale")
}

async fn account(app: &TestApp, email: &str) -> Account {
    app.store
        .account_by_email(email)
        .await
        .expect("lookup")
        .expect("account")
}

fn tr(tag: &str) -> Tr {
    Tr::exact(tag).expect("a language LERS has")
}

/// `html` with the entities askama writes for quotes and ampersands turned back.
fn unescaped(html: &str) -> String {
    html.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&amp;", "&")
}

/// Each problem as both languages say it: the Polish must be on the page, the English
/// must not.
fn said_in_polish_only(html: &str, problems: &[lers_domain::problem::Problem]) {
    let html = unescaped(html);
    for problem in problems {
        let polish = tr("pl").problem(problem);
        let english = tr("en").problem(problem);
        assert_ne!(polish, english, "{problem:?} is not translated");
        assert!(html.contains(&polish), "missing {polish:?} in {html}");
        assert!(!html.contains(&english), "English {english:?} in {html}");
    }
}

fn locale(language: &str, time_zone: &str) -> AccountLocale {
    AccountLocale {
        language: Some(language.into()),
        time_zone: Some(time_zone.into()),
    }
}
