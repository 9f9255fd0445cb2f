"""GET /api/catalog: what the participant's client downloads and caches."""

from tests.client.fixtures import make_mini_catalog


def test_catalog_in_arabic_has_swedish_beside_and_audio_or_null(client, session):
    make_mini_catalog(session)
    r = client.get("/api/catalog", params={"lang": "ar"})
    assert r.status_code == 200
    data = r.json()
    assert data["language"] == "ar" and data["direction"] == "rtl"
    bill = next(i for i in data["items"] if i["slug"] == "bill")
    assert bill["kind"] == "checklist" and bill["pictogram"] == "receipt_long"
    assert bill["title"]["text"] == "دفع فاتورة"
    assert bill["title"]["sv"] == "Betala en räkning"
    first = bill["steps"][0]
    assert first["key"] == "checklist-bill-open"
    assert first["pictogram"] == "mail"
    assert first["text"] == "افتح الفاتورة" and first["sv"] == "Öppna räkningen"
    assert first["review_status"] == "draft"
    assert first["audio"].startswith("/audio/ar-") and first["audio_sv"].startswith("/audio/sv-")
    assert [s["position"] for s in bill["steps"]] == [0, 1, 2]
    assert {lang["code"] for lang in data["languages"]} == {"ar", "fa", "so", "ti", "sv"}


def test_tigrinya_steps_say_no_audio_yet_with_text_kept(client, session):
    make_mini_catalog(session)
    data = client.get("/api/catalog", params={"lang": "ti"}).json()
    station = next(i for i in data["items"] if i["kind"] == "station")
    assert station["code"] == "gardin"
    for step in station["steps"]:
        assert step["audio"] is None  # "no recording yet", shown not hidden
        assert step["text"] and step["sv"] and step["audio_sv"]
    assert data["direction"] == "ltr"


def test_etag_lets_the_client_skip_an_unchanged_catalog(client, session):
    make_mini_catalog(session)
    r1 = client.get("/api/catalog", params={"lang": "fa"})
    etag = r1.headers["etag"]
    assert etag.strip('"') == r1.json()["version"]
    r2 = client.get("/api/catalog", params={"lang": "fa"}, headers={"If-None-Match": etag})
    assert r2.status_code == 304 and r2.content == b""
    # Another language is another document.
    assert client.get("/api/catalog", params={"lang": "so"}).json()["version"] != etag.strip('"')


def test_a_changed_text_changes_the_version(client, session):
    from sqlmodel import select

    from server.models import CatalogText

    make_mini_catalog(session)
    before = client.get("/api/catalog", params={"lang": "so"}).json()["version"]
    row = session.exec(
        select(CatalogText).where(
            CatalogText.text_id == "checklist-bill-open", CatalogText.language == "so"
        )
    ).one()
    row.text = "Fur warqadda biilka"
    session.add(row)
    session.commit()
    after = client.get("/api/catalog", params={"lang": "so"}).json()
    assert after["version"] != before
    bill = next(i for i in after["items"] if i["slug"] == "bill")
    assert bill["steps"][0]["text"] == "Fur warqadda biilka"


def test_unknown_language_is_a_clear_422(client, session):
    r = client.get("/api/catalog", params={"lang": "xx"})
    assert r.status_code == 422
    assert "Unknown language 'xx'" in r.json()["detail"]
    assert "ti" in r.json()["detail"]


def test_home_tile_labels_come_with_their_audio(client, session, settings):
    """The home tiles are heard, not only read: their labels are catalog texts with audio."""
    from server.models import AudioClip
    from server.services.audio import text_sha
    from server.services.catalog import seed_catalog

    seed_catalog(session=session, settings=settings)
    label = "app-home-bus"
    arabic = client.get("/api/catalog", params={"lang": "ar"}).json()["labels"]
    assert {f"app-home-{k}" for k in ("bills", "bus", "checklists", "goals", "stations")} <= set(
        arabic
    )
    assert arabic["app-language-ar"]["text"] == "العربية"  # the chooser's names are heard too
    assert arabic[label]["text"] == "الحافلة" and arabic[label]["sv"] == "Buss"
    assert arabic[label]["audio"] is None  # nothing spoken yet: the tile shows a muted mark

    session.add(
        AudioClip(
            text_id=label,
            language="ar",
            text_sha=text_sha("الحافلة"),
            source="espeak",
            voice="ar",
            file_name="ar-bus.mp3",
            byte_size=1,
            duration_ms=700,
        )
    )
    session.commit()
    arabic = client.get("/api/catalog", params={"lang": "ar"}).json()["labels"]
    assert arabic[label]["audio"] == "/audio/ar-bus.mp3"


def test_a_repeat_ask_is_answered_from_memory_gzipped_and_304_runs_no_sql(client, session):
    from sqlalchemy import event

    from server.db import get_engine

    make_mini_catalog(session)
    first = client.get("/api/catalog", params={"lang": "ar"}, headers={"Accept-Encoding": "gzip"})
    assert first.headers["content-encoding"] == "gzip"
    assert first.json()["language"] == "ar"  # decoded by the client as a phone would
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(get_engine(), "before_cursor_execute", count)
    try:
        etag = first.headers["etag"]
        again = client.get("/api/catalog", params={"lang": "ar"}, headers={"If-None-Match": etag})
        plain = {"Accept-Encoding": "identity"}
        full = client.get("/api/catalog", params={"lang": "ar"}, headers=plain)
    finally:
        event.remove(get_engine(), "before_cursor_execute", count)
    assert again.status_code == 304
    assert full.json() == first.json() and "content-encoding" not in full.headers
    assert statements == []
