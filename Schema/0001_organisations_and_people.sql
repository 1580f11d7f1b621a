-- 0001: the tenancy base. Organisations use fefta (a law firm, a fund, a ministry team); people belong to one
-- organisation and act in one role. Every later table (filings, events, deadlines, issuers, holdings) references
-- these, and row-level security (a later migration) scopes rows by organisation.

CREATE TABLE organisations (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organisations_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT organisations_name_length CHECK (char_length(name) <= 200),
    CONSTRAINT organisations_name_key UNIQUE (name)
);

COMMENT ON TABLE organisations IS 'Tenants: every filing, holding and person belongs to exactly one organisation.';

CREATE TABLE people (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid        NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    display_name    text        NOT NULL,
    role            text        NOT NULL,
    db_role         text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT people_display_name_not_blank CHECK (btrim(display_name) <> ''),
    CONSTRAINT people_display_name_length CHECK (char_length(display_name) <= 200),
    CONSTRAINT people_role_check CHECK (role IN ('filer', 'reviewer', 'auditor', 'worker', 'admin')),
    -- The PostgreSQL role this person logs in as, when they connect directly (row-level security maps it back).
    CONSTRAINT people_db_role_format CHECK (db_role ~ '^[a-z_][a-z0-9_]{0,62}$'),
    CONSTRAINT people_db_role_key UNIQUE (db_role),
    -- Lets later tables reference (organisation_id, person_id) so a row can never point at another tenant's person.
    CONSTRAINT people_organisation_id_id_key UNIQUE (organisation_id, id)
);

COMMENT ON TABLE people IS 'People who act in fefta, each in one organisation and one role.';
COMMENT ON COLUMN people.role IS 'filer | reviewer | auditor | worker | admin';
