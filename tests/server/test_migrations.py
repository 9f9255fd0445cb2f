"""The Alembic revisions build exactly the schema the models describe, on both databases."""

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlmodel import SQLModel

import server.models  # noqa: F401
from server.migrations import alembic_config

from ..conftest import POSTGRES_URL, _normalise


def _engine(backend: str, tmp_path):
    if backend == "sqlite":
        return create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL not configured: set STEGVIS_TEST_POSTGRES_URL to run this on it")
    # A schema of its own, so the migration run never touches the other tests' tables.
    admin = create_engine(_normalise(POSTGRES_URL))
    with admin.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS stegvis_migrations CASCADE"))
        conn.execute(text("CREATE SCHEMA stegvis_migrations"))
    admin.dispose()
    return create_engine(
        _normalise(POSTGRES_URL), connect_args={"options": "-csearch_path=stegvis_migrations"}
    )


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_upgrade_head_matches_models_and_downgrades_cleanly(backend, tmp_path):
    engine = _engine(backend, tmp_path)
    cfg = alembic_config()
    cfg.attributes["configure_logging"] = False
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
        tables = set(inspect(conn).get_table_names())
    assert {t.name for t in SQLModel.metadata.sorted_tables} <= tables
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    engine.dispose()
