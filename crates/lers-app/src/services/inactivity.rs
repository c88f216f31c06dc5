//! Inactive requester accounts (issue 11): unused for 90 days (no login, no API-token
//! use) they are disabled, after a warning email 14 days before. Runs on every pass
//! of the job runner; the policy is `lers_domain::powers::InactivityPolicy`.
//!
//! Idempotent: the warning is recorded once per inactivity period (guarded update)
//! after the email went out, so a failed or interrupted send is retried on the next
//! pass (a crash between sending and recording can send it twice, never zero times);
//! disabling re-checks the policy under the write.

use lers_domain::powers::{InactivityPolicy, InactivityStep};
use lers_store::{Ctx, StoreError};

use crate::app::App;
use crate::i18n::Tr;

/// What one sweep did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SweepReport {
    pub warned: usize,
    pub disabled: usize,
}

impl App {
    pub async fn sweep_inactive_accounts(&self, ctx: &Ctx) -> Result<SweepReport, StoreError> {
        let policy = InactivityPolicy::default();
        let mut report = SweepReport::default();
        let candidates = self
            .store
            .inactivity_candidates(policy.candidates_before(ctx.at))
            .await?;
        for candidate in candidates {
            match policy.step(candidate.last_activity, candidate.warned_at, ctx.at) {
                InactivityStep::Nothing => {}
                InactivityStep::Warn { disable_on } => {
                    let account = &candidate.account;
                    let tr = Tr::for_account(&account.locale, Tr::default);
                    let service = self.config.service_name.clone();
                    let subject =
                        tr.with("mail-inactivity-subject", &[("service", service.clone())]);
                    let body = tr.with(
                        "mail-inactivity-body",
                        &[
                            ("name", account.name.clone()),
                            ("service", service),
                            ("date", tr.when(&disable_on)),
                            ("link", self.config.link("/login")),
                        ],
                    );
                    // Recorded as warned only once sent: the next pass retries it (without
                    // waiting on a mail server found in trouble moments ago).
                    if let Err(e) = self.send_unless_down(&account.email, &subject, body).await {
                        tracing::warn!(error = %e, account = account.pseudonym, "inactivity warning not sent; retried next pass");
                        continue;
                    }
                    if self
                        .store
                        .record_inactivity_warning(account.id, disable_on, ctx)
                        .await?
                    {
                        report.warned += 1;
                    }
                }
                InactivityStep::Disable => {
                    if self
                        .store
                        .disable_if_inactive(candidate.account.id, &policy, ctx)
                        .await?
                    {
                        report.disabled += 1;
                    }
                }
            }
        }
        Ok(report)
    }
}
