"""Issue 8, point 2: `stegvis serve --workers N`, real processes on one port.

On PostgreSQL two server processes share nothing but the database: the same batch sent
to both at once is stored once and counted once, sign-in failures made at one process
throttle the account at the other, and a text corrected elsewhere reaches both
processes' caches. Each connection is pinned to the process that accepted it (read from
the processes' own sockets), so every check crosses processes on purpose. On SQLite,
the embedded one-process default, the command refuses and says why.
"""

import http.client
import json
import os
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import psutil
import pytest
from sqlalchemy import func
from sqlmodel import select

from server.models import CatalogItem, Step
from server.models.coaching import DailyCount
from server.models.progress import ProgressEvent
from server.services.authoring import set_source_text
from server.services.catalog import seed_catalog
from server.services.login_throttle import POLICIES
from server.services.rollups import apply_pending
from tests.client.live import free_port
from tests.utils.factories import (
    PASSWORD,
    make_coach,
    make_org,
    make_participant,
    participant_token,
)

WORKERS = 2


def _serve(port: int, workers: int, log: Path) -> subprocess.Popen:
    """The server, its output to a file (a pipe nobody reads would fill with the access
    log and stop the server mid-test)."""
    env = {**os.environ, "STEGVIS_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}"}
    command = [sys.executable, "-m", "server.cli", "serve", "--port", str(port)]
    with log.open("w") as out:
        return subprocess.Popen(
            [*command, "--workers", str(workers)], env=env, stdout=out, stderr=subprocess.STDOUT
        )


def _ready(port: int, server: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, log.read_text()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                workers = [p for p in psutil.Process(server.pid).children() if _listens(p, port)]
                if len(workers) == WORKERS:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError("the server processes did not start")


def _listens(process: psutil.Process, port: int) -> bool:
    try:
        return any(
            c.status == psutil.CONN_LISTEN and c.laddr.port == port
            for c in process.net_connections(kind="tcp")
        )
    except psutil.Error:
        return False


def _holds(worker: psutil.Process, client_port: int) -> bool:
    return any(c.raddr and c.raddr.port == client_port for c in worker.net_connections("tcp"))


def _connections_per_worker(server: subprocess.Popen, port: int, wanted: int = 4):
    """Keep-alive connections, grouped by the worker process that accepted each."""
    workers = [p for p in psutil.Process(server.pid).children() if _listens(p, port)]
    pinned: dict[int, list[http.client.HTTPConnection]] = {w.pid: [] for w in workers}
    for _ in range(200):
        if all(len(conns) >= wanted for conns in pinned.values()):
            return list(pinned.values())
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", "/livez")
        conn.getresponse().read()
        mine = conn.sock.getsockname()[1]
        holder = next(w for w in workers if _holds(w, mine))
        if len(pinned[holder.pid]) < wanted:
            pinned[holder.pid].append(conn)
        else:
            conn.close()
    raise AssertionError(f"connections per worker: {[len(c) for c in pinned.values()]}")


def _call(conn, method: str, path: str, body=None, headers=None) -> tuple[int, bytes]:
    """One request on a pinned connection (taken fresh for each step: uvicorn closes a
    connection idle for 5 s, and http.client would quietly reconnect to any process)."""
    pinned_port = conn.sock.getsockname()[1]
    payload = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json", **(headers or {})}
    conn.request(method, path, body=payload, headers=headers)
    r = conn.getresponse()
    answer = r.status, r.read()
    assert conn.sock.getsockname()[1] == pinned_port, "reconnected: no longer pinned"
    return answer


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_several_processes_need_postgresql(settings, tmp_path):
    port = free_port()
    log = tmp_path / "serve.log"
    server = _serve(port, WORKERS, log)
    assert server.wait(60) == 2
    assert "Several server processes need PostgreSQL" in log.read_text()


@pytest.mark.parametrize(
    "db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
def test_two_processes_store_a_batch_sent_to_both_once_and_share_sign_in_and_texts(
    settings, session, tmp_path
):
    seed_catalog(session=session)
    org = make_org(session)
    coach = make_coach(session, org)
    phones = [participant_token(session, make_participant(session, org)) for _ in range(6)]
    item = session.exec(select(CatalogItem).where(CatalogItem.slug == "tvattstuga")).one()
    steps = session.exec(
        select(Step).where(Step.item_id == item.id, Step.position >= 0).order_by(Step.position)
    ).all()

    port = free_port()
    log = tmp_path / "serve.log"
    server = _serve(port, WORKERS, log)
    try:
        _ready(port, server, log)
        at_a, at_b = _connections_per_worker(server, port)

        # The same batches at both processes at once, as a phone retrying while its
        # first copy is still in flight: every event stored once, by one of the two.
        now = datetime.now(UTC).isoformat()
        batches = [
            (
                token,
                [
                    {
                        "id": str(uuid.uuid4()),
                        "type": "step_ticked",
                        "device_time": now,
                        "step": steps[n % len(steps)].text_id,
                        "item": "tvattstuga",
                        "language": "ar",
                    }
                    for n in range(25)
                ],
            )
            for token in phones
        ]
        answers: dict[tuple[int, str], dict] = {}

        def send(conn, side: str, index: int, token: str, events: list) -> None:
            auth = {"Authorization": f"Bearer {token}"}
            status, body = _call(conn, "POST", "/api/progress/events", {"events": events}, auth)
            assert status == 200, body
            answers[index, side] = json.loads(body)

        for index, (token, events) in enumerate(batches):
            threads = [
                threading.Thread(
                    target=send, args=(conns[index % len(conns)], side, index, token, events)
                )
                for side, conns in (("a", at_a), ("b", at_b))
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        sent = {e["id"] for _, events in batches for e in events}
        for index, (_, events) in enumerate(batches):
            a, b = answers[index, "a"], answers[index, "b"]
            ids = {e["id"] for e in events}
            assert set(a["stored"]) | set(b["stored"]) == ids  # each stored by one process
            assert not set(a["stored"]) & set(b["stored"])
            assert set(a["stored"]) | set(a["duplicates"]) == ids
            assert set(b["stored"]) | set(b["duplicates"]) == ids
        session.expire_all()
        stored = session.exec(select(ProgressEvent.event_id)).all()
        assert sorted(stored) == sorted(sent)  # nothing lost, nothing twice
        apply_pending(session)  # as a coach's request would, before reading the counts
        assert session.exec(select(func.sum(DailyCount.count))).one() == len(sent)

        # Sign-in failures at one process throttle the account at the other.
        login = "/api/auth/login"
        for _ in range(POLICIES["account"].free + 1):
            wrong = {"email": coach.email, "password": "not the password"}
            assert _call(at_a[0], "POST", login, wrong)[0] in (401, 429)
        right = {"email": coach.email, "password": PASSWORD}
        at_a, at_b = _connections_per_worker(server, port)
        assert _call(at_b[0], "POST", login, right)[0] == 429

        # A text corrected elsewhere (another process, a pack import) reaches the cache
        # of both processes within seconds, after both had served the old one.
        step = steps[0]
        catalog = "/api/catalog?lang=sv"
        at_a, at_b = _connections_per_worker(server, port)
        for conn in (at_a[1], at_b[1]):
            status, body = _call(conn, "GET", catalog)
            assert status == 200 and b"Rattad av en annan process" not in body
        set_source_text(
            session=session, text_id=step.text_id, text="Rattad av en annan process", by="test"
        )
        session.commit()
        seen = {"a": False, "b": False}
        deadline = time.monotonic() + 30
        while not all(seen.values()) and time.monotonic() < deadline:
            for side, conn in (("a", at_a[1]), ("b", at_b[1])):
                status, body = _call(conn, "GET", catalog)
                seen[side] = seen[side] or (status == 200 and b"Rattad av en annan process" in body)
            time.sleep(0.2)
        assert seen == {"a": True, "b": True}
    finally:
        server.terminate()
        server.wait(30)
