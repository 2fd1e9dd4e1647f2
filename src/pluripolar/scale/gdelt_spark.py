"""The GDELT dyad-month aggregation on Apache Spark, with the same SQL text as DuckDB runs."""
from __future__ import annotations

import gzip
import io
import zipfile
from itertools import groupby
from pathlib import Path
from typing import Any

from ..analysis.events import series_sql
from ..datasets import gdelt
from ..datasets.spec import Layout
from ..errors import InvalidInput
from .inputs import GdeltFile

_SPARK_TYPES = {"VARCHAR": "STRING", "INTEGER": "INT", "BIGINT": "BIGINT", "DOUBLE": "DOUBLE"}
# Spark reads plain and *.gz files itself; a zip (or gzip under another name) is opened in Python.
_OPTIONS = {"sep": "\t", "header": "false", "quote": "", "escape": "", "nullValue": "",
            "mode": "PERMISSIVE", "encoding": "UTF-8"}


def _schema(layout: Layout) -> str:
    return ", ".join(f"`{c}` {_SPARK_TYPES[layout.types.get(c, 'VARCHAR')]}" for c in layout.columns)


def _lines(item: tuple[str, bytes]) -> list[str]:
    """The text lines of one compressed file's bytes (runs on the workers)."""
    data = item[1]
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    else:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            data = z.read(z.infolist()[0])
    return data.decode("utf-8", errors="replace").splitlines()


def _native(f: GdeltFile) -> bool:
    return f.compression == "none" or (f.compression == "gzip" and f.path.name.lower().endswith(".gz"))


def _frame(spark: Any, files: list[GdeltFile]) -> Any:
    paths = [str(f.path.resolve()) for f in files]
    reader = spark.read.options(**_OPTIONS).schema(_schema(files[0].layout))
    if _native(files[0]):
        return reader.csv(paths)
    return reader.csv(spark.sparkContext.binaryFiles(",".join(paths)).flatMap(_lines))


def dyad_month(spark: Any, files: list[GdeltFile], staging: Path, series: Path, by: str) -> None:
    """Map and aggregate `files` into the Parquet folder `staging` with the shared GDELT SQL, and into
    `series` the event series per `by` period (the store's `events` aggregation)."""
    def key(f: GdeltFile) -> tuple[str, bool]:
        return f.layout.name, _native(f)
    selects = []
    for i, (_, group) in enumerate(groupby(sorted(files, key=key), key)):
        group = list(group)
        _frame(spark, group).createOrReplaceTempView(f"gdelt_file_{i}")
        selects.append(f"SELECT {gdelt.projection(group[0].layout)} FROM gdelt_file_{i}")
    try:
        spark.sql(" UNION ALL ".join(selects)).createOrReplaceTempView("gdelt_events")
        spark.sql(gdelt.events_sql("gdelt_events")).createOrReplaceTempView("gdelt_mapped")
        spark.sql(gdelt.dyad_month_sql("gdelt_mapped")).write.mode("overwrite").parquet(str(staging))
        spark.sql(gdelt.series_rows_sql("gdelt_mapped")).createOrReplaceTempView("gdelt_series_rows")
        spark.sql(series_sql("gdelt_series_rows", by)).write.mode("overwrite").parquet(str(series))
    except Exception as e:  # Py4J / Spark errors: one line
        raise InvalidInput(f"cannot aggregate GDELT files on Spark: {_first_line(e)}") from None


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    for line in text.splitlines():
        if "Exception:" in line or "Error:" in line:
            return line.strip()[:300]
    return text.splitlines()[0][:300] if text else type(e).__name__
