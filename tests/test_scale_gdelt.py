"""`scale gdelt` on DuckDB: the dyad-month table against sums done by hand over the raw samples."""
from __future__ import annotations

import gzip
import shutil
import zipfile
from collections import defaultdict
from statistics import fmean

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pluripolar.cli import main
from pluripolar.scale import gdelt_dyad_month
from tests.conftest import shared_path
from tests.test_gdelt import REGIONS, V1, V2, interstate, raw_rows


def table(folder) -> list[dict]:
    rows = pq.read_table(folder).to_pylist()
    return sorted(rows, key=lambda r: (r["month"], r["subject"], r["object"], r["plover"] or ""))


@pytest.mark.shared
def test_scale_gdelt_duckdb_sums_events_per_dyad_month(tmp_path):
    summary = gdelt_dyad_month([str(shared_path(*V2)), str(shared_path(*V1))], tmp_path, engine="duckdb")
    out = table(tmp_path / "dyad_month")
    assert summary.files == 2 and summary.dyad_months == len(out)
    raw = [*interstate(raw_rows(shared_path(*V2))), *interstate(raw_rows(shared_path(*V1)))]
    assert sum(r["events"] for r in out) == len(raw) == summary.events
    assert not {r["subject"] for r in out} & REGIONS
    # Norway → Russia consultations in October 2019: 04x events, hosts (043) counted for the visitor
    cell = defaultdict(list)
    for _, a1, a2, code, row in raw:
        if code.startswith("04") and row[1].startswith("201910"):
            cell[(a2, a1) if code == "043" else (a1, a2)].append(row)
    expect = cell[("NOR", "RUS")]
    got = next(r for r in out if (r["month"], r["subject"], r["object"], r["plover"]) ==
               ("2019-10", "NOR", "RUS", "CONSULT"))
    assert got["events"] == len(expect) > 1
    assert got["mentions"] == sum(int(r[31]) for r in expect)
    assert got["articles"] == sum(int(r[33]) for r in expect)
    assert got["goldstein_mean"] == pytest.approx(fmean(float(r[30]) for r in expect), abs=1e-9)
    assert got["tone_mean"] == pytest.approx(fmean(float(r[34]) for r in expect), abs=1e-9)


@pytest.mark.shared
def test_scale_gdelt_reads_zip_and_gz_like_plain(tmp_path):
    src = shared_path(*V2)
    inputs = tmp_path / "in"
    inputs.mkdir()
    with open(src, "rb") as f, gzip.open(inputs / "a.export.CSV.gz", "wb") as out:
        shutil.copyfileobj(f, out)
    with zipfile.ZipFile(inputs / "b.export.CSV.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.write(src, "b.export.CSV")
    gdelt_dyad_month(str(src), tmp_path / "plain")
    gdelt_dyad_month(str(inputs / "*"), tmp_path / "packed")
    plain, packed = table(tmp_path / "plain" / "dyad_month"), table(tmp_path / "packed" / "dyad_month")
    assert [r["events"] * 2 for r in plain] == [r["events"] for r in packed]
    assert [r["tone_mean"] for r in plain] == pytest.approx([r["tone_mean"] for r in packed], abs=1e-9)


@pytest.mark.shared
def test_scale_gdelt_cli_refuses_a_foreign_file_and_writes_nothing(tmp_path):
    bad = tmp_path / "votes.csv"
    bad.write_text("rcid,country,vote\n1,USA,yes\n")
    runner = CliRunner()
    res = runner.invoke(main, ["scale", "gdelt", "--input", str(bad), "--out", str(tmp_path / "o")])
    assert res.exit_code == 1 and "61 columns" in res.output and len(res.output.strip().splitlines()) == 1
    assert not (tmp_path / "o" / "dyad_month").exists()
    ok = runner.invoke(main, ["scale", "gdelt", "--input", str(shared_path(*V2)), "--out", str(tmp_path / "o")])
    assert ok.exit_code == 0 and '"engine": "duckdb"' in ok.output
    assert pq.read_table(tmp_path / "o" / "dyad_month").num_rows > 100
