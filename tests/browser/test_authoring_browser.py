"""Authoring and the worklist in the Flet web client (issue 10), headless Chromium with a
fake microphone: org A's language support creates a station and a step in the app, the
station page shows it; on the worklist they write the Somali text and record the next
missing item, and the Somali station page plays it. Screenshots at laptop and phone size."""

import os
import re
import time
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session, select

from server.db import _engine_for
from server.models import AudioClip, CatalogItem
from tests.browser.test_language_support_browser import scroll_to, wait_for
from tests.client.fixtures import make_mini_catalog
from tests.utils.browser import ARGS, FAKE_MICROPHONE, needs_chromium, semantics_on, type_into
from tests.utils.factories import PASSWORD, make_coach, make_org

SHOTS = Path(os.environ.get("STEGVIS_SCREENSHOTS", "/tmp/stegvis-client-shots"))

pytestmark = [pytest.mark.browser, needs_chromium]


@pytest.fixture
def browser_args() -> list[str]:
    return [*ARGS, *FAKE_MICROPHONE]


def sign_in(page, url: str, email: str, path: str, ready: str) -> None:
    page.goto(f"{url}/app/coach/{path}")
    semantics_on(page)
    page.get_by_role("textbox", name="E-post").wait_for(timeout=30_000)
    for name, value in (("E-post", email), ("Lösenord", PASSWORD)):
        type_into(page, name, value)
    page.keyboard.press("Enter")
    page.get_by_text(ready).first.wait_for(timeout=30_000)


def own_items(settings) -> list[CatalogItem]:
    with Session(_engine_for(settings.sqlalchemy_url)) as s:
        return list(s.exec(select(CatalogItem).where(CatalogItem.organisation_id.is_not(None))))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_create_a_station_in_the_app_then_record_it_from_the_worklist(
    settings, session, app_server, browser
):
    make_mini_catalog(session)
    org = make_org(session)
    coach = make_coach(session, org, is_language_support=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, permissions=["microphone"])
    page = ctx.new_page()
    sign_in(page, app_server.url, coach.email, "authoring", "Gemensamt bibliotek")
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "au-list-1280.png"))

    type_into(page, "Namn (svenska)", "Tvättstugan")
    page.get_by_role("button", name="Skapa").click()
    page.get_by_role("button", name="Lägg till steg").wait_for(timeout=30_000)
    items = wait_for(lambda: own_items(settings))
    code = items[0].code
    type_into(page, "Nytt steg (svenska)", "Boka en tid på tavlan.")
    page.get_by_role("button", name="Lägg till steg").click()
    page.get_by_text("Steget är tillagt", exact=False).wait_for(timeout=30_000)
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "au-item-1280.png"))
    # The message's close button says what it does (a screen reader reads "Stäng").
    page.get_by_role("button", name="Stäng", exact=True).click()
    page.get_by_text("Steget är tillagt", exact=False).wait_for(state="hidden", timeout=30_000)

    # The station page shows it at once, in Swedish.
    sv = httpx.get(f"{app_server.url}/s/{code}", cookies={"stegvis_lang": "sv"}).text
    assert "Tvättstugan" in sv and "Boka en tid på tavlan." in sv

    # The worklist in Somali: write the missing text, then record the next missing item.
    page.goto(f"{app_server.url}/app/coach/worklist")
    semantics_on(page)
    page.get_by_role("button", name="Soomaali", exact=True).click()
    # Rows in station order: the station's name, then its step. Search finds the step.
    page.get_by_text("Tvättstugan: steg 1").wait_for(timeout=30_000)
    type_into(page, "Sök i texter och namn", "tavlan")
    page.get_by_role("button", name="Sök").click()
    page.get_by_text("En text").wait_for(timeout=30_000)
    type_into(page, re.compile("Skriv texten på"), "Ballan ka qabso")
    page.wait_for_timeout(500)  # the last key reaches the server before the click
    page.screenshot(path=str(SHOTS / "au-worklist-typing-1280.png"))
    page.get_by_role("button", name="Spara").first.click()
    page.get_by_text("Sparat.").wait_for(timeout=30_000)
    page.mouse.wheel(0, -3000)
    page.get_by_role("button", name="Spela in nästa som saknas").click()
    page.get_by_text("Ballan ka qabso").first.wait_for(timeout=30_000)
    page.get_by_role("button", name="Spela in", exact=True).click()
    page.get_by_text("Spelar in", exact=False).first.wait_for(timeout=15_000)
    page.wait_for_timeout(3000)  # the person reads it (the fake microphone beeps)
    page.get_by_role("button", name="Stoppa och spara").click()
    page.get_by_text("Allt är inspelat", exact=False).wait_for(timeout=30_000)
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "au-worklist-so-1280.png"))

    clips = wait_for(
        lambda: [
            c
            for c in _human(settings)
            if c.language == "so" and c.text_id.startswith(f"station-{items[0].slug}-s")
        ]
    )
    assert clips and clips[0].created_by == coach.email and clips[0].duration_ms > 500
    so = httpx.get(f"{app_server.url}/s/{code}", cookies={"stegvis_lang": "so"}).text
    assert "Ballan ka qabso" in so and clips[0].file_name in so
    ctx.close()


def _human(settings) -> list[AudioClip]:
    with Session(_engine_for(settings.sqlalchemy_url)) as s:
        return list(s.exec(select(AudioClip).where(AudioClip.source == "human")))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_worklist_screenshots_in_each_language_at_phone_size(
    settings, session, app_server, browser
):
    """PNGs to look at: the worklist on a phone in Arabic, Persian, Tigrinya, Somali."""
    make_mini_catalog(session)
    org = make_org(session)
    coach = make_coach(session, org, is_language_support=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 360, "height": 740})
    sign_in(page, app_server.url, coach.email, "authoring", "Gemensamt bibliotek")
    # Copy the library's station into the organisation: its texts come along.
    scroll_to(page, page.get_by_role("button", name="Kopiera till oss")).click()
    page.get_by_role("button", name="Lägg till steg").wait_for(timeout=30_000)
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "au-item-360.png"))
    page.goto(f"{app_server.url}/app/coach/worklist")
    semantics_on(page)
    for lang, native in (("ar", "العربية"), ("fa", "فارسی"), ("ti", "ትግርኛ"), ("so", "Soomaali")):
        page.get_by_role("button", name=native, exact=True).first.click()
        page.get_by_text(re.compile(r"\d+ texter")).first.wait_for(timeout=30_000)
        page.wait_for_timeout(1200)
        page.screenshot(path=str(SHOTS / f"au-worklist-{lang}-360.png"))
    # Every entry of the coach area's header is on the phone's screen (they wrap).
    header = ("Deltagare", "Rapport", "Språkstöd", "Stationer", "Arbetslista", "Logga ut överallt")
    for name in header:
        box = page.get_by_role("button", name=name, exact=True).first.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 360, (name, box)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_bill_guide_shows_the_bill_beside_the_offer_in_the_app(
    settings, session, app_server, browser
):
    """The participant's guide draws the step's picture; PNGs at phone size to look at."""
    from server.services.catalog import seed_catalog
    from tests.client.fixtures import make_participant

    seed_catalog(session=session, settings=settings)
    me = make_participant(session, name="Test", language="ar")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 360, "height": 740})
    pictures: list[tuple[str, int]] = []
    page.on(
        "response",
        lambda r: pictures.append((r.url, r.status)) if "/static/figures/" in r.url else None,
    )
    page.goto(f"{app_server.url}/app/signin/{me.token}")
    semantics_on(page)
    page.wait_for_url(re.compile(r"/app/?$"), timeout=30_000)
    # Signed in once the home screen is there (the address loses the token at once,
    # before the app in the browser has used it).
    page.get_by_role("button", name="قوائمي").first.wait_for(timeout=120_000)
    for lang, native in (("ar", "العربية"), ("so", "Soomaali"), ("ti", "ትግርኛ")):
        page.goto(f"{app_server.url}/app/language")
        semantics_on(page)
        page.get_by_role("button", name=native, exact=True).click()
        page.wait_for_url(re.compile(r"/app/?$"))
        page.goto(f"{app_server.url}/app/guide/rakning")
        semantics_on(page)
        page.wait_for_selector("flt-semantics", state="attached", timeout=30_000)
        # Waiting through Playwright (not time.sleep) so that its response events are
        # delivered: the static app asks for the picture only once its Python has started.
        deadline = time.monotonic() + 60
        while not any("bill-vs-advert-sender" in u for u, _ in pictures):
            assert time.monotonic() < deadline, f"the guide's picture was never asked for ({lang})"
            page.wait_for_timeout(250)
        page.wait_for_timeout(1500)
        page.screenshot(path=str(SHOTS / f"guide-bill-{lang}-360.png"))
    assert pictures and all(status in (200, 304) for _, status in pictures), pictures
