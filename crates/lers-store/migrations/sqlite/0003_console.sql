-- The response team's work on requests.
ALTER TABLE requests ADD COLUMN assignee_id BIGINT REFERENCES accounts (id);
-- When the provider must have acted (service-level clock), Unix milliseconds.
ALTER TABLE requests ADD COLUMN due_at BIGINT;

-- The legal review checklist (JSON answers) and what it suggested.
CREATE TABLE reviews (
    request_id BIGINT PRIMARY KEY REFERENCES requests (id),
    reviewer_id BIGINT NOT NULL REFERENCES accounts (id),
    checklist TEXT NOT NULL,
    suggestion TEXT NOT NULL,
    reviewed_at BIGINT NOT NULL
);

-- Decisions: approve (full or partial), reject, challenge, ask for information.
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id BIGINT NOT NULL REFERENCES requests (id),
    kind TEXT NOT NULL,
    decided_by BIGINT NOT NULL REFERENCES accounts (id),
    reasons TEXT NOT NULL DEFAULT '',
    note_to_requester TEXT NOT NULL DEFAULT '',
    scope TEXT,
    decided_at BIGINT NOT NULL
);
CREATE INDEX decisions_request ON decisions (request_id, id);

-- Call-back verification of emergency requests.
CREATE TABLE callbacks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id BIGINT NOT NULL REFERENCES requests (id),
    staff_id BIGINT NOT NULL REFERENCES accounts (id),
    phone TEXT NOT NULL,
    number_source TEXT NOT NULL,
    answered_by TEXT NOT NULL,
    result TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL
);
CREATE INDEX callbacks_request ON callbacks (request_id);

-- Preservation holds.
CREATE TABLE holds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id BIGINT NOT NULL UNIQUE REFERENCES requests (id),
    expires_at BIGINT NOT NULL,
    extended BIGINT NOT NULL DEFAULT 0,
    ended_at BIGINT,
    created_at BIGINT NOT NULL
);

-- Durable background jobs, claimed with a lease so that two servers never run the
-- same job at once, retried with back-off, de-duplicated by key.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    run_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    lease_until BIGINT,
    locked_by TEXT,
    last_error TEXT,
    done_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX jobs_due ON jobs (done_at, run_at);
