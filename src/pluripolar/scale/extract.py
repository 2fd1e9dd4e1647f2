"""`extract --engine spark`: the text extractor over a JSONL of documents, one model per partition."""
from __future__ import annotations

import io
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from .output import staged

RELATIONS = "relations"


@dataclass(frozen=True)
class ExtractSummary:
    """What a Spark extraction did."""

    documents: int
    relations: int
    bad_lines: int
    failed: int  # documents the extractor could not finish (see `api.extract`)
    out: str
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "relations": self.relations, "bad_lines": self.bad_lines,
                "failed": self.failed, "out": self.out, "seconds": round(self.seconds, 2)}


def _partition(rows: Iterable[tuple[str, int]], *, name: str, base: str,
               date: str | None, language: str | None = None) -> Iterator[tuple[str, str]]:
    """("doc", id) per document, ("rel", JSON record) per relation, ("bad", message) per bad line,
    ("failed", message) per document the extractor could not finish.

    Runs on a worker: one Extractor per language (one spaCy model load each) serves the whole
    partition; each document is read in `language` when given, else in the one detected, as
    `pluripolar extract` reads it.
    """
    from dataclasses import replace

    from ..export import to_json
    from ..records import relation_record
    from ..text.stream import extract
    from ..sources.documents import read_jsonl_stream, with_language

    bad: list[str] = []

    def documents() -> Iterator[Any]:
        for line, index in rows:
            for d in read_jsonl_stream(io.BytesIO(line.encode("utf-8")), f"{name}:{index + 1}",
                                       base=Path(base), skip_bad=True, on_skip=bad.append):
                yield with_language(d if d.date or not date else replace(d, date=date), None, language)

    failed: list[str] = []
    for doc, relations in extract(documents(), on_failure=lambda d, e: failed.append(str(e))):
        yield "doc", doc.doc
        for rel in relations:
            yield "rel", to_json(relation_record(rel))
    for message in bad:
        yield "bad", message
    for message in failed:
        yield "failed", message


def extract_spark(jsonl: str | os.PathLike, out: str | os.PathLike, *, master: str | None = None,
                  date: str | None = None, skip_bad: bool = False,
                  partitions: int | None = None, language: str | None = None) -> ExtractSummary:
    """Extract relations from every document of `jsonl` on Spark; write `out/relations/` as JSONL.

    The records are those of `pluripolar extract --format jsonl`, in input order (part files in
    name order): each document is read by the pipeline of `language` when given (`--lang`), else of
    the language detected in it. A bad line, or a document the extractor cannot finish, stops the job before anything
    is written, unless `skip_bad`.
    """
    from ..sources.documents import check_date, check_language
    from .spark import session

    started = time.perf_counter()
    path = Path(jsonl).expanduser().resolve()
    if not path.is_file():
        raise InvalidInput(f"{jsonl}: no such file")
    date, language = check_date(date), check_language(language)
    with session(master) as spark:
        lines = spark.sparkContext.textFile(str(path), minPartitions=partitions or 2).zipWithIndex()
        results = lines.mapPartitions(partial(_partition, name=str(jsonl), base=str(path.parent),
                                              date=date, language=language)).cache()
        try:
            counts = dict(results.map(lambda r: (r[0], 1)).reduceByKey(lambda a, b: a + b).collect())
            bad = results.filter(lambda r: r[0] in ("bad", "failed")).map(lambda r: r[1]).take(1)
            if bad and not skip_bad:
                raise InvalidInput(bad[0])
            with staged(out, RELATIONS) as staging:
                results.filter(lambda r: r[0] == "rel").map(lambda r: r[1]).saveAsTextFile(str(staging))
        except InvalidInput:
            raise
        except Exception as e:  # a worker failed: one line
            text = str(e).strip()
            line = next((x for x in text.splitlines() if "Error" in x or "Exception" in x), text[:200])
            raise InvalidInput(f"Spark extraction failed: {line.strip()[:300]}") from None
    return ExtractSummary(counts.get("doc", 0), counts.get("rel", 0), counts.get("bad", 0), counts.get("failed", 0),
                          str(Path(out).expanduser() / RELATIONS), time.perf_counter() - started)
