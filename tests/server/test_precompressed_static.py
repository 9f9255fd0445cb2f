"""/app's files (the Flet web client) are gzipped once per file, not per phone, and
revalidate with a bodiless 304. Checked on Starlette's StaticFiles, which Flet's
static app extends, over real files."""

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.testclient import TestClient

from server.core.precompress import PrecompressedStatic


def make_client(tmp_path):
    (tmp_path / "main.dart.js").write_text("console.log('stegvis');\n" * 2000)
    (tmp_path / "other.js").write_text("var other = 1;\n" * 2000)
    (tmp_path / "tiny.js").write_text("x")
    (tmp_path / "icon.png").write_bytes(b"\x89PNG" + bytes(4000))
    static = PrecompressedStatic(StaticFiles(directory=tmp_path))
    app = Starlette(routes=[Mount("/app", app=static)])
    return TestClient(app), static


def test_a_file_is_compressed_once_for_every_phone(tmp_path):
    client, static = make_client(tmp_path)
    raw = (tmp_path / "main.dart.js").read_bytes()
    answers = [
        client.get("/app/main.dart.js", headers={"Accept-Encoding": "gzip"}) for _ in range(5)
    ]
    for r in answers:
        assert r.status_code == 200
        assert r.headers["content-encoding"] == "gzip"
        assert r.content == raw  # decoded as the phone decodes it
        assert r.headers["cache-control"] == "no-cache"
        assert "accept-encoding" in r.headers["vary"].lower()
        assert int(r.headers["content-length"]) < len(raw) / 10
    assert static.compressions == 1
    # Another file is its own compression; a phone without gzip gets the plain bytes.
    assert client.get("/app/other.js", headers={"Accept-Encoding": "gzip"}).status_code == 200
    plain = client.get("/app/main.dart.js", headers={"Accept-Encoding": "identity"})
    assert plain.content == raw and "content-encoding" not in plain.headers
    assert static.compressions == 2


def test_a_phone_with_the_file_gets_a_bodiless_304(tmp_path):
    client, _ = make_client(tmp_path)
    first = client.get("/app/main.dart.js", headers={"Accept-Encoding": "gzip"})
    etag = first.headers["etag"]
    assert etag.startswith("W/")  # the same content in another encoding
    again = client.get(
        "/app/main.dart.js", headers={"Accept-Encoding": "gzip", "If-None-Match": etag}
    )
    assert again.status_code == 304 and again.content == b""
    # Changed on disk: a new ETag, a new body, compressed anew.
    (tmp_path / "main.dart.js").write_text("console.log('new');\n" * 3000)
    changed = client.get(
        "/app/main.dart.js", headers={"Accept-Encoding": "gzip", "If-None-Match": etag}
    )
    assert changed.status_code == 200 and b"new" in changed.content


def test_small_and_binary_files_pass_as_they_are(tmp_path):
    client, static = make_client(tmp_path)
    tiny = client.get("/app/tiny.js", headers={"Accept-Encoding": "gzip"})
    png = client.get("/app/icon.png", headers={"Accept-Encoding": "gzip"})
    assert tiny.content == b"x" and "content-encoding" not in tiny.headers
    assert png.content.startswith(b"\x89PNG") and "content-encoding" not in png.headers
    assert client.get("/app/missing.js").status_code == 404
    head = client.head("/app/main.dart.js", headers={"Accept-Encoding": "gzip"})
    assert head.status_code == 200 and head.content == b""
    assert static.compressions == 0  # nothing here was worth compressing
