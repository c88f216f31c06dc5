-- When the account was last disabled; kept when it is enabled again. Work it did
-- before then — a review, a call-back or its confirmation, a four-eyes proposal — no
-- longer counts, even once it is back: disabling is what happens to an account found
-- compromised. Accounts disabled before this migration count as disabled now.
ALTER TABLE accounts ADD COLUMN disabled_at BIGINT;
UPDATE accounts SET disabled_at = CAST(EXTRACT(EPOCH FROM now()) * 1000 AS BIGINT) WHERE status = 'disabled';
