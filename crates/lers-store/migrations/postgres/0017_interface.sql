-- Machine-to-machine intake over ETSI TS 103 120 (HI-1): the authorities' systems that
-- may send orders, what they sent (for idempotency and GET/LIST), and what LERS sends
-- back (notifications and deliveries, delivered by jobs with retries).

-- A registered authority system. Active once a second admin approved it.
CREATE TABLE interface_endpoints (
    id BIGSERIAL PRIMARY KEY,
    country TEXT NOT NULL,
    identifier TEXT NOT NULL,
    name TEXT NOT NULL,
    -- 'client_certificate' (credential = SHA-256 of the certificate, hex) or
    -- 'signed_token' (credential = Ed25519 public key, hex).
    auth_kind TEXT NOT NULL,
    credential TEXT NOT NULL,
    notify_url TEXT,
    contact_email TEXT NOT NULL,
    -- The requester account that owns the endpoint's orders (an external requester).
    owner_account_id BIGINT NOT NULL REFERENCES accounts(id),
    proposed_by BIGINT NOT NULL REFERENCES accounts(id),
    proposed_at BIGINT NOT NULL,
    approved_by BIGINT REFERENCES accounts(id),
    approved_at BIGINT,
    disabled_by BIGINT REFERENCES accounts(id),
    disabled_at BIGINT
);
CREATE UNIQUE INDEX interface_endpoints_identity ON interface_endpoints (country, identifier);
CREATE UNIQUE INDEX interface_endpoints_credential ON interface_endpoints (credential);

-- Every message an endpoint sent that LERS accepted, by its TransactionIdentifier: a
-- retry gets the stored answer and changes nothing.
CREATE TABLE etsi_transactions (
    endpoint_id BIGINT NOT NULL REFERENCES interface_endpoints(id),
    transaction_id TEXT NOT NULL,
    -- SHA-256 of the message body: the same identifier with another body is refused.
    message_sha256 TEXT NOT NULL,
    content_type TEXT NOT NULL,
    response TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (endpoint_id, transaction_id)
);

-- The objects an endpoint created (ObjectIdentifier UUIDs) and the request each is part of.
CREATE TABLE etsi_objects (
    endpoint_id BIGINT NOT NULL REFERENCES interface_endpoints(id),
    object_id TEXT NOT NULL,
    -- 'authorisation', 'ld_task', 'lp_task' or 'document'.
    object_type TEXT NOT NULL,
    request_id BIGINT NOT NULL REFERENCES requests(id),
    generation BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    last_changed BIGINT NOT NULL,
    PRIMARY KEY (endpoint_id, object_id)
);
CREATE INDEX etsi_objects_request ON etsi_objects (request_id);

-- A request that arrived over HI-1, and the last status reported to its endpoint.
CREATE TABLE etsi_orders (
    request_id BIGINT PRIMARY KEY REFERENCES requests(id),
    endpoint_id BIGINT NOT NULL REFERENCES interface_endpoints(id),
    authorisation_id TEXT NOT NULL,
    reported_status TEXT,
    reported_at BIGINT
);
CREATE INDEX etsi_orders_endpoint ON etsi_orders (endpoint_id);

-- A message LERS sends to an endpoint (notification or delivery), stored before it is
-- sent; an etsi_outbound job posts it until the endpoint takes it.
CREATE TABLE etsi_outbound (
    id BIGSERIAL PRIMARY KEY,
    endpoint_id BIGINT NOT NULL REFERENCES interface_endpoints(id),
    request_id BIGINT REFERENCES requests(id),
    -- 'notification' or 'delivery'.
    kind TEXT NOT NULL,
    -- What the message reports (e.g. 'status:Disclosed', 'delivery:<production>'): one
    -- message per event.
    dedupe_key TEXT NOT NULL,
    transaction_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    last_error TEXT,
    delivered_at BIGINT
);
CREATE UNIQUE INDEX etsi_outbound_dedupe ON etsi_outbound (endpoint_id, dedupe_key);
CREATE INDEX etsi_outbound_request ON etsi_outbound (request_id);
