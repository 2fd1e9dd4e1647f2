"""A Spark session for pluripolar's jobs: local mode by default, any cluster through `master`."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import InvalidInput

PYSPARK_REQUIREMENT = "pyspark>=3.5,<4.1"


def _pyspark() -> Any:
    try:
        import pyspark.sql
    except ImportError:
        raise InvalidInput(f"the Spark engine needs pyspark: pip install '{PYSPARK_REQUIREMENT}' "
                           "(and Java 17)") from None
    return pyspark.sql


@contextmanager
def session(master: str | None = None, *, shuffle_partitions: int | None = None,
            driver_memory: str = "1g") -> Iterator[Any]:
    """A SparkSession on `master` (default `local[*]`), stopped when the block ends.

    A session already active in this process (a caller's own) is used as it is and left running.

    Workers run this interpreter (PYSPARK_PYTHON), so pluripolar is importable in local mode; on a
    cluster it must be installed on the workers. Local mode binds to 127.0.0.1 unless
    SPARK_LOCAL_IP says otherwise, and the web UI is off.
    """
    sql = _pyspark()
    active = sql.SparkSession.getActiveSession()
    if active is not None:
        yield active
        return
    master = master or "local[*]"
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    partitions = shuffle_partitions or int(os.environ.get("PLURIPOLAR_SPARK_PARTITIONS", "4"))
    builder = (sql.SparkSession.builder.master(master).appName("pluripolar")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", str(partitions))
               .config("spark.driver.memory", driver_memory)
               .config("spark.sql.session.timeZone", "UTC"))
    try:
        spark = builder.getOrCreate()
    except Exception as e:  # the JVM did not start: no Java, or a bad master URL
        raise InvalidInput(f"cannot start Spark on {master}: {str(e).strip().splitlines()[0]}") from None
    spark.sparkContext.setLogLevel("ERROR")
    try:
        yield spark
    finally:
        spark.stop()
