"""What a phone pays to open a station page behind a QR code, per language.

For sv ar fa so ti it prints:
  - the page's bytes (on the wire, gzip; and decoded),
  - the bytes of everything the page loads before audio can play (HTML + fonts
    actually requested + any CSS/JS/images), measured in headless chromium from
    the browser's own request events, with a fresh cache,
  - time to first audio byte on loopback: page request, then the first step's
    audio, median of N runs (and the page alone),
and, when the Flet client is mounted at /app, its first-load bytes and the ratio.

Then, per language, time to first audio on emulated Fast 3G (Chromium's CDP
Network.emulateNetworkConditions: 150 ms latency, 1.6 Mbps down, 750 kbps up),
fresh cache, from the tap on a language in the chooser (GET /s/<code>?lang=xx)
until the first clip has arrived; against the floor: 2 round trips (page, clip)
plus their bytes at 1.6 Mbps. Also the same with the fonts loading at once
(as before the page held them back until the first clip), measured in the same run.

    .venv/bin/python benchmarks/station_page.py               # temp server, demo station
    .venv/bin/python benchmarks/station_page.py --catalog     # temp server, real catalog + espeak
    .venv/bin/python benchmarks/station_page.py --url http://127.0.0.1:8000 --code gardin
"""

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LANGS = ("sv", "ar", "fa", "so", "ti")
PHONE = {"width": 360, "height": 740}
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--enable-unsafe-swiftshader",
]


def start_temp_server(*, catalog: bool, mount_client: bool):
    """A fresh SQLite database in a temp folder, seeded, served by uvicorn on loopback."""
    tmp = Path(tempfile.mkdtemp(prefix="stegvis-bench-"))
    os.environ.update(
        STEGVIS_DATA_DIR=str(tmp / "data"),
        STEGVIS_AUDIO_DIR=str(tmp / "audio"),
        STEGVIS_QR_DIR=str(tmp / "qr"),
        STEGVIS_DATABASE_URL=f"sqlite:///{tmp / 'bench.db'}",
        STEGVIS_MOUNT_CLIENT="true" if mount_client else "false",
    )
    from sqlmodel import Session

    from server.core.config import get_settings
    from server.db import get_engine

    get_settings.cache_clear()
    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    code = "demo"
    from sqlmodel import SQLModel

    import server.models  # noqa: F401

    # A throwaway benchmark database, not a live one: tables straight from the models.
    SQLModel.metadata.create_all(get_engine())
    if catalog:
        from server.services.catalog import list_items, seed_catalog
        from server.services.speech import build_speech

        with Session(get_engine()) as session:
            seed_catalog(
                session=session,
                catalog_file=settings.catalog_file,
                locales_dir=settings.locales_dir,
            )
            t0 = time.perf_counter()
            build_speech(session=session, settings=settings, languages=None, sources=("espeak",))
            print(f"(speech build for the whole catalog: {time.perf_counter() - t0:.1f} s)")
            code = next(i.code for i in list_items(session=session, kind="station") if i.code)
    else:
        from tests.utils.stations import seed_language_names, seed_station

        with Session(get_engine()) as session:
            seed_station(session, settings.audio_dir)
            seed_language_names(session, settings.audio_dir)

    from server.main import create_app
    from tests.client.live import LiveServer

    try:
        app = create_app()
    except Exception as exc:  # the Flet client may not be importable yet
        print(f"(Flet client could not be mounted: {exc!r}; measuring without it)")
        os.environ["STEGVIS_MOUNT_CLIENT"] = "false"
        get_settings.cache_clear()
        app = create_app()
    server = LiveServer(app).start()
    return server, server.url, code


def browser_load(
    browser,
    url: str,
    *,
    cookie_lang: str | None,
    wait_selector: str | None = None,
    timeout_ms: int = 60_000,
) -> dict:
    """Bytes the browser fetched for `url` with an empty cache (transfer and decoded)."""
    context = browser.new_context(viewport=PHONE)
    if cookie_lang:
        context.add_cookies([{"name": "stegvis_lang", "value": cookie_lang, "url": url}])
    origin = re.match(r"https?://[^/]+", url).group(0)
    external: list[str] = []

    def block_external(route):
        if route.request.url.startswith(origin) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            external.append(route.request.url)
            route.abort()

    context.route("**/*", block_external)
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda req: finished.append(req))
    t0 = time.perf_counter()
    page.goto(url, wait_until="load", timeout=timeout_ms)
    if wait_selector:
        page.wait_for_selector(wait_selector, timeout=timeout_ms, state="attached")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_load_state("networkidle", timeout=timeout_ms)
    elapsed = time.perf_counter() - t0
    rows = []
    for req in finished:
        if "/audio/" in req.url:
            continue  # audio is what the page is for, not what it costs before playing
        sizes = req.sizes()
        response = req.response()
        try:
            decoded = len(response.body()) if response else 0
        except Exception:
            decoded = 0
        rows.append((req.url, sizes["responseBodySize"] + sizes["responseHeadersSize"], decoded))
    context.close()
    return {"rows": rows, "external": external, "seconds": elapsed}


def first_audio_timing(base: str, code: str, lang: str, runs: int) -> tuple[float, float]:
    """Median ms for: the page; the page then the first byte of its first audio clip."""
    page_ms, audio_ms = [], []
    with httpx.Client(base_url=base, cookies={"stegvis_lang": lang}) as client:
        client.get(f"/s/{code}")  # warm the connection and the server's caches
        for _ in range(runs):
            t0 = time.perf_counter()
            html = client.get(f"/s/{code}").text
            page_ms.append((time.perf_counter() - t0) * 1000)
            src = re.search(r'<audio[^>]*\ssrc="([^"]+)"', html)
            if not src:
                continue
            with client.stream("GET", src.group(1), headers={"Range": "bytes=0-"}) as r:
                next(r.iter_raw(1024))
            audio_ms.append((time.perf_counter() - t0) * 1000)
    med = statistics.median
    return med(page_ms), (med(audio_ms) if audio_ms else float("nan"))


FAST_3G = {
    "offline": False,
    "latency": 150,  # ms, per request
    "downloadThroughput": 1.6e6 / 8,  # bytes/s
    "uploadThroughput": 750e3 / 8,
}
# Adds "fonts" to <html> as soon as the page's own script sets its class: the fonts
# load at once, competing with the first clip (the old behaviour, for comparison).
FONTS_AT_ONCE = """new MutationObserver(() => {
  const c = document.documentElement.classList;
  if (c.contains('js') && !c.contains('fonts')) c.add('fonts');
}).observe(document.documentElement, {attributes: true});"""


def fast3g_time_to_audio(browser, base: str, code: str, lang: str, *, fonts_at_once: bool):
    """One fresh-cache visit of /s/<code>?lang=<lang> on emulated Fast 3G.

    Returns (seconds to the first clip fully received, floor seconds, bytes page,
    bytes clip, fonts started before the clip was in) from the DevTools
    protocol's own request timestamps."""
    context = browser.new_context(viewport=PHONE)
    if fonts_at_once:
        context.add_init_script(FONTS_AT_ONCE)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", FAST_3G)
    sent: dict[str, tuple[str, float]] = {}
    done: dict[str, tuple[float, int]] = {}
    cdp.on(
        "Network.requestWillBeSent",
        lambda e: sent.setdefault(e["requestId"], (e["request"]["url"], e["timestamp"])),
    )
    cdp.on(
        "Network.loadingFinished",
        lambda e: done.__setitem__(e["requestId"], (e["timestamp"], e["encodedDataLength"])),
    )
    page.goto(f"{base}/s/{code}?lang={lang}", wait_until="load", timeout=60_000)
    page.wait_for_function(
        "() => { const a = document.querySelector('audio[data-first]');"
        " return !a || a.readyState >= 3; }",
        timeout=60_000,
    )
    page.wait_for_load_state("networkidle", timeout=60_000)
    context.close()
    doc = next(r for r, (u, _) in sent.items() if f"/s/{code}?lang=" in u)
    clips = sorted((t, r) for r, (u, t) in sent.items() if "/audio/" in u)
    if not clips or clips[0][1] not in done:
        return None
    clip = clips[0][1]
    start = sent[doc][1]
    arrived = done[clip][0] - start
    page_bytes, clip_bytes = done[doc][1], done[clip][1]
    floor = (
        2 * FAST_3G["latency"] / 1000 + (page_bytes + clip_bytes) / FAST_3G["downloadThroughput"]
    )
    fonts_first = any("/static/fonts/" in u and t < done[clip][0] for r, (u, t) in sent.items())
    return arrived, floor, page_bytes, clip_bytes, fonts_first


def report_fast3g(browser, base: str, code: str, runs: int) -> None:
    print(f"\nTime to first audio on emulated Fast 3G (150 ms, 1.6 Mbps), median of {runs}:")
    header = (
        f"{'lang':4} {'page B':>7} {'clip B':>7} {'floor s':>8} {'now s':>7} {'x floor':>8}"
        f" {'fonts at once s':>16} {'x floor':>8}"
    )
    print(header)
    print("-" * len(header))
    for lang in LANGS:
        now = [
            fast3g_time_to_audio(browser, base, code, lang, fonts_at_once=False)
            for _ in range(runs)
        ]
        old = [
            fast3g_time_to_audio(browser, base, code, lang, fonts_at_once=True) for _ in range(runs)
        ]
        now, old = [r for r in now if r], [r for r in old if r]
        if not now:
            print(f"{lang:4} (no audio on the page)")
            continue
        med = statistics.median
        floor = med(r[1] for r in now)
        t_now = med(r[0] for r in now)
        t_old = med(r[0] for r in old) if old else float("nan")
        early = sum(r[4] for r in now)
        print(
            f"{lang:4} {now[0][2]:>7,} {now[0][3]:>7,} {floor:>8.2f} {t_now:>7.2f} "
            f"{t_now / floor:>8.2f} {t_old:>16.2f} {t_old / floor:>8.2f}"
            + (f"   !! fonts before the clip in {early} runs" if early else "")
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="measure a running server instead of a temporary one")
    parser.add_argument("--code", default=None, help="station code (with --url)")
    parser.add_argument(
        "--catalog",
        action="store_true",
        help="temp server with the real catalog + espeak-ng speech",
    )
    parser.add_argument("--runs", type=int, default=25, help="runs per timing median")
    parser.add_argument("--no-client", action="store_true", help="skip the Flet client")
    parser.add_argument("--fast3g-runs", type=int, default=5, help="runs per Fast 3G median")
    args = parser.parse_args()

    server = None
    if args.url:
        base, code = args.url.rstrip("/"), args.code or "gardin"
    else:
        server, base, code = start_temp_server(
            catalog=args.catalog, mount_client=not args.no_client
        )
    from playwright.sync_api import sync_playwright

    print(f"Station page /s/{code} on {base}  (fresh browser cache per language)\n")
    header = (
        f"{'lang':4} {'page wire':>10} {'page html':>10} {'fonts':>8} {'other':>6} "
        f"{'total wire':>11} {'requests':>8} {'page ms':>8} {'1st audio byte ms':>18}"
    )
    print(header)
    print("-" * len(header))
    totals = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for lang in LANGS:
                load = browser_load(browser, f"{base}/s/{code}", cookie_lang=lang)
                page_row = next(r for r in load["rows"] if f"/s/{code}" in r[0])
                fonts = sum(r[1] for r in load["rows"] if "/static/fonts/" in r[0])
                total = sum(r[1] for r in load["rows"])
                other = total - fonts - page_row[1]
                totals[lang] = total
                page_ms, audio_ms = first_audio_timing(base, code, lang, args.runs)
                print(
                    f"{lang:4} {page_row[1]:>10,} {page_row[2]:>10,} {fonts:>8,} {other:>6,} "
                    f"{total:>11,} {len(load['rows']):>8} {page_ms:>8.1f} {audio_ms:>18.1f}"
                )
                if load["external"]:
                    print(f"     !! third-party requests attempted: {load['external']}")
                font_names = [
                    r[0].split("/")[-1].split("?")[0]
                    for r in load["rows"]
                    if "/static/fonts/" in r[0]
                ]
                print(f"     fonts: {', '.join(font_names) or 'none'}")

            report_fast3g(browser, base, code, args.fast3g_runs)

            print()
            probe = httpx.get(f"{base}/app/", follow_redirects=True, timeout=30)
            if args.no_client or probe.status_code != 200:
                print(
                    f"Flet client: not mounted at /app (HTTP {probe.status_code}); "
                    "skipping the client comparison."
                )
            else:
                load = browser_load(
                    browser,
                    f"{base}/app/",
                    cookie_lang=None,
                    wait_selector="flt-glass-pane, flutter-view",
                    timeout_ms=120_000,
                )
                wire = sum(r[1] for r in load["rows"])
                decoded = sum(r[2] for r in load["rows"])
                print(
                    f"Flet client first load (/app/): {wire:,} bytes on the wire, "
                    f"{decoded:,} decoded, {len(load['rows'])} requests, "
                    f"{load['seconds']:.1f} s to idle on loopback"
                )
                if load["external"]:
                    print(f"  third-party requests it attempted (blocked here): {load['external']}")
                for lang, total in totals.items():
                    print(f"  ratio client / station page ({lang}): {wire / total:,.0f}x")
            browser.close()
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
