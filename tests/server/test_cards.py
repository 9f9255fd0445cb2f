"""POST /api/participants/{id}/card: the printable sign-in card, on SQLite and PostgreSQL.

The PDF is rendered to PNG with pdftoppm and its QR decoded with zbarimg (real
tools, not our own code), and the decoded URL's token must sign the participant in.
"""

import shutil
import subprocess

import pytest

from tests.utils.factories import (
    coach_headers,
    make_coach,
    make_org,
    make_participant,
    participant_headers,
    use_fast_password_hashing,
)

TOOLS = shutil.which("pdftoppm") and shutil.which("zbarimg")


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)


def decode_pdf_qr(pdf: bytes, tmp_path) -> list[str]:
    src = tmp_path / "card.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(src), str(tmp_path / "page")], check=True)
    out = subprocess.run(
        ["zbarimg", "--raw", "-q", *map(str, tmp_path.glob("page*.png"))],
        capture_output=True,
        text=True,
    )
    return out.stdout.split()


@pytest.mark.skipif(not TOOLS, reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools)")
def test_card_pdf_qr_signs_in_and_the_old_card_stops_working(client, session, settings, tmp_path):
    org = make_org(session)
    coach = make_coach(session, org)
    p = make_participant(session, org, coach=coach, display_name="Amal", language="ar")
    old = participant_headers(session, p)
    assert client.get("/api/participant/me", headers=old).status_code == 200

    resp = client.post(f"/api/participants/{p.id}/card", headers=coach_headers(client, coach))
    assert resp.status_code == 200
    assert resp.headers["content-type"] == "application/pdf"
    assert resp.content.startswith(b"%PDF")
    assert "no-store" in resp.headers["cache-control"]

    urls = decode_pdf_qr(resp.content, tmp_path)
    prefix = f"{settings.public_base_url.rstrip('/')}/app/signin/"
    assert len(urls) == 1 and urls[0].startswith(prefix), urls
    token = urls[0][len(prefix) :]
    me = client.post("/api/auth/participant", json={"token": token})
    assert me.status_code == 200 and me.json()["id"] == p.id
    # The card printed before this one no longer works.
    assert client.get("/api/participant/me", headers=old).status_code == 401


def test_card_of_another_organisation_is_404_and_changes_nothing(client, session):
    coach_a = make_coach(session, make_org(session))
    org_b = make_org(session)
    p_b = make_participant(session, org_b, coach=make_coach(session, org_b))
    card_b = participant_headers(session, p_b)
    resp = client.post(f"/api/participants/{p_b.id}/card", headers=coach_headers(client, coach_a))
    assert resp.status_code == 404
    assert resp.json()["detail"] == "No such participant"
    missing = client.post("/api/participants/999999/card", headers=coach_headers(client, coach_a))
    assert missing.status_code == 404
    # B's participant's card still works: nothing was reissued.
    assert client.get("/api/participant/me", headers=card_b).status_code == 200


def test_card_needs_a_coach_and_an_active_participant(client, session):
    org = make_org(session)
    coach = make_coach(session, org)
    p = make_participant(session, org, coach=coach)
    assert client.post(f"/api/participants/{p.id}/card").status_code == 401
    card = participant_headers(session, p)
    assert client.post(f"/api/participants/{p.id}/card", headers=card).status_code == 403
    h = coach_headers(client, coach)
    assert client.post(f"/api/participants/{p.id}/deactivate", headers=h).status_code == 200
    resp = client.post(f"/api/participants/{p.id}/card", headers=h)
    assert resp.status_code == 409 and "deactivated" in resp.json()["detail"]


def test_a_card_that_cannot_be_made_leaves_the_current_card_working(client, session, monkeypatch):
    from server.services import qr

    org = make_org(session)
    coach = make_coach(session, org)
    p = make_participant(session, org, coach=coach, display_name="Amal", language="ar")
    current = participant_headers(session, p)

    def broken_printer(**_):
        raise ValueError("the card could not be drawn")

    monkeypatch.setattr(qr, "signin_card_pdf", broken_printer)
    resp = client.post(f"/api/participants/{p.id}/card", headers=coach_headers(client, coach))
    assert resp.status_code == 422
    assert "could not be drawn" in resp.text
    # Nothing was lost: the card the participant holds still signs them in.
    assert client.get("/api/participant/me", headers=current).status_code == 200
