"""Issue 12, point 3: card tokens stay out of the access log; cards have a lifetime the
coach chooses and can renew; every way of deactivating a participant revokes their
card and is audited, and reactivating never brings an old card back."""

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlmodel import select

from server.core.access_log import REDACTED, redact
from server.core.config import REPO_ROOT
from server.core.security import token_digest
from server.models import AccessToken
from tests.utils.factories import (
    coach_headers,
    make_coach,
    make_org,
    make_participant,
    use_fast_password_hashing,
)


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)


@pytest.fixture
def unit(client, session):
    org = make_org(session)
    coach = make_coach(session, org, is_admin=True)  # admins read the audit log
    p = make_participant(session, org, coach=coach)
    return coach, coach_headers(client, coach), p


def new_card(client, headers, pid, **params) -> dict:
    r = client.post(f"/api/participants/{pid}/token", headers=headers, params=params)
    assert r.status_code == 201, r.text
    return r.json()


def card_works(client, token: str) -> bool:
    r = client.get("/api/participant/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code in (200, 401), r.text
    return r.status_code == 200


def audit_actions(client, headers, pid) -> list[str]:
    r = client.get("/api/audit", params={"participant_id": pid}, headers=headers)
    assert r.status_code == 200, r.text
    return [e["action"] for e in reversed(r.json()["entries"])]


def days_from_now(iso: str) -> float:
    return (datetime.fromisoformat(iso) - datetime.now(UTC)).total_seconds() / 86400


# --- lifetimes and renewal --------------------------------------------------------------


def test_a_card_works_for_a_year_by_default(client, unit):
    _, headers, p = unit
    card = new_card(client, headers, p.id)
    assert 364.9 < days_from_now(card["expires_at"]) <= 365
    status = client.get(f"/api/participants/{p.id}/token", headers=headers).json()
    assert status["expires_at"] == card["expires_at"]
    assert status["expired"] is False


def test_the_coach_chooses_a_lifetime(client, unit):
    _, headers, p = unit
    card = new_card(client, headers, p.id, valid_days=30)
    assert 29.9 < days_from_now(card["expires_at"]) <= 30
    for nonsense in (0, -1, 100_000, "soon"):
        r = client.post(
            f"/api/participants/{p.id}/token", headers=headers, params={"valid_days": nonsense}
        )
        assert r.status_code == 422
    assert card_works(client, card["token"])  # the refused requests changed nothing


def days_left_on_live_card(session, participant_id: int) -> float:
    row = session.exec(
        select(AccessToken).where(
            AccessToken.participant_id == participant_id, AccessToken.revoked_at.is_(None)
        )
    ).one()
    expires = (
        row.expires_at.replace(tzinfo=UTC) if row.expires_at.tzinfo is None else row.expires_at
    )
    return (expires - datetime.now(UTC)).total_seconds() / 86400


def test_the_printed_card_has_the_lifetime_too(client, session, unit):
    _, headers, p = unit
    r = client.post(f"/api/participants/{p.id}/card", headers=headers, params={"valid_days": 90})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/pdf"
    assert 89.9 < days_left_on_live_card(session, p.id) <= 90


def test_a_card_printed_from_the_command_line_has_a_lifetime_too(session, unit, tmp_path):
    _, _, p = unit
    cmd = [sys.executable, "-m", "server.cli", "card", str(p.id), "--out", str(tmp_path / "c.pdf")]
    wrong = subprocess.run([*cmd, "--valid-days", "0"], cwd=REPO_ROOT, capture_output=True)
    assert wrong.returncode == 2 and b"--valid-days must be between 1 and" in wrong.stderr
    done = subprocess.run([*cmd, "--valid-days", "30"], cwd=REPO_ROOT, capture_output=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    session.expire_all()
    assert 29.9 < days_left_on_live_card(session, p.id) <= 30


def test_an_expired_card_stops_working_and_renewal_brings_it_back(client, session, unit):
    _, headers, p = unit
    card = new_card(client, headers, p.id)
    row = session.exec(
        select(AccessToken).where(AccessToken.token_hash == token_digest(card["token"]))
    ).one()
    row.expires_at = datetime.now(UTC) - timedelta(minutes=1)
    session.add(row)
    session.commit()
    assert not card_works(client, card["token"])
    status = client.get(f"/api/participants/{p.id}/token", headers=headers).json()
    assert status["expired"] is True
    r = client.post(
        f"/api/participants/{p.id}/token/renew", headers=headers, params={"valid_days": 180}
    )
    assert r.status_code == 200, r.text
    assert r.json()["expired"] is False
    assert 179.9 < days_from_now(r.json()["expires_at"]) <= 180
    assert card_works(client, card["token"])  # the same printed card, no reprint
    assert audit_actions(client, headers, p.id) == ["card_issued", "card_renewed"]


def test_renewing_without_a_card_is_a_conflict(client, unit):
    _, headers, p = unit
    r = client.post(f"/api/participants/{p.id}/token/renew", headers=headers)
    assert r.status_code == 409
    assert "no card" in r.json()["detail"]
    assert client.get(f"/api/participants/{p.id}/token", headers=headers).status_code == 404


# --- every way of deactivating revokes the card, audited --------------------------------


def test_patch_inactive_revokes_and_reactivation_does_not_revive(client, unit):
    _, headers, p = unit
    old = new_card(client, headers, p.id)["token"]
    r = client.patch(f"/api/participants/{p.id}", json={"is_active": False}, headers=headers)
    assert r.status_code == 200 and r.json()["is_active"] is False
    assert not card_works(client, old)
    r = client.patch(f"/api/participants/{p.id}", json={"is_active": True}, headers=headers)
    assert r.status_code == 200 and r.json()["is_active"] is True
    assert not card_works(client, old)  # the old card stays dead
    fresh = new_card(client, headers, p.id)["token"]
    assert card_works(client, fresh)
    assert audit_actions(client, headers, p.id) == [
        "card_issued",
        "deactivated",
        "reactivated",
        "card_issued",
    ]


def test_a_card_left_live_by_an_older_version_is_revoked_on_reactivation(client, session, unit):
    _, headers, p = unit
    old = new_card(client, headers, p.id)["token"]
    p.is_active = False  # as the old PATCH did: inactive, card not revoked
    session.add(p)
    session.commit()
    r = client.patch(f"/api/participants/{p.id}", json={"is_active": True}, headers=headers)
    assert r.status_code == 200
    assert not card_works(client, old)


def test_patching_other_fields_keeps_the_card(client, unit):
    _, headers, p = unit
    card = new_card(client, headers, p.id)["token"]
    r = client.patch(
        f"/api/participants/{p.id}",
        json={"display_name": "Amal", "is_active": True},
        headers=headers,
    )
    assert r.status_code == 200
    assert card_works(client, card)
    assert audit_actions(client, headers, p.id) == ["card_issued"]


@pytest.mark.parametrize(
    "method, path, body, action",
    [
        ("post", "/deactivate", None, "deactivated"),
        ("post", "/exit", {"reason": "work"}, "exited"),  # dated when sent
        ("delete", "/token", None, "card_revoked"),
        ("delete", "", None, "erased"),
    ],
)
def test_every_deactivation_path_revokes_and_is_audited(client, unit, method, path, body, action):
    _, headers, p = unit
    old = new_card(client, headers, p.id)["token"]
    if body is not None:  # today as the request is made: a run may cross midnight
        body = {**body, "date": datetime.now(UTC).date().isoformat()}
    r = client.request(method, f"/api/participants/{p.id}{path}", json=body, headers=headers)
    assert r.status_code in (200, 204), r.text
    assert not card_works(client, old)
    assert audit_actions(client, headers, p.id)[-1] == action


# --- tokens out of the access log -------------------------------------------------------


def test_redaction_of_token_bearing_paths():
    t = "Zk3v9xQ_-a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVw"
    assert t not in redact(f"/app/signin/{t}")
    assert redact(f"/app/signin/{t}") == f"/app/signin/{REDACTED}"
    assert redact(f"/app/signin/{t}/") == f"/app/signin/{REDACTED}/"
    assert redact(f"/x?token={t}&lang=ar") == f"/x?token={REDACTED}&lang=ar"
    assert redact("/s/ABC123?lang=ar") == "/s/ABC123?lang=ar"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_servers_access_log_never_holds_a_card_token(settings, session, tmp_path):
    """`stegvis serve` on loopback, as deployed: open a card's URL, read the log."""
    p = make_participant(session, make_org(session))
    from server.services.auth import issue_participant_token

    token = issue_participant_token(session=session, participant=p)
    port = _free_port()
    log_file = tmp_path / "server.log"
    with open(log_file, "wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve", "--port", str(port)],
            cwd=REPO_ROOT,
            env={**os.environ},  # the test's database and folders (settings fixture)
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(300):
                try:
                    if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            else:
                pytest.fail(f"server did not start: {log_file.read_text()}")
            httpx.get(f"{base}/app/signin/{token}", timeout=10)
            httpx.get(f"{base}/api/participant/me?token={token}", timeout=10)
            r = httpx.get(
                f"{base}/api/participant/me", headers={"Authorization": f"Bearer {token}"}
            )
            assert r.status_code == 200  # the card itself works
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(timeout=30)
    log = log_file.read_text()
    assert "GET /app/signin/[redacted]" in log, log
    assert f"token={REDACTED}" in log
    assert token not in log
