-- What transparency reports count, kept on each request so a period of a million
-- requests is one scan of a covering index.
ALTER TABLE requests ADD COLUMN instrument TEXT;
ALTER TABLE requests ADD COLUMN target_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN delay_order BIGINT NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN asks_content BIGINT NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN disclosed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN content_disclosed BIGINT NOT NULL DEFAULT 0;
-- Covering index in GROUP BY order: a report streams through this index alone, never
-- the (large) request rows and without sorting.
CREATE INDEX requests_report ON requests (
    country, kind, instrument, status, submitted_at,
    target_count, disclosed, content_disclosed, delay_order
);

-- Computed reports: drafts for review, then immutable published versions.
CREATE TABLE transparency_reports (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    period TEXT NOT NULL,
    version BIGINT NOT NULL,
    status TEXT NOT NULL,
    data TEXT NOT NULL,
    changelog TEXT NOT NULL DEFAULT '',
    computed_by BIGINT NOT NULL REFERENCES accounts (id),
    computed_at BIGINT NOT NULL,
    published_by BIGINT REFERENCES accounts (id),
    published_at BIGINT
);
CREATE INDEX transparency_reports_period ON transparency_reports (period, version);
-- Two publications of one period can never get the same version (drafts are 0).
CREATE UNIQUE INDEX transparency_reports_version ON transparency_reports (period, version)
    WHERE status = 'published';
