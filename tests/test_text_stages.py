"""The declared pipeline: stages declare needs and sets, run alone, are explained and scored alone."""
import json
import subprocess
import sys
from dataclasses import replace

import pytest

from pluripolar import api
from pluripolar.sources import Document
from pluripolar.text import resources
from pluripolar.text.stage import declare, upto
from pluripolar.text.stages import NAMES, PIPELINE

CLI = [sys.executable, "-c", "from pluripolar.cli import main; main()"]


def _stage(name):
    return PIPELINE[NAMES.index(name)]


def test_the_pipeline_runs_the_issue_stages_in_a_checked_order():
    assert NAMES[0] == "sentences" and NAMES[-1] == "merge"
    assert {"mentions", "coreference", "triggers", "arguments", "attributes", "modality", "dates",
            "claims"} <= set(NAMES)
    with pytest.raises(ValueError, match="'arguments' needs .*moods"):  # modality after arguments
        declare([s for s in PIPELINE if s.name != "modality"])
    with pytest.raises(ValueError, match="unknown fields: colour"):
        declare([*PIPELINE, replace(_stage("merge"), name="paint", needs=frozenset({"colour"}))])


def test_a_stage_runs_with_only_the_stages_it_needs():
    assert [s.name for s in upto(PIPELINE, "modality")] == ["sentences", "triggers", "modality"]
    assert [s.name for s in upto(PIPELINE, "coreference")] == ["sentences", "mentions", "coreference"]
    assert "events" not in [s.name for s in upto(PIPELINE, "claims")]
    with pytest.raises(ValueError, match="no stage 'colour'; stages: sentences"):
        upto(PIPELINE, "colour")


def test_explain_of_one_stage_shows_its_fields_and_no_later_stage_ran():
    doc = Document(doc="t", text="China will not impose sanctions on Japan. Russia may visit Cuba.", date="2024-05-01")
    record = api.explain(doc, stage="modality")
    assert record["stages"] == ["sentences", "triggers", "modality"] and record["relations"] == []
    first, second = record["sentences"]
    assert first["moods"] == [{"word": "sanctions", "hypothetical": False, "negated": True}]
    assert second["moods"] == [{"word": "visit", "hypothetical": True, "negated": False}]
    assert "mentions" not in first and "candidates" not in first


def test_modality_and_attributes_are_their_own_stages_in_a_full_run():
    text = ("Japan imposed an arms embargo on Myanmar. Turkey could sign a defence agreement with Qatar. "
            "The EU did not lift its sanctions on Iran.")
    record = api.explain(Document(doc="t", text=text, date="2024-05-01"))
    embargo, maybe, lifted = record["sentences"]
    assert embargo["attributes"] == [{"word": "embargo", "attrs": {"instrument": "embargo"}}]
    assert [c["object"] for a in embargo["arguments"] for c in a["candidates"]] == ["MMR"]
    assert maybe["moods"][0]["hypothetical"] and maybe["arguments"] == []  # modality stopped it
    assert lifted["moods"][0]["negated"] and lifted["candidates"][0]["negated"]


def test_stage_scores_put_each_gold_relation_on_the_stage_that_lost_it(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"doc": "a", "text": "Kenya and Uganda established diplomatic relations. "
                                "Brazil enjoyed the weather with Peru.", "date": "2024-01-01"}) + "\n")
    gold = tmp_path / "gold.jsonl"
    rows = [{"doc": "a", "subject": "KEN", "predicate": "diplomatic_relations", "object": "UGA",
             "quote": "Kenya and Uganda established diplomatic relations"},
            {"doc": "a", "subject": "BRA", "predicate": "cooperation", "object": "PER",
             "quote": "Brazil enjoyed the weather with Peru"},
            {"doc": "a", "subject": "FRA", "predicate": "visit", "object": "PER", "quote": "not in the text"}]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = subprocess.run([*CLI, "explain", "--input", str(docs), "--gold", str(gold), "--format", "json"],
                         capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    assert scores["mentions"] == {"gold": 5, "found": 4, "recall": 0.8}  # FRA is never named
    assert scores["triggers"]["found"] == 1  # no cooperation word in the second sentence
    assert scores["relations"] == {"gold": 3, "found": 1, "recall": 0.333, "precision": 1.0}


def test_a_bad_gold_file_or_stage_is_one_line(tmp_path):
    docs = tmp_path / "d.txt"
    docs.write_text("Kenya recognised Kosovo.")
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "d"}\n')
    out = subprocess.run([*CLI, "explain", str(docs), "--gold", str(gold)], capture_output=True, text=True)
    assert out.returncode != 0 and "gold.jsonl:1: not a gold relation" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    out = subprocess.run([*CLI, "explain", str(docs), "--stage", "paint"], capture_output=True, text=True)
    assert out.returncode == 2 and "no stage 'paint'" in out.stderr and "Traceback" not in out.stderr


def test_language_data_is_read_from_the_folder_of_the_language_in_use():
    assert "en" in resources.languages()
    assert "urge" in resources.word_set("cues.toml", "object_control", "verbs")  # read from data/en/
    with pytest.raises(ValueError, match="no language data for 'xx'"):
        with resources.using("xx"):
            pass
    with resources.using("en"):
        assert resources.language() == "en"
