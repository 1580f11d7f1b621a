-- 0007: fefta_lock_audit_chain (0005) in PL/pgSQL, so each session plans its query once instead of on every call.
--
-- Every transition calls it once, in the statement that appends the event (AuditChain), while the chain head is
-- the one lock all appenders share: as a SQL function marked SECURITY DEFINER it is never inlined, and a profile of
-- two daemons firing 6,000 deadlines spent 0.24 s planning its query again on each call. The result is the same:
-- the head row, locked FOR UPDATE until the transaction ends. CREATE OR REPLACE keeps the owner and the grants; the
-- fixed search_path is set again as 0005 sets it.

CREATE OR REPLACE FUNCTION fefta_lock_audit_chain() RETURNS TABLE (last_event_id bigint, last_hash bytea)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY SELECT a.last_event_id, a.last_hash FROM audit_chain a WHERE a.id FOR UPDATE;
END;
$$;

DO $path$
BEGIN
    EXECUTE format('ALTER FUNCTION fefta_lock_audit_chain() SET search_path = %I, pg_temp', current_schema());
END
$path$;
