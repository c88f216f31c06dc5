-- "My data" exports: a ZIP of everything held about one person, built by a
-- `data_export` job, sealed at rest in the blob store (its data key wrapped by the
-- master key) and deleted at `expires_at`.
CREATE TABLE data_exports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    state TEXT NOT NULL CHECK (state IN ('building', 'ready', 'expired')),
    requested_at BIGINT NOT NULL,
    built_at BIGINT,
    expires_at BIGINT,
    size BIGINT,
    blob_key TEXT,
    wrapped_key TEXT,
    key_version BIGINT,
    downloads BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX data_exports_account ON data_exports (account_id, id);
CREATE INDEX data_exports_expiry ON data_exports (state, expires_at);

-- "My data" lists the audit entries naming a person as actor or subject.
CREATE INDEX audit_log_subject ON audit_log (subject);
