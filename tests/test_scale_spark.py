"""Spark in local mode gives the same dyad-month table and the same extracted relations as local runs."""
from __future__ import annotations

import importlib.util
import json
import os

import pyarrow.parquet as pq
import pytest

from pluripolar import api
from pluripolar.cli.options import to_json
from pluripolar.errors import InvalidInput
from pluripolar.scale import extract_spark, gdelt_dyad_month
from pluripolar.sources import read_jsonl
from tests.conftest import needed, shared_path
from tests.test_gdelt import V1, V2

if importlib.util.find_spec("pyspark") is None:
    needed("the Spark engine needs pyspark (pip install 'pyspark>=3.5,<4.1')")
pytestmark = [pytest.mark.slow, pytest.mark.shared]

KEY = ("month", "subject", "object", "plover")
MEANS = ("goldstein_mean", "tone_mean")


@pytest.fixture(scope="module")
def spark():
    """One local Spark session for the module; the jobs under test reuse it."""
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pluripolar.scale.spark import session

    with session("local[2]", shuffle_partitions=2) as s:
        yield s


def rows(folder) -> list[dict]:
    return sorted(pq.read_table(folder).to_pylist(), key=lambda r: tuple(r[k] or "" for k in KEY))


def test_scale_spark_gdelt_equals_duckdb(spark, tmp_path):
    inputs = [str(shared_path(*V2)), str(shared_path(*V1))]
    gdelt_dyad_month(inputs, tmp_path / "duckdb", engine="duckdb")
    gdelt_dyad_month(inputs, tmp_path / "spark", engine="spark")
    duck, spk = rows(tmp_path / "duckdb" / "dyad_month"), rows(tmp_path / "spark" / "dyad_month")
    assert len(duck) == len(spk) > 300
    assert pq.read_schema(next((tmp_path / "spark" / "dyad_month").glob("*.parquet"))).names == list(duck[0])
    for d, s in zip(duck, spk):
        assert {k: v for k, v in d.items() if k not in MEANS} == {k: v for k, v in s.items() if k not in MEANS}
        for m in MEANS:
            assert d[m] == pytest.approx(s[m], abs=1e-9)


def test_scale_spark_event_series_equals_duckdb(spark, tmp_path):
    inputs = [str(shared_path(*V2)), str(shared_path(*V1))]
    gdelt_dyad_month(inputs, tmp_path / "duckdb", engine="duckdb", by="day")
    gdelt_dyad_month(inputs, tmp_path / "spark", engine="spark", by="day")
    key = ("period", "subject", "object", "plover")

    def series(folder):
        return sorted(pq.read_table(folder).to_pylist(), key=lambda r: tuple(r[k] or "" for k in key))

    duck, spk = series(tmp_path / "duckdb" / "event_series"), series(tmp_path / "spark" / "event_series")
    assert len(duck) == len(spk) > 100 and {len(r["period"]) for r in duck} == {10}
    for d, s in zip(duck, spk):
        assert {k: v for k, v in d.items() if k != "intensity_mean"} == {
            k: (pytest.approx(v) if k == "intensity_sum" else v) for k, v in s.items() if k != "intensity_mean"}


DOCS = ("d01", "d03", "d04", "d05", "d06", "d08")


def test_scale_spark_extract_equals_local_extract(spark, tmp_path):
    meta = {m["doc"]: m for m in map(json.loads, shared_path("corpus", "docs.jsonl").read_text().splitlines())}
    docs = tmp_path / "docs.jsonl"
    with docs.open("w") as f:
        for d in DOCS:
            text = shared_path("corpus", "docs", f"{d}.txt").read_text(encoding="utf-8")
            f.write(json.dumps({"doc": d, "text": text, "date": meta[d]["date"]}) + "\n")
    local = [to_json(api.relation_record(r)) for _, rels in api.extract(read_jsonl(docs)) for r in rels]
    summary = extract_spark(docs, tmp_path / "out", partitions=3)
    parts = sorted((tmp_path / "out" / "relations").glob("part-*"))
    distributed = [line for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    assert summary.documents == len(DOCS) and summary.relations == len(local) > 10
    assert distributed == local


def test_scale_spark_extract_stops_on_a_bad_line_and_writes_nothing(spark, tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"doc": "a", "text": "Japan and India signed a trade agreement."}) + "\n"
                    + '{"doc": "b", "text": \n')
    with pytest.raises(InvalidInput) as e:
        extract_spark(docs, tmp_path / "out")
    assert "docs.jsonl:2" in str(e.value) and "not JSON" in str(e.value)
    assert not (tmp_path / "out" / "relations").exists()
    assert extract_spark(docs, tmp_path / "out", skip_bad=True).bad_lines == 1


def test_scale_spark_extract_reads_each_document_in_its_language(spark, tmp_path):
    """A Spanish document goes to the Spanish pipeline on Spark as it does locally; `language` (--lang)
    overrides detection, and an unknown one is refused before Spark starts work."""
    docs = tmp_path / "docs.jsonl"
    with docs.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"doc": "es", "date": "2024-05-01", "text": (
            "El Gobierno de Venezuela expulsó este lunes al embajador de España, después de que el ministro "
            "de Exteriores español criticara las elecciones presidenciales del país.")}) + "\n")
        f.write(json.dumps({"doc": "en", "date": "2024-05-01",
                            "text": "Japan and India signed a trade agreement on Monday in Tokyo."}) + "\n")
    local = [to_json(api.relation_record(r)) for _, rels in api.extract(api.read_documents([], str(docs)))
             for r in rels]
    extract_spark(docs, tmp_path / "out", partitions=2)
    distributed = [json.loads(line) for p in sorted((tmp_path / "out" / "relations").glob("part-*"))
                   for line in p.read_text(encoding="utf-8").splitlines()]
    assert [to_json(r) for r in distributed] == local
    assert ("es", "VEN", "expulsion", "ESP") in {(r["doc"], r["subject"], r["predicate"], r["object"])
                                                 for r in distributed}
    # read as English, the Spanish document yields no expulsion: --lang reaches the workers
    extract_spark(docs, tmp_path / "as_en", language="en")
    as_en = [json.loads(line) for p in (tmp_path / "as_en" / "relations").glob("part-*")
             for line in p.read_text(encoding="utf-8").splitlines()]
    assert not any(r["doc"] == "es" and r["predicate"] == "expulsion" for r in as_en)
    with pytest.raises(InvalidInput, match="no extraction for language 'xx'"):
        extract_spark(docs, tmp_path / "bad", language="xx")
    assert not (tmp_path / "bad").exists()
