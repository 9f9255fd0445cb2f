"""Headless Debian Chromium for the browser tests, and Flutter's page quirks."""

from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--enable-unsafe-swiftshader",
]
# A fake microphone (a beeping tone) that needs no permission prompt.
FAKE_MICROPHONE = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]

needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="needs Debian chromium at /usr/bin/chromium (apt-get install chromium)",
)


def semantics_on(page) -> None:
    """Flutter draws on a canvas; its accessibility tree appears once asked for."""
    page.wait_for_selector("flt-semantics-placeholder", state="attached", timeout=30_000)
    page.locator("flt-semantics-placeholder").dispatch_event("click")


def watch_missing_files(page) -> list[str]:
    """Every /app file the page asked for and did not get (fonts above all: a missing
    font leaves Flutter's screen without a single word, while its accessibility tree,
    which the tests read, still holds them all). Filled in as the page loads."""
    missing: list[str] = []

    def on_response(response) -> None:
        if "/app/" in response.url and response.status == 404:
            missing.append(response.url)

    page.on("response", on_response)
    return missing
