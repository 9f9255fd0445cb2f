"""The station pages behind the QR codes, through HTTP (SQLite and PostgreSQL)."""

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from server.api.routes import station_pages
from server.db import _engine_for
from server.services.i18n import LANGUAGES, translator
from tests.utils.stations import STEPS, TITLE, have_speech_tools, seed_language_names, seed_station

pytestmark = pytest.mark.skipif(not have_speech_tools(), reason="needs espeak-ng and ffmpeg")

EXTERNAL_URL = re.compile(r"https?://", re.I)
NATIVE_NAMES = ["العربية", "فارسی", "Soomaali", "ትግርኛ", "Svenska"]


@pytest.fixture
def seeded(session, settings):
    seeded = seed_station(session, settings.audio_dir)
    seeded.names = seed_language_names(session, settings.audio_dir)
    return seeded


def visit(client: TestClient, lang: str, path: str = "/s/demo"):
    client.cookies.set(station_pages.LANG_COOKIE, lang)
    return client.get(path)


def audio_srcs(html: str) -> list[str]:
    return re.findall(r'<audio[^>]*\ssrc="([^"]+)"', html)


def test_first_visit_shows_the_language_chooser(client, seeded):
    r = client.get("/s/demo")
    assert r.status_code == 200
    for name in NATIVE_NAMES:
        assert name in r.text
    for code in ("ar", "fa", "so", "ti", "sv"):
        assert f'href="/s/demo?lang={code}"' in r.text
    # Each name is marked up in its own language and direction.
    assert re.search(r'<a class="lang-link" href="/s/demo\?lang=ar" lang="ar" dir="rtl"', r.text)
    # Names with a recording can be heard: the spoken Arabic name is wired to the Arabic link.
    assert f'src="/audio/{seeded.names["ar"].file_name}"' in r.text
    assert 'data-say="say-ar"' in r.text
    # No steps yet: the participant has not chosen.
    assert STEPS[0][2]["sv"] not in r.text


def test_choosing_a_language_renders_at_once_and_remembers_it(client, seeded):
    # No redirect: the tap on a language gets the station page itself (one round
    # trip less before the first audio), with the choice remembered in the cookie.
    r = client.get("/s/demo?lang=ar", follow_redirects=False)
    assert r.status_code == 200
    assert '<html lang="ar" dir="rtl">' in r.text
    assert STEPS[0][2]["ar"] in r.text
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"{station_pages.LANG_COOKIE}=ar")
    max_age = int(re.search(r"Max-Age=(\d+)", cookie).group(1))
    assert max_age >= 365 * 24 * 3600
    # The phone now gets the Arabic station page at the clean URL.
    page = client.get("/s/demo")
    assert '<html lang="ar" dir="rtl">' in page.text
    assert STEPS[0][2]["ar"] in page.text


def test_arabic_page_is_rtl_with_arabic_and_swedish_and_arabic_audio(client, seeded):
    r = visit(client, "ar")
    assert r.status_code == 200
    html = r.text
    assert '<html lang="ar" dir="rtl">' in html
    assert TITLE["ar"] in html and TITLE["sv"] in html
    for _, _, texts in STEPS:
        assert texts["ar"] in html
        assert texts["sv"] in html
        # Swedish comes below the Arabic text of the same step.
        assert html.index(texts["ar"]) < html.index(texts["sv"])
    srcs = audio_srcs(html)
    for text_id in seeded.step_ids():
        ar_clip = seeded.clips[(text_id, "ar")]
        assert f"/audio/{ar_clip.file_name}" in srcs
        assert f"/audio/{seeded.clips[(text_id, 'sv')].file_name}" in srcs
    assert all(re.fullmatch(r"/audio/[a-z]{2}-[0-9a-f]{16}\.mp3", s) for s in srcs)
    # Native players: only the first step's clip loads at once (the first tap wants
    # it), nothing else until tapped.
    assert html.count('preload="none"') == len(srcs) - 1
    first = re.search(r'<audio[^>]*preload="auto"[^>]*>', html).group(0)
    first_ar = seeded.clips[(seeded.step_ids()[0], "ar")]
    assert f'src="/audio/{first_ar.file_name}"' in first and "data-first" in first
    # Swedish blocks keep their own direction inside the mirrored page.
    assert '<div class="sv"><div lang="sv" dir="ltr">' in html
    assert 'href="/s/demo?choose=1"' in html  # change language
    assert translator("ar")("station-change-language") in html
    assert 'href="/app/station/demo"' in html  # the same station in the Flet client
    assert 'id="play-all"' in html


def test_audio_served_for_the_page_is_the_clip(client, seeded, settings):
    html = visit(client, "ar").text
    src = audio_srcs(html)[0]
    r = client.get(src)
    assert r.status_code == 200
    assert r.headers["content-type"] == "audio/mpeg"
    assert r.content == (settings.audio_dir / src.removeprefix("/audio/")).read_bytes()
    assert r.content[:3] == b"ID3" or r.content[0] == 0xFF  # an MP3, not an error page


def test_tigrinya_page_shows_geez_and_says_there_is_no_recording(client, seeded):
    html = visit(client, "ti").text
    assert '<html lang="ti-ER" dir="ltr">' in html
    no_recording = translator("ti")("station-no-recording")
    assert re.search(r"[\u1200-\u137F]", no_recording)  # said in Tigrinya, in Ge'ez
    assert html.count(no_recording) == len(STEPS)
    for _, _, texts in STEPS:
        assert texts["ti"] in html and texts["sv"] in html
    # Swedish audio still plays; no Tigrinya audio is invented.
    srcs = audio_srcs(html)
    assert len(srcs) == len(STEPS) and all(s.startswith("/audio/sv-") for s in srcs)


def test_somali_page_says_no_recording_in_somali(client, seeded):
    html = visit(client, "so").text
    assert html.count(translator("so")("station-no-recording")) == len(STEPS)
    assert STEPS[1][2]["so"] in html


def test_swedish_page_shows_each_text_once(client, seeded):
    html = visit(client, "sv").text
    assert '<html lang="sv-SE" dir="ltr">' in html
    for _, _, texts in STEPS:
        assert html.count(texts["sv"]) == 1
    assert len(audio_srcs(html)) == len(STEPS)


def test_persian_page_marks_synthetic_voice_discreetly(client, seeded):
    html = visit(client, "fa").text
    assert 'dir="rtl"' in html
    # fa and sv clips here are espeak-ng: marked; Arabic gTTS elsewhere is not.
    assert html.count(translator("fa")("station-synthetic-voice")) == len(STEPS)
    assert translator("ar")("station-synthetic-voice") not in visit(client, "ar").text


def test_steps_keep_their_pictograms(client, seeded):
    html = visit(client, "sv").text
    svgs = re.findall(r"<svg[^>]*>", html)
    # Station head + two steps with a drawable pictogram (the third has none: no crash).
    assert len([s for s in svgs if 'aria-hidden="true"' in s]) >= 3
    assert "xmlns" not in html  # inline SVG needs no namespace URL


def test_range_request_returns_the_right_bytes(client, seeded, settings):
    clip = seeded.clips[(seeded.step_ids()[0], "ar")]
    data = (settings.audio_dir / clip.file_name).read_bytes()
    r = client.get(f"/audio/{clip.file_name}", headers={"Range": "bytes=100-499"})
    assert r.status_code == 206
    assert r.content == data[100:500]
    assert r.headers["content-range"] == f"bytes 100-499/{len(data)}"
    assert r.headers["accept-ranges"] == "bytes"
    tail = client.get(f"/audio/{clip.file_name}", headers={"Range": "bytes=-64"})
    assert tail.status_code == 206 and tail.content == data[-64:]


def test_audio_and_static_files_are_cached_long(client, seeded):
    clip = seeded.clips[(seeded.step_ids()[0], "sv")]
    r = client.get(f"/audio/{clip.file_name}")
    assert r.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert r.headers["accept-ranges"] == "bytes"
    head = client.head(f"/audio/{clip.file_name}")
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["content-length"]) == clip.byte_size
    html = visit(client, "ti").text
    font_urls = re.findall(r"url\((/static/fonts/[^)]+)\)", html)
    assert any("NotoSansEthiopic" in u for u in font_urls)
    for url in font_urls:
        assert re.search(r"\?v=[0-9a-f]{12}$", url)
        f = client.get(url)
        assert f.status_code == 200 and f.headers["content-type"] == "font/woff2"
        assert f.headers["cache-control"] == "public, max-age=31536000, immutable"
    # Without the current hash the file is still served, but only briefly cached.
    stale = client.get(font_urls[0].split("?")[0] + "?v=000000000000")
    assert stale.status_code == 200 and "immutable" not in stale.headers["cache-control"]


def test_unknown_station_is_a_friendly_404_in_the_remembered_language(client, seeded):
    r = visit(client, "ar", "/s/nosuchcode")
    assert r.status_code == 404
    assert '<html lang="ar" dir="rtl">' in r.text
    assert translator("ar")("error-station-unknown") in r.text
    assert 'href="/s/"' in r.text  # a way back
    assert 'href="/s/?choose=1"' in r.text  # and to the languages
    # Without a cookie: Swedish by default.
    client.cookies.clear()
    r = client.get("/s/nosuchcode")
    assert r.status_code == 404 and translator("sv")("error-station-unknown") in r.text


def test_unknown_language_shows_the_chooser_with_a_note(client, seeded):
    r = client.get("/s/demo?lang=xx", follow_redirects=False)
    assert r.status_code == 400
    assert translator("sv")("language-unknown") in r.text
    for name in NATIVE_NAMES:
        assert name in r.text
    assert station_pages.LANG_COOKIE not in r.headers.get("set-cookie", "")


@pytest.mark.parametrize(
    "path",
    [
        "/audio/../server/main.py",
        "/audio/..%2f..%2fserver%2fmain.py",
        "/audio/%2e%2e/%2e%2e/etc/passwd",
        "/audio/..%5c..%5cserver%5cmain.py",
        "/audio/secret.mp3",
        "/audio/.hidden.mp3",
        "/audio/sv-0000000000000000.mp3",
        "/static/../core/config.py",
        "/static/fonts/..%2f..%2fcore%2fconfig.py",
        "/static/fonts/LICENSE-noto.txt",
        "/static/station.css/..%2f..%2fmain.py",
    ],
)
def test_path_traversal_and_unknown_names_are_404(client, seeded, settings, path):
    # A file right next to the audio folder must stay out of reach.
    (settings.audio_dir.parent / "secret.mp3").write_bytes(b"SECRET")
    (settings.audio_dir / ".hidden.mp3").write_bytes(b"SECRET")
    r = client.get(path)
    assert r.status_code == 404
    assert b"SECRET" not in r.content and b"get_settings" not in r.content


@pytest.mark.parametrize("path", ["/s/demo/extra", "/s/%00", "/s/%3Cscript%3E", "/s/" + "x" * 200])
def test_malformed_station_paths_are_friendly_404s(client, seeded, path):
    client.cookies.set(station_pages.LANG_COOKIE, "fa")
    r = client.get(path)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert '<html lang="fa-IR" dir="rtl">' in r.text
    assert "Traceback" not in r.text
    # What came in the URL is not echoed back into the page.
    assert "&lt;script" not in r.text and "xxxxxxxxxx" not in r.text


def test_server_error_is_a_friendly_page_without_trace(settings, seeded, monkeypatch):
    from server.main import create_app

    def broken(*_a, **_k):
        raise RuntimeError("database exploded at /secret/path")

    monkeypatch.setattr(station_pages, "best_clips", broken)
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        c.cookies.set(station_pages.LANG_COOKIE, "ti")
        r = c.get("/s/demo")
    assert r.status_code == 500
    assert translator("ti")("error-server") in r.text
    assert "exploded" not in r.text and "Traceback" not in r.text


def test_api_errors_stay_json(client, seeded):
    r = client.get("/api/no-such-thing")
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/json"


def test_pages_have_no_external_urls_and_strict_headers(client, seeded):
    client.cookies.clear()
    pages = [client.get("/s/demo"), client.get("/s/demo?lang=zz"), client.get("/s/")]
    for lang in ("sv", "ar", "fa", "so", "ti", "en"):
        pages += [visit(client, lang), visit(client, lang, "/s/nope"), visit(client, lang, "/s/")]
    for r in pages:
        assert not EXTERNAL_URL.search(r.text), r.url
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and not EXTERNAL_URL.search(csp)
        assert "*" not in csp and "unsafe-inline" not in csp
        assert r.headers["referrer-policy"] == "no-referrer"
        # Small: tens of kilobytes at most, before compression.
        assert len(r.content) < 40_000


def test_inline_css_and_js_match_the_csp_hashes(client, seeded):
    import base64
    import hashlib

    r = visit(client, "ar")
    csp = r.headers["content-security-policy"]
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", r.text, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp, tag


def test_page_is_gzipped_for_phones_that_accept_it(client, seeded):
    r = visit(client, "ar")
    assert r.headers.get("content-encoding") == "gzip"
    assert TITLE["ar"] in r.text


def test_index_lists_stations_in_the_chosen_language(client, seeded):
    html = visit(client, "ti", "/s/").text
    assert TITLE["ti"] in html and TITLE["sv"] in html
    assert 'href="/s/demo"' in html


def test_upper_case_code_from_a_scanner_finds_the_station(client, seeded):
    r = client.get("/s/DEMO?lang=so", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/s/demo?lang=so"


def test_database_work_per_page_does_not_grow_with_the_catalog(client, seeded, session, settings):
    engine = _engine_for(settings.sqlalchemy_url)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    def queries_for_page() -> int:
        statements.clear()
        event.listen(engine, "before_cursor_execute", count)
        try:
            assert visit(client, "ar").status_code == 200
        finally:
            event.remove(engine, "before_cursor_execute", count)
        return len([s for s in statements if s.lstrip().upper().startswith("SELECT")])

    before = queries_for_page()
    assert before <= 6
    for n in range(15):
        seed_station(
            session,
            settings.audio_dir,
            code=f"more{n}",
            slug=f"more{n}",
            position=n + 1,
            with_audio=False,
        )
    assert queries_for_page() == before


def test_a_known_phone_is_answered_from_memory_and_sees_changes_at_once(
    client, seeded, session, settings
):
    """The morning's hot path: the second phone in a language costs no SQL at all (the
    page comes from the content cache), and a text changed by staff shows on the next
    scan, not after a restart."""
    from sqlmodel import select

    from server.models import CatalogText

    engine = _engine_for(settings.sqlalchemy_url)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    first = visit(client, "ar")
    assert first.status_code == 200 and STEPS[0][2]["ar"] in first.text
    event.listen(engine, "before_cursor_execute", count)
    try:
        again = visit(client, "ar")
        chose = client.get("/s/demo?lang=ar", follow_redirects=False)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert statements == []
    assert again.text == first.text and chose.text == first.text
    assert "stegvis_lang=ar" in chose.headers["set-cookie"]  # the choice still remembered
    # Not everything is memory: an unknown code, and the chooser, still ask the database.
    assert visit(client, "ar", "/s/nosuch").status_code == 404
    assert (
        client.get("/s/demo?choose=1").status_code == 200
        and "Soomaali" in client.get("/s/demo?choose=1").text
    )

    row = session.exec(
        select(CatalogText).where(
            CatalogText.text_id == seeded.step_ids()[0],
            CatalogText.language == "ar",
        )
    ).one()
    row.text = "نص جديد من الموظفين"
    session.add(row)
    session.commit()
    assert "نص جديد من الموظفين" in visit(client, "ar").text


def test_every_language_has_every_station_string():
    """Every id the pages ask for is in every ui.ftl (format_value would show the bare id)."""
    from fluent.syntax import FluentParser, ast

    ids = r"[\"']((?:station|error|language)-[a-z-]+)[\"']"
    asked = set(re.findall(ids, Path(station_pages.__file__).read_text()))
    for template in station_pages.SERVER_DIR.joinpath("templates").glob("*.html"):
        asked |= set(re.findall(r"t\(\s*" + ids, template.read_text()))  # t("...") calls
    assert {"station-no-recording", "error-station-unknown", "language-choose"} <= asked
    for lang in LANGUAGES:
        path = station_pages.get_settings().locales_dir / lang / "ui.ftl"
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        assert not [e for e in resource.body if isinstance(e, ast.Junk)], path
        have = {e.id.name for e in resource.body if isinstance(e, ast.Message)}
        assert asked <= have, (lang, sorted(asked - have))
        if lang != "sv":
            assert "DRAFT" in path.read_text(encoding="utf-8").splitlines()[0]
