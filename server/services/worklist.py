"""The language-support worklist (issue 10): per language, what is left to do.

For every read-aloud text the signed-in staff member may change (their
organisation's items; the library too for library editors), in one language:

- missing_text: no wording in this language yet (a new Swedish text made an
  empty draft row, or there is no row at all);
- missing_audio: a wording but nothing to play;
- stale_audio: a human recording was made for an earlier wording and nothing
  has replaced it (the text changed since it was recorded);
- unreviewed: a wording that no native speaker has marked reviewed.

Rows come in station order (item, then title, summary, steps by position), so
"record the next missing item" walks a whole station in one sitting.
"""

from dataclasses import dataclass

from sqlmodel import Session, select

from server.core.config import ALL_LANGUAGES, SOURCE_LANGUAGE
from server.models import CatalogItem, CatalogText, Coach, Step
from server.services import roles
from server.services.audio import text_sha
from server.services.catalog import app_label_text_ids
from server.services.coverage import audio_status

NEEDS = ("missing_text", "missing_audio", "stale_audio", "unreviewed")
SCOPES = ("editable", "all")


class WorklistError(Exception):
    def __init__(self, status_code: int, detail: str):
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail


@dataclass(frozen=True)
class Place:
    item: CatalogItem | None
    part: str  # title / summary / step / label
    position: int


def _places(session: Session) -> dict[str, Place]:
    """text_id -> where it is read aloud, for current texts (retired steps left out)."""
    items = {i.id: i for i in session.exec(select(CatalogItem))}
    out: dict[str, Place] = {}
    for item in items.values():
        out[item.title_id] = Place(item, "title", -2)
        if item.summary_id:
            out[item.summary_id] = Place(item, "summary", -1)
    for step in session.exec(select(Step).where(Step.position >= 0)):
        out[step.text_id] = Place(items.get(step.item_id), "step", step.position)
    for tid in app_label_text_ids(session=session):
        out[tid] = Place(None, "label", 0)
    return out


def worklist(
    *,
    session: Session,
    coach: Coach,
    language: str,
    need: str | None = None,
    q: str | None = None,
    item_id: int | None = None,
    scope: str = "editable",
) -> dict:
    """{"language", "counts": {need: n}, "rows": [...]} for the coach's texts."""
    if language not in ALL_LANGUAGES or language == SOURCE_LANGUAGE:
        others = ", ".join(lang for lang in ALL_LANGUAGES if lang != SOURCE_LANGUAGE)
        raise WorklistError(422, f"Choose a language to work on: {others}.")
    if need is not None and need not in NEEDS:
        raise WorklistError(422, f"need must be one of {', '.join(NEEDS)}.")
    if scope not in SCOPES:
        raise WorklistError(422, f"scope must be one of {', '.join(SCOPES)}.")
    places = _places(session)

    def in_scope(place: Place) -> bool:
        owner = roles.Owner(place.item.organisation_id, place.item) if place.item else roles.LIBRARY
        if scope == "editable":
            return roles.can_change(coach, owner)
        return roles.can_see(coach, owner)

    ids = [tid for tid, place in places.items() if in_scope(place)]
    if item_id is not None:
        ids = [tid for tid in ids if places[tid].item and places[tid].item.id == item_id]
    rows: dict[tuple[str, str], CatalogText] = {}
    for i in range(0, len(ids), 500):
        for r in session.exec(
            select(CatalogText).where(
                CatalogText.text_id.in_(ids[i : i + 500]),
                CatalogText.language.in_([language, SOURCE_LANGUAGE]),
            )
        ):
            rows[(r.text_id, r.language)] = r
    here = {tid: rows[(tid, language)].text for tid in ids if (tid, language) in rows}
    audio = audio_status(
        session=session, language=language, texts={t: x for t, x in here.items() if x.strip()}
    )
    # Titles of the items, for "where" and for search.
    titles = {
        r.text_id: r.text
        for r in session.exec(
            select(CatalogText).where(
                CatalogText.language == SOURCE_LANGUAGE,
                CatalogText.text_id.in_({p.item.title_id for p in places.values() if p.item}),
            )
        )
    }
    needle = (q or "").strip().casefold()
    counts = dict.fromkeys(NEEDS, 0)
    out = []
    for tid in ids:
        place = places[tid]
        row = rows.get((tid, language))
        sv = rows.get((tid, SOURCE_LANGUAGE))
        text = row.text if row else ""
        st = audio.get(tid)
        needs = []
        if not text.strip():
            needs.append("missing_text")
        else:
            if st is None or st.best is None:
                needs.append("missing_audio")
            if st is not None and st.needs_recording_again:
                needs.append("stale_audio")
            if row.review_status != "reviewed":
                needs.append("unreviewed")
        if not needs:
            continue
        title = titles.get(place.item.title_id) if place.item else tid.removeprefix("app-")
        if needle and not any(
            needle in (s or "").casefold() for s in (text, sv.text if sv else "", title, tid)
        ):
            continue
        for n in needs:
            counts[n] += 1
        if need is not None and need not in needs:
            continue
        out.append(
            {
                "text_id": tid,
                "language": language,
                "text": text or None,
                "text_sha": text_sha(text) if text else None,
                "sv": sv.text if sv else None,
                "needs": needs,
                "review_status": row.review_status if row else None,
                "audio": st.best.source if st and st.best else None,
                "audio_url": f"/audio/{st.best.file_name}" if st and st.best else None,
                "where": {
                    "item_id": place.item.id if place.item else None,
                    "item": title,
                    "item_kind": place.item.kind if place.item else None,
                    "code": place.item.code if place.item else None,
                    "part": place.part,
                    "number": place.position + 1 if place.part == "step" else None,
                    "library": place.item is None or place.item.organisation_id is None,
                },
                "_order": (
                    place.item is None,
                    place.item.organisation_id is None if place.item else True,
                    title or "",
                    place.item.id if place.item else 0,
                    place.position,
                    tid,
                ),
            }
        )
    out.sort(key=lambda r: r["_order"])
    for r in out:
        del r["_order"]
    return {"language": language, "scope": scope, "counts": counts, "rows": out}


def next_to_record(
    *,
    session: Session,
    coach: Coach,
    language: str,
    after: str | None = None,
    item_id: int | None = None,
) -> dict | None:
    """The next text with a wording but no current audio (missing or stale), after `after`
    in station order; None when everything is recorded."""
    rows = [
        r
        for r in worklist(session=session, coach=coach, language=language, item_id=item_id)["rows"]
        if {"missing_audio", "stale_audio"} & set(r["needs"])
    ]
    if after:
        ids = [r["text_id"] for r in rows]
        if after in ids:
            rows = rows[ids.index(after) + 1 :]
    return rows[0] if rows else None
