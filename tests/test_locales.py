"""Every Fluent file, in every language: parses cleanly, has the Swedish ids, and
every message id the code asks for exists.

FluentLocalization.format_value silently returns the id for a missing message,
so a participant would see "client-home-goals" instead of words: this test is
what stops that. Feature-specific checks (drafts, scripts) live beside their features.
"""

import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast

from server.core.config import ALL_LANGUAGES, REPO_ROOT

LOCALES = REPO_ROOT / "locales"
FILES = sorted({p.name for p in LOCALES.glob("*/*.ftl")})
# t("some-id"), sv_t("some-id") and ctx.t(...)("some-id") in Python and in the Jinja templates.
ASKED = re.compile(r"""\b(?:sv_)?t\(\s*["']([a-z][a-z0-9]*(?:-[a-z0-9]+)+)["']""")


def _ids(path: Path) -> set[str]:
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    junk = [e for e in resource.body if isinstance(e, ast.Junk)]
    assert not junk, f"{path}: does not parse: {junk[0].annotations[0].message}"
    return {e.id.name for e in resource.body if isinstance(e, ast.Message | ast.Term)}


@pytest.mark.parametrize("file_name", FILES)
def test_every_language_has_exactly_the_swedish_ids(file_name):
    source = _ids(LOCALES / "sv" / file_name)
    for lang in ALL_LANGUAGES:
        path = LOCALES / lang / file_name
        assert path.is_file(), f"{path} is missing"
        ids = _ids(path)
        assert source - ids == set(), f"{path} lacks {sorted(source - ids)}"
        assert ids - source == set(), f"{path} has ids Swedish does not: {sorted(ids - source)}"


def test_every_id_the_code_asks_for_exists():
    known = set().union(*(_ids(p) for p in (LOCALES / "sv").glob("*.ftl")))
    sources = [
        *REPO_ROOT.glob("client/**/*.py"),
        *REPO_ROOT.glob("server/**/*.py"),
        *REPO_ROOT.glob("server/templates/*.html"),
    ]
    asked = {
        (m.group(1), path.relative_to(REPO_ROOT).as_posix())
        for path in sources
        for m in ASKED.finditer(path.read_text(encoding="utf-8"))
    }
    assert len(asked) > 100  # the pattern really finds the calls
    missing = sorted((msg, where) for msg, where in asked if msg not in known)
    assert missing == [], f"asked for but not in locales/sv: {missing}"
