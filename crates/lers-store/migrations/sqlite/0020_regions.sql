-- Data regions. A request's region (NULL: the deployment's default region, for
-- requests from before regions) decides which region's blob store holds its files.
-- A document's region is where its blob is and is bound into its encryption
-- (NULL: an older document in the default region, sealed without a region).
ALTER TABLE requests ADD COLUMN region TEXT;
ALTER TABLE documents ADD COLUMN region TEXT;

-- Data-sharing rules of staff members: the regions whose cases they see (`,eu,us,`;
-- empty: every region) and whether they see only the cases assigned to them. No row:
-- no limit.
CREATE TABLE staff_limits (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id),
    regions TEXT NOT NULL DEFAULT '',
    assigned_only BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);
