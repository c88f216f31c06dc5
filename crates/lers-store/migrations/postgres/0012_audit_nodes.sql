-- Roots of the audit tree's perfect subtrees (level >= 1; leaves are audit_log.leaf_hash),
-- written with the entry that completes each, so an inclusion proof needs O(log n)
-- reads instead of the whole log. Existing logs are filled in once at start.
CREATE TABLE audit_nodes (
    level BIGINT NOT NULL,
    idx BIGINT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (level, idx)
);
