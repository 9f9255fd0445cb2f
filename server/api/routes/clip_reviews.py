"""Computer-voice audio for language-support staff: listen, approve or reject.

Next to the text review (texts.py) and human recordings (recordings.py): the
clip a computer voice made for a text, and the staff member's decision on it.
Somali computer audio plays to participants only once approved; a rejected
clip never plays (server.services.audio). The decision names the file the
person listened to, so it is tied to the exact audio: a changed text or voice
is a new file and needs a new decision (409 if the file is no longer current).
"""

from typing import Any

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from server.api.deps import CurrentCoach, SessionDep, SettingsDep
from server.api.routes.texts import guard_text
from server.services import clip_review as cr

router = APIRouter(prefix="/texts", tags=["recordings"])


class ClipDecision(BaseModel):
    """approved / rejected, or unapproved to take a decision back."""

    decision: str = Field(description="approved, rejected or unapproved")
    file_name: str = Field(max_length=120, description="the clip you listened to")
    note: str | None = Field(
        default=None, max_length=cr.MAX_NOTE_CHARS, description="why (e.g. what sounds wrong)"
    )


def _http(e: cr.ClipReviewError) -> HTTPException:
    return HTTPException(e.status_code, detail=e.detail)


@router.get("/{text_id}/{language}/computer-audio")
def read_computer_audio(
    text_id: str, language: str, coach: CurrentCoach, session: SessionDep
) -> dict[str, Any]:
    """The text's current computer-voice clip: its URL, whether it plays, the decision."""
    guard_text(session, coach, text_id, change=False)  # issue 10: its organisation's texts
    try:
        row = cr.speakable_text(session, text_id, language)
    except cr.ClipReviewError as e:
        raise _http(e) from None
    found = cr.computer_audio(session=session, language=language, texts={text_id: row.text})
    if text_id not in found:
        raise HTTPException(404, detail="This text has no computer-voice audio yet.")
    return found[text_id].as_dict()


@router.put("/{text_id}/{language}/computer-audio/decision")
def update_computer_audio_decision(
    text_id: str,
    language: str,
    body: ClipDecision,
    coach: CurrentCoach,
    session: SessionDep,
    settings: SettingsDep,
) -> dict[str, Any]:
    """Approve or reject the clip you listened to (kept with who, when and why)."""
    # Issue 10: only language support and admins of the text's owner (library editors for
    # the shared library) decide, as for texts and recordings.
    guard_text(session, coach, text_id, change=True)
    try:
        got = cr.decide(
            session=session,
            audio_dir=settings.audio_dir,
            text_id=text_id,
            language=language,
            file_name=body.file_name,
            decision=body.decision,
            by=coach.email,
            note=body.note,
        )
    except cr.ClipReviewError as e:
        raise _http(e) from None
    return got.as_dict()
