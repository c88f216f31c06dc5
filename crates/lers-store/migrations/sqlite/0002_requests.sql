-- Legal requests. While a request is a draft its content lives in `draft` (JSON, may
-- be incomplete); at submission the checked request is frozen in `submitted` (JSON)
-- and the columns that queues and filters need are filled in.
CREATE TABLE requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id TEXT NOT NULL UNIQUE,
    owner_id BIGINT NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    reference TEXT UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    emergency BIGINT NOT NULL DEFAULT 0,
    draft TEXT NOT NULL,
    submitted TEXT,
    withdrawal_reason TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    submitted_at BIGINT
);
CREATE INDEX requests_owner ON requests (owner_id, updated_at);
CREATE INDEX requests_status ON requests (status);

-- Deconfliction: every request naming a target is one indexed lookup away.
CREATE TABLE request_targets (
    request_id BIGINT NOT NULL REFERENCES requests (id),
    target_type TEXT NOT NULL,
    normalized TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (request_id, target_type, normalized)
);
CREATE INDEX request_targets_lookup ON request_targets (target_type, normalized);

-- Colleagues (same agency) the owner gave access to.
CREATE TABLE request_access (
    request_id BIGINT NOT NULL REFERENCES requests (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (request_id, account_id)
);
CREATE INDEX request_access_account ON request_access (account_id);

-- The timeline shown to the requester: status changes, messages, documents.
CREATE TABLE request_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id BIGINT NOT NULL REFERENCES requests (id),
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES accounts (id),
    kind TEXT NOT NULL,
    status TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_events_request ON request_events (request_id, id);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id BIGINT NOT NULL REFERENCES requests (id),
    author_id BIGINT NOT NULL REFERENCES accounts (id),
    body TEXT NOT NULL,
    internal BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX messages_request ON messages (request_id, id);

-- Uploaded files, encrypted at rest: `wrapped_key` is the file's own data key sealed
-- under the master key; `blob_key` names the ciphertext in the blob store.
CREATE TABLE documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id TEXT NOT NULL UNIQUE,
    request_id BIGINT NOT NULL REFERENCES requests (id),
    message_id BIGINT REFERENCES messages (id),
    uploaded_by BIGINT NOT NULL REFERENCES accounts (id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    blob_key TEXT NOT NULL,
    wrapped_key TEXT NOT NULL,
    key_version BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX documents_request ON documents (request_id);

-- Gapless reference numbers per year: taken inside the submitting transaction.
CREATE TABLE reference_counters (
    year BIGINT PRIMARY KEY,
    last BIGINT NOT NULL
);

-- Personal API tokens of requesters (only a SHA-256 of each token is kept).
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX api_tokens_account ON api_tokens (account_id);
