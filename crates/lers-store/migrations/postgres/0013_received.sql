-- One intake for every channel: how a request reached the provider, and when. Legal
-- clocks run from the time of receipt, which for requests served on paper, by fax or
-- through an older queue is earlier than the time they were entered.
ALTER TABLE requests ADD COLUMN channel TEXT NOT NULL DEFAULT 'portal';
ALTER TABLE requests ADD COLUMN received_at BIGINT;
UPDATE requests SET received_at = submitted_at;
