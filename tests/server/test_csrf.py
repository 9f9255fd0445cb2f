"""Issue 12, point 1: a page on another site cannot use the coach's session cookie
to change anything (cross-site form posts fail); bearer-token clients are unaffected."""

import pytest
from sqlmodel import select

from server.api.deps import SESSION_COOKIE
from server.api.middleware import CSRF_REFUSED
from server.models import AccessToken, Participant
from tests.utils.factories import (
    PASSWORD,
    coach_headers,
    make_coach,
    make_participant,
    use_fast_password_hashing,
)

EVIL = "https://evil.example"
# What a browser sends with an HTML form that another site auto-submits.
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)


def cookie_session(client, coach) -> None:
    """Sign in as a browser does: the session cookie stays in the client's jar."""
    r = client.post("/api/auth/login", json={"email": coach.email, "password": PASSWORD})
    assert r.status_code == 200
    assert SESSION_COOKIE in client.cookies


def test_cross_site_form_post_cannot_deactivate(client, session):
    coach = make_coach(session)
    p = make_participant(session, coach=coach)
    cookie_session(client, coach)
    r = client.post(
        f"/api/participants/{p.id}/deactivate",
        content=b"x=1",
        headers={**FORM, "Origin": EVIL, "Referer": f"{EVIL}/win-a-prize"},
    )
    assert r.status_code == 403
    assert r.json() == {"detail": CSRF_REFUSED}
    session.refresh(p)
    assert session.get(Participant, p.id).is_active


def test_cross_site_form_post_cannot_issue_a_card(client, session):
    coach = make_coach(session)
    p = make_participant(session, coach=coach)
    cookie_session(client, coach)
    r = client.post(
        f"/api/participants/{p.id}/token", content=b"", headers={**FORM, "Origin": EVIL}
    )
    assert r.status_code == 403
    assert session.exec(select(AccessToken).where(AccessToken.participant_id == p.id)).all() == []


@pytest.mark.parametrize(
    "headers",
    [
        {},  # neither Origin nor Referer: cannot tell where it comes from
        {"Origin": "null"},  # sandboxed frames, data: pages
        {"Referer": f"{EVIL}/page"},
        {"Origin": "http://testserver.evil.example"},
        {"Origin": "http://testserver:8443"},
    ],
)
def test_cookie_state_changes_need_our_own_origin(client, session, headers):
    coach = make_coach(session)
    p = make_participant(session, coach=coach)
    cookie_session(client, coach)
    r = client.patch(f"/api/participants/{p.id}", json={"display_name": "Changed"}, headers=headers)
    assert r.status_code == 403
    session.refresh(p)
    assert p.display_name != "Changed"


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://testserver"},  # the public base URL (settings fixture)
        {"Referer": "http://testserver/app/coach"},  # older browsers: Referer only
    ],
)
def test_our_own_pages_may_change_things_with_the_cookie(client, session, headers):
    coach = make_coach(session)
    p = make_participant(session, coach=coach)
    cookie_session(client, coach)
    r = client.patch(f"/api/participants/{p.id}", json={"display_name": "Changed"}, headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["display_name"] == "Changed"


def test_reads_with_the_cookie_are_not_affected(client, session):
    coach = make_coach(session)
    cookie_session(client, coach)
    assert client.get("/api/auth/me", headers={"Origin": EVIL}).status_code == 200


def test_bearer_requests_are_not_affected(client, session):
    coach = make_coach(session)
    p = make_participant(session, coach=coach)
    headers = coach_headers(client, coach)  # drops the cookie: the token is all there is
    r = client.post(f"/api/participants/{p.id}/deactivate", headers={**headers, "Origin": EVIL})
    assert r.status_code == 200
    assert r.json()["is_active"] is False


def test_another_site_cannot_sign_a_browser_in(client, session):
    coach = make_coach(session)
    body = {"email": coach.email, "password": PASSWORD}
    r = client.post("/api/auth/login", json=body, headers={"Origin": EVIL})
    assert r.status_code == 403
    assert SESSION_COOKIE not in client.cookies
    # API clients (no Origin) and our own pages sign in as before.
    assert client.post("/api/auth/login", json=body).status_code == 200
    r = client.post("/api/auth/login", json=body, headers={"Origin": "http://testserver"})
    assert r.status_code == 200


def test_trusted_origins_are_configurable(settings, session, monkeypatch):
    from fastapi.testclient import TestClient

    from server.core.config import get_settings
    from server.main import create_app

    monkeypatch.setenv("STEGVIS_CSRF_TRUSTED_ORIGINS", "https://coach.example.se")
    get_settings.cache_clear()
    coach = make_coach(session)
    p = make_participant(session, coach=coach)
    with TestClient(create_app()) as c:
        cookie_session(c, coach)
        ok = {"Origin": "https://coach.example.se"}
        assert c.post(f"/api/participants/{p.id}/deactivate", headers=ok).status_code == 200
        bad = {"Origin": EVIL}
        assert c.post(f"/api/participants/{p.id}/deactivate", headers=bad).status_code == 403
