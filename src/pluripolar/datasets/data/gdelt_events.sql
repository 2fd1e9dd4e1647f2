-- GDELT events between two distinct actors whose CAMEO country codes map to ISO3 ids, with the
-- event's CAMEO code mapped to a PLOVER type and mode and, where the code asserts one, to a predicate
-- and status. One definition for three engines: the `gdelt` dataset loader (DuckDB) and
-- `pluripolar scale gdelt --engine duckdb|spark` (DuckDB, Spark SQL) run this text as it is.
-- {events}: GDELT rows under their codebook names plus _row; the VALUES come from the ontology's
-- cameo.csv (the one CAMEO mapping, with each code's quad class and Goldstein weight) and cameo_countries.csv.
WITH cameo_events AS (
    SELECT * FROM (VALUES {cameo_events}) AS t(code, plover, plover_mode, predicate, status, actor, quad, weight)
), cameo_countries AS (
    SELECT * FROM (VALUES {cameo_countries}) AS t(code, iso3)
), coded AS (
    SELECT e._row AS row_number, e.GLOBALEVENTID AS event_id, CAST(e.SQLDATE AS STRING) AS sqldate,
           e.EventCode AS cameo, a1.iso3 AS actor1, a2.iso3 AS actor2,
           -- a code missing from the codebook falls back to its two-digit cue category
           CASE WHEN c.code IS NULL THEN r.plover ELSE c.plover END AS plover,
           CASE WHEN c.code IS NULL THEN r.plover_mode ELSE c.plover_mode END AS plover_mode,
           c.predicate, c.status, coalesce(c.actor, '1') AS actor,
           CASE WHEN c.code IS NULL THEN r.quad ELSE c.quad END AS quad,
           CASE WHEN c.code IS NULL OR c.weight = '' THEN r.weight ELSE c.weight END AS weight,
           e.GoldsteinScale AS goldstein, e.AvgTone AS tone, e.NumMentions AS mentions,
           e.NumSources AS sources, e.NumArticles AS articles, e.SOURCEURL AS url
    FROM {events} e
    JOIN cameo_countries a1 ON a1.code = e.Actor1CountryCode
    JOIN cameo_countries a2 ON a2.code = e.Actor2CountryCode
    LEFT JOIN cameo_events c ON c.code = e.EventCode
    LEFT JOIN cameo_events r ON r.code = substr(e.EventCode, 1, 2)
    WHERE a1.iso3 <> '' AND a2.iso3 <> '' AND a1.iso3 <> a2.iso3
)
SELECT row_number, event_id,
       concat(substr(sqldate, 1, 4), '-', substr(sqldate, 5, 2), '-', substr(sqldate, 7, 2)) AS date,
       concat(substr(sqldate, 1, 4), '-', substr(sqldate, 5, 2)) AS month,
       -- `actor` names the GDELT actor that is the PLOVER actor (2 for 043 "Host a visit")
       CASE WHEN actor = '2' THEN actor2 ELSE actor1 END AS subject,
       CASE WHEN actor = '2' THEN actor1 ELSE actor2 END AS object,
       cameo, nullif(plover, '') AS plover, nullif(plover_mode, '') AS plover_mode,
       nullif(predicate, '') AS predicate, nullif(status, '') AS status,
       nullif(quad, '') AS quad, CAST(nullif(weight, '') AS DOUBLE) AS intensity,
       goldstein, tone, mentions, sources, articles, url
FROM coded
