"""Subset Debian's Noto fonts (OFL) into the small files Stegvis ships.

Run once when the covered scripts change; the outputs are committed, so
nothing is fetched from a font CDN and a fresh machine needs no font package.

    apt-get install fonts-noto-core && python scripts/build_fonts.py

Writes server/static/fonts/<Family>-<Weight>.{woff2,ttf} with each script's
whole Unicode block: the PDF printables and the Flet client use the TTF files.

For the station pages (the hot path, on mobile data) it also writes
<Family>-Core-Regular.woff2, holding only the characters our texts use
(locales/**/*.ftl, the language names), and faces.css declaring them as
"Stegvis Sans" with their exact unicode-range, and the whole-block fonts as
"Stegvis Sans Extra". A phone downloads the small core font of the script it
shows; only a character outside it (say, a correction typed by a reviewer
before the fonts were rebuilt) pulls in the whole block. A test fails when
the texts use a character the core fonts lack: run this script again then.
"""

from pathlib import Path

from fontTools import subset

NOTO = Path("/usr/share/fonts/truetype/noto")
OUT = Path(__file__).resolve().parents[1] / "server" / "static" / "fonts"

# Ranges per script. Latin covers Swedish (åäö) and Somali (plain Latin, ' and ’).
LATIN = (
    "U+0000-00FF,U+0131,U+0152-0153,U+02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,"
    "U+2190-2193,U+2212,U+2215"
)
# Arabic script incl. the Persian letters (پ چ ژ گ ک ی) and Persian digits; presentation forms.
ARABIC = "U+0600-06FF,U+0750-077F,U+200C-200F,U+2010-2011,U+204F,U+FB50-FDFF,U+FE70-FEFF"
# Ethiopic syllables and punctuation (Tigrinya), plus the extensions.
ETHIOPIC = "U+1200-139F,U+2D80-2DDF,U+AB00-AB2F"

FONTS = {
    "NotoSans": ("NotoSans", LATIN),
    "NotoSansArabic": ("NotoSansArabic", ARABIC),
    "NotoSansEthiopic": ("NotoSansEthiopic", ETHIOPIC),
}


def parse_ranges(spec: str) -> list[int]:
    points: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.removeprefix("U+").partition("-")
        start = int(lo, 16)
        end = int(hi, 16) if hi else start
        points.extend(range(start, end + 1))
    return points


REPO = OUT.parents[2]
# Always in the core fonts: ASCII, Latin-1 letters (Swedish, Somali), digits and
# punctuation in each script, and the direction/joining controls.
CORE_ALWAYS = {
    "NotoSans": "U+0020-007E,U+00A0-00FF,U+2010-2014,U+2018-201E,U+2022,U+2026",
    "NotoSansArabic": "U+060C,U+061B,U+061F,U+0640,U+0660-066D,U+06F0-06F9,U+200C-200F",
    "NotoSansEthiopic": "U+1360-1368",
}


def used_characters() -> set[int]:
    from server.services.i18n import LANGUAGES

    text = "".join(p.read_text(encoding="utf-8") for p in sorted(REPO.glob("locales/**/*.ftl")))
    text += "".join(lang.native_name for lang in LANGUAGES.values())
    return {ord(c) for c in text}


def core_codepoints(family: str, used: set[int]) -> list[int]:
    block = set(parse_ranges(FONTS[family][1]))
    return sorted((used & block) | set(parse_ranges(CORE_ALWAYS[family])))


def as_unicode_range(points: list[int]) -> str:
    """Collapse code points into the shortest CSS unicode-range list."""
    ranges: list[str] = []
    start = prev = None
    for cp in points + [None]:
        if cp is not None and prev is not None and cp == prev + 1:
            prev = cp
            continue
        if start is not None:
            ranges.append(f"U+{start:04X}" if start == prev else f"U+{start:04X}-{prev:04X}")
        start = prev = cp
    return ",".join(ranges)


def _subset(src: Path, dest: Path, unicodes: list[int], flavor: str | None) -> None:
    options = subset.Options()
    options.flavor = flavor
    options.layout_features = ["*"]  # Arabic joining and Ethiopic need their GSUB
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = subset.load_font(str(src), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    subset.save_font(font, str(dest), options)
    print(f"{dest.relative_to(REPO)}: {dest.stat().st_size} bytes")


def build_core_faces() -> None:
    used = used_characters()
    faces: list[str] = []
    for family, (src_family, block) in FONTS.items():
        points = core_codepoints(family, used)
        core = OUT / f"{family}-Core-Regular.woff2"
        _subset(NOTO / f"{src_family}-Regular.ttf", core, points, "woff2")
        faces.append(_face("Stegvis Sans", core.name, as_unicode_range(points)))
        faces.append(_face("Stegvis Sans Extra", f"{family}-Regular.woff2", block))
    (OUT / "faces.css").write_text(
        "/* Written by scripts/build_fonts.py: do not edit by hand. */\n" + "\n".join(faces) + "\n",
        encoding="utf-8",
    )


def _face(name: str, file_name: str, unicode_range: str) -> str:
    return (
        f'@font-face{{font-family:"{name}";font-display:swap;'
        f'src:url(/static/fonts/{file_name}) format("woff2");unicode-range:{unicode_range}}}'
    )


def build() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for family, (src_family, ranges) in FONTS.items():
        for weight in ("Regular", "Bold"):
            src = NOTO / f"{src_family}-{weight}.ttf"
            for flavor, ext in ((None, "ttf"), ("woff2", "woff2")):
                _subset(src, OUT / f"{family}-{weight}.{ext}", parse_ranges(ranges), flavor)
    (OUT / "ranges.txt").write_text(
        "".join(f"{family} {ranges}\n" for family, (_, ranges) in FONTS.items()), encoding="utf-8"
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(REPO))
    build()
    build_core_faces()
