"""Start the participant's app.

- In the phone's browser: the static app built by `stegvis build-client` and served at
  /app runs this module in Pyodide (the build's main.py calls run()); it talks to the
  server it was loaded from, keeps everything in the browser's storage, and needs no
  Python session on the server.
- On its own (desktop, or `flet run`): STEGVIS_API_URL points at the server; the device
  store is a local folder.
The coach area is served by the server itself (server mode, /app/coach: server/main.py).
"""

import os
from pathlib import Path

import flet as ft

from client.api import IN_BROWSER
from client.app import build_main, card_token_in
from client.storage import FileStore

ASSETS = Path(__file__).resolve().parent / "assets"


def run(assets_path: str | None = None) -> None:
    if IN_BROWSER:
        run_in_browser(assets_path or "/app/")
        return
    api_url = os.environ.get("STEGVIS_API_URL", "http://127.0.0.1:8000")
    folder = Path(os.environ.get("STEGVIS_CLIENT_DATA", Path.home() / ".stegvis-client"))
    ft.run(
        build_main(api_url, store_factory=lambda _page: FileStore(folder)), assets_dir=str(ASSETS)
    )


def run_in_browser(assets_path: str) -> None:
    from urllib.parse import urlsplit

    import flet_js  # the page's address as it was opened, before the token was removed

    url = str(flet_js.documentUrl)
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    ft.run(
        build_main(
            origin, coach_area=False, card_token=card_token_in(url), assets_url=origin + assets_path
        )
    )


if __name__ == "__main__":
    run()
