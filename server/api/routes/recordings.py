"""Human recordings of catalog texts: upload (or replace), list, withdraw.

Signed-in coaches only (language-support staff sign in as coaches for now).
The upload handler is async only to stream the body with a size cap: it
checks who and what first (no body read for a 401 or an unknown text), counts
bytes as they arrive (413 as soon as the cap is passed, whatever
Content-Length claimed), and hands decoding and encoding (ffmpeg) to the
threadpool so the event loop never waits on a subprocess.

The body is multipart/form-data with the audio in a field named "file" (what
a browser form or the client sends), or the raw audio bytes themselves with
any other Content-Type (what a recorder streaming PCM-as-WAV sends).
"""

from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from starlette.concurrency import run_in_threadpool

from server.api.deps import CurrentCoach, SessionDep, SettingsDep
from server.api.routes.texts import guard_text
from server.api.uploads import read_upload
from server.models import AudioClip
from server.services import audit
from server.services import recordings as rec
from server.services.audio import best_clips
from server.services.review import iso

router = APIRouter(prefix="/texts", tags=["recordings"])


def _http(e: rec.RecordingRejected) -> HTTPException:
    return HTTPException(e.status_code, detail=e.detail)


async def _read_body(request: Request) -> bytes:
    """The uploaded audio bytes, read with the size cap applied while streaming."""
    data = await read_upload(
        request,
        rec.MAX_UPLOAD_BYTES,
        rec.too_large,
        "Send the recording as a file in a form field named 'file'.",
    )
    if len(data) > rec.MAX_UPLOAD_BYTES:  # the cap above allows for multipart framing
        raise _http(rec.too_large())
    return data


def _recording_json(clip: AudioClip, current_text: str | None) -> dict[str, Any]:
    return {
        "text_id": clip.text_id,
        "language": clip.language,
        "source": clip.source,
        "file_name": clip.file_name,
        "url": f"/audio/{clip.file_name}",
        "duration_ms": clip.duration_ms,
        "byte_size": clip.byte_size,
        "created_by": clip.created_by,
        "created_at": iso(clip.created_at),
        "withdrawn_at": iso(clip.withdrawn_at),
        "stale": current_text is not None and rec.is_stale(clip, current_text),
    }


@router.post("/{text_id}/{language}/recording", status_code=status.HTTP_201_CREATED)
async def create_recording(
    text_id: str,
    language: str,
    request: Request,
    coach: CurrentCoach,
    session: SessionDep,
    settings: SettingsDep,
) -> dict[str, Any]:
    """Upload a recording of one text in one language; it replaces the current one."""
    # Issue 10: who may, before a byte of the body is read.
    await run_in_threadpool(guard_text, session, coach, text_id, change=True)
    try:
        row = await run_in_threadpool(
            rec.recordable_text, session=session, text_id=text_id, language=language
        )
    except rec.RecordingRejected as e:
        raise _http(e) from None
    if not row.text.strip():
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            detail="This text has no wording in this language yet: write the text first.",
        )
    data = await _read_body(request)
    audit.record(
        session=session, coach=coach, action="recorded", subject=f"text {text_id}/{language}"
    )
    try:
        clip = await run_in_threadpool(
            rec.save_recording,
            session=session,
            settings=settings,
            text_id=text_id,
            language=language,
            data=data,
            recorded_by=coach.email,
        )
    except rec.RecordingRejected as e:
        raise _http(e) from None
    return _recording_json(clip, None)


@router.get("/{text_id}/{language}/recordings")
def read_recordings(
    text_id: str, language: str, coach: CurrentCoach, session: SessionDep
) -> list[dict[str, Any]]:
    """Every recording made for the text, newest first, withdrawn and stale ones included."""
    guard_text(session, coach, text_id, change=False)
    try:
        row = rec.recordable_text(session=session, text_id=text_id, language=language)
    except rec.RecordingRejected as e:
        raise _http(e) from None
    clips = rec.recording_history(session=session, text_id=text_id, language=language)
    return [_recording_json(c, row.text) for c in clips]


@router.delete("/{text_id}/{language}/recording")
def delete_recording(
    text_id: str, language: str, coach: CurrentCoach, session: SessionDep
) -> dict[str, Any]:
    """Withdraw the current recording: it stops playing but is kept on disk."""
    guard_text(session, coach, text_id, change=True)
    try:
        row = rec.recordable_text(session=session, text_id=text_id, language=language)
        audit.record(
            session=session,
            coach=coach,
            action="rec_withdrawn",
            subject=f"text {text_id}/{language}",
        )
        clips = rec.withdraw_recording(
            session=session, text_id=text_id, language=language, withdrawn_by=coach.email
        )
    except rec.RecordingRejected as e:
        raise _http(e) from None
    now = best_clips(session=session, language=language, texts={text_id: row.text}).get(text_id)
    return {
        "withdrawn": [_recording_json(c, row.text) for c in clips],
        # What the pages play from now on (TTS, or None: "no recording yet").
        "now_playing": _recording_json(now, row.text) if now else None,
    }
