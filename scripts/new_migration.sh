#!/usr/bin/env bash
# Autogenerates an Alembic revision from the difference between the models and
# a scratch SQLite database upgraded to head. Review the file before committing.
#   scripts/new_migration.sh "add goal plans"
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export STEGVIS_DATABASE_URL="sqlite:///$scratch/scratch.db" STEGVIS_DATA_DIR="$scratch"
.venv/bin/python -c "from server.migrations import upgrade_database; upgrade_database()"
.venv/bin/python -c "
import sys
from alembic import command
from server.migrations import alembic_config
command.revision(alembic_config(), message=sys.argv[1], autogenerate=True)
" "$1"
.venv/bin/ruff format -q server/alembic/versions && .venv/bin/ruff check -q --fix server/alembic/versions || true
