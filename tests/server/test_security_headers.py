"""Issue 12, point 4: /docs loads nothing from a third party (Swagger UI is served from
here, or turned off), and every HTML page and every download carries the security
headers: CSP with frame-ancestors, nosniff, Referrer-Policy."""

import re

import pytest
from fastapi.testclient import TestClient

from server.core.config import get_settings
from server.main import create_app
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


def assert_protected(r) -> None:
    csp = r.headers.get("content-security-policy", "")
    assert "frame-ancestors 'none'" in csp, (r.url, csp)
    assert r.headers.get("x-content-type-options") == "nosniff", r.url
    assert r.headers.get("referrer-policy") == "no-referrer", r.url
    assert r.headers.get("x-frame-options") == "DENY", r.url


def test_docs_come_from_this_server_only(client):
    r = client.get("/docs")
    assert r.status_code == 200
    assert_protected(r)
    html = r.text
    # Every script, style and icon is ours (a relative URL), none from a CDN.
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert refs and all(ref.startswith("/docs/assets/") for ref in refs), refs
    assert not re.search(r"https?://", html)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "http" not in csp
    for ref in refs:
        asset = client.get(ref)
        assert asset.status_code == 200, ref
        assert asset.headers["x-content-type-options"] == "nosniff"
        assert b"cdn.jsdelivr" not in asset.content
    init = client.get("/docs/assets/init.js").text
    assert '"/openapi.json"' in init
    assert client.get("/openapi.json").status_code == 200
    # FastAPI's own CDN pages are gone; nothing else of the package is reachable.
    assert client.get("/redoc").status_code == 404
    assert client.get("/docs/assets/index.html").status_code == 404
    assert client.get("/docs/assets/..%2F..%2F__init__.py").status_code == 404


def test_docs_can_be_turned_off(settings, monkeypatch):
    monkeypatch.setenv("STEGVIS_DOCS", "false")
    get_settings.cache_clear()
    with TestClient(create_app()) as c:
        assert c.get("/docs").status_code == 404
        assert c.get("/docs/assets/swagger-ui-bundle.js").status_code == 404


def test_html_pages_and_errors_carry_the_headers(client):
    for url in ("/s/", "/s/NO-SUCH-STATION", "/no/such/page"):
        r = client.get(url, headers={"Accept": "text/html"})
        assert r.headers["content-type"].startswith("text/html"), url
        assert_protected(r)


def test_downloads_carry_the_headers_and_a_sandbox(client, session):
    org = make_org(session)
    coach = make_coach(session, org, is_admin=True)
    p = make_participant(session, org, coach=coach)
    headers = coach_headers(client, coach)
    downloads = [
        client.get(f"/api/participants/{p.id}/export", headers=headers),
        client.post(f"/api/participants/{p.id}/card", headers=headers),
        client.get("/api/reports/organisation", params={"format": "csv"}, headers=headers),
    ]
    for r in downloads:
        assert r.status_code == 200, r.text
        assert r.headers["content-disposition"].startswith("attachment")
        assert_protected(r)
        # Opened in a tab by mistake, a download can run nothing.
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "sandbox" in csp


def test_json_and_static_files_carry_the_headers(client):
    for r in (
        client.get("/api/auth/me"),
        client.get("/static/station.css"),
        client.get("/static/pictograms/account_balance.svg"),
    ):
        assert_protected(r)


def test_a_stricter_policy_of_a_page_is_kept(client):
    # The station pages' hash-based policy is not replaced by the general one.
    r = client.get("/s/")
    assert "sha256-" in r.headers["content-security-policy"]
