"""Language support in the Flet web client, headless Chromium with a fake microphone:
a coach signs in, opens Somali, records a step in the app, and the station page in
Somali then plays that recording. Screenshots at laptop and phone size."""

import os
import re
import time
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session, select

from server.db import _engine_for
from server.models import AudioClip
from tests.client.fixtures import make_mini_catalog
from tests.utils.browser import ARGS, FAKE_MICROPHONE, needs_chromium, semantics_on, type_into
from tests.utils.factories import PASSWORD, make_library_editor, make_org

SHOTS = Path(os.environ.get("STEGVIS_SCREENSHOTS", "/tmp/stegvis-client-shots"))
STEP = "station-gardin-fetch"

pytestmark = [pytest.mark.browser, needs_chromium]


@pytest.fixture
def browser_args() -> list[str]:
    return [*ARGS, *FAKE_MICROPHONE]


def human_clips(settings) -> list[AudioClip]:
    with Session(_engine_for(settings.sqlalchemy_url)) as s:
        return list(
            s.exec(
                select(AudioClip).where(
                    AudioClip.source == "human", AudioClip.withdrawn_at.is_(None)
                )
            )
        )


def wait_for(predicate, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.2)
    return predicate()


def scroll_to(page, locator, tries: int = 20):
    """Flutter builds semantics only near the viewport: wheel down until it appears."""
    size = page.viewport_size
    page.mouse.move(size["width"] // 2, size["height"] * 2 // 3)
    for _ in range(tries):
        if locator.count():
            return locator.first
        page.mouse.wheel(0, 250)
        page.wait_for_timeout(250)
    return locator.first


def sign_in(page, url: str, email: str) -> None:
    page.goto(f"{url}/app/coach/language")
    semantics_on(page)
    page.get_by_role("textbox", name="E-post").wait_for(timeout=30_000)
    for name, value in (("E-post", email), ("Lösenord", PASSWORD)):
        type_into(page, name, value)
    page.keyboard.press("Enter")  # submits the form, like a person at a laptop
    try:
        page.get_by_text("Ljud per språk").wait_for(timeout=30_000)
    except Exception:
        page.screenshot(path=str(SHOTS / "ls-signin-failed.png"))
        raise


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_coach_records_a_somali_step_in_the_app_and_the_station_plays_it(
    settings, session, app_server, browser
):
    make_mini_catalog(session)
    coach = make_library_editor(session, make_org(session))
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, permissions=["microphone"])
    page = ctx.new_page()
    sign_in(page, app_server.url, coach.email)
    assert re.search(r"/app/coach/language$", page.url)

    page.get_by_role("button", name="Soomaali", exact=True).click()
    page.get_by_text("Bixi biil").wait_for(timeout=30_000)
    page.get_by_role("checkbox", name="Bara utkast").click()
    page.get_by_text("13 texter").wait_for(timeout=15_000)
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "ls-so-list-1280.png"))

    scroll_to(page, page.get_by_role("button", name="Arbeta med: Hämta en låda med krokar")).click()
    page.get_by_role("button", name="Spela in").click()
    page.get_by_text("Spelar in", exact=False).first.wait_for(timeout=15_000)
    page.wait_for_timeout(3000)  # the person speaks (the fake microphone beeps)
    page.screenshot(path=str(SHOTS / "ls-so-recording-1280.png"))
    page.get_by_role("button", name="Stoppa och spara").click()
    page.get_by_text("Inspelningen är sparad", exact=False).wait_for(timeout=30_000)

    clips = wait_for(lambda: human_clips(settings))
    assert [(c.text_id, c.language, c.created_by) for c in clips] == [(STEP, "so", coach.email)]
    assert clips[0].duration_ms > 500
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "ls-so-recorded-1280.png"))

    # The station page in Somali, loaded now, plays that recording for the step.
    station = httpx.get(f"{app_server.url}/s/gardin", cookies={"stegvis_lang": "so"}).text
    audio = re.findall(r'<audio[^>]*src="([^"]+)"', station)
    assert any(clips[0].file_name in src for src in audio), audio
    served = httpx.get(f"{app_server.url}/audio/{clips[0].file_name}")
    assert served.status_code == 200 and served.headers["content-type"] == "audio/mpeg"

    # Hear it back in the app: the play button is live now (no error banner follows).
    scroll_to(page, page.get_by_role("button", name=re.compile(r"Spela gardin · steg 1$"))).click()
    page.wait_for_timeout(500)
    assert page.get_by_text("Servern sa nej").count() == 0
    ctx.close()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_language_support_screenshots_at_laptop_and_phone_size(
    settings, session, app_server, browser
):
    """PNGs to look at: laptop and phone, Somali, Arabic (right to left), Tigrinya."""
    make_mini_catalog(session)
    coach = make_library_editor(session, make_org(session))
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1280, 800), (360, 740)):
        page = browser.new_page(viewport={"width": width, "height": height})
        sign_in(page, app_server.url, coach.email)
        for lang, native, sample in (
            ("ar", "العربية", "أحضر صندوق الخطافات"),
            ("ti", "ትግርኛ", "ሳንዱቕ መንጠልጠሊ ኣምጽእ"),
            ("so", "Soomaali", "Keen sanduuq qabatooyin ah"),
        ):
            page.get_by_role("button", name=native, exact=True).first.click()
            page.get_by_text(sample).first.wait_for(timeout=30_000)
            if lang == "ar":  # the work panel, right to left
                scroll_to(
                    page, page.get_by_role("button", name="Arbeta med: Hämta en låda med krokar")
                ).click()
                scroll_to(page, page.get_by_role("button", name="Markera som granskad"))
                page.mouse.wheel(0, 200)
            page.wait_for_timeout(1000)
            page.screenshot(path=str(SHOTS / f"ls-{lang}-{width}.png"))
        page.close()
    assert len(list(SHOTS.glob("ls-*-360.png"))) == 3
