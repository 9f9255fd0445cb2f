"""`stegvis build-client` and /app: what a phone's browser is sent (no browser here)."""

import gzip
import importlib.util
import io
import json
import tarfile
import zipfile
from pathlib import Path

import brotli
import pytest
from starlette.testclient import TestClient

from server.api.routes.client_app import ClientApp
from server.core.config import REPO_ROOT, get_settings
from server.services.client_build import build_client


@pytest.fixture(scope="module")
def build():
    return build_client(get_settings().client_build_dir)


@pytest.fixture(scope="module")
def client(build):
    return TestClient(ClientApp(build.out_dir))


def test_a_second_build_with_nothing_changed_rebuilds_nothing(build):
    again = build_client(build.out_dir)
    assert not again.rebuilt
    assert (again.runtime_hash, again.package_hash) == (build.runtime_hash, build.package_hash)


def test_the_app_archive_holds_the_client_and_pure_python_packages_only(build):
    data = (build.out_dir / "pkg" / f"{build.package_hash}.tar.gz").read_bytes()
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        names = tar.getnames()
    assert "main.py" in names and "client/state.pyc" in names
    assert "locales/ti/client.ftl" in names
    assert "__pypackages__/flet/__init__.pyc" in names
    assert "__pypackages__/msgpack/fallback.pyc" in names
    assert not [n for n in names if n.endswith(".so")]
    babel = {n.rsplit("/", 1)[-1] for n in names if "babel/locale-data/" in n}
    assert babel == {f"{c}.dat" for c in ("root", "sv", "en", "ar", "fa", "so", "ti")}


def test_versioned_files_are_sent_precompressed_and_cached_for_a_year(client, build):
    url = f"/rt/{build.runtime_hash}/main.dart.wasm"
    raw = (build.out_dir / "rt" / build.runtime_hash / "main.dart.wasm").read_bytes()
    br = client.get(url, headers={"Accept-Encoding": "gzip, br"})
    assert br.status_code == 200 and br.headers["content-encoding"] == "br"
    assert "immutable" in br.headers["cache-control"]
    assert br.headers["content-type"] == "application/wasm"
    # Sent as built (the bytes on disk), not compressed again for this request.
    on_disk = (build.out_dir / "rt" / build.runtime_hash / "main.dart.wasm.br").read_bytes()
    assert int(br.headers["content-length"]) == len(on_disk) < len(raw) / 2
    assert brotli.decompress(on_disk) == raw
    gz = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert gz.headers["content-encoding"] == "gzip"
    plain = client.get(url, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.content == raw
    assert (
        gzip.decompress(
            (build.out_dir / "rt" / build.runtime_hash / "main.dart.wasm.gz").read_bytes()
        )
        == raw
    )


def test_every_participant_route_is_the_app_page_and_is_revalidated(client, build):
    index = (build.out_dir / "index.html").read_text()
    for path in ("/", "/station/gardin", "/checklist/bill", "/signin/" + "a" * 30):
        r = client.get(path, headers={"Accept-Encoding": "identity"})
        assert r.status_code == 200 and r.text == index
        assert r.headers["cache-control"] == "no-cache"
    assert f"/app/pkg/{build.package_hash}.tar.gz" in index
    assert "history.replaceState" in index  # the card's token leaves the address bar
    sw = client.get("/sw.js")
    assert sw.headers["cache-control"] == "no-cache"
    assert json.loads(json.dumps(build.package_hash)) in sw.text


def test_files_asked_for_beside_the_page_are_the_current_builds(client, build):
    """The coach area (Flet server mode) asks for its fonts relative to /app/, not to the
    versioned runtime: without them every word on its screens is blank."""
    font = client.get("/fonts/NotoSans-Regular.ttf", headers={"Accept-Encoding": "identity"})
    assert font.status_code == 200 and font.headers["content-type"] == "font/ttf"
    assert (
        font.content
        == (build.out_dir / "rt" / build.runtime_hash / "fonts/NotoSans-Regular.ttf").read_bytes()
    )
    assert font.headers["cache-control"] == "no-cache"  # the URL is not versioned


def test_unknown_files_and_paths_outside_the_build_are_404(client, build):
    assert client.get(f"/rt/{build.runtime_hash}/nothing.js").status_code == 404
    assert client.get("/fonts/nothing.ttf").status_code == 404
    assert client.get("/rt/../build.json").status_code == 404
    assert client.get("/%2e%2e/%2e%2e/build.json").status_code == 404
    assert client.get("/fonts/%2e%2e/%2e%2e/%2e%2e/build.json").status_code == 404
    assert client.post("/").status_code == 405


def test_without_a_build_app_says_what_to_run(tmp_path):
    r = TestClient(ClientApp(tmp_path)).get("/")
    assert r.status_code == 503 and "stegvis build-client" in r.text


def test_the_home_screen_icon_and_manifest_are_stegvis_not_flet(client, build):
    rt = f"/rt/{build.runtime_hash}"
    manifest = client.get(f"{rt}/manifest.json").json()
    assert (manifest["name"], manifest["start_url"], manifest["scope"]) == (
        "Stegvis",
        "/app/",
        "/app/",
    )
    ours = REPO_ROOT / "client" / "assets"
    for icon in manifest["icons"]:
        sent = client.get(f"{rt}/{icon['src']}", headers={"Accept-Encoding": "identity"})
        assert sent.status_code == 200
        assert sent.content == (ours / icon["src"]).read_bytes()
    assert client.get(f"{rt}/favicon.png").content == (ours / "favicon.png").read_bytes()


def test_the_app_and_the_stdlib_are_bytecode_from_pyodides_own_python(build):
    """A phone compiled ~400 modules from source at every start; now none at start. The
    bytecode is Pyodide's CPython's (a .pyc of another Python would not load: the
    browser tests run this build), hash-based and unchecked (no timestamps to check)."""
    assert build.bytecode == "compiled"
    data = (build.out_dir / "pkg" / f"{build.package_hash}.tar.gz").read_bytes()
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        names = tar.getnames()
        state = tar.extractfile("client/state.pyc").read()
    assert not [n for n in names if n.endswith(".py") and n != "main.py"]
    stdlib = zipfile.ZipFile(
        build.out_dir / "rt" / build.runtime_hash / "pyodide/python_stdlib.zip"
    )
    asyncio_pyc = stdlib.read("asyncio/__init__.pyc")
    assert "asyncio/__init__.py" not in stdlib.namelist()
    magic = importlib.util.MAGIC_NUMBER
    assert state[:4] == asyncio_pyc[:4] != magic  # Pyodide's Python, not this one
    assert int.from_bytes(state[4:8], "little") == 0b01  # hash-based, unchecked


def test_without_node_the_build_says_it_ships_source(monkeypatch):
    import server.services.client_bytecode as bytecode

    monkeypatch.setattr(bytecode.shutil, "which", lambda _name: None)
    with pytest.raises(bytecode.BytecodeUnavailable, match="node not found"):
        bytecode.compile_for_pyodide(Path("."), {"a.py": b"x = 1\n"}, stdlib=False)
