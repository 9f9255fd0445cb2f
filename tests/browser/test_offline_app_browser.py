"""The participant's static app (Pyodide) with no network: issue 9's acceptance test.

Load /app signed in, go offline (the browser offline AND the server stopped), reload,
tick a checklist to the end, reload again, come back online: every event is in the
database, in Arabic and in Tigrinya."""

import time
from collections import Counter

import pytest
from sqlmodel import Session, select

from server.db import _engine_for
from server.models import ProgressEvent
from tests.client.fixtures import make_mini_catalog, make_participant
from tests.utils.browser import needs_chromium, semantics_on

pytestmark = [pytest.mark.browser, needs_chromium]

# (the "My checklists" tile, the checklist's title, "1 of 3" .. "3 of 3",
#  "offline - saved on the phone")
CASES = {
    "ar": ("قوائمي", "دفع فاتورة", ["١ من ٣", "٢ من ٣", "٣ من ٣"], "محفوظ في الهاتف – سيُرسل لاحقًا"),
    "ti": ("ዝርዝራተይ", "ሕሳብ ክፈል", ["1 ካብ 3", "2 ካብ 3", "3 ካብ 3"], "ኣብ ተሌፎን ተዓቂቡ – ደሓር ክለኣኽ እዩ"),
}

# True once the service worker controls the page and holds every file the page loaded.
ALL_CACHED = """async () => {
  if (!navigator.serviceWorker.controller) return false;
  const urls = performance.getEntriesByType("resource").map((e) => e.name)
    .filter((u) => u.includes("/app/rt/") || u.includes("/app/pkg/"));
  for (const u of urls) { if (!(await caches.match(u))) return false; }
  return urls.length > 0;
}"""


def events(settings) -> list[ProgressEvent]:
    with Session(_engine_for(settings.sqlalchemy_url)) as s:
        return list(s.exec(select(ProgressEvent).order_by(ProgressEvent.id)))


def wait_until(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.3)
    raise AssertionError(f"not within {timeout} s: {what}")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("lang", ["ar", "ti"])
def test_with_no_network_a_checklist_is_ticked_to_the_end_and_reaches_the_coach(
    lang, settings, session, app_server, browser
):
    make_mini_catalog(session)
    me = make_participant(session, name="Test", language=lang)
    tile, title, counts, offline = CASES[lang]
    all_done = counts[-1]
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{app_server.url}/app/signin/{me.token}")
    semantics_on(page)
    page.get_by_role("button", name=tile).first.wait_for(timeout=90_000)
    assert me.token not in page.url  # taken out of the address bar by the page itself
    # The first visit is over when the service worker holds everything it loaded.
    wait_until(lambda: page.evaluate(ALL_CACHED), 90, "the app shell in the cache")

    # Airplane mode, and the server gone too: nothing can answer but the phone itself.
    context.set_offline(True)
    app_server.stop()
    page.reload()
    semantics_on(page)
    page.get_by_role("button", name=tile).first.click(timeout=90_000)
    page.get_by_role("button", name=title).first.click()
    boxes = page.get_by_role("checkbox")
    boxes.first.wait_for(timeout=30_000)
    assert boxes.count() == 3
    for n in range(3):
        boxes.nth(n).click()
        # Like a person: tap, see the count go up, then the next one.
        page.get_by_text(counts[n], exact=True).first.wait_for(timeout=30_000)
    # Honest about where the ticks are: on this phone, to be sent later.
    page.get_by_text(offline).first.wait_for(timeout=30_000)

    # Closing and opening the app offline keeps them (the browser's storage).
    page.reload()
    semantics_on(page)
    page.get_by_text(all_done, exact=True).first.wait_for(timeout=90_000)
    assert events(settings) == []

    app_server.start()
    context.set_offline(False)
    got = wait_until(
        lambda: len(events(settings)) >= 4 and events(settings),
        90,
        "the queued events on the server",
    )
    assert Counter(e.kind for e in got) == {"step_ticked": 3, "checklist_completed": 1}
    assert {e.language for e in got} == {lang}
    assert all(e.participant_id == me.participant_id for e in got)
    context.close()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_station_deep_link_on_a_first_visit_survives_the_language_choice(
    settings, session, app_server, browser
):
    """A QR code's /app/station/<code> on a phone that never opened the app: the
    language chooser comes first, and after the choice the station is there."""
    make_mini_catalog(session)
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{app_server.url}/app/station/gardin")
    semantics_on(page)
    page.get_by_role("button", name="العربية", exact=True).click(timeout=90_000)
    page.get_by_text("أحضر صندوق الخطافات").first.wait_for(timeout=30_000)
    assert page.url.endswith("/app/station/gardin")
    context.close()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_reload_before_the_app_has_started_keeps_the_cards_sign_in(
    settings, session, app_server, browser
):
    """The page takes the card's token out of the address bar at once, seconds before
    the app's Python has stored it: a reload then (a nervous thumb, a slow phone) must
    not lose the sign-in and send the participant back to the coach for the card."""
    make_mini_catalog(session)
    me = make_participant(session, name="Test", language="ar")
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{app_server.url}/app/signin/{me.token}", wait_until="domcontentloaded")
    assert me.token not in page.url
    page.reload(wait_until="domcontentloaded")
    assert me.token not in page.url
    semantics_on(page)
    page.get_by_role("button", name=CASES["ar"][0]).first.wait_for(timeout=90_000)  # signed in
    context.close()
