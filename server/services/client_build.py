"""`stegvis build-client`: the participant's Flet app as a static web app (Pyodide).

What `flet publish --no-cdn` does, by hand and offline: the prebuilt Flutter web client
and the Pyodide runtime both come from the installed `flet-web` package (Pyodide
314.0.7, Python 3.14), and the app's Python (client/, locales/ and the pure-Python
packages it imports, copied from this environment's installed distributions) goes into
one archive that the browser unpacks. Nothing is fetched at build time or at run time
from anywhere but our own origin, and nothing is installed by micropip in the browser.

Layout of the output folder (served at /app by server/main.py):

    index.html              the participant's page (Pyodide), no-cache: names the versions
    coach.html              the coach area's page (Flet server mode, websocket /app/ws)
    sw.js                   the service worker (scope /app/), no-cache
    rt/<hash>/...           Flutter engine, Pyodide, fonts: immutable, URL named by content
    pkg/<hash>.tar.gz       the app's Python: immutable, URL named by content
    build.json              what was built from what

Every file worth it is compressed once here (.gz, and .br), never per request.

A repeat visit starts from the service worker's cache with no network, so its time is
CPU: the build makes it short by compiling the stdlib's and the app's Python to
bytecode with Pyodide's own CPython (server/services/client_bytecode.py), by starting
the Python worker with the page instead of after the Flutter engine (_patch_python_js),
and by leaving out files nothing reads (pytz's zones), so fewer are unpacked.
"""

import gzip
import hashlib
import io
import json
import re
import shutil
import tarfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from server.core.config import REPO_ROOT
from server.services.client_bytecode import BytecodeUnavailable, compile_for_pyodide

CLIENT_DIR = REPO_ROOT / "client"
LOCALES_DIR = REPO_ROOT / "locales"
BASE = "/app/"
FORMAT = 5  # bump when the layout or the patches below change

# The pure-Python distributions the client imports in the browser (flet's own
# dependencies included). msgpack goes without its C extension: its pure fallback
# runs in Pyodide, so no platform wheel is needed.
DISTRIBUTIONS = (
    "flet",
    "flet-audio",
    "msgpack",
    "repath",
    "six",
    "fluent.runtime",
    "fluent.syntax",
    "attrs",
    "babel",
    "pytz",
    "typing_extensions",
)
LANGUAGES = ("sv", "en", "ar", "fa", "so", "ti")
# CLDR data babel needs for our languages (root is every locale's parent).
BABEL_LOCALES = {"root", *LANGUAGES}

# pytz comes with fluent.runtime, which only needs its UTC (built in, no file); its 600
# zone files were a third of the archive's members, each unpacked at every start.
PYTZ_ZONES = {"UTC", "Etc/UTC", "Europe/Stockholm"}

# Runtime files the app never loads (debug symbols, a CLI, type stubs, Flutter's own
# deprecated service worker, experimental renderers, the micropip wheels: no installs).
SKIP_RUNTIME = re.compile(
    r"(\.symbols|\.map|\.d\.ts)$|^flutter_service_worker\.js$|^index\.html$"
    r"|^pyodide/(python|python\.bat|python\.exe|python_cli_entry\.mjs|package\.json"
    r"|pyodide\.js|.*\.whl)$|^canvaskit/experimental_webparagraph/"
)
COMPRESS = re.compile(r"\.(js|mjs|wasm|json|zip|html|ttf|otf|css|bin|txt|svg)$|NOTICES$")
# Fonts the engine asks for at start; others in Flutter's manifest (KaTeX, Cupertino:
# ~800 KB) are for controls the app does not use.
KEEP_FONT_FAMILIES = ("MaterialIcons",)


@dataclass
class BuildResult:
    out_dir: Path
    runtime_hash: str
    package_hash: str
    rebuilt: bool
    runtime_bytes: int
    package_bytes: int
    bytecode: str = ""  # "compiled", or "source only (why)"

    def summary(self) -> str:
        state = "built" if self.rebuilt else "up to date"
        return (
            f"Participant app {state} in {self.out_dir}: runtime rt/{self.runtime_hash} "
            f"({self.runtime_bytes / 1e6:.1f} MB), app pkg/{self.package_hash}.tar.gz "
            f"({self.package_bytes / 1e6:.2f} MB), Python {self.bytecode or 'as before'}"
        )


def _web_dir() -> Path:
    import flet_web

    return Path(flet_web.__file__).resolve().parent / "web"


def _hash(parts) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else str(part).encode())
    return h.hexdigest()[:16]


# ----------------------------------------------------------------------- app package


def _package_members() -> list[tuple[str, Path]]:
    """(name in the archive, file) for the app and its pure-Python packages."""
    members: list[tuple[str, Path]] = []
    for path in sorted(CLIENT_DIR.rglob("*")):
        rel = path.relative_to(REPO_ROOT).as_posix()
        if path.is_file() and "__pycache__" not in rel and "/assets/" not in rel:
            members.append((rel, path))
    for path in sorted(LOCALES_DIR.rglob("*.ftl")):
        members.append((path.relative_to(REPO_ROOT).as_posix(), path))
    for name in DISTRIBUTIONS:
        dist = metadata.distribution(name)
        for f in dist.files or []:
            rel = f.as_posix()
            if (
                rel.startswith("..")
                or ".dist-info/" in rel
                or "__pycache__" in rel
                or rel.endswith((".so", ".pyd", ".pyc", ".pyi"))
                or "/testing/" in rel
            ):
                continue
            if rel.startswith("pytz/zoneinfo/") and rel[len("pytz/zoneinfo/") :] not in PYTZ_ZONES:
                continue
            if rel.startswith("babel/locale-data/"):
                locale = rel.rsplit("/", 1)[-1].split(".")[0]
                if locale not in BABEL_LOCALES:
                    continue
            members.append((f"__pypackages__/{rel}", Path(dist.locate_file(f))))
    return members


def _package_files(members: list[tuple[str, Path]], assets_path: str) -> dict[str, bytes]:
    """The archive's files by name, main.py (the worker runs it) first."""
    main = f"from client.main import run\n\nrun({assets_path!r})\n".encode()
    return {"main.py": main, **{name: path.read_bytes() for name, path in members}}


def _package_bytes(files: dict[str, bytes]) -> bytes:
    """A reproducible tar.gz: sorted, fixed times and owners, so equal input, equal hash."""
    buf = io.BytesIO()
    with (
        gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.GNU_FORMAT) as tar,
    ):
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _with_bytecode(files: dict[str, bytes], compiled: dict[str, bytes]) -> dict[str, bytes]:
    """Each compiled module as its .pyc in place of its source; main.py stays (the
    worker runs it by name), and so do data files."""
    out: dict[str, bytes] = {}
    for name, data in files.items():
        if name != "main.py" and name in compiled:
            out[name + "c"] = compiled[name]
        else:
            out[name] = data
    return out


# --------------------------------------------------------------------------- runtime


def _runtime_files() -> list[tuple[str, Path]]:
    web = _web_dir()
    files = [(p.relative_to(web).as_posix(), p) for p in sorted(web.rglob("*")) if p.is_file()]
    files = [(rel, p) for rel, p in files if not SKIP_RUNTIME.search(rel)]
    assets = CLIENT_DIR / "assets"
    ours = [(p.relative_to(assets).as_posix(), p) for p in sorted(assets.rglob("*")) if p.is_file()]
    # Ours replace Flet's where both have a file (the icons: Stegvis, not Flet's logo).
    replaced = {rel for rel, _ in ours}
    return [(rel, p) for rel, p in files if rel not in replaced] + ours


def _patched(rel: str, data: bytes) -> bytes:
    if rel == "flutter_bootstrap.js":
        # Flutter's loader would register its own (deprecated) service worker over ours
        # as soon as any registration exists for the scope.
        text = data.decode()
        patched = re.sub(r"serviceWorkerSettings:\s*\{[^}]*\},", "", text)
        if patched == text:
            raise RuntimeError("flutter_bootstrap.js changed: cannot remove its service worker")
        return patched.encode()
    if rel == "python.js":
        return _patch_python_js(data.decode()).encode()
    if rel == "python-worker.js":
        return _patch_python_worker(data.decode()).encode()
    if rel == "manifest.json":
        # "Add to home screen": Stegvis, opening the app (not this versioned folder).
        manifest = json.loads(data)
        manifest.update(
            name="Stegvis",
            short_name="Stegvis",
            description="Steg för steg: vardagen, bussen, räkningen och arbetsstationerna, "
            "upplästa på ditt språk.",
            start_url=BASE,
            scope=BASE,
            theme_color="#0B3D91",
        )
        return json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    if rel == "assets/FontManifest.json":
        fonts = [f for f in json.loads(data) if f["family"] in KEEP_FONT_FAMILIES]
        return json.dumps(fonts).encode()
    return data


def _must_sub(pattern: str, replacement: str, text: str, what: str) -> str:
    patched, n = re.subn(pattern, lambda _m: replacement, text, count=1, flags=re.S)
    if n != 1:
        raise RuntimeError(f"flet-web changed: cannot patch {what}")
    return patched


# Flet starts the Python worker only once the Flutter engine is up and asks for it
# (jsConnect), then the worker loads Pyodide: one after the other, ~0.35 s of a repeat
# visit. Here the page creates the worker at once and the worker loads Pyodide as soon
# as it exists, while the engine boots on the main thread; jsConnect takes that worker.
def _patch_python_js(text: str) -> str:
    worker = (
        '(flet.entrypointBaseUrl.endsWith("/") ? flet.entrypointBaseUrl.slice(0, -1) : '
        'flet.entrypointBaseUrl) + "/python-worker.js"'
    )
    text = _must_sub(
        r"let _documentUrl = document\.URL;",
        "let _documentUrl = document.URL;\n"
        "// Stegvis: started with the page (see server/services/client_build.py); the\n"
        "// coach area's page (server mode) runs no Python here and starts none.\n"
        f'let _earlyWorker = flet.pyodide ? new Worker({worker}, {{ type: "module" }}) : null;',
        text,
        "python.js (document URL)",
    )
    return _must_sub(
        r"app\.worker = new Worker\(.*?\{ type: \"module\" \}\);",
        f'app.worker = _earlyWorker || new Worker({worker}, {{ type: "module" }});\n'
        "    _earlyWorker = null;",
        text,
        "python.js (worker)",
    )


def _patch_python_worker(text: str) -> str:
    early = """self.earlyPyodide = import(new URL("pyodide/pyodide.mjs", self.location.href).href)
    .then((module) => module.loadPyodide({
        stdout: (text) => self.sendPythonOutput(text, false),
        stderr: (text) => self.sendPythonOutput(text, true),
    }));
self.earlyPyodide.catch(() => {});  // reported when initPyodide awaits it

self.initPyodide = async function () {"""
    text = _must_sub(
        r"self\.initPyodide = async function \(\) \{", early, text, "python-worker.js (start)"
    )
    return _must_sub(
        r"const pyodideModule = await import\(self\.pyodideUrl\);.*?\}\);",
        "self.pyodide = await self.earlyPyodide;",
        text,
        "python-worker.js (loadPyodide)",
    )


def _index(web: Path, rt: str, *, package_url: str | None) -> str:
    """Flet's index.html, configured for our origin, with versioned asset URLs."""
    html = (web / "index.html").read_text("utf-8")
    html = re.sub(r'<base href="[^"]*">', f'<base href="{BASE}">', html, count=1)
    for name in (
        "python.js",
        "flutter_bootstrap.js",
        "favicon.png",
        "manifest.json",
        "icons/apple-touch-icon-192.png",
        "icons/loading-animation.png",
    ):
        html = html.replace(f'"{name}"', f'"{rt}{name}"')
    pyodide = package_url is not None
    config = [
        f"flet.pyodide = {str(pyodide).lower()};",
        'flet.noCdn = true; flet.webRenderer = "auto"; flet.routeUrlStrategy = "path";',
        f'flet.entrypointBaseUrl = "{rt}"; flet.assetBase = "{rt}";',
        f'flet.canvasKitBaseUrl = "{rt}canvaskit/";',
        # Absolute, or the engine puts its asset base in front of the Roboto URL a second
        # time (/app/rt/<hash>/assets//app/rt/<hash>/assets/fonts/roboto/...: a 404).
        f'flet.fontFallbackBaseUrl = location.origin + "{rt}assets/fonts/";',
    ]
    if pyodide:
        config += [
            'flet.pythonModuleName = "main"; flet.micropipIncludePre = false;',
            f'flet.pyodideUrl = "{rt}pyodide/pyodide.mjs";',
            f'flet.appPackageUrl = "{package_url}";',
        ]
    else:
        config.append(f'flet.webSocketEndpoint = "{BASE}ws";')
    script = "<script>\n" + "\n".join(config) + "\n</script>"
    html = html.replace("<!-- fletAppConfig -->", script)
    html = re.sub(r"<title>.*?</title>", "<title>Stegvis</title>", html)
    html = html.replace('content="Flet"', 'content="Stegvis"')
    if pyodide:
        # After python.js took the page's address for the app (it reads the card's token
        # from it): take the token out of the address bar and history at once.
        html = html.replace(
            f'<script src="{rt}python.js"></script>',
            f'<script src="{rt}python.js"></script>\n' + _SHELL_SCRIPT,
        )
        html = html.replace("<body>", "<body>\n" + _STARTING.replace("RT/", rt), 1)
    else:
        html = html.replace(f'<base href="{BASE}">', f'<base href="{BASE}">\n' + _NEW_SESSION, 1)
    return html


# The coach area (Flet server mode) after the server restarted: the page reconnects, the
# server no longer knows its session and starts a new one, which the page, still drawn by
# the old one, never takes up (its first SharedPreferences call times out: "Error running
# app", and a reload then finds that broken session again: a blank page; flet-dev/flet
# #6412). A second session id for the same page means exactly that: load the page afresh,
# without the id, so the coach gets a clean session (still signed in: the token is in the
# browser's storage).
_NEW_SESSION = """  <script>
    (function () {
      var KEY = "_flet_session_id", current = null;
      var setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (this === window.sessionStorage && key === KEY) {
          if (current !== null && value !== current) {
            this.removeItem(KEY);
            location.reload();
            return;
          }
          current = value;
        }
        return setItem.apply(this, arguments);
      };
    })();
  </script>"""


_SHELL_SCRIPT = """  <script>
    (function () {
      // The card's token leaves the address bar and history at once. This tab keeps it
      // (sessionStorage) until it closes: a reload before the app has stored it must
      // not lose the sign-in. python.js has read the address already (_documentUrl);
      // after a reload the kept token is handed to the app the same way.
      var card = (location.pathname + location.hash).match(
        /\\/signin\\/([A-Za-z0-9_\\-]{16,200})|[#&]card=([A-Za-z0-9_\\-]{16,200})/);
      try {
        if (card) {
          sessionStorage.setItem("stegvis-card", card[1] || card[2]);
          history.replaceState(null, "", "/app/");
        } else if (sessionStorage.getItem("stegvis-card")) {
          _documentUrl = document.URL.split("#")[0] + "#card=" +
            sessionStorage.getItem("stegvis-card");
        }
      } catch (e) {
        if (card) history.replaceState(null, "", "/app/");  // storage refused: still hide it
      }
      if (!("serviceWorker" in navigator)) return;
      // Registered after the page loaded, so its downloads come from the HTTP cache the
      // first visit just filled (immutable URLs), not a second time over the air.
      addEventListener("load", function () {
        navigator.serviceWorker.register("/app/sw.js", { scope: "/app/" });
      });
      // The engine files this browser chose (skwasm or CanvasKit) are kept for offline
      // starts once the app has painted: the service worker copies them from that cache.
      addEventListener("flutter-first-frame", function () {
        navigator.serviceWorker.ready.then(function (reg) {
          var urls = performance.getEntriesByType("resource").map(function (e) {
            return e.name;
          }).filter(function (u) { return u.indexOf(location.origin + "/app/rt/") === 0; });
          reg.active.postMessage({ keep: urls });
        });
      }, { once: true });
    })();
  </script>"""


# While Python starts in the browser (seconds on a phone), a picture and a moving ring,
# no words (any language), instead of Flet's English "Working..." screen; gone as soon
# as the app's first screen is painted (the app says when it has sent it).
_STARTING = """  <div id="stegvis-starting" aria-hidden="true" style="position:fixed;inset:0;
    z-index:2147483647;background:#fff;display:flex;align-items:center;
    justify-content:center;flex-direction:column;gap:24px">
    <img src="RT/icons/icon-192.png" alt="" width="96" height="96">
    <div style="width:48px;height:48px;border-radius:50%;border:6px solid #E8EEF9;
      border-top-color:#0B3D91;animation:stegvis-turn 1s linear infinite"></div>
    <style>@keyframes stegvis-turn{to{transform:rotate(360deg)}}</style>
  </div>
  <script>
    (function () {
      var connect = globalThis.jsConnect;
      function hide() {
        var el = document.getElementById("stegvis-starting");
        if (el) el.remove();
      }
      globalThis.jsConnect = function (appId, args, onMessage) {
        var first = true;
        performance.mark("stegvis-connect");  // the engine is up, Python starts now
        return connect(appId, args, function (data) {
          if (data && data.length === 4 && data[0] === 0x53 && data[1] === 0x54 &&
              data[2] === 0x45 && data[3] === 0x47) {
            // "STEG": the app has sent its first screen (client/app.py). Gone once the
            // engine has painted it: two frames.
            performance.mark("stegvis-first-screen-sent");
            requestAnimationFrame(function () {
              requestAnimationFrame(function () {
                performance.mark("stegvis-first-screen");
                hide();
              });
            });
            return;
          }
          if (first) {
            first = false;
            setTimeout(hide, 10000);  // whatever happens, never a picture for ever
          }
          return onMessage(data);
        }).catch(function (error) { hide(); throw error; });  // an error must show
      };
    })();
  </script>"""


# -------------------------------------------------------------------------- compress


def _compress(path: Path) -> None:
    import brotli

    data = path.read_bytes()
    if len(data) < 1024 or not COMPRESS.search(path.name):
        return
    gz = gzip.compress(data, compresslevel=9, mtime=0)
    if len(gz) < len(data) * 0.95:
        path.with_name(path.name + ".gz").write_bytes(gz)
        # Quality 9 costs seconds, not minutes, on the 10 MB wasm files (11 is ~10x slower
        # for ~4 % less): cheap enough to do once per build.
        path.with_name(path.name + ".br").write_bytes(brotli.compress(data, quality=9))


# ----------------------------------------------------------------------------- build


def _build_code() -> str:
    import inspect

    from server.services import client_bytecode

    parts = (_patched, _patch_python_js, _patch_python_worker, _must_sub, client_bytecode)
    return "".join(inspect.getsource(part) for part in parts)


def build_client(out_dir: Path, *, force: bool = False) -> BuildResult:
    """Build (or confirm up to date) the static participant app in out_dir."""
    import flet_web.version

    web = _web_dir()
    runtime = _runtime_files()
    runtime_hash = _hash(
        [
            FORMAT,
            _build_code(),  # a changed patch or compile step is a new runtime
            flet_web.version.version,
            *(f"{rel}:{p.stat().st_size}:{_file_digest(p)}" for rel, p in runtime),
        ]
    )
    files = _package_files(_package_members(), f"{BASE}rt/{runtime_hash}/")
    package_hash = _hash([FORMAT, _package_bytes(files)])  # named by its source
    sw_source = (CLIENT_DIR / "web" / "sw.js").read_text("utf-8")
    rt = f"{BASE}rt/{runtime_hash}/"
    package_url = f"{BASE}pkg/{package_hash}.tar.gz"
    shell = {
        "index.html": _index(web, rt, package_url=package_url),
        "coach.html": _index(web, rt, package_url=None),
    }
    build_id = _hash([FORMAT, runtime_hash, package_hash, sw_source, *shell.values()])

    manifest = out_dir / "build.json"
    rt_dir = out_dir / "rt" / runtime_hash
    if (
        not force
        and manifest.exists()
        and rt_dir.exists()
        and json.loads(manifest.read_text()).get("build") == build_id
    ):
        package_file = out_dir / "pkg" / f"{package_hash}.tar.gz"
        return BuildResult(
            out_dir,
            runtime_hash,
            package_hash,
            False,
            _tree_size(rt_dir),
            package_file.stat().st_size,
            json.loads(manifest.read_text()).get("bytecode", ""),
        )

    out_dir.mkdir(parents=True, exist_ok=True)
    # Old versions go: the service worker of an open tab fetches only the current ones.
    for old in (out_dir / "rt").glob("*") if (out_dir / "rt").exists() else []:
        if old.name != runtime_hash:
            shutil.rmtree(old)
    new_runtime = not rt_dir.exists() or force
    try:
        compiled, stdlib_zip = compile_for_pyodide(web / "pyodide", files, stdlib=new_runtime)
        bytecode = "compiled"
    except BytecodeUnavailable as exc:
        compiled, stdlib_zip, bytecode = {}, None, f"source only ({exc})"
    if new_runtime:
        tmp = out_dir / "rt" / f".{runtime_hash}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        for rel, src in runtime:
            dest = tmp / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            data = src.read_bytes()
            if rel == "pyodide/python_stdlib.zip" and stdlib_zip is not None:
                data = stdlib_zip
            dest.write_bytes(_patched(rel, data))
            _compress(dest)
        # The engine's Roboto fallback path (missing in flet-web's copy: a 404 per start).
        roboto = tmp / "assets" / "fonts" / "roboto.woff2"
        if roboto.exists():
            fallback = tmp / "assets/fonts/roboto/v32/KFOmCnqEu92Fr1Me4GZLCzYlKw.woff2"
            fallback.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(roboto, fallback)
        shutil.rmtree(rt_dir, ignore_errors=True)
        tmp.rename(rt_dir)

    pkg_dir = out_dir / "pkg"
    shutil.rmtree(pkg_dir, ignore_errors=True)
    pkg_dir.mkdir()
    package = _package_bytes(_with_bytecode(files, compiled))
    (pkg_dir / f"{package_hash}.tar.gz").write_bytes(package)

    for name, html in shell.items():
        (out_dir / name).write_text(html, "utf-8")
        _compress(out_dir / name)
    # What the service worker keeps for a start with no network, whatever the renderer:
    # the shell, Pyodide, the app, fonts. The engine (skwasm or CanvasKit, by browser) is
    # kept as the page reports what it loaded (index.html), the rest under rt/ when fetched.
    precache = [f"{BASE}", package_url] + [rt + rel for rel, _ in runtime if _precached(rel)]
    sw = sw_source.replace("__BUILD__", build_id).replace(
        "__PRECACHE__", json.dumps(precache, indent=2)
    )
    (out_dir / "sw.js").write_text(sw, "utf-8")
    manifest.write_text(
        json.dumps(
            {
                "build": build_id,
                "runtime": runtime_hash,
                "package": package_hash,
                "flet_web": flet_web.version.version,
                "precache": len(precache),
                "bytecode": bytecode,
            },
            indent=2,
        )
    )
    return BuildResult(
        out_dir, runtime_hash, package_hash, True, _tree_size(rt_dir), len(package), bytecode
    )


_PRECACHE = re.compile(
    r"^(flutter_bootstrap\.js|python\.js|python-worker\.js"
    r"|pyodide/(pyodide\.mjs|pyodide\.asm\.mjs|pyodide\.asm\.wasm|python_stdlib\.zip"
    r"|pyodide-lock\.json)"
    r"|assets/(FontManifest\.json|AssetManifest\.bin\.json|AssetManifest\.bin"
    r"|fonts/MaterialIcons-Regular\.otf)|fonts/.*\.ttf|manifest\.json|favicon\.png"
    r"|icons/.*\.png)$"
)


def _precached(rel: str) -> bool:
    return bool(_PRECACHE.match(rel))


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree_size(folder: Path) -> int:
    return sum(
        p.stat().st_size
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith((".gz", ".br"))
    )


def read_build(out_dir: Path) -> dict | None:
    """The current build's manifest, or None when the app was never built."""
    try:
        return json.loads((out_dir / "build.json").read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return None
