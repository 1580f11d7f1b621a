-- 0008: autovacuum analyses the two queue tables after 1 % of their rows changed (PostgreSQL's default is 10 %).
--
-- The daemon's claims (`deadlines`: the earliest due deadline; `notifications`: the next deliverable ones) are
-- ORDER BY … LIMIT queries whose plan depends on how many rows the planner believes are due. With statistics from
-- before a burst of new deadlines it believes almost none are, sorts every due row on each claim instead of reading
-- the first from the (fires_on, id) index, and a burn-down of N deadlines costs N² (measured: 78 instead of 540
-- firings per second over 2,000 deadlines). Analysing after 1 % keeps the statistics near the table in a large
-- deployment too; vacuuming after 2 % keeps the dead index entries that firings leave behind few.

ALTER TABLE deadlines SET (
    autovacuum_analyze_scale_factor = 0.01, autovacuum_analyze_threshold = 100,
    autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 100);
ALTER TABLE notifications SET (
    autovacuum_analyze_scale_factor = 0.01, autovacuum_analyze_threshold = 100,
    autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 100);
