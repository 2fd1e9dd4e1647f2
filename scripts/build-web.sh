#!/usr/bin/env bash
# Build the web app's front-end bundle from npm packages (no CDN): web/src/*.js -> src/pluripolar/web/static/dist/.
# usage: scripts/build-web.sh   (npm ci when web/package-lock.json exists, npm install the first time)
set -euo pipefail
cd "$(dirname "$0")/../web"
command -v npm >/dev/null || { echo "build-web: npm is required (Debian: apt-get install nodejs npm)" >&2; exit 1; }
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi
npm run --silent build
