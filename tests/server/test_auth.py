"""Signing in and out: coaches (password, token, cookie) and participants (card token).

Runs on SQLite and PostgreSQL through the `client` / `session` fixtures.
"""

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import Type
from fastapi.testclient import TestClient
from sqlmodel import select

from server.api.deps import SESSION_COOKIE
from server.core import security
from server.core.config import get_settings
from server.core.security import token_digest
from server.main import create_app
from server.models import AccessToken, Coach
from server.services import accounts
from tests.utils.factories import (
    PASSWORD,
    coach_headers,
    coach_token,
    make_coach,
    make_org,
    make_participant,
    participant_token,
    use_fast_password_hashing,
)


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)


WRONG = "Wrong email or password."
SAME_SITE = {"Origin": "http://testserver"}
# Captured before any test swaps in the fast hasher: what production uses.
PRODUCTION_HASHER = security._hasher


def login(client, email, password):
    return client.post("/api/auth/login", json={"email": email, "password": password})


# --- coach sign-in -------------------------------------------------------------


def test_login_returns_token_coach_and_expiry(client, session, settings):
    coach = make_coach(session, display_name="Lina Berg")
    before = datetime.now(UTC)
    r = login(client, coach.email, PASSWORD)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["token_type"] == "bearer"
    assert body["coach"] == {
        "id": coach.id,
        "email": coach.email,
        "display_name": "Lina Berg",
        "organisation_id": coach.organisation_id,
        "is_admin": False,
        "is_active": True,
        # Issue 10: roles, as flags and as a list.
        "is_coach": True,
        "is_language_support": False,
        "is_library_editor": False,
        "roles": ["coach"],
    }
    assert "password_hash" not in body["coach"]
    expires = datetime.fromisoformat(body["expires_at"])
    expected = before + timedelta(hours=settings.coach_session_hours)
    assert abs((expires - expected).total_seconds()) < 60
    me = client.get("/api/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json()["email"] == coach.email


def test_login_email_is_case_and_space_insensitive(client, session):
    coach = make_coach(session, email="Anna.Svensson@Example.org")
    assert coach.email == "anna.svensson@example.org"
    assert login(client, "  ANNA.svensson@example.ORG ", PASSWORD).status_code == 200


@pytest.mark.parametrize(
    "email, password",
    [
        ("known", "wrong password 123"),
        ("nobody@example.org", PASSWORD),
        ("not-an-email", PASSWORD),
        ("known", ""),
    ],
    ids=["wrong-password", "unknown-email", "malformed-email", "empty-password"],
)
def test_wrong_login_is_401_with_one_message(client, session, email, password):
    coach = make_coach(session)
    r = login(client, coach.email if email == "known" else email, password)
    assert r.status_code == 401
    # One message for every case: it does not tell which part was wrong.
    assert r.json() == {"detail": WRONG}
    assert SESSION_COOKIE not in r.cookies


def test_deactivated_coach_cannot_sign_in(client, session):
    coach = make_coach(session)
    coach.is_active = False
    session.add(coach)
    session.commit()
    r = login(client, coach.email, PASSWORD)
    assert r.status_code == 401
    assert r.json() == {"detail": WRONG}


def test_login_sets_httponly_samesite_cookie(client, session):
    coach = make_coach(session)
    r = login(client, coach.email, PASSWORD)
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}={r.json()['access_token']};")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Path=/" in cookie
    assert "Secure" not in cookie  # cookie_secure is off by default (plain http on a LAN)


def test_cookie_is_secure_when_configured(settings, session, monkeypatch):
    coach = make_coach(session)
    monkeypatch.setenv("STEGVIS_COOKIE_SECURE", "true")
    get_settings.cache_clear()
    with TestClient(create_app()) as c:
        r = login(c, coach.email, PASSWORD)
    assert r.status_code == 200
    assert "Secure" in r.headers["set-cookie"]


def test_cookie_sign_in_works_for_me(client, session):
    coach = make_coach(session)
    assert login(client, coach.email, PASSWORD).status_code == 200
    # No Authorization header: the browser's cookie alone signs the coach in.
    r = client.get("/api/auth/me")
    assert r.status_code == 200
    assert r.json()["id"] == coach.id


def test_without_any_token_me_is_401(client):
    r = client.get("/api/auth/me")
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("token", ["garbage", "Bearer", "x" * 500])
def test_unknown_token_is_401(client, token):
    r = client.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_logout_revokes_token_and_clears_cookie(client, session):
    coach = make_coach(session)
    token = login(client, coach.email, PASSWORD).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    other = coach_headers(client, coach)  # a second session of the same coach
    r = client.post("/api/auth/logout", headers=headers)
    assert r.status_code == 204
    assert f'{SESSION_COOKIE}=""' in r.headers["set-cookie"]
    assert "Max-Age=0" in r.headers["set-cookie"]
    assert client.get("/api/auth/me", headers=headers).status_code == 401
    # Only that session ended.
    assert client.get("/api/auth/me", headers=other).status_code == 200
    # Signing out again is harmless.
    assert client.post("/api/auth/logout", headers=headers).status_code == 204


def test_logout_with_cookie_ends_the_cookie_session(client, session):
    coach = make_coach(session)
    token = login(client, coach.email, PASSWORD).json()["access_token"]
    # A browser sends its page's origin with every POST (issue 12: checked for cookies).
    assert client.post("/api/auth/logout", headers=SAME_SITE).status_code == 204
    assert client.get("/api/auth/me").status_code == 401
    assert (
        client.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    )


def test_logout_everywhere_ends_every_session(client, session):
    coach = make_coach(session)
    first, second = coach_headers(client, coach), coach_headers(client, coach)
    other_coach = coach_headers(client, make_coach(session))
    assert client.post("/api/auth/logout-all", headers=first).status_code == 204
    assert client.get("/api/auth/me", headers=first).status_code == 401
    assert client.get("/api/auth/me", headers=second).status_code == 401
    assert client.get("/api/auth/me", headers=other_coach).status_code == 200


def test_expired_session_is_refused(client, session):
    coach = make_coach(session)
    token = coach_token(client, coach)
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/auth/me", headers=headers).status_code == 200
    row = session.exec(
        select(AccessToken).where(AccessToken.token_hash == token_digest(token))
    ).one()
    row.expires_at = datetime.now(UTC) - timedelta(seconds=1)
    session.add(row)
    session.commit()
    assert client.get("/api/auth/me", headers=headers).status_code == 401


def test_tokens_are_stored_only_as_hashes(client, session):
    coach = make_coach(session)
    token = coach_token(client, coach)
    hashes = session.exec(select(AccessToken.token_hash)).all()
    assert token_digest(token) in hashes
    assert token not in hashes


def test_too_many_failed_logins_are_throttled(client, session):
    coach = make_coach(session)
    bystander = make_coach(session)
    for _ in range(10):
        r = login(client, coach.email, "wrong password 123")
        if r.status_code == 429:
            break
        assert r.status_code == 401
    # Issue 12: an unknown browser (this client never signed in) waits, even with
    # the right password; the owner's own browser does not (tests/server/test_login_limiter.py).
    r = login(client, coach.email, PASSWORD)
    assert r.status_code == 429
    assert int(r.headers["retry-after"]) > 0
    assert "Too many failed sign-ins" in r.json()["detail"]
    # Another coach's sign-in is not blocked by it.
    assert login(client, bystander.email, PASSWORD).status_code == 200


def test_malformed_json_is_422_with_fastapi_detail(client):
    r = client.post(
        "/api/auth/login",
        content=b'{"email": "a@b.se", ',
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 422
    assert r.json()["detail"][0]["type"] == "json_invalid"


def test_missing_fields_are_422(client):
    r = client.post("/api/auth/login", json={"email": "a@example.org"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body", "password"]


# --- passwords and account creation (also what `stegvis create-coach` calls) ----


def test_production_password_hashing_is_argon2id_with_real_costs():
    # The tests here hash with tiny costs for speed; the app itself must not.
    assert PRODUCTION_HASHER.type is Type.ID
    assert PRODUCTION_HASHER.memory_cost >= 19 * 1024  # OWASP's minimum for argon2id
    assert PRODUCTION_HASHER.time_cost >= 2


def test_passwords_are_stored_as_argon2id_hashes(session):
    coach = make_coach(session, password="a long secret phrase")
    stored = session.exec(select(Coach).where(Coach.id == coach.id)).one()
    assert stored.password_hash.startswith("$argon2id$")
    assert "a long secret phrase" not in stored.password_hash
    assert accounts.authenticate_coach(
        session=session, email=coach.email, password="a long secret phrase"
    )
    assert accounts.authenticate_coach(session=session, email=coach.email, password="other") is None


@pytest.mark.parametrize(
    "password, says",
    [
        ("short", "at least 10 characters"),
        ("aaaaaaaaaaaa", "too few characters"),
        ("kim@example.org", "must not be the email"),
        ("x" * 201, "too long"),
    ],
)
def test_create_coach_refuses_weak_passwords(session, password, says):
    org = make_org(session)
    with pytest.raises(accounts.WeakPasswordError, match=says):
        accounts.create_coach(
            session=session,
            organisation=org,
            email="kim@example.org",
            display_name="Kim",
            password=password,
            is_admin=False,
        )
    assert session.exec(select(Coach)).all() == []


def test_create_coach_refuses_duplicate_email(session):
    coach = make_coach(session)
    with pytest.raises(ValueError, match="already exists"):
        make_coach(session, email=coach.email.upper())


def test_create_coach_refuses_invalid_email(session):
    with pytest.raises(ValueError, match="not a valid email"):
        make_coach(session, email="no-at-sign")


def test_create_organisation_checks_slug(session):
    make_org(session, slug="arvika-ame")
    with pytest.raises(ValueError, match="already exists"):
        make_org(session, slug="arvika-ame")
    with pytest.raises(ValueError, match="not valid"):
        make_org(session, slug="Arvika AME!")


# --- coaches API -----------------------------------------------------------------


def test_coaches_list_shows_only_own_organisation(client, session):
    org = make_org(session)
    me = make_coach(session, org)
    colleague = make_coach(session, org)
    stranger = make_coach(session)
    r = client.get("/api/coaches", headers=coach_headers(client, me))
    assert r.status_code == 200
    ids = {c["id"] for c in r.json()}
    assert ids == {me.id, colleague.id}
    assert stranger.id not in ids


def test_admin_adds_coach_to_own_organisation_only(client, session):
    org = make_org(session)
    admin = make_coach(session, org, is_admin=True)
    other_org = make_org(session)
    r = client.post(
        "/api/coaches",
        headers=coach_headers(client, admin),
        json={
            "email": "new.coach@example.org",
            "display_name": "New Coach",
            "password": "another long secret",
            "organisation_id": other_org.id,  # ignored: the admin's own organisation
        },
    )
    assert r.status_code == 201, r.text
    assert r.json()["organisation_id"] == org.id
    assert login(client, "new.coach@example.org", "another long secret").status_code == 200


def test_non_admin_cannot_add_coaches(client, session):
    coach = make_coach(session)
    r = client.post(
        "/api/coaches",
        headers=coach_headers(client, coach),
        json={"email": "x@example.org", "display_name": "X", "password": "another long secret"},
    )
    assert r.status_code == 403
    assert session.exec(select(Coach).where(Coach.email == "x@example.org")).first() is None


@pytest.mark.parametrize(
    "body, status, field",
    [
        ({"display_name": "X", "password": "another long secret"}, 409, None),
        ({"email": "y@example.org", "display_name": "X", "password": "short"}, 422, "password"),
        (
            {"email": "y@example.org", "display_name": "X", "password": "aaaaaaaaaaaa"},
            422,
            "password",
        ),
        ({"email": "nope", "display_name": "X", "password": "another long secret"}, 422, "email"),
    ],
    ids=["duplicate", "too-short", "too-simple", "bad-email"],
)
def test_add_coach_bad_input(client, session, body, status, field):
    admin = make_coach(session, is_admin=True)
    body = {"email": admin.email, **body}
    r = client.post("/api/coaches", headers=coach_headers(client, admin), json=body)
    assert r.status_code == status, r.text
    if field:
        assert r.json()["detail"][0]["loc"] == ["body", field]


def test_organisation_me(client, session):
    org = make_org(session, name="Arvika AME", slug="arvika-ame")
    coach = make_coach(session, org)
    r = client.get("/api/organisations/me", headers=coach_headers(client, coach))
    assert r.json() == {"id": org.id, "name": "Arvika AME", "slug": "arvika-ame"}


# --- participant sign-in ------------------------------------------------------------


def test_participant_signs_in_with_card_token(client, session):
    p = make_participant(session, display_name="Amal", language="ar")
    token = participant_token(session, p)
    r = client.post("/api/auth/participant", json={"token": token})
    assert r.status_code == 200
    assert r.json() == {"id": p.id, "display_name": "Amal", "language": "ar"}
    me = client.get("/api/participant/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json() == r.json()


@pytest.mark.parametrize("kind", ["unknown", "coach", "deactivated", "revoked"])
def test_participant_sign_in_refuses_what_is_not_a_live_card(client, session, kind):
    p = make_participant(session)
    token = participant_token(session, p)
    if kind == "unknown":
        token = "not-a-real-token"
    elif kind == "coach":
        token = coach_token(client, make_coach(session))
    elif kind == "deactivated":
        p.is_active = False
        session.add(p)
        session.commit()
    else:
        participant_token(session, p)  # a new card makes this one stale
    r = client.post("/api/auth/participant", json={"token": token})
    assert r.status_code == 401
    assert r.json() == {"detail": "Sign-in card not valid (revoked or unknown)"}


def test_participant_cannot_sign_out_its_card(client, session):
    p = make_participant(session)
    headers = {"Authorization": f"Bearer {participant_token(session, p)}"}
    assert client.post("/api/auth/logout", headers=headers).status_code == 403
    assert client.get("/api/participant/me", headers=headers).status_code == 200


# --- the service around it ------------------------------------------------------------


def test_openapi_lists_the_accounts_routes(client):
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path, method in [
        ("/api/auth/login", "post"),
        ("/api/auth/logout", "post"),
        ("/api/auth/logout-all", "post"),
        ("/api/auth/me", "get"),
        ("/api/auth/participant", "post"),
        ("/api/participant/me", "get"),
        ("/api/organisations/me", "get"),
        ("/api/coaches", "get"),
        ("/api/coaches", "post"),
        ("/api/coaches/{coach_id}", "get"),
        ("/api/coaches/{coach_id}", "patch"),
        ("/api/participants", "get"),
        ("/api/participants", "post"),
        ("/api/participants/{participant_id}", "get"),
        ("/api/participants/{participant_id}", "patch"),
        ("/api/participants/{participant_id}/token", "post"),
        ("/api/participants/{participant_id}/token", "delete"),
    ]:
        assert method in paths.get(path, {}), f"{method.upper()} {path} missing from OpenAPI"


@pytest.mark.parametrize(
    "url",
    ["sqlite:////nonexistent-stegvis-dir/x.db", "postgresql://postgres@127.0.0.1:1/stegvis_down"],
    ids=["sqlite", "postgresql"],
)
def test_database_down_is_a_clear_503(monkeypatch, tmp_path, url):
    monkeypatch.setenv("STEGVIS_DATABASE_URL", url)
    monkeypatch.setenv("STEGVIS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("STEGVIS_MOUNT_CLIENT", "false")
    get_settings.cache_clear()
    try:
        with TestClient(create_app(), raise_server_exceptions=False) as c:
            for method, path, kwargs in [
                ("post", "/api/auth/login", {"json": {"email": "a@b.se", "password": "x"}}),
                ("get", "/api/participants", {"headers": {"Authorization": "Bearer abc"}}),
            ]:
                r = c.request(method, path, **kwargs)
                assert r.status_code == 503, r.text
                assert r.json() == {
                    "detail": "The database is not reachable right now. "
                    "Please try again in a minute."
                }
    finally:
        get_settings.cache_clear()
