import duckdb
import pytest

from pluripolar.errors import StoreError
from pluripolar.model import Evidence, Relation, Source
from pluripolar.store import Store
from pluripolar.store import queries
from pluripolar.store.db import migrations
from pluripolar.store.rows import content_hash, date_bounds

TEXT = "Venezuela opened an embassy in Pyongyang. North Korea and Venezuela signed an energy agreement."


def _doc(text=TEXT, name="t1"):
    return Source(id=content_hash(text), kind="document", name=name, text=text, date="2020-10-30")


def _rel(predicate="embassy", subject="VEN", obj="PRK", start=0, end=40, **kw):
    return Relation(subject=subject, predicate=predicate, object=obj,
                    evidence=(Evidence("", TEXT[start:end], start, end),), **kw)


def test_store_add_document_writes_source_relations_and_evidence(store):
    n = store.add_document(_doc(), [_rel(attrs={"status": "opened"}),
                                     _rel("agreement", "PRK", "VEN", 42, 96, attrs={"sectors": ["energy"]})],
                           extractor="test", extractor_version="1")
    assert n == 2
    rows = queries.relations(store)
    assert {(r["subject"], r["predicate"], r["object"]) for r in rows} == {
        ("VEN", "embassy", "PRK"), ("PRK", "agreement", "VEN")}
    emb = next(r for r in rows if r["predicate"] == "embassy")
    assert emb["attrs"] == {"status": "opened"}
    assert emb["plover"] == "SUPPORT" and emb["cameo"] == "050"
    assert emb["evidence"][0]["quote"] == "Venezuela opened an embassy in Pyongyang"


def test_store_same_content_twice_adds_nothing(store):
    assert store.add_document(_doc(), [_rel()], extractor="t", extractor_version="1") == 1
    assert store.add_document(_doc(name="other-name"), [_rel(), _rel("visit")],
                              extractor="t", extractor_version="1") is None
    assert queries.count_relations(store) == 1
    assert len(queries.sources(store)) == 1


def test_store_quotes_are_slices_of_the_stored_text(store):
    store.add_document(_doc(), [_rel(), _rel("agreement", "PRK", "VEN", 42, 96)], extractor="t",
                       extractor_version="1")
    text = queries.source_text(store, "t1")["text"]
    for r in queries.relations(store):
        for e in r["evidence"]:
            assert text[e["char_start"]:e["char_end"]] == e["quote"]


def test_store_failed_write_leaves_nothing(store):
    bad = Relation(subject="VEN", predicate="not_a_predicate", object="PRK")
    with pytest.raises(Exception):
        store.add_document(_doc(), [_rel(), bad], extractor="t", extractor_version="1")
    assert queries.count_relations(store) == 0
    assert queries.sources(store) == []
    assert store.con.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0


def test_store_error_inside_transaction_rolls_back_every_table(store):
    with pytest.raises(RuntimeError):
        with store.transaction() as con:
            con.execute("INSERT INTO sources (id, kind, name) VALUES ('x', 'document', 'x')")
            raise RuntimeError("boom")
    assert queries.sources(store) == []


def test_store_migrations_are_recorded_and_not_reapplied(tmp_path):
    path = tmp_path / "m.duckdb"
    with Store(path) as s:
        first = s.schema_version()
        assert first == max(name for name, _ in migrations())
    with Store(path) as s:
        assert s.migrate() == []
        assert s.schema_version() == first
    con = duckdb.connect(str(path))
    names = [r[0] for r in con.execute("SELECT name FROM schema_migrations ORDER BY name").fetchall()]
    con.close()
    assert names == sorted(set(names))


def test_store_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "absent.duckdb", must_exist=True)


def test_store_date_filters_use_precision_bounds(store):
    rels = [_rel("visit", date="2016"), _rel("agreement", "PRK", "VEN", 42, 96, date="2020-10")]
    store.add_document(_doc(), rels, extractor="t", extractor_version="1")
    since = queries.relations(store, queries.RelationFilter(since="2016-06-01", until="2016-12-31"))
    assert [r["predicate"] for r in since] == ["visit"]
    assert [r["predicate"] for r in queries.relations(store, queries.RelationFilter(since="2020-11-01"))] == []


def test_store_date_bounds():
    assert [str(d) for d in date_bounds("2024-02")] == ["2024-02-01", "2024-02-29"]
    assert [str(d) for d in date_bounds("1974")] == ["1974-01-01", "1974-12-31"]
    assert date_bounds(None) == (None, None)


def test_store_fill_writes_inside_the_transaction_and_rolls_back(store):
    src = Source(id="d" * 64, kind="dataset", name="demo", dataset="demo", version="1")

    def fill(con):
        con.execute("INSERT INTO relations (id, source_id, subject, predicate, object) "
                    "VALUES ('r1', ?, 'USA', 'embassy', 'CUB')", [src.id])
        return 1

    def broken(con):
        fill(con)
        con.execute("INSERT INTO no_such_table VALUES (1)")

    with pytest.raises(StoreError):
        store.write_source(src, fill=broken)
    assert queries.count_relations(store) == 0 and queries.sources(store) == []
    assert store.write_source(src, fill=fill) == 1
    assert store.write_source(src, fill=fill) is None
    assert queries.count_relations(store) == 1
    assert queries.sources(store)[0]["n_relations"] == 1
