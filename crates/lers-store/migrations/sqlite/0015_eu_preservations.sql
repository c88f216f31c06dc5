-- EU orders (Regulation (EU) 2023/1543): what the provider preserves for each EPOC and
-- EPOC-PR, from the time of receipt. The clock is computed from these facts in the
-- domain (lers_domain::eu::preservation), never kept in memory: a Form 6 extends once,
-- a Form 5 lifts the end until the production order arrives, which takes it over.
CREATE TABLE eu_preservations (
    request_id BIGINT PRIMARY KEY REFERENCES requests (id),
    started_at BIGINT NOT NULL,
    -- Section K: an enforcing authority was notified (its window is shown with the clocks).
    ea_notified BIGINT NOT NULL DEFAULT 0,
    extended_at BIGINT,
    awaiting_since BIGINT,
    ended_at BIGINT,
    end_reason TEXT,
    taken_over_by BIGINT REFERENCES requests (id)
);
