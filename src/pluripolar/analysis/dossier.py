"""The dossier of one actor at a date: how many partners it has for each relation, who they are by UN
region, who sanctions it, and how it votes in the UN General Assembly.

Shape (JSON):
    {"actor": {id, name, kind, un_region, un_subregion}, "as_of": "YYYY-MM-DD",
     "counts": {name: {"value": int, "current": int, "last_observed": {"YYYY": int},
                       "sources": {source: partners it supports}}},
     "partners": {predicate: {un_region: [{id, name, side, date, since, until, last_observed, status, attrs,
                                           size, size_text, pact, sources,
                                           evidence: [{source, source_id, quote, char_start, char_end}
                                                      | {source, source_id, version, n_rows, row, rows}]}]}},
     "sanctions_received_by_sender": [{sender, name, relations, designations, first, last, last_observed,
                                       sources}],
     "unga_alignment": {sessions: [first, last], with: [{id, votes, identical_share}]} | null}
`side` is out (actor → partner), in (partner → actor) or both (symmetric predicate); partners without a
UN region (organisations, former states) are under "Other". `date`, `status`, `attrs` and the quote are
those of the latest assertion that the relation holds; dataset evidence is one item per dataset with
the number of rows cited. `since` is the earliest positive assertion among the sources that hold it;
`until` ends a spell; `last_observed` is set when the relation holds only on datasets whose last
observation is before the as-of date: it is shown as "last observed YYYY", counted in `value` and
under `last_observed`, not in `current`. `size` is what sizes the relation (troops, bases, sanctions
programmes and designations, embassy level, alliance obligation types; see sizes.py), `size_text`
the same in words; `pact` marks an alliance holding no defence obligation (counted as other_pacts,
not alliances). A source is named as a reader knows it (`sources`, and `source` in evidence): a
dataset by its name, a document by its title, else its name. Dates are ISO strings in JSON. Which relations hold at the date is decided in SQL by
the one rule for time (store/actor_index.py; this analysis' queries are in dossier_queries.py).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from ..datasets import coverage
from ..errors import InvalidInput, StoreError
from ..ontology import load as load_ontology
from ..store import Store
from ..store.actor_index import actor_edges_behind, refresh_actor_edges
from ..store.queries import has_table
from . import dossier_queries as q
from ..store.rows import date_bounds
from .actors import actor_id, describe
from .settings import config
from .sizes import size, size_text

NO_REGION = "Other"


def as_of_date(value: str | date | None) -> date:
    """The as-of date: today when None; a YYYY, YYYY-MM or YYYY-MM-DD text is read as its last day."""
    if value is None:
        return date.today()
    if isinstance(value, date):
        return value
    try:
        end = date_bounds(value)[1]
    except (ValueError, TypeError, OverflowError):
        end = None
    if end is None:
        raise InvalidInput(f"--as-of: {value!r} is not a date in the form YYYY-MM-DD (or YYYY, YYYY-MM)")
    return end


def index_store(store: Store) -> int:
    """Bring the store's actor index (`actor_edges`) up to date with its sources; return how many
    sources were added. Writers call it after writing; readers call it in case a writer stopped before.

    The rebuild takes the store's write lock and checks again inside its transaction, so threads
    sharing a store (the web app's requests) never rebuild it twice or beside a write.
    """
    behind = actor_edges_behind(store.con)
    if not behind:
        return 0
    if store.read_only:
        raise StoreError(f"the store's actor index lacks {behind} source(s) and the store is open read-only: "
                         "run any write command on it once (e.g. `pluripolar ingest`)")
    onto = load_ontology()
    symmetric = [n for n, p in onto.predicates.items() if p.symmetric]
    with store.write_lock, store.transaction() as tx:
        if not actor_edges_behind(tx):
            return 0
        coverage.backfill(tx)
        return refresh_actor_edges(tx, symmetric=symmetric, ends=sorted(onto.ends))


def state_predicates() -> list[str]:
    """The predicates that can end (a status among the ontology's `ends`): for them the latest assertion
    decides whether the relation holds (the one rule for time, `store.actor_index`)."""
    onto = load_ontology()
    return [n for n, p in onto.predicates.items() if set(p.statuses) & onto.ends]


def holding(store: Store, actor: str, as_of: date) -> list[dict[str, Any]]:
    """Every (predicate, side, partner) that holds for `actor` at `as_of` (see dossier_queries)."""
    index_store(store)
    return q.held_relations(store.con, actor, as_of, state=state_predicates(),
                            merged=config()["size_merging"]["predicates"])


def senders(store: Store, actor: str, as_of: date, *, held: list[dict[str, Any]] | None = None,
            datasets_only: bool = False) -> list[dict[str, Any]]:
    """Who sanctions `actor` at `as_of` (the senders whose sanctions hold, as in `holding`), most
    designations first, each with its name; `held` saves recomputing `holding`."""
    held = holding(store, actor, as_of) if held is None else held
    active = {h["partner"] for h in held if h["predicate"] == "sanction" and h["side"] == "in"}
    rows = [r for r in q.sanction_senders(store.con, actor, as_of, datasets_only=datasets_only)
            if r["sender"] in active]
    for r in rows:
        r["name"] = describe(r["sender"])["name"]
    return rows


def count(held: Iterable[dict[str, Any]], name: str,
          keep: Callable[[dict[str, Any]], bool] | None = None) -> dict[str, Any]:
    """The count called `name` (dossier.toml) over held relations: distinct partners (`value`), how many
    of them hold on current data (`current`) and how many only as last observed, by the year of that
    last observation (`last_observed`), and per source how many it supports; `keep` filters partners
    (e.g. by UN region)."""
    spec = config()["counts"][name]
    rows = [h for h in held if h["predicate"] == spec["predicate"] and h["side"] == spec["side"]
            and _typed(spec, h) and (keep is None or keep(h))]
    per_source = Counter(s for h in rows for s in h["sources"])
    current = {h["partner"] for h in rows if h["last_observed"] is None}
    stale = Counter(h["last_observed"].year for h in rows if h["last_observed"] is not None
                    and h["partner"] not in current)
    return {"value": len({h["partner"] for h in rows}), "current": len(current),
            "last_observed": {str(y): n for y, n in sorted(stale.items())},
            "sources": dict(sorted(per_source.items()))}


def types_held(h: dict[str, Any]) -> set[str]:
    """The obligation types (attrs.type) of every assertion of a held relation."""
    return {t for attrs in h["held_attrs"] for t in attrs.get("type") or []}


def _typed(spec: dict[str, Any], h: dict[str, Any]) -> bool:
    """Whether a held relation falls under a count's `types` (any of them, or untyped: a document's
    alliance) and `without_types` (typed, and none of them)."""
    held = types_held(h)
    if spec.get("types") and held and not held & set(spec["types"]):
        return False
    return not spec.get("without_types") or bool(held) and not held & set(spec["without_types"])


def is_pact(predicate: str, h: dict[str, Any]) -> bool:
    """An alliance whose obligations hold no defence pact (counted and coloured apart from alliances)."""
    return predicate == "alliance" and not _typed(config()["counts"]["alliances"], h)


def dossier(store: Store, actor: str, as_of: str | date | None = None) -> dict[str, Any]:
    """The dossier of `actor` (id or name) at `as_of` (default today); shape in the module docstring."""
    aid = actor_id(actor)
    day = as_of_date(as_of)
    held = holding(store, aid, day)
    people = {p: describe(p) for p in {h["partner"] for h in held}}
    partners: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for h in held:
        who = people[h["partner"]]
        measured = size(h["predicate"], h["held_attrs"])
        partners[h["predicate"]][who["un_region"] or NO_REGION].append({
            "id": who["id"], "name": who["name"], "side": h["side"], "date": h["date"],
            "since": h["since"], "until": h["until"], "last_observed": h["last_observed"],
            "status": h["status"], "attrs": h["attrs"], "size": measured, "size_text": size_text(measured),
            "pact": is_pact(h["predicate"], h),
            "sources": h["sources"], "evidence": h["evidence"],
        })
    align = config()["alignment"]
    return {
        "actor": describe(aid),
        "as_of": day.isoformat(),
        "counts": {name: count(held, name) for name in config()["counts"]},
        "partners": {p: {r: sorted(v, key=lambda x: (x["name"], x["side"])) for r, v in sorted(regions.items())}
                     for p, regions in sorted(partners.items())},
        "sanctions_received_by_sender": senders(store, aid, day, held=held),
        "unga_alignment": (q.unga_alignment(store.con, aid, day, align["references"], align["sessions"])
                           if has_table(store.con, "unga_votes") else None),
    }
