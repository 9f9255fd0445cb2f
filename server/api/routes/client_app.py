"""/app: the participant's static app (Pyodide) and the coach area (Flet server mode).

Everything under /app is files from `stegvis build-client`, precompressed once at build
time (.br, .gz) and sent as they are; nothing is compressed per request:

    /app/rt/<hash>/..., /app/pkg/<hash>.tar.gz   immutable (URL named by content), a year
    /app/sw.js                                   the service worker, always revalidated
    /app/coach, /app/coach/...                   coach.html: the coach area, whose Python
                                                 runs here (websocket /app/ws)
    /app/ws                                      the coach area's Flet websocket
    any other /app/... path                      index.html: the participant's app, whose
                                                 Python runs in the phone's browser
"""

import json
import mimetypes
import os
import re
from pathlib import Path

from starlette.responses import FileResponse, PlainTextResponse, Response

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
COACH = re.compile(r"^/coach(/|$)")
TYPES = {
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".zip": "application/zip",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff2": "font/woff2",
    ".gz": "application/gzip",
    ".bin": "application/octet-stream",
    ".html": "text/html; charset=utf-8",
}


class ClientApp:
    """ASGI app mounted at /app. `server_mode` is the coach area's Flet app (or None)."""

    def __init__(self, build_dir: Path, server_mode=None):
        self.build_dir = Path(build_dir).resolve()
        self.server_mode = server_mode
        self._manifest_seen: int | None = None
        self._runtime_hash = ""

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "")
        root = scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :]  # Starlette's Mount keeps the prefix in path
        if scope["type"] != "http" or path == "/ws" or path.startswith("/upload"):
            if self.server_mode is None:
                return
            await self.server_mode(scope, receive, send)
            return
        response = self._respond(path, dict(scope["headers"]), scope["method"])
        await response(scope, receive, send)

    def _runtime(self) -> str:
        """The current build's runtime hash (build.json is read again only when rebuilt)."""
        manifest = self.build_dir / "build.json"
        mtime = manifest.stat().st_mtime_ns
        if self._manifest_seen != mtime:
            self._runtime_hash = json.loads(manifest.read_text())["runtime"]
            self._manifest_seen = mtime
        return self._runtime_hash

    def _respond(self, path: str, headers: dict, method: str) -> Response:
        if method not in ("GET", "HEAD"):
            return PlainTextResponse("Method not allowed", status_code=405)
        if not (self.build_dir / "build.json").exists():
            return PlainTextResponse(
                "The participant app is not built: run `stegvis build-client`.",
                status_code=503,
                headers={"Retry-After": "60"},
            )
        if path.startswith(("/rt/", "/pkg/")):
            return self._file(path.lstrip("/"), headers, IMMUTABLE)
        if path == "/sw.js":
            return self._file("sw.js", headers, REVALIDATE)
        if "." in path.rsplit("/", 1)[-1]:
            # A file asked for relative to the page, not to the versioned asset base: the
            # coach area's fonts (Flet server mode resolves page.fonts against the page)
            # and plugins' files such as the recorder's audio worklet. The current build's
            # copy; anything else is a 404, never the page instead (routes have no dot).
            runtime = f"rt/{self._runtime()}"
            return self._file(f"{runtime}{path}", headers, REVALIDATE, within=runtime)
        page = "coach.html" if COACH.match(path) and self.server_mode is not None else "index.html"
        return self._file(page, headers, REVALIDATE)

    def _file(self, rel: str, headers: dict, cache: str, within: str = ".") -> Response:
        target = (self.build_dir / rel).resolve()
        if (
            not target.is_relative_to((self.build_dir / within).resolve())
            or not target.is_file()
            or target.suffix in (".br",)
            or target.name.endswith(".html.gz")
        ):
            return PlainTextResponse(
                "Not found", status_code=404, headers={"Cache-Control": "no-store"}
            )
        media_type = (
            TYPES.get(target.suffix)
            or mimetypes.guess_type(target.name)[0]
            or "application/octet-stream"
        )
        accepted = headers.get(b"accept-encoding", b"").decode("latin-1")
        out_headers = {"Cache-Control": cache, "Vary": "Accept-Encoding"}
        sent = target
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            candidate = target.with_name(target.name + suffix)
            if encoding in accepted and candidate.is_file():
                sent = candidate
                out_headers["Content-Encoding"] = encoding
                break
        stat = os.stat(sent)
        return FileResponse(sent, media_type=media_type, headers=out_headers, stat_result=stat)
