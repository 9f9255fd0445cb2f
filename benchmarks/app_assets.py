"""What a first load of /app (the Flet web client) costs the server, against the
per-request gzip it replaced, measured in the same run.

Both servers serve the same files of the installed flet-web package: ours is
`stegvis serve` with the client mounted (files gzipped once per file content,
server/core/precompress.py); the baseline is Starlette's StaticFiles behind
GZipMiddleware (what /app was before), run by uvicorn. For each, N phones' first
loads (the big files a browser fetches, Accept-Encoding gzip) one after another:
server CPU seconds per load (from /proc), wall time per load, bytes on the wire,
then the same N loads again with If-None-Match (a repeat visit).

    .venv/bin/python benchmarks/app_assets.py [--loads 8]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.load import Server, free_port  # noqa: E402

FILES = [
    "index.html",
    "flutter_bootstrap.js",
    "main.dart.js",
    "canvaskit/canvaskit.wasm",
    "canvaskit/chromium/canvaskit.wasm",
]

BASELINE_APP = """
import flet_web
from pathlib import Path
from starlette.applications import Starlette
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

web = Path(flet_web.__file__).parent / "web"
app = Starlette(routes=[
    Route("/healthz", lambda r: PlainTextResponse("ok")),
    Mount("/app", GZipMiddleware(StaticFiles(directory=web), minimum_size=1024)),
])
"""


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def first_loads(server: Server, loads: int, revalidate: bool) -> dict:
    per_load_cpu, per_load_wall, wire = [], [], 0
    etags: dict[str, str] = {}
    with httpx.Client(base_url=server.url, timeout=120) as http:
        for name in FILES:  # learn the ETags (not counted)
            r = http.get(f"/app/{name}", headers={"Accept-Encoding": "gzip"})
            r.raise_for_status()
            etags[name] = r.headers.get("etag", "")
        for _ in range(loads):
            cpu0, t0 = cpu_seconds(server.proc.pid), time.perf_counter()
            for name in FILES:
                headers = {"Accept-Encoding": "gzip"}
                if revalidate and etags[name]:
                    headers["If-None-Match"] = etags[name]
                with http.stream("GET", f"/app/{name}", headers=headers) as r:
                    assert r.status_code in (200, 304), (name, r.status_code)
                    wire += sum(len(c) for c in r.iter_raw())
            per_load_wall.append(time.perf_counter() - t0)
            per_load_cpu.append(cpu_seconds(server.proc.pid) - cpu0)
    return {
        "cpu": statistics.median(per_load_cpu),
        "wall": statistics.median(per_load_wall),
        "wire": wire / loads,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--loads", type=int, default=8)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="stegvis-app-assets-"))
    env = {
        **os.environ,
        "STEGVIS_DATABASE_URL": f"sqlite:///{tmp / 'app.db'}",
        "STEGVIS_DATA_DIR": str(tmp),
        "STEGVIS_AUDIO_DIR": str(tmp / "audio"),
        "STEGVIS_QR_DIR": str(tmp / "qr"),
        "STEGVIS_MOUNT_CLIENT": "true",
    }
    env.pop("DATABASE_URL", None)
    (tmp / "baseline_app.py").write_text(BASELINE_APP)
    port, bport = free_port(), free_port()
    ours = Server(
        [sys.executable, "-m", "server.cli", "serve", "--port", str(port)],
        {**env, "STEGVIS_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}"},
        port,
        "stegvis",
    )
    base = Server(
        [sys.executable, "-m", "uvicorn", "baseline_app:app", "--port", str(bport)]
        + ["--app-dir", str(tmp)],
        env,
        bport,
        "baseline",
    )
    try:
        rows = []
        for label, revalidate in (("first load", False), ("repeat visit (If-None-Match)", True)):
            o = first_loads(ours, args.loads, revalidate)
            b = first_loads(base, args.loads, revalidate)
            rows.append((label, o, b))
    finally:
        ours.stop()
        base.stop()
    print(f"/app: {len(FILES)} files ({', '.join(FILES)}), median of {args.loads} loads")
    print(f"{'':48} {'server CPU s':>14} {'wall s':>8} {'wire MB':>8}")
    for label, o, b in rows:
        for who, r in (("ours", o), ("gzip per request", b)):
            print(
                f"{label + ', ' + who:48} {r['cpu']:14.3f} {r['wall']:8.2f} {r['wire'] / 1e6:8.2f}"
            )
        ratio = b["cpu"] / o["cpu"] if o["cpu"] else float("inf")
        print(f"{'':48} baseline / ours CPU: {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
