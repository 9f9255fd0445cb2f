"""Static files gzipped once per file version, not once per request.

The Flet web client at /app is ~15 MB of JS, wasm and fonts. Starlette's
GZipMiddleware compressed every file again for every phone (about a CPU-second
per first load, the whole server's time on a morning of first visits). This
middleware keeps each file's gzip in memory, keyed by a hash of its bytes
(hashing is far cheaper than compressing; Starlette's ETag, from the file's time
and size, could match two different files), and sends that. Keyed by content,
not path, so the index page served for every client route is kept once.

Every file answers with an ETag and `Cache-Control: no-cache`: the client's
URLs carry no version, so a phone must ask "changed?" once per load, and gets a
bodiless 304 while nothing has. The gzip's ETag is the weak form of the file's
(same content, another encoding), which Starlette's 304 check accepts as is.
"""

import asyncio
import gzip
import hashlib

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/wasm")
MIN_BYTES = 1024


class PrecompressedStatic:
    def __init__(self, app, *, cache_control: str = "no-cache") -> None:
        self.app = app
        self.cache_control = cache_control
        self._gzipped: dict[bytes, bytes] = {}
        self._locks: dict[bytes, asyncio.Lock] = {}
        self.compressions = 0  # how many times a file was compressed (tests, benchmarks)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        wants_gzip = "gzip" in Headers(scope=scope).get("accept-encoding", "")
        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        headers = MutableHeaders(raw=list(start.get("headers", [])))
        headers["Cache-Control"] = self.cache_control
        body = b"".join(chunks)
        etag = headers.get("etag")
        kind = headers.get("content-type", "")
        if (
            wants_gzip
            and start.get("status") == 200
            and etag
            and "content-encoding" not in headers
            and kind.startswith(COMPRESSIBLE)
            and len(body) >= MIN_BYTES
        ):
            body = await self._gzip(body)
            headers["Content-Encoding"] = "gzip"
            headers["Content-Length"] = str(len(body))
            headers["ETag"] = etag if etag.startswith("W/") else f"W/{etag}"
            headers.add_vary_header("Accept-Encoding")
        elif wants_gzip:
            headers.add_vary_header("Accept-Encoding")
        await send({**start, "headers": headers.raw})
        await send(
            {"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body}
        )

    async def _gzip(self, body: bytes) -> bytes:
        key = hashlib.blake2b(body, digest_size=16).digest()
        done = self._gzipped.get(key)
        if done is not None:
            return done
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:  # many first visits at once: one compression
            done = self._gzipped.get(key)
            if done is None:
                done = await run_in_threadpool(gzip.compress, body, 6, mtime=0)
                self._gzipped[key] = done
                self.compressions += 1
        return done
