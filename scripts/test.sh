#!/usr/bin/env bash
# Sets up and runs the whole test suite: unit, API and database tests (SQLite,
# and PostgreSQL when STEGVIS_TEST_POSTGRES_URL is set), QR decoding with zbarimg,
# and the browser tests in headless Debian chromium. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
exec .venv/bin/python -m pytest "$@"
