"""Cross-cutting HTTP protections, as plain ASGI middleware (cheap on the QR hot path).

- `CsrfProtection`: a state-changing request that a browser authenticates with
  the coach's session cookie must come from our own pages. Browsers send
  `Origin` (or at least `Referer`) on every POST/PUT/PATCH/DELETE, and a page on
  another site cannot forge them; requests with a bearer token are not
  affected (a cross-site form cannot set `Authorization`, and without CORS no
  script on another origin can either).
- `SecurityHeaders`: nosniff, Referrer-Policy, X-Frame-Options and a
  Content-Security-Policy with frame-ancestors on every response that has no
  stricter one of its own; attachments (exports, cards) get a sandboxing policy.
"""

import json
import logging
from http.cookies import CookieError, SimpleCookie
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse

log = logging.getLogger(__name__)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
CSRF_REFUSED = (
    "Cross-site request refused: this change must come from Stegvis's own pages "
    "(Origin or Referer missing or from another site)."
)


def _origin_of(url: str) -> str | None:
    """scheme://host[:port] of a URL, lower-case; None for anything else (e.g. 'null')."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def _has_cookie(headers: Headers, name: str) -> bool:
    raw = headers.get("cookie")
    if not raw or name not in raw:
        return False
    try:
        jar = SimpleCookie()
        jar.load(raw)
    except CookieError:
        return True  # unparseable but mentions it: treat as present (stricter)
    return name in jar


def _has_bearer(headers: Headers) -> bool:
    scheme, _, value = headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and bool(value.strip())


class CsrfProtection:
    """Refuse cookie-authenticated state changes from other sites (403).

    Allowed origins: the public base URL's, any in `trusted_origins`, and the
    origin the request itself was addressed to (its Host header, http or https:
    a browser sends the cookie only to the host that set it, and a page on
    another site cannot choose the Host header). The sign-in route is checked
    too when a browser says where it comes from, so another site cannot sign a
    coach's browser into an account of its choosing.
    """

    def __init__(
        self,
        app,
        *,
        public_base_url: str,
        cookie_name: str,
        trusted_origins: tuple[str, ...] = (),
        login_paths: tuple[str, ...] = ("/api/auth/login",),
    ):
        self.app = app
        self.cookie_name = cookie_name
        self.login_paths = frozenset(login_paths)
        self.allowed = {o for o in map(_origin_of, (public_base_url, *trusted_origins)) if o}

    def _allowed(self, origin: str | None, headers: Headers) -> bool:
        if origin is None:
            return False
        if origin in self.allowed:
            return True
        host = headers.get("host", "").lower()
        return bool(host) and origin in (f"http://{host}", f"https://{host}")

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if not _has_bearer(headers):
            origin_header = headers.get("origin")
            said = origin_header if origin_header is not None else headers.get("referer")
            # Sign-in does not use the cookie: checked only when a browser says its origin.
            if scope["path"] in self.login_paths:
                check = said is not None
            else:
                check = _has_cookie(headers, self.cookie_name)
            if check:
                origin = _origin_of(said) if said is not None else None
                if not self._allowed(origin, headers):
                    await _json(send, 403, {"detail": CSRF_REFUSED})
                    return
        await self.app(scope, receive, send)


async def _json(send, status: int, body: dict) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"x-content-type-options", b"nosniff"),
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


# Pages of our own (station pages set a stricter, hash-based policy themselves).
DEFAULT_CSP = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# A download is never a page of ours: nothing in it may run, nor be framed.
ATTACHMENT_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'"


class SecurityHeaders:
    """Adds the security headers a response lacks; never loosens one it has."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                h = MutableHeaders(scope=message)
                h.setdefault("x-content-type-options", "nosniff")
                h.setdefault("referrer-policy", "no-referrer")
                h.setdefault("x-frame-options", "DENY")
                attachment = h.get("content-disposition", "").lower().startswith("attachment")
                csp = h.get("content-security-policy")
                if csp is None:
                    h["content-security-policy"] = ATTACHMENT_CSP if attachment else DEFAULT_CSP
                elif "frame-ancestors" not in csp:
                    h["content-security-policy"] = f"{csp.rstrip('; ')}; frame-ancestors 'none'"
            await send(message)

        await self.app(scope, receive, send_with_headers)


# --- numbers too large for the database ------------------------------------------------------

OUT_OF_RANGE = "A number in the request is out of range."


def _out_of_range(request, exc) -> JSONResponse:
    # The last line of defence behind the `Id` type and the models' bounds: a number
    # the database cannot hold is the caller's mistake (422), never a server error.
    log.warning("number out of range on %s: %s", request.url.path, getattr(exc, "orig", exc))
    return JSONResponse(
        {"detail": [{"type": "value_error", "loc": ["request"], "msg": OUT_OF_RANGE}]},
        status_code=422,
    )


def install(app, settings, *, cookie_name: str) -> None:
    """Everything of this module on one app: the middleware, the out-of-range
    handlers, and the access-log filter that keeps card tokens out of the log."""
    from sqlalchemy.exc import DataError

    from server.core import access_log

    trusted = tuple(o.strip() for o in settings.csrf_trusted_origins.split(",") if o.strip())
    app.add_middleware(
        CsrfProtection,
        public_base_url=settings.public_base_url,
        cookie_name=cookie_name,
        trusted_origins=trusted,
    )
    app.add_middleware(SecurityHeaders)  # outermost: also covers the CSRF refusal
    app.add_exception_handler(DataError, _out_of_range)  # PostgreSQL: integer out of range
    app.add_exception_handler(OverflowError, _out_of_range)  # SQLite: int too large
    access_log.install()
