-- The recycle bin, retention per record class, legal holds and audit pruning.

-- One row per thing deleted. Objects without dependants (allow-list entries,
-- directory entries, agencies, documents) leave their
-- table: `payload` holds their row(s) as JSON until they are restored or purged, so
-- no list or lookup can see or use them. A staff account stays (foreign keys and the
-- audit log name it) but is disabled while binned and anonymised when purged.
-- Purging empties `payload` (for a document that destroys its wrapped data key), then
-- the ciphertext named in `shredded_blobs` is deleted.
CREATE TABLE recycle_bin (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    object_key TEXT NOT NULL,
    label TEXT NOT NULL,
    owner_id BIGINT REFERENCES accounts (id),
    payload TEXT NOT NULL,
    deleted_by TEXT NOT NULL,
    deleted_at BIGINT NOT NULL,
    purge_after BIGINT NOT NULL,
    restored_at BIGINT,
    purged_at BIGINT
);
CREATE INDEX recycle_bin_due ON recycle_bin (purge_after);
CREATE INDEX recycle_bin_owner ON recycle_bin (owner_id, deleted_at);

-- Ciphertexts whose data key was destroyed (crypto-shredded) and that are still to
-- be deleted from the blob store; `deleted_at` is set once they are gone.
CREATE TABLE shredded_blobs (
    blob_key TEXT PRIMARY KEY,
    shredded_at BIGINT NOT NULL,
    deleted_at BIGINT
);

-- A legal hold keeps a case out of every retention purge while it is in force.
CREATE TABLE legal_holds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id BIGINT NOT NULL REFERENCES requests (id),
    reason TEXT NOT NULL,
    placed_by BIGINT NOT NULL REFERENCES accounts (id),
    placed_at BIGINT NOT NULL,
    lifted_by BIGINT REFERENCES accounts (id),
    lifted_at BIGINT,
    lift_reason TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX legal_holds_in_force ON legal_holds (request_id) WHERE lifted_at IS NULL;

-- A closed case past retention keeps its row (reference, kind, dates: the audit log
-- and the reference sequence name it) with its content removed.
ALTER TABLE requests ADD COLUMN purged_at BIGINT;
ALTER TABLE requests ADD COLUMN messages_purged_at BIGINT;

-- Audit entries past retention are pruned: actor, subject, ip and details are
-- removed, `pruned_at` is set; idx, at, action, outcome, the leaf hash and the signed
-- head stay, so the tree still verifies. The guard below refuses every UPDATE except
-- exactly that one, once per row; DELETE stays refused.
ALTER TABLE audit_log ADD COLUMN pruned_at BIGINT;
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (
    OLD.pruned_at IS NULL AND NEW.pruned_at IS NOT NULL
    AND NEW.idx IS OLD.idx AND NEW.at IS OLD.at AND NEW.action IS OLD.action
    AND NEW.outcome IS OLD.outcome AND NEW.leaf_hash IS OLD.leaf_hash
    AND NEW.root_hash IS OLD.root_hash AND NEW.signature IS OLD.signature
    AND NEW.actor = 'pruned' AND NEW.subject IS NULL AND NEW.ip IS NULL
    AND NEW.details = '{}'
)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
