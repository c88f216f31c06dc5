-- One intake: requests that reached the provider outside the portal, their external
-- requesters, and requests imported from an earlier intake queue.

-- A requester known only from a legal process: an account that cannot sign in (no
-- password, address not verified) until its owner signs up with the same address
-- and verifies it, which links it.
CREATE TABLE external_requesters (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
    created_by INTEGER REFERENCES accounts(id),
    created_at BIGINT NOT NULL,
    invited_at BIGINT,
    linked_at BIGINT
);

-- How and when a request taken in by staff (or imported) arrived.
CREATE TABLE request_intake (
    request_id INTEGER PRIMARY KEY REFERENCES requests(id),
    channel TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    served_at BIGINT,
    legal_entity TEXT NOT NULL,
    registered_by INTEGER REFERENCES accounts(id),
    -- The row's id in the queue it was imported from: importing it twice is refused.
    source_id TEXT,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX request_intake_source ON request_intake (source_id);
