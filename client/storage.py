"""Where the client keeps things on the device.

Two stores with the same small async interface (get/set/remove of JSON values):
- FileStore: a folder (desktop/mobile app, and the tests): one JSON file per
  key, written to a temporary file and renamed, so a crash mid-write leaves the
  previous value whole. It also holds the offline audio cache.
- PrefsStore: Flet's SharedPreferences (the browser's localStorage on the web),
  i.e. on the participant's phone, not on the server that runs the Flet session.
"""

import json
import os
import re
from pathlib import Path
from typing import Any, Protocol


class Store(Protocol):
    async def get(self, key: str) -> Any | None: ...
    async def set(self, key: str, value: Any) -> None: ...
    async def remove(self, key: str) -> None: ...

    # Whether audio files can be kept on the device (the installed app's folder);
    # on the web the browser's HTTP cache does that job.
    keeps_audio: bool

    # Offline audio: a local path for a cached file, or None (then play the URL).
    def audio_path(self, file_name: str) -> Path | None: ...
    async def save_audio(self, file_name: str, data: bytes) -> None: ...


_SAFE_KEY = re.compile(r"^[A-Za-z0-9_.-]+$")


def _check_key(key: str) -> str:
    if not _SAFE_KEY.match(key):
        raise ValueError(f"bad store key {key!r}")
    return key


class FileStore:
    keeps_audio = True

    def __init__(self, folder: Path | str):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "audio").mkdir(exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.folder / f"{_check_key(key)}.json"

    async def get(self, key: str) -> Any | None:
        path = self._path(key)
        try:
            return json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return None
        except json.JSONDecodeError:
            return None  # a torn file can only come from outside us; treat as absent

    async def set(self, key: str, value: Any) -> None:
        _atomic_write(self._path(key), json.dumps(value, ensure_ascii=False).encode("utf-8"))

    async def remove(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def audio_path(self, file_name: str) -> Path | None:
        path = self.folder / "audio" / _check_key(file_name)
        return path if path.exists() else None

    async def save_audio(self, file_name: str, data: bytes) -> None:
        _atomic_write(self.folder / "audio" / _check_key(file_name), data)


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class PrefsStore:
    """SharedPreferences holds strings: values are kept as JSON text under a prefix."""

    PREFIX = "stegvis."

    def __init__(self, prefs):
        self.prefs = prefs  # ft.SharedPreferences, kept referenced by the caller

    async def get(self, key: str) -> Any | None:
        raw = await self.prefs.get(self.PREFIX + _check_key(key))
        if not isinstance(raw, str):
            return None
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            return None

    async def set(self, key: str, value: Any) -> None:
        await self.prefs.set(self.PREFIX + _check_key(key), json.dumps(value, ensure_ascii=False))

    async def remove(self, key: str) -> None:
        await self.prefs.remove(self.PREFIX + _check_key(key))

    keeps_audio = False

    def audio_path(self, file_name: str) -> Path | None:
        return None  # web: the browser's HTTP cache keeps audio (long cache lifetimes)

    async def save_audio(self, file_name: str, data: bytes) -> None:
        return None


class BrowserStore(PrefsStore):
    """The static web app (Pyodide, in the phone's browser): values in localStorage
    through SharedPreferences, and the participant's audio in the browser's Cache
    Storage, where the service worker (/app/sw.js) plays it from with no network."""

    AUDIO_CACHE = "stegvis-audio"
    keeps_audio = True

    def audio_path(self, file_name: str) -> Path | None:
        return None  # play the URL: the service worker answers it from the cache

    async def cache_urls(self, urls: list[str]) -> int:
        """Put the URLs not yet cached into the audio cache; how many were added."""
        import js  # Pyodide's bridge to the browser (Cache Storage exists in workers)

        cache = await js.caches.open(self.AUDIO_CACHE)
        added = 0
        for url in urls:
            if await cache.match(url):
                continue
            try:
                await cache.add(url)
            except Exception:  # offline or a 404: try again next time, the URL still plays
                continue
            added += 1
        return added
