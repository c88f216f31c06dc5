-- Executing EU orders (Regulation (EU) 2023/1543): the enforcing authority's decision
-- on an order (Art 12), the provider's Form 3 "cannot comply" answer, and the moment
-- staff recorded that the issuing authority lifted its restriction on informing the
-- user (Art 13). One of each per request at most.

CREATE TABLE eu_ea_decisions (
    request_id BIGINT PRIMARY KEY REFERENCES requests (id),
    -- no_grounds, partial_grounds or full_refusal.
    decision TEXT NOT NULL,
    -- The Art 12 ground, for partial grounds and a full refusal.
    ground TEXT,
    -- Which data partial grounds cover.
    data TEXT NOT NULL DEFAULT '',
    -- 1 when a production had already been delivered (an emergency) at a refusal: the
    -- issuing authority was told to delete or restrict it.
    already_sent BIGINT NOT NULL DEFAULT 0,
    decided_by BIGINT NOT NULL REFERENCES accounts (id),
    decided_at BIGINT NOT NULL
);

CREATE TABLE eu_form3_answers (
    request_id BIGINT PRIMARY KEY REFERENCES requests (id),
    -- The structured reasons, comma-separated.
    reasons TEXT NOT NULL,
    explanation TEXT NOT NULL,
    foreign_law TEXT,
    answered_by BIGINT NOT NULL REFERENCES accounts (id),
    answered_at BIGINT NOT NULL,
    -- Where and when the answer was sent to the enforcing authority, if one was notified.
    ea_email TEXT,
    ea_sent_at BIGINT
);

CREATE TABLE eu_notice_lifts (
    request_id BIGINT PRIMARY KEY REFERENCES requests (id),
    lifted_by BIGINT NOT NULL REFERENCES accounts (id),
    lifted_at BIGINT NOT NULL
);
