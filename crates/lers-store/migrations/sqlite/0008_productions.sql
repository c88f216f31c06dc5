-- Productions: files a producer hands over for an approved request. Each file is
-- sealed under its own data key (wrapped by the master key); destroying that wrapped
-- key is what crypto-shreds the file, so it is nulled when retention ends.
CREATE TABLE productions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id TEXT NOT NULL UNIQUE,
    request_id BIGINT NOT NULL REFERENCES requests (id),
    producer_id BIGINT NOT NULL REFERENCES accounts (id),
    state TEXT NOT NULL CHECK (state IN ('open', 'delivered', 'shredded')),
    created_at BIGINT NOT NULL,
    -- Last change while open: an abandoned production is shredded this long after.
    touched_at BIGINT NOT NULL,
    delivered_at BIGINT,
    available_until BIGINT,
    retain_until BIGINT,
    shredded_at BIGINT,
    -- The manifest exactly as delivered (JSON) and the audit entry that records it.
    manifest TEXT,
    delivery_audit_index BIGINT
);
CREATE INDEX productions_request ON productions (request_id);
-- At most one production per request is being assembled at a time.
CREATE UNIQUE INDEX productions_one_open ON productions (request_id) WHERE state = 'open';
CREATE INDEX productions_retention ON productions (state, retain_until);
CREATE INDEX productions_abandoned ON productions (state, touched_at);

CREATE TABLE production_files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id TEXT NOT NULL UNIQUE,
    production_id BIGINT NOT NULL REFERENCES productions (id),
    name TEXT NOT NULL,
    size BIGINT NOT NULL,
    -- Plaintext bytes durably sealed in staging so far (the resume point).
    received BIGINT NOT NULL DEFAULT 0,
    sha256 TEXT,
    region TEXT NOT NULL,
    wrapped_key TEXT,
    key_version BIGINT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('uploading', 'stored', 'shredded')),
    created_at BIGINT NOT NULL,
    stored_at BIGINT,
    blob_deleted_at BIGINT,
    -- What the uploader says identifies its source file; a resume must match it.
    source_tag TEXT NOT NULL DEFAULT ''
);
CREATE INDEX production_files_production ON production_files (production_id);

-- Unusual staff access to requesters' files, raised for admins and auditors.
CREATE TABLE staff_alerts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    accesses BIGINT NOT NULL,
    window_start BIGINT NOT NULL,
    raised_at BIGINT NOT NULL,
    acknowledged_at BIGINT,
    acknowledged_by BIGINT REFERENCES accounts (id)
);
CREATE INDEX staff_alerts_open ON staff_alerts (acknowledged_at, account_id);
CREATE INDEX audit_log_actor_at ON audit_log (actor, at);
