"""COW Diplomatic Exchange v2006.1 (Bayer 2006): who had diplomats where, in 38 waves 1817–2005.

Mapping (codebook: DR_at_1 is the level of side 2's representative at side 1, DR_at_2 the level of
side 1's at side 2; levels 1 chargé d'affaires, 2 minister, 3 ambassador, 9 other; DE = 1 when either
side was represented, counting 9 as representation for 1950–1965):
- `embassy` subject → object for every row with DR_at_2 > 0: ccode1 is represented at ccode2
  (the sending state is the subject, the host the object), attrs.level = DR_at_2, date = wave year.
  The file is a full directed dyad set, so the row (ccode2, ccode1) gives the other direction.
- `diplomatic_relations` (symmetric, status maintained) for every undirected dyad with DE = 1 in a
  wave, date = wave year; its evidence is both directed rows.
So "the diplomatic partners of X in year Y" are the objects of X's `diplomatic_relations` dated by
the latest wave not after Y.
"""
from __future__ import annotations

from .spec import Dataset, Layout, RowMapping, Timing

_TYPES = {"ccode1": "INTEGER", "ccode2": "INTEGER", "year": "INTEGER", "DR_at_1": "INTEGER",
          "DR_at_2": "INTEGER", "DE": "INTEGER", "version": "DOUBLE"}

LAYOUT = Layout("2006.1", ("ccode1", "ccode2", "year", "DR_at_1", "DR_at_2", "DE", "version"),
                _TYPES, version="2006.1")


def _mapping(layout: Layout, companions: frozenset[str]) -> RowMapping:
    return RowMapping(relations="""
        WITH d AS (SELECT _row, year, DR_at_2, DE, iso3_in(ccode1, year) AS a, iso3_in(ccode2, year) AS b
                   FROM raw WHERE DR_at_2 > 0 OR DE = 1)
        SELECT a AS subject, 'embassy' AS predicate, b AS object, CAST(year AS VARCHAR) AS date,
               NULL::DATE AS date_end, 'maintained' AS status,
               json_object('status', 'maintained', 'level', DR_at_2) AS attrs, '' AS key, _row AS row_number
        FROM d WHERE DR_at_2 > 0
        UNION ALL
        SELECT if(a < b, a, b), 'diplomatic_relations', if(a < b, b, a), CAST(year AS VARCHAR), NULL::DATE,
               'maintained', json_object('status', 'maintained'), '', _row
        FROM d WHERE DE = 1""")


DIPLOMATIC_EXCHANGE = Dataset(
    name="cow-diplomatic-exchange",
    description="diplomatic representation between states, directed, 38 waves 1817-2005 "
                "→ embassy (level per direction), diplomatic_relations per wave",
    url="https://correlatesofwar.org/data-sets/diplomatic-exchange/",
    download_url="https://correlatesofwar.org/wp-content/uploads/Diplomatic_Exchange_2006v1.csv",
    licence="free for research; cite the dataset (COW terms of use)",
    citation='Bayer, Reşat. 2006. "Diplomatic Exchange Data set, v2006.1." Correlates of War Project.',
    layouts=(LAYOUT,),
    mapping=_mapping,
    timing=Timing("waves", "1817-2005 (38 waves)"),
)
