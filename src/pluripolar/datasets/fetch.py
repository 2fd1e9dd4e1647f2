"""Download a dataset's official file with a progress bar, checking size or checksum where published."""
from __future__ import annotations

import email.utils
import hashlib
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from ..errors import InvalidInput
from .spec import Dataset

TIMEOUT = 30.0


def default_dest() -> Path:
    """Where downloads go when no --dest is given: `datasets` in the user data directory."""
    return Path(platformdirs.user_data_dir("pluripolar")) / "datasets"


def fetch(ds: Dataset, dest: str | os.PathLike | None = None, *, progress: bool = True) -> Path:
    """Download `ds` from its official URL into `dest`; return the file's path.

    The file is written under a temporary name and renamed only once complete and verified.
    """
    if not ds.download_url:
        raise InvalidInput(f"{ds.name} has no direct download; get it from {ds.url}")
    folder = Path(dest).expanduser() if dest else default_dest()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (ds.download_name or ds.download_url.rstrip("/").rsplit("/", 1)[-1].split("?")[0])
    partial = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    req = urllib.request.Request(ds.download_url, headers={"User-Agent": "pluripolar"})
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp, open(partial, "wb") as out, \
                _bar(progress, int(resp.headers.get("Content-Length") or 0) or None, target.name) as advance:
            modified = resp.headers.get("Last-Modified")
            while chunk := resp.read(1 << 16):
                out.write(chunk)
                digest.update(chunk)
                advance(len(chunk))
    except urllib.error.HTTPError as e:
        partial.unlink(missing_ok=True)
        raise InvalidInput(f"{ds.download_url}: HTTP {e.code}; the file may have moved, see {ds.url}") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as e:
        partial.unlink(missing_ok=True)
        host = urllib.parse.urlsplit(ds.download_url).hostname
        raise InvalidInput(f"cannot reach {host}: offline? ({getattr(e, 'reason', e)})") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _verify(ds, partial, digest.hexdigest())
    partial.replace(target)
    _date_file(target, modified)
    return target


def _date_file(path: Path, last_modified: str | None) -> None:
    """Give the file the publisher's Last-Modified time, so a snapshot list loaded without --date is
    dated by its publication rather than by the download."""
    if not last_modified:
        return
    try:
        stamp = email.utils.parsedate_to_datetime(last_modified).timestamp()
    except (TypeError, ValueError):
        return
    os.utime(path, (stamp, stamp))


def _verify(ds: Dataset, path: Path, sha256: str) -> None:
    size = path.stat().st_size
    if ds.size is not None and size != ds.size:
        path.unlink()
        raise InvalidInput(f"{ds.name}: downloaded {size} bytes, the publisher gives {ds.size}; try again")
    if ds.sha256 and sha256 != ds.sha256:
        path.unlink()
        raise InvalidInput(f"{ds.name}: checksum {sha256[:12]}… differs from the published "
                           f"{ds.sha256[:12]}…; try again")


@contextmanager
def _bar(show: bool, total: int | None, label: str) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr; yields the function that advances it (a no-op when hidden)."""
    if not show:
        yield lambda n: None
        return
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                  transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)
