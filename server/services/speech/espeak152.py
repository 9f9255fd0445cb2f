"""espeak-ng 1.52 (PyPI `espeakng-loader`): Tigrinya, and Stegvis's own Somali voice.

Debian ships espeak-ng 1.51, which has no Tigrinya; 1.52's library and data come
in the `espeakng-loader` wheel. Neither has Somali: our voice definition lives
in server/services/speech/voices/so/ (voice file, so_rules, so_list, NOTES.md).

How it runs (build time only, never per request):

1. prepare_data() copies the wheel's espeak-ng-data into a project-owned build
   folder (settings.speech_build_dir, gitignored), adds voices/so and compiles
   so_dict there with the 1.52 library itself (a compiled dictionary must match
   the library that speaks it). A stamp file records what it was made from, so
   this happens once per change of the wheel or of our rules.
2. A worker subprocess (espeak152_worker.py, run as `python FILE serve DIR`)
   loads libespeak-ng through ctypes and answers one JSON line per request on
   stdin with a JSON line (+ WAV bytes) on stdout. One worker per build: the
   library keeps global state and is not thread-safe, and a crash in C must not
   take the build (or a test run) down with it.

    src = Espeak152Source()            # a SpeechSource for build_speech
    src.synthesize("ሰላም", "ti")        # -> WAV bytes
    src.phonemes("xoolo", "so")        # -> "ħˈoːlo" (IPA), for tests and NOTES.md
    src.close()
"""

import contextlib
import hashlib
import json
import re
import select
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from server.services.speech.sources import SourceUnavailable, SpeechFailed, SpeechSource

VOICES_DIR = Path(__file__).resolve().parent / "voices"
# Run by path, not as a module: it imports nothing of ours, so it starts in ~50 ms.
WORKER = Path(__file__).resolve().parent / "espeak152_worker.py"
# Our voices: language code -> (folder under voices/, path of the voice file in lang/).
OWN_VOICES = {"so": "cus/so"}
STAMP = ".stegvis-stamp.json"
DATA_NAME = "espeak-ng-data"
WORKER_TIMEOUT_S = 60


def loader_paths() -> tuple[Path, Path]:
    """(libespeak-ng.so, espeak-ng-data) from the espeakng-loader wheel."""
    try:
        import espeakng_loader
    except ImportError as e:
        raise SourceUnavailable("espeakng-loader is not installed (pip install -e .)") from e
    return Path(espeakng_loader.get_library_path()), Path(espeakng_loader.get_data_path())


def own_voice_files(code: str) -> dict[str, bytes]:
    folder = VOICES_DIR / code
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != "NOTES.md"}


def own_voice_sha(code: str) -> str:
    """Short hash of a voice definition: part of the voice id, so a changed rule makes
    new files (and asks staff to listen again)."""
    h = hashlib.sha256()
    for name, data in own_voice_files(code).items():
        h.update(name.encode() + b"\0" + data + b"\0")
    return h.hexdigest()[:8]


def _stamp_for(lib: Path, data: Path) -> dict:
    st = lib.resolve().stat()
    return {
        "library": str(lib.resolve()),
        "library_size": st.st_size,
        "data": str(data),
        "voices": {code: own_voice_sha(code) for code in OWN_VOICES},
    }


def prepare_data(build_dir: Path) -> Path:
    """A data folder with our voices compiled in; made again only when its inputs change.

    Returns the folder that holds espeak-ng-data (what espeak_Initialize wants).
    Raises SourceUnavailable if the wheel is missing, SpeechFailed if our rules do
    not compile (the message has the compiler's words).
    """
    lib, data = loader_paths()
    root = build_dir / "espeak-ng-1.52"
    target = root / DATA_NAME
    want = _stamp_for(lib, data)
    try:
        have = json.loads((root / STAMP).read_text("utf-8"))
    except (OSError, ValueError):
        have = None
    if have == want and target.is_dir():
        return root
    # Build beside, then swap: a build running elsewhere never sees half a folder.
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".data-", dir=root))
    try:
        shutil.copytree(data, tmp / DATA_NAME)
        for code, rel in OWN_VOICES.items():
            files = own_voice_files(code)
            voice = tmp / DATA_NAME / "lang" / rel
            voice.parent.mkdir(parents=True, exist_ok=True)
            voice.write_bytes(files[code])
            src = tmp / "dictsource" / code
            src.mkdir(parents=True)
            for name, content in files.items():
                if name != code:
                    (src / name).write_bytes(content)
            done = subprocess.run(
                [sys.executable, str(WORKER), "compile", str(tmp), code, f"{src}/"],
                capture_output=True,
                timeout=WORKER_TIMEOUT_S,
                check=False,
            )
            log = (done.stdout + done.stderr).decode("utf-8", "replace").strip()
            if done.returncode != 0 or not (tmp / DATA_NAME / f"{code}_dict").is_file():
                raise SpeechFailed(f"compiling the {code} voice failed: {log}")
        old = root / ".old"
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            target.rename(old)
        (tmp / DATA_NAME).rename(target)
        shutil.rmtree(old, ignore_errors=True)
        (root / STAMP).write_text(json.dumps(want, indent=1), "utf-8")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return root


class Espeak152Source(SpeechSource):
    """espeak-ng 1.52 in a worker process: ti (upstream, "testing") and so (ours).

    The lowest preference: a computer voice, marked as such; Somali clips wait for
    a language-support member's approval before participants hear them
    (server.services.audio.APPROVAL_REQUIRED).
    """

    name = "espeak152"
    VOICES = {"ti": "ti", "so": "so"}

    def __init__(
        self,
        *,
        speed: int = 145,
        word_gap: int = 2,
        build_dir: Path | None = None,
        languages: tuple[str, ...] | None = None,
    ):
        # The same pace as the 1.51 source (see EspeakSource).
        self.speed = speed
        self.word_gap = word_gap
        self._build_dir = build_dir
        self.languages = frozenset(languages or self.VOICES)
        self._proc: subprocess.Popen | None = None
        self._version: str | None = None
        self._shas: dict[str, str] = {}

    def configure(self, settings) -> None:
        if self._build_dir is None:
            self._build_dir = settings.speech_build_dir

    def build_dir(self) -> Path:
        if self._build_dir is None:
            from server.core.config import get_settings

            self._build_dir = get_settings().speech_build_dir
        return self._build_dir

    def voice_id(self, language: str) -> str:
        voice = self.VOICES[language]
        if language in OWN_VOICES:
            # Our rules: their hash names the voice (read once per source: once a build).
            if language not in self._shas:
                self._shas[language] = own_voice_sha(language)
            voice += "-" + self._shas[language]
        return f"espeak-ng-1.52/{voice}/s{self.speed}/g{self.word_gap}"

    # -- the worker -----------------------------------------------------------------

    def _start(self) -> subprocess.Popen:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        try:
            root = prepare_data(self.build_dir())
        except SpeechFailed as e:  # our rules do not compile: no text can be spoken
            raise SourceUnavailable(str(e)) from e
        self._proc = subprocess.Popen(
            [sys.executable, str(WORKER), "serve", str(root)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        hello = self._read_header()
        if not hello.get("ok"):
            self.close()
            raise SourceUnavailable(f"espeak-ng 1.52 did not start: {hello.get('error')}")
        self._version = hello.get("version")
        return self._proc

    def _read_header(self) -> dict:
        assert self._proc is not None and self._proc.stdout is not None
        # A hung worker must not hang the build: wait at most WORKER_TIMEOUT_S. (The
        # worker writes nothing unasked, so no header is ever left in the buffer.)
        ready, _, _ = select.select([self._proc.stdout], [], [], WORKER_TIMEOUT_S)
        if not ready:
            self._proc.kill()
            self.close()
            raise SpeechFailed("espeak-ng 1.52 took too long")
        line = self._proc.stdout.readline()
        if not line:
            self.close()
            raise SpeechFailed("espeak-ng 1.52 worker stopped")
        return json.loads(line)

    def _ask(self, request: dict) -> tuple[dict, bytes]:
        proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(json.dumps(request, ensure_ascii=False).encode() + b"\n")
            proc.stdin.flush()
        except BrokenPipeError as e:
            self.close()
            raise SpeechFailed("espeak-ng 1.52 worker stopped") from e
        head = self._read_header()
        body = proc.stdout.read(head.get("bytes", 0)) if head.get("bytes") else b""
        if not head.get("ok"):
            raise SpeechFailed(f"espeak-ng 1.52: {head.get('error')}")
        return head, body

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.stdin:
                proc.stdin.close()
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()

    def __del__(self):  # a forgotten close() must not leave a worker behind
        with contextlib.suppress(Exception):  # interpreter shutdown
            self.close()

    def version(self) -> str:
        self._start()
        return self._version or "?"

    @staticmethod
    def _prepare_text(text: str, language: str) -> str:
        if language in OWN_VOICES:
            # Our voices read digits one by one (the numbers in our texts are phone
            # numbers: 112, 1177); espeak-ng drops a repeated digit ("11" -> "kow").
            text = re.sub(r"(?<=\d)(?=\d)", " ", text)
        return text

    def synthesize(self, text: str, language: str) -> bytes:
        _, wav = self._ask(
            {
                "op": "synth",
                "voice": self.VOICES[language],
                "text": self._prepare_text(text, language),
                "rate": self.speed,
                "gap": self.word_gap,
            }
        )
        return wav

    def phonemes(self, text: str, language: str, *, ipa: bool = True) -> str:
        """The phonemes the voice would speak (IPA by default), clauses joined by spaces."""
        voice = self.VOICES.get(language, language)
        text = self._prepare_text(text, language)
        head, _ = self._ask({"op": "phonemes", "voice": voice, "text": text, "ipa": ipa})
        return head["phonemes"]
