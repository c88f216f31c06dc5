-- `lers audit verify` reads the whole log in index order. `idx BIGINT PRIMARY KEY`
-- was a separate index beside a rowid table, so every entry read was an index step
-- plus a table search; `idx INTEGER PRIMARY KEY` makes the index the rowid, and the
-- rows lie in the order they are read. Likewise the stored subtree roots, read level
-- by level in index ranges, become a table ordered by their key (WITHOUT ROWID).
-- Copies every row once; the append-only and pruning guards are recreated as they were.
CREATE TABLE audit_log_by_index (
    idx INTEGER PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT,
    ip TEXT,
    outcome TEXT NOT NULL,
    details TEXT NOT NULL,
    leaf_hash TEXT NOT NULL,
    root_hash TEXT NOT NULL,
    signature TEXT NOT NULL,
    pruned_at BIGINT
);
INSERT INTO audit_log_by_index
    (idx, at, actor, action, subject, ip, outcome, details, leaf_hash, root_hash, signature, pruned_at)
SELECT idx, at, actor, action, subject, ip, outcome, details, leaf_hash, root_hash, signature, pruned_at
FROM audit_log ORDER BY idx;
DROP TABLE audit_log;
ALTER TABLE audit_log_by_index RENAME TO audit_log;
CREATE INDEX audit_log_actor ON audit_log (actor);
CREATE INDEX audit_log_action ON audit_log (action);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor_at ON audit_log (actor, at);
CREATE INDEX audit_log_subject ON audit_log (subject);

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
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE audit_nodes_by_key (
    level BIGINT NOT NULL,
    idx BIGINT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (level, idx)
) WITHOUT ROWID;
INSERT INTO audit_nodes_by_key (level, idx, hash) SELECT level, idx, hash FROM audit_nodes;
DROP TABLE audit_nodes;
ALTER TABLE audit_nodes_by_key RENAME TO audit_nodes;
CREATE TRIGGER audit_nodes_no_update BEFORE UPDATE ON audit_nodes
BEGIN SELECT RAISE(ABORT, 'audit_nodes is append-only'); END;
CREATE TRIGGER audit_nodes_no_delete BEFORE DELETE ON audit_nodes
BEGIN SELECT RAISE(ABORT, 'audit_nodes is append-only'); END;
