-- Accounts hardening: links can be revoked (a newer link, a verification, a password
-- change or an email change kills the older ones), a verification link carries the
-- profile given with its sign-up (written to the account only when that link is
-- redeemed), an email-change link carries the new address, and email-sending public
-- forms are throttled per client address and per mailbox.
ALTER TABLE one_time_tokens ADD COLUMN revoked_at BIGINT;
ALTER TABLE one_time_tokens ADD COLUMN profile TEXT;
ALTER TABLE one_time_tokens ADD COLUMN new_email TEXT;
CREATE INDEX one_time_tokens_open ON one_time_tokens (account_id, purpose, used_at, revoked_at);

-- One row per accepted attempt of sign-up, "send the link again" or "forgot password":
-- scope 'address' (key: client IP) or 'mailbox' (key: SHA-256 of the address, so
-- addresses that never had an account are not kept in clear).
CREATE TABLE mail_attempts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX mail_attempts_key ON mail_attempts (scope, subject_key, at);

