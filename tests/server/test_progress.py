"""POST /api/progress/events and GET /api/progress/me."""

import json
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, func, select

from server.db import _engine_for
from server.models import ProgressEvent
from server.services.auth import revoke_participant_tokens
from tests.client.fixtures import make_mini_catalog, make_participant


def ev(type_="step_ticked", step="checklist-bill-open", **extra):
    body = {
        "id": str(uuid.uuid4()),
        "type": type_,
        "device_time": datetime.now(UTC).isoformat(),
        "language": "ar",
    }
    if step:
        body["step"] = step
    body.update(extra)
    return body


def auth(token):
    return {"Authorization": f"Bearer {token}"}


def count_events(session) -> int:
    return session.exec(select(func.count()).select_from(ProgressEvent)).one()


def test_a_batch_sent_twice_counts_once(client, session):
    make_mini_catalog(session)
    me = make_participant(session)
    batch = [
        ev(),
        ev(step="checklist-bill-amount"),
        ev("checklist_completed", step=None, item="bill"),
    ]
    r1 = client.post("/api/progress/events", json={"events": batch}, headers=auth(me.token))
    assert r1.status_code == 200, r1.text
    assert r1.json()["stored"] == [e["id"] for e in batch]
    r2 = client.post("/api/progress/events", json={"events": batch}, headers=auth(me.token))
    assert r2.json() == {"stored": [], "duplicates": [e["id"] for e in batch], "rejected": []}
    assert count_events(session) == 3


def test_an_id_written_another_way_is_the_same_event(client, session):
    """A phone that writes its UUIDs in capitals (or braced) gets them back in the usual
    form, and the same event sent in either form is stored once."""
    make_mini_catalog(session)
    me = make_participant(session)
    canonical = str(uuid.uuid4())
    shouted = ev(id=canonical.upper())
    r = client.post("/api/progress/events", json={"events": [shouted]}, headers=auth(me.token))
    assert r.json()["stored"] == [canonical]
    again = ev(id="{" + canonical + "}")
    r = client.post("/api/progress/events", json={"events": [again]}, headers=auth(me.token))
    assert r.json()["duplicates"] == [canonical] and r.json()["stored"] == []
    assert count_events(session) == 1


def test_same_id_twice_in_one_batch_is_stored_once(client, session):
    make_mini_catalog(session)
    me = make_participant(session)
    one = ev()
    r = client.post(
        "/api/progress/events", json={"events": [one, dict(one)]}, headers=auth(me.token)
    )
    assert r.json()["stored"] == [one["id"]] and r.json()["duplicates"] == [one["id"]]
    assert count_events(session) == 1


def test_bad_events_are_rejected_one_by_one_and_good_ones_kept(client, session):
    make_mini_catalog(session)
    me = make_participant(session)
    good = ev()
    future = ev(device_time=(datetime.now(UTC) + timedelta(days=2)).isoformat())
    batch = [
        ev(step="checklist-nope-nothing"),  # unknown step
        good,
        future,
        ev(id="not-a-uuid"),
        ev("teleported"),
        ev("station_opened", step=None),  # no item
        "just a string",
        ev(step="checklist-bill-open", item="laundry"),  # step from another item
        ev(language="xx"),
    ]
    r = client.post("/api/progress/events", json={"events": batch}, headers=auth(me.token))
    assert r.status_code == 200
    body = r.json()
    assert body["stored"] == [good["id"]]
    reasons = {x["index"]: x["error"] for x in body["rejected"]}
    assert set(reasons) == {0, 2, 3, 4, 5, 6, 7, 8}
    assert "unknown step" in reasons[0]
    assert "future" in reasons[2]
    assert "UUID" in reasons[3]
    assert reasons[4].startswith("type")
    assert "item" in reasons[5]
    assert "belong" in reasons[7]
    assert "language" in reasons[8]
    assert count_events(session) == 1


@pytest.mark.parametrize(
    ("body", "content_type", "where"),
    [
        (b'{"events": [', "application/json", "body"),  # cut off mid-send
        (b"", "application/json", "body"),
        (b'["not", "a", "batch"]', "application/json", "body"),
        (b'{"events": "x"}', "application/json", "events"),
        (b'{"events": [' + b",".join([b"{}"] * 501) + b"]}", "application/json", "events"),
        (b'{"events": []}', "text/plain", "body"),  # FastAPI's answer too: not JSON
    ],
)
def test_a_body_that_is_no_batch_is_422_and_stores_nothing(
    client, session, body, content_type, where
):
    """The ingest reads the batch itself (one pass over the bytes); what is no batch at
    all is answered as FastAPI would: 422 with the list of what is wrong, under body."""
    make_mini_catalog(session)
    me = make_participant(session)
    r = client.post(
        "/api/progress/events",
        content=body,
        headers={**auth(me.token), "Content-Type": content_type},
    )
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert detail[0]["loc"][0] == "body" and where in detail[0]["loc"]
    assert count_events(session) == 0
    # And the same phone's next, well-formed batch is stored.
    good = client.post("/api/progress/events", json={"events": [ev()]}, headers=auth(me.token))
    assert good.json()["stored"] and count_events(session) == 1


def test_a_json_media_type_with_parameters_or_suffix_is_read(client, session):
    make_mini_catalog(session)
    me = make_participant(session)
    for ctype in ("application/json; charset=utf-8", "application/vnd.stegvis+json", ""):
        r = client.post(
            "/api/progress/events",
            content=json.dumps({"events": [ev()]}),
            headers={**auth(me.token), "Content-Type": ctype},
        )
        assert r.status_code == 200 and len(r.json()["stored"]) == 1, r.text


def test_events_need_a_live_participant_card(client, session):
    make_mini_catalog(session)
    me = make_participant(session)
    r = client.post("/api/progress/events", json={"events": [ev()]})
    assert r.status_code == 401
    revoke_participant_tokens(session=session, participant_id=me.participant_id)
    r = client.post("/api/progress/events", json={"events": [ev()]}, headers=auth(me.token))
    assert r.status_code == 401
    assert "revoked" in r.json()["detail"]
    assert count_events(session) == 0


def test_progress_me_reads_back_own_ticks_only(client, session):
    make_mini_catalog(session)
    me = make_participant(session)
    other = make_participant(session, name="Sahra", language="so", org_slug="other")
    t0 = datetime.now(UTC) - timedelta(minutes=5)

    def at(minutes, **kw):
        return ev(device_time=(t0 + timedelta(minutes=minutes)).isoformat(), **kw)

    # Sent out of order: the device time decides which of tick/untick is last.
    mine = [
        at(2, type_="step_unticked", step="checklist-bill-amount"),
        at(0, step="checklist-bill-open"),
        at(1, step="checklist-bill-amount"),
        at(3, type_="checklist_completed", step=None, item="laundry"),
        at(3, type_="station_opened", step=None, item="gardin"),
    ]
    client.post("/api/progress/events", json={"events": mine}, headers=auth(me.token))
    client.post(
        "/api/progress/events",
        json={"events": [ev(step="checklist-bill-date")]},
        headers=auth(other.token),
    )
    body = client.get("/api/progress/me", headers=auth(me.token)).json()
    assert body["participant"]["display_name"] == "Amal"
    assert body["ticked"] == ["checklist-bill-open"]
    assert body["completed"] == {"laundry": 1}
    assert body["stations_opened"] == {"gardin": 1}
    assert body["event_count"] == 5


def test_concurrent_identical_batches_store_each_id_once(settings, session):
    """Two devices' worth of retries racing: the unique constraint decides, not luck."""
    from fastapi.testclient import TestClient

    from server.main import create_app

    make_mini_catalog(session)
    me = make_participant(session)
    batch = [
        ev(step=k) for k in ("checklist-bill-open", "checklist-bill-amount", "checklist-bill-date")
    ] * 1
    results = []
    app = create_app()
    barrier = threading.Barrier(4)

    def send():
        with TestClient(app) as c:
            barrier.wait()
            results.append(
                c.post("/api/progress/events", json={"events": batch}, headers=auth(me.token))
            )

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r.status_code == 200 for r in results), [r.text for r in results]
    stored = sum(len(r.json()["stored"]) for r in results)
    dups = sum(len(r.json()["duplicates"]) for r in results)
    assert stored == 3 and dups == 9
    with Session(_engine_for(settings.sqlalchemy_url)) as s:
        assert count_events(s) == 3
