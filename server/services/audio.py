"""Choosing which audio file plays for a text in a language.

Sources in order of preference: a human recording, then gTTS, then espeak-ng
(Debian's 1.51), then espeak-ng 1.52 (Tigrinya, and our own Somali voice). A
clip is only eligible while it speaks the text as it stands now (its text_sha
matches) and has not been withdrawn; a recording of an older text is stale and
is reported, not played.

The review gate: language-support staff may listen to a computer-voice clip
and approve or reject it (ClipReview). A rejected clip never plays. For the
(language, source) pairs in APPROVAL_REQUIRED a clip plays only once approved:
our Somali voice was written by non-speakers, so a person who speaks Somali
vouches for each clip before a participant hears it. Every place that hands
audio to participants (station pages, /api/catalog, the app through it)
chooses through best_clips / is_playable, so the gate holds everywhere.
"""

import hashlib
from collections.abc import Iterable

from sqlmodel import Session, select

from server.models import AudioClip, ClipReview

SOURCE_PREFERENCE = ("human", "gtts", "espeak", "espeak152")
LOWER_QUALITY_SOURCES = frozenset({"espeak", "espeak152"})
# Computer voices: what staff approve or reject (human takes are replaced instead).
COMPUTER_SOURCES = frozenset(s for s in SOURCE_PREFERENCE if s != "human")
# Clips from these (language, source) pairs wait for a person's approval.
# Tigrinya's 1.52 voice is upstream's, with a native speaker as maintainer: it
# plays unless rejected (README: "Somali and Tigrinya computer voices").
APPROVAL_REQUIRED = frozenset({("so", "espeak152")})


def text_sha(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def needs_approval(language: str, source: str) -> bool:
    return (language, source) in APPROVAL_REQUIRED


def review_state(clip: AudioClip, decision: str | None) -> str | None:
    """approved / rejected / unapproved for a computer clip; None for a human one."""
    if clip.source not in COMPUTER_SOURCES:
        return None
    return decision or "unapproved"


def is_playable(clip: AudioClip, decision: str | None) -> bool:
    """May participants hear this clip, given its review decision (None: none yet)?"""
    if clip.withdrawn_at is not None or decision == "rejected":
        return False
    return decision == "approved" or not needs_approval(clip.language, clip.source)


def source_rank(source: str) -> int:
    try:
        return SOURCE_PREFERENCE.index(source)
    except ValueError:
        return len(SOURCE_PREFERENCE)


def clip_key(clip: AudioClip) -> tuple[int, int]:
    """Sort key: best source first, then the newest clip."""
    return (source_rank(clip.source), -(clip.id or 0))


def clips_with_decisions(
    *, session: Session, language: str, text_ids: list[str]
) -> list[tuple[AudioClip, str | None]]:
    """Every clip in use (not withdrawn) for these texts, with its review decision."""
    out: list[tuple[AudioClip, str | None]] = []
    for i in range(0, len(text_ids), 500):  # bounded IN lists
        rows: Iterable[tuple[AudioClip, str | None]] = session.exec(
            select(AudioClip, ClipReview.decision)
            .outerjoin(ClipReview, ClipReview.clip_id == AudioClip.id)
            .where(
                AudioClip.language == language,
                AudioClip.text_id.in_(text_ids[i : i + 500]),
                AudioClip.withdrawn_at.is_(None),
            )
            .order_by(AudioClip.id)
        )
        out.extend(rows)
    return out


def best_clips(*, session: Session, language: str, texts: dict[str, str]) -> dict[str, AudioClip]:
    """For each text_id -> current text, the best clip participants may hear (absent: none)."""
    if not texts:
        return {}
    current = {tid: text_sha(t) for tid, t in texts.items()}
    best: dict[str, AudioClip] = {}
    for clip, decision in clips_with_decisions(
        session=session, language=language, text_ids=list(texts)
    ):
        if clip.text_sha != current[clip.text_id] or not is_playable(clip, decision):
            continue
        held = best.get(clip.text_id)
        if held is None or clip_key(clip) < clip_key(held):
            best[clip.text_id] = clip
    return best


def playable_filter(session: Session, clips: Iterable[AudioClip]) -> list[AudioClip]:
    """Only the clips participants may hear (for lists chosen some other way)."""
    clips = list(clips)
    ids = [c.id for c in clips if c.id is not None]
    decisions: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        decisions.update(
            session.exec(
                select(ClipReview.clip_id, ClipReview.decision).where(
                    ClipReview.clip_id.in_(ids[i : i + 500])
                )
            ).all()
        )
    return [c for c in clips if is_playable(c, decisions.get(c.id))]
