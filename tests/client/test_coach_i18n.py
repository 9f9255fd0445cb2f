"""coach.ftl: parses cleanly everywhere; every language has every id (ar/fa/so/ti as
drafts); every id the coach screens ask for exists."""

import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast

from client.coach_state import EXIT_REASONS, GENDERS, SHOW
from client.views.coach.common import coach_text
from server.models.coaching import SCALES

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("sv", "en", "ar", "fa", "so", "ti")
SOURCES = [*(ROOT / "client" / "views" / "coach").glob("*.py"), ROOT / "client" / "coach_state.py"]


def ids(lang: str) -> set[str]:
    res = FluentParser().parse((ROOT / "locales" / lang / "coach.ftl").read_text("utf-8"))
    junk = [e for e in res.body if isinstance(e, ast.Junk)]
    assert not junk, f"{lang}: {junk[0].content[:200]}"
    return {e.id.name for e in res.body if isinstance(e, ast.Message)}


def asked_for() -> set[str]:
    """Ids passed to t(...) or say(...), and those built from the fixed lists (f-strings)."""
    found: set[str] = set()
    for path in SOURCES:
        found |= set(
            re.findall(
                r'\b(?:t|say)\(\s*"((?:coach|mygoals)-[a-z0-9_-]+)"', path.read_text("utf-8")
            )
        )
    found |= {f"coach-exit-{r}" for r in EXIT_REASONS}
    found |= {f"coach-gender-{g}" for g in GENDERS}
    found |= {f"coach-show-{s}" for s in SHOW}
    found |= {f"coach-scale-{k}" for k in SCALES}
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_coach_ftl_parses_and_marks_drafts(lang):
    assert ids(lang)
    first = (ROOT / "locales" / lang / "coach.ftl").read_text("utf-8").splitlines()[0]
    if lang != "sv":
        assert first.startswith("### DRAFT machine-assisted translation")


def test_swedish_and_english_are_complete_and_alike():
    assert ids("sv") == ids("en")


def test_every_id_the_code_asks_for_exists_in_swedish():
    asked = asked_for()
    assert len(asked) > 100  # the pattern really finds the calls
    missing = asked - ids("sv")
    assert not missing, sorted(missing)


@pytest.mark.parametrize("lang", ["ar", "fa", "so", "ti"])
def test_participant_languages_have_the_participants_goal_texts(lang):
    # Complete drafts now: exactly the Swedish ids, so nothing falls back to Swedish.
    assert ids(lang) == ids("sv")
    assert coach_text(lang)("coach-nav-report") not in ("Rapport", "coach-nav-report")


def test_plurals_and_variables_render():
    sv, en = coach_text("sv"), coach_text("en")
    assert "en minut" in sv("coach-error-rate-limited", minutes=1)
    assert "15 minuter" in sv("coach-error-rate-limited", minutes=15)
    assert en("coach-done-of-started", done=2, started=3) == "2 done of 3"
