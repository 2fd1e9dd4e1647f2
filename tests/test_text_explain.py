"""`explain`: each stage's findings per sentence, so a miss can be traced to the stage that lost it."""
import json
import subprocess
import sys

from pluripolar.sources import Document
from pluripolar import api

TEXT = ("Kenya, Uganda and Tanzania founded the East African Community in 2000. "
        "The bloc later admitted Rwanda. Japan enjoyed the weather.")


def test_explain_shows_every_stage_per_sentence_and_the_merged_relations():
    record = api.explain(Document(doc="t", text=TEXT, date="2024-01-01"))
    first, second, third = record["sentences"]
    assert {m["actor"] for m in first["mentions"]} == {"KEN", "UGA", "TZA", "EAC"}
    assert first["dates"] == [{"text": "2000", "value": "2000"}]
    assert [t["word"] for t in first["triggers"]] == ["founded"]
    assert {(c["subject"], c["object"]) for c in first["candidates"]} == {("KEN", "EAC"), ("UGA", "EAC"), ("TZA", "EAC")}
    assert second["coreference"][0]["actor"] == "EAC"  # "the bloc": the coreference stage resolved it
    assert ("RWA", "membership", "EAC") in {(c["subject"], c["predicate"], c["object"]) for c in second["candidates"]}
    assert third["mentions"] and not third["triggers"] and not third["candidates"]  # no trigger: lost there
    assert {(r["subject"], r["object"]) for r in record["relations"]} >= {("KEN", "EAC"), ("RWA", "EAC")}
    for s in record["sentences"]:
        assert TEXT[s["chars"][0]:s["chars"][1]] == s["text"]


def test_explain_command_prints_text_and_json(tmp_path):
    f = tmp_path / "doc.txt"
    f.write_text(TEXT, encoding="utf-8")
    cmd = [sys.executable, "-c", "from pluripolar.cli import main; main()"]
    out = subprocess.run([*cmd, "explain", str(f), "--date", "2024-01-01"], capture_output=True, text=True, check=True)
    assert "triggers: 'founded'→membership/joined" in out.stdout and "coreference: 'bloc'→EAC" in out.stdout
    js = subprocess.run([*cmd, "explain", str(f), "--format", "json"], capture_output=True, text=True, check=True)
    assert json.loads(js.stdout)["doc"] == "doc"


def test_explain_of_a_missing_file_is_one_line(tmp_path):
    out = subprocess.run([sys.executable, "-c", "from pluripolar.cli import main; main()", "explain",
                          str(tmp_path / "nope.txt")], capture_output=True, text=True)
    assert out.returncode != 0 and len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
