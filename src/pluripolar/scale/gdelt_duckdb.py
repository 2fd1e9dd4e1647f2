"""The GDELT dyad-month aggregation on DuckDB: one machine, streaming over the files."""
from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import duckdb

from ..analysis.events import series_sql
from ..datasets import gdelt
from ..datasets.files import plain_csv
from ..store.settings import connect_config
from ..datasets.spec import Layout
from ..errors import InvalidInput
from .inputs import GdeltFile


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _read_csv(paths: list[Path], layout: Layout, compression: str) -> str:
    files = "[" + ", ".join(_lit(str(p)) for p in paths) + "]"
    columns = "{" + ", ".join(f"{_lit(c)}: {_lit(layout.types.get(c, 'VARCHAR'))}" for c in layout.columns) + "}"
    return (f"SELECT {gdelt.projection(layout)} FROM read_csv({files}, header=false, columns={columns}, "
            "auto_detect=false, delim='\t', quote='', escape='', nullstr='', null_padding=true, "
            f"compression={_lit('gzip' if compression == 'gzip' else 'none')})")


def dyad_month(files: list[GdeltFile], staging: Path, series: Path, by: str) -> None:
    """Map and aggregate `files` into `staging/part-0.parquet` with the shared GDELT SQL, and into
    `series/part-0.parquet` the event series per `by` period (the store's `events` aggregation)."""
    with ExitStack() as stack, duckdb.connect(config=connect_config()) as con:
        groups: dict[tuple[str, str], list[tuple[Path, Layout]]] = {}
        for f in files:
            path, compression = stack.enter_context(plain_csv(f.path))
            groups.setdefault((f.layout.name, compression), []).append((path, f.layout))
        selects = [_read_csv([p for p, _ in group], group[0][1], compression)
                   for (_, compression), group in groups.items()]
        staging.mkdir(parents=True)
        series.mkdir(parents=True)
        try:
            con.execute(f"CREATE TEMP VIEW gdelt_events AS {' UNION ALL '.join(selects)}")
            con.execute(f"CREATE TEMP VIEW gdelt_mapped AS {gdelt.events_sql('gdelt_events')}")
            con.execute(f"COPY ({gdelt.dyad_month_sql('gdelt_mapped')}) "
                        f"TO {_lit(str(staging / 'part-0.parquet'))} (FORMAT parquet)")
            con.execute(f"CREATE TEMP VIEW gdelt_series_rows AS {gdelt.series_rows_sql('gdelt_mapped')}")
            con.execute(f"COPY ({series_sql('gdelt_series_rows', by)}) "
                        f"TO {_lit(str(series / 'part-0.parquet'))} (FORMAT parquet)")
        except duckdb.Error as e:
            raise InvalidInput(f"cannot aggregate GDELT files: {str(e).strip().splitlines()[0]}") from None
