"""The atheris fuzz target for the readers runs for a short while without finding a crash."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import needed

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow
SECONDS = int(os.environ.get("PLURIPOLAR_FUZZ_SECONDS", "20"))


def test_reliability_fuzz_readers_finds_no_crash(tmp_path):
    try:
        import atheris  # noqa: F401
    except ImportError:
        needed("atheris is not installed (pip install 'atheris>=2.3,<4')")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    run = subprocess.run([sys.executable, str(ROOT / "fuzz" / "fuzz_readers.py"), f"-max_total_time={SECONDS}",
                          "-max_len=4096", f"-artifact_prefix={tmp_path}/", str(corpus), str(ROOT / "fuzz" / "seeds")],
                         capture_output=True, text=True, timeout=SECONDS + 120, cwd=tmp_path)
    tail = "\n".join(run.stderr.splitlines()[-15:])
    assert run.returncode == 0, tail
    assert "Done " in run.stderr and " runs in " in run.stderr, tail
