"""A busy morning, in miniature: many phones at once against a real server on loopback.

Not timed (the machine is noisy): these check what a phone would notice — every
request answered, none with a 500, a busy server saying "come back" (503 with
Retry-After) instead of hanging, a bad event rejected alone, and a stranger's
huge body refused before it is read. Figures live in benchmarks/load.py.
"""

import asyncio
import json
import os
import subprocess
import sys
import textwrap
import uuid
from datetime import UTC, datetime

import httpx
import pytest

from server.core.config import get_settings
from server.core.gc_tuning import GEN0_THRESHOLD
from server.main import create_app
from tests.client.live import LiveServer
from tests.utils.factories import make_org, make_participant, participant_token


@pytest.fixture
def live(settings):
    server = LiveServer(create_app()).start()
    yield server
    server.stop()


def _cards(session, n: int) -> list[str]:
    org = make_org(session)
    return [participant_token(session, make_participant(session, org)) for _ in range(n)]


async def _all_at_once(url: str, tokens: list[str], n: int) -> list[httpx.Response | str]:
    """n requests released together, each on its own connection, as n phones would."""
    go = asyncio.Event()
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:

        async def one(i: int):
            await go.wait()
            try:
                headers = {"Authorization": f"Bearer {tokens[i % len(tokens)]}"}
                return await client.get("/api/participant/me", headers=headers)
            except httpx.HTTPError as exc:
                return type(exc).__name__

        tasks = [asyncio.create_task(one(i)) for i in range(n)]
        await asyncio.sleep(0.1)
        go.set()
        return await asyncio.gather(*tasks)


def test_120_simultaneous_signed_in_requests_all_succeed(settings, session, live):
    # Before the gate: 41 at once were fine, 60 gave 40 x 500, 120 mostly time-outs
    # (40 threads waiting for 15 connections held by requests waiting for a thread).
    tokens = _cards(session, 30)
    answers = asyncio.run(_all_at_once(live.url, tokens, 120))
    codes = [a.status_code if isinstance(a, httpx.Response) else a for a in answers]
    assert codes == [200] * 120
    assert httpx.get(f"{live.url}/healthz").json() == {"status": "ok", "database": "ok"}


def _gate_around_held_app(release: asyncio.Event, **limits):
    """The request gate around an app whose every request holds its slot until
    `release` is set."""
    from types import SimpleNamespace

    from server.core.limits import RequestGate

    async def held_app(scope, receive, send):
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    return RequestGate(held_app, SimpleNamespace(**limits))


def test_past_the_queue_limit_and_deadline_the_answer_is_503_with_retry_after():
    """The gate itself, around an app whose requests hold their slot until released:
    one in, two waiting, the fourth told at once to come back; a waiter past the
    deadline told so too; the rest served when the slot frees. Nothing hangs."""
    release = asyncio.Event()
    gate = _gate_around_held_app(
        release, db_concurrency=1, ingest_concurrency=1, queue_timeout_s=0.5, max_queued=2
    )

    async def call():
        sent = []

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "path": "/api/participant/me", "method": "GET"}
        await gate(scope, None, send)
        start = sent[0]
        return start["status"], dict(start["headers"]), sent[1]["body"]

    async def scenario():
        first = asyncio.create_task(call())
        await asyncio.sleep(0)  # it holds the only slot
        waiting = [asyncio.create_task(call()) for _ in range(2)]
        await asyncio.sleep(0)
        status, headers, body = await call()  # the queue is full: answered at once
        assert status == 503 and int(headers[b"retry-after"]) > 0
        assert b"Nothing was lost" in body
        # Both waiters pass the deadline while the slot is held.
        for task in waiting:
            status, headers, _ = await task
            assert status == 503 and b"retry-after" in headers
        release.set()
        assert (await first)[0] == 200
        assert (await call())[0] == 200  # and the next one is served

    asyncio.run(scenario())


def test_event_batches_have_a_lane_of_their_own_at_the_gate():
    """Requests that hold database connections are few at a time; the phones' batches
    (stored in groups by the event writer) pass beside them, up to their own limit."""
    release = asyncio.Event()
    gate = _gate_around_held_app(
        release, db_concurrency=1, ingest_concurrency=3, queue_timeout_s=0.3, max_queued=100
    )

    async def call(path: str, method: str = "POST") -> int:
        sent = []

        async def send(message):
            sent.append(message)

        await gate({"type": "http", "path": path, "method": method}, None, send)
        return sent[0]["status"]

    async def scenario():
        coach = asyncio.create_task(call("/api/participants", "GET"))  # the one db slot
        await asyncio.sleep(0)
        batches = [asyncio.create_task(call("/api/progress/events")) for _ in range(4)]
        another_coach = asyncio.create_task(call("/api/participants", "GET"))
        await asyncio.sleep(0.4)  # past the deadline: who got in is still held
        release.set()
        statuses = sorted(await asyncio.gather(*batches))
        assert statuses == [200, 200, 200, 503]  # three in their lane, the fourth told
        assert await coach == 200
        assert await another_coach == 503  # the db lane was full all along

    asyncio.run(scenario())


def _event(device_time: str, step="checklist-tvattstuga-board", **extra) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "type": "step_ticked",
        "step": step,
        "item": "tvattstuga",
        "device_time": device_time,
        "language": "ar",
        **extra,
    }


@pytest.fixture
def phone(session, client):
    from server.services.catalog import seed_catalog

    seed_catalog(session=session)
    org = make_org(session)
    me = make_participant(session, org)
    return {"Authorization": f"Bearer {participant_token(session, me)}"}


def test_a_poisoned_event_is_rejected_alone_and_its_batch_lands(client, phone):
    now = datetime.now(UTC).isoformat()
    good = [_event(now), _event(now, step="checklist-tvattstuga-book")]
    poisoned = [
        _event("0001-01-01T00:00:00+14:00"),  # has no UTC time at all
        _event("1970-01-01T00:00:00Z"),  # a phone whose clock was reset
        _event(now, listened_ms=10**30, type="audio_played"),
        {"id": str(uuid.uuid4()), "type": "step_ticked", "device_time": "9999-99-99"},
    ]
    batch = [good[0], *poisoned, good[1]]
    r = client.post("/api/progress/events", json={"events": batch}, headers=phone)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stored"] == [good[0]["id"], good[1]["id"]]
    reasons = {x["index"]: x["error"] for x in body["rejected"]}
    assert set(reasons) == {1, 2, 3, 4}
    assert "device_time" in reasons[1] and "2000" in reasons[1]
    assert "device_time" in reasons[2] and "2000" in reasons[2]
    assert "listened_ms" in reasons[3]
    assert "device_time" in reasons[4]
    # The phone resends the whole batch (its response was lost): nothing counts twice.
    again = client.post("/api/progress/events", json={"events": batch}, headers=phone).json()
    assert again["stored"] == [] and set(again["duplicates"]) == {good[0]["id"], good[1]["id"]}


def test_a_big_body_without_credentials_is_refused_before_it_is_read(client):
    huge = b'{"events": [' + b'{"id": "x"},' * 200_000 + b"{}]}"  # ~2.4 MB
    r = client.post(
        "/api/progress/events", content=huge, headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 401
    assert "Sign in first" in r.json()["detail"]

    # Streamed with no Content-Length: cut off at the cap, the same answer.
    def chunks():
        for _ in range(200):
            yield b" " * 16_384

    r = client.post(
        "/api/progress/events", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 401


def test_a_signed_in_body_over_the_cap_is_413_and_sign_in_still_works(client, phone):
    big = {"events": [_event("2026-01-01T00:00:00Z") for _ in range(6000)]}  # ~1.1 MB
    r = client.post("/api/progress/events", json=big, headers=phone)
    assert r.status_code == 413
    assert "too large" in r.json()["detail"]
    # A small anonymous body (sign-in) is still read and answered on its merits.
    r = client.post("/api/auth/login", json={"email": "nobody@example.org", "password": "x"})
    assert r.status_code == 401
    assert "Sign in first" not in r.text


def test_healthz_reports_the_database_and_livez_only_the_process(monkeypatch, tmp_path):
    from fastapi.testclient import TestClient

    monkeypatch.setenv("STEGVIS_DATABASE_URL", "postgresql://stegvis@127.0.0.1:1/stegvis")
    monkeypatch.setenv("STEGVIS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("STEGVIS_MOUNT_CLIENT", "false")
    get_settings.cache_clear()
    try:
        with TestClient(create_app()) as client:
            r = client.get("/healthz")
            assert r.status_code == 503
            assert r.json() == {"status": "unavailable", "database": "down"}
            assert client.get("/livez").json() == {"status": "ok"}
    finally:
        get_settings.cache_clear()


def test_the_ingests_own_lane_answers_as_the_documented_route(client, phone):
    """Batches are dispatched ahead of the API's routers (server/main.py); the route is
    still documented once, and its errors read as every other route's."""
    spec = client.get("/openapi.json").json()
    documented = spec["paths"]["/api/progress/events"]
    assert set(documented) == {"post"}
    body = documented["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "events" in str(body)
    wrong_method = client.get("/api/progress/events", headers=phone)
    assert wrong_method.status_code == 405
    assert wrong_method.json() == {"detail": "Method Not Allowed"}
    no_card = client.post("/api/progress/events", json={"events": []})
    assert no_card.status_code == 401 and no_card.headers["www-authenticate"] == "Bearer"
    assert "Sign-in card" in no_card.json()["detail"]
    assert "x-content-type-options" in no_card.headers  # the security headers still apply
    now = datetime.now(UTC).isoformat()
    sent = _event(now)
    r = client.post("/api/progress/events", json={"events": [sent]}, headers=phone)
    assert r.status_code == 200 and r.json()["stored"] == [sent["id"]]


def test_a_served_process_sets_its_garbage_collector_for_a_long_run_and_tests_do_not(tmp_path):
    # In a fresh interpreter: freezing is for good, and the threshold is process-wide.
    # With Python's defaults a busy morning spent ~14 % of the server's time in
    # collections (server/core/gc_tuning.py); tests build many apps and must not freeze.
    probe = textwrap.dedent(
        """
        import gc, json
        from fastapi.testclient import TestClient
        from server.main import create_app, create_served_app
        seen = {}
        for name, factory in (("test app", create_app), ("served app", create_served_app)):
            with TestClient(factory()) as client:
                assert client.get("/livez").status_code == 200
                seen[name] = [gc.get_threshold()[0], gc.get_freeze_count()]
        print(json.dumps(seen))
        """
    )
    env = {
        **os.environ,
        "STEGVIS_MOUNT_CLIENT": "false",
        "STEGVIS_DATA_DIR": str(tmp_path),
        "STEGVIS_DATABASE_URL": f"sqlite:///{tmp_path / 'gc.db'}",
    }
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["test app"] == [700, 0]  # Python's defaults, untouched
    threshold, frozen = seen["served app"]
    assert threshold == GEN0_THRESHOLD
    assert frozen > 10_000  # the imports, routes and schemas made at start
