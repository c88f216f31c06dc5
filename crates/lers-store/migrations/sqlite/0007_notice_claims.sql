-- A notice being sent is claimed until this time, so a hold placed meanwhile cannot
-- be overwritten and a second worker cannot send it again; a crashed sender's claim
-- runs out.
ALTER TABLE notices ADD COLUMN claimed_until BIGINT;
