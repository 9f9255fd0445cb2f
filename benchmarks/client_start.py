"""Client start and sync throughput, on loopback, SQLite and PostgreSQL.

1. Cold start to the home screen: a fresh headless Chromium opens
   /app/signin/<token> on a real server and waits until the home tiles are in
   the accessibility tree (median of N runs, new browser context each time).
2. Batch endpoint throughput: POST /api/progress/events with 100-event batches
   vs a bare FastAPI endpoint that only parses the same JSON, measured in the
   same run, same server process: events/s and the ratio.
3. Fast 3G (--fast3g): bytes and time to the first screen of the static app, first
   visit and repeat visit (service worker), against the station page (/s/<code>) in
   the same run. The link (150 ms per request, 1.6 Mbit/s down, shared by the phone's
   parallel requests) is shaped at the server: DevTools' page-level emulation does not
   reach the requests of the app's web worker (Pyodide) and service worker.
4. Relaunched browser (--relaunch): the app's start as a phone has it day after day,
   the browser closed and opened again on the same profile.
5. Server cost (--server-cost): CPU seconds and RSS growth of a `stegvis serve`
   process per 100 opens, static participant app vs the Flet server-mode area
   (/app/coach, what /app was before), each open a fresh browser context.

    .venv/bin/python benchmarks/client_start.py [--runs 5] [--postgres URL]
        [--fast3g] [--relaunch STARTS] [--server-cost N] [--skip-basic]
"""

import argparse
import os
import re
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
    from sqlmodel import select

    from server.models import AudioClip
    from tests.client.fixtures import make_mini_catalog, make_participant
    from tests.utils.stations import make_mp3

    with Session(engine) as s:
        make_mini_catalog(s)
        me = make_participant(s, language="ar")
        # Real clips (espeak-ng + ffmpeg) behind the catalogue's audio rows: the "first
        # audio" figures must time a clip, not a 404.
        audio_dir = get_settings().audio_dir
        audio_dir.mkdir(parents=True, exist_ok=True)
        for clip in s.exec(select(AudioClip)):
            (audio_dir / clip.file_name).write_bytes(make_mp3("Hämta en låda.", "sv"))
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


# ---------------------------------------------------------------- Fast 3G, shaped


class ShapedLink:
    """ASGI wrapper: one phone's Fast 3G link. Each response waits the round trip, and
    every body byte goes through one shared 1.6 Mbit/s pipe; bytes are counted."""

    def __init__(self, app, rtt: float = 0.150, bytes_per_s: float = 1.6e6 / 8):
        import asyncio

        self.app, self.rtt, self.rate = app, rtt, bytes_per_s
        self.sent = 0
        self._pipe = asyncio.Lock()

    async def __call__(self, scope, receive, send):
        import asyncio

        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def shaped(message):
            if message["type"] == "http.response.start":
                await asyncio.sleep(self.rtt)
            elif message["type"] == "http.response.body":
                body = message.get("body", b"")
                for i in range(0, len(body), 16384):
                    chunk = body[i : i + 16384]
                    async with self._pipe:
                        await asyncio.sleep(len(chunk) / self.rate)
                    self.sent += len(chunk)
            await send(message)

        await self.app(scope, receive, shaped)


def fast3g(runs: int) -> None:
    import statistics as st

    from playwright.sync_api import sync_playwright

    from tests.client.live import LiveServer, free_port

    port = free_port()
    me = setup(f"sqlite:///{tempfile.mkdtemp()}/bench.db", port)
    from server.main import create_app

    link = ShapedLink(create_app())
    server = LiveServer(link, port=port).start()
    url = server.url
    rows: dict[str, list[tuple[float, int]]] = {}

    def measure(name, page, go, ready):
        before = link.sent
        t0 = time.perf_counter()
        go()
        ready()
        rows.setdefault(name, []).append((time.perf_counter() - t0, link.sent - before))
        # The page's own clock, from the navigation's start: when the app's first screen
        # was painted (the starting picture removed), without the test's polling.
        painted = page.evaluate(
            "() => (performance.getEntriesByName('stegvis-first-screen')[0] || {}).startTime"
        )
        if painted:
            rows.setdefault(f"{name}, page's mark", []).append((painted / 1000, 0))

    def app_ready(page):
        # What the participant sees: the home screen's tiles, with the starting picture
        # gone from over them.
        page.wait_for_selector("flt-semantics-placeholder", state="attached", timeout=300_000)
        page.locator("flt-semantics-placeholder").dispatch_event("click")
        page.get_by_role("button", name="قوائمي").first.wait_for(timeout=300_000)
        page.wait_for_function(
            "!document.getElementById('stegvis-starting')", timeout=300_000, polling=20
        )

    def app_step_heard(page):
        # The station's first step, tapped as soon as it is on screen, until its clip
        # has arrived (from the phone's audio cache: the app stored it after the sync).
        heard = []

        def on_response(r):
            if "/audio/" in r.url and r.status in (200, 206):
                heard.append(r.url)

        page.on("response", on_response)
        page.wait_for_selector("flt-semantics-placeholder", state="attached", timeout=300_000)
        page.locator("flt-semantics-placeholder").dispatch_event("click")
        # "Listen" (Arabic): the station's title first, then its first step.
        listen = page.get_by_role("button", name=re.compile(r"^استمع(\s+استمع)?$"))
        listen.nth(1).click(timeout=120_000)
        deadline = time.monotonic() + 60
        while not heard and time.monotonic() < deadline:
            page.wait_for_timeout(20)
        if not heard:
            raise RuntimeError("the step's clip never arrived")

    def station_audio(page):
        # The first step's audio as a tap fetches it: the page's own <audio> URL.
        page.evaluate("""async () => {
          const a = document.querySelector('audio[src], audio source[src]');
          if (a) { const r = await fetch(a.src || a.getAttribute('src')); await r.arrayBuffer(); }
        }""")

    try:
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
                measure(
                    "station page, first visit",
                    page,
                    lambda page=page: page.goto(f"{url}/s/gardin?lang=ar"),
                    lambda page=page: station_audio(page),
                )
                measure(
                    "station page, repeat visit",
                    page,
                    lambda page=page: page.reload(),
                    lambda page=page: station_audio(page),
                )
                measure(
                    "app, first visit",
                    page,
                    lambda page=page: page.goto(f"{url}/app/signin/{me.token}"),
                    lambda page=page: app_ready(page),
                )
                page.wait_for_function(
                    "navigator.serviceWorker.controller !== null", timeout=300_000
                )
                page.wait_for_timeout(3000)  # the worker copies the engine into its cache
                # The first start from the service worker's cache compiles the engine's
                # and Pyodide's WebAssembly; the browser keeps that code for the starts
                # after it (the participant's every day).
                for name in ("app, repeat visit (1st)", *["app, repeat visit (later)"] * 2):
                    measure(
                        name,
                        page,
                        lambda page=page: page.reload(),
                        lambda page=page: app_ready(page),
                    )
                measure(
                    "app, repeat visit, a station's QR to its first step heard",
                    page,
                    lambda page=page: page.goto(f"{url}/app/station/gardin"),
                    lambda page=page: app_step_heard(page),
                )
                ctx.close()
            b.close()
    finally:
        server.stop()
    print(f"Fast 3G (150 ms, 1.6 Mbit/s, shaped at the server), median of {runs}:")
    for name, vals in rows.items():
        print(
            f"  {name:28s} {st.median(v[0] for v in vals):6.2f} s  "
            f"{st.median(v[1] for v in vals) / 1e3:8.1f} KB"
        )


# ---------------------------------------------------------------- relaunched browser


def relaunch(starts: int) -> None:
    """Starts of the app as a phone has them day after day: the browser closed and
    opened again on the same profile (service worker cache, compiled code kept), the
    app opened at /app/. Loopback, not shaped: a repeat start needs no network."""
    from playwright.sync_api import sync_playwright

    from tests.client.live import LiveServer, free_port

    port = free_port()
    me = setup(f"sqlite:///{tempfile.mkdtemp()}/bench.db", port)
    from server.main import create_app

    server = LiveServer(create_app(), port=port).start()
    profile = tempfile.mkdtemp()
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    args.append("--enable-unsafe-swiftshader")

    def open_app(p, url):
        ctx = p.chromium.launch_persistent_context(
            profile,
            executable_path="/usr/bin/chromium",
            args=args,
            viewport={"width": 360, "height": 740},
        )
        page = ctx.pages[0] if ctx.pages else ctx.new_page()
        page.goto(url)
        page.wait_for_selector("flt-semantics-placeholder", state="attached", timeout=300_000)
        page.locator("flt-semantics-placeholder").dispatch_event("click")
        page.get_by_role("button", name="قوائمي").first.wait_for(timeout=300_000)
        page.wait_for_function(
            "!document.getElementById('stegvis-starting')", timeout=300_000, polling=20
        )
        painted = page.evaluate(
            "() => performance.getEntriesByName('stegvis-first-screen')[0].startTime"
        )
        return ctx, page, painted / 1000

    painted = []
    try:
        with sync_playwright() as p:
            ctx, page, _ = open_app(p, f"{server.url}/app/signin/{me.token}")
            page.wait_for_function("navigator.serviceWorker.controller !== null")
            page.wait_for_timeout(3000)  # the worker copies the engine into its cache
            ctx.close()
            for _ in range(starts):
                ctx, page, t = open_app(p, f"{server.url}/app/")
                painted.append(t)
                page.wait_for_timeout(2000)
                ctx.close()
    finally:
        server.stop()
    print(f"Browser closed and opened again, {starts} starts (first screen painted, page's clock):")
    print("  each: " + ", ".join(f"{t:.2f} s" for t in painted))
    if len(painted) > 2:
        print(f"  from the 3rd start on, median {statistics.median(painted[2:]):.2f} s")


# ------------------------------------------------------------------- server cost


def _proc_cpu_rss(pid: int) -> tuple[float, int]:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    rss = (
        next(
            int(line.split()[1])
            for line in Path(f"/proc/{pid}/status").read_text().splitlines()
            if line.startswith("VmRSS")
        )
        * 1024
    )
    return cpu, rss


def server_cost(opens: int) -> None:
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import ServerProcess
    from tests.client.live import free_port

    port = free_port()
    me = setup(f"sqlite:///{tempfile.mkdtemp()}/bench.db", port)
    targets = {
        "static participant app (/app)": (f"/app/signin/{me.token}", "قوائمي"),
        "Flet server mode (/app/coach)": ("/app/coach", None),
    }
    for name, (path, ready_name) in targets.items():
        server = ServerProcess(port).start()
        pid = server._proc.pid
        try:
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
                cpu0, rss0 = _proc_cpu_rss(pid)
                for _ in range(opens):
                    ctx = b.new_context(viewport={"width": 360, "height": 740})
                    page = ctx.new_page()
                    page.goto(server.url + path)
                    page.wait_for_selector(
                        "flt-semantics-placeholder", state="attached", timeout=120_000
                    )
                    page.locator("flt-semantics-placeholder").dispatch_event("click")
                    if ready_name:
                        page.get_by_role("button", name=ready_name).first.wait_for(timeout=120_000)
                    else:
                        page.wait_for_selector("flt-semantics", state="attached", timeout=120_000)
                        page.wait_for_timeout(1500)
                    ctx.close()  # the tab closes; a server-mode session stays an hour
                cpu1, rss1 = _proc_cpu_rss(pid)
                b.close()
        finally:
            server.stop()
        scale = 100 / opens
        print(
            f"  {name:32s} per 100 opens: {(cpu1 - cpu0) * scale:6.1f} CPU s, "
            f"RSS +{(rss1 - rss0) * scale / 1e6:6.1f} MB ({opens} opens measured)"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--postgres", default=os.environ.get("STEGVIS_TEST_POSTGRES_URL", ""))
    ap.add_argument("--fast3g", action="store_true")
    ap.add_argument("--server-cost", type=int, default=0, metavar="OPENS")
    ap.add_argument("--skip-basic", action="store_true")
    ap.add_argument("--relaunch", type=int, default=0, metavar="STARTS")
    args = ap.parse_args()
    if args.fast3g:
        fast3g(args.runs)
    if args.relaunch:
        relaunch(args.relaunch)
    if args.server_cost:
        print("Server cost of opening the app:")
        server_cost(args.server_cost)
    if args.skip_basic:
        return
    run("sqlite", f"sqlite:///{tempfile.mkdtemp()}/bench.db", args.runs)
    if args.postgres:
        url = args.postgres.replace("postgresql://", "postgresql+psycopg://", 1)
        run("postgresql", url, args.runs)
    else:
        print("[postgresql] skipped: pass --postgres URL or set STEGVIS_TEST_POSTGRES_URL")


if __name__ == "__main__":
    main()
