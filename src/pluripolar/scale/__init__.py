"""Scale: the same dataset mappings and aggregations on DuckDB (one machine) or Apache Spark.

`gdelt_dyad_month` aggregates GDELT exports into a dyad-month Parquet table; `extract_spark` runs the
text extractor over a JSONL of documents, partition by partition. Spark is optional (`pyspark`).
"""
from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analysis.events import width
from ..errors import InvalidInput
from .extract import ExtractSummary, extract_spark
from .inputs import gdelt_files
from .output import staged

ENGINES = ("duckdb", "spark")
DYAD_MONTH = "dyad_month"
EVENT_SERIES = "event_series"


@dataclass(frozen=True)
class ScaleSummary:
    """What an aggregation did: engine, input files, output folder, rows written, seconds."""

    engine: str
    files: int
    out: str
    dyad_months: int
    events: int
    seconds: float
    series: str = ""
    series_rows: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"engine": self.engine, "files": self.files, "out": self.out, "dyad_months": self.dyad_months,
                "events": self.events, "series": self.series, "series_rows": self.series_rows,
                "seconds": round(self.seconds, 2)}


def gdelt_dyad_month(inputs: str | Sequence[str], out: str | os.PathLike, *, engine: str = "duckdb",
                     master: str | None = None, by: str = "month") -> ScaleSummary:
    """Read GDELT 1.0/2.0 exports (plain, .gz, .zip) and write `out/dyad_month/` and
    `out/event_series/` as Parquet.

    dyad_month columns: month (YYYY-MM), subject, object (ISO3), plover, events, mentions, sources,
    articles, goldstein_mean, tone_mean. event_series: the `pluripolar events` aggregation per `by`
    period (day, month, year). Both engines run the same SQL and give the same tables.
    """
    if engine not in ENGINES:
        raise InvalidInput(f"unknown engine {engine!r}; expected one of: {', '.join(ENGINES)}")
    width(by)
    started = time.perf_counter()
    files = gdelt_files(inputs)
    with staged(out, DYAD_MONTH) as staging, staged(out, EVENT_SERIES) as series:
        if engine == "duckdb":
            from .gdelt_duckdb import dyad_month

            dyad_month(files, staging, series, by)
        else:
            from .gdelt_spark import dyad_month
            from .spark import session

            with session(master) as spark:
                dyad_month(spark, files, staging, series, by)
    final = Path(out).expanduser() / DYAD_MONTH
    rows, events = _counts(final)
    series_final = Path(out).expanduser() / EVENT_SERIES
    return ScaleSummary(engine, len(files), str(final), rows, events, time.perf_counter() - started,
                        str(series_final), _counts(series_final)[0])


def _counts(folder: Path) -> tuple[int, int]:
    import duckdb

    row = duckdb.sql(f"SELECT count(*), coalesce(sum(events), 0) FROM read_parquet('{folder}/*.parquet')"
                     ).fetchone()
    return int(row[0]), int(row[1])


__all__ = ["ENGINES", "ExtractSummary", "ScaleSummary", "extract_spark", "gdelt_dyad_month"]
