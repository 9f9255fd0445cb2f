"""What keeps one server process standing on a busy morning: two ASGI middlewares.

`BodyLimit` caps request bodies before they are read: a declared Content-Length
over the cap is refused at once, a streamed body is cut off at the cap, and a
request that carries no credentials at all may send only a small body (only
sign-in needs one), so a stranger cannot make the server parse megabytes.

`RequestGate` lets at most N requests at a time into the parts of the app that
use the database, N being the connection pool's size (server/db.py). FastAPI
runs sync routes in a thread pool; without the gate, more simultaneous requests
than connections fill every thread with requests waiting for a connection while
the requests holding connections wait for a thread: a deadlock that ends in
time-outs and 500s. Behind the gate every admitted request gets a connection at
once; the others wait in the event loop (cheap) and, past a deadline or a queue
length, get 503 with Retry-After, which the phone's sync obeys without losing
its queue. Live probes, audio, static files and the client's assets bypass it.
"""

import asyncio
import json

from fastapi import HTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from server.core.config import Settings

BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Paths that never touch the database (or hold a connection open for long): not gated.
UNGATED_PREFIXES = ("/livez", "/healthz", "/audio/", "/static/", "/app", "/favicon")
INGEST_PATH = "/api/progress/events"


async def _send_json(send: Send, status: int, detail: str, headers: dict[str, str]) -> None:
    body = json.dumps({"detail": detail}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def _has_credentials(scope: Scope, cookie_name: bytes) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"authorization" and value.strip():
            return True
        if name == b"cookie" and cookie_name + b"=" in value:
            return True
    return False


def _header(scope: Scope, wanted: bytes) -> bytes | None:
    for name, value in scope.get("headers", ()):
        if name == wanted:
            return value
    return None


class BodyLimit:
    def __init__(self, app: ASGIApp, settings: Settings, cookie_name: str):
        self.app = app
        self.json_cap = settings.max_body_bytes
        self.upload_cap = settings.max_upload_bytes
        self.anonymous_cap = settings.max_anonymous_body_bytes
        self.cookie = cookie_name.encode()

    def _cap(self, scope: Scope) -> tuple[int, bool]:
        """The byte cap for this request and whether it is the no-credentials one."""
        if not _has_credentials(scope, self.cookie):
            return self.anonymous_cap, True
        # JSON and forms are parsed whole in memory: a small cap. Files (multipart, or a
        # raw image or audio body) are streamed by their routes, which check their own.
        ctype = (_header(scope, b"content-type") or b"").lower()
        parsed = ctype.startswith((b"application/json", b"application/x-www-form-urlencoded"))
        return (self.json_cap if parsed or not ctype else self.upload_cap), False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        cap, anonymous = self._cap(scope)
        declared = _header(scope, b"content-length")
        try:
            length = int(declared) if declared is not None else None
        except ValueError:
            await _send_json(send, 400, "Content-Length is not a number.", {})
            return
        if length is not None and length > cap:
            await self._refuse(send, cap, anonymous)
            return

        seen = 0

        async def capped_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > cap:
                    # FastAPI re-raises an HTTPException from the body read as it is.
                    raise self._error(cap, anonymous)
            return message

        await self.app(scope, capped_receive, send)

    @staticmethod
    def _error(cap: int, anonymous: bool) -> HTTPException:
        size = f"{cap / 2**20:g} MB" if cap >= 2**20 else f"{cap / 2**10:g} KB"
        if anonymous:
            return HTTPException(
                401,
                f"Sign in first: without credentials a request body may be at most {size}.",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return HTTPException(413, f"The request body is too large: at most {size} here.")

    async def _refuse(self, send: Send, cap: int, anonymous: bool) -> None:
        error = self._error(cap, anonymous)
        await _send_json(
            send, error.status_code, error.detail, {**(error.headers or {}), "Connection": "close"}
        )


class RequestGate:
    """At most `db_concurrency` requests at once use the database; the rest wait their
    turn (up to `queue_timeout_s`, at most `max_queued` of them) or hear 503.

    The phones' event batches have a lane of their own, `ingest_concurrency` wide: they
    hold no database connection of their own (the event writer stores them in groups,
    server/api/event_writer.py), and the more batches wait at the writer, the bigger
    and cheaper its next group. Ten at a time left it writing groups of five."""

    def __init__(self, app: ASGIApp, settings: Settings):
        self.app = app
        self.limits = {
            "db": max(1, settings.db_concurrency),
            "ingest": max(1, settings.ingest_concurrency),
        }
        self.timeout = settings.queue_timeout_s
        self.max_queued = settings.max_queued
        self.waiting = 0
        self._slots: dict[str, asyncio.Semaphore] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(UNGATED_PREFIXES):
            await self.app(scope, receive, send)
            return
        lane = "ingest" if scope["path"] == INGEST_PATH and scope["method"] == "POST" else "db"
        slots = self._slots.get(lane)
        if slots is None:  # made in the running loop
            slots = self._slots[lane] = asyncio.Semaphore(self.limits[lane])
        if self.waiting >= self.max_queued:
            await self._busy(send, 5)
            return
        self.waiting += 1
        try:
            # asyncio.timeout, not wait_for: on Python 3.11 wait_for can lose a slot it
            # acquired at the moment of the deadline, or swallow a cancellation.
            async with asyncio.timeout(self.timeout):
                await slots.acquire()
        except TimeoutError:
            await self._busy(send, 3)
            return
        finally:
            self.waiting -= 1
        try:
            await self.app(scope, receive, send)
        finally:
            slots.release()

    @staticmethod
    async def _busy(send: Send, seconds: int) -> None:
        await _send_json(
            send,
            503,
            "The server is busy. Nothing was lost: try again in a few seconds.",
            {"Retry-After": str(seconds)},
        )
