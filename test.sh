#!/usr/bin/env bash
# Set up everything the tests need (Python packages, web assets, chromium, Java for Spark), then run them.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --test
.venv/bin/python -m pytest "$@"
