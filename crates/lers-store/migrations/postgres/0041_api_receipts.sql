-- Receipts of API submissions waiting for the next receipt mail to their owner or a
-- colleague (`lers_domain::request::receipt`): claimed by one job runner for a lease
-- (`claim_id`, `claimed_until`: no other node mails them meanwhile), deleted once
-- that mail is sent or queued.
CREATE TABLE api_receipts (
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    request_id BIGINT NOT NULL REFERENCES requests(id),
    claim_id TEXT,
    claimed_until BIGINT,
    PRIMARY KEY (account_id, request_id)
);
CREATE INDEX api_receipts_request ON api_receipts (request_id);
CREATE INDEX api_receipts_claim ON api_receipts (claim_id);
