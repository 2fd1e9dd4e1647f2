"""Shared fixtures: paths to ../shared, and a rule that tests needing it run in CI."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() == "true"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skips the test when absent outside CI, fails when absent in CI."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        if IN_CI:
            pytest.fail(f"{p} is missing, and CI=true requires ../shared")
        pytest.skip(f"{p} not present (../shared is only guaranteed in CI)")
    return p


@pytest.fixture
def seed_path() -> Path:
    return shared_path("seed", "000_c93953e814c4a429.txt")


@pytest.fixture
def store(tmp_path):
    from pluripolar.store import Store

    with Store(tmp_path / "t.duckdb") as s:
        yield s
