"""The actor knowledge base: data files, name resolution at a date, and the COW ↔ ISO3 crosswalk."""
from __future__ import annotations

import csv
import json
import re
import shutil

import pytest

from pluripolar.actors.kb import COLUMNS, DATA, KINDS, ActorKB, kb, normalize
from pluripolar.errors import InvalidInput, LayoutMismatch, UnknownActor

from .conftest import shared_path

ALIAS_TYPES = {"name", "official", "short", "abbreviation", "demonym", "capital", "metonym", "leader",
               "official_title", "ministry", "media", "military", "former_name"}
M49_REGIONS = {"Africa", "Americas", "Asia", "Europe", "Oceania"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")   # a day, or a month or year where the day is unknown


def rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def resolved(name: str, date: str | None = None) -> str:
    return kb().resolve(name, date).actor.id


@pytest.mark.parametrize("name, expected", [
    ("Democratic People's Republic of Korea", "PRK"), ("Democratic People’s Republic of Korea", "PRK"),
    ("Bolivarian Republic of Venezuela", "VEN"), ("Russian Federation", "RUS"), ("Republic of Rwanda", "RWA"),
    ("Republic of Côte d'Ivoire", "CIV"), ("Republic of Cote D’Ivoire", "CIV"), ("Islamic Republic of Iran", "IRN"),
])
def test_actors_official_names(name, expected):
    assert resolved(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("DPRK", "PRK"), ("ROK", "KOR"), ("US", "USA"), ("U.S.", "USA"), ("the United States", "USA"),
    ("USA", "USA"), ("America", "USA"), ("UK", "GBR"), ("Britain", "GBR"), ("UAE", "ARE"), ("the Emirates", "ARE"),
    ("PRC", "CHN"), ("DRC", "COD"), ("Czech Republic", "CZE"), ("Czechia", "CZE"), ("Turkey", "TUR"),
    ("Türkiye", "TUR"), ("Ivory Coast", "CIV"), ("Burma", "MMR"), ("the Vatican", "VAT"),
    ("North Korea", "PRK"), ("South Korea", "KOR"),
])
def test_actors_short_forms_and_abbreviations(name, expected):
    assert resolved(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("Iranian", "IRN"), ("Iranians", "IRN"), ("North Korean", "PRK"), ("South Koreans", "KOR"), ("Emirati", "ARE"),
    ("Saudi", "SAU"), ("Turkish", "TUR"), ("Chinese", "CHN"), ("American", "USA"), ("British", "GBR"),
    ("Palestinians", "PSE"), ("Israeli", "ISR"), ("Nigerien", "NER"), ("Nigerian", "NGA"), ("Venezuelan", "VEN"),
])
def test_actors_demonyms(name, expected):
    assert resolved(name) == expected


@pytest.mark.parametrize("name", ["Korean", "Koreans", "Congolese", "Congo"])
def test_actors_ambiguous_names_are_not_aliases(name):
    with pytest.raises(UnknownActor):
        kb().resolve(name)


@pytest.mark.parametrize("name, expected", [
    ("Pyongyang", "PRK"), ("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("Washington", "USA"), ("Brussels", "EU"),
    ("Caracas", "VEN"), ("KCNA", "PRK"), ("Korean Central News Agency", "PRK"), ("Seoul", "KOR"), ("Havana", "CUB"),
    ("Tehran", "IRN"), ("Abu Dhabi", "ARE"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Élysée", "FRA"), ("Elysee", "FRA"),
    ("the White House", "USA"), ("Downing Street", "GBR"), ("Zhongnanhai", "CHN"), ("Pentagon", "USA"),
    ("State Department", "USA"), ("Xinhua", "CHN"), ("TASS", "RUS"), ("IRGC", "IRN"), ("IDF", "ISR"),
    ("People's Liberation Army", "CHN"), ("Tatmadaw", "MMR"), ("Bundeswehr", "DEU"), ("SPA", "SAU"), ("WAM", "ARE"),
])
def test_actors_capitals_metonyms_ministries_and_media(name, expected):
    assert resolved(name) == expected


def test_actors_capital_reason_is_one_sentence():
    res = kb().resolve("Pyongyang")
    assert res.alias_type == "capital" and res.matched == "Pyongyang"
    assert res.reason == "'Pyongyang' is the capital of North Korea (PRK), used as a metonym for its government"


@pytest.mark.parametrize("name, expected", [
    ("Putin", "RUS"), ("Vladimir Putin", "RUS"), ("Kim Jong Un", "PRK"), ("Kim Jong-un", "PRK"), ("Maduro", "VEN"),
    ("Nicolás Maduro", "VEN"), ("Nicolas Maduro", "VEN"), ("Lula", "BRA"), ("Luiz Inácio Lula da Silva", "BRA"),
    ("Xi Jinping", "CHN"), ("Xi", "CHN"), ("Erdoğan", "TUR"), ("Erdogan", "TUR"), ("Davutoglu", "TUR"),
    ("Wang Yi", "CHN"), ("Lavrov", "RUS"), ("Ahmed al-Sharaa", "SYR"), ("Min Aung Hlaing", "MMR"),
    ("Lamamra", "DZA"), ("Fiala", "CZE"), ("Droupadi Murmu", "IND"), ("João Lourenço", "AGO"),
    ("Mirziyoyev", "UZB"), ("Tokayev", "KAZ"), ("Guterres", "UN"), ("von der Leyen", "EU"), ("Grossi", "IAEA"),
])
def test_actors_leaders(name, expected):
    assert resolved(name) == expected


def test_actors_leader_out_of_office_still_matches_and_says_so():
    res = kb().resolve("Trump", "2022-06-01")
    assert res.actor.id == "USA"
    assert "was a leader" in res.reason and "until 2021-01-20" in res.reason and "2022-06-01" in res.reason
    assert "was" not in kb().resolve("Trump", "2025-06-01").reason


def test_actors_date_picks_the_actor_an_official_served_then():
    assert resolved("Charles Michel", "2016") == "BEL"
    assert resolved("Charles Michel", "2021-03") == "EU"
    assert resolved("Jolani", "2020") == "org:hts"
    assert resolved("Jolani", "2025") == "SYR"
    assert [c.actor.id for c in kb().candidates("Moscow")] == ["RUS", "SUN"]
    assert resolved("Moscow", "1980") == "SUN" and resolved("Moscow", 2000) == "RUS"
    assert resolved("Prague", "1980-05-01") == "CSK" and resolved("Prague", "2000") == "CZE"


def test_actors_no_date_picks_the_most_recent_sense():
    assert resolved("Charles Michel", None) == "EU"
    assert resolved("Jolani", None) == "SYR"
    assert resolved("Moscow", None) == "RUS"


@pytest.mark.parametrize("name, date, expected", [
    ("USSR", None, "SUN"), ("Soviet Union", None, "SUN"), ("East Germany", None, "DDR"), ("GDR", None, "DDR"),
    ("Czechoslovakia", None, "CSK"), ("Yugoslavia", None, "YUG"), ("South Vietnam", None, "RVN"),
    ("South Yemen", None, "YMD"), ("Serbia and Montenegro", None, "SCG"), ("Zaire", "1990", "COD"),
    ("Swaziland", None, "SWZ"), ("Ceylon", None, "LKA"), ("Germany", "1970", "DEU"), ("West Germany", "1970", "DEU"),
])
def test_actors_former_states_and_names(name, date, expected):
    assert resolved(name, date) == expected


def test_actors_former_name_out_of_use_says_when_it_held():
    res = kb().resolve("Zaire", "2010")
    assert res.actor.id == "COD" and res.alias_type == "former_name"
    assert "until 1997-05-17" in res.reason


@pytest.mark.parametrize("name, expected", [
    ("General Assembly", "UN"), ("UN General Assembly", "UN"), ("United Nations", "UN"), ("U.N.", "UN"),
    ("Security Council", "UNSC"), ("UN Security Council", "UNSC"), ("the European Union", "EU"), ("EU", "EU"),
    ("European Commission", "EU"), ("NATO", "NATO"), ("African Union", "AU"), ("ECOWAS", "ECOWAS"),
    ("BRICS", "BRICS"), ("International Big Cat Alliance", "IBCA"), ("International Criminal Court", "ICC"),
    ("Arab League", "LAS"), ("World Bank", "WB"), ("Shanghai Cooperation Organisation", "SCO"),
])
def test_actors_intergovernmental_organisations(name, expected):
    assert resolved(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("Hamas", "org:hamas"), ("Hezbollah", "org:hezbollah"), ("Houthis", "org:houthis"), ("Taliban", "org:taliban"),
    ("Muslim Brotherhood", "org:muslim-brotherhood"), ("Syrian rebel groups", "org:syrian-rebels"),
    ("Polisario Front", "org:polisario"), ("Corriente Revolucionaria Bolívar y Zamora", "org:crbz"),
])
def test_actors_non_state_organisations(name, expected):
    assert resolved(name) == expected


@pytest.mark.parametrize("lower, proper, actor", [
    ("us", "US", "USA"), ("chad", "Chad", "TCD"), ("turkey", "Turkey", "TUR"), ("jordan", "Jordan", "JOR"),
    ("who", "WHO", "WHO"), ("security council", "Security Council", "UNSC"), ("pentagon", "Pentagon", "USA"),
])
def test_actors_case_sensitive_aliases_need_their_case(lower, proper, actor):
    assert actor not in [c.actor.id for c in kb().candidates(lower)]
    assert resolved(proper) == actor


def test_actors_unknown_name_raises_with_a_suggestion():
    with pytest.raises(UnknownActor, match="Venezuela"):
        kb().resolve("Venezuella")
    with pytest.raises(UnknownActor, match="ISO3 code"):
        kb().resolve("qqqqqqqq")


def test_actors_fallback_ignores_accents_and_possessives():
    assert resolved("Russia's") == "RUS"
    res = kb().resolve("Palacio do Planalto")
    assert res.actor.id == "BRA" and "ignoring accents" in res.reason


def test_actors_ids_are_accepted():
    assert resolved("PRK") == "PRK" and resolved("org:hamas") == "org:hamas"
    base = kb()
    assert base.normalize_id("prk") == "PRK" and base.normalize_id("nato") == "NATO"
    assert base.normalize_id("ORG:HAMAS") == "org:hamas"
    assert base.normalize_id("North Korea") == "PRK" and base.normalize_id("Pyongyang") == "PRK"
    assert base.normalize_id("Atlantis") is None
    assert base.get("kor").name == "South Korea" and base.get("XYZ") is None


def test_actors_normalize_unifies_punctuation_case_and_articles():
    assert normalize("U.S.") == normalize("US") == "us"
    assert normalize("The  United\u00a0States") == "united states"
    assert normalize("Kim Jong-un") == normalize("Kim Jong Un")
    assert normalize("Côte d’Ivoire") == normalize("Côte d'Ivoire")
    assert normalize("the U.S.", case_sensitive=True) == "US"


def test_actors_regions_and_map_codes():
    base = kb()
    assert base.region("PRK") == "Asia" and base.region("VEN") == "Americas" and base.region("NATO") is None
    assert base.get("PRK").un_subregion == "Eastern Asia"
    assert base.iso_numeric("PRK") == 408 and base.iso_numeric("USA") == 840 and base.iso_numeric("EU") is None
    assert base.record("PRK")["iso_numeric"] == "408"


def test_actors_kinds_are_checked():
    assert {a.kind for a in kb().actors()} == set(KINDS)
    with pytest.raises(InvalidInput, match="former_state"):
        kb().actors("country")


def test_actors_counts_and_codes():
    states = rows("states.csv")
    assert sum(r["kind"] == "state" for r in states) == 193
    assert {r["id"] for r in states if r["kind"] == "observer"} == {"PSE", "VAT"}
    assert {"TWN", "XKX"} <= {r["id"] for r in states if r["kind"] == "partially_recognised"}
    assert {"SUN", "YUG", "CSK", "DDR", "YMD", "RVN"} <= {r["id"] for r in states if r["kind"] == "former_state"}
    assert all(r["un_region"] in M49_REGIONS and r["un_subregion"] for r in states)
    numeric = [r["iso_numeric"] for r in states if r["iso_numeric"]]
    assert len(numeric) == len(set(numeric)) and all(re.fullmatch(r"\d{3}", n) for n in numeric)
    assert all(r["capital"] for r in states if r["kind"] == "state")
    ids = [r["id"] for r in states] + [r["id"] for r in rows("organisations.csv")]
    assert len(ids) == len(set(ids))
    assert len(rows("organisations.csv")) >= 50


def test_actors_data_files_are_consistent():
    ids = {a.id for a in kb().actors()}
    for name, cols in COLUMNS.items():
        with open(DATA / name, encoding="utf-8") as fh:
            assert fh.readline().strip() == ",".join(cols), name
    keys = set()
    for r in rows("aliases.csv"):
        assert r["actor_id"] in ids and r["type"] in ALIAS_TYPES and r["case_sensitive"] in ("0", "1"), r
        for d in (r["valid_from"], r["valid_to"]):
            assert not d or ISO_DATE.match(d), r
        assert not (r["valid_from"] and r["valid_to"]) or r["valid_from"] <= r["valid_to"], r
        key = (r["actor_id"], r["alias"], r["valid_from"], r["valid_to"])
        assert key not in keys, r
        keys.add(key)
    assert len(keys) > 2500
    for r in rows("cow_iso3.csv"):
        assert r["iso3"] in ids, r
    for r in rows("states.csv") + rows("organisations.csv"):
        for d in (r.get("valid_from"), r.get("valid_to"), r.get("founded")):
            assert not d or ISO_DATE.match(d), r


def test_actors_aliases_include_names_without_duplicates():
    aliases = kb().aliases()
    assert len(aliases) == len(set(aliases))
    names = {(a.actor_id, a.text, a.type) for a in aliases}
    assert ("PRK", "North Korea", "name") in names
    assert ("PRK", "Democratic People's Republic of Korea", "official") in names
    assert ("EU", "European Union", "name") in names
    yugoslavia = next(a for a in aliases if a.actor_id == "YUG" and a.text == "Yugoslavia")
    assert (yugoslavia.valid_from, yugoslavia.valid_to) == ("1918-12-01", "2003-02-03")
    assert yugoslavia.valid_at("1980") and not yugoslavia.valid_at("2010-01-01")


@pytest.mark.parametrize("ccode, date, expected", [
    (255, 1930, "DEU"), (255, 1950, None), (255, 2000, "DEU"), (255, 1990, "DEU"), (260, 1980, "DEU"),
    (265, 1980, "DDR"), (365, 1980, "SUN"), (365, 1991, "SUN"), (365, "1991-12-26", "RUS"), (365, 2000, "RUS"),
    (365, 1900, "RUS"), (315, 1980, "CSK"), (316, 2000, "CZE"), (816, 1970, "VNM"), (816, 1980, "VNM"),
    (817, 1970, "RVN"), (345, 1980, "YUG"), (345, 2005, "SCG"), (345, 2010, "SRB"), (345, 1900, "SRB"),
    (347, 2010, "XKX"), (625, 2000, "SDN"), (626, 2015, "SSD"), (678, 1980, "YEM"), (679, 2000, "YEM"),
    (680, 1980, "YMD"), (2, "1816-01-01", "USA"), (713, 2000, "TWN"), (999, 2000, None),
])
def test_actors_cow_to_iso3(ccode, date, expected):
    assert kb().cow_to_iso3(ccode, date) == expected


@pytest.mark.parametrize("iso3, date, expected", [
    ("DEU", 1980, 260), ("DEU", 1930, 255), ("DEU", 2000, 255), ("deu", "1980-06-01", 260), ("DDR", 1980, 265),
    ("RUS", 2000, 365), ("SUN", 1980, 365), ("SRB", 2010, 345), ("YEM", 1980, 678), ("YEM", 2000, 679),
    ("CZE", 1980, None), ("VAT", 2000, None), ("KOR", 2000, 732),
])
def test_actors_iso3_to_cow(iso3, date, expected):
    assert kb().iso3_to_cow(iso3, date) == expected


def test_actors_bad_dates_are_rejected():
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        kb().resolve("Putin", "June 2020")
    with pytest.raises(InvalidInput):
        kb().cow_to_iso3(2, None)


def test_actors_load_checks_columns(tmp_path):
    for name in COLUMNS:
        shutil.copy(DATA / name, tmp_path / name)
    text = (tmp_path / "aliases.csv").read_text(encoding="utf-8")
    (tmp_path / "aliases.csv").write_text(text.replace("case_sensitive", "cs", 1), encoding="utf-8")
    with pytest.raises(LayoutMismatch, match="case_sensitive"):
        ActorKB.load(tmp_path)


@pytest.mark.shared
def test_actors_crosswalk_covers_every_cow_code():
    path = shared_path("datasets", "cow_state_system", "COW-country-codes.csv")
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    cow = {(int(r["CCode"]), r["StateAbb"]) for r in csv.DictReader(text.splitlines())}
    ours = {(int(r["cow_code"]), r["cow_abb"]) for r in rows("cow_iso3.csv")}
    assert cow == ours


@pytest.mark.shared
def test_actors_every_cow_membership_spell_maps_to_an_actor():
    path = shared_path("datasets", "cow_state_system", "states2016.csv")
    base, missing = kb(), []
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            for y, m, d in ((r["styear"], r["stmonth"], r["stday"]), (r["endyear"], r["endmonth"], r["endday"])):
                day = f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
                found = base.cow_to_iso3(int(r["ccode"]), day)
                if found is None or base.get(found) is None:
                    missing.append((r["ccode"], r["stateabb"], day, found))
    assert not missing, missing


@pytest.mark.shared
def test_actors_gold_corpus_ids_are_known():
    path = shared_path("corpus", "gold.jsonl")
    base = kb()
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            ids |= {rec["subject"], rec.get("object")} - {None}
    assert not [i for i in ids if base.get(i) is None]
