"""A municipality's morning on loopback: many phones at once, on SQLite and PostgreSQL.

Starts `stegvis serve` (the participant app not mounted) on a prepared database and,
in the same run, a bare FastAPI app that serves the baselines, then measures:

1. The knee: N simultaneous signed-in `GET /api/participant/me` (N = 60 ... 1000):
   how many answer 200, 503 (back-pressure, Retry-After) or fail (5xx, time-out),
   p50/p99 latency, and whether `/healthz` answered meanwhile.
2. The morning: P phones x B batches x E events, every batch sent twice (a third
   of them both at once), each phone retrying 503s, 5xx and time-outs with back-off
   as the app does. Then the database is counted: events stored / sent / lost /
   duplicated, and the coach's daily counts against the events (counted once).
3. Throughput with wrk (C, keeps the load generator cheap): batch ingest (50 and 1
   events a batch) against a bare endpoint that parses the same JSON with the same
   pydantic model; `/api/catalog?lang=ar` and a station page against a bare
   response of the very same bytes (same encoding).

    .venv/bin/python benchmarks/load.py                         # both databases
    .venv/bin/python benchmarks/load.py --only sqlite --phones 50
    .venv/bin/python benchmarks/load.py --only postgres --workers 2

Needs Debian's wrk (scripts/setup.sh --test installs it). PostgreSQL: --pg-url
(default postgresql://postgres@127.0.0.1:5432/test); the benchmark works in a
schema of its own and drops it at the end.
"""

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

BENCH_SCHEMA = "stegvis_load"
KNEE_STEPS = (60, 120, 250, 500, 1000)


def log(msg: str) -> None:
    print(msg, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(samples: list[float], q: float) -> float:
    if not samples:
        return float("nan")
    s = sorted(samples)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


# --- the database -----------------------------------------------------------------------


def prepare_database(env: dict[str, str], participants: int) -> dict:
    """Migrate, seed the catalog, make one organisation with participants and cards.

    Runs in a child process so that this process's settings and engines stay clean."""
    code = textwrap.dedent(
        f"""
        import json
        from sqlmodel import Session, select
        from server.core.config import get_settings
        from server.db import get_engine
        from server.migrations import upgrade_database
        from server.models import CatalogItem, Step
        from server.services import accounts
        from server.services.auth import issue_participant_token
        from server.services.catalog import seed_catalog

        upgrade_database()
        with Session(get_engine()) as s:
            seed_catalog(session=s)
            org = accounts.create_organisation(session=s, name="Load AME", slug="load-ame")
            tokens = []
            for i in range({participants}):
                p = accounts.create_participant(
                    session=s, organisation=org, display_name=f"Telefon {{i}}", language="ar"
                )
                tokens.append(issue_participant_token(session=s, participant=p))
            items = {{i.id: i for i in s.exec(select(CatalogItem)).all()}}
            steps = [
                (st.text_id, items[st.item_id].slug, items[st.item_id].kind)
                for st in s.exec(select(Step).where(Step.position >= 0)).all()
            ]
            station = next(i.code for i in items.values() if i.kind == "station")
            print(json.dumps({{"tokens": tokens, "steps": steps, "station": station}}))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if out.returncode:
        sys.exit(f"preparing the database failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def count_events(env: dict[str, str], sent_ids: list[str]) -> dict:
    code = textwrap.dedent(
        """
        import json, sys
        from sqlalchemy import func
        from sqlmodel import Session, select
        from server.db import get_engine
        from server.models.coaching import DailyCount
        from server.models.progress import ProgressEvent
        from server.services.rollups import apply_pending

        sent = set(json.load(sys.stdin))
        with Session(get_engine()) as s:
            apply_pending(s)  # as a coach's request would, before reading the counts
            rows = s.exec(select(ProgressEvent.event_id)).all()
            daily = s.exec(select(func.coalesce(func.sum(DailyCount.count), 0))).one()
        stored = set(rows)
        print(json.dumps({
            "rows": len(rows),
            "distinct": len(stored),
            "lost": len(sent - stored),
            "daily_total": int(daily),
        }))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        input=json.dumps(sent_ids),
        capture_output=True,
        text=True,
    )
    if out.returncode:
        sys.exit(f"counting failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- servers ----------------------------------------------------------------------------


class Server:
    def __init__(self, args: list[str], env: dict[str, str], port: int, name: str):
        self.port, self.name = port, name
        self.url = f"http://127.0.0.1:{port}"
        fd, self.log_path = tempfile.mkstemp(prefix=f"{name}-", suffix=".log")
        self.proc = subprocess.Popen(args, env=env, cwd=ROOT, stdout=fd, stderr=subprocess.STDOUT)
        os.close(fd)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code < 500:
                    return
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None:
                break
            time.sleep(0.2)
        self.stop()
        sys.exit(f"{name} did not start; see {self.log_path}")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


BARE_APP = '''
"""Baselines: the least FastAPI can do for the same requests, same process model."""
import json, os, pathlib
from typing import Any
from fastapi import FastAPI, Request, Response
from pydantic import BaseModel, Field
from server.api.routes.progress import EventIn

app = FastAPI()
CANNED = json.loads(pathlib.Path(os.environ["BARE_CANNED"]).read_text())

class Batch(BaseModel):
    events: list[Any] = Field(max_length=500)

@app.post("/api/progress/events")
def bare_events(batch: Batch) -> dict:
    ok = [EventIn.model_validate(e).id for e in batch.events]
    return {"stored": ok, "duplicates": [], "rejected": []}

@app.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}

@app.get("/canned/{name}")
def canned(name: str) -> Response:
    c = CANNED[name]
    return Response(bytes.fromhex(c["body"]), headers=c["headers"])
'''


# --- phase 1: N simultaneous requests ---------------------------------------------------


async def healthz_probe(url: str, stop: asyncio.Event, out: dict) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        while not stop.is_set():
            t0 = time.perf_counter()
            try:
                r = await client.get(f"{url}/healthz")
                ok = r.status_code == 200
            except httpx.HTTPError:
                ok = False
            out["max_ms"] = max(out.get("max_ms", 0.0), (time.perf_counter() - t0) * 1000)
            out["ok" if ok else "failed"] = out.get("ok" if ok else "failed", 0) + 1
            await asyncio.sleep(0.25)


async def simultaneous(url: str, tokens: list[str], n: int, timeout: float) -> dict:
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=0)
    counts: dict[str, int] = {}
    times: list[float] = []
    go = asyncio.Event()

    async def one(i: int, client: httpx.AsyncClient) -> None:
        headers = {"Authorization": f"Bearer {tokens[i % len(tokens)]}"}
        await go.wait()
        t0 = time.perf_counter()
        try:
            r = await client.get(f"{url}/api/participant/me", headers=headers)
            key = str(r.status_code)
        except httpx.TimeoutException:
            key = "timeout"
        except httpx.HTTPError as exc:
            key = type(exc).__name__
        times.append((time.perf_counter() - t0) * 1000)
        counts[key] = counts.get(key, 0) + 1

    probe: dict = {}
    stop = asyncio.Event()
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as client:
        tasks = [asyncio.create_task(one(i, client)) for i in range(n)]
        prober = asyncio.create_task(healthz_probe(url, stop, probe))
        await asyncio.sleep(0.2)
        go.set()
        await asyncio.gather(*tasks)
        stop.set()
        await prober
    return {"n": n, "counts": counts, "p50": pct(times, 0.5), "p99": pct(times, 0.99), **probe}


# --- phase 2: the morning ---------------------------------------------------------------


def make_batches(steps, phones: int, batches: int, per_batch: int, seed: int = 7):
    rnd = random.Random(seed)
    checklist_steps = [s for s in steps if s[2] == "checklist"]
    station_steps = [s for s in steps if s[2] == "station"]
    now = datetime.now(UTC).isoformat()
    out = []
    for _ in range(phones):
        mine = []
        for _ in range(batches):
            events = []
            for _ in range(per_batch):
                r = rnd.random()
                if r < 0.5:
                    key, slug, _k = rnd.choice(checklist_steps)
                    ev = {"type": "step_ticked", "step": key, "item": slug}
                elif r < 0.8:
                    key, slug, _k = rnd.choice(station_steps)
                    ev = {"type": "audio_played", "step": key, "item": slug, "listened_ms": 4000}
                else:
                    _key, slug, _k = rnd.choice(station_steps)
                    ev = {"type": "station_opened", "item": slug}
                ev.update(id=str(uuid.UUID(int=rnd.getrandbits(128), version=4)))
                ev.update(device_time=now, language="ar")
                events.append(ev)
            mine.append(events)
        out.append(mine)
    return out


async def phone(
    url: str, token: str, batches: list[list[dict]], client: httpx.AsyncClient, stats: dict
) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    rnd = random.Random(token)

    async def send_until_acknowledged(events: list[dict]) -> None:
        delay = 0.5
        body = {"events": events}
        while True:
            t0 = time.perf_counter()
            try:
                r = await client.post(f"{url}/api/progress/events", json=body, headers=headers)
                stats["latency"].append((time.perf_counter() - t0) * 1000)
                code = str(r.status_code)
            except httpx.HTTPError as exc:
                code = type(exc).__name__
            stats["responses"][code] = stats["responses"].get(code, 0) + 1
            if code == "200":
                done = r.json()
                if len(done["stored"]) + len(done["duplicates"]) == len(events):
                    return
                stats["partial"] += 1
            retry_after = float(r.headers.get("retry-after", "1")) if code == "503" else 0.0
            # The app's back-off: Retry-After when given, else doubling with jitter.
            await asyncio.sleep(max(retry_after, delay) * (0.5 + rnd.random()))
            delay = min(delay * 2, 8.0)

    for events in batches:
        if rnd.random() < 1 / 3:  # the same batch twice at once (a retry racing a slow reply)
            await asyncio.gather(send_until_acknowledged(events), send_until_acknowledged(events))
        else:
            await send_until_acknowledged(events)
            await send_until_acknowledged(events)
        await asyncio.sleep(rnd.random() * 0.2)


async def morning(url: str, tokens: list[str], all_batches, deadline_s: float) -> dict:
    stats: dict = {"responses": {}, "latency": [], "partial": 0}
    limits = httpx.Limits(max_connections=len(tokens) * 2, max_keepalive_connections=len(tokens))
    probe: dict = {}
    stop = asyncio.Event()
    t0 = time.perf_counter()
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        prober = asyncio.create_task(healthz_probe(url, stop, probe))
        phones = [
            phone(url, tok, batches, client, stats)
            for tok, batches in zip(tokens, all_batches, strict=True)
        ]
        try:
            await asyncio.wait_for(asyncio.gather(*phones), deadline_s)
            finished = True
        except TimeoutError:
            finished = False
        stop.set()
        await prober
    elapsed = time.perf_counter() - t0
    return {"elapsed": elapsed, "finished": finished, "probe": probe, **stats}


# --- phase 3: throughput with wrk -------------------------------------------------------

# Unique event ids per request: a per-thread random prefix and a counter.
WRK_INGEST = """
local counter = 0
local batches = 0
local prefix = "00000000"
local steps = {steps}
local tokens = {tokens}
local per_batch = {per_batch}
function init(args)
  math.randomseed(os.time() + os.clock() * 1000000)
  prefix = string.format("%08x", math.random(0, 0x7fffffff))
end
request = function()
  local evs = {{}}
  for i = 1, per_batch do
    counter = counter + 1
    local s = steps[(counter % #steps) + 1]
    evs[i] = string.format(
      '{{"id":"%s-%04x-4000-8000-%012x","type":"step_ticked","device_time":"{now}",'
      .. '"step":"%s","item":"%s","language":"ar"}}',
      prefix, counter % 65536, counter, s[1], s[2])
  end
  -- One phone per batch, in turn (counter advances by per_batch: counter % #tokens
  -- alone gave every batch of a 50-event run the same phone).
  batches = batches + 1
  local tok = tokens[(batches % #tokens) + 1]
  return wrk.format("POST", "/api/progress/events",
    {{["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tok}},
    '{{"events":[' .. table.concat(evs, ",") .. ']}}')
end
"""

WRK_GET = """
wrk.headers["Accept-Encoding"] = "gzip"
{extra}
"""


def lua_list(values) -> str:
    def one(v):
        if isinstance(v, list | tuple):
            return "{" + ", ".join(json.dumps(x) for x in v) + "}"
        return json.dumps(v)

    return "{" + ", ".join(one(v) for v in values) + "}"


def wrk(url: str, script: str, seconds: int, connections: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", f.name, url],
        capture_output=True,
        text=True,
    )
    os.unlink(f.name)
    text = out.stdout
    found = re.search(r"Requests/sec:\s+([\d.]+)", text)
    if not found:
        sys.exit(f"wrk failed:\n{out.stdout}\n{out.stderr}")
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", text)
    scale = {"us": 0.001, "ms": 1, "s": 1000}
    return {
        "rps": float(found.group(1)),
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "p50_ms": float(p50.group(1)) * scale[p50.group(2)] if p50 else float("nan"),
    }


def raw_response(url: str, headers: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    with httpx.Client() as client, client.stream("GET", url, headers=headers) as r:
        raw = b"".join(r.iter_raw())
        keep = {
            k: v
            for k, v in r.headers.items()
            if k.lower() in ("content-type", "content-encoding", "etag", "cache-control", "vary")
        }
        return raw, keep


# --- one backend ------------------------------------------------------------------------


def run_backend(backend: str, db_url: str, args) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix=f"stegvis-load-{backend}-"))
    env = {
        **os.environ,
        "STEGVIS_DATABASE_URL": db_url,
        "STEGVIS_DATA_DIR": str(tmp),
        "STEGVIS_AUDIO_DIR": str(tmp / "audio"),
        "STEGVIS_QR_DIR": str(tmp / "qr"),
        "STEGVIS_MOUNT_CLIENT": "false",
    }
    env.pop("DATABASE_URL", None)
    log(f"[{backend}] preparing: migrate, seed, {args.phones} participants with cards ...")
    data = prepare_database(env, args.phones)
    tokens, steps = data["tokens"], data["steps"]

    port = free_port()
    serve = [sys.executable, "-m", "server.cli", "serve", "--port", str(port)]
    if args.workers > 1:
        serve += ["--workers", str(args.workers)]
    server = Server(
        serve, {**env, "STEGVIS_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}"}, port, "stegvis"
    )
    results: dict = {"backend": backend}
    try:
        # Phase 1: the knee.
        knee = []
        for n in args.knee:
            r = asyncio.run(simultaneous(server.url, tokens, n, timeout=30))
            knee.append(r)
            log(
                f"[{backend}] {n:5d} at once: {r['counts']}  p50 {r['p50']:.0f} ms  "
                f"p99 {r['p99']:.0f} ms  healthz ok {r.get('ok', 0)} failed "
                f"{r.get('failed', 0)} max {r.get('max_ms', 0):.0f} ms"
            )
        results["knee"] = knee

        # Phase 2: the morning.
        all_batches = make_batches(steps, args.phones, args.batches, args.events)
        sent_ids = [e["id"] for mine in all_batches for b in mine for e in b]
        log(
            f"[{backend}] morning: {args.phones} phones x {args.batches} batches x "
            f"{args.events} events, each batch sent twice ..."
        )
        m = asyncio.run(morning(server.url, tokens, all_batches, args.deadline))
        counted = count_events(env, sent_ids)
        m.update(counted, sent=len(sent_ids))
        m["duplicated"] = counted["rows"] - counted["distinct"]
        m["5xx"] = sum(v for k, v in m["responses"].items() if k.startswith("5") and k != "503")
        log(
            f"[{backend}] morning: {'finished' if m['finished'] else 'NOT FINISHED'} in "
            f"{m['elapsed']:.1f} s; stored {counted['distinct']:,} of {len(sent_ids):,} sent, "
            f"lost {counted['lost']}, duplicated {m['duplicated']}, daily counts "
            f"{counted['daily_total']:,}; responses {m['responses']}; 5xx {m['5xx']}; "
            f"p50 {pct(m['latency'], 0.5):.0f} ms p99 {pct(m['latency'], 0.99):.0f} ms; "
            f"{len(sent_ids) / m['elapsed']:,.0f} events/s stored; healthz ok "
            f"{m['probe'].get('ok', 0)} failed {m['probe'].get('failed', 0)} "
            f"max {m['probe'].get('max_ms', 0):.0f} ms"
        )
        results["morning"] = m

        # Phase 3: throughput against the bare app, same run.
        cat_headers = {"Accept-Encoding": "gzip"}
        station_cookie = {"Accept-Encoding": "gzip", "Cookie": "stegvis_lang=ar"}
        cat_raw, cat_h = raw_response(f"{server.url}/api/catalog?lang=ar", cat_headers)
        st_raw, st_h = raw_response(f"{server.url}/s/{data['station']}", station_cookie)
        canned_file = tmp / "canned.json"
        canned_file.write_text(
            json.dumps(
                {
                    "catalog": {"body": cat_raw.hex(), "headers": cat_h},
                    "station": {"body": st_raw.hex(), "headers": st_h},
                }
            )
        )
        bare_port = free_port()
        bare_module = tmp / "bare_app.py"
        bare_module.write_text(BARE_APP)
        bare = Server(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "bare_app:app",
                "--port",
                str(bare_port),
                "--app-dir",
                str(tmp),
            ]
            + (["--workers", str(args.workers)] if args.workers > 1 else []),
            {**env, "BARE_CANNED": str(canned_file), "PYTHONPATH": str(ROOT)},
            bare_port,
            "bare",
        )
        try:
            now = datetime.now(UTC).isoformat()
            wsteps = [(k, slug) for k, slug, kind in steps if kind == "checklist"]
            rows = []
            for per_batch in (50, 1):
                script = WRK_INGEST.format(
                    steps=lua_list(wsteps),
                    tokens=lua_list(tokens[:50]),
                    per_batch=per_batch,
                    now=now,
                )
                # Ours and the bare endpoint in turns, each ratio from a pair run back
                # to back: this machine's speed drifts (the bare alone went from 48k to
                # 100k events/s between runs), and a pair shares the drift.
                pairs = []
                for _ in range(args.rounds):
                    pairs.append(
                        (
                            wrk(server.url, script, args.seconds, args.connections),
                            wrk(bare.url, script, args.seconds, args.connections),
                        )
                    )
                ratios = sorted(o["rps"] / b["rps"] for o, b in pairs)
                ours, base = sorted(pairs, key=lambda p: p[0]["rps"] / p[1]["rps"])[len(pairs) // 2]
                log(
                    f"[{backend}] ingest, {per_batch}-event batches: pair ratios "
                    + ", ".join(f"{r:.2f}" for r in ratios)
                )
                rows.append(
                    (
                        f"ingest, {per_batch}-event batches (events/s, median pair)",
                        ours["rps"] * per_batch,
                        base["rps"] * per_batch,
                        ours,
                        base,
                    )
                )
            cat_script = WRK_GET.format(extra="")
            ours = wrk(
                f"{server.url}/api/catalog?lang=ar", cat_script, args.seconds, args.connections
            )
            base = wrk(f"{bare.url}/canned/catalog", cat_script, args.seconds, args.connections)
            rows.append(
                ("GET /api/catalog?lang=ar, gzip (req/s)", ours["rps"], base["rps"], ours, base)
            )
            etag = cat_h.get("etag", "")
            inm = WRK_GET.format(extra=f'wrk.headers["If-None-Match"] = {json.dumps(etag)}')
            ours = wrk(f"{server.url}/api/catalog?lang=ar", inm, args.seconds, args.connections)
            rows.append(
                (
                    "GET /api/catalog?lang=ar, If-None-Match (req/s)",
                    ours["rps"],
                    base["rps"],
                    ours,
                    base,
                )
            )
            st_script = WRK_GET.format(extra='wrk.headers["Cookie"] = "stegvis_lang=ar"')
            ours = wrk(
                f"{server.url}/s/{data['station']}", st_script, args.seconds, args.connections
            )
            base = wrk(f"{bare.url}/canned/station", st_script, args.seconds, args.connections)
            rows.append(
                ("GET /s/<code> station page, ar (req/s)", ours["rps"], base["rps"], ours, base)
            )
            results["throughput"] = rows
            results["bytes"] = {"catalog": len(cat_raw), "station": len(st_raw)}
            for name, o, b, od, bd in rows:
                log(
                    f"[{backend}] {name}: ours {o:,.0f} vs bare {b:,.0f} = {o / b:.2f}x  "
                    f"(p50 {od['p50_ms']:.1f} vs {bd['p50_ms']:.1f} ms; non-2xx/3xx "
                    f"{od['non2xx']})"
                )
        finally:
            bare.stop()
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def pg_schema_url(pg_url: str, reset: bool) -> str:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {BENCH_SCHEMA} CASCADE")
        if reset:
            conn.execute(f"CREATE SCHEMA {BENCH_SCHEMA}")
    sep = "&" if "?" in pg_url else "?"
    return f"{pg_url}{sep}options=-csearch_path%3D{BENCH_SCHEMA}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--only", choices=["sqlite", "postgres"])
    ap.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/test")
    ap.add_argument("--phones", type=int, default=200)
    ap.add_argument("--batches", type=int, default=5)
    ap.add_argument("--events", type=int, default=50)
    ap.add_argument(
        "--knee", type=lambda s: [int(x) for x in s.split(",")], default=list(KNEE_STEPS)
    )
    ap.add_argument("--workers", type=int, default=1, help="server processes (PostgreSQL)")
    ap.add_argument("--seconds", type=int, default=8, help="wrk run length per figure")
    ap.add_argument("--connections", type=int, default=32, help="wrk connections")
    ap.add_argument("--deadline", type=float, default=600, help="seconds for the morning")
    ap.add_argument("--rounds", type=int, default=3, help="ingest pairs (ours, bare) per figure")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk (scripts/setup.sh --test does)")

    runs = []
    if args.only in (None, "sqlite"):
        if args.workers > 1:
            log("SQLite: one process (several processes are for PostgreSQL)")
        runs.append(("sqlite", "", 1))
    if args.only in (None, "postgres"):
        runs.append(("postgres", pg_schema_url(args.pg_url, reset=True), args.workers))
    summary = []
    for backend, url, workers in runs:
        args.workers = workers
        db_url = url or ""
        if backend == "sqlite":
            db_url = ""  # the embedded default in the run's own data folder
        summary.append(run_backend(backend, db_url, args))
    if args.only in (None, "postgres"):
        pg_schema_url(args.pg_url, reset=False)
    log("")
    log(
        f"{'':8} {'knee (first N with a non-200)':>30} {'morning stored/sent':>22} "
        f"{'lost':>5} {'dup':>4} {'5xx':>4} {'p50':>6} {'p99':>7}"
    )
    for r in summary:
        knee = next((k["n"] for k in r["knee"] if set(k["counts"]) != {"200"}), None)
        m = r["morning"]
        knee_text = f"none up to {max(args.knee)}" if knee is None else str(knee)
        log(
            f"{r['backend']:8} {knee_text:>30} "
            f"{m['distinct']:>10,}/{m['sent']:<11,} {m['lost']:>5} {m['duplicated']:>4} "
            f"{m['5xx']:>4} {pct(m['latency'], 0.5):>5.0f}ms {pct(m['latency'], 0.99):>6.0f}ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
