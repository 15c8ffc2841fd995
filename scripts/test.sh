#!/usr/bin/env bash
# Sets up a virtual environment in .venv (if needed), installs marsad with its test extras,
# and runs the whole test suite. The README's test command and .ci/run both call this.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
# The browser test (tests/test_web_browser.py) drives the Debian chromium package (never a Playwright
# browser download); install it when missing. Without it that test fails, the others still run.
command -v chromium >/dev/null \
  || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
  || echo "scripts/test.sh: could not install chromium; tests/test_web_browser.py will fail" >&2
exec .venv/bin/python -m pytest -q "$@"
