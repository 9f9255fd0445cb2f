#!/usr/bin/env bash
# Sets up and runs Stegvis on its embedded defaults: SQLite in data/, the seeded
# catalog, offline speech (espeak-ng), the QR sheet written to qr/, then serves
# and prints the URLs. Extra arguments go to `stegvis demo` (e.g. --host 0.0.0.0).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/stegvis demo "$@"
