"""Office-holders: the hand-kept 2014-2026 file, the Phoenix conversion, and names resolving only
while their bearer is in office, in the KB and in extraction from sentences written for these tests."""
from __future__ import annotations

import csv
import importlib.util
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from pluripolar.actors.kb import DATA, OFFICE_COLUMNS, kb
from pluripolar.text.gazetteer import gazetteer, spellings

from .conftest import ROOT, shared_path

G20_STATES = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
              "SAU", "ZAF", "TUR", "GBR", "USA"]
# emperors, a nickname the press uses alone, and people known by one name
MONONYMS = {"Akihito", "Naruhito", "Jokowi", "Jaishankar", "Sugiono"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == OFFICE_COLUMNS
        return list(reader)


def _convert_module():
    spec = importlib.util.spec_from_file_location("phoenix_convert", ROOT / "scripts" / "phoenix" / "convert.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def keys(ex, text, date):
    return {(r.subject, r.predicate, r.object) for r in ex.extract(text, doc_id="t", date=date)}


# --- the data files


@pytest.mark.parametrize("name", ["officeholders.csv", "officeholders_phoenix.csv"])
def test_officeholder_rows_name_known_actors_with_ordered_dates(name):
    rows = _rows(name)
    assert rows
    for r in rows:
        assert kb().get(r["actor_id"]) is not None, r
        assert re.fullmatch(r"[a-z_]+", r["role"]), r
        assert DATE.match(r["valid_from"]) and (not r["valid_to"] or DATE.match(r["valid_to"])), r
        assert not r["valid_to"] or r["valid_from"][:len(r["valid_to"])] <= r["valid_to"], r
        forms = [r["person"], *filter(None, r["aliases"].split("|"))]
        # no surname or ordinary word alone: one-word forms are abbreviations or listed mononyms
        assert all(len(f.split()) >= 2 or f.isupper() or f in MONONYMS for f in forms), r


@pytest.mark.parametrize("day", ["2016-06-01", "2024-06-01"])
def test_every_g20_state_and_council_member_has_a_leader_and_a_foreign_minister_on_file(day):
    held: dict[str, set[str]] = {}
    for r in _rows("officeholders.csv"):
        lo = r["valid_from"]
        hi = r["valid_to"] or "9999"
        if lo <= day and (day <= hi or hi.startswith(day[:7]) and len(hi) == 7):
            held.setdefault(r["actor_id"], set()).add(r["role"])
    for state in G20_STATES:
        assert held.get(state, set()) & {"head_of_state", "head_of_government"}, (state, day)
        assert "foreign_minister" in held.get(state, set()), (state, day)
    assert {"council_president", "commission_president", "high_representative"} <= held["EU"]
    assert "secretary_general" in held["UN"] and "secretary_general" in held["NATO"]


# --- resolution with dates


def test_a_head_of_state_resolves_in_office_and_is_marked_out_of_office_after():
    inside = kb().resolve("Mohamed Bazoum", "2022-05-01")
    assert (inside.id, inside.valid) == ("NER", True)
    assert "[head of state]" in inside.reason
    after = kb().resolve("Mohamed Bazoum", "2024-05-01")
    assert after.valid is False and "not on 2024-05-01" in after.reason


@pytest.mark.parametrize("text, day, expected", [
    ("Mohamed Bazoum flew to Paris for talks on Friday.", "2022-05-01", {("NER", "visit", "FRA")}),
    ("Mohamed Bazoum flew to Paris for talks on Friday.", "2024-05-01", set()),  # deposed in July 2023
    ("Ibrahim Traoré arrived in Moscow on Tuesday.", "2023-07-27", {("BFA", "visit", "RUS")}),
    ("Ibrahim Traoré arrived in Moscow on Tuesday.", "2021-07-27", set()),  # in power from September 2022
    ("Yvette Cooper condemned Iran's missile strikes.", "2025-10-01", {("GBR", "criticism", "IRN")}),
    ("Yvette Cooper condemned Iran's missile strikes.", "2024-10-01", set()),  # Foreign Secretary from 2025
])
def test_a_person_stands_for_a_state_only_while_in_office(ex, text, day, expected):
    assert keys(ex, text, day) == expected


@pytest.mark.parametrize("day, expected", [
    ("2003-06-01", {("DNK", "visit", "IRQ")}),   # Danish prime minister (Phoenix)
    ("2012-06-01", {("NATO", "visit", "IRQ")}),  # NATO Secretary General (hand-kept file)
    ("2020-06-01", set()),                       # neither
])
def test_one_person_stands_for_the_actor_whose_office_they_held_then(ex, day, expected):
    assert keys(ex, "Anders Fogh Rasmussen visited Baghdad.", day) == expected


def test_a_phoenix_only_minister_resolves_in_office_and_not_without_a_date():
    gaz = gazetteer()
    assert gaz.resolve("Alexander Downer", "2005-03-01").actor_id == "AUS"
    assert gaz.resolve("Alexander Downer", "2012-03-01") is None
    assert gaz.resolve("Alexander Downer", None) is None  # known only until 2014: an undated text is later


def test_a_phoenix_minister_in_a_sentence_of_his_time(ex):
    assert keys(ex, "Australian officials said Alexander Downer arrived in Jakarta.", "2005-03-01") >= {
        ("AUS", "visit", "IDN")}
    assert ("AUS", "visit", "IDN") not in keys(ex, "Alexander Downer arrived in Jakarta.", "2012-03-01")


# --- spellings, hyphens and go-betweens


def test_names_are_also_matched_hyphenated_unhyphenated_and_without_accents():
    assert "Burkina-Faso" in spellings("Burkina Faso", True)
    assert "Burkina-Faso" not in spellings("Burkina Faso", False)  # a person's name is not hyphenated
    assert "Guinea Bissau" in spellings("Guinea-Bissau", True)
    assert "Recep Tayyip Erdogan" in spellings("Recep Tayyip Erdoğan", False)


@pytest.mark.parametrize("text, expected", [
    ("Burkina-Faso expelled the French ambassador.", ("BFA", "expulsion", "FRA")),
    ("The U.S.-led coalition deployed troops in Iraq.", ("USA", "military_presence", "IRQ")),
    ("Guinea Bissau and Timor Leste established diplomatic relations.", ("GNB", "diplomatic_relations", "TLS")),
])
def test_hyphen_variants_name_their_state(ex, text, expected):
    assert expected in keys(ex, text, "2023-05-01")


def test_a_state_brokering_a_deal_is_no_party_to_it(ex):
    found = keys(ex, "Israel signed the U.S.-brokered accords with Bahrain.", "2020-09-15")
    assert ("BHR", "agreement", "ISR") in found and not any("USA" in k for k in found)
    found = keys(ex, "Sudan and Chad signed a Qatar-mediated agreement.", "2020-09-15")
    assert not any("QAT" in k for k in found)


def test_case_sensitive_names_match_only_in_their_own_case(ex):
    assert keys(ex, "Troops from Chad were deployed in Mali.", "2023-05-01") == {("TCD", "military_presence", "MLI")}
    assert not keys(ex, "They told us the hanging chad was deployed in Mali.", "2023-05-01") & {
        ("USA", "military_presence", "MLI"), ("TCD", "military_presence", "MLI")}


# --- the Phoenix conversion

COUNTRIES = """\
# a test dictionary in the TABARI actor format
RUSSIA_  [RUS]
+MOSCOW_

BORIS_YELTSIN_  # CountryInfo.txt
+BORIS_NIKOLAYEVICH_YELTSIN
+PRESIDENT_YELTSIN
+YELTSIN
\t[RUSELI 600101-910709]
\t[RUSGOV 910710-991231]
JOHN_QUINCY_EXAMPLE_
\t[USAGOV >130201]
\t[USALEG 100101-130131]
ABDUL_ALI_
\t[AFGGOV 030101-040930]
"""
INTERNATIONAL = "NOBODY_PARTICULAR_\t[IGOWSTNAT 991014-031217]# NATO\nSOME_STAFFER_\t[IGOUNO]\n"


def test_the_converter_keeps_dated_office_with_roles_successors_and_full_names(tmp_path):
    convert = _convert_module()
    (tmp_path / "Phoenix.Countries.actors.txt").write_text(COUNTRIES, encoding="utf-8")
    (tmp_path / "Phoenix.International.actors.txt").write_text(INTERNATIONAL, encoding="utf-8")
    rows = convert.convert(tmp_path)
    got = {(r["actor_id"], r["person"], r["role"], r["valid_from"], r["valid_to"], r["aliases"]) for r in rows}
    assert got == {
        # Yeltsin's spell is cut at the Soviet Union's end, and its Russian part left to aliases.csv, which
        # lists his presidency; "President Yeltsin" and "Yeltsin" are dropped
        ("SUN", "Boris Yeltsin", "government", "1991-07-10", "1991-12-25", "Boris Nikolayevich Yeltsin"),
        # an open spell ends when the files were made; the legislator's spell is no state office
        ("USA", "John Quincy Example", "government", "2013-02-01", "2014-01-30", ""),
        ("AFG", "Abdul Ali", "government", "2003-01-01", "2004-09-30", ""),
        ("NATO", "Nobody Particular", "official", "1999-10-14", "2003-12-17", ""),
    }


def test_the_converter_reads_dates_as_the_dictionaries_write_them():
    convert = _convert_module()
    snapshot = date(2014, 1, 30)
    assert convert.parse_spell("850103-130201", snapshot, 14) == (date(1985, 1, 3), date(2013, 2, 1))
    assert convert.parse_spell("> 140301", snapshot, 14) is None  # after the snapshot: not yet in office
    assert convert.parse_spell(">20121115", snapshot, 14) == (date(2012, 11, 15), snapshot)
    assert convert.parse_spell("<990830", snapshot, 14) is None
    assert convert.parse_spell("1920030320-20060520", snapshot, 14) is None
    assert convert.display("MANFRED_WÖRNER_") == "Manfred Wörner"
    assert convert.display("JOSE_ALENCAR_GOMES_DA_SILVA_") == "Jose Alencar Gomes da Silva"
    assert convert.display('RICHARD_"DICKIE"_BRADLEY') is None


def test_the_committed_phoenix_file_is_what_the_script_makes():
    reference = shared_path("reference", "petrarch2")
    convert = _convert_module()
    with open(DATA / "officeholders_phoenix.csv", encoding="utf-8", newline="") as fh:
        committed = list(csv.DictReader(fh))
    assert convert.convert(reference) == committed
