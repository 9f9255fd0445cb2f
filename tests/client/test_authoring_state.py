"""The coach-side authoring and worklist state (issue 10) against a live server: staff
create a station and its steps, write the missing Somali text, and move a reviewed
Somali pack from one unit to another with a preview first."""

import asyncio

import pytest

from client.api import CoachApi
from client.authoring_state import Authoring, Worklist
from tests.utils.factories import PASSWORD, make_coach, make_org, use_fast_password_hashing


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch):
    use_fast_password_hashing(monkeypatch)


async def signed_in(url: str, coach) -> CoachApi:
    api = CoachApi(url)
    api.token = (await api.login(coach.email, PASSWORD))["access_token"]
    return api


def test_create_a_station_write_somali_and_share_it_as_a_pack(session, live_server):
    a_coach = make_coach(session, make_org(session), is_language_support=True)
    b_coach = make_coach(session, make_org(session), is_language_support=True)

    async def run():
        a_api, b_api = (
            await signed_in(live_server.url, a_coach),
            await signed_in(live_server.url, b_coach),
        )
        au = Authoring(api=a_api)
        assert not await au.create("station", "   ")
        assert au.message == "au-error-empty" and au.error
        assert await au.create("station", "Kassan", "storefront")
        assert au.item["code"] and au.own[0]["title"] == "Kassan"
        assert await au.add_step("Räkna pengarna i kassan.")
        assert await au.add_step("Lägg sedlarna i påsen.")
        first, second = (s["id"] for s in au.item["steps"])
        assert await au.move(second, -1)
        assert [s["id"] for s in au.item["steps"]] == [second, first]
        assert await au.retire(first)
        assert [s["text"] for s in au.item["retired_steps"]] == ["Räkna pengarna i kassan."]

        # A plain coach of B cannot change A's station: a message, no stack trace.
        au_b = Authoring(api=b_api)
        await au_b.load()
        assert all(i["id"] != au.item["id"] for i in au_b.items)

        wl = Worklist(api=a_api, language="so")
        assert await wl.load()
        assert wl.counts["missing_text"] == 2  # the name and the one current step
        step_tid = au.item["steps"][0]["text_id"]
        assert await wl.write(step_tid, "Lacagta bacda geli")
        row = next(r for r in wl.rows if r["text_id"] == step_tid)
        assert row["needs"] == ["missing_audio", "unreviewed"]
        nxt = await wl.record_next()
        assert nxt["text_id"] == step_tid

        # Review it, export it; B makes the same station (same Swedish) and imports.
        await a_api._json("PATCH", f"/api/texts/{step_tid}/so", json={"review_status": "reviewed"})
        pack = await wl.export()
        assert pack and wl.message == "au-pack-exported"
        assert await au_b.create("station", "Kassan")
        assert await au_b.add_step("Lägg sedlarna i påsen.")
        wl_b = Worklist(api=b_api, language="so")
        assert await wl_b.preview_pack(pack, "so.zip")
        assert wl_b.pack_preview["counts"]["text"] == 1
        assert await wl_b.apply_pack()
        assert wl_b.message == "au-pack-imported" and wl_b.message_args["texts"] == 1
        b_tid = au_b.item["steps"][0]["text_id"]
        b_row = await b_api._json("GET", f"/api/texts/{b_tid}/so")
        assert (b_row["text"], b_row["review_status"]) == ("Lacagta bacda geli", "reviewed")

    asyncio.run(run())
