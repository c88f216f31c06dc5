-- Receipts of API submissions waiting for the next receipt mail to their owner or a
-- colleague (`lers_domain::request::receipt`): deleted once that mail is sent.
CREATE TABLE api_receipts (
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    request_id BIGINT NOT NULL REFERENCES requests(id),
    PRIMARY KEY (account_id, request_id)
);
