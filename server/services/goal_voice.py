"""Goals and sub-goals heard, not only read.

A goal is free text the coach types with the participant (usually Swedish).
It is heard in one of two ways, the better one winning:
- the coach (or an interpreter) records it in their own voice, in the
  participant's language or in Swedish, through the same processing as text
  recordings (`save_recording`); a human recording in the participant's
  language beats one in Swedish;
- otherwise the Swedish sentence is spoken by espeak-ng, made in the background
  after the coach saved it (never while a participant waits).

Clips are ordinary AudioClips under the ids `goal-<id>` and `subgoal-<id>`, named
by a hash of the text like every other clip: a renamed goal's old voice goes
stale and stops playing until it is recorded (or synthesised) again.
"""

import logging

from sqlmodel import Session

from server.core.config import SOURCE_LANGUAGE, Settings
from server.models import AudioClip
from server.services.audio import best_clips
from server.services.speech.sources import SpeechSource, make_sources
from server.services.speech.store import store_clip

log = logging.getLogger(__name__)

TTS_SOURCE = "espeak"


def goal_text_id(goal_id: int) -> str:
    return f"goal-{goal_id}"


def subgoal_text_id(subgoal_id: int) -> str:
    return f"subgoal-{subgoal_id}"


def goal_clips(
    *, session: Session, language: str | None, texts: dict[str, str]
) -> dict[str, AudioClip]:
    """{text_id: best clip}: the participant's language first, then Swedish."""
    out = best_clips(session=session, language=SOURCE_LANGUAGE, texts=texts)
    if language and language != SOURCE_LANGUAGE:
        own = best_clips(session=session, language=language, texts=texts)
        for text_id, clip in own.items():
            held = out.get(text_id)
            # A voice in the participant's own language wins over Swedish, unless it is a
            # computer voice and the Swedish one a person.
            if held is None or not (held.source == "human" and clip.source != "human"):
                out[text_id] = clip
    return out


def speak_goal_texts(
    *, settings: Settings, texts: dict[str, str], source: SpeechSource | None = None
) -> int:
    """Synthesise the Swedish voice of each goal text that has none; returns clips made.

    Runs after the response (a background task): opens its own session, and a
    failure only means the goal stays silent until it is recorded."""
    from server.db import get_engine

    src = source or make_sources((TTS_SOURCE,))[0]
    made = 0
    with Session(get_engine()) as session:
        have = best_clips(session=session, language=SOURCE_LANGUAGE, texts=texts)
        for text_id, text in texts.items():
            if text_id in have or not text.strip():
                continue
            voice = src.voice_id(SOURCE_LANGUAGE)
            try:
                audio = src.synthesize(text, SOURCE_LANGUAGE)
                store_clip(
                    session=session,
                    audio_dir=settings.audio_dir,
                    text_id=text_id,
                    language=SOURCE_LANGUAGE,
                    text=text,
                    source=src.name,
                    voice=voice,
                    audio=audio,
                    trim=True,
                )
                made += 1
            except Exception:  # noqa: BLE001 - a silent goal is better than a failed save
                session.rollback()
                log.warning("no computer voice for %s", text_id, exc_info=True)
    return made
