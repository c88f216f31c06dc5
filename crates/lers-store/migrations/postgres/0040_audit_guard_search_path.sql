-- The append-only guards resolve names (`||`, `IS NOT DISTINCT FROM` on text) under
-- the search path of whoever writes: a session whose path puts a schema of its own
-- before pg_catalog could make a guard accept a change it refuses. Pinned to the
-- built-in ones (attack review of 6 December 2026, helper-108).
ALTER FUNCTION audit_log_refuse_change() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION audit_nodes_refuse_change() SET search_path = pg_catalog, pg_temp;
