-- When the delivery job last took a queued message to hand it to the mail server
-- (NULL: never). An erasure that runs while a message is being handed over cannot
-- stop it: it still deletes the row, and reports the message as already on its way
-- rather than withdrawn.
ALTER TABLE mail_queue ADD COLUMN handing_over_at BIGINT;
