//! Fresh second factor before a sensitive action (step-up): the person types a current
//! TOTP code again, or leaves the code empty after touching their security key (a key
//! touch confirmed in this session within the step-up window, spent by this act). A
//! wrong code counts as a failed logon, so a stolen session cannot be used to guess
//! codes. Someone the key policy covers confirms with a key touch only: a code can be
//! phished in real time, which is what the policy exists to stop.

use lers_domain::problem::Problem;
use lers_store::{Ctx, SessionRecord, StoreError};

use crate::app::App;
use crate::error::{AppError, FormError};

impl App {
    pub async fn confirm_step_up(
        &self,
        session: &SessionRecord,
        code: &str,
        field: &'static str,
        ctx: &Ctx,
    ) -> Result<(), FormError> {
        let account = &session.account;
        if code.trim().is_empty() && self.spend_key_touch(session, ctx).await? {
            return Ok(());
        }
        if self.keys_required(account).await? {
            // Without a key (covered since this session began) they can only sign in
            // again, which leads to registering one.
            let problem = if self.store.passkeys(account.id).await?.is_empty() {
                "form-step-up-key-register-first"
            } else {
                "form-step-up-key-required"
            };
            return Err(FormError::field(field, Problem::new(problem)));
        }
        let secret = self
            .store
            .totp_secret(account)
            .await?
            .ok_or_else(|| AppError::internal("enrolled account without a TOTP secret"))?;
        let refused = match secret.verify(code, ctx.at, account.totp_last_step) {
            Ok(step) => match self
                .store
                .record_step_up(account, &session.token_hash, step, ctx)
                .await
            {
                Ok(()) => return Ok(()),
                Err(StoreError::TotpReused) => lers_domain::totp::TotpError::Reused,
                Err(other) => return Err(other.into()),
            },
            Err(refusal) => refusal,
        };
        let reason = format!("step_up_totp_{refused:?}").to_lowercase();
        self.store
            .record_login_failure(Some(account), &reason, &self.lockout, ctx)
            .await?;
        Err(FormError::field(field, refused.problem()))
    }
}
