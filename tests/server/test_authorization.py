"""Who may see what: a coach only their organisation's participants, a participant only themself.

Every participant endpoint is probed with another organisation's ids. Runs on
SQLite and PostgreSQL.
"""

from dataclasses import dataclass

import pytest
from sqlmodel import Session

from server.models import Organisation, Participant
from tests.utils.factories import (
    PASSWORD,
    coach_headers,
    make_coach,
    make_org,
    make_participant,
    participant_headers,
    participant_token,
    use_fast_password_hashing,
)


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)


@dataclass
class World:
    """Two organisations, A and B, each with a coach and a participant with a live card."""

    coach_a: object
    coach_b: object
    p_a: Participant
    p_b: Participant
    headers_a: dict
    headers_b: dict
    card_a: str
    card_b: str


@pytest.fixture
def world(client, session) -> World:
    org_a, org_b = make_org(session), make_org(session)
    coach_a, coach_b = make_coach(session, org_a), make_coach(session, org_b)
    p_a = make_participant(session, org_a, coach=coach_a, display_name="Amal A", language="ar")
    p_b = make_participant(session, org_b, coach=coach_b, display_name="Bashir B", language="so")
    return World(
        coach_a=coach_a,
        coach_b=coach_b,
        p_a=p_a,
        p_b=p_b,
        headers_a=coach_headers(client, coach_a),
        headers_b=coach_headers(client, coach_b),
        card_a=participant_token(session, p_a),
        card_b=participant_token(session, p_b),
    )


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


# Every endpoint that addresses one participant by id.
PARTICIPANT_ENDPOINTS = [
    ("get", "/api/participants/{id}", None),
    ("patch", "/api/participants/{id}", {"display_name": "Taken over"}),
    ("patch", "/api/participants/{id}", {"is_active": False}),
    ("patch", "/api/participants/{id}", {"coach_id": None}),
    ("post", "/api/participants/{id}/token", None),
    ("delete", "/api/participants/{id}/token", None),
]
ENDPOINT_IDS = ["read", "rename", "deactivate", "unassign", "issue-card", "revoke-card"]


def call(client, method, path, body, headers):
    kwargs = {"headers": headers}
    if body is not None:
        kwargs["json"] = body
    return client.request(method, path, **kwargs)


@pytest.mark.parametrize("method, path, body", PARTICIPANT_ENDPOINTS, ids=ENDPOINT_IDS)
def test_coach_gets_404_for_other_organisations_participant(
    client, session: Session, world, method, path, body
):
    r = call(client, method, path.format(id=world.p_b.id), body, world.headers_a)
    assert r.status_code == 404
    # Exactly what a participant that does not exist gets: existence is not revealed.
    missing = call(client, method, path.format(id=world.p_b.id + 10_000), body, world.headers_a)
    assert (missing.status_code, missing.json()) == (r.status_code, r.json())
    # Nothing changed for B: same data, and B's card still signs B in.
    session.expire_all()
    p_b = session.get(Participant, world.p_b.id)
    assert (p_b.display_name, p_b.is_active, p_b.coach_id) == ("Bashir B", True, world.coach_b.id)
    assert client.get("/api/participant/me", headers=bearer(world.card_b)).status_code == 200
    # B's own coach still reaches them.
    own = call(client, method, path.format(id=world.p_b.id), body, world.headers_b)
    assert own.status_code in (200, 201, 204)


def test_list_shows_only_own_organisation(client, world):
    r = client.get("/api/participants", headers=world.headers_a)
    assert [p["id"] for p in r.json()] == [world.p_a.id]
    # Filtering by B's coach or B's name finds nothing either.
    r = client.get(f"/api/participants?coach_id={world.coach_b.id}", headers=world.headers_a)
    assert r.json() == []
    assert client.get("/api/participants?q=Bashir", headers=world.headers_a).json() == []


def test_create_puts_participant_in_coach_organisation(client, session, world):
    r = client.post(
        "/api/participants",
        headers=world.headers_a,
        json={
            "display_name": "Nour",
            "language": "fa",
            "organisation_id": world.p_b.organisation_id,  # ignored: never from the body
        },
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["organisation_id"] == world.p_a.organisation_id
    assert body["coach_id"] == world.coach_a.id  # the enrolling coach unless told otherwise
    assert body["is_active"] is True
    # B's coach cannot see it.
    assert client.get(f"/api/participants/{body['id']}", headers=world.headers_b).status_code == 404


def test_create_or_assign_with_other_organisations_coach_is_422(client, world):
    r = client.post(
        "/api/participants",
        headers=world.headers_a,
        json={"display_name": "Nour", "language": "fa", "coach_id": world.coach_b.id},
    )
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body", "coach_id"]
    r = client.patch(
        f"/api/participants/{world.p_a.id}",
        headers=world.headers_a,
        json={"coach_id": world.coach_b.id},
    )
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body", "coach_id"]


def test_coach_can_assign_a_colleague(client, session, world):
    colleague = make_coach(session, session.get(Organisation, world.p_a.organisation_id))
    r = client.patch(
        f"/api/participants/{world.p_a.id}",
        headers=world.headers_a,
        json={"coach_id": colleague.id},
    )
    assert r.status_code == 200
    assert r.json()["coach_id"] == colleague.id


@pytest.mark.parametrize("language", ["xx", "AR", "", "arabic"])
def test_bad_language_is_422_with_a_clear_message(client, world, language):
    r = client.post(
        "/api/participants",
        headers=world.headers_a,
        json={"display_name": "Nour", "language": language},
    )
    assert r.status_code == 422
    detail = r.json()["detail"][0]
    assert detail["loc"] == ["body", "language"]
    assert "use one of sv, en, ar, fa, so, ti" in detail["msg"]
    r = client.patch(
        f"/api/participants/{world.p_a.id}", headers=world.headers_a, json={"language": language}
    )
    assert r.status_code == 422


@pytest.mark.parametrize(
    "body", [{"display_name": "   "}, {"display_name": None}, {"language": None}]
)
def test_patch_refuses_blank_required_fields(client, world, body):
    r = client.patch(f"/api/participants/{world.p_a.id}", headers=world.headers_a, json=body)
    assert r.status_code == 422
    got = client.get(f"/api/participants/{world.p_a.id}", headers=world.headers_a).json()
    assert got["display_name"] == "Amal A"


def test_patch_changes_only_what_is_sent(client, world):
    r = client.patch(
        f"/api/participants/{world.p_a.id}", headers=world.headers_a, json={"language": "sv"}
    )
    assert r.status_code == 200
    assert (r.json()["language"], r.json()["display_name"]) == ("sv", "Amal A")


def test_list_filters_by_name_and_active(client, session, world):
    org_a_coach = world.coach_a
    make_participant(session, coach=org_a_coach, display_name="Hawa Ali", language="so")
    gone = make_participant(session, coach=org_a_coach, display_name="Hassan", language="ar")
    client.patch(f"/api/participants/{gone.id}", headers=world.headers_a, json={"is_active": False})

    def names(query):
        r = client.get(f"/api/participants{query}", headers=world.headers_a)
        assert r.status_code == 200
        return [p["display_name"] for p in r.json()]

    assert names("") == ["Amal A", "Hassan", "Hawa Ali"]
    assert names("?q=ha") == ["Hassan", "Hawa Ali"]
    assert names("?q=HAWA") == ["Hawa Ali"]
    assert names("?active=true") == ["Amal A", "Hawa Ali"]
    assert names("?active=false") == ["Hassan"]
    assert names("?q=%25") == []  # a literal %, not a wildcard
    assert names("?limit=1&offset=1") == ["Hassan"]


# --- coaches of other organisations --------------------------------------------------


@pytest.mark.parametrize(
    "method, body",
    [("get", None), ("patch", {"display_name": "Renamed"}), ("patch", {"is_active": False})],
    ids=["read", "rename", "deactivate"],
)
def test_admin_gets_404_for_other_organisations_coach(client, session, world, method, body):
    admin = make_coach(session, session.get(Organisation, world.p_a.organisation_id), is_admin=True)
    headers = coach_headers(client, admin)
    r = call(client, method, f"/api/coaches/{world.coach_b.id}", body, headers)
    missing = call(client, method, f"/api/coaches/{world.coach_b.id + 10_000}", body, headers)
    assert r.status_code == 404
    assert (missing.status_code, missing.json()) == (404, r.json())
    # B's coach is untouched and still signed in.
    assert client.get("/api/auth/me", headers=world.headers_b).json()["display_name"] == (
        world.coach_b.display_name
    )


def test_only_admins_change_coaches(client, session, world):
    org_a = session.get(Organisation, world.p_a.organisation_id)
    colleague = make_coach(session, org_a)
    r = client.patch(
        f"/api/coaches/{colleague.id}", headers=world.headers_a, json={"is_admin": True}
    )
    assert r.status_code == 403
    # Reading a colleague is fine for any coach of the organisation.
    r = client.get(f"/api/coaches/{colleague.id}", headers=world.headers_a)
    assert (r.status_code, r.json()["is_admin"]) == (200, False)


def test_admin_deactivating_a_coach_ends_their_sessions(client, session, world):
    org_a = session.get(Organisation, world.p_a.organisation_id)
    admin = make_coach(session, org_a, is_admin=True)
    r = client.patch(
        f"/api/coaches/{world.coach_a.id}",
        headers=coach_headers(client, admin),
        json={"is_active": False},
    )
    assert r.status_code == 200
    assert r.json()["is_active"] is False
    assert client.get("/api/auth/me", headers=world.headers_a).status_code == 401
    login = {"email": world.coach_a.email, "password": PASSWORD}
    assert client.post("/api/auth/login", json=login).status_code == 401


@pytest.mark.parametrize("body", [{"is_admin": False}, {"is_active": False}])
def test_admin_cannot_lock_themself_out(client, session, world, body):
    admin = make_coach(session, session.get(Organisation, world.p_a.organisation_id), is_admin=True)
    headers = coach_headers(client, admin)
    r = client.patch(f"/api/coaches/{admin.id}", headers=headers, json=body)
    assert r.status_code == 409
    me = client.get("/api/auth/me", headers=headers)
    assert (me.status_code, me.json()["is_admin"]) == (200, True)


# --- participant tokens --------------------------------------------------------------


COACH_ENDPOINTS = [
    ("get", "/api/auth/me", None),
    ("post", "/api/auth/logout-all", None),
    ("get", "/api/organisations/me", None),
    ("get", "/api/coaches", None),
    ("get", "/api/coaches/{id}", None),
    ("patch", "/api/coaches/{id}", {"display_name": "Z"}),
    ("post", "/api/coaches", {"email": "z@example.org", "display_name": "Z", "password": "x" * 12}),
    ("get", "/api/participants", None),
    ("post", "/api/participants", {"display_name": "Z", "language": "sv"}),
] + PARTICIPANT_ENDPOINTS


@pytest.mark.parametrize("target", ["self", "other"])
@pytest.mark.parametrize("method, path, body", COACH_ENDPOINTS)
def test_participant_token_gets_403_on_coach_endpoints(client, world, method, path, body, target):
    p = world.p_a if target == "self" else world.p_b
    r = call(client, method, path.format(id=p.id), body, bearer(world.card_a))
    assert r.status_code == 403
    assert r.json() == {"detail": "This needs a coach's sign-in"}


def test_participant_reads_only_themself(client, world):
    r = client.get("/api/participant/me", headers=bearer(world.card_a))
    assert r.json() == {"id": world.p_a.id, "display_name": "Amal A", "language": "ar"}
    r = client.get(f"/api/participants/{world.p_b.id}", headers=bearer(world.card_a))
    assert r.status_code == 403


def test_coach_token_gets_403_on_participant_endpoint(client, world):
    r = client.get("/api/participant/me", headers=world.headers_a)
    assert r.status_code == 403
    assert r.json() == {"detail": "This needs a participant's sign-in"}


@pytest.mark.parametrize(
    "method, path, body", COACH_ENDPOINTS + [("get", "/api/participant/me", None)]
)
def test_no_token_is_401_everywhere(client, world, method, path, body):
    r = call(client, method, path.format(id=world.p_a.id), body, {})
    assert r.status_code == 401


def test_reissuing_a_card_makes_the_old_one_401_at_once(client, world):
    old = bearer(world.card_a)
    r = client.post(f"/api/participants/{world.p_a.id}/token", headers=world.headers_a)
    assert r.status_code == 201
    body = r.json()
    assert body["participant_id"] == world.p_a.id
    assert body["token"] != world.card_a
    assert client.get("/api/participant/me", headers=old).status_code == 401
    assert client.post("/api/auth/participant", json={"token": world.card_a}).status_code == 401
    new = bearer(body["token"])
    assert client.get("/api/participant/me", headers=new).status_code == 200
    assert client.post("/api/auth/participant", json={"token": body["token"]}).status_code == 200


def test_revoking_a_card_signs_the_device_out(client, world):
    r = client.delete(f"/api/participants/{world.p_a.id}/token", headers=world.headers_a)
    assert r.status_code == 204
    assert client.get("/api/participant/me", headers=bearer(world.card_a)).status_code == 401
    # Another participant's card is untouched.
    assert client.get("/api/participant/me", headers=bearer(world.card_b)).status_code == 200


def test_deactivated_participant_card_stops_and_no_new_card(client, world):
    r = client.patch(
        f"/api/participants/{world.p_a.id}", headers=world.headers_a, json={"is_active": False}
    )
    assert r.status_code == 200
    assert client.get("/api/participant/me", headers=bearer(world.card_a)).status_code == 401
    r = client.post(f"/api/participants/{world.p_a.id}/token", headers=world.headers_a)
    assert r.status_code == 409


def test_participant_headers_factory_signs_in(client, session):
    p = make_participant(session, language="ti")
    r = client.get("/api/participant/me", headers=participant_headers(session, p))
    assert r.json()["language"] == "ti"
