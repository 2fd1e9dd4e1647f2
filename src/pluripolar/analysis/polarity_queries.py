"""SQL behind the polarity indices: power per state-year, major-power selection, ideal points, alliances.

Every function takes a DuckDB connection holding the analysis tables the dataset loaders create
(`capabilities`, `major_powers`, `gdp_population`, `ideal_points`, `atop_dyad_years`), so the maths can
also run on views over the official files. Which index needs which table: `polarity.INDEX_REGISTRY`.
"""
from __future__ import annotations

from typing import Any

import duckdb

from ..errors import InvalidInput

# power measure -> (table, SQL expression of one state-year's power)
MEASURES = {
    "cinc": ("capabilities", "cinc"),
    "net-power": ("gdp_population", "gdp * gdppc"),
}


def _power(con: duckdb.DuckDBPyConnection, measure: str) -> str:
    table, expr = MEASURES[measure]
    version = ""
    cols = {r[0] for r in con.execute(f"SELECT column_name FROM (DESCRIBE {table})").fetchall()}
    if "version" in cols:  # several releases loaded: the newest one
        version = f"WHERE version = (SELECT max(version) FROM {table})"
    return (f"SELECT CAST(year AS INTEGER) AS year, ccode, any_value(iso3) AS iso3, "
            f"max({expr}) AS value FROM {table} {version} GROUP BY ALL HAVING max({expr}) IS NOT NULL "
            f"AND max({expr}) >= 0")


def _major_spells() -> str:
    # The COW list stops at its release (2016-12-31): spells ending on its last date stay open.
    return """
        SELECT ccode, year(start_date) AS first_year,
               CASE WHEN end_date = (SELECT max(end_date) FROM major_powers) THEN 9999
                    ELSE year(end_date) END AS last_year
        FROM major_powers"""


def selected_powers(con: duckdb.DuckDBPyConnection, measure: str, majors: tuple[str, float | int | None],
                    first: int | None, last: int | None) -> list[tuple[int, list[str], list[float], float]]:
    """Per year (ascending): the selected poles' ids, their power values, and the world total.

    `majors` is ("cow", None) for COW major powers active at any time in the year, ("top", K) for the
    K strongest states of the year, ("share", X) for states holding at least X of the world total.
    """
    kind, arg = majors
    sql = f"""
        WITH p AS ({_power(con, measure)}),
             w AS (SELECT *, sum(value) OVER (PARTITION BY year) AS world,
                          row_number() OVER (PARTITION BY year ORDER BY value DESC, ccode) AS rank
                   FROM p WHERE year BETWEEN ? AND ?)
        SELECT year, list(coalesce(iso3, CAST(ccode AS VARCHAR)) ORDER BY value DESC),
               list(value ORDER BY value DESC), any_value(world)
        FROM w
        WHERE {{cond}}
        GROUP BY year ORDER BY year"""
    if kind == "cow":
        cond = f"EXISTS (SELECT 1 FROM ({_major_spells()}) m WHERE m.ccode = w.ccode " \
               "AND w.year BETWEEN m.first_year AND m.last_year)"
    elif kind == "top":
        cond = f"rank <= {int(arg)}"
    elif kind == "share":
        cond = f"value >= {float(arg)} * world"
    else:
        raise InvalidInput(f"unknown majors selection {kind!r}; expected cow, top:K or share:X")
    rows = con.execute(sql.format(cond=cond), [first if first is not None else -9999,
                                                last if last is not None else 9999]).fetchall()
    return [(int(y), list(ids), [float(v) for v in vals], float(world)) for y, ids, vals, world in rows]


def ideal_point_sessions(con: duckdb.DuckDBPyConnection, first: int | None,
                         last: int | None) -> list[dict[str, Any]]:
    """Per UN General Assembly session: spread of ideal points and the share of members closer to the
    USA than to China (both excluded; None while China's seat is not in the data). With several
    estimations loaded, the one covering the most sessions is used (their scales differ)."""
    return _records(con, """
        WITH pick AS (SELECT layout FROM ideal_points GROUP BY layout
                      ORDER BY count(DISTINCT session) DESC, layout LIMIT 1),
             ip AS (SELECT session, any_value(year) AS year, iso3, avg(ideal_point) AS x
                    FROM ideal_points WHERE ideal_point IS NOT NULL AND layout = (SELECT layout FROM pick)
                    GROUP BY session, iso3),
             ref AS (SELECT session, max(x) FILTER (WHERE iso3 = 'USA') AS usa,
                            max(x) FILTER (WHERE iso3 = 'CHN') AS chn FROM ip GROUP BY session)
        SELECT ip.session, min(ip.year) AS year, count(*) AS members, stddev_samp(x) AS sd,
               max(x) - min(x) AS range, any_value(usa) AS usa, any_value(chn) AS chn,
               CASE WHEN any_value(chn) IS NULL OR any_value(usa) IS NULL THEN NULL ELSE
                 avg(CASE WHEN abs(x - usa) < abs(x - chn) THEN 1.0 ELSE 0.0 END)
                   FILTER (WHERE iso3 NOT IN ('USA', 'CHN')) END AS closer_to_usa
        FROM ip JOIN ref USING (session)
        GROUP BY ip.session HAVING min(ip.year) BETWEEN ? AND ? ORDER BY ip.session""",
                    [first if first is not None else -9999, last if last is not None else 9999])


def defence_networks(con: duckdb.DuckDBPyConnection, first: int | None, last: int | None
                     ) -> list[tuple[int, list[tuple[int, int]], dict[int, float], dict[int, str]]]:
    """Per year with ATOP data (ascending): the defence pacts in force (undirected ccode pairs), every
    state's CINC that year, and ISO3 ids for the codes. Two queries for the whole range."""
    bounds = [first if first is not None else -9999, last if last is not None else 9999]
    edges = con.execute("""
        SELECT CAST(year AS INTEGER) AS y, list(DISTINCT [least(ccode1, ccode2), greatest(ccode1, ccode2)])
        FROM atop_dyad_years WHERE year BETWEEN ? AND ? AND defense AND ccode1 <> ccode2
        GROUP BY y ORDER BY y""", bounds).fetchall()
    caps = con.execute(f"""SELECT year, list(ccode), list(value), list(iso3) FROM ({_power(con, 'cinc')})
                           WHERE year BETWEEN ? AND ? GROUP BY year""", bounds).fetchall()
    by_year = {int(y): (c, v, i) for y, c, v, i in caps}
    out = []
    for y, pairs in edges:
        c, v, i = by_year.get(int(y), ([], [], []))
        out.append((int(y), [(int(a), int(b)) for a, b in pairs], dict(zip(map(int, c), map(float, v))),
                    {int(k): iso for k, iso in zip(c, i) if iso}))
    return out


def _records(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]
