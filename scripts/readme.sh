#!/usr/bin/env bash
# Refreshes the generated part of README.md: the endpoint tables between the markers
# <!-- endpoints:start --> and <!-- endpoints:end -->, printed from the endpoint ledger in
# nodes/shared/endpoints.ts by `npm run endpoints`. Everything else in the README is written by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
tables=$(mktemp)
trap 'rm -f "$tables"' EXIT
npm run --silent endpoints > "$tables"
awk -v tables="$tables" '
  /<!-- endpoints:start -->/ { print; while ((getline line < tables) > 0) print line; skip = 1; next }
  /<!-- endpoints:end -->/ { skip = 0 }
  !skip { print }
' README.md > README.md.new
mv README.md.new README.md
