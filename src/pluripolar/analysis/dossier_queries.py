"""SQL behind the dossier: which relations hold around one actor at a date (by the one rule for
time, `store.actor_index`), who sanctions it, and how it votes in the UN General Assembly."""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import duckdb

from ..store.actor_index import CURRENT_AT, HOLDS, fill

_HELD = """
    WITH e AS (
        SELECT * FROM actor_edges WHERE actor = $actor AND {current}
    ), held AS (
        SELECT predicate, side, partner, max_by(detail, d) FILTER (WHERE dir = 1) AS detail,
               CASE WHEN list_contains($merged, predicate)
                    THEN list_distinct(flatten(list(attrs_all) FILTER (WHERE dir = 1))) END AS held_attrs,
               min(first_d) AS since, min(date_end) FILTER (WHERE spell AND dir = 1) AS until,
               list_distinct(flatten(list(sources) FILTER (WHERE dir = 1))) AS sources,
               coalesce(list_distinct(flatten(list(sources) FILTER (WHERE dir = 1 AND (observed_to IS NULL
                                                                                 OR observed_to >= $as_of)))),
                        []) AS current_sources,
               max(d) FILTER (WHERE dir = 1 AND dataset) AS dataset_date,
               CASE WHEN bool_or(dir = 1 AND (observed_to IS NULL OR observed_to >= $as_of)) THEN NULL
                    ELSE max(observed_to) FILTER (WHERE dir = 1) END AS last_observed
        FROM e
        GROUP BY predicate, side, partner
        HAVING {holds}
    ), refs AS (
        SELECT predicate, side, partner, source_no, sum(ev_n) AS n, min(ev_row) AS "row"
        FROM e WHERE dir = 1 AND ev_n > 0 GROUP BY ALL
    ), groups AS (
        SELECT predicate, side, partner,
               list(struct_pack(source_no := source_no, n := n, "row" := "row") ORDER BY source_no) AS row_groups
        FROM refs GROUP BY ALL
    )
    SELECT held.*, coalesce(groups.row_groups, []) AS row_groups
    FROM held LEFT JOIN groups USING (predicate, side, partner)
    ORDER BY predicate, side, partner""".format(current=CURRENT_AT, holds=HOLDS)


def source_labels(con: duckdb.DuckDBPyConnection, numbers: Sequence[int]) -> dict[int, str]:
    """What a reader knows each source number of `actor_edges` by (see `source_info`)."""
    return {n: info[0] for n, info in source_info(con, numbers).items()}


def source_info(con: duckdb.DuckDBPyConnection, numbers: Sequence[int]) -> dict[int, tuple[str, str, str | None]]:
    """(label, source id, version) behind each source number of `actor_edges`; the label is what a reader
    knows the source by: a dataset's name, a document's title (its name when it has none)."""
    if not numbers:
        return {}
    rows = con.execute(fill("""SELECT n.source_no, coalesce(s.dataset, nullif(s.title, ''), n.label), n.source_id,
                                       s.version FROM actor_edges_sources n
                                JOIN sources s ON s.id = n.source_id WHERE list_contains($n, n.source_no)""",
                             n=sorted(set(numbers)))).fetchall()
    return {no: (label, sid, version) for no, label, sid, version in rows}


def _row_groups(groups: Sequence[dict[str, Any]], latest: dict[str, Any],
                info: dict[int, tuple[str, str, str | None]]) -> list[dict[str, Any]]:
    """Dataset evidence per source: how many rows the assertions holding cite (`n_rows`), the first
    (`row`), and the rows listed (`rows`): those of the latest assertion (its first ROW_LINKS) for
    its source, the first row for any other."""
    out = []
    for g in groups:
        label, sid, version = info[g["source_no"]]
        rows = (latest.get("rows") or []) if g["source_no"] == latest.get("source_no") else [g["row"]]
        out.append({"source": label, "source_id": sid, "version": version, "rows": list(rows),
                    "n_rows": int(g["n"]), "row": g["row"]})
    return out


def held_relations(con: duckdb.DuckDBPyConnection, actor: str, as_of: date, *, state: Sequence[str],
                   merged: Sequence[str] = ()) -> list[dict[str, Any]]:
    """One record per (predicate, side, partner) holding at `as_of`: the latest positive assertion's
    date, status, attrs and evidence, the earliest positive assertion among the sources that hold
    (`since`), a spell's end (`until`), the sources (names, sorted), the latest dataset snapshot
    behind it (`dataset_date`, None when only documents say so), `last_observed`: the last
    observation of its datasets when it holds only past their coverage, else None, `current_sources`
    (the sources observing it at `as_of`, not only before), and `held_attrs`: for the `merged`
    predicates the distinct attrs of every positive assertion holding (what sizes the relation:
    every programme, obligation type, troops and bases), else the latest assertion's attrs alone. Its
    `evidence` is the latest assertion's quote, if a document's, and per dataset the rows that the
    assertions holding cite: {source, source_id, version, n_rows, row, rows (see _row_groups)}."""
    cur = con.execute(fill(_HELD, actor=actor, as_of=as_of, state=list(state), merged=list(merged)))
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    info = source_info(con, [n for r in rows for n in r["sources"]])
    for rec in rows:
        detail = json.loads(rec.pop("detail"))
        latest = detail.pop("evidence")
        ev = {k: v for k, v in latest.items() if v is not None and k not in ("source_no", "rows")}
        ev["source"], ev["source_id"] = info[latest["source_no"]][:2]
        quotes = [ev] if ev.get("quote") else []
        rec["held_attrs"] = ([json.loads(a) for a in rec["held_attrs"] if a is not None]
                             if rec["held_attrs"] is not None else [detail["attrs"] or {}])
        rec.update(detail, evidence=quotes + _row_groups(rec.pop("row_groups"), latest, info),
                   attrs=detail["attrs"] or {},
                   sources=sorted(info[n][0] for n in rec["sources"]),
                   current_sources=sorted(info[n][0] for n in rec["current_sources"]))
    return rows


def sanction_senders(con: duckdb.DuckDBPyConnection, actor: str, as_of: date, *, datasets_only: bool = False
                     ) -> list[dict[str, Any]]:
    """Who sanctions `actor` at `as_of`, most first: sanction relations in force (imposed, not lifted
    or negated, a spell not over, a dataset's snapshot current), designations (the sum of attrs.count
    where a source gives one, else one per relation), the first and last dates (None when undated),
    `last_observed` (as in `held_relations`) and the sources (datasets only when asked)."""
    cur = con.execute(fill(f"""
        SELECT partner AS sender, sum(relations) AS relations, sum(weight) AS designations,
               min(d) FILTER (WHERE d > DATE '0001-01-01') AS first,
               max(d) FILTER (WHERE d > DATE '0001-01-01') AS last,
               CASE WHEN bool_or(observed_to IS NULL OR observed_to >= $as_of) THEN NULL
                    ELSE max(observed_to) END AS last_observed,
               list_distinct(flatten(list(sources))) AS sources
        FROM actor_edges
        WHERE actor = $actor AND predicate = 'sanction' AND side = 'in' AND dir = 1 AND {CURRENT_AT}
          AND (dataset OR NOT $datasets_only)
        GROUP BY partner ORDER BY designations DESC, relations DESC, sender""",
                            actor=actor, as_of=as_of, datasets_only=datasets_only))
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    labels = source_labels(con, [n for r in rows for n in r["sources"]])
    for r in rows:
        r["sources"] = sorted(labels[n] for n in r["sources"])
    return rows


def unga_alignment(con: duckdb.DuckDBPyConnection, actor: str, as_of: date, references: Sequence[str],
                   sessions: int) -> dict[str, Any] | None:
    """Share of identical UN General Assembly votes between `actor` and each reference state over the
    actor's last `sessions` sessions not after `as_of` (roll calls both voted in); None without votes."""
    cur = con.execute("""
        WITH mine AS (
            SELECT rcid, session, vote FROM unga_votes WHERE iso3 = $actor AND date <= $as_of
        ), recent AS (
            SELECT * FROM mine WHERE session > (SELECT max(session) FROM mine) - $n
        )
        SELECT v.iso3, count(*) AS votes, avg(CAST(v.vote = r.vote AS DOUBLE)) AS identical,
               min(r.session) AS first_session, max(r.session) AS last_session
        FROM unga_votes v JOIN recent r USING (rcid)
        WHERE list_contains($refs, v.iso3) AND v.iso3 <> $actor
        GROUP BY v.iso3""", {"actor": actor, "as_of": as_of, "refs": list(references), "n": sessions})
    rows = cur.fetchall()
    if not rows:
        return None
    order = {r: i for i, r in enumerate(references)}
    return {"sessions": [min(r[3] for r in rows), max(r[4] for r in rows)],
            "with": [{"id": iso, "votes": n, "identical_share": share}
                     for iso, n, share, _, _ in sorted(rows, key=lambda r: order[r[0]])]}
