-- Passkeys and security keys (WebAuthn, issue 17 §2).

-- One row per registered credential. `passkey` is webauthn-rs's serialised
-- credential (public key, flags, counter); `sign_count` repeats the counter so a
-- use can be recorded with a guarded UPDATE (a counter that goes back is refused).
CREATE TABLE passkeys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    credential_id TEXT NOT NULL UNIQUE,
    user_handle TEXT NOT NULL,
    name TEXT NOT NULL,
    passkey TEXT NOT NULL,
    sign_count BIGINT NOT NULL,
    backup_eligible BIGINT NOT NULL,
    backup_state BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX passkeys_account ON passkeys (account_id);
CREATE INDEX passkeys_user_handle ON passkeys (user_handle);

-- Server-side WebAuthn challenges: single use (deleted when answered), short-lived,
-- bound to their purpose and, once signed in, to the session that asked. Stored in
-- the database so any node can answer them.
CREATE TABLE webauthn_challenges (
    id_hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,
    account_id BIGINT REFERENCES accounts (id),
    session_hash TEXT,
    state TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX webauthn_challenges_expiry ON webauthn_challenges (expires_at);

-- A key touch confirmed in a session, not yet spent on a step-up.
ALTER TABLE sessions ADD COLUMN key_touch_at BIGINT;

-- Security settings changed by admins at run time (name → value).
CREATE TABLE security_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    changed_at BIGINT NOT NULL,
    changed_by BIGINT REFERENCES accounts (id)
);
