"""Subset Debian's Noto fonts (OFL) into the small files Stegvis ships.

Run once when the covered scripts change; the outputs are committed, so
nothing is fetched from a font CDN and a fresh machine needs no font package.

    apt-get install fonts-noto-core && python scripts/build_fonts.py

Writes server/static/fonts/<Family>-<Weight>.{woff2,ttf}. The station pages use
the WOFF2 files with unicode-range (a phone only downloads the script it
shows); the PDF printables and the Flet client use the TTF files.
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


def build() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for family, (src_family, ranges) in FONTS.items():
        for weight in ("Regular", "Bold"):
            src = NOTO / f"{src_family}-{weight}.ttf"
            for flavor, ext in ((None, "ttf"), ("woff2", "woff2")):
                options = subset.Options()
                options.flavor = flavor
                options.layout_features = ["*"]  # Arabic joining and Ethiopic need their GSUB
                options.name_IDs = ["*"]
                options.notdef_outline = True
                font = subset.load_font(str(src), options)
                subsetter = subset.Subsetter(options)
                subsetter.populate(unicodes=parse_ranges(ranges))
                subsetter.subset(font)
                dest = OUT / f"{family}-{weight}.{ext}"
                subset.save_font(font, str(dest), options)
                print(f"{dest.relative_to(OUT.parents[2])}: {dest.stat().st_size} bytes")
    (OUT / "ranges.txt").write_text(
        "".join(f"{family} {ranges}\n" for family, (_, ranges) in FONTS.items()), encoding="utf-8"
    )


if __name__ == "__main__":
    build()
