"""Shared fixtures: paths to ../shared, and a rule that tests needing it run in CI."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def in_ci() -> bool:
    """Whether the tests run in CI: `CI` set to true, 1 or yes in any case (CI=true, CI=True, CI=1).

    The one test of it: what CI needs must run there, so `needed` fails in CI where it skips elsewhere."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def needed(message: str) -> None:
    """Something a test needs is missing: fail in CI (where everything must run), else skip with `message`.

    Works inside a test and at module level."""
    if in_ci():
        pytest.fail(f"{message}, and CI requires it", pytrace=False)
    pytest.skip(message, allow_module_level=True)


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skips the test when absent outside CI, fails when absent in CI."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        needed(f"{p} not present (../shared is only guaranteed in CI)")
    return p


@pytest.fixture
def seed_path() -> Path:
    return shared_path("seed", "000_c93953e814c4a429.txt")


@pytest.fixture
def store(tmp_path):
    from pluripolar.store import Store

    with Store(tmp_path / "t.duckdb") as s:
        yield s


@pytest.fixture(scope="session")
def ex():
    """One extractor for the whole run: loading the model, gazetteer and lexicons takes seconds."""
    from pluripolar.text import Extractor

    return Extractor()


def events(text, ex):
    """(subject, predicate, object, cameo, negated) of the event predicates (those outside the annotation
    guide) that `ex` extracts from `text`: what the event tests compare."""
    from pluripolar.ontology import load

    onto = load()
    return {(r.subject, r.predicate, r.object, r.cameo, r.negated)
            for r in ex.extract(text, doc_id="t", date="2024-05-10") if onto.get(r.predicate).kind == "event"}


def event_pairs(text, ex):
    """(subject, predicate, object) of the events `ex` extracts from `text` and does not deny."""
    return {(s, p, o) for s, p, o, _, neg in events(text, ex) if not neg}


def found(text, ex, date="2024-05-10"):
    """(subject, predicate, object, status, negated) of the annotation guide's predicates that `ex`
    extracts from `text`: what the rule tests compare."""
    from pluripolar.ontology import load

    guide = load().guide
    return {(r.subject, r.predicate, r.object, (r.attrs or {}).get("status"), r.negated)
            for r in ex.extract(text, doc_id="t", date=date) if r.predicate in guide}


def of(predicate, got):
    """The `found` keys of one predicate."""
    return {k for k in got if k[1] == predicate}
