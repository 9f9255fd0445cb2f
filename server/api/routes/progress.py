"""Progress events from the participant's device, sent in batches.

A batch is judged event by event: valid events are kept, invalid ones come
back with a reason, and an event id already stored counts as a duplicate
(not an error), so a device that resends after a lost response loses nothing
and counts nothing twice.
"""

import asyncio
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from sqlmodel import Session, select

from server.api.deps import CurrentParticipant, SessionDep, presented_token
from server.api.event_writer import Job, event_writer
from server.db import get_engine
from server.models import CatalogItem, Step
from server.models._dates import Moment
from server.models._time import utcnow
from server.models.progress import EVENT_KINDS, ProgressEvent
from server.services.content_cache import content_cache
from server.services.i18n import LANGUAGES

router = APIRouter(prefix="/progress", tags=["progress"])

MAX_BATCH = 500
# Phones' clocks drift; beyond this an event "from the future" is a bug or a forgery.
FUTURE_TOLERANCE = timedelta(minutes=10)
STEP_KINDS = {"step_ticked", "step_unticked"}
ITEM_KINDS = {"checklist_completed", "guide_finished", "station_opened"}


class EventIn(BaseModel):
    """One event as the device sends it."""

    id: str
    type: Literal[
        "step_ticked",
        "step_unticked",
        "checklist_completed",
        "guide_finished",
        "station_opened",
        "audio_played",
    ]
    device_time: Moment
    step: str | None = Field(default=None, max_length=120, description="step key (text id)")
    item: str | None = Field(default=None, max_length=60, description="item slug")
    language: str | None = Field(default=None, max_length=5)
    listened_ms: int | None = Field(default=None, ge=0, le=24 * 3600 * 1000)


class EventBatch(BaseModel):
    # Raw dicts: one malformed event must not make the whole batch a 422.
    events: list[Any] = Field(max_length=MAX_BATCH)


class _CheckedBatch(BaseModel):
    """What phones send: a batch whose every event is well formed, checked in one pass
    over the request's bytes (pydantic's own JSON reader: no `json.loads`, no dicts)."""

    events: list[EventIn] = Field(max_length=MAX_BATCH)


class Rejected(BaseModel):
    index: int
    id: str | None
    error: str


class BatchResult(BaseModel):
    stored: list[str]
    duplicates: list[str]
    rejected: list[Rejected]


class ProgressMe(BaseModel):
    participant: dict[str, Any]
    ticked: list[str]
    completed: dict[str, int]
    completed_at: dict[str, datetime]
    stations_opened: dict[str, int]
    event_count: int


def _reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "event"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def _as_aware(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


@dataclass(frozen=True)
class StepRef:
    id: int
    item_id: int


@dataclass(frozen=True)
class ItemRef:
    id: int


@dataclass
class CatalogRefs:
    steps: dict[str, StepRef]
    items: dict[str, ItemRef]


def _load_refs(session: Session, step_keys=None, item_slugs=None) -> CatalogRefs:
    """All references (None), or only those named (an empty set asks nothing)."""
    refs = CatalogRefs({}, {})
    if step_keys is None or step_keys:
        stmt = select(Step.text_id, Step.id, Step.item_id)
        if step_keys is not None:
            stmt = stmt.where(Step.text_id.in_(step_keys))
        refs.steps = {key: StepRef(i, item) for key, i, item in session.exec(stmt)}
    if item_slugs is None or item_slugs:
        stmt = select(CatalogItem.slug, CatalogItem.id)
        if item_slugs is not None:
            stmt = stmt.where(CatalogItem.slug.in_(item_slugs))
        refs.items = {slug: ItemRef(i) for slug, i in session.exec(stmt)}
    return refs


def catalog_refs(session: Session, step_keys: set[str], item_slugs: set[str]) -> CatalogRefs:
    """Step keys and item slugs to ids: from a per-process table kept with the content
    cache (no query on the hot path), asking the database only for what it lacks (a step
    added in another process in the last seconds)."""
    known = content_cache.memo(("catalog-refs",), lambda: _load_refs(session))
    missing_steps = step_keys - known.steps.keys()
    missing_items = item_slugs - known.items.keys()
    if not missing_steps and not missing_items:
        return known
    extra = _load_refs(session, missing_steps, missing_items)
    return CatalogRefs({**known.steps, **extra.steps}, {**known.items, **extra.items})


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


# An event that passed the checks needing no database: (index in the batch, canonical
# UUID text, the event, its device time in UTC). A tuple: a dataclass per event cost
# more than the checks.
Accepted = tuple[int, str, EventIn, datetime]


@dataclass
class Judged:
    """A batch's events after the checks that need no database."""

    parsed: list[Accepted]  # the first of each id
    rejected: list[Rejected]
    in_batch_dups: list[str]


def _read_batch(body: bytes, content_type: str | None) -> list[EventIn | Rejected]:
    """The request's events: all at once from the bytes when every one is well formed
    (what phones send); else read as raw values and judged one by one, so that only a
    malformed event is rejected. A body that is no batch at all is a 422, as FastAPI
    would answer it."""
    is_json = not content_type or _is_json(content_type)  # none given: JSON, as FastAPI
    if is_json:
        try:
            return list(_CheckedBatch.model_validate_json(body).events)
        except ValidationError:
            pass
    try:
        batch = EventBatch.model_validate_json(body) if is_json else EventBatch.model_validate(body)
    except ValidationError as exc:
        errors = [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
        raise RequestValidationError(errors, body=body) from None
    return _validated(batch.events)


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


def _validated(events: list[Any]) -> list[EventIn | Rejected]:
    out: list[EventIn | Rejected] = []
    for index, raw in enumerate(events):
        try:
            out.append(EventIn.model_validate(raw))
        except ValidationError as exc:
            raw_id = raw.get("id") if isinstance(raw, dict) else None
            shown_id = raw_id if isinstance(raw_id, str) else None
            out.append(Rejected(index=index, id=shown_id, error=_reason(exc)))
    return out


def _judge(events: list[EventIn | Rejected], now: datetime) -> Judged:
    """The checks past the shape of each event (see `_read_batch`, `_validated`).

    Runs on the event loop for every event of a busy morning: the event model is read,
    never written (pydantic's attribute setter cost as much as the checks)."""
    judged = Judged([], [], [])
    rejected = judged.rejected
    seen: set[str] = set()
    latest = now + FUTURE_TOLERANCE  # phones' clocks drift; past this: a bug or forgery
    for index, ev in enumerate(events):
        if ev.__class__ is Rejected:
            rejected.append(ev)
            continue
        event_id = ev.id
        if not _CANONICAL_UUID.fullmatch(event_id):  # phones send this form; others normalised
            try:
                event_id = str(uuid.UUID(event_id))
            except ValueError:
                rejected.append(Rejected(index=index, id=event_id, error="id: not a UUID"))
                continue
        # (Moment has already refused dates outside 2000-2100, e.g. a phone reset to 1970.)
        at = _as_aware(ev.device_time)
        if at > latest:
            rejected.append(
                Rejected(index=index, id=event_id, error="device_time: too far in the future")
            )
            continue
        language = ev.language
        if language is not None and language not in LANGUAGES:
            rejected.append(
                Rejected(index=index, id=event_id, error=f"language: unknown {language!r}")
            )
            continue
        if event_id in seen:
            judged.in_batch_dups.append(event_id)
            continue
        seen.add(event_id)
        judged.parsed.append((index, event_id, ev, at))
    return judged


def _rows_for(
    judged: Judged, now: datetime, session: Session, participant_id: int
) -> list[dict[str, Any]]:
    """The judged events as rows for the participant, checked against the catalog (in
    the event writer's thread); those naming unknown steps or items join `rejected`."""
    parsed = judged.parsed
    refs = catalog_refs(session, {ev.step for _, _, ev, _ in parsed if ev.step},
                        {ev.item for _, _, ev, _ in parsed if ev.item})  # fmt: skip
    steps, items = refs.steps, refs.items
    rows: list[dict[str, Any]] = []
    for index, event_id, ev, device_time in parsed:
        step = steps.get(ev.step) if ev.step else None
        item = items.get(ev.item) if ev.item else None
        error = None
        if ev.step and step is None:
            error = f"step: unknown step {ev.step!r}"
        elif ev.item and item is None:
            error = f"item: unknown item {ev.item!r}"
        elif ev.type in STEP_KINDS and step is None:
            error = "step: required for this event type"
        elif ev.type in ITEM_KINDS and item is None:
            error = "item: required for this event type"
        elif step is not None and item is not None and step.item_id != item.id:
            error = "step: does not belong to item"
        elif ev.type == "audio_played" and step is None and item is None:
            error = "step or item: required for audio_played"
        if error:
            judged.rejected.append(Rejected(index=index, id=event_id, error=error))
            continue
        rows.append(
            {
                "event_id": event_id,
                "participant_id": participant_id,
                "kind": ev.type,
                "item_id": item.id if item else (step.item_id if step else None),
                "step_id": step.id if step else None,
                "language": ev.language,
                "listened_ms": ev.listened_ms if ev.type == "audio_played" else None,
                "device_time": device_time,
                "received_at": now,
            }
        )
    return rows


# The body is read by `_read_batch`, not by FastAPI (json.loads, then pydantic over the
# dicts: a third of the event loop's time on a busy morning); documented as before.
_BODY_DOCUMENTED = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": EventBatch.model_json_schema()}},
    }
}
_UNPROCESSABLE = {
    422: {
        "description": "Validation Error",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/HTTPValidationError"}}
        },
    }
}


@router.post(
    "/events",
    response_model=BatchResult,
    openapi_extra=_BODY_DOCUMENTED,
    responses=_UNPROCESSABLE,
)
async def create_events(request: Request) -> JSONResponse:
    """Store a batch of the signed-in participant's events, each id once."""
    token = presented_token(request)
    if not token:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Sign-in card not valid (revoked or unknown)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    # The checks that need no database run here, on the event loop; the card, the
    # catalog, the insert and the coach's rollups are the event writer's
    # (server/api/event_writer.py), which stores the batches of many requests at once.
    now = utcnow()
    judged = _judge(_read_batch(await request.body(), request.headers.get("content-type")), now)
    future = asyncio.get_running_loop().create_future()
    written = await event_writer.submit(
        Job(get_engine(), token, partial(_rows_for, judged, now), future)
    )
    if written.pending and written.stored:
        request.app.state.rollup_worker.poke()
    ordered = [r["event_id"] for r in written.rows]
    # Sent as it is (BatchResult's shape, documented by response_model): FastAPI would
    # validate a returned model again, field by field, costing more than the judging.
    return JSONResponse(
        {
            "stored": [e for e in ordered if e in written.stored],
            "duplicates": [e for e in ordered if e not in written.stored] + judged.in_batch_dups,
            "rejected": [r.model_dump() for r in sorted(judged.rejected, key=lambda r: r.index)],
        }
    )


@router.get("/me", response_model=ProgressMe)
def read_my_progress(session: SessionDep, me: CurrentParticipant) -> ProgressMe:
    """The participant's own ticks and completions, for the device to sync back."""
    events = session.exec(
        select(ProgressEvent)
        .where(ProgressEvent.participant_id == me.id)
        .order_by(ProgressEvent.device_time, ProgressEvent.id)
    ).all()
    step_ids = {e.step_id for e in events if e.step_id}
    item_ids = {e.item_id for e in events if e.item_id}
    step_keys = (
        {s.id: s.text_id for s in session.exec(select(Step).where(Step.id.in_(step_ids)))}
        if step_ids
        else {}
    )
    item_slugs = (
        {
            i.id: i.slug
            for i in session.exec(select(CatalogItem).where(CatalogItem.id.in_(item_ids)))
        }
        if item_ids
        else {}
    )
    ticked: dict[str, bool] = {}
    completed: dict[str, int] = {}
    completed_at: dict[str, datetime] = {}
    opened: dict[str, int] = {}
    for e in events:  # in device-time order: the last tick or untick wins
        if e.kind in STEP_KINDS and e.step_id in step_keys:
            ticked[step_keys[e.step_id]] = e.kind == "step_ticked"
        elif e.kind in ("checklist_completed", "guide_finished") and e.item_id in item_slugs:
            slug = item_slugs[e.item_id]
            completed[slug] = completed.get(slug, 0) + 1
            completed_at[slug] = _as_aware(e.device_time)
        elif e.kind == "station_opened" and e.item_id in item_slugs:
            slug = item_slugs[e.item_id]
            opened[slug] = opened.get(slug, 0) + 1
    return ProgressMe(
        participant={"id": me.id, "display_name": me.display_name, "language": me.language},
        ticked=sorted(k for k, v in ticked.items() if v),
        completed=completed,
        completed_at=completed_at,
        stations_opened=opened,
        event_count=len(events),
    )


# The Literal above and the model's list must name the same kinds.
assert set(EVENT_KINDS) == set(EventIn.model_fields["type"].annotation.__args__)
