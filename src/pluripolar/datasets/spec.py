"""What a dataset is: its provenance, the file layouts it accepts, and how its rows map to the store."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Layout:
    """One file layout a dataset is published in: its columns (in file order) and how to parse them.

    `columns` are the names in the file's header (for header-less files, the codebook's names); with
    `exact=False` they are the columns the mapping needs, and a header holding them all (in any order,
    among others) matches. `types` gives DuckDB types where needed (all others are read as VARCHAR).
    """

    name: str
    columns: tuple[str, ...]
    types: Mapping[str, str] = field(default_factory=dict)
    version: str = ""
    header: bool = True
    delimiter: str = ","
    encoding: str = "utf-8"
    nullstr: tuple[str, ...] = ("", "NA")
    exact: bool = True
    null_padding: bool = False  # pad short lines (sdn.csv ends with a DOS end-of-file byte)


@dataclass(frozen=True)
class Companion:
    """A sibling file read along with the main one when it sits next to it (e.g. roll-call metadata)."""

    table: str        # the name its rows get in the mapping SQL
    filename: str
    layout: Layout


@dataclass(frozen=True)
class RowMapping:
    """How rows map to the store, as SQL over the table `raw` (the file; `_row` = 1-based data row).

    `relations`: a query giving subject, predicate, object, date (YYYY[-MM[-DD]] text), date_end
    (DATE or NULL: end of a spell), status, attrs (JSON text), key (text that tells apart relations
    sharing subject, predicate, object and date) and row_number. Rows with the same identity collapse
    into one relation with one evidence row per data row. `tables`: analysis table → query for its rows.
    `names`: table → (query giving country names, date) to resolve through the actor knowledge base
    first, giving that table (name, iso3) for the queries to join.
    """

    relations: str | None = None
    tables: Mapping[str, str] = field(default_factory=dict)
    names: Mapping[str, tuple[str, str | None]] = field(default_factory=dict)


TIMING_KINDS = ("waves", "spells", "events", "snapshot", "statements", "tables")


@dataclass(frozen=True)
class Timing:
    """How a dataset's rows sit in time, and what its silence after the last observation means.

    `kind` decides until when a row holds (store/actor_index.py applies it):
    - waves: each dated row is an observation that holds until the dataset's next observation of the
      same predicate (COW waves, yearly troop counts); absent from the next wave means ended;
    - spells: each row holds from its date to its end (ATOP alliance spells, US mission spells);
    - events: each row is an occurrence, or a start that holds until the dataset says it ended
      (sanction cases, exercises, coded events);
    - snapshot: one list as of one date, given at load (`data load --date`, else `default_date`,
      else the file's date): every row is dated by it (OFAC SDN, base lists);
    - statements: facts as of the day the file was made (given like a snapshot's date), each from
      its own start date where known, else from that day, until its own end (Wikidata);
    - tables: analysis tables only, no relations.
    `coverage` is the published span of observations (e.g. "1817-2005"); `after` says in words what
    silence after the last observation means. The rule for all kinds: a fact still holding at its
    dataset's last observation is, at any later date, shown as "last observed YYYY" - neither current
    nor ended.
    """

    kind: str
    coverage: str
    after: str = "the data stops: facts holding at the last observation are shown as last observed then"
    default_date: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in TIMING_KINDS:
            raise ValueError(f"timing kind {self.kind!r}; expected one of {', '.join(TIMING_KINDS)}")


@dataclass(frozen=True)
class Dataset:
    """A public dataset pluripolar can load: where it comes from, its layouts, and its mapping."""

    name: str
    description: str
    url: str                       # the official page
    download_url: str | None       # the official file `data fetch` downloads (None: page only)
    licence: str
    citation: str
    layouts: tuple[Layout, ...]
    mapping: Callable[[Layout, frozenset[str]], RowMapping]  # (layout, companions present) → mapping
    timing: Timing
    companions: tuple[Companion, ...] = ()
    download_name: str | None = None  # the file name `data fetch` saves as (default: the URL's last part)
    sha256: str | None = None      # published checksum of download_url, when the publisher gives one
    size: int | None = None        # published size in bytes, when given
    events: bool = False           # an event dataset (its relations count in event series), not standing ties
