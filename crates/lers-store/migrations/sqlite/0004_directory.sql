-- The built-in account directory: the provider's accounts as LERS needs to know them
-- (for self-hosters without an identity system to call, and for tests).
CREATE TABLE directory_accounts (
    account_id TEXT PRIMARY KEY,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    username TEXT NOT NULL DEFAULT '',
    home_region TEXT NOT NULL DEFAULT '',
    enterprise BIGINT NOT NULL DEFAULT 0,
    restricted_by TEXT,
    held_by TEXT,
    held_until BIGINT
);
CREATE INDEX directory_accounts_email ON directory_accounts (email);
CREATE INDEX directory_accounts_phone ON directory_accounts (phone);
CREATE INDEX directory_accounts_username ON directory_accounts (username);
