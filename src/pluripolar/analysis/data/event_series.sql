-- Event series: per period, directed dyad, source and PLOVER type, the number of events, their quad
-- class and their mean and summed intensity (Goldstein weights). Over `rows`: one row per event with
-- date (YYYY, YYYY-MM or YYYY-MM-DD), subject, object, plover, quad, intensity, source. `width` is the
-- period's length in characters of the date (10 day, 7 month, 4 year); an event dated less precisely
-- than the period is left out. One text for three engines: the store (DuckDB), GDELT files (DuckDB)
-- and GDELT at scale (Spark SQL).
SELECT substr(date, 1, {width}) AS period, subject, object, source, plover, quad,
       count(*) AS events,
       avg(intensity) AS intensity_mean,
       sum(intensity) AS intensity_sum
FROM {rows}
WHERE plover IS NOT NULL AND date IS NOT NULL AND length(date) >= {width}
GROUP BY substr(date, 1, {width}), subject, object, source, plover, quad
ORDER BY period, subject, object, source, plover
