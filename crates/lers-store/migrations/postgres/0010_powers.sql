-- Hardening of powers and access (issue 11): recovery codes, four-eyes approvals,
-- allow-list checks per request, inactivity, expiring API tokens.

-- Set when a recovery code was used: the account must enroll a new authenticator
-- before it reaches anything else.
ALTER TABLE accounts ADD COLUMN mfa_reenroll_required BIGINT NOT NULL DEFAULT 0;
-- Why the account was disabled by the system (`inactive`), cleared by any status
-- change an admin makes.
ALTER TABLE accounts ADD COLUMN disabled_reason TEXT;
-- When an admin last made the account active again: a fresh start of the
-- inactivity period.
ALTER TABLE accounts ADD COLUMN enabled_at BIGINT;
-- When the inactivity warning for the current period was sent.
ALTER TABLE accounts ADD COLUMN inactivity_warned_at BIGINT;
-- Disabling an allow-list entry counts (and stops) the accounts it admitted.
CREATE INDEX accounts_matched_domain_rule ON accounts (matched_domain_rule);

-- One-time recovery codes, stored as salted SHA-256 (each code has 50 random bits).
CREATE TABLE recovery_codes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    code_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE UNIQUE INDEX recovery_codes_hash ON recovery_codes (account_id, code_hash);

-- Changes that need a second admin (four eyes): role grants and second-factor resets.
CREATE TABLE pending_approvals (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('grant_roles', 'reset_second_factor')),
    target_id BIGINT NOT NULL REFERENCES accounts (id),
    -- JSON: what exactly is proposed (for a grant, the roles before and after).
    payload TEXT NOT NULL,
    proposed_by BIGINT NOT NULL REFERENCES accounts (id),
    proposed_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected', 'expired')),
    decided_by BIGINT REFERENCES accounts (id),
    decided_at BIGINT
);
-- At most one open proposal of a kind per account.
CREATE UNIQUE INDEX pending_approvals_open ON pending_approvals (kind, target_id) WHERE state = 'pending';
CREATE INDEX pending_approvals_state ON pending_approvals (state, expires_at);

-- API tokens expire; tokens from before this migration get the default 90 days.
ALTER TABLE api_tokens ADD COLUMN expires_at BIGINT;
UPDATE api_tokens SET expires_at = created_at + 7776000000 WHERE expires_at IS NULL;
