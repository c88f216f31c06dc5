-- Mail the server could not hand over when it was sent (the mail server refused,
-- stalled or was down), kept until a `mail_delivery` job delivers it or gives up.
-- Recipient, subject and body are sealed together with the master key, bound to
-- the row's public id; the row is deleted once delivered or given up.
CREATE TABLE mail_queue (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id TEXT NOT NULL UNIQUE,
    sealed TEXT NOT NULL,
    queued_at BIGINT NOT NULL
);
