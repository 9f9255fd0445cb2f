"""A coach says a goal in their own voice on the participant's page (headless
Chromium, fake microphone); the participant's phone then plays that recording
instead of the computer voice."""

import os
from pathlib import Path

import httpx
import pytest

from tests.browser.test_language_support_browser import human_clips, scroll_to, sign_in, wait_for
from tests.utils.audio import tools_missing
from tests.utils.browser import ARGS, FAKE_MICROPHONE, needs_chromium, semantics_on
from tests.utils.factories import (
    PASSWORD,
    make_coach,
    make_org,
    make_participant,
    participant_headers,
)

SHOTS = Path(os.environ.get("STEGVIS_SCREENSHOTS", "/tmp/stegvis-client-shots"))

pytestmark = [
    pytest.mark.browser,
    needs_chromium,
    pytest.mark.skipif(tools_missing() is not None, reason=str(tools_missing())),
]


@pytest.fixture
def browser_args() -> list[str]:
    return [*ARGS, *FAKE_MICROPHONE]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_coach_records_a_goal_and_the_participant_hears_it(settings, session, app_server, browser):
    coach = make_coach(session, make_org(session))
    amal = make_participant(session, coach=coach, language="so", display_name="Amal")
    base = app_server.url
    token = httpx.post(
        f"{base}/api/auth/login", json={"email": coach.email, "password": PASSWORD}
    ).json()["access_token"]
    goal = httpx.post(
        f"{base}/api/participants/{amal.id}/goals",
        headers={"Authorization": f"Bearer {token}"},
        json={"title": "Ta bussen själv", "subgoals": ["Köp biljett"]},
    ).json()
    mine = participant_headers(session, amal)

    def goal_audio() -> str | None:
        return httpx.get(f"{base}/api/participant/goals", headers=mine).json()[0]["audio"]

    computer = wait_for(goal_audio)  # the computer voice, made after the coach saved it
    assert computer

    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, permissions=["microphone"])
    page = ctx.new_page()
    sign_in(page, base, coach.email)
    page.goto(f"{base}/app/coach/participant/{amal.id}")
    semantics_on(page)
    page.get_by_text("Amal").first.wait_for(timeout=30_000)
    # The goal plan is down the page: Flutter builds what is near the viewport.
    # (Named "label\ntooltip" by Flutter: matched on the label.)
    scroll_to(page, page.get_by_role("button", name="Spela in målet med din röst"), 40).click()
    page.get_by_role("button", name="Stoppa och spara").wait_for(timeout=15_000)
    page.wait_for_timeout(3000)  # the coach speaks (the fake microphone beeps)
    page.get_by_role("button", name="Stoppa och spara").click()
    page.get_by_text("Målet spelas nu upp med din röst.").wait_for(timeout=30_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "sv-laptop-goal-recorded.png"))

    clips = wait_for(lambda: human_clips(settings))
    assert [(c.text_id, c.language, c.created_by) for c in clips] == [
        (f"goal-{goal['id']}", "sv", coach.email)
    ]
    assert clips[0].duration_ms > 500
    # The participant's phone now plays the coach's voice, and the file is there.
    assert goal_audio() == f"/audio/{clips[0].file_name}" != computer
    served = httpx.get(f"{base}/audio/{clips[0].file_name}")
    assert served.status_code == 200 and served.headers["content-type"] == "audio/mpeg"
    ctx.close()
