"""The espeak-ng 1.52 worker: libespeak-ng through ctypes, in its own process.

Started by server.services.speech.espeak152 (see there), by path, so it imports
nothing of the project (fast start, no database code in a C library's process).

    python espeak152_worker.py serve DATA_ROOT
        stdin: one JSON request per line
          {"op": "synth", "voice": "ti", "text": "...", "rate": 145, "gap": 2}
          {"op": "phonemes", "voice": "so", "text": "...", "ipa": true}
        stdout: a JSON header line {"ok": ..., "bytes": N, ...}, then N bytes (WAV)
    python espeak152_worker.py compile DATA_ROOT CODE DICTSOURCE/
        compiles DICTSOURCE/CODE_rules + CODE_list into DATA_ROOT/espeak-ng-data/CODE_dict
"""

import ctypes
import json
import os
import struct
import sys
from pathlib import Path


def loader_paths() -> tuple[Path, Path]:
    import espeakng_loader

    return Path(espeakng_loader.get_library_path()), Path(espeakng_loader.get_data_path())


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


def _synth_forked(lib, chunks: list, text: bytes, rate: int, gap: int) -> tuple[bytes, int]:
    """Speak in a forked copy of this process, which then exits.

    espeak-ng keeps state from one utterance to the next (pitch flutter, random
    draws) that espeak_Terminate does not reset, so the same text spoken twice
    gives different bytes. A fork starts every clip from the same state: a clip
    depends only on its text and voice, and a file made again has exactly the
    bytes staff approved (server.services.clip_review).
    """
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: speak, send, exit without running Python's cleanup
        code = 1
        try:
            os.close(r)
            lib.espeak_SetParameter(espeakRATE, rate, 0)
            lib.espeak_SetParameter(espeakWORDGAP, gap, 0)
            chunks.clear()
            buf = ctypes.create_string_buffer(text)
            err = lib.espeak_Synth(
                buf, len(text), 0, POS_CHARACTER, 0, espeakCHARS_UTF8, None, None
            )
            data = struct.pack("<i", err) + b"".join(chunks)
            with os.fdopen(w, "wb") as f:
                f.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(w)
    with os.fdopen(r, "rb") as f:
        data = f.read()
    os.waitpid(pid, 0)
    if len(data) < 4:
        return b"", -1
    return data[4:], struct.unpack("<i", data[:4])[0]


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
                samples, err = _synth_forked(lib, chunks, text, int(req["rate"]), int(req["gap"]))
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
