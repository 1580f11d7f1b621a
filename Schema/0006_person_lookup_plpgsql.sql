-- 0006: fefta_person_of (0005) in PL/pgSQL, so each session plans its query once instead of on every call.
--
-- The actor trigger on filing_events and the row-level security policies call it for every statement; as a SQL
-- function marked SECURITY DEFINER it is never inlined, and its query was planned anew on each call (a profile of
-- the daemon firing 3,000 deadlines spent 0.45 s of 2.5 s of server time here). The result is the same: the person
-- a role acts as, provided the session's login role is a member of that role. CREATE OR REPLACE keeps the owner,
-- the grants and the dependent functions; the fixed search_path is set again as 0005 sets it.

CREATE OR REPLACE FUNCTION fefta_person_of(role_name name)
RETURNS TABLE (person_id uuid, organisation_id uuid, team_id uuid, person_role text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    SELECT p.id, p.organisation_id, p.team_id, p.role
    FROM people p JOIN pg_catalog.pg_roles r ON r.rolname = p.db_role
    WHERE p.db_role = role_name AND pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER');
END;
$$;

DO $path$
BEGIN
    EXECUTE format('ALTER FUNCTION fefta_person_of(name) SET search_path = %I, pg_temp', current_schema());
END
$path$;
