-- 0005: roles, grants and row-level security (issue 8).
--
-- Who may do what is decided by PostgreSQL, not by the client: five NOLOGIN group roles carry the privileges, people
-- log in as their own LOGIN roles that are members of one of them, and row-level security limits every tenant table
-- to the rows of the acting person's organisation (or, for a reviewer, to the filings assigned to them or their
-- team). The acting person is the session's role (`current_user`, after any SET ROLE, provided the login role is a
-- member of it) mapped through `people.db_role`.
--
--   fefta_filer     opens filings and records their events, imports holdings; its organisation's rows only
--   fefta_reviewer  reads and records events on the filings assigned to them or to someone in their team
--   fefta_auditor   reads everything, writes nothing
--   fefta_worker    the daemon: fires deadlines (events through the transition path), writes and delivers
--                   notifications, re-screens holdings; never creates a filing
--   fefta_admin     adds organisations, teams and people, imports issuer lists, reads everything; records no events
--
-- Only the migration owner (the role that runs `fefta db migrate`) owns objects, so only it can change the schema.
-- Nobody is granted UPDATE, DELETE or TRUNCATE on filing_events, and the 0002 triggers refuse all three even to
-- the owner. The owner and superusers are not subject to row-level security (no FORCE ROW LEVEL SECURITY): the
-- owner can ALTER or DISABLE row security at will, so forcing it on the owner would protect nothing; it is the
-- administration path (migrations, `fefta admin`) and must keep seeing everything. Application logins therefore
-- must never be the owner or have BYPASSRLS; `fefta admin person add --db-role` refuses such roles.
--
-- Roles are cluster-wide: every database of the server shares them, so this file creates each role only if it is
-- missing (tolerating another database's migration creating it at the same moment) and never alters an existing
-- one. Tables added by later migrations get no privileges until that migration grants them (no default
-- privileges), and every table with an organisation_id must enable row-level security (a test checks it).

-- The group roles.
DO $roles$
DECLARE
    group_name text;
    existing   record;
BEGIN
    FOREACH group_name IN ARRAY ARRAY['fefta_filer', 'fefta_reviewer', 'fefta_auditor', 'fefta_worker', 'fefta_admin']
    LOOP
        SELECT rolsuper, rolbypassrls, rolreplication, rolcanlogin INTO existing
        FROM pg_catalog.pg_roles WHERE rolname = group_name;
        IF FOUND THEN
            IF existing.rolsuper OR existing.rolbypassrls OR existing.rolreplication THEN
                RAISE EXCEPTION 'role % exists with SUPERUSER, BYPASSRLS or REPLICATION', group_name
                    USING ERRCODE = 'invalid_grant_operation',
                          HINT = 'fefta''s group roles must be plain NOLOGIN roles; drop or ALTER the role first';
            END IF;
            IF existing.rolcanlogin THEN
                RAISE WARNING 'role % can log in; fefta''s group roles are meant to be NOLOGIN', group_name;
            END IF;
            CONTINUE;
        END IF;
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', group_name);
            EXECUTE format('COMMENT ON ROLE %I IS %L', group_name,
                'fefta group role; people log in as their own roles that are members of it (Schema/0005)');
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            -- Another database's migration created it first.
            NULL;
        END;
    END LOOP;
END
$roles$;

-- Nobody but the owner creates objects in fefta's schema; the group roles may use it.
DO $schema$
BEGIN
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
    EXECUTE format(
        'GRANT USAGE ON SCHEMA %I TO fefta_filer, fefta_reviewer, fefta_auditor, fefta_worker, fefta_admin',
        current_schema());
END
$schema$;

-- Teams: a reviewer sees the filings assigned to anyone in their team.
CREATE TABLE teams (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid        NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    name            text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT teams_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT teams_name_length CHECK (char_length(name) <= 200),
    CONSTRAINT teams_organisation_id_name_key UNIQUE (organisation_id, name),
    CONSTRAINT teams_organisation_id_id_key UNIQUE (organisation_id, id)
);

COMMENT ON TABLE teams IS 'Teams within an organisation; a reviewer sees filings assigned to their team.';

ALTER TABLE people
    ADD COLUMN team_id uuid,
    ADD CONSTRAINT people_team_fkey FOREIGN KEY (organisation_id, team_id)
        REFERENCES teams (organisation_id, id) ON DELETE RESTRICT;

CREATE INDEX people_team_id_idx ON people (team_id) WHERE team_id IS NOT NULL;
CREATE INDEX deadlines_organisation_id_idx ON deadlines (organisation_id);
CREATE INDEX notifications_organisation_id_idx ON notifications (organisation_id);
CREATE INDEX filing_events_organisation_id_idx ON filing_events (organisation_id);

COMMENT ON COLUMN people.db_role IS
    'The database role (or, on the owner''s connection, operating-system user) that acts as this person.';

-- The person a role acts as: the row of people whose db_role is `role_name`, provided the session's login role is
-- a member of it (so nobody can look up another login's person). SECURITY DEFINER because the policies on people
-- call it; it returns ids and the role only, never a name.
CREATE FUNCTION fefta_person_of(role_name name)
RETURNS TABLE (person_id uuid, organisation_id uuid, team_id uuid, person_role text)
LANGUAGE sql STABLE SECURITY DEFINER
AS $$
    SELECT p.id, p.organisation_id, p.team_id, p.role
    FROM people p JOIN pg_catalog.pg_roles r ON r.rolname = p.db_role
    WHERE p.db_role = role_name AND pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER')
$$;

-- The acting person of this session, their organisation and team: NULL when the role maps to nobody.
CREATE FUNCTION fefta_current_person_id() RETURNS uuid
LANGUAGE sql STABLE
AS $$ SELECT person_id FROM fefta_person_of(current_user) $$;

CREATE FUNCTION fefta_current_organisation_id() RETURNS uuid
LANGUAGE sql STABLE
AS $$ SELECT organisation_id FROM fefta_person_of(current_user) $$;

CREATE FUNCTION fefta_current_team_id() RETURNS uuid
LANGUAGE sql STABLE
AS $$ SELECT team_id FROM fefta_person_of(current_user) $$;

-- Appenders lock the chain head through this function, so no role needs UPDATE on audit_chain: only the chain
-- trigger (now SECURITY DEFINER) moves it.
CREATE FUNCTION fefta_lock_audit_chain() RETURNS TABLE (last_event_id bigint, last_hash bytea)
LANGUAGE sql VOLATILE SECURITY DEFINER
AS $$ SELECT a.last_event_id, a.last_hash FROM audit_chain a WHERE a.id FOR UPDATE $$;

ALTER FUNCTION filing_events_extend_chain() SECURITY DEFINER;

-- Every event records the session's person when the session maps to one: a filer, reviewer or admin as
-- `person:<their id>`, a worker's login as a system actor. Row-level security checks the same for the group roles;
-- this trigger also holds on the owner's connection when its role is mapped to a person.
CREATE FUNCTION filing_events_check_actor() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    acting record;
BEGIN
    SELECT * INTO acting FROM fefta_person_of(current_user);
    IF NOT FOUND THEN
        RETURN NEW;
    END IF;
    IF acting.person_role = 'worker' THEN
        IF NEW.actor_person_id IS NOT NULL THEN
            RAISE EXCEPTION 'role % acts for the worker: its events are recorded as a system actor, not as %',
                current_user, NEW.actor
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF NEW.actor_person_id IS DISTINCT FROM acting.person_id THEN
        RAISE EXCEPTION 'role % acts as person:%, so its events are recorded as that person, not as %',
            current_user, acting.person_id, NEW.actor
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER filing_events_actor
    BEFORE INSERT ON filing_events
    FOR EACH ROW EXECUTE FUNCTION filing_events_check_actor();

-- Functions run with a fixed search_path (this schema, then pg_temp last), so no object a session creates can stand
-- in for the tables they read.
DO $paths$
DECLARE
    signature text;
BEGIN
    FOREACH signature IN ARRAY ARRAY[
        'fefta_person_of(name)', 'fefta_current_person_id()', 'fefta_current_organisation_id()',
        'fefta_current_team_id()', 'fefta_lock_audit_chain()', 'filing_events_extend_chain()',
        'filing_events_check_actor()', 'filing_events_refuse_change()']
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', signature, current_schema());
    END LOOP;
END
$paths$;

REVOKE ALL ON FUNCTION fefta_person_of(name), fefta_current_person_id(), fefta_current_organisation_id(),
    fefta_current_team_id(), fefta_lock_audit_chain() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fefta_person_of(name), fefta_current_person_id(), fefta_current_organisation_id(),
    fefta_current_team_id() TO fefta_filer, fefta_reviewer, fefta_auditor, fefta_worker, fefta_admin;
GRANT EXECUTE ON FUNCTION fefta_lock_audit_chain() TO fefta_filer, fefta_reviewer, fefta_worker;

-- Privileges. Nothing is granted to PUBLIC; each group gets what its commands use, column by column for updates.
REVOKE ALL ON schema_migrations, organisations, teams, people, filings, filing_events, audit_chain, deadlines,
    notifications, issuer_lists, issuers, investors, holdings, workers, rescreens, rescreen_holdings FROM PUBLIC;

GRANT SELECT ON schema_migrations, organisations, issuer_lists, issuers, filings, deadlines, filing_events,
    notifications TO fefta_filer, fefta_reviewer, fefta_auditor, fefta_worker, fefta_admin;
GRANT SELECT ON teams, people TO fefta_filer, fefta_reviewer, fefta_auditor, fefta_admin;
GRANT SELECT ON investors, holdings TO fefta_filer, fefta_auditor, fefta_worker, fefta_admin;
GRANT SELECT ON audit_chain, workers, rescreens TO fefta_auditor, fefta_admin;

-- Opening a filing and every transition (FilingStore): the filing, its deadlines and its event.
GRANT INSERT (organisation_id, kind, state, ruleset_version, determination, facts, planned_execution_on, act_on)
    ON filings TO fefta_filer;
GRANT UPDATE (state, version, planned_execution_on, filed_on, accepted_on, waiting_ends_on, extended_to_months,
    recommendation_received_on, recommendation_accepted_on, executed_on, act_on, assignee_id, updated_at)
    ON filings TO fefta_filer, fefta_reviewer, fefta_worker;
-- Re-screening replaces an open filing's determination (FilingStore.redetermine: an obligationChanged event).
GRANT UPDATE (determination, ruleset_version) ON filings TO fefta_worker;
GRANT INSERT (filing_id, organisation_id, kind, due, fires_on, basis) ON deadlines
    TO fefta_filer, fefta_reviewer, fefta_worker;
GRANT UPDATE (state, fired_at, cancelled_at) ON deadlines TO fefta_filer, fefta_reviewer;
GRANT UPDATE (state, fired_at, cancelled_at, parked_at, parked_reason) ON deadlines TO fefta_worker;
GRANT INSERT ON filing_events TO fefta_filer, fefta_reviewer, fefta_worker;

-- Holdings monitoring (HoldingsStore): a filer replaces its investors' holdings; the worker re-screens them.
GRANT INSERT (organisation_id, name, facts), UPDATE (facts, updated_at) ON investors TO fefta_filer;
GRANT INSERT, DELETE ON holdings TO fefta_filer;
GRANT UPDATE (screened_on, screened_list, ruleset_version, tier, outcome, exemption_basis, conditions, report_row,
    report_due, screened_at) ON holdings TO fefta_worker;

-- The daemon's bookkeeping (Schema/0004): liveness, the outbox, re-screenings.
GRANT SELECT, INSERT, UPDATE ON workers, rescreens TO fefta_worker;
GRANT SELECT, INSERT, DELETE ON rescreen_holdings TO fefta_worker;
GRANT INSERT, UPDATE (state, attempts, next_attempt_at, last_error, sent_at, claimed_by, claimed_at)
    ON notifications TO fefta_worker;
DO $sequences$
BEGIN
    EXECUTE format('GRANT USAGE ON SEQUENCE %s TO fefta_worker', pg_catalog.pg_get_serial_sequence('rescreens', 'id'));
END
$sequences$;

-- Administration: organisations, teams, people and the shared issuer lists.
GRANT INSERT (name), UPDATE (name) ON organisations TO fefta_admin;
GRANT INSERT (organisation_id, name), UPDATE (name), DELETE ON teams TO fefta_admin;
GRANT INSERT (organisation_id, display_name, role, db_role, team_id), UPDATE (display_name, role, db_role, team_id)
    ON people TO fefta_admin;
GRANT INSERT, UPDATE, DELETE ON issuer_lists, issuers TO fefta_admin;

-- Row-level security. Policies name the group roles, so they apply to their members; permissive policies of several
-- groups add up. The current person's organisation and team are read once per statement (the scalar subqueries
-- become init plans). A session whose role maps to nobody sees no tenant row.
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE filings ENABLE ROW LEVEL SECURITY;
ALTER TABLE deadlines ENABLE ROW LEVEL SECURITY;
ALTER TABLE filing_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE investors ENABLE ROW LEVEL SECURITY;
ALTER TABLE holdings ENABLE ROW LEVEL SECURITY;

-- organisations, teams, people: one's own organisation; auditors, admins (and for organisations the worker) all.
CREATE POLICY organisations_own ON organisations FOR SELECT TO fefta_filer, fefta_reviewer
    USING (id = (SELECT fefta_current_organisation_id()));
CREATE POLICY organisations_read_all ON organisations FOR SELECT TO fefta_auditor, fefta_worker, fefta_admin
    USING (true);
CREATE POLICY organisations_admin_insert ON organisations FOR INSERT TO fefta_admin WITH CHECK (true);
CREATE POLICY organisations_admin_update ON organisations FOR UPDATE TO fefta_admin USING (true);

CREATE POLICY teams_own_organisation ON teams FOR SELECT TO fefta_filer, fefta_reviewer
    USING (organisation_id = (SELECT fefta_current_organisation_id()));
CREATE POLICY teams_read_all ON teams FOR SELECT TO fefta_auditor, fefta_admin USING (true);
CREATE POLICY teams_admin_write ON teams FOR ALL TO fefta_admin USING (true) WITH CHECK (true);

CREATE POLICY people_own_organisation ON people FOR SELECT TO fefta_filer, fefta_reviewer
    USING (organisation_id = (SELECT fefta_current_organisation_id()));
CREATE POLICY people_read_all ON people FOR SELECT TO fefta_auditor, fefta_admin USING (true);
CREATE POLICY people_admin_insert ON people FOR INSERT TO fefta_admin WITH CHECK (true);
CREATE POLICY people_admin_update ON people FOR UPDATE TO fefta_admin USING (true);

-- filings: a filer's organisation; a reviewer's own and their team's assignments (within their organisation).
CREATE POLICY filings_filer ON filings FOR ALL TO fefta_filer
    USING (organisation_id = (SELECT fefta_current_organisation_id()))
    WITH CHECK (organisation_id = (SELECT fefta_current_organisation_id()));
CREATE POLICY filings_reviewer_read ON filings FOR SELECT TO fefta_reviewer
    USING (organisation_id = (SELECT fefta_current_organisation_id())
        AND (assignee_id = (SELECT fefta_current_person_id())
            OR assignee_id IN (SELECT p.id FROM people p WHERE p.team_id = (SELECT fefta_current_team_id()))));
CREATE POLICY filings_reviewer_update ON filings FOR UPDATE TO fefta_reviewer
    USING (organisation_id = (SELECT fefta_current_organisation_id())
        AND (assignee_id = (SELECT fefta_current_person_id())
            OR assignee_id IN (SELECT p.id FROM people p WHERE p.team_id = (SELECT fefta_current_team_id()))));
CREATE POLICY filings_read_all ON filings FOR SELECT TO fefta_auditor, fefta_worker, fefta_admin USING (true);
CREATE POLICY filings_worker_update ON filings FOR UPDATE TO fefta_worker USING (true);

-- deadlines, events, notifications: those of the filings one sees (a reviewer's through the filings policy).
CREATE POLICY deadlines_filer ON deadlines FOR ALL TO fefta_filer
    USING (organisation_id = (SELECT fefta_current_organisation_id()))
    WITH CHECK (organisation_id = (SELECT fefta_current_organisation_id()));
CREATE POLICY deadlines_reviewer_read ON deadlines FOR SELECT TO fefta_reviewer
    USING (filing_id IN (SELECT f.id FROM filings f));
CREATE POLICY deadlines_reviewer_insert ON deadlines FOR INSERT TO fefta_reviewer
    WITH CHECK (filing_id IN (SELECT f.id FROM filings f));
CREATE POLICY deadlines_reviewer_update ON deadlines FOR UPDATE TO fefta_reviewer
    USING (filing_id IN (SELECT f.id FROM filings f));
CREATE POLICY deadlines_read_all ON deadlines FOR SELECT TO fefta_auditor, fefta_worker, fefta_admin USING (true);
CREATE POLICY deadlines_worker_insert ON deadlines FOR INSERT TO fefta_worker WITH CHECK (true);
CREATE POLICY deadlines_worker_update ON deadlines FOR UPDATE TO fefta_worker USING (true);

CREATE POLICY filing_events_filer_read ON filing_events FOR SELECT TO fefta_filer
    USING (organisation_id = (SELECT fefta_current_organisation_id()));
CREATE POLICY filing_events_filer_append ON filing_events FOR INSERT TO fefta_filer
    WITH CHECK (organisation_id = (SELECT fefta_current_organisation_id())
        AND actor_person_id = (SELECT fefta_current_person_id()));
CREATE POLICY filing_events_reviewer_read ON filing_events FOR SELECT TO fefta_reviewer
    USING (filing_id IN (SELECT f.id FROM filings f));
CREATE POLICY filing_events_reviewer_append ON filing_events FOR INSERT TO fefta_reviewer
    WITH CHECK (filing_id IN (SELECT f.id FROM filings f) AND actor_person_id = (SELECT fefta_current_person_id()));
CREATE POLICY filing_events_read_all ON filing_events FOR SELECT TO fefta_auditor, fefta_worker, fefta_admin
    USING (true);
-- The worker records what the daemon does: deadlines reached and re-screening notes, as a system actor.
CREATE POLICY filing_events_worker_append ON filing_events FOR INSERT TO fefta_worker
    WITH CHECK (actor_person_id IS NULL AND type IN ('waitingPeriodElapsed', 'replyWindowElapsed',
        'executionReportOverdue', 'reportOverdue', 'filingWindowOpened', 'noted', 'obligationChanged'));

CREATE POLICY notifications_filer_read ON notifications FOR SELECT TO fefta_filer
    USING (organisation_id = (SELECT fefta_current_organisation_id()));
CREATE POLICY notifications_reviewer_read ON notifications FOR SELECT TO fefta_reviewer
    USING (filing_id IN (SELECT f.id FROM filings f));
CREATE POLICY notifications_read_all ON notifications FOR SELECT TO fefta_auditor, fefta_worker, fefta_admin
    USING (true);
CREATE POLICY notifications_worker_insert ON notifications FOR INSERT TO fefta_worker WITH CHECK (true);
CREATE POLICY notifications_worker_update ON notifications FOR UPDATE TO fefta_worker USING (true);

-- investors, holdings: a filer's organisation; the worker re-screens all of them.
CREATE POLICY investors_filer ON investors FOR ALL TO fefta_filer
    USING (organisation_id = (SELECT fefta_current_organisation_id()))
    WITH CHECK (organisation_id = (SELECT fefta_current_organisation_id()));
CREATE POLICY investors_read_all ON investors FOR SELECT TO fefta_auditor, fefta_worker, fefta_admin USING (true);

CREATE POLICY holdings_filer ON holdings FOR ALL TO fefta_filer
    USING (organisation_id = (SELECT fefta_current_organisation_id()))
    WITH CHECK (organisation_id = (SELECT fefta_current_organisation_id()));
CREATE POLICY holdings_read_all ON holdings FOR SELECT TO fefta_auditor, fefta_worker, fefta_admin USING (true);
CREATE POLICY holdings_worker_update ON holdings FOR UPDATE TO fefta_worker USING (true);
