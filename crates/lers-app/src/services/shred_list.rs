//! The shred list (`KEY_DIR/shredded.list`): every destroyed key and erased person, named outside the
//! database so that restoring an older database backup cannot bring it back
//! (`lers_store::sql::shred_list` says what an entry is). Each job-runner tick
//! appends what the database destroyed since (`crate::shred_list_file`: the file is
//! read again only when it changed); every start destroys again whatever the list
//! names and the database still holds a key for. The list lives beside the keys
//! because it is backed up and restored with them, never with the database.

use lers_store::{Ctx, Refusal, StoreError};

use crate::app::App;
pub use crate::shred_list_file::read_shred_list;

impl App {
    /// Appends to the shred list every key the database destroyed that it does not
    /// name yet (made durable before returning). Returns how many were added.
    pub async fn record_shredded_keys(&self) -> anyhow::Result<usize> {
        let list = &self.config.shred_list;
        let listed = list.entries()?;
        let new: Vec<String> = self
            .store
            .shredded_entries()
            .await?
            .into_iter()
            .filter(|entry| !listed.contains(entry))
            .collect();
        if new.is_empty() {
            return Ok(0);
        }
        list.append(&listed, &new)?;
        Ok(new.len())
    }

    /// Destroys again every key the shred list names that the database still holds,
    /// and erases again every person it names whom the database holds unerased
    /// (after a restore of an older backup); run at every start before serving.
    pub async fn enforce_shred_list(&self, ctx: &Ctx) -> anyhow::Result<u64> {
        let listed: Vec<String> = self.config.shred_list.entries()?.iter().cloned().collect();
        if listed.is_empty() {
            return Ok(0);
        }
        let again = self.store.shred_again(&listed, ctx).await?;
        if again > 0 {
            tracing::warn!(
                again,
                "keys named in the shred list were back in the database (an older backup was restored?); destroyed them again"
            );
        }
        let mut people = 0;
        for account in self.store.accounts_to_erase_again(&listed).await? {
            people += u64::from(self.erase_again(account, ctx).await?);
        }
        if people > 0 {
            tracing::warn!(
                people,
                "people erased before were back in the database (an older backup was restored?); erased them again"
            );
        }
        Ok(again + people)
    }

    /// Erases a listed person again; whether this start did (they are listed already).
    /// Another process starting on this database (a second node, a command) may have
    /// erased them since they were listed: that is done. Any other failure is tried
    /// again, then stops the start: serving someone erased under Article 17 is worse
    /// than not starting (a node already serving can hold their row in a conflicting
    /// order, which PostgreSQL ends by failing one side).
    async fn erase_again(&self, account: i64, ctx: &Ctx) -> anyhow::Result<bool> {
        const ATTEMPTS: u32 = 3;
        let mut attempt = 1;
        loop {
            match self.store.erase_person(account, ctx).await {
                Ok(report) => {
                    self.remove_export_blobs(&report).await;
                    return Ok(true);
                }
                Err(StoreError::Refused(Refusal::AlreadyErased)) => return Ok(false),
                Err(e) if attempt < ATTEMPTS => {
                    tracing::warn!(account, attempt, error = %e, "erasing a listed person again failed; trying again");
                    attempt += 1;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
}
