//! How mail leaves, so that none is lost to a mail-server outage and no request waits
//! on a server known to be down.
//!
//! Mail that nothing retries (a submission's confirmation, a security notice, a
//! watcher's alert) goes through [`App::send_or_queue`]: sent
//! at once, and when the server defers it or cannot be reached, kept in the mail queue
//! (sealed, in the database) for a `mail_delivery` job to hand over with back-off.
//! Mail sent by something that retries on its own (a job, a sweep, a form that tells
//! its user to try again) goes through [`App::send_unless_down`].
//!
//! Once the server is found in trouble (unreachable, or stalled until the deadline),
//! nothing waits on it for [`OUTAGE_PAUSE`]: mail is queued, or refused, at once. So an
//! outage costs one request the deadline rather than every request, and a sweep that
//! mails many people is not held for the deadline per message (`crate::mail_outage`).

use lers_domain::clock::{Duration, Timestamp};
use lers_store::{Claim, MailReceipt, OutgoingMail, StoreError, SEND_WITHIN};

use crate::app::App;
use crate::mail::MailError;
use crate::mail_outage::OUTAGE_PAUSE;

/// How long a queued message is retried before it is given up (and deleted).
pub const GIVE_UP_AFTER: Duration = Duration::days(3);

/// What became of a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handed {
    Sent,
    /// In the mail queue: a `mail_delivery` job hands it over later.
    Queued,
    /// Not sent, and not kept: its recipient's account was erased meanwhile.
    RecipientErased,
}

#[derive(Debug, thiserror::Error)]
pub enum NotHanded {
    /// Sending again could not help (a bad address, a permanent refusal).
    #[error(transparent)]
    Mail(#[from] MailError),
    #[error("{failure}, and the message could not be queued: {queue}")]
    Unqueued {
        failure: MailError,
        queue: StoreError,
    },
}

impl App {
    /// Sends a message, or queues it for later when the mail server defers it or is in
    /// trouble; only a message that can never go out (or a failing database) is an
    /// error.
    pub async fn send_or_queue(&self, mail: OutgoingMail) -> Result<Handed, NotHanded> {
        let failure = match self
            .send_unless_down(&mail.to, &mail.subject, mail.body.clone())
            .await
        {
            Ok(()) => return Ok(Handed::Sent),
            Err(failure) if failure.worth_retrying() => failure,
            Err(failure) => return Err(failure.into()),
        };
        let now = self.clock.now();
        match self
            .store
            .queue_mail(&mail, now, now.plus(OUTAGE_PAUSE))
            .await
        {
            Ok(Some(id)) => {
                tracing::warn!(mail = id, reason = %failure, "mail queued: it is handed over when the mail server takes it");
                Ok(Handed::Queued)
            }
            Ok(None) => {
                tracing::info!(reason = %failure, "mail not queued: its recipient's account was erased meanwhile");
                Ok(Handed::RecipientErased)
            }
            Err(queue) => Err(NotHanded::Unqueued { failure, queue }),
        }
    }

    /// Sends a message now, unless the mail server was found in trouble moments ago
    /// ([`MailError::ServerDown`], not tried); a failure that shows the server in
    /// trouble pauses sending for [`OUTAGE_PAUSE`], a success ends the pause.
    pub async fn send_unless_down(
        &self,
        to: &str,
        subject: &str,
        body: String,
    ) -> Result<(), MailError> {
        // A message that can never go out is an error whatever the server's state.
        let message = self.mailer.compose(to, subject, body)?;
        let outage = &self.mail_outage;
        if outage.is_on(self.clock.now()) {
            return Err(MailError::ServerDown);
        }
        let sent = self.mailer.deliver(message).await;
        match &sent {
            Ok(()) => outage.set(None),
            Err(e) if e.server_in_trouble() => {
                outage.set(Some(self.clock.now().plus(OUTAGE_PAUSE)));
            }
            Err(_) => {}
        }
        sent
    }

    /// The `mail_delivery` job: hands queued message `id` over, deleting it once sent,
    /// refused for good or older than [`GIVE_UP_AFTER`]; an error leaves it for a retry.
    pub(crate) async fn deliver_queued_mail(&self, id: i64) -> Result<(), String> {
        let store = &self.store;
        let now = self.clock.now();
        let queued =
            match store.claim_queued_mail(id, now).await {
                Ok(Claim::Taken(queued)) => queued,
                // Delivered (a job that ran twice), given up, or withdrawn by an erasure.
                Ok(Claim::Gone) => return Ok(()),
                Ok(Claim::RecipientErased) => {
                    tracing::info!(
                        mail = id,
                        "a queued mail was withdrawn: its recipient's account was erased"
                    );
                    return Ok(());
                }
                Ok(Claim::BeingHandedOver) => return Err(
                    "another attempt is handing this message over; looked at again at the retry"
                        .into(),
                ),
                Err(e) => return Err(e.to_string()),
            };
        if self.clock.now() > now.plus(SEND_WITHIN) {
            // The claim waited (on an erasure's lock): its mark is too old to cover
            // a send now. The retry takes it afresh.
            return Err(self
                .mail_released(id, now, "the claim took too long; sent at the retry".into())
                .await);
        }
        // Before the message is opened: one that no longer opens is given up too.
        if queued.queued_at.plus(GIVE_UP_AFTER) <= now {
            tracing::error!(mail = id, queued_at = %queued.queued_at.to_rfc3339(), "a queued mail was given up: it was not delivered for three days");
            return store
                .forget_queued_mail(id)
                .await
                .map_err(|e| e.to_string());
        }
        let mail = match queued.mail {
            Ok(mail) => mail,
            Err(e) => return Err(self.mail_released(id, now, e.to_string()).await),
        };
        match self
            .send_unless_down(&mail.to, &mail.subject, mail.body)
            .await
        {
            Ok(()) => {
                if let Some(receipt) = mail.receipt {
                    self.record_receipt(id, receipt, &mail.to).await;
                }
            }
            Err(e) if e.surely_not_handed_over() => {
                return Err(self.mail_released(id, now, e.to_string()).await)
            }
            Err(e) if e.worth_retrying() => return Err(e.to_string()),
            Err(e) => {
                tracing::error!(mail = id, error = %e, "a queued mail was given up: it can never be delivered");
            }
        }
        store
            .forget_queued_mail(id)
            .await
            .map_err(|e| e.to_string())
    }

    /// Takes the handover mark off message `id`, whose attempt failed with `failure`
    /// without reaching the mail server; returns `failure` for the job's retry.
    async fn mail_released(&self, id: i64, marked_at: Timestamp, failure: String) -> String {
        if let Err(e) = self.store.release_queued_mail(id, marked_at).await {
            // The mark then only makes an erasure report the message as on its way.
            tracing::warn!(mail = id, error = %e, "could not take the handover mark off a queued mail");
        }
        failure
    }

    /// Records what a delivered message leaves behind. A failure is logged, not
    /// retried: retrying would send the message again.
    async fn record_receipt(&self, id: i64, receipt: MailReceipt, to: &str) {
        let ctx = crate::jobs::system_ctx(self);
        let recorded = match &receipt {
            MailReceipt::Form3ToEa { request } => {
                self.store.form3_sent_to_ea(request, to, &ctx).await
            }
        };
        if let Err(e) = recorded {
            tracing::error!(mail = id, receipt = ?receipt, error = %e, "a queued mail was delivered but its receipt could not be recorded");
        }
    }
}
