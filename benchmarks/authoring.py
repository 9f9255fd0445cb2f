"""What issue 10's authoring costs: a phone photo made small and clean, the worklist of
a busy organisation, and a recording pack's size and import time. SQLite, in-process.

    .venv/bin/python benchmarks/authoring.py            # ~1 minute
    .venv/bin/python benchmarks/authoring.py --items 60

Figures are medians of repeated runs, each printed beside a baseline measured in the
same run: decoding the photo only; GET /api/texts (the old review list) for the worklist.
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argon2 import PasswordHasher  # noqa: E402
from PIL import Image  # noqa: E402

from server.core import security  # noqa: E402


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def phone_jpeg() -> bytes:
    from tests.server.test_authoring import phone_photo

    return phone_photo((4000, 3000))


def bench_photo(runs: int) -> None:
    from server.services.photos import process_photo

    data = phone_jpeg()
    base = median_ms(lambda: Image.open(io.BytesIO(data)).load(), runs)
    ours = median_ms(lambda: process_photo(data), runs)
    out, w, h = process_photo(data)
    print(f"photo 4000x3000 JPEG {len(data) / 1024:.0f} KB -> {w}x{h} {len(out) / 1024:.1f} KB")
    print(
        f"  decode only (baseline) {base:.0f} ms; resize + strip + re-encode {ours:.0f} ms "
        f"({ours / base:.1f}x)"
    )


def bench_worklist(items: int, runs: int) -> None:
    os.environ["STEGVIS_MOUNT_CLIENT"] = "false"
    tmp = Path(tempfile.mkdtemp(prefix="stegvis-bench-"))
    os.environ["STEGVIS_DATABASE_URL"] = f"sqlite:///{tmp / 'bench.db'}"
    os.environ["STEGVIS_AUDIO_DIR"] = str(tmp / "audio")
    os.environ["STEGVIS_PHOTO_DIR"] = str(tmp / "photos")
    from fastapi.testclient import TestClient
    from sqlmodel import Session, SQLModel

    import server.models  # noqa: F401
    from server.core.config import get_settings
    from server.db import _engine_for
    from server.main import create_app
    from server.services import accounts
    from server.services.catalog import seed_catalog

    get_settings.cache_clear()
    engine = _engine_for(get_settings().sqlalchemy_url)
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        seed_catalog(session=s, settings=get_settings())
        org = accounts.create_organisation(session=s, name="Bench", slug="bench")
        accounts.create_coach(
            session=s,
            organisation=org,
            email="ls@bench.example.org",
            display_name="LS",
            password="bench password 123",
            is_language_support=True,
        )
    with TestClient(create_app()) as c:
        tok = c.post(
            "/api/auth/login",
            json={"email": "ls@bench.example.org", "password": "bench password 123"},
        ).json()
        h = {"Authorization": f"Bearer {tok['access_token']}"}
        t = time.perf_counter()
        for n in range(items):
            c.post(
                "/api/authoring/items",
                headers=h,
                json={
                    "kind": "station",
                    "title": f"Station {n}",
                    "pictogram": "build",
                    "steps": [
                        {"text": f"Steg {k} på station {n}.", "pictogram": "build"}
                        for k in range(8)
                    ],
                },
            )
        made = (time.perf_counter() - t) * 1000 / items
        rows = len(c.get("/api/worklist", params={"language": "so"}, headers=h).json()["rows"])
        base = median_ms(lambda: c.get("/api/texts", params={"language": "so"}, headers=h), runs)
        ours = median_ms(lambda: c.get("/api/worklist", params={"language": "so"}, headers=h), runs)
        nxt = median_ms(
            lambda: c.get("/api/worklist/next", params={"language": "so"}, headers=h), runs
        )
        print(
            f"worklist: {items} stations x 8 steps ({rows} Somali rows); "
            f"create one station {made:.0f} ms"
        )
        print(
            f"  GET /api/texts (baseline) {base:.0f} ms; GET /api/worklist {ours:.0f} ms "
            f"({ours / base:.2f}x); /api/worklist/next {nxt:.0f} ms"
        )
        # A pack of every reviewed Somali text (no recordings: they need a person).
        for row in c.get("/api/worklist", params={"language": "so"}, headers=h).json()["rows"]:
            c.patch(
                f"/api/texts/{row['text_id']}/so",
                headers=h,
                json={"text": f"Qoraal {row['text_id']}", "review_status": "reviewed"},
            )
        pack = c.get("/api/packs/export", params={"language": "so"}, headers=h).content
        files = {"file": ("so.zip", pack, "application/zip")}
        imp = median_ms(lambda: c.post("/api/packs/import", files=files, headers=h), runs)
        print(f"pack: {rows} reviewed texts {len(pack) / 1024:.1f} KB; import preview {imp:.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=30)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    # Account hashing is not what is measured here.
    security._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    bench_photo(args.runs)
    bench_worklist(args.items, args.runs)


if __name__ == "__main__":
    main()
