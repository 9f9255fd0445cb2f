"""Python bytecode for the participant's static app, compiled at build time.

Pyodide's python_stdlib.zip and our app archive hold source only, so every start in
the phone's browser compiled some 400 modules again, in WebAssembly: measured in Node
with this very runtime, 2.3-3.1 s to load Pyodide and 1.2 s to import the app, against
0.3-1.1 s and 0.7 s from bytecode. Bytecode must come from the very Python that runs
it (Pyodide's CPython 3.14), so the build runs that runtime in Node.js and compiles
there: the stdlib zip's modules and the app's, as unchecked hash-based .pyc files
(no timestamps: the archive's files carry none worth checking), put in place of the
source (sourceless: the archive stays about as small, and a phone shows no tracebacks).

Node.js is on these machines; without it the build ships source as before (slower
starts, same app) and says so.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

# Where the worker unpacks the app archive (Pyodide's home): the code objects name their
# files as they will be found there, and the stdlib's as inside the zip.
APP_ROOT = "/home/pyodide/"
STDLIB_ROOT = "/lib/python314.zip/"

_NODE = """
import path from "node:path";
import { pathToFileURL } from "node:url";
const [pyodideDir, work] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
const py = await loadPyodide({ indexURL: pyodideDir + "/" });
py.FS.mkdirTree("/work");
py.FS.mount(py.FS.filesystems.NODEFS, { root: work }, "/work");
py.runPython(py.FS.readFile("/work/compile.py", { encoding: "utf8" }));
"""

_PYTHON = """
import importlib.util, json, os, sys, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

request = json.load(open("/work/request.json"))
done = {"app": 0, "stdlib": 0, "kept_source": []}


def pyc(source, filename):
    code = compile(source, filename, "exec", dont_inherit=True)
    return _code_to_hash_pyc(code, importlib.util.source_hash(source), False)


for root, _, files in os.walk("/work/app"):
    for name in files:
        if not name.endswith(".py"):
            continue
        path = os.path.join(root, name)
        rel = os.path.relpath(path, "/work/app")
        source = open(path, "rb").read()
        try:
            data = pyc(source, request["app_root"] + rel)
        except SyntaxError:
            done["kept_source"].append(rel)
            continue
        out = os.path.join("/work/out/app", rel + "c")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as fh:
            fh.write(data)
        done["app"] += 1

if request["stdlib"]:
    stdlib = zipfile.ZipFile(sys.path[1])  # /lib/python314.zip
    # Stored, not deflated: the server sends it brotli-compressed, and zipimport then
    # reads each module without inflating it again in WebAssembly.
    with zipfile.ZipFile("/work/out/python_stdlib.zip", "w", zipfile.ZIP_STORED) as out:
        for info in stdlib.infolist():
            data = stdlib.read(info)
            name = info.filename
            if name.endswith(".py"):
                try:
                    data, name = pyc(data, request["stdlib_root"] + name), name + "c"
                    done["stdlib"] += 1
                except SyntaxError:
                    done["kept_source"].append(name)
            out.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)

json.dump(done, open("/work/out/done.json", "w"))
"""


class BytecodeUnavailable(RuntimeError):
    """No Node.js, or it could not run Pyodide: the build ships source instead."""


def compile_for_pyodide(
    pyodide_dir: Path, app_files: dict[str, bytes], *, stdlib: bool
) -> tuple[dict[str, bytes], bytes | None]:
    """({archive name of each compiled .py: its .pyc bytes}, the stdlib zip as bytecode
    or None). app_files maps archive names to contents; only .py files are compiled."""
    node = shutil.which("node")
    if node is None:
        raise BytecodeUnavailable("node not found")
    with tempfile.TemporaryDirectory(prefix="stegvis-pyc-") as tmp:
        work = Path(tmp)
        for name, data in app_files.items():
            if name.endswith(".py"):
                target = work / "app" / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        (work / "out").mkdir()
        (work / "compile.py").write_text(_PYTHON)
        (work / "request.json").write_text(
            json.dumps({"app_root": APP_ROOT, "stdlib_root": STDLIB_ROOT, "stdlib": stdlib})
        )
        (work / "compile.mjs").write_text(_NODE)
        run = subprocess.run(
            [node, str(work / "compile.mjs"), str(pyodide_dir.resolve()), str(work)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if run.returncode != 0 or not (work / "out" / "done.json").exists():
            raise BytecodeUnavailable(
                f"node exited with {run.returncode}: {run.stderr.strip()[-800:]}"
            )
        compiled = {
            p.relative_to(work / "out" / "app").as_posix()[:-1]: p.read_bytes()
            for p in (work / "out" / "app").rglob("*.pyc")
        }
        zipped = (work / "out" / "python_stdlib.zip").read_bytes() if stdlib else None
        return compiled, zipped
