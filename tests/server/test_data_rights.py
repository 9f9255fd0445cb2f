"""A participant's data exported as one file and erased on request; the audit log.
SQLite and PostgreSQL."""

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from server.models import AccessToken, Participant, ProgressEvent
from server.models.coaching import (
    DailyCount,
    Goal,
    ParticipantItemStat,
    ParticipantSummary,
    ScaleRating,
    SubGoal,
)
from tests.client.fixtures import make_mini_catalog
from tests.utils.factories import (
    coach_headers,
    make_coach,
    make_org,
    make_participant,
    participant_headers,
    use_fast_password_hashing,
)


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)


def ev(type_, **extra):
    now = datetime.now(UTC).isoformat()
    return {"id": str(uuid.uuid4()), "type": type_, "device_time": now} | extra


@pytest.fixture
def world(client, session):
    make_mini_catalog(session)
    org = make_org(session)
    admin = make_coach(session, org, is_admin=True, display_name="Admin Anna")
    coach = make_coach(session, org, display_name="Coach Cecilia")
    amal = make_participant(session, org, coach=coach, display_name="Amal Hassan")
    card = participant_headers(session, amal)
    headers = coach_headers(client, coach)
    events = [
        ev("step_ticked", step="checklist-bill-open", language="ar"),
        ev("checklist_completed", item="bill", language="ar"),
        ev("station_opened", item="gardin", language="ar"),
    ]
    assert client.post("/api/progress/events", json={"events": events}, headers=card).json()[
        "stored"
    ]
    client.post(
        f"/api/participants/{amal.id}/goals",
        headers=headers,
        json={"title": "Börja praktik", "subgoals": ["Besöka arbetsplatsen"]},
    )
    client.post(
        f"/api/participants/{amal.id}/scales",
        headers=headers,
        json={"rated_on": "2026-05-01", "ratings": {"swedish": 4}},
    )
    return {
        "amal": amal,
        "card": card,
        "headers": headers,
        "admin": coach_headers(client, admin),
        "coach": coach,
        "events": events,
    }


def test_export_is_one_json_file_with_everything_and_a_summary(client, world):
    r = client.get(f"/api/participants/{world['amal'].id}/export", headers=world["headers"])
    assert r.status_code == 200
    assert "attachment" in r.headers["content-disposition"]
    doc = r.json()
    assert doc["profile"]["display_name"] == "Amal Hassan"
    assert {e["id"] for e in doc["events"]} == {e["id"] for e in world["events"]}
    assert doc["goals"][0]["subgoals"][0]["title"] == "Besöka arbetsplatsen"
    assert doc["scale_ratings"][0]["ratings"]["swedish"] == 4
    assert doc["recordings"] == []
    assert len(doc["sign_in_cards"]) == 1
    assert "token" not in str(doc["sign_in_cards"])  # dates only, never a token or hash
    summary = doc["summary"]
    assert "Amal Hassan" in summary and "Börja praktik" in summary
    assert "3 händelser" in summary and "Svenska 4" in summary


def test_erasure_removes_personal_data_keeps_aggregates(client, session, world):
    pid = world["amal"].id
    counts_before = session.execute(select(func.sum(DailyCount.count))).scalar_one()
    report_before = client.get("/api/reports/organisation", headers=world["headers"]).json()

    r = client.delete(f"/api/participants/{pid}", headers=world["headers"])
    assert r.status_code == 204
    session.expire_all()
    for model in (
        ProgressEvent,
        Goal,
        SubGoal,
        ScaleRating,
        AccessToken,
        ParticipantItemStat,
        ParticipantSummary,
    ):
        n = session.execute(
            select(func.count()).select_from(model).where(model.participant_id == pid)
        ).scalar_one()
        assert n == 0, model
    row = session.get(Participant, pid)
    assert "Amal" not in row.display_name and row.coach_id is None and not row.is_active
    # The device is signed out; the coach no longer finds the participant.
    assert client.get("/api/participant/me", headers=world["card"]).status_code == 401
    assert client.get(f"/api/participants/{pid}", headers=world["headers"]).status_code == 404
    assert (
        client.get(f"/api/participants/{pid}/overview", headers=world["headers"]).status_code == 404
    )
    assert client.delete(f"/api/participants/{pid}", headers=world["headers"]).status_code == 404
    assert pid not in [
        p["id"] for p in client.get("/api/participants", headers=world["headers"]).json()
    ]
    # Aggregates stay: daily counts and the organisation report.
    assert session.execute(select(func.sum(DailyCount.count))).scalar_one() == counts_before
    report_after = client.get("/api/reports/organisation", headers=world["headers"]).json()
    assert report_after["checklists_completed"] == report_before["checklists_completed"]
    assert report_after["participants"] == report_before["participants"]


def test_audit_log_names_coach_and_survives_erasure(client, world):
    pid = world["amal"].id
    client.get(f"/api/participants/{pid}/overview", headers=world["headers"])
    client.get(f"/api/participants/{pid}/export", headers=world["headers"])
    client.delete(f"/api/participants/{pid}", headers=world["headers"])
    # Only organisation admins read the log.
    assert client.get("/api/audit", headers=world["headers"]).status_code == 403
    r = client.get("/api/audit", headers=world["admin"])
    assert r.status_code == 200
    page = r.json()
    assert [(e["action"], e["coach_name"], e["participant_id"]) for e in page["entries"]] == [
        ("erased", "Coach Cecilia", pid),
        ("exported", "Coach Cecilia", pid),
        ("viewed", "Coach Cecilia", pid),
    ]
    assert "Amal" not in r.text  # no personal data of the participant in the log
    r = client.get("/api/audit?action=exported", headers=world["admin"])
    assert [e["action"] for e in r.json()["entries"]] == ["exported"]
