#!/usr/bin/env bash
# Lighthouse 12 (npm) against a running site, with Debian's Chromium; prints each
# category's score and the layout shift for the home page and an article, mobile and
# desktop. Usage: bench/lighthouse.sh [BASE_URL] [ARTICLE_PATH]
#   BASE_URL defaults to http://127.0.0.1:8000 (make run); ARTICLE_PATH to the first
#   French article of the demo.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8000}
ARTICLE=${2:-/fr/actualites/le-prix-antoine-rufenacht-recompense-la-reconversion-du-port-de-tanger/}
TOOLS=${LIGHTHOUSE_DIR:-${TMPDIR:-/tmp}/aivp-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$TOOLS"
  (cd "$TOOLS" && npm install --silent lighthouse@12)
fi
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking"
FLAGS="$FLAGS --disable-component-update --no-first-run"

for form in mobile desktop; do
  preset=()
  [ "$form" = desktop ] && preset=(--preset=desktop)
  for path in /fr/ "$ARTICLE"; do
    "$TOOLS/node_modules/.bin/lighthouse" "$BASE$path" "${preset[@]}" --quiet \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="$FLAGS" --output=json --output-path="$TOOLS/report.json"
    node -e '
      const r = require(process.argv[1]);
      const scores = Object.entries(r.categories)
        .map(([name, c]) => `${name}=${Math.round(c.score * 100)}`).join(" ");
      const cls = r.audits["cumulative-layout-shift"].numericValue.toFixed(3);
      console.log(`${process.argv[2]} ${process.argv[3]} ${scores} CLS=${cls}`);
    ' "$TOOLS/report.json" "$form" "$path"
  done
done
