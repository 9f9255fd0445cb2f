"""The coach's side: rollups (incremental == full recompute), participant list, participant
page, goal plan, step-movement scales, exit. Runs on SQLite and PostgreSQL."""

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from functools import partial

import pytest
from sqlmodel import Session, select

from server.api.event_writer import Job, _store_group
from server.api.routes.progress import _judge, _rows_for, _validated
from server.db import get_engine
from server.models import CatalogItem, Organisation, PendingEvent, ProgressEvent, Step
from server.models.coaching import AuditEntry
from server.services.rollups import apply_pending, rebuild_rollups, snapshot
from tests.client.fixtures import make_mini_catalog
from tests.utils.factories import (
    coach_headers,
    make_coach,
    make_org,
    make_participant,
    participant_headers,
    use_fast_password_hashing,
)

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)


def ev(type_, *, minutes_ago=60, **extra):
    body = {
        "id": str(uuid.uuid4()),
        "type": type_,
        "device_time": (NOW - timedelta(minutes=minutes_ago)).isoformat(),
    }
    body.update(extra)
    return body


def send(client, headers, events):
    r = client.post("/api/progress/events", json={"events": events}, headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["rejected"] == [], r.json()
    return r.json()


@pytest.fixture
def unit(client, session):
    """A mini catalog, an organisation with a coach and two participants with cards."""
    make_mini_catalog(session)
    org = make_org(session)
    coach = make_coach(session, org)
    amal = make_participant(session, org, coach=coach, display_name="Amal", language="ar")
    nour = make_participant(session, org, coach=coach, display_name="Nour", language="fa")

    class U:
        pass

    u = U()
    u.org, u.coach, u.amal, u.nour = org, coach, amal, nour
    u.headers = coach_headers(client, coach)
    u.amal_card = participant_headers(session, amal)
    u.nour_card = participant_headers(session, nour)
    return u


def amal_week(client, u):
    """Amal: finishes 'bill', half-ticks 'laundry', uses the curtain station in ar and sv."""
    first = [
        ev("step_ticked", step="checklist-bill-open", language="ar", minutes_ago=300),
        ev("step_ticked", step="checklist-bill-amount", language="ar", minutes_ago=290),
        ev("step_ticked", step="checklist-bill-date", language="ar", minutes_ago=280),
        ev("checklist_completed", item="bill", language="ar", minutes_ago=279),
        ev("step_ticked", step="checklist-laundry-board", language="ar", minutes_ago=200),
        ev("station_opened", item="gardin", language="ar", minutes_ago=100),
        ev(
            "audio_played",
            step="station-gardin-fetch",
            language="ar",
            listened_ms=1500,
            minutes_ago=99,
        ),
        ev(
            "audio_played",
            step="station-gardin-fetch",
            language="ar",
            listened_ms=1400,
            minutes_ago=98,
        ),
        ev(
            "audio_played",
            step="station-gardin-fetch",
            language="sv",
            listened_ms=900,
            minutes_ago=97,
        ),
        ev(
            "audio_played",
            step="station-gardin-count",
            language="ar",
            listened_ms=1200,
            minutes_ago=96,
        ),
        ev("guide_finished", item="bus", language="ar", minutes_ago=50),
    ]
    send(client, u.amal_card, first)
    # Sent later but happened earlier: an old untick must not undo the newer tick,
    # and an untick of 'lock' after its tick does count.
    late = [
        ev("step_unticked", step="checklist-laundry-board", language="ar", minutes_ago=250),
        ev("step_ticked", step="checklist-laundry-lock", language="ar", minutes_ago=190),
        ev("step_unticked", step="checklist-laundry-lock", language="ar", minutes_ago=180),
        ev("station_opened", item="gardin", language="ar", minutes_ago=30),
    ]
    send(client, u.amal_card, late)
    return first + late


def test_incremental_rollups_equal_a_full_recompute(client, session, unit):
    events = amal_week(client, unit)
    send(client, unit.nour_card, [ev("station_opened", item="gardin", language="fa")])
    # A batch sent again (lost response) changes nothing.
    before = snapshot(session)
    again = client.post("/api/progress/events", json={"events": events}, headers=unit.amal_card)
    assert len(again.json()["duplicates"]) == len(events)
    session.expire_all()
    assert snapshot(session) == before

    rebuild_rollups(session, daily=True)
    session.expire_all()
    assert snapshot(session) == before
    # And the rebuild of one participant alone agrees too.
    rebuild_rollups(session, unit.amal.id)
    session.expire_all()
    assert snapshot(session) == before


EVENT_MIX = ["step_ticked", "step_ticked", "step_unticked", "audio_played",
             "checklist_completed", "guide_finished", "station_opened"]  # fmt: skip


def test_a_morning_of_many_phones_folded_together_equals_a_full_recompute(client, session, unit):
    """Events reach the rollups three ways: a request alone, many phones' batches in one
    group of the event writer, and events left pending (by an earlier server version)
    that the worker folds in chunks. Whatever the grouping and chunking, with late
    events (an old untick after a newer tick) split across them, the rollups must come
    out as a recompute from the events."""
    rng = random.Random(8)
    items = {i.id: i for i in session.exec(select(CatalogItem))}
    steps = list(session.exec(select(Step)))
    others = [make_participant(session, unit.org, display_name=f"P{n}") for n in range(6)]
    people = [(p, participant_headers(session, p)) for p in [unit.amal, unit.nour, *others]]

    def random_batch():
        batch = []
        for _ in range(rng.randint(1, 9)):
            kind = rng.choice(EVENT_MIX)
            step = rng.choice(steps)
            extra = {"language": rng.choice(["ar", "sv", "so", None])}
            if kind in ("step_ticked", "step_unticked", "audio_played"):
                extra["step"] = step.text_id
            else:
                extra["item"] = items[step.item_id].slug
            if kind == "audio_played":
                extra["listened_ms"] = rng.randint(0, 5000)
            batch.append(ev(kind, minutes_ago=rng.randint(1, 3 * 24 * 60), **extra))
        return batch

    sent = 0
    for way in ["requests", "group", "pending", "group", "pending", "requests"]:
        batches = [(p, card, random_batch()) for p, card in rng.sample(people, k=len(people))]
        sent += sum(len(b) for _, _, b in batches)
        if way == "requests":
            for _, card, batch in batches:
                send(client, card, batch)
        elif way == "group":
            now = datetime.now(UTC)
            jobs = [
                Job(get_engine(), card["Authorization"].split()[1],
                    partial(_rows_for, _judge(_validated(batch), now), now))
                for _, card, batch in batches
            ]  # fmt: skip
            with Session(get_engine()) as writer_session:
                written = _store_group(writer_session, jobs)
            assert [len(w.stored) for w in written.values()] == [len(b) for _, _, b in batches]
        else:
            for p, _, batch in batches:
                now = datetime.now(UTC)
                rows = _rows_for(_judge(_validated(batch), now), now, session, p.id)
                events = [ProgressEvent(**row) for row in rows]
                session.add_all(events)
                session.flush()
                session.add_all(PendingEvent(id=e.id) for e in events)  # queued, as on PG
            session.commit()
            apply_pending(session, chunk=rng.randint(3, 11))  # chunks smaller than a batch
    session.expire_all()
    folded = snapshot(session)
    assert sum(row[2] for row in folded["participant_day"]) == sent  # events per day
    assert session.exec(select(PendingEvent)).all() == []  # the queue is empty once folded

    rebuild_rollups(session, daily=True)
    session.expire_all()
    assert snapshot(session) == folded


def test_list_rows_show_progress_at_a_glance(client, session, unit):
    amal_week(client, unit)
    r = client.get("/api/participants", headers=unit.headers)
    assert r.status_code == 200
    assert r.headers["x-total-count"] == "2"
    rows = {row["display_name"]: row for row in r.json()}
    amal = rows["Amal"]["summary"]
    assert (amal["checklists_done"], amal["checklists_started"]) == (1, 2)
    assert amal["stations_used"] == 1 and amal["guides_finished"] == 1
    # 2 checklists in the catalog: bill done (1.0) + laundry 1 of 2 steps ticked now.
    assert amal["progress"] == pytest.approx(0.75)
    last = datetime.fromisoformat(amal["last_activity_at"])
    assert last == NOW - timedelta(minutes=30)
    # Nour has done nothing yet: zeros, not an error.
    assert rows["Nour"]["summary"]["last_activity_at"] is None
    assert rows["Nour"]["summary"]["progress"] == 0

    # Search, filter, sort and page.
    r = client.get("/api/participants?q=nou", headers=unit.headers)
    assert [row["display_name"] for row in r.json()] == ["Nour"]
    r = client.get("/api/participants?language=ar", headers=unit.headers)
    assert [row["display_name"] for row in r.json()] == ["Amal"]
    r = client.get("/api/participants?sort=last_activity", headers=unit.headers)
    assert [row["display_name"] for row in r.json()] == ["Nour", "Amal"]
    r = client.get("/api/participants?sort=progress&limit=1&offset=1", headers=unit.headers)
    assert [row["display_name"] for row in r.json()] == ["Amal"]
    assert r.headers["x-total-count"] == "2"
    assert client.get("/api/participants?sort=shoe", headers=unit.headers).status_code == 422


def test_participant_page_shows_checklists_stations_by_language(client, session, unit):
    amal_week(client, unit)
    r = client.get(f"/api/participants/{unit.amal.id}/overview", headers=unit.headers)
    assert r.status_code == 200, r.text
    page = r.json()
    assert page["checklists_in_catalog"] == 2
    checklists = {c["slug"]: c for c in page["checklists"]}
    assert checklists["bill"]["status"] == "done"
    assert checklists["bill"]["title"] == "Betala en räkning"
    assert datetime.fromisoformat(checklists["bill"]["last_completed_at"]) == NOW - timedelta(
        minutes=279
    )
    assert checklists["laundry"]["status"] == "under_way"
    assert (checklists["laundry"]["steps_ticked"], checklists["laundry"]["steps_total"]) == (1, 2)
    [station] = page["stations"]
    assert station["slug"] == "gardin" and station["opens"] == 2
    assert station["plays"] == 4 and station["listened_ms"] == 5000
    fetch = next(s for s in station["steps"] if s["slug"] == "fetch")
    assert fetch["plays"] == 3
    assert {lang["language"]: lang["plays"] for lang in fetch["languages"]} == {"ar": 2, "sv": 1}
    assert {lang["language"]: lang["listened_ms"] for lang in station["languages"]} == {
        "ar": 4100,
        "sv": 900,
    }
    assert page["guides"][0]["times_finished"] == 1
    assert sum(w["events"] for w in page["activity"]) == 15
    assert page["goals"] == [] and page["scales"]["ratings"] == []
    # Viewing is logged.
    session.expire_all()
    entries = session.exec(select(AuditEntry)).all()
    assert [(e.action, e.coach_id, e.participant_id) for e in entries] == [
        ("viewed", unit.coach.id, unit.amal.id)
    ]


def test_goal_plan_ticked_by_participant_is_seen_by_coach(client, session, unit):
    r = client.post(
        f"/api/participants/{unit.amal.id}/goals",
        headers=unit.headers,
        json={"title": "Klara vardagen", "subgoals": ["Betala räkningar själv", "Åka buss"]},
    )
    assert r.status_code == 201, r.text
    goal = r.json()
    assert (goal["done"], goal["total"]) == (0, 2)
    bus = goal["subgoals"][1]

    mine = client.get("/api/participant/goals", headers=unit.amal_card).json()
    assert [s["title"] for s in mine[0]["subgoals"]] == ["Betala räkningar själv", "Åka buss"]
    r = client.post(f"/api/participant/goals/{bus['id']}/done", headers=unit.amal_card)
    assert r.status_code == 200 and r.json()[0]["subgoals"][1]["done"] is True

    plan = client.get(f"/api/participants/{unit.amal.id}/goals", headers=unit.headers).json()
    seen = plan[0]["subgoals"][1]
    assert seen["done_by"] == "participant" and seen["done_at"] is not None
    assert plan[0]["done"] == 1

    # The coach ticks the other one: recorded as the coach, by name.
    first = plan[0]["subgoals"][0]["id"]
    r = client.patch(f"/api/subgoals/{first}", headers=unit.headers, json={"done": True})
    assert (r.json()["done_by"], r.json()["done_by_coach_name"]) == (
        "coach",
        unit.coach.display_name,
    )
    # Undo by the participant.
    r = client.delete(f"/api/participant/goals/{bus['id']}/done", headers=unit.amal_card)
    assert r.json()[0]["subgoals"][1]["done"] is False
    # Nour cannot tick Amal's sub-goal.
    r = client.post(f"/api/participant/goals/{bus['id']}/done", headers=unit.nour_card)
    assert r.status_code == 404
    # Add, rename and delete.
    r = client.post(f"/api/goals/{goal['id']}/subgoals", headers=unit.headers, json={"title": "X"})
    assert r.json()["total"] == 3
    r = client.patch(f"/api/goals/{goal['id']}", headers=unit.headers, json={"title": "Vardagen"})
    assert r.json()["title"] == "Vardagen"
    assert client.delete(f"/api/goals/{goal['id']}", headers=unit.headers).status_code == 204
    assert client.get("/api/participant/goals", headers=unit.amal_card).json() == []
    bad = client.post(
        f"/api/participants/{unit.amal.id}/goals", headers=unit.headers, json={"title": "  "}
    )
    assert bad.status_code == 422


def test_scales_are_numbers_only_and_chart_over_time(client, session, unit):
    url = f"/api/participants/{unit.amal.id}/scales"
    assert client.get("/api/scales", headers=unit.headers).json()[0] == "everyday_autonomy"
    r = client.post(
        url,
        headers=unit.headers,
        json={"rated_on": "2026-03-01", "ratings": {"swedish": 3, "job_search": 2}},
    )
    assert r.status_code == 201, r.text
    r = client.post(
        url,
        headers=unit.headers,
        json={
            "rated_on": "2026-06-01",
            "ratings": {"swedish": 5, "health_self_rated": 6},
            "note": "feels unwell",  # free text has nowhere to go
        },
    )
    assert r.status_code == 201
    assert "note" not in r.text and "unwell" not in r.text
    history = client.get(url, headers=unit.headers).json()
    assert history["series"]["swedish"] == [
        {"date": "2026-03-01", "value": 3},
        {"date": "2026-06-01", "value": 5},
    ]
    assert history["series"]["health_self_rated"] == [{"date": "2026-06-01", "value": 6}]
    assert "unwell" not in str(history)
    for ratings in ({"swedish": 11}, {"swedish": 0}, {"mood": 5}, {}):
        r = client.post(
            url, headers=unit.headers, json={"rated_on": "2026-06-02", "ratings": ratings}
        )
        assert r.status_code == 422, ratings
    rid = history["ratings"][0]["id"]
    assert client.delete(f"{url}/{rid}", headers=unit.headers).status_code == 204
    assert len(client.get(url, headers=unit.headers).json()["ratings"]) == 1


def test_exit_records_reason_and_signs_out(client, session, unit):
    url = f"/api/participants/{unit.amal.id}/exit"
    today = date.today().isoformat()
    r = client.post(url, headers=unit.headers, json={"reason": "holiday", "date": today})
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body", "reason"]
    r = client.post(url, headers=unit.headers, json={"reason": "studies", "date": today})
    assert r.status_code == 200, r.text
    assert (r.json()["exit_reason"], r.json()["exited_at"], r.json()["is_active"]) == (
        "studies",
        today,
        False,
    )
    assert client.get("/api/participant/me", headers=unit.amal_card).status_code == 401
    r = client.get("/api/participants?exited=true", headers=unit.headers)
    assert [row["display_name"] for row in r.json()] == ["Amal"]
    future = (date.today() + timedelta(days=30)).isoformat()
    r = client.post(url, headers=unit.headers, json={"reason": "work", "date": future})
    assert r.status_code == 422
    r = client.delete(url, headers=unit.headers)
    assert r.json()["exit_reason"] is None

    r = client.post(f"/api/participants/{unit.nour.id}/deactivate", headers=unit.headers)
    assert r.status_code == 200 and r.json()["is_active"] is False
    assert client.get("/api/participant/me", headers=unit.nour_card).status_code == 401


def test_gender_is_optional_and_checked(client, session, unit):
    r = client.post(
        "/api/participants",
        headers=unit.headers,
        json={"display_name": "Sara", "language": "ti", "gender": "woman"},
    )
    assert r.status_code == 201 and r.json()["gender"] == "woman"
    r = client.post(
        "/api/participants", headers=unit.headers, json={"display_name": "Ali", "language": "so"}
    )
    assert r.json()["gender"] == "unspecified"
    r = client.patch(
        f"/api/participants/{r.json()['id']}", headers=unit.headers, json={"gender": "x"}
    )
    assert r.status_code == 422
    assert session.get(Organisation, unit.org.id) is not None
