"""QR codes and printables, checked the way a phone and a printer would see them.

Real decoders and renderers only: zbarimg decodes the PNGs and the PDF pages
rendered by poppler's pdftoppm; pdffonts/pdftotext read the PDFs. No database.
"""

import base64
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from io import BytesIO
from pathlib import Path
from types import SimpleNamespace

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fl
from PIL import Image

from server.core.config import ALL_LANGUAGES, REPO_ROOT, Settings
from server.services import printables, qr
from server.services.i18n import LANGUAGES, Translator

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("zbarimg", "pdftoppm", "pdffonts", "pdftotext")),
    reason="needs zbar-tools and poppler-utils (apt-get install zbar-tools poppler-utils)",
)

BASE = "http://192.168.1.20:8000"
TOKEN = "Xq3_kP9-vLm2Rt7wYz0AbCdEfGhIjKlMnOpQrStUvWx"  # shaped like token_urlsafe(32)
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
# A small Material-style icon: a filled square, enough to see whether it was drawn.
SQUARE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -960 960 960" width="24" height="24">'
    '<path d="M120-120v-720h720v720H120Z"/></svg>'
)


@pytest.fixture
def qr_settings(tmp_path) -> Settings:
    # Trailing slash on purpose: URLs must not get a double slash.
    return Settings(qr_dir=tmp_path / "qr", public_base_url=BASE + "/")


@pytest.fixture
def pictogram_dir(tmp_path) -> Path:
    d = tmp_path / "pictograms"
    d.mkdir()
    (d / "curtains.svg").write_text(SQUARE_SVG)
    return d


@pytest.fixture
def stations():
    # The three shapes a caller may pass: dict, plain object, StationLabel.
    return [
        {"code": "gardin", "title_sv": "Gardinupphängning", "pictogram": "curtains"},
        SimpleNamespace(code="sy", title_sv="Sömnad", pictogram="no_such_icon"),
        qr.StationLabel(code="lager", title_sv="Lagerplock", pictogram=""),
    ]


@pytest.fixture
def written(stations, qr_settings, pictogram_dir) -> list[Path]:
    return qr.write_station_codes(
        stations=stations, settings=qr_settings, pictogram_dir=pictogram_dir
    )


def zbar(path: Path) -> list[str]:
    """Every QR symbol zbarimg finds in an image, one string each."""
    out = subprocess.run(
        ["zbarimg", "--quiet", "--xml", str(path)], capture_output=True, text=True, timeout=60
    )
    return re.findall(r"<data><!\[CDATA\[(.*?)\]\]></data>", out.stdout, re.S)


def pdf_pages_png(pdf: Path, dpi: int = 150) -> list[Path]:
    prefix = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True, timeout=120
    )
    return sorted(pdf.parent.glob(f"{prefix.name}-*.png"))


def pdftext(pdf: Path, *args: str) -> str:
    out = subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, timeout=60
    )
    return out.stdout.translate(BIDI_CONTROLS)


def png_matrix(png: bytes) -> list[list[bool]]:
    """Read a code image back into modules, measuring the module size from the finder."""
    img = Image.open(BytesIO(png)).convert("L")
    w, h = img.size
    assert w == h
    px = img.load()
    dark = [[px[x, y] < 128 for x in range(w)] for y in range(h)]
    # The top-left finder's first dark pixel sits on the diagonal after the quiet zone.
    start = next(i for i in range(w) if dark[i][i])
    run = next(x for x in range(start, w) if not dark[start][x]) - start
    box = run / 7  # a finder pattern is 7 modules wide
    assert box == int(box) and start % int(box) == 0, "modules are not whole pixels"
    box = int(box)
    assert start // box == qr.QUIET_ZONE, "quiet zone of 4 modules lost"
    n = w // box
    return [[dark[r * box + box // 2][c * box + box // 2] for c in range(n)] for r in range(n)]


def svg_matrix(svg: str) -> list[list[bool]]:
    root = ET.fromstring(svg.encode("utf-8"))
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    _, _, n, n2 = (int(v) for v in root.get("viewBox").split())
    assert n == n2
    grid = [[False] * n for _ in range(n)]
    for path in root.iter(f"{ns}path"):
        for x, y, run in re.findall(r"M(\d+) (\d+)h(\d+)v1h-\3z", path.get("d")):
            for dx in range(int(run)):
                grid[int(y)][int(x) + dx] = True
    return grid


def error_correction_level(matrix: list[list[bool]]) -> str:
    """Decode the format information beside the top-left finder (ISO 18004)."""
    q = qr.QUIET_ZONE
    m = [row[q:-q] for row in matrix[q:-q]]

    def bit(x, y):
        return int(m[y][x])

    # The order zxing's reader uses: row 8 left to right, then column 8 upwards.
    cells = (
        [(x, 8) for x in range(6)] + [(7, 8), (8, 8), (8, 7)] + [(8, y) for y in range(5, -1, -1)]
    )
    bits = 0
    for x, y in cells:
        bits = (bits << 1) | bit(x, y)
    bits ^= 0b101010000010010
    data = bits >> 10
    rem = data << 10
    for i in range(14, 9, -1):  # BCH(15,5), generator x^10+x^8+x^5+x^4+x^2+x+1
        if rem & (1 << i):
            rem ^= 0b10100110111 << (i - 10)
    assert (data << 10 | rem) == bits, "format information does not check out"
    return {0b01: "L", 0b00: "M", 0b11: "Q", 0b10: "H"}[data >> 3]


# --- the files `stegvis qr` writes ------------------------------------------------


def test_writes_png_svg_per_station_and_the_sheet(written, qr_settings):
    names = sorted(p.name for p in written)
    expected = [f"{c}.{e}" for c in ("gardin", "lager", "sy") for e in ("png", "svg")]
    assert names == sorted([*expected, "stations-a4.pdf"])
    assert all(p.parent == qr_settings.qr_dir and p.stat().st_size > 0 for p in written)


def test_each_png_decodes_to_exactly_its_station_url(written):
    pngs = [p for p in written if p.suffix == ".png"]
    for png in pngs:
        assert zbar(png) == [f"{BASE}/s/{png.stem}"]
        # Big enough to print well: at least 10 px per module.
        assert Image.open(png).size[0] >= 29 * 10


def test_station_codes_use_at_least_medium_error_correction(written):
    for png in (p for p in written if p.suffix == ".png"):
        assert error_correction_level(png_matrix(png.read_bytes())) in {"M", "Q", "H"}
    # And the library object agrees.
    made = qr.make_qr(f"{BASE}/s/gardin")
    assert made.error_correction in {qr.ERROR_CORRECT_M, qr.ERROR_CORRECT_Q}


def test_svg_is_xml_with_the_same_modules_as_the_png(written):
    for svg in (p for p in written if p.suffix == ".svg"):
        png = svg.with_suffix(".png").read_bytes()
        grid = svg_matrix(svg.read_text())
        assert grid == png_matrix(png)
        # Quiet zone: the outer four rows and columns are light.
        q = qr.QUIET_ZONE
        border = grid[:q] + grid[-q:] + [row[:q] + row[-q:] for row in grid]
        assert not any(any(r) for r in border)


@pytest.mark.browser
def test_svg_rendered_by_chromium_decodes(written, tmp_path):
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian chromium not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    svg = next(p for p in written if p.name == "gardin.svg")
    data = base64.b64encode(svg.read_bytes()).decode()
    shot = tmp_path / "svg-render.png"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 500, "height": 500})
        page.set_content(
            "<body style='margin:0;background:#fff'>"
            f"<img id='c' width='400' height='400' src='data:image/svg+xml;base64,{data}'></body>"
        )
        page.wait_for_function("document.getElementById('c').complete")
        page.screenshot(path=str(shot))
        browser.close()
    assert zbar(shot) == [f"{BASE}/s/gardin"]


# --- the A4 sheet -----------------------------------------------------------------


def test_sheet_pages_decode_to_every_station_url(written):
    sheet = next(p for p in written if p.suffix == ".pdf")
    pages = pdf_pages_png(sheet)
    assert len(pages) == 2  # two stations per page
    per_page = [zbar(p) for p in pages]
    assert all(1 <= len(found) <= 2 for found in per_page)
    decoded = sorted(url for found in per_page for url in found)
    assert decoded == sorted(f"{BASE}/s/{c}" for c in ("gardin", "sy", "lager"))


def test_sheet_embeds_the_shipped_arabic_and_ethiopic_fonts(written):
    sheet = next(p for p in written if p.suffix == ".pdf")
    out = subprocess.run(["pdffonts", str(sheet)], capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    fonts = {r.split()[0].split("+")[-1]: r.split() for r in rows}
    for name in ("NotoSans", "NotoSansArabic", "NotoSansEthiopic"):
        assert name in fonts, out
        assert fonts[name][-5] == "yes", f"{name} is not embedded:\n{out}"


def test_sheet_text_has_names_urls_and_the_five_languages(written):
    sheet = next(p for p in written if p.suffix == ".pdf")
    text = pdftext(sheet)
    for title in ("Gardinupphängning", "Sömnad", "Lagerplock"):
        assert title in text
    for code in ("gardin", "sy", "lager"):
        assert f"{BASE}/s/{code}" in text
    for native in ("Svenska", "العربية", "فارسی", "Soomaali", "ትግርኛ"):
        assert text.count(native) == 3, native  # on every station


def test_sheet_language_names_print_at_one_size(written):
    """Latin names after Arabic ones kept shrinking to the URL's size once (fpdf2 quirk)."""
    sheet = next(p for p in written if p.suffix == ".pdf")
    html = pdftext(sheet, "-bbox", "-f", "1", "-l", "1")
    heights = {}
    for y0, y1, word in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<', html):
        heights.setdefault(word, float(y1) - float(y0))
    url_h = heights[f"{BASE}/s/gardin"]
    assert heights["Soomaali"] == pytest.approx(heights["Svenska"], rel=0.02)
    assert heights["Soomaali"] > url_h * 1.3  # 16 pt names, 11 pt URL


def test_sheet_draws_pictograms_and_skips_missing_ones(written, tmp_path):
    sheet = next(p for p in written if p.suffix == ".pdf")
    page = Image.open(pdf_pages_png(sheet, dpi=50)[0]).convert("L")
    mm = 50 / 25.4

    def ink(top_mm):
        # The pictogram box on the right of each half-page slot.
        box = [round(v * mm) for v in (130, top_mm + 30, 170, top_mm + 70)]
        crop = page.crop(box)
        return sum(1 for v in crop.get_flattened_data() if v < 128) / (crop.width * crop.height)

    assert ink(0) > 0.5  # gardin: the filled square icon
    assert ink(297 / 2) == 0  # sy: its icon is missing, the slot stays blank


def test_no_stations_or_bad_codes_are_clear_errors(qr_settings):
    with pytest.raises(ValueError, match="no stations"):
        qr.write_station_codes(stations=[], settings=qr_settings)
    with pytest.raises(ValueError, match="not usable in a URL"):
        qr.write_station_codes(stations=[{"code": "../etc", "title_sv": "X"}], settings=qr_settings)
    with pytest.raises(ValueError, match="unique"):
        qr.write_station_codes(
            stations=[{"code": "a", "title_sv": "A"}, {"code": "a", "title_sv": "B"}],
            settings=qr_settings,
        )
    with pytest.raises(ValueError, match="Swedish title"):
        qr.write_station_codes(stations=[{"code": "a"}], settings=qr_settings)
    assert not qr_settings.qr_dir.exists() or not any(qr_settings.qr_dir.iterdir())


def test_base_url_warning_for_addresses_phones_cannot_reach():
    assert "STEGVIS_PUBLIC_BASE_URL" in qr.base_url_warning(
        Settings(public_base_url="http://127.0.0.1:8000")
    )
    assert qr.base_url_warning(Settings(public_base_url="http://localhost:8000"))
    assert qr.base_url_warning(Settings(public_base_url=BASE)) is None


# --- the personal sign-in card ----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "name"),
    [("ar", "محمد"), ("fa", "زهرا"), ("ti", "ሰላም"), ("so", "Hodan"), ("sv", "Anna"), ("en", "Sam")],
)
def test_signin_card_decodes_to_the_signin_url(language, name, qr_settings, tmp_path):
    pdf = tmp_path / f"card-{language}.pdf"
    pdf.write_bytes(
        qr.signin_card_pdf(display_name=name, token=TOKEN, language=language, settings=qr_settings)
    )
    pages = pdf_pages_png(pdf)
    assert len(pages) == 1
    assert zbar(pages[0]) == [f"{BASE}/app/signin/{TOKEN}"]
    matrix = qr.qr_matrix(f"{BASE}/app/signin/{TOKEN}", qr.SIGNIN_ERROR_CORRECTION)
    assert error_correction_level(matrix) in {"M", "Q", "H"}

    text = " ".join(pdftext(pdf).split())
    assert "Stegvis" in text and name in text
    assert TOKEN not in text  # the secret is in the code only, never printed as text
    sv = Translator("sv", qr_settings.locales_dir, printables.PRINTABLES_FTL)
    assert sv("printables-card-scan") in text  # the Swedish line is always there
    own = Translator(language, qr_settings.locales_dir, printables.PRINTABLES_FTL)
    if language in {"so", "sv", "en", "ti"}:  # Arabic script extracts in visual order
        assert own("printables-card-scan") in text
    else:
        # Arabic script comes out in visual order, punctuation moved: compare words.
        assert all(w.strip(".،") in text for w in own("printables-card-scan").split())


def test_signin_card_bad_input_is_a_clear_error(qr_settings):
    with pytest.raises(ValueError, match="unknown language"):
        qr.signin_card_pdf(display_name="A", token=TOKEN, language="xx", settings=qr_settings)
    with pytest.raises(ValueError, match="URL-safe"):
        qr.signin_card_pdf(display_name="A", token="a b/c", language="sv", settings=qr_settings)
    with pytest.raises(ValueError, match="display name"):
        qr.signin_card_pdf(display_name="  ", token=TOKEN, language="sv", settings=qr_settings)


# --- printables.ftl ----------------------------------------------------------------


def test_printables_ftl_complete_in_every_language():
    used = set(
        re.findall(
            r'"(printables-[a-z-]+)"', (REPO_ROOT / "server/services/printables.py").read_text()
        )
    )
    assert used
    parser = FluentParser()
    for lang in ALL_LANGUAGES:
        path = REPO_ROOT / "locales" / lang / "printables.ftl"
        source = path.read_text(encoding="utf-8")
        res = parser.parse(source)
        assert not [e for e in res.body if isinstance(e, fl.Junk)], path
        ids = {e.id.name for e in res.body if isinstance(e, fl.Message)}
        assert ids >= used, f"{path} lacks {used - ids}"
        if lang != "sv":
            assert source.startswith("### DRAFT machine-assisted translation"), path
    assert set(LANGUAGES) == set(ALL_LANGUAGES)
