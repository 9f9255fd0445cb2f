"""The shipped fonts cover every character our texts use.

The station pages download small "core" fonts holding only the characters in
locales/; a text that uses a character outside them would fall back to the
whole-block font (bigger) or, outside the blocks, to a box. Run
scripts/build_fonts.py after changing texts when this fails.
"""

import unicodedata
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from server.core.config import REPO_ROOT
from server.services.i18n import LANGUAGES

FONTS = REPO_ROOT / "server" / "static" / "fonts"
CORE = {
    "NotoSans": FONTS / "NotoSans-Core-Regular.woff2",
    "NotoSansArabic": FONTS / "NotoSansArabic-Core-Regular.woff2",
    "NotoSansEthiopic": FONTS / "NotoSansEthiopic-Core-Regular.woff2",
}


def _cmap(path: Path) -> set[int]:
    return set(TTFont(path).getBestCmap())


def _text_characters() -> set[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in REPO_ROOT.glob("locales/**/*.ftl"))
    text += "".join(lang.native_name for lang in LANGUAGES.values())
    # Controls and spaces are not drawn; Fluent syntax characters are ASCII anyway.
    return {c for c in text if unicodedata.category(c)[0] not in ("C", "Z")}


def test_core_fonts_cover_every_character_in_our_texts():
    covered = set().union(*(_cmap(p) for p in CORE.values()))
    missing = sorted(c for c in _text_characters() if ord(c) not in covered)
    assert missing == [], (
        f"characters without a glyph in the core fonts: {missing!r}; "
        "run `python scripts/build_fonts.py`"
    )


@pytest.mark.parametrize(
    ("font", "sample"),
    [
        ("NotoSansArabic", "ادفع الفاتورة پچژگ"),
        ("NotoSansEthiopic", "ሕሳብ ክፈል"),
        ("NotoSans", "Hämta en låda"),
    ],
)
def test_core_font_is_small_and_draws_its_script(font, sample):
    cmap = _cmap(CORE[font])
    assert all(ord(c) in cmap for c in sample if not c.isspace())
    # The reason for the core fonts: a phone on mobile data downloads tens of KB, not 100.
    assert CORE[font].stat().st_size < 40_000
