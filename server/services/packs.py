"""Recording packs (issue 10): one Somali-speaking staff member's work serves every
municipality.

An organisation exports, for one language, its reviewed texts and their human
recordings as one file (a zip: manifest.json and the audio). Another
organisation imports it: each of its own texts whose *Swedish source* is the
same wording (same sha256) as an entry's gets that entry's translation and
recording. Hashes keep identical texts identical: a copy of the same library
station, or the same sentence written twice, matches; a changed Swedish text
does not. Import first shows what it would change (a dry run); nothing is
overwritten that the importing organisation has reviewed itself (a conflict,
listed and kept).

The file is data, never trusted: only manifest.json and the audio names it
lists are read (nothing is extracted to disk by its own name), sizes are
capped before decompressing, every sha is checked, and every audio file must
probe as MP3 audio.
"""

import hashlib
import io
import json
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select

from server.core.config import PARTICIPANT_LANGUAGES, SOURCE_LANGUAGE, Settings
from server.models import AudioClip, CatalogText, Coach, Organisation, TextEvent
from server.services import audit, roles
from server.services.audio import text_sha
from server.services.authoring import copy_clip
from server.services.recordings import HUMAN, RecordingRejected, active_recordings, probe

FORMAT = "stegvis-pack/1"
MAX_PACK_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 5000
MAX_CLIP_BYTES = 5 * 1024 * 1024
_AUDIO_NAME = re.compile(r"^audio/[0-9a-f]{64}\.mp3$")


class PackRejected(Exception):
    def __init__(self, status_code: int, detail: str):
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail


def too_large() -> PackRejected:
    return PackRejected(413, f"The pack is too large: at most {MAX_PACK_BYTES // 2**20} MB.")


def _editable_text_ids(session: Session, coach: Coach) -> list[str]:
    owners = roles.text_owners(session=session)
    return sorted(tid for tid, owner in owners.items() if roles.can_change(coach, owner))


def _check_may_change_texts(coach: Coach) -> None:
    """Only staff who may change the texts export or import them."""
    if not (roles.is_content_editor(coach) or coach.is_library_editor):
        raise PackRejected(403, roles.NEEDS_ROLE)


def _texts_with_swedish(
    session: Session, ids: list[str], language: str
) -> dict[tuple[str, str], CatalogText]:
    """{(text id, language): row} of these texts in `language` and in Swedish, asked
    500 ids at a time (under the databases' parameter limits)."""
    rows: dict[tuple[str, str], CatalogText] = {}
    for i in range(0, len(ids), 500):
        for r in session.exec(
            select(CatalogText).where(
                CatalogText.text_id.in_(ids[i : i + 500]),
                CatalogText.language.in_([language, SOURCE_LANGUAGE]),
            )
        ):
            rows[(r.text_id, r.language)] = r
    return rows


# --------------------------------------------------------------------- export


def export_pack(*, session: Session, settings: Settings, coach: Coach, language: str) -> bytes:
    """The zip of the coach's organisation's reviewed texts (and human recordings) in
    `language`. Only staff who may change the texts export them."""
    if language not in PARTICIPANT_LANGUAGES or language == SOURCE_LANGUAGE:
        raise PackRejected(422, "Choose a participant language: ar, fa, so or ti.")
    _check_may_change_texts(coach)
    ids = _editable_text_ids(session, coach)
    rows = _texts_with_swedish(session, ids, language)
    entries, files = [], {}
    seen: set[tuple[str, str]] = set()
    for tid in ids:
        row, sv = rows.get((tid, language)), rows.get((tid, SOURCE_LANGUAGE))
        if row is None or sv is None or row.review_status != "reviewed" or not row.text.strip():
            continue
        key = (text_sha(sv.text), text_sha(row.text))
        if key in seen:
            continue  # the same sentence twice: once in the pack
        seen.add(key)
        entry = {
            "sv": sv.text,
            "sv_sha": key[0],
            "text": row.text,
            "text_sha": key[1],
            "reviewed_by": row.reviewed_by,
            "reviewed_at": row.reviewed_at.isoformat() if row.reviewed_at else None,
            "recording": None,
        }
        clips = [
            c
            for c in active_recordings(session=session, text_id=tid, language=language)
            if c.text_sha == key[1]
        ]
        path = Path(settings.audio_dir) / clips[-1].file_name if clips else None
        if path is not None and path.is_file():
            data = path.read_bytes()
            name = f"audio/{hashlib.sha256(data).hexdigest()}.mp3"
            files[name] = data
            entry["recording"] = {
                "file": name,
                "duration_ms": clips[-1].duration_ms,
                "voice": clips[-1].voice,
                "recorded_by": clips[-1].created_by,
            }
        entries.append(entry)
    org = session.get(Organisation, coach.organisation_id)
    manifest = {
        "format": FORMAT,
        "language": language,
        "organisation": org.slug if org else None,
        "exported_at": datetime.now(UTC).isoformat(),
        "entries": entries,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, data in files.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_STORED)  # MP3 does not shrink
    audit.record(
        session=session,
        coach=coach,
        action="pack_exported",
        subject=f"{language}: {len(entries)} texts, {len(files)} recordings",
    )
    session.commit()
    return out.getvalue()


# --------------------------------------------------------------------- import


@dataclass
class Pack:
    language: str
    organisation: str | None
    entries: list[dict]
    audio: dict[str, bytes]


def read_pack(data: bytes) -> Pack:
    """Parse and check a pack file; PackRejected(4xx) saying what is wrong."""
    if len(data) > MAX_PACK_BYTES:
        raise too_large()
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = {i.filename: i for i in z.infolist()}
    except (zipfile.BadZipFile, ValueError):
        raise PackRejected(415, "This file is not a Stegvis recording pack (not a zip).") from None
    if "manifest.json" not in infos or infos["manifest.json"].file_size > 20 * 2**20:
        raise PackRejected(422, "This zip is not a Stegvis recording pack (no manifest.json).")
    try:
        manifest = json.loads(z.read("manifest.json").decode("utf-8"))
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile):
        raise PackRejected(422, "The pack's manifest.json cannot be read.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackRejected(422, f"Unknown pack format: expected {FORMAT}.")
    language = manifest.get("language")
    if language not in PARTICIPANT_LANGUAGES or language == SOURCE_LANGUAGE:
        raise PackRejected(422, f"The pack's language {language!r} is not one we speak.")
    entries = manifest.get("entries")
    if not isinstance(entries, list) or len(entries) > MAX_ENTRIES:
        raise PackRejected(422, "The pack's entries are missing or too many.")
    audio: dict[str, bytes] = {}
    clean = []
    for n, e in enumerate(entries, start=1):
        where = f"entry {n}"
        if not isinstance(e, dict) or not all(
            isinstance(e.get(k), str) for k in ("sv", "sv_sha", "text", "text_sha")
        ):
            raise PackRejected(422, f"The pack's {where} is incomplete.")
        if text_sha(e["sv"]) != e["sv_sha"] or text_sha(e["text"]) != e["text_sha"]:
            raise PackRejected(422, f"The pack's {where} does not match its hashes.")
        if not e["text"].strip() or len(e["text"]) > 2000:
            raise PackRejected(422, f"The pack's {where} has an empty or too long text.")
        rec = e.get("recording")
        if rec is not None:
            name = rec.get("file") if isinstance(rec, dict) else None
            info = infos.get(name or "")
            if not name or not _AUDIO_NAME.match(name) or info is None:
                raise PackRejected(422, f"The pack's {where} names a recording it lacks.")
            if info.file_size > MAX_CLIP_BYTES:
                raise PackRejected(413, f"The pack's {where} has a recording that is too large.")
            if name not in audio:
                blob = z.read(name)
                if hashlib.sha256(blob).hexdigest() != name[6:-4]:
                    raise PackRejected(422, f"The pack's {where} recording is damaged.")
                audio[name] = blob
        clean.append(e)
    return Pack(language, manifest.get("organisation"), clean, audio)


@dataclass
class Change:
    text_id: str
    action: str  # "text", "review", "recording", "conflict"
    old: str | None = None
    new: str | None = None

    def as_dict(self) -> dict:
        return {"text_id": self.text_id, "action": self.action, "old": self.old, "new": self.new}


@dataclass
class ImportReport:
    language: str
    from_organisation: str | None
    entries: int
    matched: int = 0
    changes: list[Change] = field(default_factory=list)
    applied: bool = False

    def as_dict(self) -> dict:
        counts: dict[str, int] = {}
        for c in self.changes:
            counts[c.action] = counts.get(c.action, 0) + 1
        return {
            "language": self.language,
            "from_organisation": self.from_organisation,
            "entries": self.entries,
            "matched": self.matched,
            "counts": {a: counts.get(a, 0) for a in ("text", "review", "recording", "conflict")},
            "changes": [c.as_dict() for c in self.changes],
            "applied": self.applied,
        }


def import_pack(
    *, session: Session, settings: Settings, coach: Coach, data: bytes, apply: bool
) -> ImportReport:
    """What the pack would change in the coach's organisation (apply=False), or change it."""
    _check_may_change_texts(coach)
    pack = read_pack(data)
    lang = pack.language
    if apply:
        _check_audio(pack)
    by_sv: dict[str, dict] = {}
    for e in pack.entries:
        by_sv.setdefault(e["sv_sha"], e)
    report = ImportReport(lang, pack.organisation, len(pack.entries))
    ids = _editable_text_ids(session, coach)
    rows = _texts_with_swedish(session, ids, lang)
    now = datetime.now(UTC)
    by = coach.email
    for tid in ids:
        sv = rows.get((tid, SOURCE_LANGUAGE))
        entry = by_sv.get(text_sha(sv.text)) if sv else None
        if entry is None:
            continue
        report.matched += 1
        row = rows.get((tid, lang))
        current = row.text.strip() if row else ""
        if current != entry["text"].strip():
            if row is not None and row.review_status == "reviewed":
                report.changes.append(Change(tid, "conflict", row.text, entry["text"]))
                continue  # reviewed here: never overwritten by a pack
            report.changes.append(Change(tid, "text", row.text if row else None, entry["text"]))
            if apply:
                if row is None:
                    row = CatalogText(text_id=tid, language=lang, text=entry["text"])
                else:
                    session.add(
                        TextEvent(
                            text_id=tid,
                            language=lang,
                            action="corrected",
                            by=by,
                            at=now,
                            old_text=row.text,
                            new_text=entry["text"],
                        )
                    )
                    row.text = entry["text"]
                row.review_status, row.reviewed_by, row.reviewed_at = "reviewed", by, now
                row.updated_at = now
                session.add(row)
                session.add(
                    TextEvent(
                        text_id=tid,
                        language=lang,
                        action="reviewed",
                        by=by,
                        at=now,
                        new_text=entry["text"],
                    )
                )
        elif row.review_status != "reviewed":
            report.changes.append(Change(tid, "review", None, entry["text"]))
            if apply:
                row.review_status, row.reviewed_by, row.reviewed_at = "reviewed", by, now
                session.add(row)
                session.add(
                    TextEvent(
                        text_id=tid,
                        language=lang,
                        action="reviewed",
                        by=by,
                        at=now,
                        new_text=row.text,
                    )
                )
        rec = entry.get("recording")
        if rec is None:
            continue
        playing = [
            c
            for c in active_recordings(session=session, text_id=tid, language=lang)
            if c.text_sha == entry["text_sha"]
        ]
        if playing:
            continue  # a human recording of this wording plays already
        report.changes.append(Change(tid, "recording", None, rec["file"]))
        if apply:
            template = AudioClip(
                text_id=tid,
                language=lang,
                text_sha=entry["text_sha"],
                source=HUMAN,
                voice=str(rec.get("voice") or f"{HUMAN}/pack")[:60],
                file_name="",
                byte_size=0,
                duration_ms=int(rec.get("duration_ms") or 0),
                created_by=str(rec.get("recorded_by") or by)[:120],
            )
            clip = copy_clip(
                session=session,
                settings=settings,
                clip=template,
                text_id=tid,
                text=entry["text"],
                by=by,
                data=pack.audio[rec["file"]],
            )
            # Older takes of this text stop playing, as with an upload.
            for old in active_recordings(session=session, text_id=tid, language=lang):
                if old.file_name != clip.file_name:
                    old.withdrawn_at = now
                    session.add(old)
            session.add(
                TextEvent(
                    text_id=tid,
                    language=lang,
                    action="recorded",
                    by=by,
                    at=now,
                    file_name=clip.file_name,
                )
            )
    if apply:
        summary = (
            ", ".join(f"{k} {v}" for k, v in report.as_dict()["counts"].items() if v) or "nothing"
        )
        audit.record(
            session=session,
            coach=coach,
            action="pack_imported",
            subject=f"{lang} from {pack.organisation or '?'}: {summary}",
        )
        session.commit()
        report.applied = True
    return report


def _check_audio(pack: Pack) -> None:
    """Every recording must read as MP3 audio (ffprobe, from the bytes alone)."""
    with tempfile.TemporaryDirectory(prefix="stegvis-pack-") as tmp:
        for name, blob in pack.audio.items():
            path = Path(tmp) / "clip"
            path.write_bytes(blob)
            try:
                info = probe(path)
            except RecordingRejected:
                raise PackRejected(415, f"The pack's {name} is not audio we can play.") from None
            if (info.get("format") or {}).get("format_name") != "mp3":
                raise PackRejected(415, f"The pack's {name} is not MP3 audio.")
