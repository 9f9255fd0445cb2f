"""UI text for the client: Fluent files locales/<lang>/client.ftl, one
FluentLocalization per language built once, Swedish as the fallback.

The client does not import server code (it must run as an installed app), so
the small language table is repeated here.
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fluent.runtime import FluentLocalization, FluentResourceLoader

LOCALES_DIR = Path(__file__).resolve().parents[1] / "locales"
SOURCE = "sv"
FILES = ["client.ftl"]


@dataclass(frozen=True)
class Lang:
    code: str
    native_name: str
    rtl: bool
    # CLDR default numbering system for the language as used by our participants.
    digits: str


LANGS: dict[str, Lang] = {
    "ar": Lang("ar", "العربية", True, "٠١٢٣٤٥٦٧٨٩"),
    "fa": Lang("fa", "فارسی", True, "۰۱۲۳۴۵۶۷۸۹"),
    "so": Lang("so", "Soomaali", False, "0123456789"),
    "ti": Lang("ti", "ትግርኛ", False, "0123456789"),
    "sv": Lang("sv", "Svenska", False, "0123456789"),
    "en": Lang("en", "English", False, "0123456789"),
}
PARTICIPANT_LANGS = ("ar", "fa", "so", "ti", "sv")


def number(n: int, lang: str) -> str:
    """An integer in the language's own digits (Arabic-Indic for ar, Persian for fa)."""
    digits = LANGS.get(lang, LANGS[SOURCE]).digits
    return "".join(digits[int(c)] if c.isdigit() else c for c in str(n))


class Translator:
    def __init__(self, lang: str, locales_dir: Path = LOCALES_DIR):
        self.lang = lang if lang in LANGS else SOURCE
        chain = [self.lang] if self.lang == SOURCE else [self.lang, SOURCE]
        loader = FluentResourceLoader(str(locales_dir / "{locale}"))
        self._l10n = FluentLocalization(chain, FILES, loader)

    def __call__(self, msg_id: str, **args) -> str:
        return self._l10n.format_value(msg_id, args or None)


@lru_cache(maxsize=16)
def translator(lang: str) -> Translator:
    return Translator(lang)
