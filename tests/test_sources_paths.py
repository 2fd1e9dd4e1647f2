"""A JSONL record's 'path' reads only files inside the JSONL file's folder, unless --allow-paths."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pluripolar.cli import main
from pluripolar.errors import InvalidInput
from pluripolar.sources import read_jsonl

TEXT = "Cuba and Venezuela signed an agreement on energy cooperation in Havana on 3 May 2021."


@pytest.fixture
def layout(tmp_path):
    """inputs/ holding a JSONL and docs/a.txt; a secret file beside inputs/; a link inside pointing out."""
    inputs = tmp_path / "inputs"
    (inputs / "docs").mkdir(parents=True)
    (inputs / "docs" / "a.txt").write_text(TEXT)
    secret = tmp_path / "secret.txt"
    secret.write_text("Iran and Iraq signed a secret agreement in Baghdad on 1 May 2021.")
    (inputs / "docs" / "link.txt").symlink_to(secret)
    return inputs, secret


def _jsonl(folder, *paths) -> str:
    f = folder / "docs.jsonl"
    f.write_text("".join(json.dumps({"doc": f"d{i}", "path": p, "date": "2021-05-04"}) + "\n"
                         for i, p in enumerate(paths)))
    return str(f)


@pytest.mark.parametrize("path", ["../secret.txt", "SECRET", "docs/link.txt", "/etc/passwd", "/proc/self/environ",
                                  "docs/../../secret.txt", "/dev/zero"])
def test_sources_paths_outside_the_folder_are_refused(layout, path):
    inputs, secret = layout
    path = str(secret) if path == "SECRET" else path
    with pytest.raises(InvalidInput, match="outside the JSONL file's folder.*--allow-paths"):
        list(read_jsonl(_jsonl(inputs, path)))
    r = CliRunner().invoke(main, ["extract", "--input", _jsonl(inputs, "docs/a.txt", path)])
    assert r.exit_code == 1 and "docs.jsonl:2" in r.output and "outside" in r.output
    assert "secret" not in r.output.replace("secret.txt", "")  # nothing of the file was read or shown


def test_sources_paths_inside_and_allowed(layout):
    inputs, secret = layout
    docs = list(read_jsonl(_jsonl(inputs, "docs/a.txt", str(inputs / "docs" / "a.txt"), "./docs/../docs/a.txt")))
    assert [d.text for d in docs] == [TEXT] * 3
    allowed = list(read_jsonl(_jsonl(inputs, "../secret.txt", "docs/link.txt"), allow_paths=True))
    assert all("Baghdad" in d.text for d in allowed)
    r = CliRunner().invoke(main, ["extract", "--allow-paths", "--input", _jsonl(inputs, "../secret.txt")])
    assert r.exit_code == 0 and "IRN" in r.output
