-- Case data at rest (issue 15 §6). A request's text fields (draft, submitted,
-- withdrawal_reason), its messages and notes, and its targets' values are sealed with
-- the request's own data key, wrapped here by the master key (context
-- `request/{public_id}`) like a document's. A request whose `wrapped_key` is NULL has
-- not been sealed yet: the start-up step seals it (SQL cannot encrypt).
-- request_targets.normalized holds a keyed hash `h{version}:{hex}` once sealed.
ALTER TABLE requests ADD COLUMN wrapped_key TEXT;
ALTER TABLE requests ADD COLUMN key_version BIGINT;
-- Contact details (phone, mailing address, badge number) sealed with the master key.
ALTER TABLE accounts ADD COLUMN contact_sealed BIGINT NOT NULL DEFAULT 0;
