-- 0004: the daemon's bookkeeping (issue 6). Processes register and heartbeat (liveness); notifications being
-- delivered carry the claiming process, so a claim held by a process that stopped heartbeating is released by
-- liveness, never by age; deadlines the workflow refused to fire are parked with the reason instead of being
-- retried forever; each re-screening (a new issuer list version or ruleset version taking effect) is remembered.
-- All times are the database clock's.

CREATE TABLE workers (
    id           uuid        PRIMARY KEY,
    host         text        NOT NULL,
    pid          integer     NOT NULL,
    version      text        NOT NULL,
    state        text        NOT NULL DEFAULT 'running',
    started_at   timestamptz NOT NULL DEFAULT now(),
    heartbeat_at timestamptz NOT NULL DEFAULT now(),
    stopped_at   timestamptz,
    CONSTRAINT workers_state_check CHECK (state IN ('running', 'stopped', 'dead')),
    CONSTRAINT workers_host_length CHECK (char_length(host) BETWEEN 1 AND 255),
    CONSTRAINT workers_version_length CHECK (char_length(version) BETWEEN 1 AND 64),
    CONSTRAINT workers_pid_positive CHECK (pid > 0),
    CONSTRAINT workers_stopped_at_check CHECK ((state = 'running') = (stopped_at IS NULL))
);

-- The reaper's question: which running processes have not heartbeaten lately?
CREATE INDEX workers_running_heartbeat_idx ON workers (heartbeat_at) WHERE state = 'running';

COMMENT ON TABLE workers IS
    'feftad processes: a unique id per start, heartbeat_at renewed every few seconds; dead when it stops renewing.';

-- Re-screenings: one row per (issuer list version, ruleset version) in force, so each takes effect exactly once.
CREATE TABLE rescreens (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    list_published    date,
    list_revision     integer,
    ruleset_version   text        NOT NULL,
    effective_on      date        NOT NULL,
    state             text        NOT NULL DEFAULT 'running',
    claimed_by        uuid        REFERENCES workers (id) ON DELETE SET NULL,
    started_at        timestamptz NOT NULL DEFAULT now(),
    finished_at       timestamptz,
    holdings_screened integer,
    filings_screened  integer,
    changes           integer,
    CONSTRAINT rescreens_state_check CHECK (state IN ('running', 'done')),
    CONSTRAINT rescreens_done_check CHECK ((state = 'done') = (finished_at IS NOT NULL)),
    CONSTRAINT rescreens_list_check CHECK ((list_published IS NULL) = (list_revision IS NULL)),
    CONSTRAINT rescreens_ruleset_version_length CHECK (char_length(ruleset_version) BETWEEN 1 AND 64)
);

CREATE UNIQUE INDEX rescreens_versions_key
    ON rescreens (coalesce(list_published, '-infinity'::date), coalesce(list_revision, 0), ruleset_version);

COMMENT ON TABLE rescreens IS
    'Each issuer list version and ruleset version pair that took effect, and the re-screening it caused.';

-- The snapshot of holdings' obligations taken when a re-screening starts; the changes are the differences from it
-- once the holdings are re-screened. Rows are deleted when the re-screening is done.
CREATE TABLE rescreen_holdings (
    rescreen_id     bigint NOT NULL REFERENCES rescreens (id) ON DELETE CASCADE,
    investor_id     uuid   NOT NULL,
    securities_code text   NOT NULL,
    outcome         text   NOT NULL,
    exemption_basis text,
    conditions      text[] NOT NULL,
    report_row      text,
    PRIMARY KEY (rescreen_id, investor_id, securities_code)
);

-- A notification being delivered names its process. Delivery runs the notify command outside any transaction (it
-- may take seconds), so the claim is a column, not a row lock; only liveness releases it.
ALTER TABLE notifications
    ADD COLUMN claimed_by uuid REFERENCES workers (id) ON DELETE RESTRICT,
    ADD COLUMN claimed_at timestamptz,
    ADD CONSTRAINT notifications_claim_check CHECK ((claimed_by IS NULL) = (claimed_at IS NULL));

-- An obligation changed by a re-screening is announced once: one notification per (re-screening, subject), where
-- the subject is `holding:<investor>:<securities code>` or `filing:<id>`.
ALTER TABLE notifications
    ADD COLUMN rescreen_id bigint REFERENCES rescreens (id) ON DELETE RESTRICT,
    ADD COLUMN subject text,
    ADD CONSTRAINT notifications_rescreen_subject_check CHECK ((rescreen_id IS NULL) = (subject IS NULL)),
    ADD CONSTRAINT notifications_subject_length CHECK (char_length(subject) <= 200);

CREATE UNIQUE INDEX notifications_rescreen_subject_key ON notifications (rescreen_id, subject)
    WHERE rescreen_id IS NOT NULL;

CREATE INDEX notifications_claimed_by_idx ON notifications (claimed_by) WHERE claimed_by IS NOT NULL;
CREATE INDEX notifications_deliverable_idx ON notifications (next_attempt_at)
    WHERE state IN ('pending', 'failed') AND claimed_by IS NULL;

-- A due deadline whose firing the workflow refuses (it no longer applies to the filing's state) is parked: the
-- daemon stops claiming it and reports it (metric feftad_firings_refused_total, an error log with its id).
ALTER TABLE deadlines
    ADD COLUMN parked_at timestamptz,
    ADD COLUMN parked_reason text,
    ADD CONSTRAINT deadlines_parked_check CHECK ((parked_at IS NULL) = (parked_reason IS NULL)),
    ADD CONSTRAINT deadlines_parked_reason_length CHECK (char_length(parked_reason) <= 500);

-- The claim reads Schema/0002's deadlines_pending_fires_on_idx (fires_on, id) in order; parked rows are rare and
-- are skipped by the filter, so no second index is kept up to date on every deadline write.

