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
2. A worker subprocess (`python -m server.services.speech.espeak152 serve DIR`)
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
import ctypes
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

from server.services.speech.sources import SourceUnavailable, SpeechFailed, SpeechSource

VOICES_DIR = Path(__file__).resolve().parent / "voices"
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
                [sys.executable, "-m", __name__, "compile", str(tmp), code, f"{src}/"],
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
            voice += "-" + own_voice_sha(language)  # our rules: their hash names the voice
        return f"espeak-ng-1.52/{voice}/s{self.speed}/g{self.word_gap}"

    # -- the worker -----------------------------------------------------------------

    def _start(self) -> subprocess.Popen:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        root = prepare_data(self.build_dir())
        self._proc = subprocess.Popen(
            [sys.executable, "-m", __name__, "serve", str(root)],
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


# -- inside the worker process (ctypes) ---------------------------------------------------

AUDIO_OUTPUT_SYNCHRONOUS = 2
espeakCHARS_UTF8 = 1
espeakRATE, espeakWORDGAP = 1, 7
POS_CHARACTER = 1
CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


def _load(lib_path: Path) -> ctypes.CDLL:
    lib = ctypes.CDLL(str(lib_path))
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_Synth.argtypes = [
        ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint,
        ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    lib.espeak_TextToPhonemes.argtypes = [
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.c_int,
        ctypes.c_int,
    ]
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    lib.espeak_Info.argtypes = [ctypes.c_void_p]
    lib.espeak_Info.restype = ctypes.c_char_p
    lib.espeak_ng_InitializePath.argtypes = [ctypes.c_char_p]
    lib.espeak_ng_Initialize.argtypes = [ctypes.c_void_p]
    lib.espeak_ng_CompileDictionary.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_void_p,
    ]
    return lib


def _wav(samples: bytes, rate: int) -> bytes:
    header = b"RIFF" + struct.pack("<I", 36 + len(samples)) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    return header + b"data" + struct.pack("<I", len(samples)) + samples


def _compile(root: str, code: str, dsource: str) -> int:
    lib_path, _ = loader_paths()
    lib = _load(lib_path)
    lib.espeak_ng_InitializePath(root.encode())
    if lib.espeak_ng_Initialize(None) != 0:
        print("espeak_ng_Initialize failed", file=sys.stderr)
        return 1
    # Selecting the voice loads its phoneme table, whose names the rules use.
    if lib.espeak_SetVoiceByName(code.encode()) != 0:
        print(f"no voice {code!r} in {root}", file=sys.stderr)
        return 1
    status = lib.espeak_ng_CompileDictionary(dsource.encode(), code.encode(), None, 0, None)
    return 0 if status == 0 else 1


def _serve(root: str) -> int:
    out = sys.stdout.buffer
    lib_path, _ = loader_paths()
    lib = _load(lib_path)
    rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, root.encode(), 0)
    if rate <= 0:
        out.write(json.dumps({"ok": False, "error": "espeak_Initialize failed"}).encode() + b"\n")
        out.flush()
        return 1
    chunks: list[bytes] = []

    @CALLBACK
    def on_audio(wav, n, _events):
        if n > 0:
            chunks.append(ctypes.string_at(wav, n * 2))
        return 0

    lib.espeak_SetSynthCallback(on_audio)
    version = lib.espeak_Info(None).decode()
    out.write(json.dumps({"ok": True, "version": version, "rate": rate}).encode() + b"\n")
    out.flush()

    def reply(head: dict, body: bytes = b"") -> None:
        out.write(json.dumps({**head, "bytes": len(body)}, ensure_ascii=False).encode() + b"\n")
        out.write(body)
        out.flush()

    for line in sys.stdin.buffer:
        try:
            req = json.loads(line)
            if lib.espeak_SetVoiceByName(req["voice"].encode()) != 0:
                reply({"ok": False, "error": f"no voice {req['voice']!r}"})
                continue
            text = req["text"].encode("utf-8") + b"\0"
            if req["op"] == "synth":
                lib.espeak_SetParameter(espeakRATE, int(req["rate"]), 0)
                lib.espeak_SetParameter(espeakWORDGAP, int(req["gap"]), 0)
                chunks.clear()
                buf = ctypes.create_string_buffer(text)
                err = lib.espeak_Synth(
                    buf, len(text), 0, POS_CHARACTER, 0, espeakCHARS_UTF8, None, None
                )
                samples = b"".join(chunks)
                if err != 0 or not samples:
                    reply({"ok": False, "error": f"espeak_Synth returned {err}, no audio"})
                else:
                    reply({"ok": True}, _wav(samples, rate))
            elif req["op"] == "phonemes":
                buf = ctypes.create_string_buffer(text)
                ptr = ctypes.c_void_p(ctypes.addressof(buf))
                mode = 0x02 if req.get("ipa", True) else 0
                parts = []
                while ptr.value:
                    got = lib.espeak_TextToPhonemes(ctypes.byref(ptr), espeakCHARS_UTF8, mode)
                    if got:
                        parts.append(got.decode("utf-8", "replace").strip())
                reply({"ok": True, "phonemes": " ".join(p for p in parts if p)})
            else:
                reply({"ok": False, "error": f"unknown op {req['op']!r}"})
        except Exception as e:  # noqa: BLE001 - one bad request must not end the worker
            reply({"ok": False, "error": f"{type(e).__name__}: {e}"})
    return 0


if __name__ == "__main__":
    os.environ.pop("ESPEAK_DATA_PATH", None)  # only the folder we are given
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "serve" and len(sys.argv) == 3:
        sys.exit(_serve(sys.argv[2]))
    if cmd == "compile" and len(sys.argv) == 5:
        sys.exit(_compile(sys.argv[2], sys.argv[3], sys.argv[4]))
    print("usage: espeak152 serve DATA_ROOT | compile DATA_ROOT CODE DICTSOURCE/", file=sys.stderr)
    sys.exit(2)
