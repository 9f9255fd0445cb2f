"""Staff write their own stations, checklists and guides (issue 10).

An organisation's items live beside the shared library (organisation_id None,
seeded from catalog.toml). Staff create an item, or copy a library item and
adapt it (their bus company, their laundry room); they add, edit, reorder and
retire steps; each step has its Swedish text and a pictogram or a photo.

Rules kept here:
- Slugs, text ids and station codes are unique across all organisations, so
  `/s/<code>` resolves to exactly one item and a text id to one owner. Authored
  slugs start with "o<organisation id>-"; text ids never change once made (a
  step's wording changes, its id does not), so progress history and recordings
  stay attached.
- Station codes are short, lowercase and printable: generated codes avoid
  characters that are easily confused on paper or read aloud (0/o, 1/l/i).
- Swedish is the source. A new Swedish text makes a draft row in every other
  language (empty: "missing text" on the language-support worklist); a changed
  Swedish text puts every reviewed translation back to draft, with a history row.
- A retired step is parked below position 0 (as the seed does): it leaves the
  pages and the client, but keeps its texts and progress for the coach's reports.
- Every change is one audit entry (who, when, what).
"""

import re
import secrets
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from server.core.config import ALL_LANGUAGES, SOURCE_LANGUAGE, Settings
from server.models import AudioClip, CatalogItem, CatalogText, Coach, Step, TextEvent
from server.models.catalog import ITEM_KINDS
from server.services import audit, roles
from server.services.audio import text_sha
from server.services.catalog import PICTOGRAM_DIR
from server.services.speech.store import ManifestEntry, clip_file_name, update_manifest, upsert_clip

MAX_TEXT_CHARS = 400  # one step is one short sentence or two, read aloud
MAX_STEPS = {"station": 8, "checklist": 8, "guide": 12}
CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
CODE_LENGTH = 6
_CODE_RE = re.compile(r"^[a-z0-9]{2,16}$")
_PICTOGRAM_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")


class AuthoringError(Exception):
    def __init__(self, status_code: int, detail: str):
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail


@dataclass(frozen=True)
class StepIn:
    text: str
    pictogram: str = "label"


# --------------------------------------------------------------------- small checks


def slugify(text: str) -> str:
    """ASCII slug from a Swedish title: 'Tvättstugan på Storgatan' -> 'tvattstugan-pa-storgatan'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug[:30].strip("-") or "item"


def clean_text(text: str | None, what: str) -> str:
    value = (text or "").strip()
    if not value:
        raise AuthoringError(422, f"The {what} must not be empty.")
    if len(value) > MAX_TEXT_CHARS:
        raise AuthoringError(422, f"The {what} is too long (at most {MAX_TEXT_CHARS} characters).")
    return value


def check_pictogram(name: str | None) -> str:
    if not name or not _PICTOGRAM_RE.match(name) or not (PICTOGRAM_DIR / f"{name}.svg").is_file():
        raise AuthoringError(
            422, f"Unknown pictogram {name!r}: choose one from /api/authoring/pictograms."
        )
    return name


def _code_taken(session: Session, code: str) -> bool:
    return session.exec(select(CatalogItem.id).where(CatalogItem.code == code)).first() is not None


def new_code(session: Session) -> str:
    """A fresh, unused, printable station code (6 of 31 characters: ~900 million codes)."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if not _code_taken(session, code):
            return code


def check_code(session: Session, code: str, *, item: CatalogItem | None = None) -> str:
    code = (code or "").strip().lower()
    if not _CODE_RE.match(code):
        raise AuthoringError(
            422, "A station code is 2 to 16 lowercase letters or digits (it goes in /s/<code>)."
        )
    if (item is None or item.code != code) and _code_taken(session, code):
        raise AuthoringError(409, f"The station code {code!r} is taken: choose another.")
    return code


def _unique_slug(session: Session, organisation_id: int, base: str) -> str:
    stem = f"o{organisation_id}-{slugify(base)}"
    slug, n = stem, 1
    while session.exec(select(CatalogItem.id).where(CatalogItem.slug == slug)).first():
        n += 1
        slug = f"{stem}-{n}"
    return slug


# --------------------------------------------------------------------- reading


def owned_item(*, session: Session, coach: Coach, item_id: int, change: bool) -> CatalogItem:
    """The item if the coach may see it (change=False) or change it; 404/403 otherwise."""
    item = session.get(CatalogItem, item_id)
    if item is None:
        raise AuthoringError(404, "No such station, checklist or guide.")
    owner = roles.item_owner(item)
    if not roles.can_see(coach, owner):
        raise AuthoringError(404, "No such station, checklist or guide.")
    if change:
        try:
            roles.ensure_can_change(coach, owner)
        except roles.Forbidden as e:
            raise AuthoringError(403, e.detail) from None
    return item


def owned_step(*, session: Session, coach: Coach, step_id: int) -> tuple[Step, CatalogItem]:
    step = session.get(Step, step_id)
    if step is None:
        raise AuthoringError(404, "No such step.")
    item = owned_item(session=session, coach=coach, item_id=step.item_id, change=True)
    return step, item


def active_steps(session: Session, item: CatalogItem) -> list[Step]:
    return list(
        session.exec(
            select(Step).where(Step.item_id == item.id, Step.position >= 0).order_by(Step.position)
        )
    )


def retired_steps(session: Session, item: CatalogItem) -> list[Step]:
    return list(
        session.exec(
            select(Step).where(Step.item_id == item.id, Step.position < 0).order_by(Step.id)
        )
    )


# --------------------------------------------------------------------- texts


def set_source_text(*, session: Session, text_id: str, text: str, by: str) -> bool:
    """Write the Swedish text; make or reopen the other languages' rows. True if it changed."""
    now = datetime.now(UTC)
    rows = {
        r.language: r
        for r in session.exec(select(CatalogText).where(CatalogText.text_id == text_id))
    }
    sv = rows.get(SOURCE_LANGUAGE)
    if sv is not None and sv.text.strip() == text:
        return False
    if sv is None:
        session.add(
            CatalogText(
                text_id=text_id, language=SOURCE_LANGUAGE, text=text, review_status="source"
            )
        )
    else:
        session.add(
            TextEvent(
                text_id=text_id,
                language=SOURCE_LANGUAGE,
                action="corrected",
                by=by,
                at=now,
                old_text=sv.text,
                new_text=text,
            )
        )
        sv.text, sv.updated_at = text, now
        session.add(sv)
    translations_follow(session=session, text_id=text_id, by=by, rows=rows, now=now)
    return True


def translations_follow(
    *,
    session: Session,
    text_id: str,
    by: str,
    rows: dict[str, CatalogText] | None = None,
    now: datetime | None = None,
) -> None:
    """After the Swedish text is new or changed: a draft row in every language that has
    none, and every reviewed translation back to draft (with a history row). The caller
    commits."""
    now = now or datetime.now(UTC)
    if rows is None:
        rows = {
            r.language: r
            for r in session.exec(select(CatalogText).where(CatalogText.text_id == text_id))
        }
    for lang in ALL_LANGUAGES:
        if lang == SOURCE_LANGUAGE:
            continue
        row = rows.get(lang)
        if row is None:
            # Empty: "missing text" on the worklist until someone translates it.
            session.add(CatalogText(text_id=text_id, language=lang, text="", review_status="draft"))
        elif row.review_status == "reviewed":
            # The translation vouched for an older Swedish text: it needs a new look.
            row.review_status, row.reviewed_by, row.reviewed_at = "draft", None, None
            row.updated_at = now
            session.add(row)
            session.add(
                TextEvent(
                    text_id=text_id,
                    language=lang,
                    action="reopened",
                    by=by,
                    at=now,
                    new_text=row.text,
                )
            )


def copy_texts(
    *, session: Session, settings: Settings, pairs: list[tuple[str, str]], by: str
) -> int:
    """Copy every language's row (wording and review) and its playable audio from each
    old text id to its new one. Same wording, same sound: the copy plays at once."""
    olds = [o for o, _ in pairs]
    new_of = dict(pairs)
    rows = list(session.exec(select(CatalogText).where(CatalogText.text_id.in_(olds))))
    texts = {}
    for r in rows:
        session.add(
            CatalogText(
                text_id=new_of[r.text_id],
                language=r.language,
                text=r.text,
                review_status=r.review_status,
                reviewed_by=r.reviewed_by,
                reviewed_at=r.reviewed_at,
            )
        )
        texts[(r.text_id, r.language)] = r.text
    copied = 0
    clips = session.exec(
        select(AudioClip).where(AudioClip.text_id.in_(olds), AudioClip.withdrawn_at.is_(None))
    )
    for clip in list(clips):
        text = texts.get((clip.text_id, clip.language))
        if text is None or clip.text_sha != text_sha(text):
            continue  # stale: not worth copying
        if copy_clip(
            session=session,
            settings=settings,
            clip=clip,
            text_id=new_of[clip.text_id],
            text=text,
            by=by,
        ):
            copied += 1
    return copied


def copy_clip(
    *,
    session: Session,
    settings: Settings,
    clip: AudioClip,
    text_id: str,
    text: str,
    by: str,
    data: bytes | None = None,
) -> AudioClip | None:
    """The same audio under another text id: a file of its own (names hash the text id,
    so withdrawing one never silences the other) and a row. None if the source is gone."""
    audio_dir = Path(settings.audio_dir)
    name = clip_file_name(text_id=text_id, language=clip.language, text=text, voice=clip.voice)
    target = audio_dir / name
    if data is None:
        source = audio_dir / clip.file_name
        if not source.is_file():
            return None
        if not target.is_file():
            audio_dir.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    elif not target.is_file():
        audio_dir.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    entry = ManifestEntry(
        clip.language,
        text_id,
        text_sha(text),
        clip.source,
        clip.voice,
        target.stat().st_size,
        clip.duration_ms,
    )
    new = upsert_clip(session=session, file_name=name, entry=entry, created_by=clip.created_by)
    new.withdrawn_at = None
    update_manifest(audio_dir, {name: entry})
    return new


# --------------------------------------------------------------------- items


def _next_position(session: Session, organisation_id: int) -> int:
    top = session.exec(
        select(func.max(CatalogItem.position)).where(CatalogItem.organisation_id == organisation_id)
    ).first()
    return (top if top is not None else -1) + 1


def create_item(
    *,
    session: Session,
    coach: Coach,
    kind: str,
    title: str,
    summary: str | None = None,
    pictogram: str = "label",
    code: str | None = None,
    steps: list[StepIn] = (),
) -> CatalogItem:
    """A new item of the coach's organisation, with its Swedish texts (and draft rows)."""
    if not roles.is_content_editor(coach):
        raise AuthoringError(403, roles.NEEDS_ROLE)
    if kind not in ITEM_KINDS:
        raise AuthoringError(422, f"kind must be one of {', '.join(ITEM_KINDS)}.")
    title = clean_text(title, "title")
    summary = summary.strip() if summary and summary.strip() else None
    pictogram = check_pictogram(pictogram)
    if kind == "station":
        code = check_code(session, code) if code else new_code(session)
    elif code:
        raise AuthoringError(422, "Only stations have a code.")
    if len(steps) > MAX_STEPS[kind]:
        raise AuthoringError(422, f"A {kind} has at most {MAX_STEPS[kind]} steps.")
    slug = _unique_slug(session, coach.organisation_id, title)
    item = CatalogItem(
        organisation_id=coach.organisation_id,
        slug=slug,
        kind=kind,
        code=code if kind == "station" else None,
        pictogram=pictogram,
        position=_next_position(session, coach.organisation_id),
        title_id=f"{kind}-{slug}-title",
        summary_id=f"{kind}-{slug}-summary" if summary else None,
    )
    session.add(item)
    session.flush()
    set_source_text(session=session, text_id=item.title_id, text=title, by=coach.email)
    if summary:
        set_source_text(
            session=session,
            text_id=item.summary_id,
            text=clean_text(summary, "summary"),
            by=coach.email,
        )
    for step in steps:
        _add_step(session, coach, item, step.text, step.pictogram)
    audit.record(session=session, coach=coach, action="item_created", subject=f"{kind} {slug}")
    session.commit()
    session.refresh(item)
    return item


def copy_item(*, session: Session, settings: Settings, coach: Coach, item_id: int) -> CatalogItem:
    """Copy a library item (or one of the organisation's own) to adapt it."""
    source = owned_item(session=session, coach=coach, item_id=item_id, change=False)
    if not roles.is_content_editor(coach):
        raise AuthoringError(403, roles.NEEDS_ROLE)
    base = re.sub(r"^o\d+-", "", source.slug)
    slug = _unique_slug(session, coach.organisation_id, base)
    item = CatalogItem(
        organisation_id=coach.organisation_id,
        copied_from_id=source.id,
        slug=slug,
        kind=source.kind,
        code=new_code(session) if source.kind == "station" else None,
        pictogram=source.pictogram,
        position=_next_position(session, coach.organisation_id),
        title_id=f"{source.kind}-{slug}-title",
        summary_id=f"{source.kind}-{slug}-summary" if source.summary_id else None,
    )
    session.add(item)
    session.flush()
    pairs = [(source.title_id, item.title_id)]
    if source.summary_id:
        pairs.append((source.summary_id, item.summary_id))
    for n, step in enumerate(active_steps(session, source), start=1):
        new = Step(
            item_id=item.id,
            slug=f"s{n}",
            position=step.position,
            pictogram=step.pictogram,
            photo=step.photo,
            text_id=f"{item.kind}-{slug}-s{n}",
        )
        session.add(new)
        pairs.append((step.text_id, new.text_id))
    session.flush()
    copy_texts(session=session, settings=settings, pairs=pairs, by=coach.email)
    audit.record(
        session=session,
        coach=coach,
        action="item_created",
        subject=f"{item.kind} {slug} (copy of {source.slug})",
    )
    session.commit()
    session.refresh(item)
    return item


def update_item(
    *,
    session: Session,
    coach: Coach,
    item: CatalogItem,
    title: str | None = None,
    summary: str | None = None,
    pictogram: str | None = None,
    code: str | None = None,
) -> CatalogItem:
    changed: list[str] = []
    if title is not None and set_source_text(
        session=session, text_id=item.title_id, text=clean_text(title, "title"), by=coach.email
    ):
        changed.append("title")
    if summary is not None:
        if item.summary_id is None:
            item.summary_id = f"{item.kind}-{item.slug}-summary"
        if set_source_text(
            session=session,
            text_id=item.summary_id,
            text=clean_text(summary, "summary"),
            by=coach.email,
        ):
            changed.append("summary")
    if pictogram is not None and pictogram != item.pictogram:
        item.pictogram = check_pictogram(pictogram)
        changed.append("pictogram")
    if code is not None:
        if item.kind != "station":
            raise AuthoringError(422, "Only stations have a code.")
        new = check_code(session, code, item=item)
        if new != item.code:
            item.code = new
            changed.append("code")
    if changed:
        session.add(item)
        audit.record(
            session=session,
            coach=coach,
            action="item_changed",
            subject=f"{item.kind} {item.slug}: {', '.join(changed)}",
        )
        session.commit()
        session.refresh(item)
    return item


# --------------------------------------------------------------------- steps


def _add_step(session: Session, coach: Coach, item: CatalogItem, text: str, pictogram: str) -> Step:
    text = clean_text(text, "step text")
    pictogram = check_pictogram(pictogram or "label")
    current = active_steps(session, item)
    if len(current) >= MAX_STEPS[item.kind]:
        raise AuthoringError(
            422, f"A {item.kind} has at most {MAX_STEPS[item.kind]} steps: retire one first."
        )
    total = session.exec(
        select(func.count()).select_from(Step).where(Step.item_id == item.id)
    ).one()
    n = total + 1
    while session.exec(
        select(Step.id).where(Step.item_id == item.id, Step.slug == f"s{n}")
    ).first():
        n += 1
    step = Step(
        item_id=item.id,
        slug=f"s{n}",
        position=len(current),
        pictogram=pictogram,
        text_id=f"{item.kind}-{item.slug}-s{n}",
    )
    session.add(step)
    session.flush()
    set_source_text(session=session, text_id=step.text_id, text=text, by=coach.email)
    return step


def add_step(
    *,
    session: Session,
    coach: Coach,
    item: CatalogItem,
    text: str,
    pictogram: str = "label",
    position: int | None = None,
) -> Step:
    step = _add_step(session, coach, item, text, pictogram)
    audit.record(
        session=session,
        coach=coach,
        action="step_added",
        subject=f"{item.kind} {item.slug} step {step.slug}",
    )
    session.commit()
    if position is not None and position != step.position:
        ids = [s.id for s in active_steps(session, item) if s.id != step.id]
        ids.insert(max(0, min(position, len(ids))), step.id)
        reorder_steps(session=session, coach=coach, item=item, step_ids=ids, log=False)
    session.refresh(step)
    return step


def update_step(
    *,
    session: Session,
    coach: Coach,
    step: Step,
    item: CatalogItem,
    text: str | None = None,
    pictogram: str | None = None,
) -> Step:
    if step.position < 0:
        raise AuthoringError(409, "This step is retired: add a new step instead.")
    changed = []
    if text is not None and set_source_text(
        session=session, text_id=step.text_id, text=clean_text(text, "step text"), by=coach.email
    ):
        changed.append("text")
    if pictogram is not None and pictogram != step.pictogram:
        step.pictogram = check_pictogram(pictogram)
        changed.append("pictogram")
    if changed:
        session.add(step)
        audit.record(
            session=session,
            coach=coach,
            action="step_changed",
            subject=f"{item.kind} {item.slug} step {step.slug}: {', '.join(changed)}",
        )
        session.commit()
        session.refresh(step)
    return step


def reorder_steps(
    *, session: Session, coach: Coach, item: CatalogItem, step_ids: list[int], log: bool = True
) -> list[Step]:
    """Put the item's current steps in this order (every current step, each once)."""
    current = active_steps(session, item)
    if sorted(step_ids) != sorted(s.id for s in current):
        raise AuthoringError(
            422, "Send every current step of this item exactly once, in the new order."
        )
    by_id = {s.id: s for s in current}
    # Park first so the (item_id, position) constraint never trips half-way.
    for s in current:
        s.position = -s.id - 1_000_000
        session.add(s)
    session.flush()
    for pos, sid in enumerate(step_ids):
        by_id[sid].position = pos
        session.add(by_id[sid])
    if log:
        audit.record(
            session=session, coach=coach, action="step_moved", subject=f"{item.kind} {item.slug}"
        )
    session.commit()
    return active_steps(session, item)


def retire_step(*, session: Session, coach: Coach, step: Step, item: CatalogItem) -> None:
    """Out of the pages and the client; its texts and progress stay for the reports."""
    if step.position < 0:
        return
    rest = [s.id for s in active_steps(session, item) if s.id != step.id]
    step.position = -step.id
    session.add(step)
    session.flush()
    for sid in rest:
        s = session.get(Step, sid)
        s.position = -sid - 1_000_000
        session.add(s)
    session.flush()
    for pos, sid in enumerate(rest):
        session.get(Step, sid).position = pos
    audit.record(
        session=session,
        coach=coach,
        action="step_retired",
        subject=f"{item.kind} {item.slug} step {step.slug}",
    )
    session.commit()


# --------------------------------------------------------------------- pictograms

# Swedish words staff type when looking for a picture, to the bundled icon names.
PICTOGRAM_WORDS_SV = {
    "buss": ["directions_bus", "directions_bus_filled"],
    "hållplats": ["signpost", "place", "location_on"],
    "biljett": ["confirmation_number"],
    "räkning": ["receipt_long", "payments"],
    "faktura": ["receipt_long"],
    "betala": ["payments", "account_balance", "price_check"],
    "bank": ["account_balance"],
    "reklam": ["campaign", "newspaper", "sell"],
    "bok": ["menu_book"],
    "post": ["mail", "mark_email_read", "mark_email_unread", "move_to_inbox"],
    "brev": ["mail", "mark_email_unread"],
    "tvätt": ["local_laundry_service", "checkroom", "iron"],
    "tid": ["schedule", "alarm", "event", "calendar_month"],
    "boka": ["edit_calendar", "event_available", "calendar_month"],
    "låda": ["inventory_2", "takeout_dining", "move_to_inbox"],
    "kartong": ["inventory_2"],
    "lager": ["warehouse", "inventory_2", "local_shipping"],
    "hylla": ["view_agenda", "warehouse"],
    "sax": ["content_cut"],
    "klipp": ["content_cut"],
    "sy": ["gesture", "content_cut"],
    "gardin": ["curtains"],
    "mät": ["straighten"],
    "verktyg": ["build", "hardware"],
    "skruv": ["hardware", "build"],
    "sopor": ["delete", "recycling", "compost"],
    "återvinning": ["recycling", "compost"],
    "städ": ["cleaning_services", "clean_hands"],
    "händer": ["clean_hands", "front_hand", "pan_tool"],
    "tvätta": ["clean_hands", "local_laundry_service"],
    "butik": ["storefront", "shopping_cart", "shopping_bag", "sell"],
    "kassa": ["payments", "shopping_cart", "price_check"],
    "pris": ["sell", "price_check", "label"],
    "etikett": ["label", "sell"],
    "vårdcentral": ["local_hospital", "medical_services"],
    "tandläkare": ["medical_services"],
    "ring": ["call", "support_agent"],
    "telefon": ["call"],
    "nyckel": ["key", "lock"],
    "lås": ["lock", "key"],
    "försegla": ["lock", "takeout_dining"],
    "påse": ["shopping_bag", "takeout_dining"],
    "skanna": ["qr_code_scanner", "document_scanner"],
    "foto": ["photo_camera"],
    "lista": ["list_alt", "format_list_numbered", "fact_check"],
    "klar": ["verified", "fact_check", "event_available"],
    "stäng": ["power_settings_new", "lock"],
    "logga in": ["login", "badge", "pin"],
    "kod": ["pin", "qr_code_2"],
    "gå": ["directions_walk"],
    "titta": ["visibility", "search"],
    "sök": ["search", "person_search"],
    "hjälp": ["help", "support_agent"],
}


def all_pictograms() -> list[str]:
    return sorted(p.stem for p in PICTOGRAM_DIR.glob("*.svg"))


def search_pictograms(query: str | None) -> list[str]:
    """Bundled pictograms whose name or Swedish keyword contains the query."""
    names = all_pictograms()
    q = (query or "").strip().lower()
    if not q:
        return names
    found: list[str] = []
    for word, icons in PICTOGRAM_WORDS_SV.items():
        if q in word or word in q:
            found += [i for i in icons if i in names]
    words = q.replace("_", " ")
    found += [n for n in names if words in n.replace("_", " ")]
    return list(dict.fromkeys(found))
