"""Work at scale: extraction on Spark, GDELT aggregation on DuckDB or Spark."""
from __future__ import annotations

from typing import Any


def scale_engines() -> tuple[str, ...]:
    """Where scale jobs run: duckdb (this process) or spark."""
    from ..scale import ENGINES

    return ENGINES


def extract_spark(jsonl: str, out: str, **options: Any) -> Any:
    """Extraction of a JSONL of documents on Spark into `out/relations/` (`scale.extract_spark`)."""
    from ..scale import extract_spark as run

    return run(jsonl, out, **options)


def gdelt_dyad_month(inputs: Any, out: str, **options: Any) -> Any:
    """GDELT exports aggregated into dyad-month and event-series Parquet tables (`scale.gdelt_dyad_month`)."""
    from ..scale import gdelt_dyad_month as run

    return run(inputs, out, **options)
