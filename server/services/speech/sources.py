"""Speech sources: each one small class behind one interface.

A source names itself (the AudioClip.source value), says which languages it
speaks, names the voice it uses for a language (part of every file name, so a
change of voice or speed makes new files), and turns text into audio bytes in
any format encode.decode_to_pcm understands (WAV, MP3, ...).

Human recordings are not synthesised: they enter through store.store_clip with
source "human". Another engine (a neural voice, say) plugs in by implementing
SpeechSource and being passed to build_speech.
"""

import shutil
import subprocess
from abc import ABC, abstractmethod
from collections.abc import Iterable

from server.services.speech.encode import parse_wav


class SpeechFailed(Exception):
    """This text could not be spoken by this source (others may still work)."""


class SourceUnavailable(SpeechFailed):
    """The source cannot work at all right now (no network, no binary, rate
    limited): the build stops asking it and says what it skipped."""


class SpeechSource(ABC):
    name: str
    languages: frozenset[str]

    def speaks(self, language: str) -> bool:
        return language in self.languages

    @abstractmethod
    def voice_id(self, language: str) -> str:
        """A stable name for exactly how this source speaks this language."""

    @abstractmethod
    def synthesize(self, text: str, language: str) -> bytes:
        """Audio bytes for the text. Raises SpeechFailed / SourceUnavailable."""

    def configure(self, settings) -> None:  # noqa: B027 - optional
        """Take what it needs from the build's settings (folders)."""

    def close(self) -> None:  # noqa: B027 - optional: most sources hold nothing
        """Free what the source holds (a worker process); the build calls it at the end."""


class EspeakSource(SpeechSource):
    """espeak-ng, offline. Robotic but always there: the floor, marked lower quality."""

    name = "espeak"
    # Debian's espeak-ng 1.51 voices; so/ti have none (its "am" voice reads
    # Ge'ez with Amharic sounds, which is not Tigrinya).
    VOICES = {"sv": "sv", "ar": "ar", "fa": "fa"}

    def __init__(self, *, speed: int = 145, word_gap: int = 2, binary: str = "espeak-ng"):
        # Default espeak speed is 175 wpm; learners follow ~145 better, and a
        # 20 ms pause between words helps tell the words apart.
        self.speed = speed
        self.word_gap = word_gap
        self.binary = binary
        self.languages = frozenset(self.VOICES)

    def voice_id(self, language: str) -> str:
        return f"espeak-ng/{self.VOICES[language]}/s{self.speed}/g{self.word_gap}"

    def synthesize(self, text: str, language: str) -> bytes:
        exe = shutil.which(self.binary)
        if exe is None:
            raise SourceUnavailable(f"{self.binary} is not installed")
        cmd = [exe, "-v", self.VOICES[language], "-s", str(self.speed), "-g", str(self.word_gap)]
        cmd += ["-b", "1", "--stdout"]  # -b 1: UTF-8 input; text on stdin, never as options
        err = ""
        for _attempt in range(2):  # one retry: a rare bad run should not cost a clip
            try:
                done = subprocess.run(
                    cmd, input=text.encode("utf-8"), capture_output=True, timeout=60, check=False
                )
            except subprocess.TimeoutExpired as e:
                raise SpeechFailed("espeak-ng took too long") from e
            out = done.stdout
            # espeak-ng 1.51 sometimes prints "Invalid phoneme code 117" to stdout
            # ahead of the WAV (some Arabic texts, ~1 run in 8): drop that line.
            riff = out.find(b"RIFF", 0, 512)
            if riff > 0:
                out = out[riff:]
            wav = parse_wav(out) if done.returncode == 0 else None
            if wav is not None and wav[4]:
                return out
            err = done.stderr.decode("utf-8", "replace").strip() or (
                f"exit {done.returncode}, {len(done.stdout)} bytes starting {done.stdout[:12]!r}"
            )
        raise SpeechFailed(f"espeak-ng failed: {err}")


class GttsSource(SpeechSource):
    """Google Translate's TTS through gTTS: better voices, needs the network.

    Build time only, never per request. A network failure or rate limit makes
    the source unavailable for the rest of the build (no waiting out a timeout
    per text); the build falls back to the next source and a later build with
    the network fills the gap.
    """

    name = "gtts"
    LANGS = {"sv": "sv", "ar": "ar"}  # gTTS 2.5.4 has no fa, so or ti

    def __init__(self, *, tld: str = "com", slow: bool = False, timeout: float = 15.0):
        self.tld = tld
        self.slow = slow
        self.timeout = timeout
        self.languages = frozenset(self.LANGS)

    def voice_id(self, language: str) -> str:
        return f"gtts/{self.LANGS[language]}/{self.tld}" + ("/slow" if self.slow else "")

    def synthesize(self, text: str, language: str) -> bytes:
        import io

        try:
            from gtts import gTTS, gTTSError
        except ImportError as e:  # pragma: no cover - gtts is a dependency
            raise SourceUnavailable("gTTS is not installed") from e
        # lang_check=False: we know the language is supported, and the check
        # must not be a reason to touch the network.
        tts = gTTS(
            text,
            lang=self.LANGS[language],
            tld=self.tld,
            slow=self.slow,
            lang_check=False,
            timeout=self.timeout,
        )
        buf = io.BytesIO()
        try:
            tts.write_to_fp(buf)
        except gTTSError as e:
            rsp = getattr(e, "rsp", None)
            status = getattr(rsp, "status_code", None)
            if rsp is None or status in (429, 403) or (status or 0) >= 500:
                raise SourceUnavailable(f"gTTS unreachable: {e}") from e
            raise SpeechFailed(f"gTTS refused this text: {e}") from e
        except OSError as e:  # requests' errors are OSErrors
            raise SourceUnavailable(f"gTTS unreachable: {e}") from e
        if not buf.getvalue():
            raise SpeechFailed("gTTS returned no audio")
        return buf.getvalue()


def _espeak152() -> SpeechSource:
    from server.services.speech.espeak152 import Espeak152Source

    return Espeak152Source()


SOURCE_FACTORIES = {"espeak": EspeakSource, "gtts": GttsSource, "espeak152": _espeak152}
# Offline by default: gTTS only when asked for (it needs the network). espeak152
# (espeak-ng 1.52: Tigrinya, our Somali voice) speaks only what 1.51 cannot.
DEFAULT_SOURCES = ("espeak", "espeak152")


def make_sources(sources: Iterable[str | SpeechSource]) -> list[SpeechSource]:
    """Names or ready instances -> instances, in the given order of preference."""
    out: list[SpeechSource] = []
    for s in sources:
        if isinstance(s, SpeechSource):
            out.append(s)
        elif s in SOURCE_FACTORIES:
            out.append(SOURCE_FACTORIES[s]())
        else:
            known = ", ".join(SOURCE_FACTORIES)
            raise ValueError(f"unknown speech source {s!r} (known: {known})")
    if not out:
        raise ValueError("no speech source given")
    return out
