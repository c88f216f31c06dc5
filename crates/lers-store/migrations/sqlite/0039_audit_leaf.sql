-- Each audit entry is stored as its leaf data — the exact bytes its leaf hash is
-- taken of — and the columns the console, the exports and the filters read are
-- derived from it by SQLite (generated, not stored). `lers audit verify` then hashes
-- one column per entry instead of rebuilding the leaf from eight, and what any reader
-- is shown can only be what was hashed: a shown column cannot be set on its own.
-- `verify` checks this definition itself, so a table rebuilt with plain columns is
-- reported.
--
-- The rows are not copied here: the old table is kept as `audit_log_before_leaf`, and
-- LERS rebuilds each entry's leaf data in Rust with the very code that hashed it
-- (`sql/audit_leaf_migration.rs`), then drops the old table, in one transaction at
-- the first start after this migration.
DROP TRIGGER IF EXISTS audit_log_no_update;
DROP TRIGGER IF EXISTS audit_log_no_delete;
DROP INDEX IF EXISTS audit_log_actor;
DROP INDEX IF EXISTS audit_log_action;
DROP INDEX IF EXISTS audit_log_at;
DROP INDEX IF EXISTS audit_log_actor_at;
DROP INDEX IF EXISTS audit_log_subject;
ALTER TABLE audit_log RENAME TO audit_log_before_leaf;

CREATE TABLE audit_log (
    idx INTEGER PRIMARY KEY,
    leaf TEXT NOT NULL,
    leaf_hash TEXT NOT NULL,
    root_hash TEXT NOT NULL,
    signature TEXT NOT NULL,
    pruned_at BIGINT,
    at BIGINT GENERATED ALWAYS AS (leaf ->> '$.at') VIRTUAL,
    actor TEXT GENERATED ALWAYS AS (leaf ->> '$.actor') VIRTUAL,
    action TEXT GENERATED ALWAYS AS (leaf ->> '$.action') VIRTUAL,
    subject TEXT GENERATED ALWAYS AS (leaf ->> '$.subject') VIRTUAL,
    ip TEXT GENERATED ALWAYS AS (leaf ->> '$.ip') VIRTUAL,
    outcome TEXT GENERATED ALWAYS AS (leaf ->> '$.outcome') VIRTUAL,
    details TEXT GENERATED ALWAYS AS (leaf -> '$.details') VIRTUAL
);
CREATE INDEX audit_log_actor ON audit_log (actor);
CREATE INDEX audit_log_action ON audit_log (action);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor_at ON audit_log (actor, at);
CREATE INDEX audit_log_subject ON audit_log (subject);

-- The one update allowed: pruning, which swaps the leaf data for its pruned form
-- (the time, action and outcome kept, the content gone) once; the hashes stay.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (
    OLD.pruned_at IS NULL AND NEW.pruned_at IS NOT NULL
    AND NEW.idx IS OLD.idx AND NEW.leaf_hash IS OLD.leaf_hash
    AND NEW.root_hash IS OLD.root_hash AND NEW.signature IS OLD.signature
    AND NEW.leaf IS '{"action":"' || OLD.action || '","actor":"pruned","at":' || OLD.at
        || ',"details":{},"index":' || OLD.idx || ',"ip":null,"outcome":"' || OLD.outcome
        || '","subject":null,"v":1}'
)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
