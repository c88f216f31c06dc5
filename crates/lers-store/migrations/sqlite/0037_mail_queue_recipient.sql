-- The account a queued message is for, when it is for one (not an authority's
-- address). Erasing a person withdraws their mail by this id: the sealed recipient
-- may be an address they no longer have (an "email changed" notice goes to the old
-- one), and matching by id opens none of the queue's sealed rows. An account id names
-- no one outside the database, so it is kept in clear.
ALTER TABLE mail_queue ADD COLUMN recipient_account BIGINT;
CREATE INDEX mail_queue_recipient ON mail_queue (recipient_account);
