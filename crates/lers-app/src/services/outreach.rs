//! What the public forms that send mail share: single-use links, sending, and the
//! limit of attempts per client address and mailbox.

use lers_domain::clock::Duration;
use lers_domain::problem::Problem;
use lers_store::{tokens, Ctx, MailAttempt, NewToken};

use crate::app::App;
use crate::error::{AppError, FormError};
use crate::i18n::Tr;

/// Verification, invitation and setup links work for 24 hours, once.
pub const LINK_LIFETIME: Duration = Duration::hours(24);

/// A fresh single-use link to `path` that works for `lifetime`: the URL for the mail
/// and what the store keeps (only the token's hash).
pub(crate) fn new_link_for(state: &App, path: &str, lifetime: Duration) -> (String, NewToken) {
    let token = tokens::generate();
    let link = state.config.link(&format!("{path}?token={token}"));
    let stored = NewToken {
        token_hash: tokens::hash(&token),
        expires_at: state.clock.now().plus(lifetime),
    };
    (link, stored)
}

pub(crate) async fn send(
    state: &App,
    to: &str,
    subject: &str,
    body: String,
) -> Result<(), FormError> {
    state
        .send_unless_down(to, subject, body)
        .await
        .map_err(|e| {
            FormError::App(AppError::Internal(format!(
            "we could not send the email ({e}); your details are saved — try again in a few minutes"
        )))
        })
}

impl App {
    /// Counts an attempt of a public form that mails `mailbox`, or refuses it (429 with
    /// `Retry-After`) when the client address or the mailbox has had too many.
    pub async fn throttle_outreach(
        &self,
        mailbox: &str,
        action: &str,
        ctx: &Ctx,
    ) -> Result<(), FormError> {
        let attempt = MailAttempt {
            ip: ctx.ip.as_deref().unwrap_or("unknown"),
            mailbox,
            action,
        };
        match self
            .store
            .take_mail_attempt(attempt, &self.mail_throttle, ctx)
            .await?
        {
            Ok(()) => Ok(()),
            Err(throttled) => {
                let millis = throttled.retry_after.as_millis().max(1);
                let seconds = (millis + 999) / 1000;
                let minutes = (seconds + 59) / 60;
                let problem = Problem::new("throttled-text").number("minutes", minutes);
                Err(AppError::Throttled {
                    detail: Tr::default().problem(&problem),
                    problem,
                    retry_after_seconds: seconds,
                }
                .into())
            }
        }
    }
}
