//! The key that signs the audit log's checkpoints, and the check it makes before
//! signing: the head row it appends to must describe the tree that the newest stored
//! entry's signature is over. Without it, someone able to write the database but not
//! to sign could rewrite entries, their stored subtree roots and the head row, and
//! the next append would sign the forged tree with the real key; or append entries of
//! their own for the next append to sign over (attack review of 5 December 2026).
//!
//! The head this process last checked or wrote is remembered, so the check costs a
//! query and a signature verification only when another process appended meanwhile,
//! or someone changed the head.

use std::sync::Mutex;

use ed25519_dalek::{Signature, SigningKey, VerifyingKey};
use lers_domain::audit_tree::{Checkpoint, Frontier, Hash};

use super::audit_entry::lower_hex;
use super::audit_log::parse_frontier;
use super::conn::Conn;
use crate::error::StoreError;

pub(crate) struct AuditSigner {
    signing: SigningKey,
    verifying: VerifyingKey,
    /// Size and root of a head known to match its signed entry.
    known: Mutex<Option<(u64, Hash)>>,
}

impl AuditSigner {
    pub(crate) fn new(signing: SigningKey) -> Self {
        Self {
            verifying: signing.verifying_key(),
            signing,
            known: Mutex::new(None),
        }
    }

    /// Signs the head after a transaction's entries.
    pub(crate) fn sign(&self, checkpoint: &Checkpoint) -> Signature {
        checkpoint.sign(&self.signing)
    }

    /// Records a head this process committed (it signed it).
    pub(crate) fn remember(&self, frontier: &Frontier) {
        self.remember_head((frontier.size(), frontier.root()));
    }

    fn remember_head(&self, head: (u64, Hash)) {
        if let Ok(mut known) = self.known.lock() {
            *known = Some(head);
        }
    }

    fn knows(&self, head: (u64, Hash)) -> bool {
        self.known.lock().is_ok_and(|known| *known == Some(head))
    }

    /// Fails unless `frontier`, just read from the head row under its lock, is the
    /// tree the newest entry's signed checkpoint is over (or the log is empty).
    pub(crate) async fn check_head(
        &self,
        conn: &mut Conn<'_>,
        frontier: &Frontier,
    ) -> Result<(), StoreError> {
        let head = (frontier.size(), frontier.root());
        if self.knows(head) {
            return Ok(());
        }
        let newest: Option<NewestRow> = sqlx::query_as(
            "SELECT idx, root_hash, signature FROM audit_log ORDER BY idx DESC LIMIT 1",
        )
        .fetch_optional(&mut *conn)
        .await?;
        self.judge(head, newest.unwrap_or_default())?;
        // Read under the head's lock (a stale value would only cost a check later).
        self.remember_head(head);
        Ok(())
    }

    /// Whether the log can take entries now: checked before acts that are audited
    /// only once they end (a download is recorded when its stream closes). The head
    /// row and the newest entry are read in one statement, so one snapshot: an
    /// append by another process in between cannot make them disagree.
    pub(crate) async fn check_recording(&self, conn: &mut Conn<'_>) -> Result<(), StoreError> {
        let row: Option<HeadAndNewest> = sqlx::query_as(
            "SELECT h.frontier, l.idx, l.root_hash, l.signature FROM audit_head h \
             LEFT JOIN (SELECT idx, root_hash, signature FROM audit_log ORDER BY idx DESC LIMIT 1) l \
             ON 1 = 1 WHERE h.id = 1",
        )
        .fetch_optional(&mut *conn)
        .await?;
        let (text, index, root, signature) = row.ok_or(StoreError::AuditHeadUnsigned)?;
        // A head row that is not a tree at all is no signed head either: appends are
        // refused alike, and readiness must say so.
        let frontier = parse_frontier(&text).map_err(|_| StoreError::AuditHeadUnsigned)?;
        let head = (frontier.size(), frontier.root());
        if self.knows(head) {
            return Ok(());
        }
        self.judge(head, (index, root, signature))?;
        // Another process appended: its head is checked once, not at every probe.
        self.remember_head(head);
        Ok(())
    }

    /// Whether `head` is the tree the newest entry (`None` columns: no entry, or
    /// emptied ones) carries a valid signature over.
    fn judge(&self, head: (u64, Hash), newest: NewestRow) -> Result<(), StoreError> {
        match newest {
            (None, _, _) if head.0 == 0 => {}
            (Some(index), Some(root), Some(signature))
                if u64::try_from(index).ok().map(|i| i + 1) == Some(head.0)
                    && root.as_bytes() == lower_hex(&head.1) =>
            {
                let checkpoint = Checkpoint {
                    tree_size: head.0,
                    root: head.1,
                };
                let verified = decode_signature(&signature)
                    .is_some_and(|s| checkpoint.verify(&self.verifying, &s).is_ok());
                if !verified {
                    return Err(StoreError::AuditKeyMismatch);
                }
            }
            _ => return Err(StoreError::AuditHeadUnsigned),
        }
        Ok(())
    }
}

/// The newest entry's index, root and signature, as read.
type NewestRow = (Option<i64>, Option<String>, Option<String>);

/// The head row's frontier text with the newest entry's [`NewestRow`] columns.
type HeadAndNewest = (String, Option<i64>, Option<String>, Option<String>);

fn decode_signature(text: &str) -> Option<Signature> {
    let mut bytes = [0u8; 64];
    hex::decode_to_slice(text, &mut bytes).ok()?;
    Some(Signature::from_bytes(&bytes))
}
