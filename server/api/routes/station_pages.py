"""The station pages behind the QR codes: the hot path.

A participant scans a code at a work-training station and lands on
`/s/<code>`. The page is small server-rendered HTML with native <audio>: it
works without JavaScript, fetches nothing from a third party, remembers the
language in a long-lived cookie, and costs a handful of indexed queries
(station by code, its steps, their texts in two languages, the best clip per
text in two languages) — nothing that grows with the catalog.

Also here: the friendly HTML error pages (404, 400, 500) for everything that
is not the JSON API, installed by `install_error_pages(app)`.
"""

import base64
import gzip
import hashlib
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fastapi import APIRouter, FastAPI, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select
from starlette.exceptions import HTTPException as StarletteHTTPException

from server.api.deps import SessionDep
from server.api.routes.auth import DATABASE_DOWN
from server.api.routes.media import STATIC_DIR, static_url
from server.core.config import PARTICIPANT_LANGUAGES, SERVER_DIR, SOURCE_LANGUAGE, get_settings
from server.db import get_engine
from server.models import AudioClip, CatalogItem, CatalogText, Organisation, Step
from server.services.audio import LOWER_QUALITY_SOURCES, best_clips
from server.services.content_cache import content_cache
from server.services.i18n import LANGUAGES, Language, Translator, translator
from server.services.photos import photo_size, photo_url
from server.services.roles import visible_item_filter
from server.services.spoken import Spoken, audio_url, language_name_clips, spoken_labels

log = logging.getLogger(__name__)

LANG_COOKIE = "stegvis_lang"
# Chrome caps cookie lifetimes at 400 days; ask for that.
LANG_COOKIE_MAX_AGE = 400 * 24 * 3600
# Station codes are short and printed in QR codes; anything else is not a code.
CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$")
PICTOGRAM_RE = re.compile(r"^[a-z0-9_]{1,40}$")
GZIP_MIN_BYTES = 1024

router = APIRouter(prefix="/s", tags=["station pages"], include_in_schema=False)

_env = Environment(
    loader=FileSystemLoader(SERVER_DIR / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


# --- page assets: inline CSS and JS, allowed by hash in the CSP -------------------------


@dataclass(frozen=True)
class Assets:
    css: str
    js: str
    head_js: str
    csp: str


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def _strip_js(text: str) -> str:
    return "\n".join(ln.strip() for ln in text.splitlines() if not ln.strip().startswith("//"))


# Before anything is laid out: with JavaScript the page starts in the phone's own
# fonts, and station.js switches to the shipped subsets ("fonts" on <html>) once
# the first clip has loaded, so on a slow network the fonts never compete with the
# first audio. Without JavaScript the shipped fonts load as usual.
HEAD_JS = 'document.documentElement.className="js";'


@lru_cache(maxsize=1)
def page_assets() -> Assets:
    """CSS (font URLs with their content hash) and JS, read once per process."""
    names = ("fonts/faces.css", "station.css")
    css = "".join((STATIC_DIR / name).read_text(encoding="utf-8") for name in names)
    css = re.sub(r"/\*.*?\*/\s*", "", css, flags=re.S)  # comments cost bytes on every page
    css = re.sub(
        r"url\(/static/([^)?]+)\)", lambda m: f"url({static_url(m.group(1))})", css
    ).strip()
    js = _strip_js((STATIC_DIR / "station.js").read_text(encoding="utf-8"))
    # No third-party origin anywhere: only this server, only what the page needs.
    csp = "; ".join(
        [
            "default-src 'none'",
            f"style-src {_csp_hash(css)}",
            f"script-src {_csp_hash(HEAD_JS)} {_csp_hash(js)}",
            "font-src 'self'",
            "media-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )
    return Assets(css=css, js=js, head_js=HEAD_JS, csp=csp)


# --- pictograms: inline SVG (a few hundred bytes each, no extra request) ----------------

_SVG_DROP = re.compile(
    r"<\?xml.*?\?>|<!DOCTYPE.*?>|<!--.*?-->|\s(?:xmlns(?::\w+)?|width|height)=\"[^\"]*\"", re.S
)
_SVG_UNSAFE = re.compile(r"<script|<foreignObject|\son\w+\s*=|(?:href|src)\s*=\s*\"(?!#)", re.I)
_pictograms: dict[tuple[str, int], str] = {}


def pictogram_svg(name: str) -> str:
    """The pictogram as inline SVG markup ('' when missing or not plainly drawable)."""
    if not PICTOGRAM_RE.match(name or ""):
        return ""
    path = STATIC_DIR / "pictograms" / f"{name}.svg"
    try:
        key = (name, path.stat().st_mtime_ns)
    except OSError:
        return ""
    if key not in _pictograms:
        svg = _SVG_DROP.sub("", path.read_text(encoding="utf-8")).strip()
        # Inline SVG in HTML needs no xmlns; anything active or linking out is refused.
        if not svg.startswith("<svg") or _SVG_UNSAFE.search(svg):
            log.warning("pictogram %s not inlined: not a plain SVG", name)
            svg = ""
        else:
            svg = svg.replace("<svg", '<svg aria-hidden="true" focusable="false"', 1)
        _pictograms[key] = svg
    return _pictograms[key]


# --- language -----------------------------------------------------------------------------


def remembered_language(request: Request) -> str | None:
    code = request.cookies.get(LANG_COOKIE)
    return code if code in LANGUAGES else None


def page_language(request: Request) -> str:
    """Language for pages that need one before a choice: ?lang=, cookie, browser's, then sv."""
    asked = request.query_params.get("lang")
    if asked in LANGUAGES:
        return asked
    remembered = remembered_language(request)
    if remembered:
        return remembered
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower().split("-")[0]
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def _remember(response: Response, code: str) -> None:
    response.set_cookie(
        LANG_COOKIE,
        code,
        max_age=LANG_COOKIE_MAX_AGE,
        path="/",
        samesite="lax",
        httponly=True,
        secure=get_settings().cookie_secure,
    )


# --- responses ----------------------------------------------------------------------------


def render_html(template: str, *, lang: str, **context: Any) -> bytes:
    """A page's HTML in `lang` (no headers: see html_response)."""
    html = _env.get_template(template).render(
        lang=LANGUAGES[lang],
        t=translator(lang),
        assets=page_assets(),
        **context,
    )
    return html.encode("utf-8")


def html_response(
    request: Request,
    body: bytes,
    *,
    lang: str,
    status_code: int = 200,
    gzipped: bytes | None = None,
) -> Response:
    """An HTML page with the security headers, gzipped when the phone accepts it (with
    `gzipped` given, compressed once already)."""
    headers = {
        "Content-Security-Policy": page_assets().csp,
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        # Depends on the language cookie: never shared between phones, always revalidated.
        "Cache-Control": "private, no-cache",
        "Vary": "Cookie, Accept-Encoding",
        "Content-Language": LANGUAGES[lang].bcp47,
    }
    if len(body) >= GZIP_MIN_BYTES and "gzip" in request.headers.get("accept-encoding", ""):
        body = gzipped or gzip.compress(body, compresslevel=6, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return Response(body, status_code, headers=headers, media_type="text/html; charset=utf-8")


def render_page(
    request: Request, template: str, *, lang: str, status_code: int = 200, **context: Any
) -> Response:
    """Render an HTML page with the security headers; gzip it when the phone accepts it."""
    body = render_html(template, lang=lang, **context)
    return html_response(request, body, lang=lang, status_code=status_code)


def _redirect(url: str) -> RedirectResponse:
    response = RedirectResponse(url, status.HTTP_303_SEE_OTHER)
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    return response


# The error messages as spoken app labels (catalog texts with audio), by Fluent id.
SPOKEN_ERRORS = {
    "error-station-unknown": "app-say-station-unknown",
    "error-not-found": "app-say-not-found",
    "error-server": "app-say-server-error",
    "error-bad-request": "app-say-bad-request",
}


def error_page(
    request: Request, status_code: int, message_id: str, *, session: Session | None = None
) -> Response:
    lang = page_language(request)
    t = translator(lang)
    message = Spoken(t(message_id), None)
    label = SPOKEN_ERRORS.get(message_id)
    if label is not None and status_code != status.HTTP_503_SERVICE_UNAVAILABLE:
        # Heard, not only read; but an error page must never fail for want of audio.
        try:
            if session is not None:
                message = _label(session, lang, label) or message
            else:
                from server.db import get_engine

                with Session(get_engine()) as own:
                    message = _label(own, lang, label) or message
        except Exception:  # noqa: BLE001 - the database is what failed: the text still shows
            log.warning("no spoken message for the %s page", status_code, exc_info=True)
    return render_page(
        request,
        "error.html",
        lang=lang,
        status_code=status_code,
        status_code_text=str(status_code),
        message=message,
        change_href="/s/?choose=1",
    )


def _label(session: Session, lang: str, text_id: str) -> Spoken | None:
    return spoken_labels(session=session, language=lang, text_ids=[text_id]).get(text_id)


# --- database reads: each one indexed, none proportional to the catalog -------------------


def _find_station(session: Session, code: str) -> CatalogItem | None:
    if not CODE_RE.match(code):
        return None
    query = select(CatalogItem).where(CatalogItem.kind == "station")
    station = session.exec(query.where(CatalogItem.code == code)).first()
    if station is None and code != code.lower():
        # QR scanners sometimes upper-case a URL; codes are stored lower-case.
        station = session.exec(query.where(CatalogItem.code == code.lower())).first()
    return station


def _texts(
    session: Session, text_ids: list[str], languages: set[str]
) -> dict[tuple[str, str], str]:
    rows = session.exec(
        select(CatalogText.text_id, CatalogText.language, CatalogText.text).where(
            CatalogText.text_id.in_(text_ids), CatalogText.language.in_(sorted(languages))
        )
    )
    return {(tid, lang): text for tid, lang, text in rows}


# --- view models --------------------------------------------------------------------------


@dataclass
class Clip:
    url: str
    synthetic: str  # a discreet "computer voice" label for lower-quality TTS, else ''


def _clip(clip: AudioClip | None, t: Translator) -> Clip | None:
    if clip is None:
        return None
    synthetic = t("station-synthetic-voice") if clip.source in LOWER_QUALITY_SOURCES else ""
    return Clip(url=f"/audio/{clip.file_name}", synthetic=synthetic)


@dataclass
class Choice:
    lang: Language
    href: str
    audio_url: str | None


def _chooser(
    request: Request,
    session: Session,
    *,
    base: str,
    station: CatalogItem | None,
    note_id: str | None = None,
    status_code: int = 200,
) -> Response:
    lang = page_language(request)
    clips = language_name_clips(session=session)
    choices = [
        Choice(
            lang=LANGUAGES[code],
            href=f"{base}?lang={code}",
            audio_url=audio_url(clips.get(code)),
        )
        for code in PARTICIPANT_LANGUAGES
    ]
    head = None
    if station is not None:
        texts = _texts(session, [station.title_id], {SOURCE_LANGUAGE})
        title_sv = texts.get((station.title_id, SOURCE_LANGUAGE), station.slug)
        head = {"title_sv": title_sv, "pictogram_svg": pictogram_svg(station.pictogram)}
    heading = _label(session, lang, "app-say-choose-language") or Spoken(
        translator(lang)("language-choose"), None
    )
    return render_page(
        request,
        "chooser.html",
        lang=lang,
        status_code=status_code,
        station=head,
        heading_sv=head["title_sv"] if head else None,
        heading=heading,
        choices=choices,
        note=translator(lang)(note_id) if note_id else None,
    )


@dataclass
class LanguageStep:
    response: Response | None = None  # the visit is about choosing: answer this
    lang: str | None = None  # the language to render in
    remember: bool = False  # ?lang= chose it just now: set the cookie on the page


def _language_step(
    request: Request, session: Session, base: str, station: CatalogItem | None
) -> LanguageStep:
    """Handle ?lang= and ?choose=.

    ?lang= renders the page straight away in that language and remembers it in
    the cookie on the same response: no redirect, so one round trip less between
    the tap on a language and its first audio (on 3G, ~150 ms or more).
    """
    asked = request.query_params.get("lang")
    if asked is not None:
        if asked not in LANGUAGES:
            response = _chooser(
                request,
                session,
                base=base,
                station=station,
                note_id="language-unknown",
                status_code=status.HTTP_400_BAD_REQUEST,
            )
            return LanguageStep(response=response)
        return LanguageStep(lang=asked, remember=True)
    remembered = remembered_language(request)
    if "choose" in request.query_params or remembered is None:
        return LanguageStep(response=_chooser(request, session, base=base, station=station))
    return LanguageStep(lang=remembered)


# --- routes -------------------------------------------------------------------------------


@router.get("/")
def read_station_index(request: Request, session: SessionDep) -> Response:
    """The shared library's stations as a grid of pictures, each name heard (chosen by
    picture, not by code); also the way back from an error page."""
    return _station_index(request, session, "/s/", None)


@router.get("/org/{org_slug}")
def read_organisation_station_index(org_slug: str, request: Request, session: SessionDep):
    """An organisation's own stations and the library's (issue 10): where the link under
    one of its stations leads. Another organisation's stations are not listed."""
    org = session.exec(select(Organisation).where(Organisation.slug == org_slug)).first()
    if org is None:
        return error_page(request, status.HTTP_404_NOT_FOUND, "error-not-found")
    return _station_index(request, session, f"/s/org/{org.slug}", org.id)


def _station_index(request: Request, session: Session, base: str, org_id: int | None):
    chosen = _language_step(request, session, base, None)
    if chosen.response is not None:
        return chosen.response
    lang = chosen.lang or SOURCE_LANGUAGE
    stations = list(
        session.exec(
            select(CatalogItem)
            .where(
                CatalogItem.kind == "station",
                CatalogItem.code.is_not(None),
                visible_item_filter(org_id),
            )
            .order_by(CatalogItem.organisation_id.is_(None), CatalogItem.position, CatalogItem.id)
        )
    )
    texts = _texts(session, [s.title_id for s in stations], {lang, SOURCE_LANGUAGE})
    titles = {
        s.title_id: texts[(s.title_id, lang)] for s in stations if (s.title_id, lang) in texts
    }
    clips = best_clips(session=session, language=lang, texts=titles)
    rows = []
    for s in stations:
        title_sv = texts.get((s.title_id, SOURCE_LANGUAGE), s.slug)
        title = texts.get((s.title_id, lang)) or title_sv
        rows.append(
            {
                "code": s.code,
                "pictogram_svg": pictogram_svg(s.pictogram),
                "title": title,
                "title_sv": title_sv if title != title_sv else None,
                "audio_url": audio_url(clips.get(s.title_id)),
            }
        )
    heading = _label(session, lang, "app-say-choose-station") or Spoken(
        translator(lang)("station-all-stations"), None
    )
    response = render_page(
        request,
        "index.html",
        lang=lang,
        stations=rows,
        heading=heading,
        change_href=f"{base}?choose=1",
    )
    if chosen.remember:
        _remember(response, lang)
    return response


@router.get("/{code}")
async def read_station_page(code: str, request: Request) -> Response:
    """One station's steps: pictogram, text in the chosen language and Swedish, audio.

    The phone behind a QR code in a known language gets the page straight from the
    content cache, on the event loop: no thread hop, no database session. Anything
    else (a first visit, the chooser, a page not built yet) goes the full way."""
    cached = _cached_station_page(code, request)
    if cached is not None:
        return cached
    return await run_in_threadpool(_read_station_page, code, request)


def _cached_station_page(code: str, request: Request) -> Response | None:
    if code not in content_cache.peek_value(("known_station_codes",), ()):
        return None  # unknown here, not canonical (a redirect), or the table is stale
    asked = request.query_params.get("lang")
    if asked is not None:
        if asked not in LANGUAGES:
            return None  # the chooser with a note
        lang, remember = asked, True
    else:
        lang, remember = remembered_language(request), False
        if lang is None or "choose" in request.query_params:
            return None
    entry = content_cache.peek(("station_page", code, lang))
    if entry is None:
        return None
    response = html_response(request, entry.body, lang=lang, gzipped=entry.gzipped)
    if remember:
        _remember(response, lang)
    return response


def _read_station_page(code: str, request: Request) -> Response:
    with Session(get_engine()) as session:
        # The codes the fast path may answer from the cache (refreshed with content).
        content_cache.memo(("known_station_codes",), lambda: _station_codes(session))
        return _station_page(code, request, session)


def _station_codes(session: Session) -> frozenset[str]:
    query = select(CatalogItem.code).where(CatalogItem.kind == "station")
    return frozenset(c for c in session.exec(query) if c)


def _station_page(code: str, request: Request, session: Session) -> Response:
    station = _find_station(session, code)
    if station is None:
        return error_page(
            request, status.HTTP_404_NOT_FOUND, "error-station-unknown", session=session
        )
    base = f"/s/{station.code}"
    if code != station.code:
        return _redirect(base + (f"?{request.url.query}" if request.url.query else ""))
    chosen = _language_step(request, session, base, station)
    if chosen.response is not None:
        return chosen.response

    lang = chosen.lang or SOURCE_LANGUAGE
    # The page depends only on the station, the language and the content: built and
    # gzipped once per content change (server/services/content_cache.py), not per phone.
    entry = content_cache.get(
        ("station_page", station.code, lang),
        lambda: (_station_html(session, station, lang), "text/html; charset=utf-8", None),
    )
    response = html_response(request, entry.body, lang=lang, gzipped=entry.gzipped)
    if chosen.remember:
        _remember(response, lang)
    return response


def _station_html(session: Session, station: CatalogItem, lang: str) -> bytes:
    """One station's page: pictogram, text in `lang` and Swedish, audio."""
    base = f"/s/{station.code}"
    t, sv_t = translator(lang), translator(SOURCE_LANGUAGE)
    # Retired steps (parked below 0) keep their history but leave the page.
    steps = list(
        session.exec(
            select(Step)
            .where(Step.item_id == station.id, Step.position >= 0)
            .order_by(Step.position)
        )
    )
    ids = [station.title_id, *(s.text_id for s in steps)]
    texts = _texts(session, ids, {lang, SOURCE_LANGUAGE})

    def current(language: str) -> dict[str, str]:
        return {i: texts[(i, language)] for i in ids if (i, language) in texts}

    clips = best_clips(session=session, language=lang, texts=current(lang))
    show_sv = lang != SOURCE_LANGUAGE
    clips_sv = (
        best_clips(session=session, language=SOURCE_LANGUAGE, texts=current(SOURCE_LANGUAGE))
        if show_sv
        else {}
    )

    title_sv = texts.get((station.title_id, SOURCE_LANGUAGE), station.slug)
    rows = []
    for number, step in enumerate(steps, start=1):
        clip = _clip(clips.get(step.text_id), t)
        clip_sv = _clip(clips_sv.get(step.text_id), sv_t)
        rows.append(
            {
                "number": number,
                "pictogram_svg": pictogram_svg(step.pictogram),
                "photo": _photo(step.photo),
                "text": texts.get((step.text_id, lang)),
                "text_sv": texts.get((step.text_id, SOURCE_LANGUAGE), ""),
                "clip": clip,
                "clip_sv": clip_sv,
                # "Play all" plays each step once: in the chosen language, else in Swedish.
                "seq_main": number if clip else None,
                "seq_sv": number if clip is None and clip_sv else None,
            }
        )
    # The first clip in page order loads at once (the participant's first tap wants it).
    first = next((r for r in rows if r["clip"] or r["clip_sv"]), None)
    if first is not None:
        first["preload_main" if first["clip"] else "preload_sv"] = True
    return render_html(
        "station.html",
        lang=lang,
        sv_t=sv_t,
        show_sv=show_sv,
        station={
            "title": texts.get((station.title_id, lang)) or title_sv,
            "title_sv": title_sv,
            "pictogram_svg": pictogram_svg(station.pictogram),
        },
        steps=rows,
        change_href=f"{base}?choose=1",
        app_href=f"/app/station/{station.code}",
        index_href=_index_href(session, station),
    )


def _photo(name: str | None) -> dict | None:
    """A step photo for the page: URL and size, so the space is kept before it loads."""
    url, size = photo_url(name), photo_size(name or "")
    return {"url": url, "width": size[0], "height": size[1]} if url and size else None


def _index_href(session: Session, station: CatalogItem) -> str:
    """'All stations' under an organisation's station lists that organisation's too."""
    if station.organisation_id is None:
        return "/s/"
    org = session.get(Organisation, station.organisation_id)
    return f"/s/org/{org.slug}" if org else "/s/"


# --- friendly error pages for everything outside the JSON API ------------------------------


def _wants_json(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


_MESSAGES = {404: "error-not-found", 405: "error-not-found", 400: "error-bad-request"}


def install_error_pages(app: FastAPI) -> None:
    """HTML error pages in the remembered language; the API keeps its JSON errors."""

    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return await http_exception_handler(request, exc)
        code = exc.status_code
        if code < 400:
            return await http_exception_handler(request, exc)
        message = _MESSAGES.get(code, "error-server" if code >= 500 else "error-bad-request")
        response = error_page(request, code, message)
        for key, value in (exc.headers or {}).items():
            response.headers.setdefault(key, value)
        return response

    async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return await request_validation_exception_handler(request, exc)
        return error_page(request, status.HTTP_400_BAD_REQUEST, "error-bad-request")

    async def on_crash(request: Request, exc: Exception) -> Response:
        # Logged with its traceback for us; the phone sees a plain sentence.
        log.exception("unhandled error on %s", request.url.path, exc_info=exc)
        if _wants_json(request):
            return JSONResponse({"detail": "Internal server error"}, status_code=500)
        try:
            return error_page(request, status.HTTP_500_INTERNAL_SERVER_ERROR, "error-server")
        except Exception:  # the error page itself failed (e.g. database down)
            return Response("Stegvis: error", 500, media_type="text/plain; charset=utf-8")

    async def on_database_down(request: Request, exc: Exception) -> Response:
        # A lost database is not the user's fault nor a bug: say so, and ask to retry.
        log.warning("database unreachable on %s: %s", request.url.path, exc)
        retry = {"Retry-After": "30"}
        if _wants_json(request):
            return JSONResponse({"detail": DATABASE_DOWN}, status_code=503, headers=retry)
        try:
            response = error_page(request, status.HTTP_503_SERVICE_UNAVAILABLE, "error-server")
        except Exception:  # the error page needs the database too
            response = Response(DATABASE_DOWN, 503, media_type="text/plain; charset=utf-8")
        response.headers.update(retry)
        return response

    app.add_exception_handler(OperationalError, on_database_down)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(Exception, on_crash)
