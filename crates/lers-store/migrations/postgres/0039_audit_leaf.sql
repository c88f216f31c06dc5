-- Each audit entry is stored as its leaf data — the exact bytes its leaf hash is
-- taken of — and the columns the console, the exports and the filters read are
-- derived from it by PostgreSQL (generated). What any reader is shown can only be
-- what was hashed: a shown column cannot be set on its own. PostgreSQL cannot hold
-- the character U+0000 in text, so its escape reads as U+FFFD in the shown columns
-- (the leaf data keeps the escape, and `verify` derives them the same way).
--
-- The rows are not copied here: the old table is kept as `audit_log_before_leaf`, and
-- LERS rebuilds each entry's leaf data in Rust with the very code that hashed it
-- (`sql/audit_leaf_migration.rs`), then drops the old table, in one transaction at
-- the first start after this migration.
DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log;
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
DROP INDEX IF EXISTS audit_log_actor;
DROP INDEX IF EXISTS audit_log_action;
DROP INDEX IF EXISTS audit_log_at;
DROP INDEX IF EXISTS audit_log_actor_at;
DROP INDEX IF EXISTS audit_log_subject;
ALTER TABLE audit_log RENAME TO audit_log_before_leaf;
ALTER INDEX audit_log_pkey RENAME TO audit_log_before_leaf_pkey;

CREATE TABLE audit_log (
    idx BIGINT PRIMARY KEY,
    leaf TEXT NOT NULL,
    leaf_hash TEXT NOT NULL,
    root_hash TEXT NOT NULL,
    signature TEXT NOT NULL,
    pruned_at BIGINT,
    at BIGINT GENERATED ALWAYS AS ((replace(leaf, '\u0000', '\ufffd')::json ->> 'at')::bigint) STORED,
    actor TEXT GENERATED ALWAYS AS (replace(leaf, '\u0000', '\ufffd')::json ->> 'actor') STORED,
    action TEXT GENERATED ALWAYS AS (replace(leaf, '\u0000', '\ufffd')::json ->> 'action') STORED,
    subject TEXT GENERATED ALWAYS AS (replace(leaf, '\u0000', '\ufffd')::json ->> 'subject') STORED,
    ip TEXT GENERATED ALWAYS AS (replace(leaf, '\u0000', '\ufffd')::json ->> 'ip') STORED,
    outcome TEXT GENERATED ALWAYS AS (replace(leaf, '\u0000', '\ufffd')::json ->> 'outcome') STORED,
    details TEXT GENERATED ALWAYS AS ((replace(leaf, '\u0000', '\ufffd')::json -> 'details')::text) STORED
);
CREATE INDEX audit_log_actor ON audit_log (actor);
CREATE INDEX audit_log_action ON audit_log (action);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor_at ON audit_log (actor, at);
CREATE INDEX audit_log_subject ON audit_log (subject);

-- The one update allowed: pruning, which swaps the leaf data for its pruned form
-- (the time, action and outcome kept, the content gone) once; the hashes stay. NEW's
-- generated columns are not computed yet in a BEFORE trigger: only OLD's are read.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.pruned_at IS NULL AND NEW.pruned_at IS NOT NULL
           AND NEW.idx IS NOT DISTINCT FROM OLD.idx
           AND NEW.leaf_hash IS NOT DISTINCT FROM OLD.leaf_hash
           AND NEW.root_hash IS NOT DISTINCT FROM OLD.root_hash
           AND NEW.signature IS NOT DISTINCT FROM OLD.signature
           AND NEW.leaf IS NOT DISTINCT FROM '{"action":"' || OLD.action || '","actor":"pruned","at":'
               || OLD.at || ',"details":{},"index":' || OLD.idx || ',"ip":null,"outcome":"'
               || OLD.outcome || '","subject":null,"v":1}' THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
