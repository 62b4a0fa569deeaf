#!/usr/bin/env bash
# Installs what the end-to-end tests need: Debian's Chromium and code-server
# 4.100.3 (VS Code 1.100.3) in its own folder, test/e2e/.cache/code-server/,
# kept out of the extension's own dependencies. Idempotent: a second run
# with everything in place does nothing. Works offline apart from the npm
# registry and the Debian mirrors (ripgrep comes from npm, not GitHub).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="$HERE/.cache"
CS_DIR="$CACHE/code-server"
CS_VERSION="4.100.3"
RG_VERSION="1.18.0"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"

log() { printf '[e2e-install] %s\n' "$*"; }

mkdir -p "$CACHE"

# 1. System packages (Chromium, Kerberos headers for code-server's native module).
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ "${#need_apt[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    log "missing ${need_apt[*]} and not root: install them and run again"; exit 1
  fi
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  log "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}"
else
  log "chromium and libkrb5-dev present"
fi

# 2. code-server, installed once into its own package folder.
if [ -x "$CS_BIN" ] && [ -f "$CS_DIR/.installed-$CS_VERSION" ]; then
  log "code-server $CS_VERSION present in $CS_DIR"
  exit 0
fi

mkdir -p "$CS_DIR"
WORK_TMP="$(mktemp -d "$CACHE/tmp.XXXXXX")"
trap 'rm -rf "$WORK_TMP"' EXIT

# code-server's postinstall downloads ripgrep from GitHub (no internet here):
# give it the binary from the npm package in the cache it looks in first.
export TMPDIR="$WORK_TMP"
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE" "$WORK_TMP/rg"
log "fetching ripgrep from npm (@vscode/ripgrep-linux-x64@$RG_VERSION)"
(cd "$WORK_TMP/rg" && npm pack --silent "@vscode/ripgrep-linux-x64@$RG_VERSION" >/dev/null)
tar -xzf "$WORK_TMP"/rg/*.tgz -C "$WORK_TMP/rg"
chmod +x "$WORK_TMP/rg/package/bin/rg"
tar -czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$WORK_TMP/rg/package/bin" rg

if [ ! -f "$CS_DIR/package.json" ]; then
  cat >"$CS_DIR/package.json" <<JSON
{
  "name": "airoadmap-e2e-code-server",
  "private": true,
  "description": "code-server for the airoadmap end-to-end tests; not a dependency of the extension."
}
JSON
fi

log "npm install code-server@$CS_VERSION (a few minutes)"
(
  cd "$CS_DIR"
  npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION"
)

if [ ! -x "$CS_BIN" ]; then
  log "code-server binary missing after install: $CS_BIN"; exit 1
fi
touch "$CS_DIR/.installed-$CS_VERSION"
log "done: code-server $(node -p "require('$CS_DIR/node_modules/code-server/package.json').version") in $CS_DIR"
