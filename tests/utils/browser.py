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


def type_into(page, label, value: str, *, attempts: int = 3) -> None:
    """Type into a Flutter text field like a person, and make sure it took.

    A click on the field's semantics node makes Flutter move its editing <input>
    there; keys sent before that lands are lost (on a busy machine "Amal" became
    "mal"). So wait for the focused input, type, and read back what the field holds,
    typing again if it is not the value."""
    box = page.get_by_role("textbox", name=label).first  # label: a text or a re.Pattern
    for _ in range(attempts):
        box.click()
        page.wait_for_function(_EDITING, timeout=15_000)
        page.keyboard.press("Control+A")
        page.keyboard.type(value, delay=20)
        if page.evaluate("() => document.activeElement.value") == value:
            return
    raise AssertionError(f"the field {label!r} would not take {value!r}")


_EDITING = "() => ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName)"


def tap(page, name: str, *, exact: bool = False) -> None:
    """Click a button once it is enabled (a busy screen disables its buttons, and a
    click on a disabled one is lost), where it is: its semantics node is rebuilt on
    every repaint."""
    from playwright.sync_api import expect

    button = page.get_by_role("button", name=name, exact=exact).first
    expect(button).to_be_enabled(timeout=30_000)
    box = button.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


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
