"""The event ingest's writer: one thread per server process stores every phone's batch.

Requests judge their events on the event loop and hand them here. The writer takes
every batch waiting, checks their sign-in cards in one query, inserts all their events
in one statement (on SQLite also folds them into the coach's rollups) and commits once
(a group commit), then answers each request. Under a
morning's load a group holds tens of batches: one thread hop, one query, one insert and
one commit for all of them, where a thread per request (each waiting for the database
writer in turn) spent most of the server's time switching and waiting.

Each batch still gets its own answer: which of its events were stored and which were
already there (also when two copies of a batch are in one group: the first stores, the
second hears "duplicate"). If a group fails for one bad batch, its batches are written
again one by one, so only the culprit fails; a database that is down fails them all at
once (the phones retry later).
"""

import asyncio
import concurrent.futures
import contextlib
import json
import logging
import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from itertools import chain
from typing import Any

from fastapi import HTTPException, status
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from server.db import one_writer
from server.models.progress import PendingEvent, ProgressEvent
from server.services.auth import participant_ids_for_cards
from server.services.rollups import fold_stored

log = logging.getLogger("stegvis.ingest")

MAX_GROUP = 128  # batches per group; more wait for the next one
POSTGRES_WRITERS = 2
SQLITE_ROWS_PER_STATEMENT = 3000  # 10 values a row, under SQLite's 32,766 variables

RowsFor = Callable[[Session, int], list[dict[str, Any]]]


@dataclass(eq=False)
class Job:
    """One request's batch: its card, and how to turn its judged events into rows for a
    participant (checked against the catalog, in the writer's session).

    Its answer goes to `future`: a thread's (the default), or an event loop's, which the
    writer settles with the rest of its group in one call into that loop (one wake-up
    per group instead of one per request, and no lock to build per request)."""

    engine: Engine
    token: str
    rows_for: RowsFor
    future: concurrent.futures.Future | asyncio.Future = field(
        default_factory=concurrent.futures.Future
    )


@dataclass(frozen=True)
class Written:
    rows: list[dict[str, Any]]  # the batch's valid events, as inserted or found
    stored: set[str]  # event ids this batch stored; the other rows were already there
    pending: bool = False  # stored for the rollup worker to fold


class EventWriter:
    """The writer threads of one process: one on SQLite (one writer at a time anyway),
    `POSTGRES_WRITERS` on PostgreSQL, where a group's insert and commit wait on the
    database while the next group's can already run (measured: two ingest 5–9 % more
    than one; a third did not help)."""

    def __init__(self) -> None:
        self._queues: dict[Engine, queue.SimpleQueue[Job]] = {}
        self._pid = 0
        self._start_lock = threading.Lock()

    def submit(self, job: Job) -> concurrent.futures.Future | asyncio.Future:
        self._queue_for(job.engine).put(job)
        return job.future

    def _queue_for(self, engine: Engine) -> queue.SimpleQueue:
        found = self._queues.get(engine)
        if found is not None and self._pid == os.getpid():
            return found
        with self._start_lock:
            if self._pid != os.getpid():  # a forked child: its own threads
                self._queues, self._pid = {}, os.getpid()
            if engine not in self._queues:
                jobs: queue.SimpleQueue[Job] = queue.SimpleQueue()
                threads = POSTGRES_WRITERS if engine.dialect.name == "postgresql" else 1
                for n in range(threads):
                    threading.Thread(
                        target=self._run,
                        args=(engine, jobs),
                        name=f"stegvis-event-writer-{n}",
                        daemon=True,
                    ).start()
                self._queues[engine] = jobs
            return self._queues[engine]

    def _run(self, engine: Engine, jobs: queue.SimpleQueue) -> None:
        while True:
            group = [jobs.get()]
            while len(group) < MAX_GROUP:
                try:
                    group.append(jobs.get_nowait())
                except queue.Empty:
                    break
            live = [job for job in group if _still_wanted(job)]
            answers: dict[Job, Any] = {}
            try:
                self._write(engine, live, answers)
            except BaseException as exc:  # never leave a request waiting
                log.exception("event writer failed")
                for job in live:
                    answers.setdefault(job, exc)
            _answer(answers)

    def _write(self, engine: Engine, jobs: list[Job], answers: dict | None = None) -> None:
        """Store the group; each job's answer (a Written or an exception) goes into
        `answers`, or, without it, straight to the job's future."""
        if not jobs:
            return
        if answers is None:
            answers = {}
            self._write(engine, jobs, answers)
            _answer(answers)
            return
        try:
            with Session(engine) as session:
                answers.update(_store_group(session, jobs))
        except Exception as exc:
            down = isinstance(exc, OperationalError) or (
                isinstance(exc, DBAPIError) and exc.connection_invalidated
            )
            if len(jobs) > 1 and not down:
                for job in jobs:  # alone, so that only the culprit fails
                    self._write(engine, [job], answers)
                return
            answers.update(dict.fromkeys(jobs, exc))


def _still_wanted(job: Job) -> bool:
    future = job.future
    if isinstance(future, asyncio.Future):
        return not future.done()  # a request cancelled meanwhile (read from this thread:
        # at worst a batch is stored whose phone hangs up, and it resends: a duplicate)
    return future.set_running_or_notify_cancel()


def _answer(answers: dict[Job, Any]) -> None:
    """Settle the futures: thread futures here, each event loop's in one call into it."""
    per_loop: dict[asyncio.AbstractEventLoop, list] = {}
    for job, result in answers.items():
        future = job.future
        if isinstance(future, asyncio.Future):
            per_loop.setdefault(future.get_loop(), []).append((future, result))
        elif isinstance(result, BaseException):
            future.set_exception(result)
        else:
            future.set_result(result)
    for loop, settled in per_loop.items():
        with contextlib.suppress(RuntimeError):  # a closed loop: nobody waits there now
            loop.call_soon_threadsafe(_settle, settled)


def _settle(settled: list[tuple[asyncio.Future, Any]]) -> None:
    for future, result in settled:
        if future.done():  # cancelled: the request went away
            continue
        if isinstance(result, BaseException):
            future.set_exception(result)
        else:
            future.set_result(result)


event_writer = EventWriter()


def _not_signed_in() -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        "Sign-in card not valid (revoked or unknown)",
        headers={"WWW-Authenticate": "Bearer"},
    )


def _store_group(session: Session, jobs: list[Job]) -> dict[Job, Written | BaseException]:
    cards = participant_ids_for_cards(session=session, tokens={job.token for job in jobs})
    outcome: dict[Job, Any] = {}
    owner: dict[str, Job] = {}
    to_insert: list[dict[str, Any]] = []
    people: set[int] = set()  # whose events these are (a superset of those stored)
    for job in jobs:
        participant_id = cards.get(job.token)
        if participant_id is None:
            outcome[job] = _not_signed_in()
            continue
        if participant_id is False:
            outcome[job] = HTTPException(
                status.HTTP_403_FORBIDDEN, "This needs a participant's sign-in"
            )
            continue
        rows = job.rows_for(session, participant_id)
        outcome[job] = rows
        people.add(participant_id)
        for row in rows:
            if owner.setdefault(row["event_id"], job) is job:
                to_insert.append(row)
    # The coach's rollups: on SQLite in the same transaction (one writer at a time
    # anyway; no pending queue to claim and rewrite later). On PostgreSQL the events go
    # in pending and the rollup worker folds them on its own connection meanwhile:
    # measured, that ingests 2.3x the one-event batches of folding here.
    fold_here = session.get_bind().dialect.name == "sqlite"
    with one_writer(session):
        stored = insert_ignoring_duplicates(session, to_insert, pending=not fold_here)
        if fold_here:
            fold_stored(session, list(stored.values()), people)
        session.commit()
    for job, rows in outcome.items():
        if not isinstance(rows, BaseException):
            mine = {r["event_id"] for r in rows if owner[r["event_id"]] is job}
            outcome[job] = Written(rows, mine & stored.keys(), pending=not fold_here)
    return outcome


# --- the insert ---------------------------------------------------------------------

_INSERTED_COLUMNS = (
    "event_id", "participant_id", "kind", "item_id", "step_id", "language", "listened_ms",
    "device_time", "received_at",
)  # fmt: skip
_INSERT_HEAD = f"INSERT INTO {ProgressEvent.__tablename__} ({', '.join(_INSERTED_COLUMNS)}) "
_INSERT_TAIL = " ON CONFLICT (event_id) DO NOTHING RETURNING event_id, id"
_QUEUE = f"INSERT INTO {PendingEvent.__tablename__} (id) "
# PostgreSQL: the rows as one JSON text, the same short statement for any batch (psycopg
# prepares it once). A VALUES list of 500 placeholders was re-parsed on every request,
# and ten column arrays cost psycopg a Python call per value to send (a third of the
# writer's time); json.dumps makes the text in C and the server reads it in C, as jsonb:
# parsed once, where `->>` on a json value parsed its element's text again for each of
# the nine columns (EXPLAIN ANALYZE, 1,600 events: 25 ms of the insert's 68, then 4).
_PG_INSERT = (
    _INSERT_HEAD + "SELECT r->>0, (r->>1)::int, r->>2, (r->>3)::int, (r->>4)::int, r->>5, "
    "(r->>6)::int, (r->>7)::timestamptz, (r->>8)::timestamptz "
    "FROM jsonb_array_elements(%s::jsonb) AS r" + _INSERT_TAIL
)
# ... and queued for the rollup worker in the same statement.
_PG_INSERT_PENDING = (
    f"WITH stored AS ({_PG_INSERT}), queued AS ({_QUEUE} SELECT id FROM stored) "
    "SELECT event_id, id FROM stored"
)


@lru_cache(maxsize=64)
def _sqlite_insert(rows: int) -> str:
    """SQLite: one multi-row VALUES for `rows` events (cached per size)."""
    one = "(" + ", ".join(["?"] * len(_INSERTED_COLUMNS)) + ")"
    return _INSERT_HEAD + "VALUES " + ", ".join([one] * rows) + _INSERT_TAIL


@lru_cache(maxsize=64)
def _sqlite_queue(rows: int) -> str:
    return _QUEUE + "VALUES " + ", ".join(["(?)"] * rows)


@lru_cache(maxsize=4)
def _time_to_driver(dialect) -> Callable[[datetime], Any]:
    """How SQLAlchemy hands a timestamp to this driver (SQLite: its UTC text form), so
    rows stored here read back exactly like rows stored through the ORM."""
    if dialect.name == "sqlite":
        return sqlite_time_text
    column_type = ProgressEvent.__table__.c.device_time.type
    return column_type.dialect_impl(dialect).bind_processor(dialect) or (lambda v: v)


def _iso(value: datetime) -> str:
    return value.isoformat()


def sqlite_time_text(value: datetime) -> str:
    """SQLAlchemy's SQLite text for a timestamp ("YYYY-MM-DD HH:MM:SS.ffffff", any
    offset dropped), made by `isoformat`: its own processor, a `%` format of seven
    fields, was 7 % of the writer's time (tests hold the two equal)."""
    return value.isoformat(" ", "microseconds")[:26]


def insert_ignoring_duplicates(
    session: Session, rows: list[dict[str, Any]], *, pending: bool
) -> dict[str, int]:
    """Insert event rows (no commit), queued for the rollup worker (`pending`) or folded
    in by the caller; {event id: row id} of those actually inserted (the others were
    already there).

    Plain SQL on the driver, skipping ids already stored and returning those it stored
    (through SQLAlchemy's insertmanyvalues, building the parameters cost four times the
    database's own work)."""
    if not rows:
        return {}
    dialect = session.get_bind().dialect
    to_driver = _time_to_driver(dialect)
    connection = session.connection()
    if dialect.name == "postgresql":
        text = json.dumps(list(zip(*_columns(rows, _iso), strict=True)))
        pages = [(_PG_INSERT_PENDING if pending else _PG_INSERT, (text,))]
    else:
        pages = []
        for start in range(0, len(rows), SQLITE_ROWS_PER_STATEMENT):
            page = rows[start : start + SQLITE_ROWS_PER_STATEMENT]
            flat = tuple(chain.from_iterable(zip(*_columns(page, to_driver), strict=True)))
            pages.append((_sqlite_insert(len(page)), flat))
    stored: dict[str, int] = {}
    for sql, params in pages:
        stored.update(connection.exec_driver_sql(sql, params).all())  # (event id, row id)
    if pending and dialect.name != "postgresql" and stored:
        ids = tuple(stored.values())
        for start in range(0, len(ids), SQLITE_ROWS_PER_STATEMENT):
            page = ids[start : start + SQLITE_ROWS_PER_STATEMENT]
            connection.exec_driver_sql(_sqlite_queue(len(page)), page)
    return stored


def _columns(rows: list[dict[str, Any]], to_driver) -> list[list[Any]]:
    return [
        [r["event_id"] for r in rows],
        [r["participant_id"] for r in rows],
        [r["kind"] for r in rows],
        [r["item_id"] for r in rows],
        [r["step_id"] for r in rows],
        [r["language"] for r in rows],
        [r["listened_ms"] for r in rows],
        [to_driver(r["device_time"]) for r in rows],
        _same_values_once([r["received_at"] for r in rows], to_driver),
    ]


def _same_values_once(values: list[Any], convert) -> list[Any]:
    """convert(v) for each value, once per distinct value (a request's rows share one
    received_at)."""
    done: dict[Any, Any] = {}
    out = []
    for v in values:
        c = done.get(v)
        if c is None:
            c = done[v] = convert(v)
        out.append(c)
    return out
