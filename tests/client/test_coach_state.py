"""The coach's state (client/coach_state.py) as plain Python against a real server on
loopback, on SQLite and PostgreSQL: sign-in messages, the whole follow-up of one
participant (enrol, card, their ticks, goal plan, scales, exit, report, export,
erase), sign-out everywhere, and another organisation's participant."""

import asyncio
import json
import shutil
import subprocess
from datetime import date

import pytest

from client.api import CoachApi, StegvisApi
from client.coach_state import (
    CoachState,
    MyGoals,
    fmt_duration,
    scale_chart,
    shares,
    station_reading,
)
from client.state import AppState
from client.storage import FileStore
from tests.client.fixtures import make_mini_catalog
from tests.utils.factories import (
    PASSWORD,
    make_coach,
    make_org,
    make_participant,
    use_fast_password_hashing,
)


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)


def coach_state(folder, url) -> CoachState:
    return CoachState(store=FileStore(folder), api=CoachApi(url))


def decode_card(pdf: bytes, tmp_path) -> str:
    (tmp_path / "card.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", str(tmp_path / "card.pdf"), str(tmp_path / "card")],
        check=True,
    )
    out = subprocess.run(
        ["zbarimg", "--raw", "-q", *map(str, tmp_path.glob("card*.png"))],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def test_wrong_password_then_the_rate_limit_message(session, live_server, tmp_path):
    coach = make_coach(session, make_org(session))

    async def run():
        cs = coach_state(tmp_path / "laptop", live_server.url)
        await cs.load()
        assert not cs.signed_in
        assert await cs.sign_in("", "") is False
        assert cs.message == "coach-error-fill-in"
        assert await cs.sign_in(coach.email, "wrong password") is False
        assert (cs.message, cs.error) == ("coach-error-wrong-login", True)
        assert not cs.signed_in
        for _ in range(9):  # the server allows 10 failures per email in its window
            await cs.sign_in(coach.email, "still wrong")
        assert await cs.sign_in(coach.email, PASSWORD) is False
        assert cs.message == "coach-error-rate-limited"
        assert 1 <= cs.message_args["minutes"] <= 15

    asyncio.run(run())


def test_the_coachs_own_laptop_signs_in_while_someone_guesses(session, live_server, tmp_path):
    """Issue 12: the client keeps its device token, and the server lets it through."""
    coach = make_coach(session, make_org(session))

    async def run():
        laptop = coach_state(tmp_path / "laptop", live_server.url)
        await laptop.load()
        assert await laptop.sign_in(coach.email, PASSWORD)
        await laptop.sign_out()
        stranger = coach_state(tmp_path / "stranger", live_server.url)
        await stranger.load()
        for _ in range(12):
            await stranger.sign_in(coach.email, "a wrong guess")
        assert await stranger.sign_in(coach.email, PASSWORD) is False
        assert stranger.message == "coach-error-rate-limited"
        assert await laptop.sign_in(coach.email, PASSWORD)
        assert laptop.signed_in

    asyncio.run(run())


def test_session_survives_a_reload_and_sign_out_everywhere_ends_the_other(
    session, live_server, tmp_path
):
    coach = make_coach(session, make_org(session))

    async def run():
        laptop = coach_state(tmp_path / "laptop", live_server.url)
        assert await laptop.sign_in(coach.email, PASSWORD)
        reloaded = coach_state(tmp_path / "laptop", live_server.url)
        await reloaded.load()  # same browser storage: still signed in
        assert reloaded.signed_in and reloaded.coach["id"] == coach.id

        other = coach_state(tmp_path / "office", live_server.url)
        assert await other.sign_in(coach.email, PASSWORD)
        await laptop.sign_out(everywhere=True)
        assert not laptop.signed_in and laptop.message == "coach-signed-out-everywhere"

        assert await other.load_participants() is False
        assert other.message == "coach-error-session-expired" and not other.signed_in
        again = coach_state(tmp_path / "laptop", live_server.url)
        await again.load()
        assert not again.signed_in  # the token was removed from the store too

    asyncio.run(run())


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="needs pdftoppm and zbarimg"
)
def test_follow_one_participant_from_enrolment_to_erasure(settings, session, live_server, tmp_path):
    make_mini_catalog(session)
    org = make_org(session)
    coach = make_coach(session, org, display_name="Karin")

    async def run():
        cs = coach_state(tmp_path / "laptop", live_server.url)
        assert await cs.sign_in(coach.email, PASSWORD)
        assert await cs.enrol(display_name="  ", language="ar") is None
        assert cs.message == "coach-error-name-needed"
        p = await cs.enrol(display_name="Amal", language="ar", gender="woman")
        assert p and p["coach_id"] == coach.id and p["gender"] == "woman"
        await cs.enrol(display_name="Bashir", language="so")

        assert await cs.load_participants()
        assert [r["display_name"] for r in cs.rows] == ["Amal", "Bashir"] and cs.total == 2
        await cs.search("ama")
        assert [r["display_name"] for r in cs.rows] == ["Amal"]

        # The card: its QR is the sign-in link; opening it signs the participant in.
        pdf = await cs.card(p["id"])
        url = decode_card(pdf, tmp_path)
        assert url.startswith(f"{settings.public_base_url}/app/signin/")
        token = url.rsplit("/", 1)[-1]
        phone = AppState(store=FileStore(tmp_path / "phone"), api=StegvisApi(live_server.url))
        await phone.load()
        assert await phone.sign_in(token)
        await phone.choose_language("ar")
        bill = phone.item("bill")
        await phone.set_tick(bill, "checklist-bill-open", True)
        await phone.set_tick(bill, "checklist-bill-amount", True)
        await phone.record("station_opened", item="gardin")
        await phone.record(
            "audio_played", item="gardin", step="station-gardin-count", listened_ms=4000
        )
        assert await phone.flush()

        # The coach sees it on the participant's page.
        assert await cs.open_participant(p["id"])
        going = {c["slug"]: c for c in cs.overview["checklists"]}
        assert going["bill"]["status"] == "under_way" and going["bill"]["steps_ticked"] == 2
        station = cs.overview["stations"][0]
        assert station["opens"] == 1 and station["plays"] == 1
        count_step = next(s for s in station["steps"] if s["slug"] == "count")
        assert count_step["plays"] == 1 and count_step["languages"][0]["language"] == "ar"
        assert station_reading(station)["hardest_step"] == count_step["title"]

        # Goal plan: the coach adds, the participant ticks in their client, the coach sees when.
        assert await cs.add_goal(
            p["id"], "Ta bussen själv", ["Hitta hållplatsen", "", "Köp biljett"]
        )
        goal = cs.overview["goals"][0]
        assert [s["title"] for s in goal["subgoals"]] == ["Hitta hållplatsen", "Köp biljett"]
        mine = MyGoals(api=phone.api)
        assert await mine.load() and mine.goals[0]["title"] == "Ta bussen själv"
        assert await mine.tick(goal["subgoals"][0]["id"], True)
        await cs.open_participant(p["id"])
        sub = cs.overview["goals"][0]["subgoals"][0]
        assert sub["done_by"] == "participant" and sub["done_at"]

        # Step movement: validated before sending, then charted.
        assert await cs.rate(p["id"], "2026-01-10", {}) is False
        assert cs.message == "coach-error-no-ratings"
        assert await cs.rate(p["id"], "2026-01-10", {"swedish": 11}) is False
        assert await cs.rate(p["id"], "2026-01-10", {"swedish": 3, "job_search": 2})
        assert await cs.rate(p["id"], "2026-03-10", {"swedish": 5, "job_search": None})
        chart = {r["scale"]: r for r in scale_chart(cs.overview["scales"])}
        assert chart["swedish"]["points"] == [("2026-01-10", 3), ("2026-03-10", 5)]
        assert chart["swedish"]["change"] == 2 and chart["job_search"]["change"] is None

        # Export, exit, then the report counts it; then erasure.
        doc = json.loads(await cs.export(p["id"]))
        assert "summary" in doc
        today = date.today().isoformat()  # an exit cannot predate the enrolment
        assert await cs.record_exit(p["id"], "holiday", today) is False
        assert cs.message == "coach-error-exit-reason"
        assert await cs.record_exit(p["id"], "work", today)
        assert cs.overview["participant"]["exit_reason"] == "work"
        assert not cs.overview["participant"]["is_active"]
        assert await phone.sign_in(token) is False  # an exit revokes the card

        assert await cs.load_report("2026-12-31", "2026-01-01") is False  # backwards
        assert cs.message == "coach-error-period"
        start = date(date.today().year, 1, 1).isoformat()
        assert await cs.load_report(start, today)
        assert cs.report["exits"]["total"] == 1
        csv = (await cs.report_csv(start, today)).decode()
        assert "exits_by_reason" in csv and "<5" in csv

        await cs.search("")
        await cs.set_show("all")
        assert await cs.erase(p["id"])
        assert cs.overview is None and cs.message == "coach-erased"
        assert [r["display_name"] for r in cs.rows] == ["Bashir"]
        assert await cs.open_participant(p["id"]) is False
        assert cs.message == "coach-error-not-found"

    asyncio.run(run())


def test_another_organisations_participant_is_not_found(session, live_server, tmp_path):
    coach_a = make_coach(session, make_org(session))
    org_b = make_org(session)
    p_b = make_participant(session, org_b, coach=make_coach(session, org_b), display_name="B")

    async def run():
        cs = coach_state(tmp_path / "a", live_server.url)
        assert await cs.sign_in(coach_a.email, PASSWORD)
        await cs.load_participants()
        assert cs.rows == []
        for call in (
            cs.open_participant(p_b.id),
            cs.card(p_b.id),
            cs.export(p_b.id),
            cs.erase(p_b.id),
        ):
            assert not await call
            assert (cs.message, cs.error) == ("coach-error-not-found", True)

    asyncio.run(run())


def test_offline_server_is_a_message_not_a_crash(tmp_path):
    async def run():
        cs = coach_state(tmp_path / "x", "http://127.0.0.1:9")  # nothing listens on port 9
        assert await cs.sign_in("a@b.se", "pw") is False
        assert cs.message == "coach-error-offline"

    asyncio.run(run())


def test_chart_helpers():
    assert fmt_duration(0) == "0:00" and fmt_duration(75_500) == "1:15"
    assert fmt_duration(3_725_000) == "1:02:05"
    assert shares({"sv": 5, "ar": 10, "so": 0}) == [("ar", 10, 1.0), ("sv", 5, 0.5), ("so", 0, 0.0)]
    lang = lambda code, plays: {"language": code, "plays": plays, "listened_ms": plays * 1000}  # noqa: E731
    task = {
        "opens": 2,
        "plays": 14,
        "languages": [lang("ar", 8), lang("sv", 6)],
        "steps": [
            {"title": "Hämta", "plays": 2, "languages": [lang("ar", 1), lang("sv", 1)]},
            {"title": "Räkna", "plays": 12, "languages": [lang("ar", 7), lang("sv", 5)]},
        ],
    }
    r = station_reading(task)
    assert r == {
        "replays_per_open": 7.0,
        "hardest_step": "Räkna",
        "same_step_in_every_language": True,
        "swedish_share": 0.43,
    }
    language = {
        **task,
        "steps": [
            {"title": "Hämta", "plays": 7, "languages": [lang("ar", 1), lang("sv", 6)]},
            {"title": "Räkna", "plays": 7, "languages": [lang("ar", 7), lang("sv", 0)]},
        ],
    }
    assert station_reading(language)["same_step_in_every_language"] is False
    empty = {"opens": 0, "plays": 0, "languages": [], "steps": []}
    assert station_reading(empty)["hardest_step"] is None


def test_the_coach_sees_until_when_a_card_works_and_renews_it(
    settings, session, live_server, tmp_path
):
    """Issue 12: cards have a lifetime; the participant's page says until when the card
    works, and renewing it (no reprint) lets the same card go on working."""
    from datetime import UTC, datetime, timedelta

    from sqlmodel import select

    from server.models import AccessToken

    org = make_org(session)
    coach = make_coach(session, org)

    async def run():
        cs = coach_state(tmp_path / "laptop", live_server.url)
        assert await cs.sign_in(coach.email, PASSWORD)
        p = await cs.enrol(display_name="Amal", language="ar")
        assert await cs.open_participant(p["id"])
        assert cs.card_status is None  # enrolled, no card printed yet
        pdf = await cs.card(p["id"])
        token = decode_card(pdf, tmp_path).rsplit("/", 1)[-1]
        in_a_year = (date.today() + timedelta(days=365)).isoformat()
        assert cs.card_status["expires_at"][:10] == in_a_year and not cs.card_status["expired"]

        # Months later the card has run out: the page says so, renewing brings it back.
        row = session.exec(select(AccessToken).where(AccessToken.participant_id == p["id"])).one()
        row.expires_at = datetime.now(UTC) - timedelta(days=2)
        session.add(row)
        session.commit()
        phone = AppState(store=FileStore(tmp_path / "phone"), api=StegvisApi(live_server.url))
        await phone.load()
        assert await phone.sign_in(token) is False  # the old card no longer works
        assert await cs.open_participant(p["id"])
        assert cs.card_status["expired"]
        assert await cs.renew_card(p["id"])
        assert cs.message == "coach-card-renewed"
        assert cs.card_status["expires_at"][:10] == in_a_year and not cs.card_status["expired"]
        again = AppState(store=FileStore(tmp_path / "phone2"), api=StegvisApi(live_server.url))
        await again.load()
        assert await again.sign_in(token)  # the same printed card works again

    asyncio.run(run())
