"""What the coach's pages cost with a year of events: participant list, participant page,
organisation report, on SQLite and PostgreSQL.

Seeds 2,000 participants (8 organisations of 250) with one year of events, about
5 million at --scale 1, with bulk inserts (executemany on SQLite, COPY on
PostgreSQL) and the rollups built in bulk (rebuild_rollups). It measures first
with 1/10 of the events loaded, then loads the other 9/10 and measures again:
the pages read rollups only, so the two rows should be close.

    .venv/bin/python benchmarks/dashboard.py                 # both databases, ~5 M events
    .venv/bin/python benchmarks/dashboard.py --scale 0.1     # quicker
    .venv/bin/python benchmarks/dashboard.py --only sqlite

PostgreSQL: --pg-url (default postgresql://postgres@127.0.0.1:5432/test); the
benchmark works in a schema of its own and drops it at the end.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlmodel import Session, SQLModel, select  # noqa: E402

import server.models  # noqa: E402, F401
from server.core import security  # noqa: E402
from server.core.config import get_settings  # noqa: E402
from server.models import CatalogItem, Participant, Step  # noqa: E402
from server.services import accounts  # noqa: E402
from server.services.catalog import seed_catalog  # noqa: E402
from server.services.rollups import rebuild_rollups  # noqa: E402

PARTICIPANTS = 2_000
ORGS = 8
EVENTS_AT_SCALE_1 = 5_000_000
PASSWORD = "bench password 123"
LANGS = ("ar", "fa", "so", "ti", "sv")
COLUMNS = (
    "event_id", "participant_id", "kind", "item_id", "step_id", "language",
    "listened_ms", "device_time", "received_at",
)  # fmt: skip


def log(msg: str) -> None:
    print(msg, flush=True)


def event_uuid(n: int) -> str:
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-8{h[17:20]}-{h[20:]}"


def make_events(catalog, participant_ids, total: int, seed: int = 5):
    """Events for a year, per participant, as tuples in COLUMNS order; a plausible mix."""
    rnd = random.Random(seed)
    checklists = [(i, s) for i, k, s in catalog if k == "checklist"]
    guides = [(i, s) for i, k, s in catalog if k == "guide"]
    stations = [(i, s) for i, k, s in catalog if k == "station"]
    end = datetime.now(UTC) - timedelta(hours=1)
    year = 365 * 24 * 3600
    per = total // len(participant_ids)
    n = 0
    for pid, lang in participant_ids:
        # Each participant sticks to a few items, like real use.
        my_cl = rnd.sample(checklists, k=min(len(checklists), rnd.randint(1, 4)))
        my_st = rnd.sample(stations, k=min(len(stations), rnd.randint(1, 3)))
        for _ in range(per):
            n += 1
            t = end - timedelta(seconds=rnd.randrange(year))
            r = rnd.random()
            ms = None
            step = None
            language = lang if rnd.random() < 0.7 else "sv"
            if r < 0.45:
                item, steps = rnd.choice(my_st)
                kind, step = "audio_played", rnd.choice(steps)
                ms = rnd.randint(300, 9000)
            elif r < 0.60:
                item, steps = rnd.choice(my_st)
                kind = "station_opened"
            elif r < 0.82:
                item, steps = rnd.choice(my_cl)
                kind, step = "step_ticked", rnd.choice(steps)
            elif r < 0.86:
                item, steps = rnd.choice(my_cl)
                kind, step = "step_unticked", rnd.choice(steps)
            elif r < 0.92:
                item, steps = rnd.choice(my_cl)
                kind = "checklist_completed"
            elif r < 0.95 and guides:
                item, steps = rnd.choice(guides)
                kind = "guide_finished"
            else:
                item, steps = rnd.choice(my_cl)
                kind, step = "audio_played", rnd.choice(steps)
                ms = rnd.randint(300, 6000)
            yield (event_uuid(n), pid, kind, item, step, language, ms, t, t)


def bulk_insert(engine, rows: list[tuple]) -> None:
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        if engine.dialect.name == "postgresql":
            # Bulk seeding only: skip the per-row foreign-key triggers (the rows are
            # made consistent above); the indexes stay, as in production.
            cur.execute("ALTER TABLE progress_event DISABLE TRIGGER ALL")
            with cur.copy(f"COPY progress_event ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            cur.execute("ALTER TABLE progress_event ENABLE TRIGGER ALL")
        else:
            marks = ", ".join("?" for _ in COLUMNS)
            fmt = "%Y-%m-%d %H:%M:%S.%f"
            cur.executemany(
                f"INSERT INTO progress_event ({', '.join(COLUMNS)}) VALUES ({marks})",
                (r[:7] + (r[7].strftime(fmt), r[8].strftime(fmt)) for r in rows),
            )
        raw.commit()
    finally:
        raw.close()


def percentiles(samples: list[float]) -> tuple[float, float]:
    s = sorted(samples)
    return statistics.median(s), s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]


def measure(client, headers, org_pids: list[int], n: int) -> dict[str, tuple[float, float]]:
    rnd = random.Random(1)
    today = datetime.now(UTC).date()
    year_ago = today - timedelta(days=365)
    cases = {
        "participant list (50 rows)": lambda: (
            f"/api/participants?limit=50&offset={rnd.randrange(0, 200)}"
            f"&sort={rnd.choice(['name', 'last_activity', 'progress'])}"
        ),
        "participant page": lambda: f"/api/participants/{rnd.choice(org_pids)}/overview",
        "organisation report (1 year)": lambda: (
            f"/api/reports/organisation?from={year_ago}&to={today}"
        ),
        "report CSV (1 year)": lambda: (
            f"/api/reports/organisation?from={year_ago}&to={today}&format=csv"
        ),
    }
    out = {}
    for name, url in cases.items():
        for _ in range(3):  # warm-up
            client.get(url(), headers=headers)
        times = []
        for _ in range(n):
            u = url()
            t0 = time.perf_counter()
            r = client.get(u, headers=headers)
            times.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, (u, r.status_code, r.text[:200])
        out[name] = percentiles(times)
    return out


def run(backend: str, url: str, scale: float, n: int) -> dict:
    from fastapi.testclient import TestClient

    from server.main import create_app

    os.environ["STEGVIS_DATABASE_URL"] = url
    get_settings.cache_clear()
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    SQLModel.metadata.create_all(engine)
    security._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    t0 = time.perf_counter()
    with Session(engine) as session:
        seed_catalog(session=session)
        catalog = []
        for item in session.exec(select(CatalogItem)).all():
            steps = session.exec(select(Step.id).where(Step.item_id == item.id)).all()
            if steps:
                catalog.append((item.id, item.kind, list(steps)))
        orgs, coaches, people = [], [], []
        for o in range(ORGS):
            org = accounts.create_organisation(session=session, name=f"AME {o}", slug=f"ame-{o}")
            coach = accounts.create_coach(
                session=session,
                organisation=org,
                email=f"coach{o}@bench.example.org",
                display_name=f"Coach {o}",
                password=PASSWORD,
            )
            orgs.append(org.id)
            coaches.append(coach.email)
        rnd = random.Random(2)
        session.add_all(
            Participant(
                display_name=f"Deltagare {i:04d}",
                language=rnd.choice(LANGS),
                organisation_id=orgs[i % ORGS],
                gender=rnd.choice(["woman", "man", "woman", "man", "unspecified"]),
                created_at=datetime.now(UTC) - timedelta(days=400),
            )
            for i in range(PARTICIPANTS)
        )
        session.commit()
        people = [(p.id, p.language) for p in session.exec(select(Participant)).all()]
        org0 = [
            p.id
            for p in session.exec(select(Participant).where(Participant.organisation_id == orgs[0]))
        ]
    total = int(EVENTS_AT_SCALE_1 * scale)
    log(f"[{backend}] generating {total:,} events ...")
    events = list(make_events([(i, k, s) for i, k, s in catalog], people, total))
    tenth, rest = events[::10], [e for i, e in enumerate(events) if i % 10]
    del events
    results = {}
    loaded = 0
    with TestClient(create_app()) as client:
        login = client.post("/api/auth/login", json={"email": coaches[0], "password": PASSWORD})
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        client.cookies.clear()
        for label, batch in (("1/10 of events", tenth), ("all events", rest)):
            t1 = time.perf_counter()
            for i in range(0, len(batch), 200_000):
                bulk_insert(engine, batch[i : i + 200_000])
            loaded += len(batch)
            t2 = time.perf_counter()
            with Session(engine) as session:
                rebuild_rollups(session, daily=True)
            if engine.dialect.name == "postgresql":
                with engine.begin() as conn:
                    conn.execute(text("ANALYZE"))
            t3 = time.perf_counter()
            log(
                f"[{backend}] {loaded:,} events stored: insert {t2 - t1:.0f} s, "
                f"rollups {t3 - t2:.0f} s"
            )
            results[(label, loaded)] = measure(client, headers, org0, n)
    log(f"[{backend}] total {time.perf_counter() - t0:.0f} s")
    engine.dispose()
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="1.0 = about 5 million events")
    ap.add_argument("--only", choices=["sqlite", "postgresql"])
    ap.add_argument("--requests", type=int, default=40, help="timed requests per page")
    ap.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/test")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="stegvis-bench-")
    os.environ.update(
        STEGVIS_DATA_DIR=tmp.name,
        STEGVIS_AUDIO_DIR=str(Path(tmp.name) / "audio"),
        STEGVIS_QR_DIR=str(Path(tmp.name) / "qr"),
        STEGVIS_MOUNT_CLIENT="false",
        STEGVIS_PUBLIC_BASE_URL="http://127.0.0.1",
    )
    all_results = {}
    if args.only in (None, "sqlite"):
        url = f"sqlite:///{Path(tmp.name) / 'bench.db'}"
        all_results["SQLite"] = run("sqlite", url, args.scale, args.requests)
    if args.only in (None, "postgresql"):
        schema = f"stegvis_bench_{os.getpid()}"
        admin = create_engine(args.pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        sep = "&" if "?" in args.pg_url else "?"
        url = f"{args.pg_url}{sep}options=-csearch_path%3D{schema}"
        try:
            all_results["PostgreSQL"] = run("postgresql", url, args.scale, args.requests)
        finally:
            from server.db import _engine_for

            _engine_for.cache_clear()
            with admin.begin() as conn:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
            admin.dispose()
    tmp.cleanup()

    print()
    print(f"Coach pages, {PARTICIPANTS:,} participants in {ORGS} organisations; ms per request")
    print(f"through the FastAPI app in-process (TestClient), {args.requests} requests each.")
    print(f"{'database':<11} {'events stored':>13}  {'page':<30} {'p50':>7} {'p95':>7}")
    for db, results in all_results.items():
        keys = list(results)
        for (_label, loaded), cases in results.items():
            for name, (p50, p95) in cases.items():
                print(f"{db:<11} {loaded:>13,}  {name:<30} {p50:>7.1f} {p95:>7.1f}")
        if len(keys) == 2:
            small, big = results[keys[0]], results[keys[1]]
            ratios = ", ".join(
                f"{name.split(' (')[0]} x{big[name][0] / small[name][0]:.2f}" for name in small
            )
            print(f"{db:<11} p50 ratio with 10x the events: {ratios}")


if __name__ == "__main__":
    main()
