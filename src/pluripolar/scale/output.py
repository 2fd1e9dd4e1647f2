"""Write a job's output folder all or nothing: into a staging folder, renamed when complete."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import InvalidInput


@contextmanager
def staged(out_dir: str | os.PathLike, name: str) -> Iterator[Path]:
    """A not-yet-existing folder to write into; it becomes `out_dir/name` only if the block succeeds."""
    out = Path(out_dir).expanduser()
    if out.exists() and not out.is_dir():
        raise InvalidInput(f"--out {out}: is a file, not a folder")
    out.mkdir(parents=True, exist_ok=True)
    final, tmp = out / name, out / f".{name}.partial-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if final.exists():
        shutil.rmtree(final)
    tmp.rename(final)
