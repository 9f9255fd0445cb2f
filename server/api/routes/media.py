"""Audio and static files for the station pages.

Audio names are content-hashed (language + text + voice), so a file under a
given name never changes: it is served with a one-year immutable cache and
HTTP range support (phones seek and resume speech with Range requests).
Static files (fonts, pictograms, CSS, JS) get the same long cache when the URL
carries the file's content hash (`?v=`, see `static_url`); without it they are
cached briefly so a deploy is picked up.

Only plain names are served: anything with `..`, a backslash, a hidden part or
an unknown extension is a 404, checked before the file system is touched.
"""

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import FileResponse

from server.core.config import SERVER_DIR, get_settings

STATIC_DIR = SERVER_DIR / "static"

IMMUTABLE = "public, max-age=31536000, immutable"
SHORT_CACHE = "public, max-age=3600"
COMMON_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}

AUDIO_TYPES = {
    ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".m4a": "audio/mp4",
    ".wav": "audio/wav",
}
STATIC_TYPES = {
    ".woff2": "font/woff2",
    ".svg": "image/svg+xml",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".png": "image/png",
    ".ico": "image/x-icon",
}
# One path segment: starts with a letter or digit, no dots except before the extension.
_SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,119}(\.[A-Za-z0-9]{1,6})?$")

router = APIRouter(tags=["media"], include_in_schema=False)


def _safe_file(root: Path, rel: str, allowed: dict[str, str], max_depth: int) -> Path:
    """The file `rel` under `root`, or 404. Never follows a path out of `root`."""
    parts = rel.split("/")
    if not rel or len(parts) > max_depth or not all(_SEGMENT.match(p) for p in parts):
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    if Path(parts[-1]).suffix.lower() not in allowed:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    root = root.resolve()
    path = (root / rel).resolve()
    # Belt and braces: the segment check already rules out "..", but a symlink could not.
    if not path.is_relative_to(root) or not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return path


@lru_cache(maxsize=256)
def _content_hash(path: Path, mtime_ns: int, size: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def static_version(rel: str) -> str:
    """Short content hash of a file under server/static (recomputed only when it changes)."""
    path = STATIC_DIR / rel
    st = path.stat()
    return _content_hash(path, st.st_mtime_ns, st.st_size)


def static_url(rel: str) -> str:
    """URL of a static file with its content hash, so it can be cached for a year."""
    return f"/static/{rel}?v={static_version(rel)}"


@router.api_route("/audio/{file_name:path}", methods=["GET", "HEAD"])
def read_audio(file_name: str) -> FileResponse:
    """One audio clip, by its content-hashed name, with range support and a long cache."""
    # At most one folder level (e.g. audio/ar/<hash>.mp3) in case the speech build groups files.
    path = _safe_file(get_settings().audio_dir, file_name, AUDIO_TYPES, max_depth=2)
    return FileResponse(
        path,
        media_type=AUDIO_TYPES[path.suffix.lower()],
        headers={"Cache-Control": IMMUTABLE, **COMMON_HEADERS},
    )


@router.get("/static/{file_path:path}")
def read_static(file_path: str, request: Request) -> FileResponse:
    """A shipped static file; cached for a year when the URL names its current hash."""
    path = _safe_file(STATIC_DIR, file_path, STATIC_TYPES, max_depth=3)
    rel = path.relative_to(STATIC_DIR.resolve()).as_posix()
    versioned = request.query_params.get("v") == static_version(rel)
    headers = {"Cache-Control": IMMUTABLE if versioned else SHORT_CACHE, **COMMON_HEADERS}
    if path.suffix == ".svg":
        # An SVG opened on its own is a document: keep it from running anything.
        headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return FileResponse(path, media_type=STATIC_TYPES[path.suffix.lower()], headers=headers)
