"""Language support approves Somali computer-voice audio (client/language_state.py)
against a real server on loopback: the clip waits, a staff member listens and
approves it, and only then does the Somali station page play it."""

import asyncio
import shutil

import httpx
import pytest

from client.api import CoachApi
from client.language_state import LanguageSupport, computer_clip, computer_to_check
from server.services.speech import build_speech
from tests.client.fixtures import make_mini_catalog
from tests.utils.factories import (
    PASSWORD,
    make_library_editor,
    make_org,
    use_fast_password_hashing,
)

STEP = "station-gardin-fetch"

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)


async def station_page(url: str) -> str:
    async with httpx.AsyncClient(cookies={"stegvis_lang": "so"}) as c:
        return (await c.get(f"{url}/s/gardin")).text


def test_staff_listen_approve_and_reject_somali_computer_audio(session, settings, live_server):
    make_mini_catalog(session)
    report = build_speech(
        session=session, settings=settings, languages=["so"], sources=("espeak152",)
    )
    assert report.ok and report.by_source["espeak152"] > 0, report.summary()
    coach = make_library_editor(session, make_org(session))

    async def run():
        api = CoachApi(live_server.url)
        api.token = (await api.login(coach.email, PASSWORD))["access_token"]
        ls = LanguageSupport(api=api, language="so")
        assert await ls.load()
        waiting = len(ls.summary["computer_waiting_ids"])
        assert waiting == ls.summary["total"] and ls.summary["with_audio"] == 0

        await ls.set_filter("computer")
        assert len(ls.visible) == waiting and all(computer_to_check(r) for r in ls.visible)
        row = ls.row(STEP)
        clip = computer_clip(row)
        assert ls.audio_url(row) is None  # nothing plays to participants yet
        async with httpx.AsyncClient() as c:  # ... but staff can listen
            heard = await c.get(ls.computer_url(row))
        assert heard.status_code == 200 and heard.headers["content-type"] == "audio/mpeg"
        assert clip["url"] not in await station_page(live_server.url)

        assert await ls.decide_computer(STEP, "approved")
        assert ls.message == "ls-computer-approved-msg" and not ls.error
        row = ls.row(STEP)
        assert computer_clip(row)["state"] == "approved" and ls.audio_url(row)
        assert STEP not in [r["text_id"] for r in ls.visible]  # no longer to check
        assert ls.summary["computer"]["approved"] == 1 and ls.summary["with_audio"] == 1
        assert clip["url"] in await station_page(live_server.url)

        assert await ls.decide_computer(STEP, "rejected")
        assert ls.message == "ls-computer-rejected-msg"
        assert ls.audio_url(ls.row(STEP)) is None
        assert clip["url"] not in await station_page(live_server.url)
        assert ls.summary["computer"]["rejected"] == 1

    asyncio.run(run())
