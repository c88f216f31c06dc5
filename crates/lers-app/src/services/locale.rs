//! Which language and time zone a person reads LERS in. An account keeps both in its
//! profile (chosen on the profile page, by the language switcher, or at sign-up from
//! the page's language and the browser's zone); pages and e-mails ask here.

use lers_domain::account::FieldError;
use lers_domain::locale::{self, AccountLocale};
use lers_domain::problem::Problem;
use lers_store::{Account, Ctx};
use serde::Deserialize;

use crate::app::App;
use crate::error::AppError;
use crate::i18n::Tr;

/// The language and time zone fields of a form (the profile).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct LocaleForm {
    /// A language tag; empty keeps the current choice.
    pub language: String,
    /// An IANA time zone name; empty keeps the current choice.
    pub time_zone: String,
}

impl LocaleForm {
    /// The locale this form asks for in place of `current`, or the fields it got
    /// wrong. A field left out keeps its current value.
    pub fn checked(&self, current: &AccountLocale) -> Result<AccountLocale, Vec<FieldError>> {
        let mut errors = Vec::new();
        let language = match self.language.trim() {
            "" => current.language.clone(),
            tag => Tr::exact(tag).map(|found| found.lang()).or_else(|| {
                errors.push(FieldError::new(
                    "language",
                    Problem::new("locale-language-unknown"),
                ));
                None
            }),
        };
        let time_zone = match self.time_zone.trim() {
            "" => current.time_zone.clone(),
            name => locale::time_zone(name).or_else(|| {
                errors.push(FieldError::new(
                    "time_zone",
                    Problem::new("locale-time-zone-unknown").text("zone", name),
                ));
                None
            }),
        };
        if errors.is_empty() {
            Ok(AccountLocale {
                language,
                time_zone,
            })
        } else {
            Err(errors)
        }
    }
}

impl App {
    /// What account `account_id` reads LERS in (for mails and jobs that hold only an id).
    pub async fn account_locale(&self, account_id: i64) -> Result<AccountLocale, AppError> {
        Ok(self.store.account_locale(account_id).await?)
    }

    /// The language switcher used by a signed-in person: the choice goes to the
    /// profile too, so their pages and e-mails follow it on any browser.
    pub async fn choose_language(
        &self,
        account: &Account,
        chosen: &Tr,
        ctx: &Ctx,
    ) -> Result<Account, AppError> {
        let wanted = AccountLocale {
            language: Some(chosen.lang()),
            ..account.locale.clone()
        };
        Ok(self
            .store
            .set_account_locale(account.id, &wanted, ctx)
            .await?)
    }
}
