"""Keep the coach's rollups (server/models/coaching.py) in step with the progress events.

Two independent paths that must agree (tests/server/test_coaching.py checks it):

- `apply_pending(session)`: the incremental path. The ingest only stores events
  (marked `rolled_up = false`) and wakes the rollup worker (server/services/
  rollup_worker.py), which claims the pending events and folds them in with
  `apply_events` in one transaction: each event exactly once, whichever process
  or request claims it. A coach's request catches up first (server/api/deps.py),
  so what the coach reads includes every stored event. Folding many batches at
  once is what keeps the ingest cheap on a busy morning. Its cost grows with the
  events pending, not with stored events.
- `rebuild_rollups(session, participant_id=None)`: a full recompute from the
  events in set-based SQL, after an erasure, for repairs, and in bulk for the
  benchmark.

Days are UTC calendar days of the device's time.
"""

from collections import Counter, defaultdict
from collections.abc import Iterable
from contextlib import nullcontext
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Date, case, cast, delete, false, func, insert, literal, select, true, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from server.db import one_writer
from server.models import CatalogItem, Participant, ProgressEvent, Step
from server.models.coaching import (
    DailyCount,
    ParticipantDay,
    ParticipantItemStat,
    ParticipantStepStat,
    ParticipantStepState,
    ParticipantSummary,
)

COMPLETION_KINDS = ("checklist_completed", "guide_finished")
STEP_KINDS = ("step_ticked", "step_unticked")
PARTICIPANT_ROLLUPS = (
    ParticipantStepState,
    ParticipantStepStat,
    ParticipantItemStat,
    ParticipantDay,
    ParticipantSummary,
)


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes (they are UTC)."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _insert(session: Session, table):
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise RuntimeError(f"unsupported database {dialect}")  # pragma: no cover


# --- shared: the summary from a participant's per-item rows ---------------------------


def checklist_sizes(session: Session) -> dict[int, int]:
    """Steps per checklist of the catalog (every checklist, also those with no steps)."""
    sizes = dict.fromkeys(
        session.execute(select(CatalogItem.id).where(CatalogItem.kind == "checklist")).scalars(), 0
    )
    rows = session.execute(
        select(Step.item_id, func.count())
        .join(CatalogItem, CatalogItem.id == Step.item_id)
        .where(CatalogItem.kind == "checklist")
        .group_by(Step.item_id)
    ).all()
    sizes.update({item_id: n for item_id, n in rows})
    return sizes


def summarise_items(
    summary: ParticipantSummary, items: Iterable[ParticipantItemStat], sizes: dict[int, int]
) -> None:
    """Set the summary's distinct counts and progress from the per-item rows."""
    started = done = guides = stations = 0
    share = 0.0
    for it in items:
        if it.item_kind == "checklist":
            started += 1
            if it.completions > 0:
                done += 1
                share += 1.0
            elif sizes.get(it.item_id):
                share += min(1.0, it.steps_ticked_now / sizes[it.item_id])
        elif it.item_kind == "guide" and it.completions > 0:
            guides += 1
        elif it.item_kind == "station":
            stations += 1
    summary.checklists_started = started
    summary.checklists_done = done
    summary.guides_finished = guides
    summary.stations_used = stations
    summary.progress = round(share / len(sizes), 4) if sizes else 0.0


# --- the incremental path -------------------------------------------------------------

# One key for the whole application: on PostgreSQL the appliers of every server
# process take turns (no deadlocks between two folding the same participant).
ROLLUP_LOCK_KEY = 0x53746567  # "Steg"
APPLY_CHUNK = 5000
_EVENT_COLUMNS = (
    "event_id", "participant_id", "kind", "item_id", "step_id", "language",
    "listened_ms", "device_time",
)  # fmt: skip


def _lock_rollups(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(ROLLUP_LOCK_KEY)))


def has_pending(session: Session) -> bool:
    """Are there stored events not yet in the rollups? (An index-only look.)"""
    ev = ProgressEvent.__table__.c
    return (
        session.execute(select(ev.id).where(ev.rolled_up == false()).limit(1)).first() is not None
    )


def _claim_pending(session: Session, limit: int | None) -> list[dict[str, Any]]:
    """Mark pending events as rolled up and return them, in the caller's transaction.

    The UPDATE is the claim: on SQLite it takes the write lock first; on PostgreSQL a
    concurrent claimer re-checks `rolled_up` after waiting, so no event is returned twice."""
    table = ProgressEvent.__table__
    ev = table.c
    ids = select(ev.id).where(ev.rolled_up == false()).order_by(ev.id)
    if limit is not None:
        ids = ids.limit(limit)
    stmt = (
        update(table)
        .where(ev.id.in_(ids), ev.rolled_up == false())
        .values(rolled_up=True)
        .returning(*(ev[c] for c in _EVENT_COLUMNS))
    )
    claimed = [dict(zip(_EVENT_COLUMNS, r, strict=True)) for r in session.execute(stmt)]
    for ev in claimed:  # once here, not at each of the fold's many uses
        ev["device_time"] = aware(ev["device_time"])
    return claimed


def fold_pending(session: Session) -> None:
    """Under the appliers' lock, fold every pending event in, in the caller's transaction
    (no commit): for a rebuild or an erasure, which must start from a caught-up state."""
    _lock_rollups(session)
    apply_events(session, _claim_pending(session, None))


def apply_pending(
    session: Session, *, chunk: int = APPLY_CHUNK, queue_writers: bool = False
) -> int:
    """Fold every pending event into the rollups, `chunk` at a time; commits. The count.

    `queue_writers`: each chunk's transaction waits its turn on `one_writer` (the
    rollup worker, whose session writes nothing else; see server/db.py)."""
    done = 0
    while has_pending(session):
        with one_writer(session) if queue_writers else nullcontext():
            _lock_rollups(session)
            rows = _claim_pending(session, chunk)
            apply_events(session, rows)
            session.commit()
        done += len(rows)
        if len(rows) < chunk:
            break
    return done


def apply_events(session: Session, rows: list[dict[str, Any]]) -> None:
    """Fold freshly claimed event rows (dicts with ProgressEvent's columns, `device_time`
    aware in UTC) into the rollups, in the caller's transaction (which holds the
    appliers' lock).

    Set-based, whatever the number of participants: each rollup table is read once for
    every participant in the rows and written back once (an upsert of the rows touched),
    with the counters added up in plain dicts. Per participant it took ten statements
    and ORM flushes, most of the server's CPU when many phones send a few events each.
    """
    if not rows:
        return
    by_participant: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_participant[row["participant_id"]].append(row)
    for events in by_participant.values():
        # Device-time order (stable: arrival order on ties, as the rebuild's `id` order).
        events.sort(key=lambda r: r["device_time"])

    fold = _Fold(session, by_participant)
    daily: Counter = Counter()
    daily_ms: Counter = Counter()
    for participant_id, events in by_participant.items():
        org_id = fold.add(participant_id, events)
        for ev in events:
            key = (
                org_id,
                ev["device_time"].date(),
                ev.get("item_id") or 0,
                ev["kind"],
                ev.get("language") or "",
            )
            daily[key] += 1
            daily_ms[key] += (ev.get("listened_ms") or 0) if ev["kind"] == "audio_played" else 0
    fold.write(checklist_sizes(session))
    _bump_daily(session, daily, daily_ms)


def _bump_daily(session: Session, daily: Counter, daily_ms: Counter) -> None:
    table = DailyCount.__table__
    values = [
        {
            "organisation_id": k[0],
            "day": k[1],
            "item_id": k[2],
            "kind": k[3],
            "language": k[4],
            "count": n,
            "listened_ms": daily_ms[k],
        }
        for k, n in daily.items()
    ]
    stmt = _insert(session, table).values(values)
    # An atomic increment: concurrent ingests for one organisation never lose a count.
    stmt = stmt.on_conflict_do_update(
        index_elements=["organisation_id", "day", "item_id", "kind", "language"],
        set_={
            "count": table.c.count + stmt.excluded.count,
            "listened_ms": table.c.listened_ms + stmt.excluded.listened_ms,
        },
    )
    session.execute(stmt)


def _defaults(model) -> dict[str, Any]:
    """A new rollup row's columns at their defaults (0 counters, no dates)."""
    return {c.name: c.default.arg if c.default is not None else None for c in model.__table__.c}


class _Fold:
    """The rollup rows that a chunk of events touches, as plain dicts keyed by primary key:
    read in one query per table, changed in memory, written back in one upsert per table."""

    def __init__(self, session: Session, by_participant: dict[int, list[dict[str, Any]]]):
        self.session = session
        people = list(by_participant)
        events = [e for evs in by_participant.values() for e in evs]
        item_ids = {e["item_id"] for e in events if e.get("item_id")}
        step_ids = {e["step_id"] for e in events if e.get("step_id")}
        days = {e["device_time"].date() for e in events}
        self.orgs = dict(
            session.execute(
                select(Participant.id, Participant.organisation_id).where(
                    col(Participant.id).in_(people)
                )
            ).all()
        )
        self.kinds = dict(
            session.execute(
                select(CatalogItem.id, CatalogItem.kind).where(col(CatalogItem.id).in_(item_ids))
            ).all()
        )
        # Summaries exist for everyone in the chunk, and are locked until commit on
        # PostgreSQL (besides the appliers' lock, against a rebuild of one participant).
        self._upsert(
            ParticipantSummary,
            [
                {**_defaults(ParticipantSummary), "participant_id": p, "organisation_id": o}
                for p, o in self.orgs.items()
            ],
            update=False,
        )
        self.summaries = self._load(
            ParticipantSummary,
            col(ParticipantSummary.participant_id).in_(people),
            lock=True,
        )
        self.items = self._load(
            ParticipantItemStat,
            col(ParticipantItemStat.participant_id).in_(people),
            col(ParticipantItemStat.item_id).in_(item_ids),
        )
        self.step_stats = self._load(
            ParticipantStepStat,
            col(ParticipantStepStat.participant_id).in_(people),
            col(ParticipantStepStat.step_id).in_(step_ids),
        )
        self.states = self._load(
            ParticipantStepState,
            col(ParticipantStepState.participant_id).in_(people),
            col(ParticipantStepState.step_id).in_(step_ids),
        )
        self.days = self._load(
            ParticipantDay,
            col(ParticipantDay.participant_id).in_(people),
            col(ParticipantDay.day).in_(days),
        )
        self.touched: dict[Any, set[tuple]] = defaultdict(set)
        self.tick_changed: set[tuple[int, int]] = set()

    def _load(self, model, *where, lock: bool = False) -> dict[tuple, dict[str, Any]]:
        table = model.__table__
        key = [c.name for c in table.primary_key.columns]
        stmt = select(table).where(*where)
        if lock:
            stmt = stmt.with_for_update()
        found = {}
        for r in self.session.execute(stmt):
            row = dict(r._mapping)
            found[tuple(row[k] for k in key)] = row
        return found

    def _row(self, model, rows: dict, key: tuple, **fresh) -> dict[str, Any]:
        row = rows.get(key)
        if row is None:
            row = rows[key] = {**_defaults(model), **fresh}
        self.touched[model].add(key)
        return row

    def add(self, participant_id: int, events: list[dict[str, Any]]) -> int:
        """Count one participant's events (in device-time order) in; their organisation."""
        total = self.summaries[(participant_id,)]
        self.touched[ParticipantSummary].add((participant_id,))
        for ev in events:
            kind, t = ev["kind"], ev["device_time"]
            ms = (ev.get("listened_ms") or 0) if kind == "audio_played" else 0
            total["events"] += 1
            total["first_activity_at"] = min(aware(total["first_activity_at"]) or t, t)
            total["last_activity_at"] = max(aware(total["last_activity_at"]) or t, t)
            total["steps_ticked"] += kind == "step_ticked"
            total["audio_plays"] += kind == "audio_played"
            total["listened_ms"] += ms

            day = self._row(
                ParticipantDay,
                self.days,
                (participant_id, t.date()),
                participant_id=participant_id,
                day=t.date(),
            )
            day["events"] += 1
            day["ticks"] += kind == "step_ticked"
            day["completions"] += kind in COMPLETION_KINDS
            day["opens"] += kind == "station_opened"
            day["plays"] += kind == "audio_played"
            day["listened_ms"] += ms

            item_id = ev.get("item_id")
            if item_id:
                it = self._row(
                    ParticipantItemStat,
                    self.items,
                    (participant_id, item_id),
                    participant_id=participant_id,
                    item_id=item_id,
                    item_kind=self.kinds[item_id],
                    first_at=t,
                    last_at=t,
                )
                it["first_at"] = min(aware(it["first_at"]), t)
                it["last_at"] = max(aware(it["last_at"]), t)
                it["events"] += 1
                it["opens"] += kind == "station_opened"
                it["ticks"] += kind == "step_ticked"
                it["unticks"] += kind == "step_unticked"
                it["plays"] += kind == "audio_played"
                it["listened_ms"] += ms
                if kind in COMPLETION_KINDS:
                    it["completions"] += 1
                    it["first_completed_at"] = min(aware(it["first_completed_at"]) or t, t)
                    it["last_completed_at"] = max(aware(it["last_completed_at"]) or t, t)

            step_id = ev.get("step_id")
            if step_id:
                language = ev.get("language") or ""
                ss = self._row(
                    ParticipantStepStat,
                    self.step_stats,
                    (participant_id, step_id, language),
                    participant_id=participant_id,
                    step_id=step_id,
                    language=language,
                    item_id=item_id,
                )
                ss["plays"] += kind == "audio_played"
                ss["listened_ms"] += ms
                ss["ticks"] += kind == "step_ticked"
                ss["unticks"] += kind == "step_unticked"
                if kind in STEP_KINDS:
                    key = (participant_id, step_id)
                    state = self.states.get(key)
                    # An older event arriving late changes nothing.
                    if state is None or t >= aware(state["at"]):
                        self._row(
                            ParticipantStepState,
                            self.states,
                            key,
                            participant_id=participant_id,
                            step_id=step_id,
                            item_id=item_id,
                        ).update(ticked=kind == "step_ticked", at=t)
                    self.tick_changed.add((participant_id, item_id))
        return self.orgs[participant_id]

    def write(self, sizes: dict[int, int]) -> None:
        """Write every touched row; then the ticked-now counts and the summaries, which
        are derived from what was just written."""
        for model, rows in (
            (ParticipantDay, self.days),
            (ParticipantStepStat, self.step_stats),
            (ParticipantStepState, self.states),
        ):
            self._upsert(model, [rows[k] for k in self.touched[model]])
        if self.tick_changed:
            st = ParticipantStepState.__table__.c
            people = {p for p, _ in self.tick_changed}
            counted = dict.fromkeys(self.tick_changed, 0)
            counted.update(
                ((p, i), n)
                for p, i, n in self.session.execute(
                    select(st.participant_id, st.item_id, func.count())
                    .where(
                        st.participant_id.in_(list(people)),
                        st.item_id.in_(list({i for _, i in self.tick_changed})),
                        st.ticked == true(),
                    )
                    .group_by(st.participant_id, st.item_id)
                )
                if (p, i) in counted
            )
            for key, n in counted.items():
                self.items[key]["steps_ticked_now"] = n
        self._upsert(
            ParticipantItemStat, [self.items[k] for k in self.touched[ParticipantItemStat]]
        )

        it = ParticipantItemStat.__table__.c
        per_person: dict[int, list] = defaultdict(list)
        for r in self.session.execute(
            select(
                it.participant_id, it.item_id, it.item_kind, it.completions, it.steps_ticked_now
            ).where(it.participant_id.in_([p for (p,) in self.summaries]))
        ):
            per_person[r.participant_id].append(r)
        for (participant_id,), summary in self.summaries.items():
            shown = SimpleNamespace()
            summarise_items(shown, per_person[participant_id], sizes)
            summary.update(vars(shown))
        self._upsert(ParticipantSummary, list(self.summaries.values()))

    def _upsert(self, model, rows: list[dict[str, Any]], *, update: bool = True) -> None:
        if not rows:
            return
        table = model.__table__
        key = [c.name for c in table.primary_key.columns]
        stmt = _insert(self.session, table)
        if update:
            stmt = stmt.on_conflict_do_update(
                index_elements=key,
                set_={c.name: stmt.excluded[c.name] for c in table.c if c.name not in key},
            )
        else:
            stmt = stmt.on_conflict_do_nothing(index_elements=key)
        self.session.execute(stmt, rows)


# --- the full recompute ---------------------------------------------------------------


def day_of(session: Session, column):
    """The UTC calendar day of a timestamp column, in SQL."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.timezone("UTC", column), Date)
    return func.date(column)  # SQLite keeps UTC text: 'YYYY-MM-DD ...'


def _count_if(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def rebuild_rollups(
    session: Session, participant_id: int | None = None, *, daily: bool = False
) -> None:
    """Recompute the per-participant rollups from the stored events, for one or all.

    With `daily=True` the organisations' DailyCount table is recomputed too. Do
    that only on a database where nobody was erased: erased participants'
    events are gone, while their counts rightly stay in DailyCount.
    Commits.
    """
    ev = ProgressEvent.__table__.c
    # Under the appliers' lock, fold in what is pending, then recompute from the events
    # folded so far: one that arrives meanwhile stays pending, for the worker alone.
    fold_pending(session)
    scope = [ev.rolled_up == true()]
    if participant_id is not None:
        scope.append(ev.participant_id == participant_id)
    for model in PARTICIPANT_ROLLUPS:
        stmt = delete(model)
        if participant_id is not None:
            stmt = stmt.where(model.participant_id == participant_id)
        session.execute(stmt)

    is_completion = ev.kind.in_(COMPLETION_KINDS)
    audio_ms = func.coalesce(
        func.sum(case((ev.kind == "audio_played", func.coalesce(ev.listened_ms, 0)), else_=0)), 0
    )
    item = CatalogItem.__table__.c
    session.execute(
        insert(ParticipantItemStat.__table__).from_select(
            [
                "participant_id",
                "item_id",
                "item_kind",
                "first_at",
                "last_at",
                "events",
                "opens",
                "ticks",
                "unticks",
                "completions",
                "first_completed_at",
                "last_completed_at",
                "plays",
                "listened_ms",
                "steps_ticked_now",
            ],
            select(
                ev.participant_id,
                ev.item_id,
                item.kind,
                func.min(ev.device_time),
                func.max(ev.device_time),
                func.count(),
                _count_if(ev.kind == "station_opened"),
                _count_if(ev.kind == "step_ticked"),
                _count_if(ev.kind == "step_unticked"),
                _count_if(is_completion),
                func.min(case((is_completion, ev.device_time))),
                func.max(case((is_completion, ev.device_time))),
                _count_if(ev.kind == "audio_played"),
                audio_ms,
                literal(0),
            )
            .join(CatalogItem.__table__, item.id == ev.item_id)
            .where(ev.item_id.is_not(None), *scope)
            .group_by(ev.participant_id, ev.item_id, item.kind),
        )
    )
    lang = func.coalesce(ev.language, "")
    session.execute(
        insert(ParticipantStepStat.__table__).from_select(
            [
                "participant_id",
                "step_id",
                "language",
                "item_id",
                "plays",
                "listened_ms",
                "ticks",
                "unticks",
            ],
            select(
                ev.participant_id,
                ev.step_id,
                lang,
                func.min(ev.item_id),
                _count_if(ev.kind == "audio_played"),
                audio_ms,
                _count_if(ev.kind == "step_ticked"),
                _count_if(ev.kind == "step_unticked"),
            )
            .where(ev.step_id.is_not(None), *scope)
            .group_by(ev.participant_id, ev.step_id, lang),
        )
    )
    # The latest tick or untick per step (device time, then arrival order) wins.
    ranked = (
        select(
            ev.participant_id,
            ev.step_id,
            ev.item_id,
            (ev.kind == "step_ticked").label("ticked"),
            ev.device_time,
            func.row_number()
            .over(
                partition_by=(ev.participant_id, ev.step_id),
                order_by=(ev.device_time.desc(), ev.id.desc()),
            )
            .label("rn"),
        )
        .where(ev.kind.in_(("step_ticked", "step_unticked")), ev.step_id.is_not(None), *scope)
        .subquery()
    )
    session.execute(
        insert(ParticipantStepState.__table__).from_select(
            ["participant_id", "step_id", "item_id", "ticked", "at"],
            select(
                ranked.c.participant_id,
                ranked.c.step_id,
                ranked.c.item_id,
                ranked.c.ticked,
                ranked.c.device_time,
            ).where(ranked.c.rn == 1),
        )
    )
    st = ParticipantStepState.__table__.c
    pis = ParticipantItemStat.__table__.c
    ticked_now = (
        select(func.count())
        .where(st.participant_id == pis.participant_id, st.item_id == pis.item_id, st.ticked)
        .scalar_subquery()
    )
    upd = update(ParticipantItemStat.__table__).values(steps_ticked_now=ticked_now)
    if participant_id is not None:
        upd = upd.where(pis.participant_id == participant_id)
    session.execute(upd)

    day = day_of(session, ev.device_time)
    session.execute(
        insert(ParticipantDay.__table__).from_select(
            [
                "participant_id",
                "day",
                "events",
                "ticks",
                "completions",
                "opens",
                "plays",
                "listened_ms",
            ],
            select(
                ev.participant_id,
                day,
                func.count(),
                _count_if(ev.kind == "step_ticked"),
                _count_if(is_completion),
                _count_if(ev.kind == "station_opened"),
                _count_if(ev.kind == "audio_played"),
                audio_ms,
            )
            .where(*scope)
            .group_by(ev.participant_id, day),
        )
    )
    p = Participant.__table__.c
    session.execute(
        insert(ParticipantSummary.__table__).from_select(
            [
                "participant_id",
                "organisation_id",
                "first_activity_at",
                "last_activity_at",
                "events",
                "steps_ticked",
                "audio_plays",
                "listened_ms",
            ],
            select(
                ev.participant_id,
                func.min(p.organisation_id),
                func.min(ev.device_time),
                func.max(ev.device_time),
                func.count(),
                _count_if(ev.kind == "step_ticked"),
                _count_if(ev.kind == "audio_played"),
                audio_ms,
            )
            .join(Participant.__table__, p.id == ev.participant_id)
            .where(*scope)
            .group_by(ev.participant_id),
        )
    )
    # Distinct counts and progress: a few rows per participant, the same code as
    # the incremental path uses on its (independently built) item rows.
    sizes = checklist_sizes(session)
    item_rows: dict[int, list[ParticipantItemStat]] = defaultdict(list)
    stmt = select(ParticipantItemStat)
    if participant_id is not None:
        stmt = stmt.where(ParticipantItemStat.participant_id == participant_id)
    for row in session.execute(stmt).scalars():
        item_rows[row.participant_id].append(row)
    stmt = select(ParticipantSummary)
    if participant_id is not None:
        stmt = stmt.where(ParticipantSummary.participant_id == participant_id)
    for summary in session.execute(stmt).scalars():
        summarise_items(summary, item_rows.get(summary.participant_id, []), sizes)
        session.add(summary)

    if daily:
        _rebuild_daily(session)
    session.commit()


def _rebuild_daily(session: Session) -> None:
    ev = ProgressEvent.__table__.c  # (only folded events: see rebuild_rollups)
    p = Participant.__table__.c
    session.execute(delete(DailyCount))
    day = day_of(session, ev.device_time)
    item = func.coalesce(ev.item_id, 0)
    lang = func.coalesce(ev.language, "")
    session.execute(
        insert(DailyCount.__table__).from_select(
            ["organisation_id", "day", "item_id", "kind", "language", "count", "listened_ms"],
            select(
                p.organisation_id,
                day,
                item,
                ev.kind,
                lang,
                func.count(),
                func.coalesce(func.sum(func.coalesce(ev.listened_ms, 0)), 0),
            )
            .join(Participant.__table__, p.id == ev.participant_id)
            .where(ev.rolled_up == true())
            .group_by(p.organisation_id, day, item, ev.kind, lang),
        )
    )


def snapshot(session: Session, participant_id: int | None = None) -> dict[str, list[tuple]]:
    """Every rollup row as plain tuples (datetimes in UTC), for comparing two states;
    caught up first, as a coach's request would be."""
    apply_pending(session)
    out: dict[str, list[tuple]] = {}
    for model in (*PARTICIPANT_ROLLUPS, DailyCount):
        stmt = select(model)
        if participant_id is not None and model is not DailyCount:
            stmt = stmt.where(model.participant_id == participant_id)
        rows = []
        for obj in session.execute(stmt).scalars():
            values = []
            for name in model.model_fields:
                v = getattr(obj, name)
                if isinstance(v, datetime):
                    v = aware(v)
                elif isinstance(v, bool):
                    v = int(v)
                elif isinstance(v, str) and model is ParticipantDay and name == "day":
                    v = date.fromisoformat(v)
                values.append(v)
            rows.append(tuple(values))
        out[model.__tablename__] = sorted(rows, key=repr)
    return out


__all__ = [
    "apply_events",
    "apply_pending",
    "fold_pending",
    "has_pending",
    "aware",
    "checklist_sizes",
    "day_of",
    "rebuild_rollups",
    "snapshot",
    "summarise_items",
]
