//! The `etsi_outbound` job: posts one stored message to its endpoint's notification
//! URL. A 2xx answer marks it delivered; anything else is recorded (attempts, last
//! error, an audit entry per attempt) and the job fails, so the runner retries it with
//! back-off. An endpoint that is no longer active, or has no URL, gets nothing: the
//! message stays stored and visible with the reason, and the job ends.

use lers_store::Ctx;

use crate::app::App;

impl App {
    /// Sends `etsi_outbound` message `id` once; `Err` is the job's failure text.
    pub async fn send_hi1_outbound(&self, id: i64, ctx: &Ctx) -> Result<(), String> {
        let store = &self.store;
        let Some(message) = store
            .outbound_message(id)
            .await
            .map_err(|e| e.to_string())?
        else {
            return Err(format!("HI-1 message {id} is not stored"));
        };
        if message.delivered_at.is_some() {
            return Ok(());
        }
        let endpoint = store
            .interface_endpoint(message.endpoint_id)
            .await
            .map_err(|e| e.to_string())?;
        let url = match &endpoint {
            Some(e) if !e.is_active() => None.ok_or("not sent: the endpoint is not active"),
            Some(e) => e
                .notify_url
                .as_deref()
                .ok_or("not sent: the endpoint has no notification URL"),
            None => Err("not sent: the endpoint is not registered"),
        };
        let url = match url {
            Ok(url) => url,
            Err(reason) => {
                // Nothing to retry: recorded once, the job ends.
                if message.last_error.as_deref() != Some(reason) {
                    store
                        .outbound_failed(id, reason, false, ctx)
                        .await
                        .map_err(|e| e.to_string())?;
                }
                return Ok(());
            }
        };
        match self.hi1.post(url, &message.body).await {
            Ok(()) => store
                .outbound_delivered(id, ctx)
                .await
                .map_err(|e| e.to_string()),
            Err(error) => {
                let text = error.to_string();
                store
                    .outbound_failed(id, &text, true, ctx)
                    .await
                    .map_err(|e| e.to_string())?;
                Err(text)
            }
        }
    }
}
