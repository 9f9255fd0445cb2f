"""Engine and sessions. Routes never build engines: they take SessionDep."""

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import any_, bindparam, event, func, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from server.core.config import get_settings


def make_engine(url: str, *, pool_size: int = 10) -> Engine:
    # The request gate (server/core/limits.py) admits `pool_size` requests at once; the
    # overflow is for what runs beside them (the rollup worker, health checks).
    pool = {"pool_size": pool_size, "max_overflow": 4, "pool_timeout": 30}
    if url.startswith("sqlite"):
        if url in ("sqlite://", "sqlite:///:memory:"):
            pool = {}  # one shared in-memory connection: SQLAlchemy's own pool for it
        engine = create_engine(url, connect_args={"check_same_thread": False}, **pool)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=5000")
            # In WAL mode NORMAL keeps every committed transaction through a crash of the
            # server process (only a power cut may lose the last ones) and spares an fsync
            # per commit: the ingest's commits are many and small.
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    # No pre-ping round trip per request: a connection broken by a database restart
    # fails one request (a 503 the phone retries) and SQLAlchemy then renews the pool.
    return create_engine(url, pool_recycle=1800, **pool)


@lru_cache
def _engine_for(url: str) -> Engine:
    return make_engine(url, pool_size=get_settings().db_concurrency)


_last_engine: tuple[object, Engine] | None = None


def get_engine() -> Engine:
    """The engine for the current settings; one per URL for the process's life.

    Remembered for the current Settings object (replaced whenever settings change):
    every ingest request asks, and working the URL out reads the environment."""
    global _last_engine
    settings = get_settings()
    last = _last_engine
    if last is not None and last[0] is settings:
        return last[1]
    if settings.sqlalchemy_url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = _engine_for(settings.sqlalchemy_url)
    _last_engine = (settings, engine)
    return engine


def get_session() -> Iterator[Session]:
    with Session(get_engine()) as session:
        yield session


_SQLITE_WRITER = threading.Lock()


@contextmanager
def one_writer(session: Session) -> Iterator[None]:
    """On SQLite, queue this process's hot writers (event ingest, rollup folding) on a
    lock. SQLite lets one transaction write at a time, and a writer that finds the
    database taken sleeps in SQLite's busy handler in steps of up to 100 ms: under a
    morning's load most of the ingest's time went there. On the lock a writer starts
    the moment the last one commits. Only for a session that has not written yet (it
    must not hold SQLite's lock while waiting for ours). PostgreSQL: nothing to do;
    SQLite never runs with several server processes."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    with _SQLITE_WRITER:
        yield


# --- a list of values as one parameter ------------------------------------------------


def member_of(column, name: str, dialect: str, item_type):
    """`column IN (the list bound as :name)` with the list as ONE parameter: a
    PostgreSQL array, a SQLite JSON text. Unlike an expanding IN, the statement is the
    same for any length, so SQLAlchemy compiles it once and the hot paths (the event
    writer's cards, the rollup fold) skip rebuilding it per call. Bind the value with
    `list_param`."""
    if dialect == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(item_type)))
    listed = select(literal_column("value")).select_from(func.json_each(bindparam(name)))
    return column.in_(listed.scalar_subquery())


def list_param(dialect: str, values) -> object:
    """The value for a `member_of` parameter."""
    return list(values) if dialect == "postgresql" else json.dumps(list(values))
