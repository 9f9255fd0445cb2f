"""A database that is down gets a clear 503, on the pages and on the API, never a stack trace."""

import pytest
from fastapi.testclient import TestClient

from server.core.config import get_settings
from server.main import create_app


@pytest.fixture
def client_without_database(tmp_path, monkeypatch):
    # Port 1 on loopback refuses at once: the same error a stopped PostgreSQL gives.
    monkeypatch.setenv("STEGVIS_DATABASE_URL", "postgresql://stegvis@127.0.0.1:1/stegvis")
    monkeypatch.setenv("STEGVIS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("STEGVIS_MOUNT_CLIENT", "false")
    get_settings.cache_clear()
    with TestClient(create_app(), raise_server_exceptions=False) as client:
        yield client
    get_settings.cache_clear()


@pytest.mark.parametrize(
    "path",
    ["/api/catalog?lang=ar", "/api/participants", "/api/progress/me"],
)
def test_api_says_the_database_is_unreachable(client_without_database, path):
    response = client_without_database.get(path, headers={"Authorization": "Bearer x"})
    assert response.status_code == 503
    assert "database is not reachable" in response.json()["detail"]
    assert response.headers["retry-after"] == "30"


def test_station_page_is_a_friendly_503(client_without_database):
    client_without_database.cookies.set("stegvis_lang", "ar")
    response = client_without_database.get("/s/gardin")
    assert response.status_code == 503
    assert "Traceback" not in response.text
    assert "OperationalError" not in response.text
