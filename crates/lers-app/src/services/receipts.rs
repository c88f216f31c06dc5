//! Receipt mails for API submissions (`lers_domain::request::receipt`): at every pass
//! of the job runner, each person with receipts waiting gets ONE mail naming the
//! requests that arrived through the API for them (filed with their tokens, or shared
//! with them), however many there were.

use lers_store::{ReceiptLine, WaitingReceipts};

use crate::app::App;
use crate::error::AppError;
use crate::i18n::Tr;

/// A receipt mail names at most this many requests; the rest are counted, and all are
/// in the person's list of requests.
pub const LISTED: i64 = 20;

impl App {
    /// Mails everyone with receipts waiting; returns how many mails were sent. A mail
    /// that fails for now leaves its receipts for the next pass; one that can never
    /// go out (a refused address) is given up with them.
    pub async fn mail_api_receipts(&self) -> Result<usize, AppError> {
        let mut sent = 0;
        for waiting in self.store.receipts_waiting().await? {
            let Some(account) = self.store.account(waiting.account_id).await? else {
                continue;
            };
            let lines = self
                .store
                .receipt_lines(waiting.account_id, waiting.through, LISTED)
                .await?;
            let tr = Tr::for_account(&account.locale, Tr::default);
            let (subject, body) = self.receipt_mail(&tr, &account.name, &waiting, &lines);
            match self.send_unless_down(&account.email, &subject, body).await {
                Ok(()) => sent += 1,
                Err(e) if e.worth_retrying() => {
                    tracing::warn!(error = %e, account = account.pseudonym, "a receipt mail waits for the next pass");
                    continue;
                }
                Err(e) => {
                    tracing::error!(error = %e, account = account.pseudonym, "a receipt mail was given up: it can never be delivered");
                }
            }
            self.store
                .receipts_mailed(waiting.account_id, waiting.through)
                .await?;
        }
        Ok(sent)
    }

    /// The subject and body of a receipt mail to `name`, in `tr`'s language.
    fn receipt_mail(
        &self,
        tr: &Tr,
        name: &str,
        waiting: &WaitingReceipts,
        lines: &[ReceiptLine],
    ) -> (String, String) {
        let service = self.config.service_name.clone();
        let mut list: Vec<String> = lines
            .iter()
            .map(|line| {
                format!(
                    "{}  {}",
                    line.reference,
                    self.config.link(&format!("/requests/{}", line.request_id))
                )
            })
            .collect();
        let rest = waiting.count - i64::try_from(lines.len()).unwrap_or(waiting.count);
        if rest > 0 {
            list.push(tr.with("mail-api-receipts-more", &[("rest", rest.to_string())]));
        }
        let subject = tr.with(
            "mail-api-receipts-subject",
            &[
                ("service", service.clone()),
                ("count", waiting.count.to_string()),
            ],
        );
        let body = tr.with(
            "mail-api-receipts-body",
            &[
                ("name", name.to_owned()),
                ("count", waiting.count.to_string()),
                ("list", list.join("\n")),
                ("link", self.config.link("/requests")),
                ("service", service),
            ],
        );
        (subject, body)
    }
}
