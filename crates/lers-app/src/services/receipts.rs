//! Receipt mails for API submissions (`lers_domain::request::receipt`): after the jobs
//! of each pass of the job runner, each person with receipts waiting gets ONE mail
//! naming the requests that arrived through the API for them — those filed with their
//! own tokens (with what to do if they did not file them) apart from those others
//! filed and shared with them — however many there were.

use lers_domain::clock::Duration;
use lers_store::{Account, ClaimedReceipts, OutgoingMail, ReceiptLine};

use crate::app::App;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail_queue::NotHanded;

/// A receipt mail names at most this many requests of each kind; the rest are
/// counted, and all are in the person's list of requests.
pub const LISTED: i64 = 20;

/// How long a runner holds the receipts it is mailing: beyond any mail server's
/// deadline. A runner that dies meanwhile leaves them to the next after this.
const CLAIM_LEASE: Duration = Duration::minutes(10);

impl App {
    /// Mails everyone with receipts waiting, until `budget` has passed; returns how
    /// many mails were handed over or queued. A mail that could not even be queued
    /// leaves its receipts for the next pass; one that can never go out (a refused
    /// address) is given up with them.
    pub async fn mail_api_receipts(&self, budget: std::time::Duration) -> Result<usize, AppError> {
        let started = std::time::Instant::now();
        let mut mailed = 0;
        let waiting = self.store.receipts_waiting(self.clock.now()).await?;
        for (turn, account_id) in waiting.into_iter().enumerate() {
            // At least one person per pass, the longest waiting, however busy it was.
            if turn > 0 && started.elapsed() > budget {
                break;
            }
            match self.mail_receipts_of(account_id).await {
                Ok(true) => mailed += 1,
                Ok(false) => {}
                // One person's trouble does not hold back everyone else's receipts.
                Err(e) => {
                    tracing::error!(error = %e, account = account_id, "a receipt mail failed; it is tried again next pass")
                }
            }
        }
        Ok(mailed)
    }

    /// Claims and mails `account_id`'s waiting receipts; returns whether a mail went.
    async fn mail_receipts_of(&self, account_id: i64) -> Result<bool, AppError> {
        let now = self.clock.now();
        let Some(receipts) = self
            .store
            .claim_receipts(account_id, now, now.plus(CLAIM_LEASE), LISTED)
            .await?
        else {
            return Ok(false);
        };
        // Every claimed row deleted meanwhile (an erasure): nothing to tell.
        if receipts.own.0 + receipts.shared.0 == 0 {
            self.store.receipts_mailed(&receipts.claim).await?;
            return Ok(false);
        }
        // A locked or disabled account is mailed too: "filed with your tokens" matters
        // most to someone whose account was just found compromised. An erased one has
        // no receipts left (the erasure deletes them) and no address.
        let account = match self.store.account(account_id).await {
            Ok(Some(account)) => account,
            Ok(None) => {
                self.store.receipts_mailed(&receipts.claim).await?;
                return Ok(false);
            }
            Err(e) => {
                self.store.release_receipts(&receipts.claim).await?;
                return Err(e.into());
            }
        };
        let (subject, body) = self.receipt_mail(&account, &receipts);
        match self
            .send_or_queue(OutgoingMail::to_account(&account, &subject, body))
            .await
        {
            Ok(_) => {
                self.store.receipts_mailed(&receipts.claim).await?;
                Ok(true)
            }
            Err(NotHanded::Mail(e)) => {
                tracing::error!(error = %e, account = account.pseudonym, "a receipt mail was given up: it can never be delivered");
                self.store.receipts_mailed(&receipts.claim).await?;
                Ok(false)
            }
            Err(e @ NotHanded::Unqueued { .. }) => {
                self.store.release_receipts(&receipts.claim).await?;
                Err(AppError::Internal(e.to_string()))
            }
        }
    }

    /// The subject and body of a receipt mail to `account`, in their language.
    fn receipt_mail(&self, account: &Account, receipts: &ClaimedReceipts) -> (String, String) {
        let tr = Tr::for_account(&account.locale, Tr::default);
        let service = self.config.service_name.clone();
        let count = receipts.own.0 + receipts.shared.0;
        let mut sections = Vec::new();
        for ((total, lines), heading) in [
            (&receipts.own, "mail-api-receipts-own"),
            (&receipts.shared, "mail-api-receipts-shared"),
        ] {
            if *total > 0 {
                sections.push(self.receipt_section(&tr, heading, *total, lines));
            }
        }
        let subject = tr.with(
            "mail-api-receipts-subject",
            &[("service", service.clone()), ("count", count.to_string())],
        );
        let body = tr.with(
            "mail-api-receipts-body",
            &[
                ("name", account.name.clone()),
                ("sections", sections.join("\n\n")),
                ("link", self.config.link("/requests")),
                ("service", service),
            ],
        );
        (subject, body)
    }

    /// One kind of request in a receipt mail: its heading, then a line per request
    /// named, then how many more there are.
    fn receipt_section(&self, tr: &Tr, heading: &str, total: i64, lines: &[ReceiptLine]) -> String {
        let mut section = vec![tr.with(heading, &[("count", total.to_string())])];
        section.extend(lines.iter().map(|line| {
            format!(
                "{}  {}",
                line.reference,
                self.config.link(&format!("/requests/{}", line.request_id))
            )
        }));
        let rest = total - i64::try_from(lines.len()).unwrap_or(total);
        if rest > 0 {
            section.push(tr.with("mail-api-receipts-more", &[("rest", rest.to_string())]));
        }
        section.join("\n")
    }
}
