-- Alerts that reach people (issue 18 §1, §2, §4).

-- On-call rotas: a shift on some weekdays (bit 0 Monday), between two local minutes
-- after midnight in an IANA zone (an end before the start runs past midnight, equal
-- ends are a whole day), for some data regions (`eu,us`; empty: all), with the person
-- on call and an optional second tier.
CREATE TABLE oncall_rotas (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    days BIGINT NOT NULL,
    start_minute BIGINT NOT NULL,
    end_minute BIGINT NOT NULL,
    regions TEXT NOT NULL DEFAULT '',
    primary_id BIGINT NOT NULL REFERENCES accounts (id),
    second_id BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Webhooks people set up: staff for their on-call pages (`oncall`), requesters for
-- their requests' events (`agency`, tied to an API token). `secret_sealed` is the
-- signing secret, PagerDuty routing key or Opsgenie API key, sealed under the master
-- key. A removed webhook keeps its row (deliveries name it).
CREATE TABLE webhooks (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    purpose TEXT NOT NULL CHECK (purpose IN ('oncall', 'agency')),
    api_token_id BIGINT REFERENCES api_tokens (id),
    format TEXT NOT NULL CHECK (format IN ('signed', 'pagerduty', 'opsgenie')),
    url TEXT NOT NULL,
    secret_sealed TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    removed_at BIGINT
);
CREATE INDEX webhooks_account ON webhooks (account_id, purpose);

-- One alert per emergency request (or emergency EPOC): raised once, escalated tier by
-- tier until someone acknowledges it.
CREATE TABLE oncall_alerts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id BIGINT NOT NULL UNIQUE REFERENCES requests (id),
    kind TEXT NOT NULL,
    raised_at BIGINT NOT NULL,
    tier BIGINT NOT NULL,
    acked_at BIGINT,
    acked_by BIGINT REFERENCES accounts (id)
);

-- Who each tier paged, and when (the alert as recorded on the case).
CREATE TABLE oncall_pages (
    alert_id BIGINT NOT NULL REFERENCES oncall_alerts (id),
    tier BIGINT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    paged_at BIGINT NOT NULL,
    PRIMARY KEY (alert_id, tier, account_id)
);

-- Each post to a webhook: the exact body and path suffix, tried by a
-- `webhook_delivery` job until delivered or given up.
CREATE TABLE webhook_deliveries (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    webhook_id BIGINT NOT NULL REFERENCES webhooks (id),
    alert_id BIGINT REFERENCES oncall_alerts (id),
    request_id BIGINT REFERENCES requests (id),
    event_type TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    last_status BIGINT,
    last_error TEXT,
    delivered_at BIGINT,
    given_up_at BIGINT
);
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, created_at);
