"""Language-support staff correct texts and mark them reviewed, in one place.

A text row for review carries everything needed to judge it: the text, its
Swedish source, where it appears (step / title / summary of which item), its
review state (who marked it reviewed, when) and its audio: what plays now,
from which source, and any recording made for an earlier wording (stale).

Rules:
- Correcting a text changes its sha, so every clip made for the old wording
  becomes stale at once (best_clips stops playing it; coverage lists it).
  Nothing is deleted.
- Review applies to a wording: correcting a reviewed text without marking it
  reviewed again puts it back to draft. Swedish is the source and stays
  "source" whatever is done to it.
- Every change (corrected / reviewed / reopened) is one TextEvent row with who
  and when, so the marks survive later changes.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, select

from server.core.config import ALL_LANGUAGES, SOURCE_LANGUAGE
from server.models import CatalogItem, CatalogText, Step, TextEvent
from server.services.audio import LOWER_QUALITY_SOURCES, text_sha
from server.services.catalog import app_label_text_ids
from server.services.coverage import AudioStatus, audio_status, spoken_text_ids

MAX_TEXT_CHARS = 2000
REVIEW_STATES = ("draft", "reviewed")


class ReviewError(Exception):
    def __init__(self, status_code: int, detail: str):
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail


@dataclass(frozen=True)
class Change:
    text: str | None = None  # new wording (None: unchanged)
    review_status: str | None = None  # "reviewed" or "draft" (None: unchanged)
    base_sha: str | None = None  # the sha the editor saw; a mismatch is a 409


def get_text(*, session: Session, text_id: str, language: str) -> CatalogText:
    if language not in ALL_LANGUAGES:
        raise ReviewError(
            404, f"Unknown language {language!r}: use one of {', '.join(ALL_LANGUAGES)}."
        )
    row = session.exec(
        select(CatalogText).where(CatalogText.text_id == text_id, CatalogText.language == language)
    ).first()
    if row is None:
        raise ReviewError(404, f"There is no text {text_id!r} in language {language!r}.")
    return row


def update_text(
    *, session: Session, text_id: str, language: str, change: Change, by: str
) -> CatalogText:
    """Apply a correction and/or a review mark; one history row per change."""
    row = get_text(session=session, text_id=text_id, language=language)
    if change.base_sha is not None and change.base_sha != text_sha(row.text):
        raise ReviewError(
            409, "Someone changed this text while you were editing it. Reload and try again."
        )
    if change.review_status is not None and change.review_status not in REVIEW_STATES:
        raise ReviewError(422, f"review_status must be one of {', '.join(REVIEW_STATES)}.")
    if change.review_status is not None and language == SOURCE_LANGUAGE:
        raise ReviewError(422, "Swedish is the source text: it is not reviewed, only corrected.")
    now = datetime.now(UTC)
    events: list[TextEvent] = []

    new_text = None if change.text is None else change.text.strip()
    if new_text is not None:
        if not new_text:
            raise ReviewError(422, "The text must not be empty.")
        if len(new_text) > MAX_TEXT_CHARS:
            raise ReviewError(422, f"The text is too long (at most {MAX_TEXT_CHARS} characters).")
    if new_text is not None and new_text != row.text.strip():
        events.append(_event(row, "corrected", by, now, old_text=row.text, new_text=new_text))
        row.text = new_text
        row.updated_at = now
        if language != SOURCE_LANGUAGE and change.review_status is None:
            # A review vouches for a wording; a new wording needs a new review.
            change = Change(text=new_text, review_status="draft")

    wanted = change.review_status
    if wanted == "reviewed" and (row.review_status != "reviewed" or events):
        row.review_status, row.reviewed_by, row.reviewed_at = "reviewed", by, now
        events.append(_event(row, "reviewed", by, now, new_text=row.text))
    elif wanted == "draft" and row.review_status == "reviewed":
        # The last review's who/when stay in the history; the row says "not reviewed".
        row.review_status, row.reviewed_by, row.reviewed_at = "draft", None, None
        events.append(_event(row, "reopened", by, now, new_text=row.text))

    if events:
        session.add(row)
        session.add_all(events)
        session.commit()
        session.refresh(row)
    return row


def history(*, session: Session, text_id: str, language: str) -> list[TextEvent]:
    """Every change to the text and its recordings, newest first."""
    return list(
        session.exec(
            select(TextEvent)
            .where(TextEvent.text_id == text_id, TextEvent.language == language)
            .order_by(TextEvent.at.desc(), TextEvent.id.desc())
        )
    )


def _event(row: CatalogText, action: str, by: str, at: datetime, **kw) -> TextEvent:
    return TextEvent(text_id=row.text_id, language=row.language, action=action, by=by, at=at, **kw)


def _where(session: Session) -> dict[str, dict]:
    """text_id -> {"kind", "item", "item_kind", "position"} for every read-aloud text."""
    items = {i.id: i for i in session.exec(select(CatalogItem))}
    out: dict[str, dict] = {}
    for item in items.values():
        out[item.title_id] = {"kind": "title", "item": item.slug, "item_kind": item.kind}
        if item.summary_id:
            out[item.summary_id] = {"kind": "summary", "item": item.slug, "item_kind": item.kind}
    for step in session.exec(select(Step)):
        item = items.get(step.item_id)
        out[step.text_id] = {
            "kind": "step",
            "item": item.slug if item else None,
            "item_kind": item.kind if item else None,
            "position": step.position,
        }
    for text_id in app_label_text_ids(session=session):
        out[text_id] = {"kind": "label", "item": text_id.removeprefix("app-"), "item_kind": None}
    return out


def iso(dt: datetime | None) -> str | None:
    """ISO 8601 in UTC (SQLite hands back naive datetimes for timezone-aware columns)."""
    if dt is None:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).isoformat()


def _clip_json(clip) -> dict:
    return {
        "source": clip.source,
        "url": f"/audio/{clip.file_name}",
        "lower_quality": clip.source in LOWER_QUALITY_SOURCES,
        "duration_ms": clip.duration_ms,
        "created_by": clip.created_by,
        "created_at": iso(clip.created_at),
    }


def _audio_json(st: AudioStatus | None) -> dict:
    if st is None:
        return {"source": None, "playing": None, "stale": [], "needs_recording_again": False}
    return {
        "source": st.source,  # None: "no recording yet"
        "playing": _clip_json(st.best) if st.best else None,
        "stale": [_clip_json(c) for c in st.stale_unreplaced],
        "needs_recording_again": st.needs_recording_again,
    }


def text_rows(
    *,
    session: Session,
    language: str,
    status: str | None = None,
    text_ids: list[str] | None = None,
    spoken_only: bool = True,
) -> list[dict]:
    """The review list: text + Swedish source + where + review state + audio, one row each."""
    if language not in ALL_LANGUAGES:
        raise ReviewError(
            422, f"Unknown language {language!r}: use one of {', '.join(ALL_LANGUAGES)}."
        )
    if status is not None and status not in ("source", *REVIEW_STATES):
        raise ReviewError(422, "status must be one of source, draft, reviewed.")
    q = select(CatalogText).where(CatalogText.language == language)
    if status is not None:
        q = q.where(CatalogText.review_status == status)
    if text_ids is not None:
        q = q.where(CatalogText.text_id.in_(text_ids))
    rows = list(session.exec(q.order_by(CatalogText.text_id)))
    where = _where(session)
    if spoken_only and text_ids is None:
        spoken = spoken_text_ids(session=session)
        rows = [r for r in rows if r.text_id in spoken]
    ids = [r.text_id for r in rows]
    sv = {}
    if ids:
        sv = {
            r.text_id: r.text
            for r in session.exec(
                select(CatalogText).where(
                    CatalogText.language == SOURCE_LANGUAGE, CatalogText.text_id.in_(ids)
                )
            )
        }
    current = {r.text_id: r.text for r in rows}
    audio = audio_status(session=session, language=language, texts=current)
    from server.services.clip_review import computer_audio  # imports review.iso

    computer = computer_audio(session=session, language=language, texts=current)
    # Station order: by item, then position, so a reviewer walks a station step by step.
    rows.sort(
        key=lambda r: (
            (where.get(r.text_id) or {}).get("item") or "~",
            {"title": 0, "summary": 1, "step": 2}.get((where.get(r.text_id) or {}).get("kind"), 3),
            (where.get(r.text_id) or {}).get("position", 0),
            r.text_id,
        )
    )
    return [
        {
            "text_id": r.text_id,
            "language": r.language,
            "text": r.text,
            "text_sha": text_sha(r.text),
            "sv": sv.get(r.text_id),
            "where": where.get(r.text_id),
            "review_status": r.review_status,
            "reviewed_by": r.reviewed_by,
            "reviewed_at": iso(r.reviewed_at),
            "updated_at": iso(r.updated_at),
            "audio": {
                **_audio_json(audio.get(r.text_id)),
                # The computer voice's clip for this wording, heard or waiting for
                # approval (approve / reject: PUT .../computer-audio/decision).
                "computer": computer[r.text_id].as_dict() if r.text_id in computer else None,
            },
        }
        for r in rows
    ]
