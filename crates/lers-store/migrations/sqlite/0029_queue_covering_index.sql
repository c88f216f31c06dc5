-- The queue's count (up to 10,001 open requests per view) read every table row for
-- the filter columns: a few kilobytes each, tens of megabytes per page view at scale.
-- The queue index now carries every column the queue filters on, so the count and
-- the page's walk read the index alone; only the lines shown are fetched.
DROP INDEX requests_queue;
CREATE INDEX requests_queue ON requests (emergency DESC, due_at, id, status, kind, country, assignee_id, region)
    WHERE status IN ('submitted', 'in_review', 'needs_info', 'approved', 'preserved', 'extended');
