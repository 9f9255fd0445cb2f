"""Every coach-side endpoint of issue 5 probed with another organisation's ids.

A coach of A gets 404 for B's participant, goal, sub-goal or rating, exactly as
for one that does not exist, and nothing of B changes. SQLite and PostgreSQL.
"""

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from server.models import Participant
from server.models.coaching import AuditEntry, Goal, ScaleRating, SubGoal
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


@pytest.fixture
def world(client, session):
    org_a, org_b = make_org(session), make_org(session)
    admin_a = make_coach(session, org_a, is_admin=True)
    coach_b = make_coach(session, org_b, is_admin=True)
    p_a = make_participant(session, org_a, coach=admin_a, display_name="Amal A")
    p_b = make_participant(session, org_b, coach=coach_b, display_name="Bashir B")
    hb = coach_headers(client, coach_b)
    goal = client.post(
        f"/api/participants/{p_b.id}/goals", headers=hb, json={"title": "B", "subgoals": ["b1"]}
    ).json()
    rating = client.post(
        f"/api/participants/{p_b.id}/scales",
        headers=hb,
        json={"rated_on": "2026-01-10", "ratings": {"swedish": 5}},
    ).json()
    return {
        "ha": coach_headers(client, admin_a),
        "hb": hb,
        "card_a": participant_headers(session, p_a),
        "ids": {
            "p": p_b.id,
            "goal": goal["id"],
            "sub": goal["subgoals"][0]["id"],
            "rating": rating["id"],
            "coach": coach_b.id,
        },
    }


TODAY = "<today>"  # filled in when the request is made: a run may cross midnight


def _dated(body: dict | None) -> dict | None:
    if body is None:
        return None
    today = datetime.now(UTC).date().isoformat()
    return {k: today if v == TODAY else v for k, v in body.items()}


# (method, path, body): every issue-5 endpoint that takes an id of another organisation.
ENDPOINTS = [
    ("get", "/api/participants/{p}/overview", None),
    ("get", "/api/participants/{p}/export", None),
    ("delete", "/api/participants/{p}", None),
    ("post", "/api/participants/{p}/exit", {"reason": "work", "date": TODAY}),
    ("delete", "/api/participants/{p}/exit", None),
    ("post", "/api/participants/{p}/deactivate", None),
    ("get", "/api/participants/{p}/goals", None),
    ("post", "/api/participants/{p}/goals", {"title": "Taken over"}),
    ("patch", "/api/goals/{goal}", {"title": "Taken over"}),
    ("delete", "/api/goals/{goal}", None),
    ("post", "/api/goals/{goal}/subgoals", {"title": "x"}),
    ("patch", "/api/subgoals/{sub}", {"done": True}),
    ("patch", "/api/subgoals/{sub}", {"title": "Taken over"}),
    ("delete", "/api/subgoals/{sub}", None),
    ("get", "/api/participants/{p}/scales", None),
    ("post", "/api/participants/{p}/scales", {"rated_on": "2026-01-11", "ratings": {"swedish": 1}}),
    ("delete", "/api/participants/{p}/scales/{rating}", None),
    ("get", "/api/coaches/{coach}", None),
    ("patch", "/api/coaches/{coach}", {"display_name": "Taken over"}),
]


def _path(path: str, ids: dict, shift: int = 0) -> str:
    return path.format(**{k: v + shift for k, v in ids.items()})


@pytest.mark.parametrize(
    "method, path, body", ENDPOINTS, ids=[f"{m}:{p}" + ("+" if b else "") for m, p, b in ENDPOINTS]
)
def test_other_organisations_ids_answer_404(client, session, world, method, path, body):
    body = _dated(body)
    kwargs = {"headers": world["ha"]} | ({"json": body} if body is not None else {})
    r = client.request(method, _path(path, world["ids"]), **kwargs)
    assert r.status_code == 404, r.text
    missing = client.request(method, _path(path, world["ids"], 100_000), **kwargs)
    assert (missing.status_code, missing.json()) == (r.status_code, r.json())
    # Nothing of B changed, and nothing was logged as A having seen B.
    session.expire_all()
    p_b = session.get(Participant, world["ids"]["p"])
    assert (p_b.display_name, p_b.is_active, p_b.exit_reason) == ("Bashir B", True, None)
    assert session.get(Goal, world["ids"]["goal"]).title == "B"
    sub = session.get(SubGoal, world["ids"]["sub"])
    assert (sub.title, sub.done_at) == ("b1", None)
    assert session.get(ScaleRating, world["ids"]["rating"]) is not None
    assert session.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == 0
    # B's own coach still reaches it.
    own = client.request(method, _path(path, world["ids"]), **(kwargs | {"headers": world["hb"]}))
    assert own.status_code in (200, 201, 204), own.text


def test_participant_card_cannot_tick_another_participants_subgoal(client, world):
    r = client.post(f"/api/participant/goals/{world['ids']['sub']}/done", headers=world["card_a"])
    assert r.status_code == 404
    assert client.get("/api/participant/goals", headers=world["card_a"]).json() == []


def test_lists_reports_and_audit_show_only_own_organisation(client, world):
    client.get(f"/api/participants/{world['ids']['p']}/overview", headers=world["hb"])
    rows = client.get("/api/participants", headers=world["ha"]).json()
    assert [r["display_name"] for r in rows] == ["Amal A"]
    rep = client.get("/api/reports/organisation", headers=world["ha"]).json()
    assert rep["participants"]["total"] == 1
    assert client.get("/api/audit", headers=world["ha"]).json() == {"total": 0, "entries": []}
    assert client.get("/api/audit", headers=world["hb"]).json()["total"] == 1


def test_participant_token_is_refused_on_coach_endpoints(client, world):
    for path in ("/api/participants", "/api/reports/organisation", "/api/audit", "/api/scales"):
        assert client.get(path, headers=world["card_a"]).status_code == 403
    assert client.get("/api/reports/organisation").status_code == 401
