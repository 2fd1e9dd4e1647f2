"""Dataset files: layout checks, compression, truncated archives, the registry and the CLI."""
from __future__ import annotations

import gzip
import shutil
import zipfile

import pytest
from click.testing import CliRunner

from pluripolar import datasets
from pluripolar.cli import main
from pluripolar.errors import InvalidInput, LayoutMismatch, UnknownDataset

from .conftest import shared_path


@pytest.fixture
def majors():
    return shared_path("datasets", "cow_state_system", "majors2016_from_peacesciencer.csv")


def _counts(store) -> tuple[int, ...]:
    return store.con.execute("SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM relations), "
                             "(SELECT count(*) FROM major_powers)").fetchone()


def test_datasets_other_layout_is_refused(store):
    nmc = shared_path("datasets", "cow_nmc", "NMC-60-abridged.csv")
    with pytest.raises(LayoutMismatch, match=r"NMC-60-abridged.csv: not in the layout of atop; expected columns: "
                                             r"ccode1, ccode2, year, atop_defense.*found: stateabb, ccode"):
        datasets.load("atop", nmc, store)
    assert _counts(store) == (0, 0, 0)


def test_datasets_gzip_and_zip_load_like_plain(store, majors, tmp_path):
    gz = tmp_path / "majors.csv.gz"
    with open(majors, "rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    zp = tmp_path / "majors.zip"
    with zipfile.ZipFile(zp, "w") as z:
        z.write(majors, "majors2016.csv")
    plain = datasets.read("cow-majors", majors)
    assert datasets.read("cow-majors", gz).equals(plain)
    assert datasets.read("cow-majors", zp).equals(plain)
    assert plain.num_rows == sum(1 for _ in open(majors)) - 1


def test_datasets_truncated_archives_store_nothing(store, tmp_path):
    big = shared_path("datasets", "cow_nmc", "NMC-60-abridged.csv")
    gz, zp = tmp_path / "nmc.csv.gz", tmp_path / "nmc.zip"
    gz.write_bytes(gzip.compress(big.read_bytes())[:20000])
    with zipfile.ZipFile(zp, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(big, "NMC-60-abridged.csv")
    zp.write_bytes(zp.read_bytes()[:20000])
    for path in (gz, zp):
        with pytest.raises(InvalidInput, match=str(path.name)):
            datasets.load("cow-nmc", path, store)
    assert store.con.execute("SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM capabilities)"
                             ).fetchone() == (0, 0)


def test_datasets_registry_names_every_issue_dataset():
    wanted = {"cow-states", "cow-majors", "cow-diplomatic-exchange", "cow-nmc", "atop", "us-missions", "ties",
              "ofac-sdn", "unga-votes", "unga-ideal-points", "us-troops", "us-bases", "overseas-bases", "mme",
              "gdelt", "gdp-population"}
    assert wanted <= set(datasets.names())
    with pytest.raises(UnknownDataset, match="expected one of: cow-states"):
        datasets.get("cow")
    for ds in datasets.available():
        assert ds.url.startswith("http") and ds.citation and ds.licence and ds.layouts


def test_datasets_cli_load_twice_and_bad_file(tmp_path, majors):
    db = str(tmp_path / "cli.duckdb")
    runner = CliRunner()
    first = runner.invoke(main, ["data", "load", "cow-majors", "--file", str(majors), "--db", db])
    assert first.exit_code == 0, first.output
    assert "14 rows read" in first.stderr and "major_powers 14" in first.stderr
    again = runner.invoke(main, ["data", "load", "cow-majors", "--file", str(majors), "--db", db])
    assert again.exit_code == 0 and "already loaded" in again.stderr
    bad = runner.invoke(main, ["data", "load", "cow-states", "--file", str(majors), "--db", db])
    assert bad.exit_code == 1 and "expected columns: stateabb, ccode, statenme" in bad.stderr
    assert "Traceback" not in bad.output
    listing = runner.invoke(main, ["data", "list", "--format", "jsonl"])
    assert listing.exit_code == 0 and "correlatesofwar.org" in listing.output


def test_datasets_fetch_offline_is_one_clear_line(monkeypatch, tmp_path):
    import urllib.request

    def offline(*a, **k):
        raise urllib.error.URLError("Name or service not known")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    res = CliRunner().invoke(main, ["data", "fetch", "ofac-sdn", "--dest", str(tmp_path)])
    assert res.exit_code == 1 and "cannot reach www.treasury.gov: offline?" in res.stderr
    assert list(tmp_path.iterdir()) == []
