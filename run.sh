#!/usr/bin/env bash
# Set up (first run only does real work), then ingest documents into the default store and list
# what was found.   usage: ./run.sh FILE|URL... [--date YYYY-MM-DD] [--db PATH]
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh >&2
[ $# -gt 0 ] || { .venv/bin/pluripolar --help; exit 0; }
db=()
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [ "${args[$i]}" = "--db" ] && db=(--db "${args[$((i + 1))]}")
done
.venv/bin/pluripolar ingest "$@"
.venv/bin/pluripolar relations "${db[@]}" --format table
