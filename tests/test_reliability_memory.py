"""Bounded memory: JSONL is streamed, oversized documents are refused before they are read.

Peak RSS is measured in a child process and compared with the input's size (a ratio, not a time).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

CHILD = r"""
import resource, sys
from pluripolar.errors import InvalidInput
from pluripolar.sources import read_file, read_jsonl
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kind, path = sys.argv[1], sys.argv[2]
if kind == "jsonl":
    n = sum(len(d.text) for d in read_jsonl(path))
else:
    try:
        n = len(read_file(path).text)
    except InvalidInput as e:
        n = -1
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(n, (after - before) * 1024)
"""


def peak_growth(kind: str, path, code: str = CHILD, **env: str) -> tuple[int, int]:
    """(characters read, or -1 when refused; peak RSS growth in bytes) of reading `path` in a child."""
    out = subprocess.run([sys.executable, "-c", code, kind, str(path)], capture_output=True, text=True,
                         check=True, env={**os.environ, **env}).stdout.split()
    return int(out[0]), int(out[1])


def test_reliability_memory_jsonl_is_streamed(tmp_path):
    para = ("Iran and Saudi Arabia agreed to restore diplomatic relations, in a deal brokered by China. " * 30)
    path = tmp_path / "big.jsonl"
    with path.open("w") as f:
        for i in range(25_000):
            f.write(json.dumps({"doc": f"d{i}", "text": f"{i} {para}"}) + "\n")
    size = path.stat().st_size
    chars, growth = peak_growth("jsonl", path)
    assert chars > 0.9 * size  # every document was read
    assert growth < 0.1 * size, f"peak RSS grew {growth:,} bytes reading {size:,} bytes of JSONL"


def test_reliability_memory_oversized_file_is_not_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(200_000_000)  # sparse: 200 MB that take no disk
    chars, growth = peak_growth("file", path)
    assert chars == -1
    assert growth < 5_000_000, f"peak RSS grew {growth:,} bytes refusing a 200 MB file"


def test_reliability_memory_overlong_jsonl_line_is_bounded(tmp_path):
    path = tmp_path / "one-line.jsonl"
    path.write_text(json.dumps({"doc": "x", "text": "y" * 50_000_000}) + "\n" + json.dumps({"doc": "z", "text": "Iran"}))
    code = CHILD.replace("read_jsonl(path)", "read_jsonl(path, skip_bad=True)")
    chars, growth = peak_growth("jsonl", path, code, PLURIPOLAR_MAX_BYTES="1000000")
    assert chars == 4  # the long line was skipped, the next one read
    assert growth < 20_000_000, f"peak RSS grew {growth:,} bytes skipping a 50 MB line"
