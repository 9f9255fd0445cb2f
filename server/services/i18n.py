"""Fluent text for the UI: one FluentLocalization per language, built once.

Catalog texts (steps, titles) live in the database at run time (they can be
corrected and reviewed there); this module serves the UI strings from
locales/<lang>/*.ftl and is also what the catalog seed reads.
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fluent.runtime import FluentLocalization, FluentResourceLoader

from server.core.config import (
    ALL_LANGUAGES,
    PARTICIPANT_LANGUAGES,
    RTL_LANGUAGES,
    SOURCE_LANGUAGE,
    get_settings,
)

UI_FILES = ["ui.ftl"]


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str  # the language named in its own script
    direction: str  # "rtl" | "ltr"
    # BCP 47 tag for html lang= and for number/date formatting through CLDR.
    bcp47: str


LANGUAGES: dict[str, Language] = {
    "sv": Language("sv", "Svenska", "ltr", "sv-SE"),
    "en": Language("en", "English", "ltr", "en-GB"),
    "ar": Language("ar", "العربية", "rtl", "ar"),
    "fa": Language("fa", "فارسی", "rtl", "fa-IR"),
    "so": Language("so", "Soomaali", "ltr", "so-SO"),
    "ti": Language("ti", "ትግርኛ", "ltr", "ti-ER"),
}
assert set(LANGUAGES) == set(ALL_LANGUAGES)
assert {c for c, lang in LANGUAGES.items() if lang.direction == "rtl"} == RTL_LANGUAGES


def is_supported(code: str | None) -> bool:
    return code in LANGUAGES


def participant_languages() -> list[Language]:
    return [LANGUAGES[c] for c in PARTICIPANT_LANGUAGES]


class Translator:
    """Formats UI messages in one language, falling back to Swedish."""

    def __init__(self, code: str, locales_dir: Path, files: list[str]):
        self.language = LANGUAGES[code]
        chain = [code] if code == SOURCE_LANGUAGE else [code, SOURCE_LANGUAGE]
        loader = FluentResourceLoader(str(locales_dir / "{locale}"))
        self._l10n = FluentLocalization(chain, files, loader)

    def __call__(self, msg_id: str, **args) -> str:
        return self._l10n.format_value(msg_id, args or None)


@lru_cache(maxsize=32)
def _translator(code: str, locales_dir: Path, files: tuple[str, ...]) -> Translator:
    return Translator(code, locales_dir, list(files))


def translator(code: str, files: list[str] | None = None) -> Translator:
    if code not in LANGUAGES:
        code = SOURCE_LANGUAGE
    return _translator(code, get_settings().locales_dir, tuple(files or UI_FILES))
