-- Events per month, directed dyad and PLOVER type (empty for CAMEO 01 and 02, which PLOVER drops),
-- over {mapped}: the rows of gdelt_events.sql. Run as it is by DuckDB and by Spark SQL.
SELECT month, subject, object, plover,
       count(*) AS events,
       CAST(sum(mentions) AS BIGINT) AS mentions,
       CAST(sum(sources) AS BIGINT) AS sources,
       CAST(sum(articles) AS BIGINT) AS articles,
       avg(goldstein) AS goldstein_mean,
       avg(tone) AS tone_mean
FROM {mapped}
GROUP BY month, subject, object, plover
ORDER BY month, subject, object, plover NULLS FIRST
