"""Extraction on every core: documents go in chunks to a pool of worker processes, each with its own
`Extractor` (the spaCy model is loaded once per worker), and the results come back in input order.

Workers start from a fork server that has imported the extractor's modules once, so each worker only
loads the model. At most two chunks per worker are in flight, so memory stays bounded on any input
size, and a run of a single chunk is extracted in this process without starting a pool.
"""
from __future__ import annotations

import multiprocessing
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import Any

from ..errors import PluripolarError
from ..model import Relation

CHUNK = 8  # documents sent to a worker at a time: small enough to spread a short run over the workers
IN_FLIGHT = 2  # chunks queued per worker, so a worker never waits for the next one
Item = tuple[str, str, str | None]  # (doc id, text, article date)

_extractor = None  # the worker's own Extractor, built by _start


def default_workers() -> int:
    """Every core this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _exit_with(parent: int) -> None:
    """End this worker when the process that started the pool ends, even by SIGKILL (its queues would
    otherwise keep the worker waiting forever)."""
    try:
        fd = os.pidfd_open(parent)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):  # no pidfd (not Linux ≥ 5.3): poll instead
        fd = None

    def watch() -> None:
        if fd is not None:
            select.select([fd], [], [])
        else:
            while _alive(parent):
                time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def _start(parent: int) -> None:
    """Worker set-up: Ctrl-C is the parent's to handle, the worker ends with its parent, and the model
    is loaded once."""
    global _extractor
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with(parent)
    from .extractor import Extractors

    _extractor = Extractors()


def _run(chunk: list[Item], options: dict[str, Any]) -> list[list[Relation]]:
    """In a worker: the relations of each document of a chunk (`options` go to `extract_many`)."""
    return list(_extractor.extract_many(chunk, batch_size=len(chunk), **options))


def _chunks(items: Iterable[Item]) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


def extract_parallel(items: Iterable[Item], workers: int, **options: Any) -> Iterator[list[Relation]]:
    """Relations per (doc id, text, date, language) item, in input order, extracted by `workers`
    processes; `options` are passed on to `Extractors.extract_many`."""
    chunks = _chunks(items)
    first = list(islice(chunks, 2))
    if len(first) < 2:  # one chunk: a pool would cost more to start than it saves
        if first:
            from .extractor import Extractors

            yield from Extractors().extract_many(first[0], batch_size=len(first[0]), **options)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pluripolar.text.extractor"])
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(os.getpid(),))
    pending: deque[Future] = deque()
    try:
        for chunk in chain(first, chunks):
            pending.append(pool.submit(_run, chunk, options))
            if len(pending) >= IN_FLIGHT * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool:
        raise PluripolarError("an extraction worker died (out of memory?): rerun with fewer --workers") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
