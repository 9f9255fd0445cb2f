"""The catalog as JSON for the participant's client.

One document per language: every item with its steps, pictograms, the text in
that language and in Swedish beside it, review status, and the audio URL (or
null: "no recording yet"). A content version (also the ETag) lets the client
keep its copy and ask only "has it changed?".
"""

import hashlib
import json
import time
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool
from sqlmodel import Session, select

from server.api.deps import optional_viewer, presented_token
from server.core.config import PARTICIPANT_LANGUAGES, SOURCE_LANGUAGE
from server.db import get_engine
from server.models import CatalogItem, CatalogText, Step
from server.services.audio import LOWER_QUALITY_SOURCES, best_clips
from server.services.catalog import app_label_text_ids
from server.services.content_cache import Rendered, content_cache
from server.services.i18n import LANGUAGES
from server.services.photos import photo_url
from server.services.roles import visible_item_filter
from server.services.spoken import language_name_clips

router = APIRouter(prefix="/catalog", tags=["catalog"])

# Spoken language names for the chooser ("hear each language's name").
LANGUAGE_NAME_TEXT_ID = "language-name-{code}"


def _audio_url(file_name: str) -> str:
    return f"/audio/{file_name}"


def _texts(session: Session, language: str, text_ids: list[str]) -> dict[str, CatalogText]:
    if not text_ids:
        return {}
    rows = session.exec(
        select(CatalogText).where(
            CatalogText.language == language, CatalogText.text_id.in_(text_ids)
        )
    )
    return {row.text_id: row for row in rows}


def build_catalog(
    *, session: Session, language: str, organisation_id: int | None = None
) -> dict[str, Any]:
    """The catalog in one language (plus Swedish), as plain JSON data: the shared
    library and, for a signed-in participant or coach, their organisation's own items."""
    items = session.exec(
        select(CatalogItem)
        .where(visible_item_filter(organisation_id))
        # The organisation's own items first: they are about its own stations and services.
        .order_by(
            CatalogItem.kind,
            CatalogItem.organisation_id.is_(None),
            CatalogItem.position,
            CatalogItem.id,
        )
    ).all()
    # Steps parked below 0 were removed from the catalog but keep their history.
    item_ids = [i.id for i in items]
    steps = session.exec(
        select(Step)
        .where(Step.position >= 0, Step.item_id.in_(item_ids))
        .order_by(Step.item_id, Step.position)
    ).all()
    steps_by_item: dict[int, list[Step]] = {}
    for step in steps:
        steps_by_item.setdefault(step.item_id, []).append(step)

    text_ids: list[str] = [LANGUAGE_NAME_TEXT_ID.format(code=c) for c in LANGUAGES]
    for item in items:
        text_ids.append(item.title_id)
        if item.summary_id:
            text_ids.append(item.summary_id)
    text_ids += [s.text_id for s in steps]
    label_ids = app_label_text_ids(session=session)
    text_ids += label_ids

    here = _texts(session, language, text_ids)
    source = here if language == SOURCE_LANGUAGE else _texts(session, SOURCE_LANGUAGE, text_ids)
    clips_here = best_clips(
        session=session, language=language, texts={k: v.text for k, v in here.items()}
    )
    clips_source = best_clips(
        session=session, language=SOURCE_LANGUAGE, texts={k: v.text for k, v in source.items()}
    )

    def text_block(text_id: str | None) -> dict[str, Any] | None:
        if text_id is None:
            return None
        row, sv = here.get(text_id), source.get(text_id)
        clip, clip_sv = clips_here.get(text_id), clips_source.get(text_id)
        return {
            # An empty draft (a new Swedish text not yet translated) is no text at all.
            "text": row.text if row and row.text else None,
            "review_status": row.review_status if row else None,
            "audio": _audio_url(clip.file_name) if clip else None,
            # A computer voice, to be marked as such (as the station page does).
            "audio_computer": bool(clip and clip.source in LOWER_QUALITY_SOURCES),
            "sv": sv.text if sv else None,
            "audio_sv": _audio_url(clip_sv.file_name) if clip_sv else None,
            "audio_sv_computer": bool(clip_sv and clip_sv.source in LOWER_QUALITY_SOURCES),
        }

    out_items = []
    for item in items:
        out_items.append(
            {
                "id": item.id,
                "slug": item.slug,
                "kind": item.kind,
                "code": item.code,
                "pictogram": item.pictogram,
                "library": item.organisation_id is None,  # issue 10
                "title": text_block(item.title_id),
                "summary": text_block(item.summary_id),
                "steps": [
                    {
                        "id": s.id,
                        "key": s.text_id,
                        "slug": s.slug,
                        "position": s.position,
                        "pictogram": s.pictogram,
                        "photo": photo_url(s.photo),  # issue 10: a photo beats an icon
                        **text_block(s.text_id),
                    }
                    for s in steps_by_item.get(item.id, [])
                ],
            }
        )

    # Each language's name said in that language (a catalog label staff can record),
    # so the app's chooser is heard before any choice.
    name_clips = language_name_clips(session=session)
    languages = []
    for code in PARTICIPANT_LANGUAGES:
        lang = LANGUAGES[code]
        clip = name_clips.get(code)
        languages.append(
            {
                "code": code,
                "native_name": lang.native_name,
                "direction": lang.direction,
                "audio": _audio_url(clip.file_name) if clip else None,
            }
        )

    body = {
        "language": language,
        "direction": LANGUAGES[language].direction,
        "languages": languages,
        "items": out_items,
        # Home tiles and other app labels, each with its audio: heard, not only read.
        "labels": {tid: text_block(tid) for tid in sorted(label_ids)},
    }
    # The version is a hash of the content itself: any text, step, pictogram or
    # audio change makes a new one, and nothing else does.
    digest = hashlib.sha256(
        json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()[:20]
    return {"version": digest, **body}


@router.get("")
async def read_catalog(
    request: Request,
    lang: str = Query(SOURCE_LANGUAGE, description="Language code: sv en ar fa so ti"),
):
    """The catalog in one language, with Swedish beside it and audio URLs."""
    if lang not in LANGUAGES:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            detail=f"Unknown language {lang!r}. Choose one of: {', '.join(LANGUAGES)}.",
        )
    # The morning's hot path: a phone seen in the last seconds, a catalog already built:
    # answered on the event loop, no thread hop, no database session.
    token = presented_token(request)
    known, org_id = _viewer_orgs.get(token) if token else (True, None)
    if known:
        entry = content_cache.peek(("catalog", lang, org_id))
        if entry is not None:
            return cached_response(request, entry, cache_control="private, no-cache")
    return await run_in_threadpool(_read_catalog, request, lang, token)


def _read_catalog(request: Request, lang: str, token: str | None) -> Response:
    with Session(get_engine()) as session:
        org_id, signed_in = optional_viewer(request, session)
        if token and signed_in:
            _viewer_orgs.put(token, org_id)

        def render() -> tuple[bytes, str, str]:
            data = build_catalog(session=session, language=lang, organisation_id=org_id)
            body = json.dumps(data, ensure_ascii=False).encode("utf-8")
            return body, "application/json", data["version"]

        # Built once per language, organisation and content change (server/services/
        # content_cache.py): a morning of phones costs a look-up each, "unchanged?" less.
        # Issue 10: the content depends on whose token it is (their organisation's items).
        entry = content_cache.get(("catalog", lang, org_id), render)
    return cached_response(request, entry, cache_control="private, no-cache")


class _ViewerOrgs:
    """Whose organisation's catalogue a signed-in token sees, remembered for a few
    seconds per process so a phone's repeat ask needs no token look-up. Only for
    choosing which catalogue to show (shared library plus the organisation's items),
    never for authorising anything: a card revoked a moment ago may see its
    organisation's catalogue for TTL_S more seconds, nothing else. Only tokens that
    resolved are kept (random ones cannot fill it), and it is bounded."""

    TTL_S = 5.0
    MAX_ENTRIES = 50_000

    def __init__(self) -> None:
        self._orgs: dict[str, tuple[int | None, float]] = {}

    def get(self, token: str) -> tuple[bool, int | None]:
        held = self._orgs.get(token)
        if held is None or time.monotonic() - held[1] > self.TTL_S:
            return False, None
        return True, held[0]

    def put(self, token: str, org_id: int | None) -> None:
        if len(self._orgs) >= self.MAX_ENTRIES:
            self._orgs.clear()
        self._orgs[token] = (org_id, time.monotonic())


_viewer_orgs = _ViewerOrgs()


def cached_response(request: Request, entry: Rendered, *, cache_control: str = "no-cache"):
    """200 with the cached bytes (gzip when the phone accepts it), or 304 for its ETag."""
    headers = {
        "ETag": entry.etag,
        "Cache-Control": cache_control,
        "Vary": "Accept-Encoding, Authorization, Cookie",
    }
    if entry.etag in request.headers.get("if-none-match", ""):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    body = entry.body
    if entry.gzipped is not None and "gzip" in request.headers.get("accept-encoding", ""):
        body, headers["Content-Encoding"] = entry.gzipped, "gzip"
    return Response(body, headers=headers, media_type=entry.media_type)
