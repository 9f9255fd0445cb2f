"""The Flet web client in headless Chromium, mounted at /app on a real server."""

import os
import re
import time
from pathlib import Path

import pytest
from sqlmodel import Session, select

from server.db import _engine_for
from server.models import ProgressEvent
from tests.client.fixtures import make_mini_catalog, make_participant
from tests.utils.browser import needs_chromium, semantics_on

SHOTS = Path(os.environ.get("STEGVIS_SCREENSHOTS", "/tmp/stegvis-client-shots"))

pytestmark = [pytest.mark.browser, needs_chromium]


def events(settings) -> list[ProgressEvent]:
    with Session(_engine_for(settings.sqlalchemy_url)) as s:
        return list(s.exec(select(ProgressEvent).order_by(ProgressEvent.id)))


def wait_for_events(settings, n: int, timeout: float = 20.0) -> list[ProgressEvent]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = events(settings)
        if len(found) >= n:
            return found
        time.sleep(0.2)
    return events(settings)


# (language, the native name on the chooser, the "My checklists" tile, checklist title,
#  two step texts, expected progress text after two ticks)
CASES = {
    "ar": (
        "العربية",
        "قوائمي",
        "دفع فاتورة",
        ["افتح الفاتورة", "ابحث عن المبلغ"],
        ["١ من ٣", "٢ من ٣"],
        "تم الإرسال",
    ),
    "ti": ("ትግርኛ", "ዝርዝራተይ", "ሕሳብ ክፈል", ["ሕሳብ ክፈት", "መጠን ረኽብ"], ["1 ካብ 3", "2 ካብ 3"], "ተላኢኹ"),
}


@pytest.mark.parametrize("lang", ["ar", "ti"])
def test_choose_language_tick_two_steps_reload_and_they_reach_the_server(
    lang, settings, session, app_server, browser
):
    make_mini_catalog(session)
    me = make_participant(session, name="Test", language="sv")
    native, tile, title, steps, progress_texts, sent = CASES[lang]
    progress = progress_texts[-1]

    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(f"{app_server.url}/app/signin/{me.token}")
    semantics_on(page)
    # Signed in, Swedish home; the card's token is gone from the address bar.
    page.get_by_text("Mina checklistor").wait_for(timeout=30_000)
    assert me.token not in page.url

    page.get_by_role("button", name="Byt språk").click()
    page.get_by_role("button", name=native, exact=True).click()
    page.get_by_role("button", name=tile).first.click()
    page.get_by_role("button", name=title).first.click()
    for n, text in enumerate(steps, start=1):
        page.get_by_role("checkbox", name=f"{n}. {text}").click()
        # Like a person: tap, see the count go up, then the next one.
        page.get_by_text(progress_texts[n - 1], exact=True).wait_for(timeout=15_000)
        # ... and let the background sync (which repaints the sync badge) finish.
        assert len(wait_for_events(settings, n)) == n
        page.get_by_text(sent, exact=True).first.wait_for(timeout=15_000)

    if lang == "ar":  # mirrored: the title sits right of the home button's left edge
        home = page.get_by_role("button", name="الرئيسية").bounding_box()
        assert home["x"] > 180, home

    page.reload()
    semantics_on(page)
    page.get_by_text(progress, exact=True).wait_for(timeout=30_000)
    assert re.search(r"/app/checklist/bill$", page.url)

    got = wait_for_events(settings, 2)
    assert [(e.kind, e.language) for e in got] == [("step_ticked", lang)] * 2
    page.close()


SCREENS = {
    "home": ("/app/", None),
    "checklists": ("/app/checklists", None),
    "checklist": ("/app/checklist/bill", None),
    "guide": ("/app/guide/bus", None),
    "station": ("/app/station/gardin", None),
    "language": ("/app/language", None),
}
NATIVE = {"ar": "العربية", "fa": "فارسی", "ti": "ትግርኛ", "so": "Soomaali", "sv": "Svenska"}
TITLE = {
    "ar": "دفع فاتورة",
    "fa": "پرداخت قبض",
    "ti": "ሕሳብ ክፈል",
    "so": "Bixi biil",
    "sv": "Betala en räkning",
}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_screenshots_of_each_main_screen_in_five_languages(settings, session, app_server, browser):
    """Writes 360x740 PNGs to look at; checks each screen painted its own text."""
    make_mini_catalog(session)
    me = make_participant(session, name="Test", language="sv")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(f"{app_server.url}/app/signin/{me.token}")
    semantics_on(page)
    page.get_by_text("Mina checklistor").wait_for(timeout=30_000)
    for lang, native in NATIVE.items():
        page.goto(f"{app_server.url}/app/language")
        semantics_on(page)
        page.get_by_role("button", name=native, exact=True).click()
        page.wait_for_url(re.compile(r"/app/?$"))
        for name, (path, _) in SCREENS.items():
            page.goto(f"{app_server.url}{path}")
            semantics_on(page)
            if name in ("checklists", "checklist"):
                title = page.get_by_role("button", name=TITLE[lang])
                title.or_(page.get_by_text(TITLE[lang])).first.wait_for(timeout=30_000)
            else:
                # The app's Python starts in the browser: wait for its top bar, in the
                # language, not just for the engine.
                from client.i18n import translator

                change = translator(lang)("client-change-language")
                page.get_by_role("button", name=change).first.wait_for(timeout=90_000)
            page.wait_for_timeout(1500)  # let the last frame paint before the picture
            page.screenshot(path=str(SHOTS / f"{lang}-{name}.png"))
    page.close()
    assert len(list(SHOTS.glob("*.png"))) >= 30


def test_client_sends_nothing_to_third_parties_and_is_compressed(app_server, browser):
    """Participants' privacy: the web client's own CDN wish (a Rive script) is blocked
    by our Content-Security-Policy before it leaves the phone; the bundle is compressed
    (brotli for browsers that take it, else gzip: made once at build time)."""
    page = browser.new_page(viewport={"width": 360, "height": 740})
    left_the_machine: list[str] = []
    gzipped: list[str] = []

    def on_response(response):
        # blob: URLs are made inside the page (Flutter's workers): nothing leaves the phone.
        if not response.url.startswith((app_server.url, "blob:", "data:")):
            left_the_machine.append(response.url)
        elif response.headers.get("content-encoding") in ("gzip", "br"):
            gzipped.append(response.url.rsplit("/", 1)[-1])

    page.on("response", on_response)
    page.goto(f"{app_server.url}/app/")
    semantics_on(page)
    page.wait_for_timeout(2000)
    assert left_the_machine == []
    # The engine's wasm is the bulk of the first load.
    assert "flutter_bootstrap.js" in gzipped, gzipped
    assert any(name.endswith(".wasm") for name in gzipped), gzipped


def test_listening_to_a_step_reaches_the_coach_with_how_long(
    settings, session, app_server, browser
):
    """audio_played carries how far the participant listened (the coach's station view
    weighs language against task with it); recorded when the clip ends."""
    from sqlmodel import select as sql_select

    from server.models import AudioClip
    from tests.utils.stations import make_mp3

    make_mini_catalog(session)
    me = make_participant(session, name="Test", language="sv")
    settings.audio_dir.mkdir(parents=True, exist_ok=True)
    for clip in session.exec(sql_select(AudioClip).where(AudioClip.language == "sv")):
        (settings.audio_dir / clip.file_name).write_bytes(make_mp3("Hämta en låda.", "sv"))

    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(f"{app_server.url}/app/signin/{me.token}")
    semantics_on(page)
    page.get_by_text("Mina checklistor").wait_for(timeout=30_000)
    # The station's QR page links into the client: a deep link opened in the same tab.
    page.goto(f"{app_server.url}/app/station/gardin")
    semantics_on(page)
    # Opening the station is sent first: the phone and the server are talking.
    opened = wait_for_events(settings, 1, timeout=30)
    assert [e.kind for e in opened] == ["station_opened"]
    # The first "Lyssna" reads the station's name; the next one its first step.
    page.get_by_role("button", name="Lyssna").nth(1).click()

    deadline = time.monotonic() + 30
    played: list[ProgressEvent] = []
    while time.monotonic() < deadline and not played:
        played = [e for e in events(settings) if e.kind == "audio_played"]
        time.sleep(0.3)
    assert len(played) == 1, [e.kind for e in events(settings)]
    # The clip is about a second long: listened to the end, not 0 and not made up.
    assert 500 <= played[0].listened_ms <= 5000, played[0].listened_ms
    assert played[0].step_id is not None and played[0].language == "sv"
    page.close()
