-- Pages that stay fast at a million requests (issue 16).

-- The queue, in the order it is shown (emergencies first, then the nearest deadline),
-- over open requests only: a page walks the index and stops after its lines.
-- The WHERE clause is the queue's OPEN_STATUSES, word for word, so the planner
-- knows the index covers the query.
CREATE INDEX requests_queue ON requests (emergency DESC, due_at, id)
    WHERE status IN ('submitted', 'in_review', 'needs_info', 'approved', 'preserved', 'extended');

-- Deconfliction: the requests naming a target hash, newest first, read from the index
-- a page at a time; counting them reads the index alone.
CREATE INDEX request_targets_naming ON request_targets (normalized, request_id);

-- The EU part of the transparency report: EU orders of a period.
CREATE INDEX requests_kind_submitted ON requests (kind, submitted_at);
