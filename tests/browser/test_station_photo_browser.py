"""An organisation's own station with a step photo, in a real browser at phone size
(issue 10): the photo loads from our server, fits the phone, keeps its space before it
loads, and the page reads in Arabic, Persian, Tigrinya, Somali and Swedish. Screenshots
to look at go to STEGVIS_SCREENSHOT_DIR (or the test's tmp dir)."""

import httpx
import pytest

from tests.browser.test_station_browser import ARGS, CHROMIUM, PHONE, shots  # noqa: F401
from tests.client.live import LiveServer
from tests.server.test_authoring import phone_photo
from tests.utils.factories import PASSWORD, make_coach, make_org
from tests.utils.stations import STEPS, have_speech_tools, seed_language_names, seed_station

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not have_speech_tools(), reason="needs espeak-ng and ffmpeg"),
]


@pytest.fixture
def own_station(settings, session):
    from server.main import create_app

    library = seed_station(session, settings.audio_dir).station
    seed_language_names(session, settings.audio_dir)
    coach = make_coach(session, make_org(session), is_language_support=True)
    server = LiveServer(create_app()).start()
    with httpx.Client(base_url=server.url) as c:
        token = c.post("/api/auth/login", json={"email": coach.email, "password": PASSWORD})
        h = {"Authorization": f"Bearer {token.json()['access_token']}"}
        item = c.post(f"/api/authoring/items/{library.id}/copy", headers=h).json()
        step = item["steps"][0]
        r = c.post(
            f"/api/authoring/steps/{step['id']}/photo",
            files={"file": ("IMG.jpg", phone_photo(), "image/jpeg")},
            headers=h,
        )
        assert r.status_code == 200, r.text
    yield server, item
    server.stop()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_step_photo_fits_a_phone_in_every_language(own_station, shots):  # noqa: F811
    from playwright.sync_api import sync_playwright

    server, item = own_station
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_context(viewport=PHONE).new_page()
        requested: list[str] = []
        page.on("request", lambda r: requested.append(r.url))
        for lang in ("ar", "fa", "ti", "so", "sv"):
            page.goto(f"{server.url}/s/{item['code']}?lang={lang}")
            page.wait_for_selector(f'html[lang^="{lang}"]')
            photo = page.locator("img.photo").first
            photo.scroll_into_view_if_needed()
            page.wait_for_function("document.querySelector('img.photo').complete")
            assert page.evaluate("document.querySelector('img.photo').naturalWidth") == 480
            box = photo.bounding_box()
            assert box["width"] > 200 and box["x"] >= 0 and box["x"] + box["width"] <= 360
            assert page.get_by_text(STEPS[0][2][lang]).first.is_visible()
            # Nothing scrolls sideways on a phone.
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(shots / f"station-photo-{lang}-360.png"), full_page=True)
        assert all(u.startswith(server.url) for u in requested), requested
        browser.close()
