"""Documents streamed through the extractor: in batches or across processes, failures reported in place."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from ..errors import ExtractionFailed
from ..model import Relation

if TYPE_CHECKING:
    from ..sources import Document

Failure = Callable[["Document", ExtractionFailed], None]


def _raise(doc: Document, error: ExtractionFailed) -> None:
    raise error


def extract(docs: Iterable[Document], *, batch_size: int = 32, workers: int = 1, time_limit: float | None = None,
            on_failure: Failure = _raise) -> Iterator[tuple[Document, list[Relation]]]:
    """Relations asserted by each document, in input order; nothing is stored.

    Documents stream through in batches, so memory stays bounded; each is read by the pipeline of its
    `language` (`Extractors`: English for a language without data). With `workers` > 1 they are
    extracted by that many processes (`text.workers`), with the same output as one. A document the
    extractor cannot finish (a failing stage, or more than `time_limit` seconds per 100,000
    characters) is not yielded: it goes to `on_failure`, which by default raises its `ExtractionFailed`.
    """
    from .extractor import TIME_LIMIT, Extractors

    read: deque[Document] = deque()

    def items() -> Iterator[tuple[str, str, str | None, str | None]]:
        for d in docs:
            read.append(d)
            yield d.doc, d.text, d.date, d.language

    limit = time_limit or TIME_LIMIT
    if workers > 1:
        from .workers import extract_parallel

        results = extract_parallel(items(), workers, time_limit=limit)
    else:
        results = Extractors().extract_many(items(), batch_size=batch_size, time_limit=limit)
    for result in results:
        d = read.popleft()
        if isinstance(result, ExtractionFailed):
            on_failure(d, result)
        else:
            yield d, result
