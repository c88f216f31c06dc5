-- Staff notifications (issue 18 §3). One row per (occurrence, person): the unique
-- index makes a sweep run twice, or on two nodes at once, notify once. A row carries
-- no case content: the request's reference, the kind of event and a link.
CREATE TABLE staff_notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    -- The occurrence: what happened (trigger), to what (subject kind and row id), and
    -- the fact that makes it a new one (a due time, an end, an event's time).
    trigger_kind TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    occurrence_at BIGINT NOT NULL,
    -- The request it is about (none for a role grant waiting for a second admin).
    request_id BIGINT,
    reference TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL,
    -- Shown first: a breach, or an emergency case.
    urgent BIGINT NOT NULL DEFAULT 0,
    -- 'immediately' or 'digest', decided when the notification was made.
    delivery TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    read_at BIGINT,
    mailed_at BIGINT
);
CREATE UNIQUE INDEX staff_notifications_once
    ON staff_notifications (trigger_kind, subject_kind, subject_id, occurrence_at, account_id);
CREATE INDEX staff_notifications_unread ON staff_notifications (account_id, read_at);
CREATE INDEX staff_notifications_digest ON staff_notifications (delivery, mailed_at, account_id);

-- Each person's choice per trigger (no row: immediately).
CREATE TABLE staff_notification_prefs (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    trigger_kind TEXT NOT NULL,
    delivery TEXT NOT NULL,
    PRIMARY KEY (account_id, trigger_kind)
);

-- The local hour of a person's daily digest (no row: the default, 07:00).
CREATE TABLE staff_digest_hours (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id),
    hour BIGINT NOT NULL
);
