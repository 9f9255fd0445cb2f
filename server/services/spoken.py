"""App labels read aloud, for the pages that show them: each language's name in
its own voice (the language choosers) and the state messages (errors, "choose
your station", ...).

They are catalog texts under `app-` ids (locales/<lang>/catalog.ftl), so the
speech build, review, human recordings and the coverage report all cover them
like steps. Reads here are indexed queries: two for a page's labels, one per
language for the chooser's names.
"""

from dataclasses import dataclass

from sqlmodel import Session, select

from server.core.config import PARTICIPANT_LANGUAGES
from server.models import AudioClip, CatalogText
from server.services.audio import best_clips
from server.services.i18n import LANGUAGES

LANGUAGE_LABEL_ID = "app-language-{code}"
# What the speech build has long made for the station chooser; still played where
# nobody has made the catalog label's audio yet.
LEGACY_LANGUAGE_NAME_ID = "language-name-{code}"


@dataclass(frozen=True)
class Spoken:
    text: str
    audio_url: str | None


def audio_url(clip: AudioClip | None) -> str | None:
    return f"/audio/{clip.file_name}" if clip is not None else None


def language_name_clips(*, session: Session) -> dict[str, AudioClip]:
    """{code: the best clip of that language's name said in that language}."""
    label_ids = [LANGUAGE_LABEL_ID.format(code=c) for c in PARTICIPANT_LANGUAGES]
    rows = session.exec(
        select(CatalogText.text_id, CatalogText.language, CatalogText.text).where(
            CatalogText.text_id.in_(label_ids),
            CatalogText.language.in_(list(PARTICIPANT_LANGUAGES)),
        )
    )
    own = {lang: text for tid, lang, text in rows if tid == LANGUAGE_LABEL_ID.format(code=lang)}
    out: dict[str, AudioClip] = {}
    for code in PARTICIPANT_LANGUAGES:
        name = own.get(code) or LANGUAGES[code].native_name
        texts = {LANGUAGE_LABEL_ID.format(code=code): name}
        legacy = LEGACY_LANGUAGE_NAME_ID.format(code=code)
        texts[legacy] = LANGUAGES[code].native_name
        clips = best_clips(session=session, language=code, texts=texts)
        best = clips.get(LANGUAGE_LABEL_ID.format(code=code)) or clips.get(legacy)
        if best is not None:
            out[code] = best
    return out


def spoken_labels(*, session: Session, language: str, text_ids: list[str]) -> dict[str, Spoken]:
    """{text_id: its text in `language` and the best clip of it}, for labels that exist."""
    rows = session.exec(
        select(CatalogText.text_id, CatalogText.text).where(
            CatalogText.text_id.in_(text_ids), CatalogText.language == language
        )
    )
    texts = {tid: text for tid, text in rows}
    clips = best_clips(session=session, language=language, texts=texts)
    return {tid: Spoken(text, audio_url(clips.get(tid))) for tid, text in texts.items()}
