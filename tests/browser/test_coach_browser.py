"""The coach area of the Flet web client in headless Chromium, end to end:
a coach signs in, enrols a participant, prints the card (its QR decodes and signs
the participant in), the participant ticks steps in their client, and the coach
sees it on the participant's page. Screenshots at laptop and phone size."""

import os
import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session, select

from server.db import _engine_for
from server.models import Participant, ProgressEvent
from tests.client.fixtures import make_mini_catalog
from tests.utils.browser import needs_chromium, semantics_on, tap, type_into, watch_missing_files
from tests.utils.factories import PASSWORD, make_coach, make_org

SHOTS = Path(os.environ.get("STEGVIS_SCREENSHOTS", "/tmp/stegvis-coach-shots"))
LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}

pytestmark = [
    pytest.mark.browser,
    needs_chromium,
    pytest.mark.skipif(
        not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
        reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools)",
    ),
]


def see(page, text: str, *, exact: bool = False, timeout: float = 30_000) -> None:
    """Wait for a text on screen; on failure keep a picture of what was there."""
    try:
        page.get_by_text(text, exact=exact).first.wait_for(timeout=timeout)
    except Exception:
        shot(page, "failed-" + page.viewport_size["width"].__str__())
        raise


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(1200)  # let the last frame paint before the picture
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def wait_for(predicate, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = predicate()
        if got:
            return got
        time.sleep(0.2)
    return predicate()


def decode_qr(pdf: bytes, folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "card.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", str(folder / "card.pdf"), str(folder / "card")],
        check=True,
    )
    out = subprocess.run(
        ["zbarimg", "--raw", "-q", *map(str, folder.glob("card*.png"))],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_coach_enrols_prints_card_participant_ticks_coach_sees_it(
    settings, session, app_server, browser, tmp_path
):
    make_mini_catalog(session)
    coach = make_coach(session, make_org(session), display_name="Karin Coach")
    base = app_server.url

    laptop = browser.new_page(viewport=LAPTOP, accept_downloads=True)
    laptop_missing = watch_missing_files(laptop)
    laptop.goto(f"{base}/app/coach")
    semantics_on(laptop)
    see(laptop, "Logga in som coach")
    shot(laptop, "sv-laptop-signin")

    type_into(laptop, "E-post", coach.email)
    type_into(laptop, "Lösenord", "not the password")
    laptop.get_by_role("button", name="Logga in").click()
    see(laptop, "Fel e-post eller lösenord. Försök igen.")
    shot(laptop, "sv-laptop-signin-wrong")

    type_into(laptop, "Lösenord", PASSWORD)
    laptop.get_by_role("button", name="Logga in").click()
    see(laptop, "Visar 0 av 0")

    # Enrol a participant who reads Arabic.
    laptop.get_by_role("button", name="Skriv in deltagare").click()
    type_into(laptop, "Namn eller smeknamn", "Amal")
    tap(laptop, "Skriv in", exact=True)
    see(laptop, "Amal är inskriven. Skriv ut inloggningskortet.")
    with Session(_engine_for(settings.sqlalchemy_url)) as s:
        amal = s.exec(select(Participant).where(Participant.display_name == "Amal")).one()
        assert (amal.language, amal.coach_id) == ("ar", coach.id)

    # Print the card: a PDF download whose QR is the sign-in link.
    with laptop.expect_download(timeout=30_000) as dl:
        tap(laptop, "Skriv ut inloggningskort")
    pdf = Path(dl.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF")
    url = decode_qr(pdf, tmp_path / "card")
    assert url.startswith(f"{base}/app/signin/"), url

    # The participant opens the card's link on their phone and ticks two steps.
    phone = browser.new_page(viewport=PHONE)
    phone_missing = watch_missing_files(phone)
    phone.goto(url)
    semantics_on(phone)
    see(phone, "قوائمي")  # Arabic home, signed in
    phone.get_by_role("button", name="قوائمي").first.click()
    phone.get_by_role("button", name="دفع فاتورة").first.click()

    def ticks_arrived(n):
        with Session(_engine_for(settings.sqlalchemy_url)) as s:
            return (
                len(
                    s.exec(
                        select(ProgressEvent).where(ProgressEvent.participant_id == amal.id)
                    ).all()
                )
                >= n
            )

    for n, step in enumerate(["افتح الفاتورة", "ابحث عن المبلغ"], start=1):
        phone.get_by_role("checkbox", name=f"{n}. {step}").click()
        see(phone, f"{'١٢'[n - 1]} من ٣", exact=True)
        # Like a person: tap, see the count go up, let the background sync (which
        # repaints the screen) finish, then the next one.
        assert wait_for(lambda n=n: ticks_arrived(n))
        see(phone, "تم الإرسال", exact=True)
    shot(phone, "ar-phone-participant-ticked")

    # The coach sees it on the participant's page.
    tap(laptop, "Uppdatera")
    see(laptop, "Betala en räkning")
    see(laptop, "2 av 3", exact=True)
    see(laptop, "0 klara, 1 pågående, av 2 checklistor")
    shot(laptop, "sv-laptop-participant")
    # Every font and file both screens asked for was there (the words are drawn).
    assert laptop_missing == [] and phone_missing == []

    # Goal plan: set together (here through the API), ticked by the participant in
    # their client (Arabic), seen by the coach with the date.
    login = httpx.post(
        f"{base}/api/auth/login", json={"email": coach.email, "password": PASSWORD}
    ).json()
    goal = httpx.post(
        f"{base}/api/participants/{amal.id}/goals",
        headers={"Authorization": f"Bearer {login['access_token']}"},
        json={"title": "Ta bussen själv", "subgoals": ["Hitta hållplatsen", "Köp biljett"]},
    ).json()
    phone.goto(f"{base}/app/goals")
    semantics_on(phone)
    see(phone, "أهدافي")
    phone.get_by_role("checkbox", name="Hitta hållplatsen").click()
    see(phone, "١ من ٢", exact=True)
    shot(phone, "ar-phone-my-goals")
    tap(laptop, "Uppdatera")
    see(laptop, "av deltagaren")
    laptop.get_by_text("Ta bussen själv").first.scroll_into_view_if_needed()
    shot(laptop, "sv-laptop-participant-goals")
    laptop.set_viewport_size(PHONE)
    shot(laptop, "sv-phone-participant")
    laptop.set_viewport_size(LAPTOP)
    assert goal["subgoals"][0]["title"] == "Hitta hållplatsen"
    phone.close()

    # The list shows the row at a glance; the report has a table and a CSV.
    laptop.get_by_role("button", name="Deltagare").first.click()
    see(laptop, "0 klara av 1")
    shot(laptop, "sv-laptop-list")
    laptop.set_viewport_size(PHONE)
    shot(laptop, "sv-phone-list")
    laptop.set_viewport_size(LAPTOP)
    laptop.get_by_role("button", name="Rapport").first.click()
    see(laptop, "Klara checklistor (0)")
    with laptop.expect_download(timeout=30_000) as dl:
        laptop.get_by_role("button", name="Ladda ner CSV").click()
    assert "section,group,subgroup,count" in Path(dl.value.path()).read_text()
    shot(laptop, "sv-laptop-report")

    # Sign out: back to the sign-in screen, and a reload does not bring the session back.
    laptop.get_by_role("button", name="Logga ut", exact=True).click()
    see(laptop, "Logga in som coach")
    laptop.reload()
    semantics_on(laptop)
    see(laptop, "Logga in som coach")
    laptop.close()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_coach_area_comes_back_signed_in_after_the_server_restarts(
    settings, session, app_server, browser
):
    """A deploy or a crash while coaches have the page open: the page reconnects to a
    server that no longer knows its session. It must come back on its own, signed in,
    not as "Error running app" or a blank page that a reload cannot cure."""
    coach = make_coach(session, make_org(session), display_name="Karin Coach")
    laptop = browser.new_page(viewport=LAPTOP)
    laptop.goto(f"{app_server.url}/app/coach")
    semantics_on(laptop)
    type_into(laptop, "E-post", coach.email)
    type_into(laptop, "Lösenord", PASSWORD)
    laptop.get_by_role("button", name="Logga in").click()
    see(laptop, "Visar 0 av 0")

    with laptop.expect_event("load", timeout=90_000):  # the page loads itself afresh
        app_server.stop()
        app_server.start()
    semantics_on(laptop)
    see(laptop, "Visar 0 av 0")  # the participant list, still signed in
    assert laptop.get_by_text("Error running app").count() == 0
    shot(laptop, "sv-laptop-after-restart")

    laptop.reload()  # and a reload finds a working session, not a blank page
    semantics_on(laptop)
    see(laptop, "Visar 0 av 0")
