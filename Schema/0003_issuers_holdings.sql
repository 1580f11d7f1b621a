-- 0003: the Ministry of Finance's issuer lists and the holdings funds ask fefta to monitor (issue 7).
--
-- Issuer lists are public reference data shared by every organisation: one version per publication date, each
-- imported whole in one transaction (a bad file changes nothing). Investors and holdings belong to an
-- organisation. Each holding keeps the outcome it was last screened to, so the daemon can re-screen when a new
-- list or ruleset takes effect and report only what changed. Percentages are exact numerics, never floats.

CREATE TABLE issuer_lists (
    published     date        PRIMARY KEY,
    layout        text        NOT NULL,
    encoding      text        NOT NULL,
    source_name   text        NOT NULL,
    source_sha256 text        NOT NULL,
    issuer_count  integer     NOT NULL,
    revision      integer     NOT NULL DEFAULT 1,
    imported_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT issuer_lists_layout_check CHECK (layout IN ('simple', 'mof')),
    CONSTRAINT issuer_lists_encoding_check CHECK (encoding IN ('UTF-8', 'UTF-8 (BOM)', 'Shift_JIS (CP932)')),
    CONSTRAINT issuer_lists_source_name_length CHECK (char_length(source_name) BETWEEN 1 AND 400),
    CONSTRAINT issuer_lists_source_sha256_format CHECK (source_sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT issuer_lists_issuer_count_positive CHECK (issuer_count > 0),
    CONSTRAINT issuer_lists_revision_positive CHECK (revision > 0)
);

COMMENT ON TABLE issuer_lists IS
    'Versions of the MOF list 本邦上場会社の外為法における対内直接投資等事前届出該当性リスト, by publication date.';
COMMENT ON COLUMN issuer_lists.revision IS 'Incremented each time the version is re-imported with --replace.';

CREATE TABLE issuers (
    published       date    NOT NULL REFERENCES issuer_lists (published) ON DELETE RESTRICT,
    securities_code text    NOT NULL,
    isin            text,
    name            text    NOT NULL,
    name_en         text    NOT NULL,
    tier            text    NOT NULL,
    source_line     integer,
    PRIMARY KEY (published, securities_code),
    CONSTRAINT issuers_published_isin_key UNIQUE (published, isin),
    CONSTRAINT issuers_securities_code_format CHECK (securities_code ~ '^[0-9A-Z]{4,5}$'),
    CONSTRAINT issuers_isin_format CHECK (isin ~ '^[A-Z]{2}[0-9A-Z]{9}[0-9]$'),
    CONSTRAINT issuers_name_length CHECK (char_length(name) <= 400 AND char_length(name_en) <= 400),
    CONSTRAINT issuers_tier_check CHECK (tier IN ('nonDesignated', 'designated', 'core', 'coreSpecified')),
    CONSTRAINT issuers_source_line_positive CHECK (source_line > 0)
);

-- `fefta issuers show CODE`: one issuer's category across versions.
CREATE INDEX issuers_securities_code_published_idx ON issuers (securities_code, published);

COMMENT ON COLUMN issuers.tier IS
    '① nonDesignated, ② designated, ③ core; coreSpecified when 特定コア事業者 is marked (applied from 2025-05-19).';

CREATE TABLE investors (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id uuid        NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    name            text        NOT NULL,
    facts           jsonb       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT investors_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT investors_name_length CHECK (char_length(name) <= 200),
    CONSTRAINT investors_facts_object CHECK (jsonb_typeof(facts) = 'object'),
    CONSTRAINT investors_organisation_id_name_key UNIQUE (organisation_id, name),
    CONSTRAINT investors_organisation_id_id_key UNIQUE (organisation_id, id)
);

COMMENT ON COLUMN investors.facts IS 'The investor object of the fefta check contract (design.md §4), without name.';

CREATE TABLE holdings (
    organisation_id uuid        NOT NULL,
    investor_id     uuid        NOT NULL,
    securities_code text        NOT NULL,
    holding_before  numeric     NOT NULL,
    holding_after   numeric     NOT NULL,
    source_rows     integer     NOT NULL,
    imported_at     timestamptz NOT NULL DEFAULT now(),
    -- The last screening: the facts' date, the list version and ruleset used, and what they gave.
    screened_on     date        NOT NULL,
    screened_list   date        REFERENCES issuer_lists (published) ON DELETE RESTRICT,
    ruleset_version text,
    tier            text,
    outcome         text        NOT NULL,
    exemption_basis text,
    conditions      text[]      NOT NULL DEFAULT '{}',
    report_row      text,
    report_due      date,
    screened_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (investor_id, securities_code),
    CONSTRAINT holdings_investor_fkey FOREIGN KEY (organisation_id, investor_id)
        REFERENCES investors (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT holdings_securities_code_format CHECK (securities_code ~ '^[0-9A-Z]{4,5}$'),
    CONSTRAINT holdings_holding_range CHECK (
        holding_before >= 0 AND holding_before <= holding_after AND holding_after <= 100),
    CONSTRAINT holdings_holding_scale CHECK (scale(holding_before) <= 10 AND scale(holding_after) <= 10),
    CONSTRAINT holdings_source_rows_positive CHECK (source_rows > 0),
    CONSTRAINT holdings_tier_check CHECK (tier IN ('nonDesignated', 'designated', 'core', 'coreSpecified')),
    CONSTRAINT holdings_outcome_check CHECK (
        outcome IN ('noFiling', 'postInvestmentReport', 'exempt', 'priorNotification', 'undetermined')),
    CONSTRAINT holdings_report_row_format CHECK (report_row ~ '^P([1-9]|1[0-6])$'),
    CONSTRAINT holdings_conditions_check CHECK (conditions <@ ARRAY['B1', 'B2', 'B3', 'C1', 'C2', 'Q1', 'Q2'])
);

CREATE INDEX holdings_organisation_id_idx ON holdings (organisation_id);
CREATE INDEX holdings_securities_code_idx ON holdings (securities_code);

COMMENT ON TABLE holdings IS
    'Monitored positions: one row per investor and issuer, the aggregate of the holdings file, with its last outcome.';
