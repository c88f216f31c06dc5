-- An interface endpoint speaks either for an issuing authority (it files orders) or for
-- the enforcing authority of the provider's member state (Regulation (EU) 2023/1543
-- Art 10 and 12: it may only send its decision on an order it was notified of).
-- Existing endpoints are issuing authorities.
ALTER TABLE interface_endpoints ADD COLUMN role TEXT NOT NULL DEFAULT 'issuing';
