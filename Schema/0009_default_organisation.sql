-- 0009: one default organisation, whichever command creates it first.
--
-- Until now the quickstart added "Default organisation" and `fefta portfolio import` without --org added "default",
-- so a new installation ended with two, after which every `fefta filing new` needed --org. The default is now a
-- mark on one row, and a unique index lets at most one row carry it: two defaults cannot exist, however many
-- commands race to create one. Commands find the marked row, or create it as "Default organisation".
--
-- An existing pair is merged when that is safe: when "default" holds only investors, their holdings and the
-- notifications about them (no people, teams or filings, and no investor whose name "Default organisation" uses
-- already), those move, ids unchanged, to "Default organisation" and "default" is deleted. Otherwise both stay,
-- "Default organisation" becomes the default, and a notice says so. Filings and their events never move: the audit
-- chain covers their organisation.

ALTER TABLE organisations ADD COLUMN is_default boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX organisations_one_default ON organisations (is_default) WHERE is_default;

COMMENT ON COLUMN organisations.is_default IS
    'The default organisation (at most one row): used when a command needs an organisation and none is named.';

-- An administrator may create the default (fefta portfolio import or fefta admin org default, without --org).
GRANT INSERT (is_default) ON organisations TO fefta_admin;

DO $merge$
DECLARE
    quickstart uuid := (SELECT id FROM organisations WHERE name = 'Default organisation');
    imported uuid := (SELECT id FROM organisations WHERE name = 'default');
BEGIN
    IF quickstart IS NOT NULL AND imported IS NOT NULL THEN
        IF NOT EXISTS (SELECT 1 FROM people WHERE organisation_id = imported)
            AND NOT EXISTS (SELECT 1 FROM teams WHERE organisation_id = imported)
            AND NOT EXISTS (SELECT 1 FROM filings WHERE organisation_id = imported)
            AND NOT EXISTS (
                SELECT 1 FROM notifications
                WHERE organisation_id = imported AND (filing_id IS NOT NULL OR deadline_id IS NOT NULL))
            AND NOT EXISTS (
                SELECT 1 FROM investors moving JOIN investors staying ON staying.name = moving.name
                WHERE moving.organisation_id = imported AND staying.organisation_id = quickstart)
        THEN
            -- holdings reference (organisation_id, investor_id): both sides move in one step.
            ALTER TABLE holdings DROP CONSTRAINT holdings_investor_fkey;
            UPDATE investors SET organisation_id = quickstart WHERE organisation_id = imported;
            UPDATE holdings SET organisation_id = quickstart WHERE organisation_id = imported;
            ALTER TABLE holdings ADD CONSTRAINT holdings_investor_fkey FOREIGN KEY (organisation_id, investor_id)
                REFERENCES investors (organisation_id, id) ON DELETE CASCADE;
            UPDATE notifications SET organisation_id = quickstart WHERE organisation_id = imported;
            DELETE FROM organisations WHERE id = imported;
            RAISE NOTICE 'merged the organisation "default" into "Default organisation", the default';
        ELSE
            RAISE NOTICE 'kept both "default" and "Default organisation" (the first has people, teams, filings or a used investor name); "Default organisation" is the default';
        END IF;
    END IF;
    UPDATE organisations SET is_default = true WHERE id = coalesce(quickstart, imported);
END
$merge$;
