-- Roots of the audit tree's perfect subtrees (level >= 1; leaves are audit_log.leaf_hash),
-- written with the entry that completes each, so an inclusion proof needs O(log n)
-- reads instead of the whole log. Existing logs are filled in once at start.
CREATE TABLE audit_nodes (
    level BIGINT NOT NULL,
    idx BIGINT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (level, idx)
);

-- Written once with the entry that completes each; never changed.
CREATE TRIGGER audit_nodes_no_update BEFORE UPDATE ON audit_nodes
BEGIN SELECT RAISE(ABORT, 'audit_nodes is append-only'); END;
CREATE TRIGGER audit_nodes_no_delete BEFORE DELETE ON audit_nodes
BEGIN SELECT RAISE(ABORT, 'audit_nodes is append-only'); END;

-- Entries switched off together with their whole source (the built-in list), so that
-- switching the source on again restores exactly those and never an entry an admin
-- disabled on its own.
ALTER TABLE gov_domains ADD COLUMN disabled_with_source BIGINT NOT NULL DEFAULT 0;
