"""CI detection: one helper, any spelling of true, so CI never silently skips what it needs."""
from __future__ import annotations

import pytest

from .conftest import in_ci, needed


@pytest.mark.parametrize("value, expected", [("true", True), ("True", True), ("TRUE", True), ("1", True),
                                             ("yes", True), ("", False), ("false", False), ("0", False)])
def test_ci_detection_ignores_case(monkeypatch, value, expected):
    monkeypatch.setenv("CI", value)
    assert in_ci() is expected


def test_ci_needed_fails_in_ci_and_skips_elsewhere(monkeypatch):
    monkeypatch.setenv("CI", "True")
    with pytest.raises(pytest.fail.Exception, match="CI requires it"):
        needed("a missing tool")
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception, match="a missing tool"):
        needed("a missing tool")
