"""The PLOVER gold-standard scorer (benchmarks/score_plover_gsr.py) on a small file written here in the
file's loose format: which records count, what is recalled, what is precise."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "score_plover_gsr.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_plover_gsr", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


gsr = _scorer()


def actor(code, sector=None):
    return {"actorText": code, "code": code, **({"sector": sector} if sector else {})}


RECORDS = [
    {"id": "DOC-1", "event": "DOCUMENT", "eventText": "documentation"},
    {"id": "T-1", "event": "COERCE", "source": [actor("IRN")], "target": [actor("GBR")],
     "text": "Iran seized a British tanker."},
    # reciprocal: two sources, no target
    {"id": "T-2", "event": "AGREE", "source": [actor("CUB"), actor("VEN")], "target": "",
     "text": "Cuba and Venezuela signed an agreement on agriculture in Havana."},
    # a PLOVER 0.5b1 type (DEMAND is REQUEST)
    {"id": "T-3", "event": "DEMAND", "source": [actor("UKR")], "target": [actor("RUS")],
     "text": "Ukraine demanded that Russia withdraw its forces."},
    # a slip of the file's codes (JAP is Japan); an assault the text does not say: a miss, and the
    # criticism found is a wrong quad class
    {"id": "T-4", "event": "FIGHT", "source": [actor("JAP")], "target": [actor("CHN")],
     "text": "Japan criticised China."},
    # left out: domestic (one state), and no second state
    {"id": "T-5", "event": "COERCE", "source": [actor("NGA", "GOV")], "target": [actor("NGA", "OPP")],
     "text": "Nigerian police arrested opposition protesters."},
    {"id": "T-6", "event": "AID", "source": [actor("IGO")], "target": [actor("SDN")],
     "text": "The United Nations sent food to Sudan."},
]


def loose(records):
    """The records as the gold file writes them, with the trailing commas a hand-edited file has."""
    return "[\n" + ",\n".join(json.dumps(r, indent=4) for r in records) + ",\n]\n"


def test_scorer_counts_recall_and_precision_on_a_written_file(tmp_path, ex):
    path = tmp_path / "gsr.txt"
    path.write_text(loose(RECORDS), encoding="utf-8")
    s = gsr.run(path, ex)
    assert s.left_out == {"one state only (domestic)": 1, "not two states": 1}
    assert (s.overall.gold, s.overall.recalled) == (4, 3)
    # IRN>GBR coerce, CUB-VEN agreement, UKR>RUS request and criticism (both verbal conflict, as the
    # demand is) right; JPN>CHN criticism wrong (verbal, the gold's assault material conflict)
    assert (s.overall.extracted, s.overall.correct) == (5, 4)
    assert (s.by_type["ASSAULT"].gold, s.by_type["ASSAULT"].recalled) == (1, 0)
    assert (s.by_type["ACCUSE"].extracted, s.by_type["ACCUSE"].correct) == (2, 1)
    assert (s.by_type["REQUEST"].gold, s.by_type["REQUEST"].recalled) == (1, 1)
    # covered types: only the agreement (AGREE) record; its text's one event is right
    assert "AGREE" in s.covered_types and "ASSAULT" not in s.covered_types
    assert (s.covered.gold, s.covered.recalled, s.covered.extracted, s.covered.correct) == (1, 1, 1, 1)
    assert [g.id for g, _ in s.misses] == ["T-4"]
    assert "| all types | 4 | 3 | 0.750 | 5 | 4 | 0.800 |" in gsr.report(s)


def test_scorer_direction_counts_unless_the_event_is_symmetric():
    gold = gsr.GoldRecord("g", "THREATEN", "verbal_conflict", "t", frozenset({("PRK", "KOR")}))
    assert gsr.Event("PRK", "KOR", "THREATEN", "verbal_conflict", False).matches(gold)
    assert not gsr.Event("KOR", "PRK", "THREATEN", "verbal_conflict", False).matches(gold)
    assert gsr.Event("KOR", "PRK", "CONSULT", "verbal_conflict", True).matches(gold)
    assert not gsr.Event("PRK", "KOR", "ASSAULT", "material_conflict", False).matches(gold)


def test_scorer_reads_a_file_with_a_broken_record_and_rejects_one_without_records(tmp_path, capsys):
    text = loose(RECORDS[:3]).replace('"id": "T-2",', '"id": "T-2" "broken"', 1)
    path = tmp_path / "broken.txt"
    path.write_text(text, encoding="utf-8")
    assert [r["id"] for r in gsr.read_records(path)] == ["DOC-1", "T-1"]
    empty = tmp_path / "empty.txt"
    empty.write_text("not json at all", encoding="utf-8")
    assert gsr.main([str(empty)]) == 2
    assert gsr.main([str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("error: ") for line in err)


@pytest.mark.parametrize("event, expected", [("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("AGREE", "AGREE")])
def test_scorer_maps_the_files_types_to_plover_2(event, expected):
    kept, _ = gsr.gold_records([{"id": "x", "event": event, "source": [actor("USA")], "target": [actor("IRN")],
                                  "text": "Words."}])
    assert [g.plover for g in kept] == [expected]
