#!/usr/bin/env bash
# Run every benchmark script in benchmarks/ that exists, each with a time limit, and keep their output.
# usage: benchmarks/run_all.sh [TIMEOUT_SECONDS]   (default 900 per script)
# Output: benchmarks/.out/<script>.log (not committed) and a machine summary on stdout; copy the
# figures into benchmarks/RESULTS.md.
set -uo pipefail
cd "$(dirname "$0")/.."
limit="${1:-900}"
py=.venv/bin/python
out=benchmarks/.out
mkdir -p "$out"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) memory, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
$py - <<'PY'
import platform, duckdb
try:
    import pyspark; spark = pyspark.__version__
except ImportError:
    spark = "not installed"
print(f"Python {platform.python_version()}, DuckDB {duckdb.__version__}, Spark (pyspark) {spark}")
PY
java -version 2>&1 | head -1

for name in bench_extract bench_workers bench_load bench_dossier bench_polarity bench_gdelt bench_web_load bench_web_pages; do
  script="benchmarks/$name.py"
  if [ ! -f "$script" ]; then
    echo "$name: pending (no script)"
    continue
  fi
  echo "== $name"
  start=$(date +%s)
  timeout "$limit" "$py" "$script" >"$out/$name.log" 2>"$out/$name.err"
  rc=$?
  echo "   exit $rc after $(( $(date +%s) - start )) s; output in $out/$name.log"
  grep -v '^{' "$out/$name.log" | sed 's/^/   /'
done
