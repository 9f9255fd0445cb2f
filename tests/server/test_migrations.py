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


def _config():
    cfg = alembic_config()
    cfg.attributes["configure_logging"] = False
    return cfg


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_upgrade_head_matches_models_and_downgrades_cleanly(backend, tmp_path):
    engine, cfg = _engine(backend, tmp_path), _config()
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


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_events_pending_at_the_upgrade_stay_queued_for_the_rollups(backend, tmp_path):
    """The flag `rolled_up` became a queue table: an event the old server stored but had
    not folded yet must still reach the coach's counts after the upgrade (and back)."""
    engine, cfg = _engine(backend, tmp_path), _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "5c1e0f3a9b27")
        if backend == "postgresql":  # events without a participant: skip the key checks
            conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(
            text(
                "INSERT INTO progress_event (id, event_id, participant_id, kind, device_time,"
                " received_at, rolled_up) VALUES (1, 'folded', 1, 'step_ticked', :t, :t, true),"
                " (2, 'pending', 1, 'step_ticked', :t, :t, false)"
            ),
            {"t": "2026-12-04 08:00:00+00:00"},
        )
        command.upgrade(cfg, "8d2b6e1f4c70")
        assert conn.execute(text("SELECT id FROM progress_event_pending")).scalars().all() == [2]
        command.downgrade(cfg, "5c1e0f3a9b27")
        flags = conn.execute(text("SELECT id, rolled_up FROM progress_event ORDER BY id")).all()
        assert [(i, bool(f)) for i, f in flags] == [(1, True), (2, False)]
    engine.dispose()
