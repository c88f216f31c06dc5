-- Emergencies under suspicion: the agency directory (independently sourced
-- switchboard numbers), suspensions after failed call-backs, second confirmations of
-- call-backs, and the risk score kept from submission.

CREATE TABLE agencies (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    -- Email domains of the agency, lower case, comma-separated.
    domains TEXT NOT NULL,
    -- E.164 switchboard number (extension after ';ext=').
    switchboard TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    source TEXT NOT NULL,
    verified_on TEXT NOT NULL,
    enabled BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX agencies_name ON agencies (name, country);

-- One row per domain of an enabled or disabled agency, for lookups by email domain.
CREATE TABLE agency_domains (
    domain TEXT PRIMARY KEY,
    agency_id BIGINT NOT NULL REFERENCES agencies (id)
);

CREATE TABLE suspensions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    request_id BIGINT NOT NULL REFERENCES requests (id),
    callback_id BIGINT NOT NULL REFERENCES callbacks (id),
    suspended_by BIGINT NOT NULL REFERENCES accounts (id),
    suspended_at BIGINT NOT NULL,
    open_requests BIGINT NOT NULL,
    lifted_by BIGINT REFERENCES accounts (id),
    lifted_at BIGINT,
    lift_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX suspensions_account ON suspensions (account_id, lifted_at);
-- At most one suspension in force per account (two failed call-backs racing keep one).
CREATE UNIQUE INDEX suspensions_in_force ON suspensions (account_id) WHERE lifted_at IS NULL;

-- The normalised number a call-back reached (E.164), for the rules.
ALTER TABLE callbacks ADD COLUMN line TEXT NOT NULL DEFAULT '';

-- A second staff member confirms a call-back of a high-risk emergency.
CREATE TABLE callback_confirmations (
    callback_id BIGINT NOT NULL REFERENCES callbacks (id),
    staff_id BIGINT NOT NULL REFERENCES accounts (id),
    at BIGINT NOT NULL,
    PRIMARY KEY (callback_id, staff_id)
);

-- The risk score of an emergency as computed at submission (facts and reasons JSON).
CREATE TABLE emergency_assessments (
    request_id BIGINT PRIMARY KEY REFERENCES requests (id),
    score BIGINT NOT NULL,
    threshold BIGINT NOT NULL,
    second_confirmation BIGINT NOT NULL,
    reasons TEXT NOT NULL,
    facts TEXT NOT NULL,
    assessed_at BIGINT NOT NULL
);

-- When an API token was first used (the "first use of a token" risk signal).
ALTER TABLE api_tokens ADD COLUMN first_used_at BIGINT;
UPDATE api_tokens SET first_used_at = last_used_at;
