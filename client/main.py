"""Start the participant's app on its own (desktop, or `flet run --web`).

Inside the server it is mounted at /app instead (server/main.py).
STEGVIS_API_URL points at the server; the device store is a local folder.
"""

import os
from pathlib import Path

import flet as ft

from client.app import build_main
from client.storage import FileStore

ASSETS = Path(__file__).resolve().parent / "assets"


def run() -> None:
    api_url = os.environ.get("STEGVIS_API_URL", "http://127.0.0.1:8000")
    folder = Path(os.environ.get("STEGVIS_CLIENT_DATA", Path.home() / ".stegvis-client"))
    ft.run(
        build_main(api_url, store_factory=lambda _page: FileStore(folder)), assets_dir=str(ASSETS)
    )


if __name__ == "__main__":
    run()
