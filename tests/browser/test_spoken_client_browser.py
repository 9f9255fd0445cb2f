"""The Flet client heard from the first tap (issue 11), in headless Chromium.

A real server with real MP3s (espeak-ng) for the labels: each assertion that
something "plays" is the browser loading that clip's file from /audio/ (200,
audio/mpeg) after a tap, the way Flet's Audio service does on a phone.
Screenshots at 360x740 go to STEGVIS_SCREENSHOTS (default /tmp/stegvis-client-shots).
"""

import os
import re
from pathlib import Path

import pytest
from sqlmodel import select

from server.models import CatalogText
from server.services.auth import revoke_participant_tokens
from tests.client.fixtures import make_mini_catalog, make_participant
from tests.utils.browser import needs_chromium, semantics_on
from tests.utils.stations import have_speech_tools, seed_spoken_labels

SHOTS = Path(os.environ.get("STEGVIS_SCREENSHOTS", "/tmp/stegvis-client-shots"))
PHONE = {"width": 360, "height": 740}
NATIVE = {"ar": "العربية", "fa": "فارسی", "sv": "Svenska"}
SAYS = {
    "app-say-choose-language",
    "app-say-choose-station",
    "app-say-signin",
    "app-say-revoked",
    "app-say-done",
}

pytestmark = [
    pytest.mark.browser,
    needs_chromium,
    pytest.mark.skipif(not have_speech_tools(), reason="needs espeak-ng and ffmpeg"),
]


class Heard:
    """The audio files the page loaded (a Flet Audio service fetching its source)."""

    def __init__(self, page):
        self.loaded: list[str] = []
        page.on("response", self._on)

    def _on(self, response) -> None:
        audio = response.headers.get("content-type", "").startswith("audio/")
        if "/audio/" in response.url and response.status in (200, 206) and audio:
            self.loaded.append(response.url.rsplit("/", 1)[-1])

    def wait_for(self, page, file_name: str, timeout_ms: int = 20_000) -> None:
        waited = 0
        while file_name not in self.loaded and waited < timeout_ms:
            page.wait_for_timeout(200)
            waited += 200
        assert file_name in self.loaded, (file_name, self.loaded)


def choose(page, name: str) -> None:
    """The button whose whole name is `name` (a language, a tile)."""
    page.get_by_role("button", name=name, exact=True).click()


def hear(page, text: str) -> None:
    """The speaker for `text` (its name is the text, and its tooltip says it again)."""
    speaker = page.get_by_role("button", name=re.compile("^" + re.escape(text) + r"\s"))
    speaker.first.wait_for(timeout=30_000)
    speaker.first.click()


def test_the_app_is_heard_before_and_after_choosing(settings, session, app_server, browser):
    make_mini_catalog(session, with_audio=False)
    with_full_stop(session)
    clips = seed_spoken_labels(session, settings.audio_dir, says=SAYS)
    me = make_participant(session, name="Test", language="ar")
    SHOTS.mkdir(parents=True, exist_ok=True)

    page = browser.new_page(viewport=PHONE)
    heard = Heard(page)

    # A fresh phone: the chooser. Each name is heard in its own voice before any choice.
    page.goto(f"{app_server.url}/app/")
    semantics_on(page)
    page.get_by_role("button", name="Soomaali", exact=True).first.wait_for(timeout=30_000)
    for code, native in NATIVE.items():
        hear(page, native)  # the speaker beside the name; the name itself chooses
        heard.wait_for(page, clips[(f"app-language-{code}", code)].file_name)
    page.wait_for_timeout(1000)
    page.screenshot(path=str(SHOTS / "first-run-chooser.png"))
    # Nothing was chosen by listening: still the chooser.
    assert page.get_by_role("button", name="Soomaali", exact=True).first.is_visible()

    # Choose Arabic: not signed in yet, so "scan your card", heard.
    choose(page, NATIVE["ar"])
    say_signin = clips[("app-say-signin", "ar")]
    hear(page, text_of(session, "app-say-signin", "ar"))
    heard.wait_for(page, say_signin.file_name)
    page.screenshot(path=str(SHOTS / "ar-signin.png"))

    # Stations are public: chosen from pictures, the heading heard.
    page.goto(f"{app_server.url}/app/stations")
    semantics_on(page)
    heading = text_of(session, "app-say-choose-station", "ar")
    hear(page, heading)
    heard.wait_for(page, clips[("app-say-choose-station", "ar")].file_name)
    assert page.get_by_role("button", name="محطة الستائر").first.is_visible()
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "ar-stations-grid.png"))

    page.close()

    # Signed in with a working card (a phone of its own: a Flet web session signs in at
    # its start): a whole checklist ticked off says "well done".
    page = browser.new_page(viewport=PHONE)
    heard = Heard(page)
    page.goto(f"{app_server.url}/app/signin/{me.token}")
    semantics_on(page)
    page.get_by_text("قوائمي").first.wait_for(timeout=30_000)
    page.goto(f"{app_server.url}/app/checklist/laundry")
    semantics_on(page)
    board = page.get_by_role("checkbox", name="1. اذهب إلى لوحة الحجز")
    board.wait_for(timeout=30_000)
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "ar-checklist-swedish-line.png"))
    board.click()
    page.get_by_text("١ من ٢", exact=True).wait_for(timeout=45_000)  # tap, see it, next
    page.get_by_role("checkbox", name="2. ضع قفلك على موعد").click()
    done = text_of(session, "app-say-done", "ar")
    page.get_by_text("٢ من ٢", exact=True).wait_for(timeout=45_000)
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "ar-checklist-done.png"))
    hear(page, done)
    heard.wait_for(page, clips[("app-say-done", "ar")].file_name)

    # The coach printed a new card: this one no longer works, and the phone says so
    # when it next sends what the participant did.
    revoke_participant_tokens(session=session, participant_id=me.participant_id)
    hear(page, done)  # (the same speaker again: plays from the start)
    page.get_by_role("checkbox", name="1. اذهب إلى لوحة الحجز").click()
    revoked = text_of(session, "app-say-revoked", "ar")
    page.get_by_text(revoked).first.wait_for(timeout=30_000)
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / "ar-revoked.png"))
    hear(page, revoked)
    heard.wait_for(page, clips[("app-say-revoked", "ar")].file_name)
    page.close()


def with_full_stop(session) -> None:
    """A Swedish step ending in a full stop, to see it end on the right in Arabic."""
    row = session.exec(
        select(CatalogText).where(
            CatalogText.text_id == "checklist-laundry-board", CatalogText.language == "sv"
        )
    ).one()
    row.text = "Gå till bokningstavlan i tvättstugan."
    session.add(row)
    session.commit()


def text_of(session, text_id: str, lang: str) -> str:
    return session.exec(
        select(CatalogText.text).where(CatalogText.text_id == text_id, CatalogText.language == lang)
    ).one()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_screens_at_phone_size_in_five_languages(settings, session, app_server, browser):
    """PNGs to look at: the station grid, the chooser, sign-in, a checklist whose Swedish
    line has a long word, in each participant language."""
    make_mini_catalog(session, with_audio=False)
    with_full_stop(session)
    seed_spoken_labels(session, settings.audio_dir, says=SAYS)
    me = make_participant(session, name="Test", language="sv")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport=PHONE)
    page.goto(f"{app_server.url}/app/signin/{me.token}")
    semantics_on(page)
    page.get_by_text("Mina checklistor").wait_for(timeout=30_000)
    names = {"ar": "العربية", "fa": "فارسی", "ti": "ትግርኛ", "so": "Soomaali", "sv": "Svenska"}
    for lang, native in names.items():
        page.goto(f"{app_server.url}/app/language")
        semantics_on(page)
        page.get_by_role("button", name=native, exact=True).last.click()
        page.wait_for_url(re.compile(r"/app/?$"))
        for name, path in (
            ("stations-grid", "/app/stations"),
            ("laundry", "/app/checklist/laundry"),
            ("chooser", "/app/language"),
        ):
            page.goto(f"{app_server.url}{path}")
            semantics_on(page)
            # The screen, not the starting picture: the app in the browser starts its
            # Python on each load, and only the app's screens have buttons.
            page.get_by_role("button").first.wait_for(timeout=60_000)
            page.wait_for_timeout(1500)
            page.screenshot(path=str(SHOTS / f"{lang}-{name}.png"))
    page.close()
