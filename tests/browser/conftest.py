"""The Stegvis server with the Flet web client mounted, on loopback, and a browser."""

import os
import subprocess
import sys
import time

import httpx
import pytest

from server.core.config import REPO_ROOT
from tests.client.live import free_port
from tests.utils.browser import ARGS, CHROMIUM


class ServerProcess:
    """`stegvis serve` in a process of its own, as in production: each test gets a
    fresh Flet (its app manager and sessions are process-wide state)."""

    def __init__(self, port: int):
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self._proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60.0) -> "ServerProcess":
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve", "--port", str(self.port)],
            cwd=REPO_ROOT,
            env=os.environ.copy(),
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"the server exited with {self._proc.returncode}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self._proc.kill()
            self._proc = None


@pytest.fixture(scope="session")
def built_client():
    """The participant's static app, as `stegvis build-client` makes it (once; a no-op
    when the build is up to date)."""
    from server.core.config import get_settings
    from server.services.client_build import build_client

    return build_client(get_settings().client_build_dir)


@pytest.fixture
def app_server(settings, monkeypatch, built_client):
    """A real server on a free loopback port with /app mounted, on the test's database."""
    from server.core.config import get_settings

    port = free_port()
    monkeypatch.setenv("STEGVIS_PUBLIC_BASE_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("STEGVIS_MOUNT_CLIENT", "true")
    get_settings.cache_clear()
    server = ServerProcess(port).start()
    yield server
    server.stop()
    get_settings.cache_clear()


@pytest.fixture
def browser_args() -> list[str]:
    """Chromium's flags; a module overrides this fixture to add some (a fake microphone)."""
    return ARGS


@pytest.fixture
def browser(browser_args):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=browser_args)
        yield b
        b.close()
