-- 0002: filings and their workflow (issue 5; design.md §5). A filing is a case that moves through the
-- FilingWorkflow state machine; every transition is one transaction that locks the filing, appends one event to
-- the append-only, hash-chained filing_events log, updates the filing (version + 1) and arms or cancels its
-- deadlines. The daemon fires due deadlines through the same code and delivers the notifications outbox.
--
-- Tenancy: every row carries organisation_id, and references to filings, deadlines and people go through
-- (organisation_id, id) pairs, so no row can point at another organisation's filing or person.

CREATE TABLE filings (
    id                          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id             uuid        NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    kind                        text        NOT NULL,
    state                       text        NOT NULL,
    version                     integer     NOT NULL DEFAULT 1,
    -- The ruleset that decided the determination (its start date, `ruleset.version` of `fefta check`).
    ruleset_version             text,
    -- The `fefta check` output that opened the case, and the facts it was computed from (design.md §4).
    determination               jsonb,
    facts                       jsonb,
    -- The FilingWorkflow.FilingCase dates, as legal dates in Japan.
    planned_execution_on        date,
    filed_on                    date,
    accepted_on                 date,
    waiting_ends_on             date,
    extended_to_months          smallint,
    recommendation_received_on  date,
    recommendation_accepted_on  date,
    executed_on                 date,
    act_on                      date,
    assignee_id                 uuid,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT filings_kind_check CHECK (kind IN ('priorNotification', 'postInvestmentReport', 'changeReport')),
    CONSTRAINT filings_state_check CHECK (
        (kind = 'priorNotification' AND state IN (
            'draft', 'filed', 'waiting', 'recommended', 'orderPending', 'ordered', 'cleared', 'executed', 'closed',
            'withdrawn'))
        OR (kind IN ('postInvestmentReport', 'changeReport') AND state IN ('due', 'overdue', 'filed', 'closed',
            'withdrawn'))
    ),
    CONSTRAINT filings_version_positive CHECK (version >= 1),
    CONSTRAINT filings_ruleset_version_format CHECK (ruleset_version ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    CONSTRAINT filings_determination_object CHECK (jsonb_typeof(determination) = 'object'),
    CONSTRAINT filings_facts_object CHECK (jsonb_typeof(facts) = 'object'),
    CONSTRAINT filings_extended_to_months_check CHECK (extended_to_months IN (4, 5)),
    -- Report cases carry the date of the act they report and none of a prior notification's dates.
    CONSTRAINT filings_report_dates CHECK (
        kind = 'priorNotification'
        OR (act_on IS NOT NULL AND planned_execution_on IS NULL AND filed_on IS NULL AND accepted_on IS NULL
            AND waiting_ends_on IS NULL AND extended_to_months IS NULL AND recommendation_received_on IS NULL
            AND recommendation_accepted_on IS NULL AND executed_on IS NULL)
    ),
    CONSTRAINT filings_prior_notification_dates CHECK (kind <> 'priorNotification' OR act_on IS NULL),
    -- Past draft, a prior notification was submitted; past filed, it was accepted and its waiting period set.
    CONSTRAINT filings_submitted_check CHECK (
        kind <> 'priorNotification' OR state IN ('draft', 'withdrawn') OR filed_on IS NOT NULL
    ),
    CONSTRAINT filings_accepted_check CHECK (
        kind <> 'priorNotification'
        OR state NOT IN ('waiting', 'recommended', 'orderPending', 'ordered', 'cleared', 'executed')
        OR (accepted_on IS NOT NULL AND waiting_ends_on IS NOT NULL)
    ),
    CONSTRAINT filings_accepted_after_filing CHECK (accepted_on >= filed_on),
    CONSTRAINT filings_recommendation_check CHECK (
        state NOT IN ('recommended', 'orderPending') OR recommendation_received_on IS NOT NULL
    ),
    CONSTRAINT filings_executed_check CHECK (state <> 'executed' OR executed_on IS NOT NULL),
    CONSTRAINT filings_organisation_id_id_key UNIQUE (organisation_id, id),
    CONSTRAINT filings_assignee_fkey FOREIGN KEY (organisation_id, assignee_id)
        REFERENCES people (organisation_id, id) ON DELETE RESTRICT
);

CREATE INDEX filings_organisation_state_idx ON filings (organisation_id, state);
CREATE INDEX filings_assignee_idx ON filings (assignee_id) WHERE assignee_id IS NOT NULL;

COMMENT ON TABLE filings IS
    'Filing cases (prior notifications, post-investment and change reports); changed only by workflow transitions.';
COMMENT ON COLUMN filings.version IS 'Incremented by every event; a case handler''s --expect-version is checked against it.';

-- The append-only event log. One global SHA-256 chain runs through every event of every filing: each event's
-- hash covers its canonical encoding and the previous event's hash (`fefta audit verify` recomputes it). Ids are
-- gapless: the store assigns id = the chain head's id + 1 while holding the head row, so a missing id is a
-- removed event even before any hash is checked.
CREATE TABLE filing_events (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    filing_id       uuid        NOT NULL,
    organisation_id uuid        NOT NULL,
    -- The filing's version after this event: 1 for `opened`, then 2, 3… with no gap per filing.
    filing_version  integer     NOT NULL,
    type            text        NOT NULL,
    -- Who acted: `person:<uuid>` (a row of people) or `system:<name>` (the daemon), never a free-form name.
    actor           text        NOT NULL,
    actor_person_id uuid,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    effective_on    date        NOT NULL,
    payload         jsonb       NOT NULL DEFAULT '{}',
    prev_hash       bytea,
    hash            bytea       NOT NULL,
    CONSTRAINT filing_events_filing_fkey FOREIGN KEY (organisation_id, filing_id)
        REFERENCES filings (organisation_id, id) ON DELETE RESTRICT,
    CONSTRAINT filing_events_actor_person_fkey FOREIGN KEY (organisation_id, actor_person_id)
        REFERENCES people (organisation_id, id) ON DELETE RESTRICT,
    CONSTRAINT filing_events_filing_version_key UNIQUE (filing_id, filing_version),
    CONSTRAINT filing_events_filing_version_positive CHECK (filing_version >= 1),
    CONSTRAINT filing_events_type_check CHECK (type IN (
        'opened', 'submitted', 'accepted', 'shortened', 'extended', 'recommendationReceived',
        'recommendationAccepted', 'recommendationRefused', 'orderIssued', 'cleared', 'executed',
        'executionReportFiled', 'reportFiled', 'closed', 'withdrawn', 'assigned', 'noted', 'filingWindowOpened',
        'waitingPeriodElapsed', 'replyWindowElapsed', 'executionReportOverdue', 'reportOverdue',
        'obligationChanged')),
    CONSTRAINT filing_events_actor_check CHECK (
        (actor_person_id IS NOT NULL AND actor = 'person:' || actor_person_id::text)
        OR (actor_person_id IS NULL AND actor ~ '^system:[a-z][a-z0-9-]{0,62}$')
    ),
    CONSTRAINT filing_events_payload_object CHECK (jsonb_typeof(payload) = 'object'),
    CONSTRAINT filing_events_hash_length CHECK (octet_length(hash) = 32),
    CONSTRAINT filing_events_prev_hash_check CHECK ((id = 1) = (prev_hash IS NULL)),
    CONSTRAINT filing_events_prev_hash_length CHECK (octet_length(prev_hash) = 32)
);

CREATE INDEX filing_events_filing_idx ON filing_events (filing_id, id);

COMMENT ON TABLE filing_events IS
    'Append-only, hash-chained history of every filing; UPDATE, DELETE and TRUNCATE are refused by triggers.';

-- The head of the chain: one row, held FOR UPDATE by each appender from just before its insert until commit,
-- which serialises appends (and only them) across the whole database.
CREATE TABLE audit_chain (
    id            boolean PRIMARY KEY DEFAULT true,
    last_event_id bigint,
    last_hash     bytea,
    CONSTRAINT audit_chain_single_row CHECK (id),
    CONSTRAINT audit_chain_head_check CHECK ((last_event_id IS NULL) = (last_hash IS NULL))
);

INSERT INTO audit_chain DEFAULT VALUES;

COMMENT ON TABLE audit_chain IS 'The id and hash of the last event of filing_events; one row, moved only by its insert trigger.';

CREATE FUNCTION filing_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % is not allowed: the audit log is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Every insert must extend the chain: the next id, linked to the head's hash. The head then moves to it.
CREATE FUNCTION filing_events_extend_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    head audit_chain%ROWTYPE;
BEGIN
    SELECT * INTO STRICT head FROM audit_chain WHERE id FOR UPDATE;
    IF NEW.id <> coalesce(head.last_event_id, 0) + 1 OR NEW.prev_hash IS DISTINCT FROM head.last_hash THEN
        RAISE EXCEPTION 'filing event % does not extend the audit chain, whose head is event %',
            NEW.id, coalesce(head.last_event_id, 0)
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    UPDATE audit_chain SET last_event_id = NEW.id, last_hash = NEW.hash WHERE id;
    RETURN NEW;
END;
$$;

CREATE TRIGGER filing_events_immutable
    BEFORE UPDATE OR DELETE ON filing_events
    FOR EACH ROW EXECUTE FUNCTION filing_events_refuse_change();

CREATE TRIGGER filing_events_no_truncate
    BEFORE TRUNCATE ON filing_events
    FOR EACH STATEMENT EXECUTE FUNCTION filing_events_refuse_change();

CREATE TRIGGER filing_events_chain
    BEFORE INSERT ON filing_events
    FOR EACH ROW EXECUTE FUNCTION filing_events_extend_chain();

CREATE TRIGGER audit_chain_no_delete
    BEFORE DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION filing_events_refuse_change();

CREATE TRIGGER audit_chain_no_truncate
    BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION filing_events_refuse_change();

-- Deadlines a filing has armed. At most one pending deadline per filing and kind; arming a kind again cancels the
-- pending one first (it is "replaced"). The daemon claims pending rows whose fires_on has come (a legal date in
-- Asia/Tokyo by the database clock) and fires them through the store.
CREATE TABLE deadlines (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    filing_id       uuid        NOT NULL,
    organisation_id uuid        NOT NULL,
    kind            text        NOT NULL,
    -- The legal date (for waitingPeriodEnd: the first day execution is permitted).
    due             date        NOT NULL,
    -- The first legal day on which the deadline counts as reached, when the daemon fires it: the due date for the
    -- end of a waiting period or the opening of the filing window, the day after it for a deadline to act, whose
    -- last day remains available (Civil Code Art. 141; FilingDeadlineKind.reachedOn(due:)).
    fires_on        date        NOT NULL,
    state           text        NOT NULL DEFAULT 'pending',
    -- The rule id and statute that set the date.
    basis           text        NOT NULL,
    armed_at        timestamptz NOT NULL DEFAULT now(),
    fired_at        timestamptz,
    cancelled_at    timestamptz,
    CONSTRAINT deadlines_filing_fkey FOREIGN KEY (organisation_id, filing_id)
        REFERENCES filings (organisation_id, id) ON DELETE RESTRICT,
    CONSTRAINT deadlines_kind_check CHECK (kind IN (
        'filingWindow', 'waitingPeriodEnd', 'recommendationReply', 'executionReport', 'postInvestmentReport',
        'changeReport')),
    CONSTRAINT deadlines_state_check CHECK (state IN ('pending', 'fired', 'cancelled')),
    CONSTRAINT deadlines_fires_on_check CHECK (
        fires_on = due + CASE WHEN kind IN ('filingWindow', 'waitingPeriodEnd') THEN 0 ELSE 1 END
    ),
    CONSTRAINT deadlines_fired_check CHECK ((state = 'fired') = (fired_at IS NOT NULL)),
    CONSTRAINT deadlines_cancelled_check CHECK ((state = 'cancelled') = (cancelled_at IS NOT NULL)),
    CONSTRAINT deadlines_basis_length CHECK (char_length(basis) BETWEEN 1 AND 500),
    CONSTRAINT deadlines_organisation_id_id_key UNIQUE (organisation_id, id)
);

CREATE UNIQUE INDEX deadlines_one_pending_key ON deadlines (filing_id, kind) WHERE state = 'pending';
CREATE INDEX deadlines_pending_due_idx ON deadlines (due) WHERE state = 'pending';
-- The daemon's claim: ORDER BY fires_on, id LIMIT n over pending rows, straight from this index.
CREATE INDEX deadlines_pending_fires_on_idx ON deadlines (fires_on, id) WHERE state = 'pending';
CREATE INDEX deadlines_filing_idx ON deadlines (filing_id);

COMMENT ON TABLE deadlines IS 'Statutory deadlines armed by filings: pending until fired by the daemon or cancelled.';

-- The outbox: messages to deliver (by the daemon's notify command), written in the same transaction as the change
-- they report, so none is lost or sent for a change that rolled back.
CREATE TABLE notifications (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid        NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    filing_id       uuid,
    deadline_id     uuid,
    kind            text        NOT NULL,
    -- For reminders: working days before the deadline's due date.
    reminder_offset integer,
    payload         jsonb       NOT NULL,
    state           text        NOT NULL DEFAULT 'pending',
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CONSTRAINT notifications_filing_fkey FOREIGN KEY (organisation_id, filing_id)
        REFERENCES filings (organisation_id, id) ON DELETE RESTRICT,
    CONSTRAINT notifications_deadline_fkey FOREIGN KEY (organisation_id, deadline_id)
        REFERENCES deadlines (organisation_id, id) ON DELETE RESTRICT,
    CONSTRAINT notifications_kind_check CHECK (kind IN ('reminder', 'deadlineFired', 'obligationChanged')),
    CONSTRAINT notifications_state_check CHECK (state IN ('pending', 'sent', 'failed', 'dead')),
    CONSTRAINT notifications_reminder_check CHECK (
        (kind = 'reminder') = (reminder_offset IS NOT NULL) AND (kind <> 'reminder' OR deadline_id IS NOT NULL)
    ),
    CONSTRAINT notifications_reminder_offset_positive CHECK (reminder_offset > 0),
    CONSTRAINT notifications_deadline_fired_check CHECK (kind <> 'deadlineFired' OR deadline_id IS NOT NULL),
    CONSTRAINT notifications_attempts_check CHECK (attempts >= 0),
    CONSTRAINT notifications_sent_check CHECK ((state = 'sent') = (sent_at IS NOT NULL)),
    CONSTRAINT notifications_payload_object CHECK (jsonb_typeof(payload) = 'object'),
    CONSTRAINT notifications_last_error_length CHECK (char_length(last_error) <= 2000),
    -- Each reminder point of a deadline exists once, however many daemons schedule it.
    CONSTRAINT notifications_reminder_key UNIQUE (deadline_id, reminder_offset)
);

-- Each deadline fires at most once, so it is announced at most once.
CREATE UNIQUE INDEX notifications_deadline_fired_key ON notifications (deadline_id) WHERE kind = 'deadlineFired';
CREATE INDEX notifications_pending_idx ON notifications (next_attempt_at) WHERE state IN ('pending', 'failed');
CREATE INDEX notifications_filing_idx ON notifications (filing_id) WHERE filing_id IS NOT NULL;

COMMENT ON TABLE notifications IS
    'Outbox of reminders and announcements, written in the transaction of the change, delivered by feftad.';
COMMENT ON COLUMN notifications.kind IS 'reminder | deadlineFired | obligationChanged';
