"""Somali computer voice behind the review gate, in headless Chromium: the station
page in Somali plays nothing until a language-support member approves the clip in
the Flet app, then plays it marked as a computer voice; Tigrinya's computer voice
plays at once, marked the same. Screenshots at laptop and phone size."""

import re

import httpx
import pytest

from server.services.speech import build_speech
from tests.browser.test_language_support_browser import SHOTS, scroll_to, sign_in, wait_for
from tests.client.fixtures import make_mini_catalog
from tests.utils.browser import needs_chromium
from tests.utils.factories import make_library_editor, make_org

pytestmark = [pytest.mark.browser, needs_chromium]


def audio_srcs(url: str, lang: str) -> list[str]:
    page = httpx.get(f"{url}/s/gardin", cookies={"stegvis_lang": lang}).text
    return re.findall(r'<audio[^>]*src="([^"]+)"', page)


def shoot_station(browser, url: str, lang: str, name: str) -> str:
    ctx = browser.new_context(viewport={"width": 360, "height": 740})
    ctx.add_cookies([{"name": "stegvis_lang", "value": lang, "url": url}])
    page = ctx.new_page()
    page.goto(f"{url}/s/gardin")
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / name), full_page=True)
    body = page.inner_text("body")
    ctx.close()
    return body


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_staff_approve_somali_computer_audio_then_the_station_plays_it(
    settings, session, app_server, browser
):
    make_mini_catalog(session)
    report = build_speech(
        session=session, settings=settings, languages=["so", "ti"], sources=("espeak152",)
    )
    assert report.ok, report.summary()
    coach = make_library_editor(session, make_org(session))
    SHOTS.mkdir(parents=True, exist_ok=True)
    so_before = audio_srcs(app_server.url, "so")
    assert not any("/audio/so-" in s for s in so_before)  # nothing Somali plays yet
    assert any("/audio/ti-" in s for s in audio_srcs(app_server.url, "ti"))
    ti_text = shoot_station(browser, app_server.url, "ti", "cv-station-ti-360.png")
    assert "ናይ ኮምፒተር ድምጺ" in ti_text  # marked as a computer voice

    for width, height in ((1280, 800), (360, 740)):
        page = browser.new_page(viewport={"width": width, "height": height})
        sign_in(page, app_server.url, coach.email)
        page.get_by_role("button", name="Soomaali", exact=True).click()
        page.get_by_text("Bixi biil").wait_for(timeout=30_000)
        page.get_by_role("checkbox", name="Datorröst att granska").click()
        page.wait_for_timeout(800)
        page.screenshot(path=str(SHOTS / f"cv-so-to-check-{width}.png"))
        if width == 1280:
            scroll_to(
                page, page.get_by_role("button", name="Arbeta med: Hämta en låda med krokar")
            ).click()
            listen = scroll_to(page, page.get_by_role("button", name="Lyssna på datorrösten"))
            box = listen.bounding_box()
            if box:  # bring the open row's buttons into the picture
                page.mouse.wheel(0, box["y"] - 500)
            page.wait_for_timeout(800)
            page.screenshot(path=str(SHOTS / "cv-so-row-1280.png"))
            page.get_by_role("button", name="Godkänn: deltagarna får höra den").click()
            page.get_by_text("Godkänd. Deltagarna hör nu", exact=False).wait_for(timeout=30_000)
            page.wait_for_timeout(500)
            page.screenshot(path=str(SHOTS / "cv-so-approved-1280.png"))
        page.close()

    approved = wait_for(lambda: [s for s in audio_srcs(app_server.url, "so") if "/audio/so-" in s])
    assert len(approved) == 1  # that step, and nothing else
    so_text = shoot_station(browser, app_server.url, "so", "cv-station-so-360.png")
    assert "Cod kombiyuutar" in so_text
