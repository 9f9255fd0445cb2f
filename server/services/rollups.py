"""Keep the coach's rollups (server/models/coaching.py) in step with the progress events.

Two paths that must agree (tests/server/test_coaching.py checks it, folding groups and
chunks of every size against a recompute):

- the incremental path. On SQLite the event writer (server/api/event_writer.py)
  folds each group of batches into the rollups in the transaction that stores them
  (`fold_stored`). On PostgreSQL it stores them pending (a row in PendingEvent) and
  `apply_pending` claims and folds them: in the rollup worker, beside the next
  inserts, and before a coach's request, so a coach reads every stored event (also
  events left pending by an earlier server version during an upgrade).
  Either way the SELECTs of the recompute run over just the new events and are
  merged into the rollups (set-based SQL: the cost grows with the new events, not
  with those stored).
- `rebuild_rollups(session, participant_id=None)`: a full recompute from the
  events with the same SELECTs, after an erasure, for repairs, and in bulk for the
  benchmark.

Days are UTC calendar days of the device's time.
"""

from collections import defaultdict
from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    bindparam,
    case,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from server.db import list_param, member_of, one_writer
from server.models import CatalogItem, Participant, PendingEvent, ProgressEvent, Step
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


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _insert(dialect: str, table):
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise RuntimeError(f"unsupported database {dialect}")  # pragma: no cover


# --- shared: the summary from a participant's per-item rows ---------------------------


_CHECKLISTS = select(CatalogItem.id).where(CatalogItem.kind == "checklist")
_CHECKLIST_STEPS = (
    select(Step.item_id, func.count())
    .join(CatalogItem, CatalogItem.id == Step.item_id)
    .where(CatalogItem.kind == "checklist")
    .group_by(Step.item_id)
)


def checklist_sizes(session: Session) -> dict[int, int]:
    """Steps per checklist of the catalog (every checklist, also those with no steps)."""
    sizes = dict.fromkeys(session.execute(_CHECKLISTS).scalars(), 0)
    rows = session.execute(_CHECKLIST_STEPS).all()
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


# --- what a set of events adds to each rollup, in SQL -----------------------------------
#
# One SELECT per rollup table turns events into rollup rows. The full recompute inserts
# them as they are; the incremental path runs the same SELECTs over a claimed chunk and
# merges them into the existing rows (ON CONFLICT: counters add up, first/last times
# take the earlier/later, a step's state takes the later event). The counting happens
# in the database, in C and outside Python's GIL: a busy morning's fold costs the server
# a few statements per chunk whatever the number of events.


def day_of(dialect: str, column):
    """The UTC calendar day of a timestamp column, in SQL ("postgresql" or "sqlite")."""
    if dialect == "postgresql":
        return cast(func.timezone("UTC", column), Date)
    return func.date(column)  # SQLite keeps UTC text: 'YYYY-MM-DD ...'


def _count_if(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _listened_ms(events=None):
    """Milliseconds listened, summed over audio_played events."""
    ev = _events(events)
    played = case((ev.kind == "audio_played", func.coalesce(ev.listened_ms, 0)), else_=0)
    return func.coalesce(func.sum(played), 0)


# The summary's counts derived from its item rows (`_summarise`), not from events.
_DERIVED = ("checklists_started", "checklists_done", "guides_finished", "stations_used", "progress")

# How an existing row takes in the rows a chunk adds, column by column (others add up).
_KEEP, _EARLIER, _LATER = "keep", "earlier", "later"
_MERGE = {
    ParticipantItemStat: {
        "item_kind": _KEEP,
        "steps_ticked_now": _KEEP,  # recounted after the states (below)
        "first_at": _EARLIER,
        "last_at": _LATER,
        "first_completed_at": _EARLIER,
        "last_completed_at": _LATER,
    },
    ParticipantStepStat: {"item_id": _KEEP},
    ParticipantDay: {},
    ParticipantSummary: {
        "organisation_id": _KEEP,
        "first_activity_at": _EARLIER,
        "last_activity_at": _LATER,
        # Set from the item rows afterwards; written as zeros, their defaults (an INSERT
        # inside a WITH gets no Python-side defaults).
        **dict.fromkeys(_DERIVED, _KEEP),
    },
    DailyCount: {},
}


def _events(events) -> Any:
    """The columns of the events table, or of a selection of it with the same columns."""
    return (ProgressEvent.__table__ if events is None else events).c


def _event_rollups(dialect: str, scope: list, events=None) -> list[tuple[Any, list[str], Any]]:
    """(model, columns, SELECT) per rollup table, over the events matching `scope` (in
    `events`, by default the events table), in the order they must be written (step
    states before the ticked-now counts)."""
    ev = _events(events)
    item = CatalogItem.__table__.c
    p = Participant.__table__.c
    is_completion = ev.kind.in_(COMPLETION_KINDS)
    audio_ms = _listened_ms(events)
    lang = func.coalesce(ev.language, "")
    day = day_of(dialect, ev.device_time)
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
        .where(ev.kind.in_(STEP_KINDS), ev.step_id.is_not(None), *scope)
        .subquery()
    )
    return [
        (
            ParticipantItemStat,
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
            ],  # fmt: skip
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
        ),
        (
            ParticipantStepStat,
            [
                "participant_id",
                "step_id",
                "language",
                "item_id",
                "plays",
                "listened_ms",
                "ticks",
                "unticks",
            ],  # fmt: skip
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
        ),
        (
            ParticipantStepState,
            ["participant_id", "step_id", "item_id", "ticked", "at"],
            select(
                ranked.c.participant_id,
                ranked.c.step_id,
                ranked.c.item_id,
                ranked.c.ticked,
                ranked.c.device_time,
            ).where(ranked.c.rn == 1),
        ),
        (
            ParticipantDay,
            [
                "participant_id",
                "day",
                "events",
                "ticks",
                "completions",
                "opens",
                "plays",
                "listened_ms",
            ],  # fmt: skip
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
        ),
        (
            ParticipantSummary,
            [
                "participant_id",
                "organisation_id",
                "first_activity_at",
                "last_activity_at",
                "events",
                "steps_ticked",
                "audio_plays",
                "listened_ms",
                *_DERIVED,
            ],  # fmt: skip
            select(
                ev.participant_id,
                func.min(p.organisation_id),
                func.min(ev.device_time),
                func.max(ev.device_time),
                func.count(),
                _count_if(ev.kind == "step_ticked"),
                _count_if(ev.kind == "audio_played"),
                audio_ms,
                *[literal(0)] * 4,
                literal(0.0),  # _DERIVED's zeros (progress is a share)
            )
            .join(Participant.__table__, p.id == ev.participant_id)
            .where(*scope)
            .group_by(ev.participant_id),
        ),
    ]


def _daily_counts(dialect: str, scope: list, events=None):
    """The organisations' counts per day, item, kind and language, over `scope`."""
    ev = _events(events)
    p = Participant.__table__.c
    day = day_of(dialect, ev.device_time)
    item = func.coalesce(ev.item_id, 0)
    lang = func.coalesce(ev.language, "")
    return (
        ["organisation_id", "day", "item_id", "kind", "language", "count", "listened_ms"],
        select(p.organisation_id, day, item, ev.kind, lang, func.count(), _listened_ms(events))
        .join(Participant.__table__, p.id == ev.participant_id)
        .where(*scope)
        .group_by(p.organisation_id, day, item, ev.kind, lang),
    )


def _merge_into(dialect: str, model, columns: list[str], rows):
    """INSERT the rows; where one exists, merge by `_MERGE`. (The statement.)"""
    table = model.__table__
    key = [c.name for c in table.primary_key.columns]
    stmt = _insert(dialect, table).from_select(columns, rows)
    new, old = stmt.excluded, table.c
    if model is ParticipantStepState:
        # An older tick or untick arriving late changes nothing.
        stmt = stmt.on_conflict_do_update(
            index_elements=key,
            set_={"ticked": new.ticked, "at": new.at},
            where=new.at >= old.at,
        )
    else:
        rules = _MERGE[model]
        merged = {}
        for name in columns:
            rule = rules.get(name)
            if name in key or rule == _KEEP:
                continue
            if rule == _EARLIER:
                merged[name] = case(
                    (or_(old[name].is_(None), new[name] < old[name]), new[name]), else_=old[name]
                )
            elif rule == _LATER:
                merged[name] = case(
                    (or_(old[name].is_(None), new[name] > old[name]), new[name]), else_=old[name]
                )
            else:
                merged[name] = old[name] + new[name]
        stmt = stmt.on_conflict_do_update(index_elements=key, set_=merged)
    return stmt


# --- the incremental path -------------------------------------------------------------

# One key for the whole application: on PostgreSQL the appliers of every server
# process take turns (no deadlocks between two folding the same participant).
ROLLUP_LOCK_KEY = 0x53746567  # "Steg"
APPLY_CHUNK = 5000


_ROLLUP_LOCK = select(func.pg_advisory_xact_lock(ROLLUP_LOCK_KEY))


def _lock_rollups(session: Session) -> None:
    if _dialect(session) == "postgresql":
        session.connection().execute(_ROLLUP_LOCK)


def has_pending(session: Session) -> bool:
    """Are there stored events not yet in the rollups? (A look at the queue's first row.)"""
    return session.execute(_ANY_PENDING).first() is not None


_PENDING = PendingEvent.__table__.c
_ANY_PENDING = select(_PENDING.id).limit(1)


def _claim_pending(session: Session, limit: int) -> tuple[list[int], set[int]]:
    """Take the first `limit` events off the pending queue, in the caller's transaction:
    their ids, and the participants they belong to.

    The DELETE is the claim: on SQLite it takes the write lock first; on PostgreSQL a
    concurrent claimer waits on the rows and then finds them gone, so no event is
    claimed twice (appliers also take turns on the rollup lock)."""
    first = select(_PENDING.id).order_by(_PENDING.id).limit(limit).scalar_subquery()
    claimed = delete(PendingEvent.__table__).where(_PENDING.id.in_(first)).returning(_PENDING.id)
    ids = sorted(session.execute(claimed).scalars())
    if not ids:
        return [], set()
    dialect = _dialect(session)
    ev = ProgressEvent.__table__.c
    people = select(ev.participant_id).distinct().where(member_of(ev.id, "ids", dialect, Integer))
    found = session.execute(people, {"ids": list_param(dialect, ids)}).scalars()
    return ids, set(found)


def _folded(ev) -> Any:
    """Events already in the rollups: those not waiting on the pending queue."""
    return ~exists().where(_PENDING.id == ev.id)


def fold_pending(session: Session) -> None:
    """Under the appliers' lock, fold every pending event in, in the caller's transaction
    (no commit): for a rebuild or an erasure, which must start from a caught-up state."""
    _lock_rollups(session)
    while True:  # in chunks: a chunk's ids are bound as parameters
        ids, people = _claim_pending(session, APPLY_CHUNK)
        _fold_claimed(session, ids, people)
        if len(ids) < APPLY_CHUNK:
            return


def fold_stored(session: Session, ids: list[int], people: set[int]) -> None:
    """Fold events just inserted as rolled up (the event writer's group) into the
    rollups, under the appliers' lock, in the caller's transaction (no commit)."""
    if ids:
        _lock_rollups(session)
        _fold_claimed(session, ids, people)


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
            ids, people = _claim_pending(session, chunk)
            _fold_claimed(session, ids, people)
            session.commit()
        done += len(ids)
        if len(ids) < chunk:
            break
    return done


def _fold_claimed(session: Session, ids: list[int], people: set[int]) -> None:
    """Fold the claimed events (by id) into the rollups, in the caller's transaction."""
    if not ids:
        return
    dialect = _dialect(session)
    fold = _fold_statements(dialect)
    chunk = {"chunk": list_param(dialect, ids)}
    connection = session.connection()
    for stmt in fold.merges:
        connection.execute(stmt, chunk)
    connection.execute(fold.recount, chunk)
    _summarise(session, people)


@dataclass(frozen=True)
class _FoldStatements:
    merges: list  # per rollup table and the daily counts: INSERT … SELECT … ON CONFLICT
    recount: Any  # the ticked-now counts of the items whose steps the chunk touched


@lru_cache(maxsize=4)
def _fold_statements(dialect: str) -> _FoldStatements:
    """The fold's statements, built once per database kind with the chunk's ids as one
    parameter: built afresh per fold they cost more than running them (~15 ms).

    PostgreSQL: every merge and the daily counts in one statement, over the chunk's
    events read once (a materialised CTE whose data-modifying siblings each write their
    own table): six statements each looked the chunk's events up by id again, ~1 µs an
    event each. The recount reads the step states written, so it follows on its own."""
    ev = ProgressEvent.__table__.c
    scope = [member_of(ev.id, "chunk", dialect, Integer)]
    events = None
    if dialect == "postgresql":
        events = select(ProgressEvent.__table__).where(*scope).cte("fold_chunk")
        events = events.prefix_with("MATERIALIZED")
    over = [] if events is not None else scope  # the CTE holds just the chunk
    merges = [_merge_into(dialect, *parts) for parts in _event_rollups(dialect, over, events)]
    merges.append(_merge_into(dialect, DailyCount, *_daily_counts(dialect, over, events)))
    if events is not None:
        writes = [merge.cte(f"fold_{n}") for n, merge in enumerate(merges)]
        merges = [select(literal(1)).add_cte(*writes)]
    return _FoldStatements(merges, _recount_ticked_now(scope))


def _recount_ticked_now(scope: list | None):
    """Each item's count of steps ticked now, from the step states: for the items whose
    steps the events in `scope` ticked or unticked (all items when None). (The statement.)"""
    st = ParticipantStepState.__table__.c
    pis = ParticipantItemStat.__table__.c
    ticked_now = (
        select(func.count())
        .where(st.participant_id == pis.participant_id, st.item_id == pis.item_id, st.ticked)
        .scalar_subquery()
    )
    stmt = update(ParticipantItemStat.__table__).values(steps_ticked_now=ticked_now)
    if scope is not None:
        ev = ProgressEvent.__table__.c
        touched = select(ev.participant_id, ev.item_id).where(ev.kind.in_(STEP_KINDS), *scope)
        stmt = stmt.where(tuple_(pis.participant_id, pis.item_id).in_(touched))
    return stmt


_PIS = ParticipantItemStat.__table__.c
_SUMMARY = ParticipantSummary.__table__
_ITEM_ROWS = select(
    _PIS.participant_id, _PIS.item_id, _PIS.item_kind, _PIS.completions, _PIS.steps_ticked_now
)
_SUMMARIES = select(_SUMMARY.c.participant_id)


@lru_cache(maxsize=4)
def _of_people(dialect: str) -> tuple[Any, Any]:
    """The item rows and the summaries of some participants (one list parameter)."""
    return (
        _ITEM_ROWS.where(member_of(_PIS.participant_id, "people", dialect, Integer)),
        _SUMMARIES.where(member_of(_SUMMARY.c.participant_id, "people", dialect, Integer)),
    )


_SET_DERIVED = (
    update(_SUMMARY)
    .where(_SUMMARY.c.participant_id == bindparam("who"))
    .values({name: bindparam(f"new_{name}") for name in _DERIVED})
)


def _summarise(session: Session, people: set[int] | None) -> None:
    """The summaries' distinct counts and progress from the item rows (`summarise_items`),
    for these participants (all when None)."""
    sizes = checklist_sizes(session)
    connection = session.connection()
    if people is None:
        items, summaries = connection.execute(_ITEM_ROWS), connection.execute(_SUMMARIES)
    else:
        dialect = _dialect(session)
        items_of, summaries_of = _of_people(dialect)
        asked = {"people": list_param(dialect, people)}
        items = connection.execute(items_of, asked)
        summaries = connection.execute(summaries_of, asked)
    per_person: dict[int, list] = defaultdict(list)
    for row in items:
        per_person[row.participant_id].append(row)
    values = []
    for participant_id in summaries.scalars():
        shown = SimpleNamespace()
        summarise_items(shown, per_person[participant_id], sizes)
        values.append({"who": participant_id, **{f"new_{k}": getattr(shown, k) for k in _DERIVED}})
    if values:
        connection.execute(_SET_DERIVED, values)


# --- the full recompute ---------------------------------------------------------------


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
    scope = [_folded(ev)]
    if participant_id is not None:
        scope.append(ev.participant_id == participant_id)
    for model in PARTICIPANT_ROLLUPS:
        stmt = delete(model)
        if participant_id is not None:
            stmt = stmt.where(model.participant_id == participant_id)
        session.execute(stmt)
    dialect = _dialect(session)
    for model, columns, rows in _event_rollups(dialect, scope):
        session.execute(insert(model.__table__).from_select(columns, rows))
    session.execute(_recount_ticked_now(scope if participant_id is not None else None))
    _summarise(session, {participant_id} if participant_id is not None else None)
    if daily:
        session.execute(delete(DailyCount))
        columns, rows = _daily_counts(dialect, [_folded(ev)])
        session.execute(insert(DailyCount.__table__).from_select(columns, rows))
    session.commit()


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
    "apply_pending",
    "fold_pending",
    "fold_stored",
    "has_pending",
    "aware",
    "checklist_sizes",
    "day_of",
    "rebuild_rollups",
    "snapshot",
    "summarise_items",
]
