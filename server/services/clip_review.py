"""Language-support staff listen to computer-voice clips and approve or reject them.

The gate itself is in server.services.audio (is_playable, APPROVAL_REQUIRED);
this module records the decisions:

- decide(): approve or reject the clip the staff member listened to, named by
  its file; "unapproved" takes a decision back. The file must be the text's
  current computer clip (else 409: the text or the voice changed since they
  listened), and the sha256 of its bytes is kept with the decision.
- forget_if_changed(): the speech build calls it after writing a file; a clip
  whose bytes are no longer those that were heard loses its decision.
- Every decision is a TextEvent row (approved / rejected / reopened), so who
  judged what, when, survives later changes.

A rejected Somali text plays nothing in Somali (the Swedish beside it still
plays) until someone records it: a human recording always wins.
"""

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select

from server.core.config import PARTICIPANT_LANGUAGES
from server.models import AudioClip, CatalogText, ClipReview, TextEvent
from server.services.audio import (
    COMPUTER_SOURCES,
    clip_key,
    clips_with_decisions,
    is_playable,
    needs_approval,
    review_state,
    text_sha,
)
from server.services.i18n import LANGUAGES

DECISIONS = ("approved", "rejected", "unapproved")
MAX_NOTE_CHARS = 500


class ClipReviewError(Exception):
    def __init__(self, status_code: int, detail: str):
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail


@dataclass(frozen=True)
class ComputerAudio:
    """A text's current computer-voice clip and what staff decided about it."""

    clip: AudioClip
    review: ClipReview | None

    @property
    def state(self) -> str:
        return review_state(self.clip, self.review.decision if self.review else None) or ""

    @property
    def playing(self) -> bool:
        """Do participants hear it now?"""
        return is_playable(self.clip, self.review.decision if self.review else None)

    def as_dict(self) -> dict:
        from server.services.review import iso

        r = self.review
        return {
            "file_name": self.clip.file_name,
            "url": f"/audio/{self.clip.file_name}",
            "source": self.clip.source,
            "voice": self.clip.voice,
            "duration_ms": self.clip.duration_ms,
            "state": self.state,  # approved / unapproved / rejected
            "needs_approval": needs_approval(self.clip.language, self.clip.source),
            "playing": self.playing,
            "decided_by": r.by if r else None,
            "decided_at": iso(r.at) if r else None,
            "note": r.note if r else None,
        }


def speakable_text(session: Session, text_id: str, language: str) -> CatalogText:
    if language not in PARTICIPANT_LANGUAGES:
        raise ClipReviewError(
            404,
            f"We have no spoken texts in language {language!r}: "
            f"use one of {', '.join(PARTICIPANT_LANGUAGES)}.",
        )
    row = session.exec(
        select(CatalogText).where(CatalogText.text_id == text_id, CatalogText.language == language)
    ).first()
    from server.services.speech.build import language_name_text_id  # (build imports us)

    if row is None and text_id == language_name_text_id(language):
        # The language's own name (the chooser): spoken by the build from the built-in
        # name unless staff corrected it; its computer clip needs approval like any text.
        row = CatalogText(text_id=text_id, language=language, text=LANGUAGES[language].native_name)
    if row is None:
        raise ClipReviewError(404, f"There is no text {text_id!r} in language {language!r}.")
    return row


def computer_audio(
    *, session: Session, language: str, texts: dict[str, str]
) -> dict[str, ComputerAudio]:
    """text_id -> its best current computer clip (heard or not) with its review."""
    best: dict[str, AudioClip] = {}
    current = {tid: text_sha(t) for tid, t in texts.items()}
    for clip, _ in clips_with_decisions(session=session, language=language, text_ids=list(texts)):
        if clip.source not in COMPUTER_SOURCES or clip.text_sha != current[clip.text_id]:
            continue
        held = best.get(clip.text_id)
        if held is None or clip_key(clip) < clip_key(held):
            best[clip.text_id] = clip
    reviews = {
        r.clip_id: r
        for r in session.exec(
            select(ClipReview).where(ClipReview.clip_id.in_([c.id for c in best.values()]))
        )
    }
    return {tid: ComputerAudio(c, reviews.get(c.id)) for tid, c in best.items()}


def file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def decide(
    *,
    session: Session,
    audio_dir: Path,
    text_id: str,
    language: str,
    file_name: str,
    decision: str,
    by: str,
    note: str | None = None,
) -> ComputerAudio:
    """Approve, reject or take back the decision on the clip `file_name` of this text."""
    if decision not in DECISIONS:
        raise ClipReviewError(422, f"decision must be one of {', '.join(DECISIONS)}.")
    note = (note or "").strip() or None
    if note is not None and len(note) > MAX_NOTE_CHARS:
        raise ClipReviewError(422, f"The note is too long (at most {MAX_NOTE_CHARS} characters).")
    row = speakable_text(session, text_id, language)
    found = computer_audio(session=session, language=language, texts={text_id: row.text})
    current = found.get(text_id)
    if current is None:
        raise ClipReviewError(
            404, "This text has no computer-voice audio yet (run `stegvis speech build`)."
        )
    if current.clip.file_name != file_name:
        raise ClipReviewError(
            409,
            "The audio changed since you listened (the text or the voice is new). "
            "Listen to the new audio and decide again.",
        )
    path = audio_dir / file_name
    if not path.is_file():
        raise ClipReviewError(409, "The audio file is missing: run `stegvis speech build`.")
    now = datetime.now(UTC)
    review = current.review
    if decision == "unapproved":
        if review is None:
            return current
        session.delete(review)
        review = None
        action = "reopened"
    else:
        if review is None:
            review = ClipReview(
                clip_id=current.clip.id, text_id=text_id, language=language,
                decision=decision, audio_sha="", by=by,
            )  # fmt: skip
        review.decision, review.audio_sha = decision, file_sha(path)
        review.by, review.at, review.note = by, now, note
        session.add(review)
        action = decision
    session.add(
        TextEvent(
            text_id=text_id, language=language, action=action, by=by, at=now,
            new_text=note, file_name=file_name,
        )
    )  # fmt: skip
    session.commit()
    if review is not None:
        session.refresh(review)
    return ComputerAudio(current.clip, review)


def forget_if_changed(*, session: Session, clip: AudioClip, audio_dir: Path) -> bool:
    """After a build rewrote a clip's file: a decision on other bytes no longer holds."""
    review = session.exec(select(ClipReview).where(ClipReview.clip_id == clip.id)).first()
    if review is None:
        return False
    path = audio_dir / clip.file_name
    if path.is_file() and file_sha(path) == review.audio_sha:
        return False
    session.delete(review)
    session.commit()
    return True
