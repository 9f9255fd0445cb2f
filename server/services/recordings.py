"""Human recordings: a phone's audio file in, the project's compact clip out.

What an upload goes through, in order (plain synchronous code: call it from a
threadpool, never from inside an async handler):

1. The text must exist in a spoken language (else RecordingRejected 404).
2. The bytes are written to a temporary file WITHOUT an extension and probed
   with ffprobe: it decides from the content alone, never from a name or MIME
   type, and must find an accepted container with an audio stream (else 415).
3. Decoded to mono PCM at the project rate, capped just past MAX_SECONDS so a
   20-minute file costs no more than a 3-minute one (too long/empty: 422).
4. Leading and trailing silence trimmed (silenceremove both ways round), then
   loudness brought to TARGET_LUFS with a peak limiter. A linear gain, measured
   in a first pass, because ffmpeg's one-pass loudnorm hardly moves clips
   shorter than its 3 s window, and most step recordings are that short.
   What is left must still be at least MIN_SECONDS of sound (else 422).
5. Stored through speech.store.store_clip (same naming, atomic write, manifest
   and AudioClip row as every other source) with source "human" and a voice
   "human/<sha of the upload>", so each take has its own URL.
6. Only then are earlier human recordings of that text withdrawn: they stay on
   disk and in the database (history), they just no longer play.
"""

import hashlib
import json
import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select

from server.core.config import PARTICIPANT_LANGUAGES, Settings
from server.models import AudioClip, CatalogText, TextEvent
from server.services.audio import text_sha
from server.services.speech.encode import SPEECH_FORMAT, AudioFormat
from server.services.speech.store import store_clip

MAX_UPLOAD_BYTES = 15 * 1024 * 1024
MIN_SECONDS = 0.5
MAX_SECONDS = 180.0
TARGET_LUFS = -16.0
PEAK_LIMIT_DBFS = -1.5
SILENCE_THRESHOLD_DB = -50  # phone noise floors sit around -60..-50 dBFS
KEEP_SILENCE_S = 0.1  # a little air before and after the voice
SUBPROCESS_TIMEOUT_S = 60

# ffprobe format names we accept: what phones and browsers record into.
ACCEPTED_FORMATS = {
    "mov,mp4,m4a,3gp,3g2,mj2": "m4a/AAC",
    "aac": "AAC",
    "mp3": "MP3",
    "ogg": "Ogg (Opus/Vorbis)",
    "wav": "WAV",
    "matroska,webm": "WebM",
}
ACCEPTED_HUMAN = "m4a/AAC, MP3, Ogg/Opus, WAV or WebM"
HUMAN = "human"


class RecordingRejected(Exception):
    """An upload we refuse, with the HTTP status and a message for the person."""

    def __init__(self, status_code: int, detail: str):
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail


@dataclass(frozen=True)
class Processed:
    pcm: bytes  # s16le mono at fmt.sample_rate, trimmed and normalised
    raw_ms: int  # length of the upload as decoded
    ms: int  # length after trimming


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        # The server's fault, not the uploader's: 503 and say what is missing.
        raise RecordingRejected(503, f"{name} is not installed on the server: recordings are off")
    return path


def _run(cmd: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            cmd, input=stdin, capture_output=True, timeout=SUBPROCESS_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as e:
        raise RecordingRejected(422, "This file took too long to read as audio.") from e


def probe(path: Path) -> dict:
    """ffprobe's view of the file; RecordingRejected(415) unless it is audio we accept."""
    done = _run(
        [
            _tool("ffprobe"),
            "-v",
            "error",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
            str(path),
        ]
    )
    info = json.loads(done.stdout or b"{}") if done.returncode == 0 else {}
    fmt = (info.get("format") or {}).get("format_name", "")
    audio = [s for s in info.get("streams", []) if s.get("codec_type") == "audio"]
    if fmt not in ACCEPTED_FORMATS or not audio:
        raise _not_audio()
    return info


def _not_audio() -> RecordingRejected:
    return RecordingRejected(
        415, f"This file is not a recording we can read. Please send {ACCEPTED_HUMAN} audio."
    )


def _declared_seconds(info: dict) -> float | None:
    for d in [(info.get("format") or {}).get("duration")] + [
        s.get("duration") for s in info.get("streams", []) if s.get("codec_type") == "audio"
    ]:
        try:
            return float(d)
        except (TypeError, ValueError):
            continue
    return None  # e.g. a browser's MediaRecorder WebM: no duration in the header


def _pcm_args(fmt: AudioFormat) -> list[str]:
    return ["-f", "s16le", "-ac", str(fmt.channels), "-ar", str(fmt.sample_rate)]


def _ms(pcm: bytes, fmt: AudioFormat) -> int:
    return round(len(pcm) // 2 * 1000 / fmt.sample_rate)


def _filter_pcm(pcm: bytes, af: str, fmt: AudioFormat, *, out: bool = True) -> tuple[bytes, str]:
    """Run one ffmpeg audio filter chain over raw PCM; (output PCM, stderr)."""
    cmd = [_tool("ffmpeg"), "-hide_banner", "-nostdin", "-loglevel", "info"]
    cmd += [*_pcm_args(fmt), "-i", "pipe:0", "-af", af]
    cmd += [*_pcm_args(fmt), "pipe:1"] if out else ["-f", "null", "-"]
    done = _run(cmd, stdin=pcm)
    if done.returncode != 0:
        raise RecordingRejected(422, "This recording could not be processed.")
    return done.stdout, done.stderr.decode("utf-8", "replace")


def _measured(stderr: str) -> tuple[float, float]:
    """(integrated loudness LUFS, true peak dBTP) from loudnorm's JSON on stderr."""
    start = stderr.rfind("{")
    try:
        m = json.loads(stderr[start : stderr.index("}", start) + 1])
        return float(m["input_i"]), float(m["input_tp"])
    except (ValueError, KeyError):
        return float("-inf"), float("-inf")


def process_audio(data: bytes, fmt: AudioFormat = SPEECH_FORMAT) -> Processed:
    """Probe, decode, bound, trim and normalise an upload. Raises RecordingRejected."""
    if not data:
        raise RecordingRejected(422, "The file is empty (0 seconds of audio).")
    trim = (
        f"silenceremove=start_periods=1:start_threshold={SILENCE_THRESHOLD_DB}dB"
        f":start_silence={KEEP_SILENCE_S}"
    )
    # One decode feeds three branches: the raw length, the trimmed audio, and
    # loudnorm measuring the trimmed audio (each ffmpeg start costs ~0.2 s).
    graph = (
        f"[0:a:0]aresample={fmt.sample_rate},aformat=sample_fmts=s16:channel_layouts=mono,"
        f"asplit=2[raw][t];[t]{trim},areverse,{trim},areverse,asplit=2[trimmed][m];"
        "[m]loudnorm=print_format=json,anullsink"
    )
    with tempfile.TemporaryDirectory(prefix="stegvis-rec-") as tmp:
        src = Path(tmp) / "upload"  # no extension: ffmpeg must not guess from a name
        src.write_bytes(data)
        info = probe(src)
        declared = _declared_seconds(info)
        if declared is not None and declared > MAX_SECONDS + 0.5:
            raise _too_long(declared)
        out = Path(tmp) / "trimmed.pcm"
        # -t caps the decode: a file whose header lies about its length costs no more.
        cmd = [_tool("ffmpeg"), "-hide_banner", "-nostdin", "-loglevel", "info"]
        cmd += ["-t", f"{MAX_SECONDS + 1:.0f}", "-i", str(src), "-filter_complex", graph]
        cmd += ["-map", "[raw]", *_pcm_args(fmt), "pipe:1"]
        cmd += ["-map", "[trimmed]", *_pcm_args(fmt), str(out)]
        done = _run(cmd)
        if done.returncode != 0:
            raise _not_audio()
        trimmed = out.read_bytes() if out.is_file() else b""
    raw_ms = _ms(done.stdout, fmt)
    if raw_ms > MAX_SECONDS * 1000:
        raise _too_long(raw_ms / 1000)
    if raw_ms < MIN_SECONDS * 1000:
        raise RecordingRejected(
            422,
            f"The recording is too short ({raw_ms / 1000:.1f} s): "
            f"it must be at least {MIN_SECONDS} seconds.",
        )
    trimmed = trimmed[: len(trimmed) // 2 * 2]
    if _ms(trimmed, fmt) < MIN_SECONDS * 1000:
        raise RecordingRejected(
            422, "We could hear no speech in this recording (it is silent or almost silent)."
        )
    lufs, peak = _measured(done.stderr.decode("utf-8", "replace"))
    if lufs > -70:  # -70 LUFS is loudnorm's floor: below it there is nothing to measure
        gain = TARGET_LUFS - lufs
        # The limiter catches the peaks this gain pushes over the ceiling.
        limit = 10 ** (PEAK_LIMIT_DBFS / 20)
        if abs(gain) > 0.5 or peak > PEAK_LIMIT_DBFS:
            af = f"volume={gain:.2f}dB,alimiter=limit={limit:.3f}:level=false"
            trimmed, _ = _filter_pcm(trimmed, af, fmt)
    return Processed(pcm=trimmed, raw_ms=raw_ms, ms=_ms(trimmed, fmt))


def _too_long(seconds: float) -> RecordingRejected:
    minutes = MAX_SECONDS / 60
    return RecordingRejected(
        422,
        f"The recording is too long ({seconds / 60:.1f} min): "
        f"at most {minutes:.0f} minutes, one step at a time.",
    )


def wav_bytes(pcm: bytes, fmt: AudioFormat = SPEECH_FORMAT) -> bytes:
    """Wrap PCM as a WAV, which speech.encode reads without a subprocess."""
    rate, ch = fmt.sample_rate, fmt.channels
    header = b"RIFF" + struct.pack("<I", 36 + len(pcm)) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, ch, rate, rate * ch * 2, ch * 2, 16)
    return header + b"data" + struct.pack("<I", len(pcm)) + pcm


def recordable_text(*, session: Session, text_id: str, language: str) -> CatalogText:
    """The text a recording would speak, or RecordingRejected(404) saying which part is wrong."""
    if language not in PARTICIPANT_LANGUAGES:
        raise RecordingRejected(
            404,
            f"We have no spoken texts in language {language!r}: "
            f"use one of {', '.join(PARTICIPANT_LANGUAGES)}.",
        )
    row = session.exec(
        select(CatalogText).where(CatalogText.text_id == text_id, CatalogText.language == language)
    ).first()
    if row is None:
        raise RecordingRejected(404, f"There is no text {text_id!r} in language {language!r}.")
    return row


def active_recordings(*, session: Session, text_id: str, language: str) -> list[AudioClip]:
    return list(
        session.exec(
            select(AudioClip)
            .where(
                AudioClip.text_id == text_id,
                AudioClip.language == language,
                AudioClip.source == HUMAN,
                AudioClip.withdrawn_at.is_(None),
            )
            .order_by(AudioClip.id)
        )
    )


def save_recording(
    *,
    session: Session,
    settings: Settings,
    text_id: str,
    language: str,
    data: bytes,
    recorded_by: str,
    text: str | None = None,
) -> AudioClip:
    """Check, process and store one human recording; withdraw the earlier one after.

    `text` is what is spoken when it is not a catalog text (a goal in the plan).

    Nothing existing changes unless the new clip is on disk and recorded.
    Raises RecordingRejected for anything the uploader should be told about.
    """
    if len(data) > MAX_UPLOAD_BYTES:
        raise too_large()
    if text is None:
        text = recordable_text(session=session, text_id=text_id, language=language).text
    processed = process_audio(data)
    take = hashlib.sha256(data).hexdigest()[:16]
    stored = store_clip(
        session=session,
        audio_dir=settings.audio_dir,
        text_id=text_id,
        language=language,
        text=text,
        source=HUMAN,
        voice=f"{HUMAN}/{take}",
        audio=wav_bytes(processed.pcm),
        created_by=recorded_by,
    )
    new = stored.clip
    now = datetime.now(UTC)
    again = new.withdrawn_at is not None
    if again:  # the very same take sent again: bring it back
        new.withdrawn_at = None
        session.add(new)
    for old in active_recordings(session=session, text_id=text_id, language=language):
        # Only older takes: two uploads racing for one text leave the newer one playing.
        if old.id < new.id or (again and old.id != new.id):
            old.withdrawn_at = now
            session.add(old)
            session.add(_event(old, "withdrawn", recorded_by, now))
    session.add(_event(new, "recorded", recorded_by, now))
    session.commit()
    session.refresh(new)
    return new


def withdraw_recording(
    *, session: Session, text_id: str, language: str, withdrawn_by: str
) -> list[AudioClip]:
    """Take the current human recording(s) out of use (kept on disk). 404 if none."""
    recordable_text(session=session, text_id=text_id, language=language)
    clips = active_recordings(session=session, text_id=text_id, language=language)
    if not clips:
        raise RecordingRejected(404, "There is no recording of this text to withdraw.")
    now = datetime.now(UTC)
    for clip in clips:
        clip.withdrawn_at = now
        session.add(clip)
        session.add(_event(clip, "withdrawn", withdrawn_by, now))
    session.commit()
    return clips


def recording_history(*, session: Session, text_id: str, language: str) -> list[AudioClip]:
    """Every human recording ever made for the text, newest first."""
    return list(
        session.exec(
            select(AudioClip)
            .where(
                AudioClip.text_id == text_id,
                AudioClip.language == language,
                AudioClip.source == HUMAN,
            )
            .order_by(AudioClip.id.desc())
        )
    )


def is_stale(clip: AudioClip, current_text: str) -> bool:
    """A clip made for an earlier version of the text: reported, not played, not deleted."""
    return clip.text_sha != text_sha(current_text)


def too_large() -> RecordingRejected:
    mb = MAX_UPLOAD_BYTES // (1024 * 1024)
    return RecordingRejected(413, f"The file is too large: at most {mb} MB.")


def _event(clip: AudioClip, action: str, by: str, at: datetime) -> TextEvent:
    return TextEvent(
        text_id=clip.text_id,
        language=clip.language,
        action=action,
        by=by,
        at=at,
        file_name=clip.file_name,
    )
