"""Client start and sync throughput, on loopback, SQLite and PostgreSQL.

1. Cold start to the home screen: a fresh headless Chromium opens
   /app/signin/<token> on a real server and waits until the home tiles are in
   the accessibility tree (median of N runs, new browser context each time).
2. Batch endpoint throughput: POST /api/progress/events with 100-event batches
   vs a bare FastAPI endpoint that only parses the same JSON, measured in the
   same run, same server process: events/s and the ratio.

    .venv/bin/python benchmarks/client_start.py [--runs 5] [--postgres URL]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402


def setup(db_url: str, port: int):
    tmp = tempfile.mkdtemp()
    os.environ.update(
        STEGVIS_DATABASE_URL=db_url,
        STEGVIS_DATA_DIR=tmp,
        STEGVIS_AUDIO_DIR=f"{tmp}/audio",
        STEGVIS_QR_DIR=f"{tmp}/qr",
        STEGVIS_PUBLIC_BASE_URL=f"http://127.0.0.1:{port}",
        STEGVIS_MOUNT_CLIENT="true",
    )
    from sqlmodel import Session, SQLModel

    import server.models  # noqa: F401
    from server.core.config import get_settings
    from server.db import _engine_for

    get_settings.cache_clear()
    engine = _engine_for(get_settings().sqlalchemy_url)
    SQLModel.metadata.drop_all(engine)
    SQLModel.metadata.create_all(engine)
    from tests.client.fixtures import make_mini_catalog, make_participant

    with Session(engine) as s:
        make_mini_catalog(s)
        me = make_participant(s, language="ar")
    return me


def app_with_bare_endpoint():
    from fastapi import Body

    from server.main import create_app

    app = create_app()

    @app.post("/bench/bare")
    def bare(body: dict = Body(...)) -> dict:  # the floor: parse JSON, answer
        return {"stored": [e["id"] for e in body["events"]], "duplicates": [], "rejected": []}

    return app


def batch(n: int) -> dict:
    now = datetime.now(UTC).isoformat()
    keys = ["checklist-bill-open", "checklist-bill-amount", "checklist-bill-date"]
    return {
        "events": [
            {
                "id": str(uuid.uuid4()),
                "type": "step_ticked",
                "device_time": now,
                "step": keys[i % 3],
                "language": "ar",
            }
            for i in range(n)
        ]
    }


def throughput(url: str, token: str, path: str, batches: int = 30, size: int = 100) -> float:
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(timeout=60) as c:
        c.post(url + path, json=batch(size), headers=headers).raise_for_status()  # warm
        bodies = [batch(size) for _ in range(batches)]
        t0 = time.perf_counter()
        for b in bodies:
            c.post(url + path, json=b, headers=headers).raise_for_status()
        return batches * size / (time.perf_counter() - t0)


def cold_start(url: str, token: str, runs: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--enable-unsafe-swiftshader",
            ],
        )
        for _ in range(runs):
            ctx = b.new_context(viewport={"width": 360, "height": 740})
            page = ctx.new_page()
            t0 = time.perf_counter()
            page.goto(f"{url}/app/signin/{token}")
            page.wait_for_selector("flt-semantics-placeholder", state="attached", timeout=60_000)
            page.locator("flt-semantics-placeholder").dispatch_event("click")
            page.get_by_role("button", name="قوائمي").first.wait_for(timeout=60_000)
            times.append(time.perf_counter() - t0)
            ctx.close()
        b.close()
    return times


def run(label: str, db_url: str, runs: int) -> None:
    from tests.client.live import LiveServer, free_port

    port = free_port()
    me = setup(db_url, port)
    server = LiveServer(app_with_bare_endpoint(), port=port).start()
    try:
        starts = cold_start(server.url, me.token, runs)
        real = statistics.median(
            throughput(server.url, me.token, "/api/progress/events") for _ in range(3)
        )
        bare = statistics.median(throughput(server.url, me.token, "/bench/bare") for _ in range(3))
    finally:
        server.stop()
    print(
        f"[{label}] cold start to home (loopback, {runs} runs): median "
        f"{statistics.median(starts):.2f} s (min {min(starts):.2f}, max {max(starts):.2f})"
    )
    print(
        f"[{label}] batch endpoint: {real:,.0f} events/s; bare FastAPI: {bare:,.0f} "
        f"events/s; ratio {real / bare:.2f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--postgres", default=os.environ.get("STEGVIS_TEST_POSTGRES_URL", ""))
    args = ap.parse_args()
    run("sqlite", f"sqlite:///{tempfile.mkdtemp()}/bench.db", args.runs)
    if args.postgres:
        url = args.postgres.replace("postgresql://", "postgresql+psycopg://", 1)
        run("postgresql", url, args.runs)
    else:
        print("[postgresql] skipped: pass --postgres URL or set STEGVIS_TEST_POSTGRES_URL")


if __name__ == "__main__":
    main()
