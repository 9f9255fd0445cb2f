import pytest

from tests.client.live import LiveServer


@pytest.fixture
def live_server(settings):
    from server.main import create_app

    server = LiveServer(create_app()).start()
    yield server
    server.stop()
