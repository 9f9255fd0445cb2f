"""A per-process cache for public content that every phone asks for: the catalog
JSON per language, station pages. Built once, kept ready as raw and gzip bytes
with its ETag, so a morning of phones costs a dictionary look-up each, not a
dozen queries, a template and a compression.

When is an entry stale?
- at once, in this process, when a transaction that changed content commits:
  SQLAlchemy session events see every ORM flush and ORM-executed statement and
  note the tables touched; tables that never show in public content (progress,
  rollups, tokens, audit) are ignored, every other table counts, so a new
  content table is covered without anyone remembering to list it;
- after `TTL_S` seconds in any case, which bounds how long another server
  process (or the command line) can go unseen.
"""

import gzip
import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession

TTL_S = 5.0
GZIP_MIN_BYTES = 512

# Changes to these never alter what a phone is shown; everything else does.
NOT_CONTENT = frozenset(
    {
        "progress_event",
        "participant_summary",
        "participant_item_stat",
        "participant_step_stat",
        "participant_step_state",
        "participant_day",
        "daily_count",
        "access_token",
        "coach",
        "participant",
        "audit_log",
        "login_attempt",
        "login_throttle",
        "known_device",
        "goal",
        "sub_goal",
        "scale_rating",
    }
)


@dataclass(frozen=True)
class Rendered:
    body: bytes
    gzipped: bytes | None
    etag: str
    media_type: str
    built_at: float
    generation: int


class ContentCache:
    def __init__(self) -> None:
        self._entries: dict[tuple, Rendered] = {}
        self._values: dict[tuple, tuple[Any, int, float]] = {}
        self._locks: dict[tuple, threading.Lock] = {}
        self._guard = threading.Lock()
        self.generation = 0

    def invalidate(self) -> None:
        with self._guard:
            self.generation += 1
            self._entries.clear()
            self._values.clear()

    def get(self, key: tuple, build: Callable[[], tuple[bytes, str, str | None]]) -> Rendered:
        """The entry for `key`, building it with `build() -> (body, media_type, etag)` when
        missing or stale (etag None: a hash of the body); one builder per key at a time,
        the others wait for it."""
        hit = self._fresh(key)
        if hit is not None:
            return hit
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            hit = self._fresh(key)
            if hit is not None:
                return hit
            generation = self.generation
            body, media_type, etag = build()
            zipped = (
                gzip.compress(body, compresslevel=6, mtime=0)
                if len(body) >= GZIP_MIN_BYTES
                else None
            )
            tag = etag or hashlib.sha256(body).hexdigest()[:20]
            entry = Rendered(body, zipped, f'"{tag}"', media_type, time.monotonic(), generation)
            with self._guard:
                if generation == self.generation:  # not invalidated while building
                    self._entries[key] = entry
            return entry

    def memo(self, key: tuple, build: Callable[[], Any]) -> Any:
        """Like `get`, for a plain Python value (e.g. look-up tables the hot path needs)."""
        missing = object()
        held = self.peek_value(key, missing)
        if held is not missing:
            return held
        generation = self.generation
        value = build()
        with self._guard:
            if generation == self.generation:
                self._values[key] = (value, generation, time.monotonic())
        return value

    def peek(self, key: tuple) -> Rendered | None:
        """The entry for `key` if it is built and fresh; never builds (the hot path's
        look-up, which must not touch the database)."""
        return self._fresh(key)

    def peek_value(self, key: tuple, default: Any = None) -> Any:
        """A memo'd value if it is there and fresh; `default` otherwise."""
        held = self._values.get(key)
        if held is not None and held[1] == self.generation and time.monotonic() - held[2] <= TTL_S:
            return held[0]
        return default

    def _fresh(self, key: tuple) -> Rendered | None:
        entry = self._entries.get(key)
        if entry is None or entry.generation != self.generation:
            return None
        if time.monotonic() - entry.built_at > TTL_S:
            return None
        return entry


content_cache = ContentCache()


def _note_tables(session, tables) -> None:
    if any(name not in NOT_CONTENT for name in tables):
        session.info["stegvis_content_changed"] = True


@event.listens_for(OrmSession, "after_flush")
def _after_flush(session, _flush_context) -> None:
    touched = {
        getattr(obj, "__tablename__", "")
        for obj in (*session.new, *session.dirty, *session.deleted)
    }
    _note_tables(session, touched)


@event.listens_for(OrmSession, "do_orm_execute")
def _on_execute(state) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        _note_tables(state.session, {getattr(table, "name", "?")})


@event.listens_for(OrmSession, "after_commit")
def _after_commit(session) -> None:
    if session.info.pop("stegvis_content_changed", False):
        content_cache.invalidate()


@event.listens_for(OrmSession, "after_rollback")
def _after_rollback(session) -> None:
    session.info.pop("stegvis_content_changed", None)
