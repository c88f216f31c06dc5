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

-- Moving a case to another region, as a durable job: each file is copied (re-sealed
-- for the new region) and verified, recorded here, then every row is switched in one
-- transaction; the old copies are deleted after a grace period (downloads that began
-- before the switch may still read them).
CREATE TABLE region_moves (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES requests (id),
    from_region TEXT NOT NULL,
    to_region TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('copying', 'switched', 'done')),
    requested_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    switched_at BIGINT,
    done_at BIGINT
);
CREATE UNIQUE INDEX region_moves_open ON region_moves (request_id) WHERE state <> 'done';

CREATE TABLE region_move_files (
    move_id BIGINT NOT NULL REFERENCES region_moves (id),
    kind TEXT NOT NULL CHECK (kind IN ('document', 'production')),
    file_id TEXT NOT NULL,
    -- The copy's data key, wrapped by the master key (used from the switch on).
    wrapped_key TEXT NOT NULL,
    key_version BIGINT NOT NULL,
    copied_at BIGINT NOT NULL,
    old_deleted_at BIGINT,
    PRIMARY KEY (move_id, kind, file_id)
);
