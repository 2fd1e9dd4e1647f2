"""The GDELT reader and mapping, checked against the raw sample files read with plain Python."""
from __future__ import annotations

import csv
import gzip
import json
import shutil
import zipfile
from collections import Counter

import pytest

from pluripolar.datasets import gdelt
from pluripolar.errors import InvalidInput, LayoutMismatch
from pluripolar.model import Source
from tests.conftest import shared_path

V2 = ("datasets", "gdelt", "20191024143000.export.CSV")
V1 = ("datasets", "gdelt", "gdelt1_events_sample_20160728.tsv")
# The CAMEO codes in these samples that are regions, not states (read off the files by hand).
REGIONS = {"AFR", "EUR", "SAF", "SEA", "MEA", "WST"}
# PLOVER 2.0 manual, "PLOVER equivalents to CAMEO cue categories" (08 split at 084).
MANUAL = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "09": "ACCUSE",
          "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
          "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT",
          "20": "ASSAULT"}


def raw_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def interstate(rows):
    """Raw rows whose two actors are distinct states: (event id, actor1, actor2, code, row)."""
    for r in rows:
        a1, a2 = r[7], r[17]
        if a1 and a2 and a1 != a2 and a1 not in REGIONS and a2 not in REGIONS:
            yield int(r[0]), a1, a2, r[26], r


def relations_of(parts):
    table = gdelt.read(shared_path(*parts))
    rel, ev = gdelt.to_relations(table, Source(id="s", kind="dataset", name="gdelt", version="t"))
    return table, rel.to_pylist(), ev.to_pylist()


@pytest.mark.shared
def test_gdelt_read_tells_layouts_apart_and_types_columns():
    v2 = gdelt.read(shared_path(*V2))
    v1 = gdelt.read(shared_path(*V1))
    assert v2.num_rows == len(raw_rows(shared_path(*V2))) == 2111
    assert v2.column_names[1:] == list(gdelt.EXPECTED["2.0"]) and len(gdelt.EXPECTED["2.0"]) == 61
    assert v1.num_rows == 710 and v1.column_names[1:] == list(gdelt.EXPECTED["1.0"])
    assert str(v2.schema.field("GLOBALEVENTID").type) == "int64"
    assert str(v2.schema.field("GoldsteinScale").type) == "double"
    assert v2.column("EventCode").to_pylist()[:3] == [r[26] for r in raw_rows(shared_path(*V2))[:3]]
    # 1.0 back-file rows have 57 fields: no SOURCEURL
    short = sum(1 for r in raw_rows(shared_path(*V1)) if len(r) == 57)
    assert short == 201 and v1.column("SOURCEURL").null_count == short


@pytest.mark.shared
def test_gdelt_read_accepts_gz_and_single_member_zip(tmp_path):
    src = shared_path(*V2)
    gz, zp = tmp_path / "e.export.CSV.gz", tmp_path / "e.export.CSV.zip"
    with open(src, "rb") as f, gzip.open(gz, "wb") as out:
        shutil.copyfileobj(f, out)
    with zipfile.ZipFile(zp, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(src, src.name)
    plain = gdelt.read(src)
    assert gdelt.read(gz).equals(plain) and gdelt.read(zp).equals(plain)


@pytest.mark.shared
def test_gdelt_read_refuses_bad_files_in_one_line(tmp_path):
    wrong = tmp_path / "wrong.tsv"
    wrong.write_text("a\tb\tc\n1\t2\t3\n")
    with pytest.raises(LayoutMismatch) as e:
        gdelt.read(wrong)
    assert "61" in str(e.value) and "GLOBALEVENTID" in str(e.value) and "\n" not in str(e.value)
    broken = tmp_path / "cut.export.CSV.zip"
    data = (tmp_path / "ok.zip")
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(shared_path(*V2), "x.CSV")
    broken.write_bytes(data.read_bytes()[: data.stat().st_size // 2])
    with pytest.raises(InvalidInput) as e:
        gdelt.read(broken)
    assert "zip" in str(e.value) and "\n" not in str(e.value)


@pytest.mark.shared
def test_gdelt_relations_follow_event_codes_and_drop_regions():
    table, rels, ev = relations_of(V2)
    raw = {eid: (a1, a2, code) for eid, a1, a2, code, _ in interstate(raw_rows(shared_path(*V2)))}
    expected = {"042": "visit", "043": "visit", "057": "agreement", "051": "support", "111": "criticism",
                "0874": "military_presence", "163": "sanction", "161": "diplomatic_relations"}
    by_event = {json.loads(r["attrs"])["event_id"]: r for r in rels}
    want = {eid for eid, (_, _, code) in raw.items() if code in expected}
    assert want <= set(by_event)
    for eid in want:
        a1, a2, code = raw[eid]
        r = by_event[eid]
        assert r["predicate"] == expected[code]
        if code == "043":                       # the host is Actor1; the visitor is the subject
            assert (r["subject"], r["object"]) == (a2, a1)
        elif r["predicate"] in ("agreement", "diplomatic_relations"):
            assert (r["subject"], r["object"]) == tuple(sorted((a1, a2)))
        else:
            assert (r["subject"], r["object"]) == (a1, a2)
    assert Counter(r["predicate"] for r in rels)["visit"] == sum(
        1 for a1, a2, code in raw.values() if code in ("042", "043"))
    assert not {r["subject"] for r in rels} & REGIONS and not {r["object"] for r in rels} & REGIONS
    assert len(ev) == len(rels) and all(e["quote"] is None and e["row_number"] >= 1 for e in ev)
    first = next(r for r in rels if json.loads(r["attrs"])["event_id"] in want)
    attrs = json.loads(first["attrs"])
    raw_row = next(row for eid, *_, row in interstate(raw_rows(shared_path(*V2))) if eid == attrs["event_id"])
    assert first["date"] == f"{raw_row[1][:4]}-{raw_row[1][4:6]}-{raw_row[1][6:]}"
    assert attrs["url"] == raw_row[60] and attrs["goldstein"] == float(raw_row[30])


@pytest.mark.shared
def test_gdelt_mapping_gives_plover_types_of_the_manual(tmp_path):
    first = next(r for r in raw_rows(shared_path(*V1)) if len(r) == 58)
    lines = [list(first) for _ in range(3)]
    for r, (code, a1, a2) in zip(lines, [("0874", "ROM", "USA"), ("082", "USA", "RUS"), ("2042", "CHN", "IND")]):
        r[26], r[7], r[17] = code, a1, a2
    f = tmp_path / "events.tsv"
    f.write_text("".join("\t".join(r) + "\n" for r in lines))
    import duckdb

    con = duckdb.connect()
    con.register("t", gdelt.read(f))
    con.execute(f"CREATE VIEW ev AS SELECT {gdelt.projection(gdelt.LAYOUT_V1, '_row')} FROM t")
    got = con.execute(f"SELECT cameo, subject, object, plover, plover_mode FROM ({gdelt.events_sql('ev')})"
                      " ORDER BY cameo").fetchall()
    assert got == sorted([("0874", "ROU", "USA", "RETREAT", "withdraw"), ("082", "USA", "RUS", "CONCEDE", None),
                          ("2042", "CHN", "IND", "ASSAULT", "unconventional")])
    v2 = duckdb.connect()
    v2.register("t", gdelt.read(shared_path(*V2)))
    v2.execute(f"CREATE VIEW ev AS SELECT {gdelt.projection(gdelt.LAYOUT_V2, '_row')} FROM t")
    for cameo, plover in v2.execute(f"SELECT cameo, plover FROM ({gdelt.events_sql('ev')})").fetchall():
        if cameo[:2] in ("01", "02"):
            assert plover is None
        elif cameo[:2] == "08":
            assert plover == ("CONCEDE" if cameo[:3] <= "083" else "RETREAT")
        else:
            assert plover == MANUAL[cameo[:2]]


@pytest.mark.shared
def test_gdelt_loads_into_the_store_once(store):
    from pluripolar import datasets

    _, rels, _ = relations_of(V2)
    first = datasets.load("gdelt", shared_path(*V2), store)
    assert first.version == "2.0" and first.rows_read == 2111 and first.relations == len(rels)
    assert datasets.load("gdelt", shared_path(*V2), store).already_loaded
    got = store.con.execute("SELECT count(*), count(DISTINCT r.id) FROM relations r "
                            "JOIN evidence e ON e.relation_id = r.id").fetchone()
    assert got == (len(rels), len(rels))


def test_gdelt_relations_keep_the_events_own_codes(tmp_path):
    from pluripolar.datasets.loader import load
    from pluripolar.store import Store

    path = shared_path("datasets", "gdelt", "20191024143000.export.CSV")
    with Store(tmp_path / "g.duckdb") as store:
        load("gdelt", path, store)
        rows = store.con.execute(
            "SELECT cameo, plover, json_extract_string(attrs, '$.event_code') FROM relations").fetchall()
    assert rows
    assert all(cameo == code for cameo, _, code in rows)
    assert {p for _, p, _ in rows} >= {"CONSULT"}
