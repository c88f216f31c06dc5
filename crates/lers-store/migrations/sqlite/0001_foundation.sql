-- Accounts of requesters and staff. People are named in the audit log only by
-- `pseudonym`, so this row can be anonymised without breaking the log.
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pseudonym TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('requester', 'staff')),
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    agency TEXT NOT NULL DEFAULT '',
    badge_number TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    mailing_address TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    subdivision TEXT NOT NULL DEFAULT '',
    matched_domain_rule TEXT,
    roles TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'locked', 'disabled')),
    email_verified_at BIGINT,
    password_hash TEXT,
    totp_secret_sealed TEXT,
    totp_pending_sealed TEXT,
    totp_enrolled_at BIGINT,
    totp_last_step BIGINT,
    created_at BIGINT NOT NULL,
    last_login_at BIGINT,
    locked_at BIGINT
);

-- Single-use links (email verification, staff invitations, first-admin setup).
-- Only a SHA-256 of the token is stored.
CREATE TABLE one_time_tokens (
    token_hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,
    account_id BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX one_time_tokens_account ON one_time_tokens (account_id);

-- Server-side sessions, keyed by a SHA-256 of the cookie token.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    mfa_at BIGINT,
    csrf_token TEXT NOT NULL,
    ip TEXT
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT REFERENCES accounts (id),
    ip TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_account ON login_failures (account_id, at);
CREATE INDEX login_failures_ip ON login_failures (ip, at);

-- The government email domain allow-list: exact domains (`abilenetx.gov`, which
-- also admit subdomains) and suffix rules (`*.police.uk`).
CREATE TABLE gov_domains (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pattern TEXT NOT NULL UNIQUE,
    domain_type TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    suborganization TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    enabled BIGINT NOT NULL DEFAULT 1,
    added_at BIGINT NOT NULL
);

-- Append-only audit log: entry `idx` is leaf `idx` of an RFC 6962 Merkle tree;
-- `root_hash`/`signature` are the signed tree head after that entry.
CREATE TABLE audit_log (
    idx BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT,
    ip TEXT,
    outcome TEXT NOT NULL,
    details TEXT NOT NULL,
    leaf_hash TEXT NOT NULL,
    root_hash TEXT NOT NULL,
    signature TEXT NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor);
CREATE INDEX audit_log_action ON audit_log (action);
CREATE INDEX audit_log_at ON audit_log (at);

-- The application never updates or deletes audit rows; refuse it here too.
-- (Someone with raw database access can drop these triggers: that is what the
-- signed Merkle tree and `lers audit verify` are for.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- The compact Merkle frontier after the last entry; its row is also the lock that
-- serialises appends.
CREATE TABLE audit_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    frontier TEXT NOT NULL
);
INSERT INTO audit_head (id, frontier) VALUES (1, '');
