"""Language support (issue 3): one place to check, correct, review and record texts.

Plain Python, observable by client/views/language_support. A signed-in coach or
language-support worker picks a language and works through its read-aloud
texts: each row (from GET /api/texts) carries the text, its Swedish source, its
review state and the audio that plays now. Corrections go with the sha of the
wording the person saw, so two people editing the same text never overwrite
each other silently (409 -> a message and the fresh wording).

Recording in the web app: flet_audio_recorder streams raw PCM16 chunks (there is
no file on the web), so a `Take` collects them and wraps them as WAV before the
upload; the server decodes, trims, normalises and encodes it like any upload.

Every server call goes through `_run`, which turns a failure into a message id of
locales/<lang>/language_support.ftl, so the screen never shows a stack trace.
"""

import io
import time
import wave
from array import array
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import flet as ft

from client.api import (
    ApiError,
    CoachApi,
    NotSignedIn,
    Offline,
    decide_computer_audio,
    speech_coverage,
    support_text,
    support_texts,
    update_support_text,
    upload_recording,
    withdraw_recording,
)

T = TypeVar("T")

# Participants' languages first (the work is there), then the source and English.
SUPPORT_LANGS = ("ar", "fa", "so", "ti", "sv", "en")
FILTERS = ("all", "draft", "no_audio", "stale", "computer")
STANDARD_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)
RECORD_RATE = 16000  # speech; the server re-encodes to its own format anyway
UPLOAD_TYPES = {
    "wav": "audio/wav",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "aac": "audio/aac",
    "ogg": "audio/ogg",
    "opus": "audio/ogg",
    "webm": "audio/webm",
}


def pcm16_wav(pcm: bytes, sample_rate: int, channels: int = 1) -> bytes:
    """Raw little-endian PCM16 as a WAV file (what the server can decode)."""
    frame = 2 * channels
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(pcm[: len(pcm) - len(pcm) % frame])  # whole frames only
    return buf.getvalue()


def recorded_rate(
    n_bytes: int, seconds: float, channels: int = 1, requested: int = RECORD_RATE
) -> int:
    """The sample rate n_bytes of PCM16 streamed over `seconds` were really made at.

    On the web the requested rate is not always honoured (the browser's audio
    context decides), so the bytes are measured against the time they took to
    arrive: within 10 % of the requested rate means it was honoured; otherwise
    the nearest standard rate (44.1 and 48 kHz differ by 9 %, so the span must
    not include start/stop latency: see Take.wav).
    """
    if n_bytes <= 0 or seconds <= 0.3:
        return requested
    measured = n_bytes / (2 * channels) / seconds
    if abs(measured - requested) / requested <= 0.1:
        return requested
    return min(STANDARD_RATES, key=lambda r: abs(r - measured))


@dataclass
class Take:
    """One recording in progress: PCM16 chunks for one text, wrapped as WAV at the end."""

    text_id: str
    channels: int = 1
    requested_rate: int = RECORD_RATE
    chunks: list = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    stopped: float | None = None
    first_at: float | None = None  # when the first chunk arrived
    last_at: float | None = None  # when the last one did

    def add(self, chunk: bytes | None, at: float | None = None) -> None:
        if not chunk:
            return
        at = time.monotonic() if at is None else at
        if self.first_at is None:
            self.first_at = at
        self.last_at = at
        self.chunks.append(bytes(chunk))

    @property
    def size(self) -> int:
        return sum(len(c) for c in self.chunks)

    def stop(self) -> None:
        self.stopped = self.stopped or time.monotonic()

    def _pcm_mono(self) -> tuple[bytes, int]:
        """(mono PCM, frames per second of bytes measured).

        Flet 1.0.5 on the web did not pass our configuration on: Chromium sent
        44.1 kHz *stereo* (the recorder's defaults) when we asked for 16 kHz mono.
        A mono microphone copied to two channels has left == right in every frame,
        so the data itself says whether it is stereo; then keep the left channel."""
        pcm = b"".join(self.chunks)
        if self.channels == 1 and duplicated_stereo(pcm):
            return pcm_left(pcm), 2
        return pcm, 1

    def rate(self, channels: int | None = None) -> int:
        """Chunks arrive in real time: the bytes after the first one, over the time from
        the first to the last arrival, give the rate without start/stop latency."""
        ch = channels or self.channels
        if self.first_at is not None and self.last_at - self.first_at >= 1.0:
            return recorded_rate(
                self.size - len(self.chunks[0]),
                self.last_at - self.first_at,
                ch,
                self.requested_rate,
            )
        seconds = (self.stopped or time.monotonic()) - self.started
        return recorded_rate(self.size, seconds, ch, self.requested_rate)

    def wav(self) -> bytes:
        pcm, interleaved = self._pcm_mono()
        rate = self.rate(interleaved * self.channels)
        # A quarter second of silence after the last word: people press Stop mid-word,
        # and the server's silence trim (ffmpeg 5.1 silenceremove after areverse)
        # refuses a take that ends loud as "no speech". The trim removes this again.
        tail = b"\x00\x00" * self.channels * (rate // 4)
        return pcm16_wav(pcm + tail, rate, self.channels)


def duplicated_stereo(pcm: bytes, frames: int = 48000) -> bool:
    """True when the PCM16 reads as two identical interleaved channels."""
    a = array("h")
    a.frombytes(pcm[: 4 * frames])
    pairs = [(a[i], a[i + 1]) for i in range(0, len(a) - 1, 2) if a[i] or a[i + 1]]
    if len(pairs) < 100:
        return False  # (near) silence: nothing to tell by
    return sum(left == right for left, right in pairs) / len(pairs) > 0.98


def pcm_left(pcm: bytes) -> bytes:
    a = array("h")
    a.frombytes(pcm[: len(pcm) // 4 * 4])
    return a[0::2].tobytes()


def audio_kind(row: dict) -> str:
    """What plays for the row: human, gtts, espeak, "stale" (only an old take) or "none"."""
    audio = row.get("audio") or {}
    if audio.get("source"):
        return audio["source"]
    return "stale" if audio.get("stale") else "none"


def computer_clip(row: dict) -> dict | None:
    """The computer voice's clip for the row's wording (heard or waiting), if any."""
    return (row.get("audio") or {}).get("computer")


def computer_to_check(row: dict) -> bool:
    """Made by a computer voice that needs a person's approval, and not yet judged."""
    c = computer_clip(row)
    return bool(c and c.get("needs_approval") and c.get("state") == "unapproved")


def is_stale(row: dict) -> bool:
    """An old recording exists for an earlier wording and nothing newer replaced it."""
    return bool((row.get("audio") or {}).get("stale"))


def content_type(file_name: str) -> str:
    ext = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    return UPLOAD_TYPES.get(ext, "application/octet-stream")


@ft.observable
@dataclass
class LanguageSupport:
    api: CoachApi
    on_expired: Callable[[], Awaitable[None]] | None = None  # the coach's session ended
    language: str = "so"
    filter: str = "all"
    rows: list = field(default_factory=list)
    coverage: dict | None = None
    loaded: bool = False
    busy: bool = False
    open_id: str | None = None  # the text being worked on
    recording_id: str | None = None  # the text a take is being recorded for
    message: str | None = None  # a language_support.ftl id
    message_args: dict = field(default_factory=dict)
    error: bool = False

    # ------------------------------------------------------------------ plumbing

    def say(self, msg_id: str | None, *, error: bool = False, **args: Any) -> None:
        self.message, self.message_args, self.error = msg_id, args, error

    async def _run(self, call: Callable[[], Awaitable[T]]) -> T | None:
        self.busy = True
        try:
            return await call()
        except NotSignedIn:
            self.say("ls-error-session", error=True)
            if self.on_expired is not None:
                await self.on_expired()
        except Offline:
            self.say("ls-error-offline", error=True)
        except ApiError as exc:
            if exc.status == 409:
                self.say("ls-error-conflict", error=True)
            elif exc.status == 404:
                self.say("ls-error-not-found", error=True)
            else:
                self.say("ls-error-refused", error=True, detail=_readable(str(exc)))
        finally:
            self.busy = False
        return None

    # ------------------------------------------------------------------ reading

    @property
    def visible(self) -> list[dict]:
        """The rows the filter asks for (drafts are filtered by the server already)."""
        if self.filter == "no_audio":
            return [r for r in self.rows if not (r.get("audio") or {}).get("source")]
        if self.filter == "stale":
            return [r for r in self.rows if is_stale(r)]
        if self.filter == "computer":
            return [r for r in self.rows if computer_to_check(r)]
        return list(self.rows)

    def row(self, text_id: str) -> dict | None:
        return next((r for r in self.rows if r["text_id"] == text_id), None)

    @property
    def summary(self) -> dict | None:
        """This language's coverage (None for English: it is not read aloud)."""
        return ((self.coverage or {}).get("languages") or {}).get(self.language)

    async def load(self) -> bool:
        """Coverage for every language, then this language's texts under the filter."""
        cov = await self._run(lambda: speech_coverage(self.api))
        if cov is not None:
            self.coverage = cov
        return await self.load_texts()

    async def load_texts(self) -> bool:
        asked = (self.language, self.filter)
        status = "draft" if self.filter == "draft" else None
        got = await self._run(lambda: support_texts(self.api, self.language, status))
        if got is None or asked != (self.language, self.filter):
            return False  # failed, or the person moved on: a newer answer is coming
        self.rows = got
        self.loaded = True
        return True

    async def choose_language(self, language: str) -> None:
        if language not in SUPPORT_LANGS:
            return
        self.language, self.open_id = language, None
        self.rows = []
        await self.load_texts()

    async def set_filter(self, name: str) -> None:
        self.filter = name if name in FILTERS else "all"
        await self.load_texts()

    def open(self, text_id: str | None) -> None:
        self.open_id = None if text_id == self.open_id else text_id

    async def _refresh(self, text_id: str, fresh: dict | None = None) -> None:
        """One row from the server (after a change), and the counts at the top."""
        fresh = fresh or await self._run(lambda: support_text(self.api, text_id, self.language))
        if fresh is not None:
            fresh = {k: v for k, v in fresh.items() if k != "history"}
            self.rows = [fresh if r["text_id"] == text_id else r for r in self.rows]
        cov = await self._run(lambda: speech_coverage(self.api))
        if cov is not None:
            self.coverage = cov

    # ------------------------------------------------------------------ changing

    async def save_text(self, text_id: str, new_text: str) -> bool:
        """Correct the wording; audio made for the old wording becomes stale."""
        row = self.row(text_id)
        if row is None:
            return False
        if not new_text.strip():
            self.say("ls-error-empty", error=True)
            return False
        if new_text.strip() == row["text"].strip():
            self.say("ls-unchanged")
            return False
        got = await self._run(
            lambda: update_support_text(
                self.api, text_id, self.language, text=new_text, base_sha=row["text_sha"]
            )
        )
        if got is None:
            if self.message == "ls-error-conflict":
                await self._refresh(text_id)  # show what the other person wrote
                self.say("ls-error-conflict", error=True)
            return False
        await self._refresh(text_id, got)
        self.say("ls-saved")
        return True

    async def set_reviewed(self, text_id: str, reviewed: bool = True) -> bool:
        """Mark the wording on screen reviewed (or back to draft), kept with who and when."""
        row = self.row(text_id)
        if row is None:
            return False
        got = await self._run(
            lambda: update_support_text(
                self.api,
                text_id,
                self.language,
                review_status="reviewed" if reviewed else "draft",
                base_sha=row["text_sha"],
            )
        )
        if got is None:
            if self.message == "ls-error-conflict":
                await self._refresh(text_id)
                self.say("ls-error-conflict", error=True)
            return False
        await self._refresh(text_id, got)
        self.say("ls-marked-reviewed" if reviewed else "ls-marked-draft")
        return True

    async def upload(self, text_id: str, data: bytes, file_name: str) -> bool:
        """A recording from a file (or a take); it plays at once on the station pages."""
        if not data:
            self.say("ls-error-no-sound", error=True)
            return False
        got = await self._run(
            lambda: upload_recording(
                self.api, text_id, self.language, data, file_name, content_type(file_name)
            )
        )
        if got is None:
            return False
        await self._refresh(text_id)
        self.say("ls-recording-saved", seconds=round((got.get("duration_ms") or 0) / 1000, 1))
        return True

    async def upload_take(self, take: Take) -> bool:
        take.stop()
        if take.size == 0:
            self.say("ls-error-no-sound", error=True)
            return False
        return await self.upload(take.text_id, take.wav(), f"{take.text_id}.wav")

    async def withdraw(self, text_id: str) -> bool:
        """Stop playing the current human recording (kept on the server, not deleted)."""
        got = await self._run(lambda: withdraw_recording(self.api, text_id, self.language))
        if got is None:
            return False
        await self._refresh(text_id)
        self.say("ls-withdrawn")
        return True

    async def decide_computer(self, text_id: str, decision: str) -> bool:
        """Approve / reject (or take back) the computer-voice clip shown for the text."""
        clip = computer_clip(self.row(text_id) or {})
        if clip is None:
            return False
        got = await self._run(
            lambda: decide_computer_audio(
                self.api, text_id, self.language, decision, clip["file_name"]
            )
        )
        await self._refresh(text_id)  # also after a 409: show the new audio to listen to
        if got is None:
            return False
        self.say(
            {"approved": "ls-computer-approved-msg", "rejected": "ls-computer-rejected-msg"}.get(
                decision, "ls-computer-undone"
            )
        )
        return True

    def computer_url(self, row: dict) -> str | None:
        clip = computer_clip(row)
        return self.api.absolute(clip["url"]) if clip else None

    def audio_url(self, row: dict) -> str | None:
        playing = (row.get("audio") or {}).get("playing")
        return self.api.absolute(playing["url"]) if playing else None


def _readable(detail: str) -> str:
    """A server message for a person: one line, never a traceback."""
    line = detail.strip().splitlines()[0] if detail.strip() else ""
    return line[:200]
