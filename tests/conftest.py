"""Shared fixtures.

Database-touching tests take the `db_backend` fixture (directly or through
`settings`, `session`, `client`) and run once on SQLite and once on
PostgreSQL. PostgreSQL is reached through STEGVIS_TEST_POSTGRES_URL; where it
is not set those runs are reported as skipped, saying why.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, SQLModel

import server.models  # noqa: F401  (registers every table)
from server.core.config import REPO_ROOT, get_settings
from server.db import _engine_for
from server.services.content_cache import content_cache

POSTGRES_URL = os.environ.get("STEGVIS_TEST_POSTGRES_URL", "")


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'stegvis-test.db'}"


def _normalise(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


_prepared: set[str] = set()


# On PostgreSQL the suite works in a schema of its own, made anew per run: whatever
# else the database holds (another project's tables, an older Stegvis schema) is
# neither touched nor in the way.
TEST_SCHEMA = "stegvis_test"


def _postgres_test_url(url: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{_normalise(url)}{sep}options=-csearch_path%3D{TEST_SCHEMA}"


def _fresh_schema(url: str) -> None:
    """Tables from the models, emptied. Migrations are checked separately
    (tests/server/test_migrations.py) to produce exactly this schema."""
    engine = _engine_for(url)
    if url not in _prepared:
        if engine.dialect.name == "postgresql":
            with engine.begin() as conn:
                conn.execute(text(f"DROP SCHEMA IF EXISTS {TEST_SCHEMA} CASCADE"))
                conn.execute(text(f"CREATE SCHEMA {TEST_SCHEMA}"))
        else:
            SQLModel.metadata.drop_all(engine)
        SQLModel.metadata.create_all(engine)
        _prepared.add(url)
        return
    tables = list(reversed(SQLModel.metadata.sorted_tables))
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for t in tables:
                conn.execute(t.delete())


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, sqlite_url) -> str:
    if request.param == "sqlite":
        return sqlite_url
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL not configured: set STEGVIS_TEST_POSTGRES_URL to run this on it")
    return _postgres_test_url(POSTGRES_URL)


@pytest.fixture
def settings(db_url, tmp_path, monkeypatch):
    """Settings pointing at a fresh database and temporary data/audio/qr folders."""
    monkeypatch.setenv("STEGVIS_DATABASE_URL", db_url)
    monkeypatch.setenv("STEGVIS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STEGVIS_AUDIO_DIR", str(tmp_path / "audio"))
    monkeypatch.setenv("STEGVIS_QR_DIR", str(tmp_path / "qr"))
    monkeypatch.setenv("STEGVIS_PHOTO_DIR", str(tmp_path / "photos"))
    monkeypatch.setenv("STEGVIS_PUBLIC_BASE_URL", "http://testserver")
    monkeypatch.setenv("STEGVIS_MOUNT_CLIENT", "false")
    get_settings.cache_clear()
    _fresh_schema(db_url)
    # Rendered content is cached per process; a fresh database starts with none.
    content_cache.invalidate()
    yield get_settings()
    get_settings.cache_clear()


@pytest.fixture
def session(settings) -> Iterator[Session]:
    with Session(_engine_for(settings.sqlalchemy_url)) as s:
        yield s


@pytest.fixture
def client(settings):
    from fastapi.testclient import TestClient

    from server.main import create_app

    with TestClient(create_app()) as c:
        yield c


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT
