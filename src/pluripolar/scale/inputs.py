"""GDELT input files: glob expansion, compression, and the layout each file has (1.0 or 2.0)."""
from __future__ import annotations

import glob
import gzip
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..datasets import gdelt
from ..datasets.files import compression_of
from ..datasets.spec import Layout
from ..errors import InvalidInput, LayoutMismatch


@dataclass(frozen=True)
class GdeltFile:
    """One events file to read: where, how it is compressed (none, gzip, zip), and its layout."""

    path: Path
    compression: str
    layout: Layout


def _first_line(path: Path, compression: str) -> bytes:
    try:
        if compression == "zip":
            with zipfile.ZipFile(path) as z:
                members = [m for m in z.infolist() if not m.is_dir()]
                if len(members) != 1:
                    raise InvalidInput(f"{path}: expected one file in the zip archive, found {len(members)}")
                with z.open(members[0]) as f:
                    return f.readline(1 << 20)
        opener = gzip.open if compression == "gzip" else open
        with opener(path, "rb") as f:
            return f.readline(1 << 20)
    except (zipfile.BadZipFile, EOFError, OSError) as e:
        msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise InvalidInput(f"{path}: not a readable {compression} file ({msg}); download it again") from None


def inspect(path: Path) -> GdeltFile:
    """A file's compression and layout, told by its magic bytes and its first line's column count."""
    compression = compression_of(path)
    line = _first_line(path, compression).rstrip(b"\r\n")
    n = line.count(b"\t") + 1 if line else 0
    layout = gdelt.layout_for(n)
    if layout is None:
        found = f"{n} tab-separated columns" if n else "an empty first line"
        raise LayoutMismatch(f"{path.name}: not a GDELT events file: found {found}; "
                             f"expected {gdelt.expected_columns()}")
    return GdeltFile(path, compression, layout)


def gdelt_files(patterns: str | Sequence[str]) -> list[GdeltFile]:
    """Every file matching the glob patterns, sorted, each with its compression and layout."""
    patterns = [patterns] if isinstance(patterns, str) else list(patterns)
    paths: set[Path] = set()
    for pattern in patterns:
        matched = glob.glob(os.path.expanduser(pattern), recursive=True)
        if not matched:
            raise InvalidInput(f"{pattern}: no file matches; give a GDELT export file or a glob such as "
                               "'gdelt/*.export.CSV.zip'")
        paths.update(Path(m) for m in matched if Path(m).is_file())
    if not paths:
        raise InvalidInput(f"{', '.join(patterns)}: matches only folders, no files")
    return [inspect(p) for p in sorted(paths)]
