"""Choosing which audio file plays for a text in a language.

Sources in order of preference: a human recording, then gTTS, then espeak-ng.
A clip is only eligible while it speaks the text as it stands now (its
text_sha matches) and has not been withdrawn; a recording of an older text is
stale and is reported, not played.
"""

import hashlib
from collections.abc import Iterable

from sqlmodel import Session, select

from server.models import AudioClip

SOURCE_PREFERENCE = ("human", "gtts", "espeak")
LOWER_QUALITY_SOURCES = frozenset({"espeak"})


def text_sha(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def _rank(source: str) -> int:
    try:
        return SOURCE_PREFERENCE.index(source)
    except ValueError:
        return len(SOURCE_PREFERENCE)


def best_clips(*, session: Session, language: str, texts: dict[str, str]) -> dict[str, AudioClip]:
    """For each text_id -> current text, the best playable clip (absent: none yet)."""
    if not texts:
        return {}
    rows: Iterable[AudioClip] = session.exec(
        select(AudioClip).where(
            AudioClip.language == language,
            AudioClip.text_id.in_(list(texts)),
            AudioClip.withdrawn_at.is_(None),
        )
    )
    current = {tid: text_sha(t) for tid, t in texts.items()}
    best: dict[str, AudioClip] = {}
    for clip in rows:
        if clip.text_sha != current[clip.text_id]:
            continue
        held = best.get(clip.text_id)
        if held is None or (_rank(clip.source), -clip.id) < (_rank(held.source), -held.id):
            best[clip.text_id] = clip
    return best
