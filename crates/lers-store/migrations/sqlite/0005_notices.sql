-- The language an affected user reads notices in.
ALTER TABLE directory_accounts ADD COLUMN language TEXT NOT NULL DEFAULT 'en';

-- One notification decision per affected account of a request (re-evaluating
-- replaces it), and the notice it schedules.
CREATE TABLE notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id BIGINT NOT NULL REFERENCES requests (id),
    target_type TEXT NOT NULL,
    target TEXT NOT NULL,
    decision TEXT NOT NULL,
    exemption TEXT,
    reason TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    send_at BIGINT,
    decided_by BIGINT NOT NULL REFERENCES accounts (id),
    decided_at BIGINT NOT NULL,
    sent_at BIGINT,
    UNIQUE (request_id, target_type, target)
);
CREATE INDEX notices_state ON notices (state, send_at);

-- Every attempt to deliver a notice, with its outcome.
CREATE TABLE notice_deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    notice_id BIGINT NOT NULL REFERENCES notices (id),
    at BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notice_deliveries_notice ON notice_deliveries (notice_id);
