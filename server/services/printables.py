"""Printable PDFs: the A4 sheet of station codes and a participant's sign-in card.

fpdf2 with HarfBuzz text shaping, so Arabic and Persian letters join and run
right to left, and Ge'ez renders as syllables. Only the TTFs shipped in
server/static/fonts/ are used and embedded (no system font lookups): Latin
text is Noto Sans, other scripts reach Noto Sans Arabic / Ethiopic through
fpdf2's font fallback, so mixed text (an Arabic sentence naming "Stegvis", a
participant's name in any script) needs no per-script code.

QR codes are drawn as vector rectangles from the same matrix as the PNG/SVG
files, so they stay sharp at any printer resolution.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fpdf import FPDF

from server.core.config import SERVER_DIR, SOURCE_LANGUAGE, Settings
from server.services.i18n import LANGUAGES, Translator, participant_languages
from server.services.qr import (
    SIGNIN_ERROR_CORRECTION,
    STATION_ERROR_CORRECTION,
    as_label,
    dark_runs,
    qr_matrix,
    signin_url,
    station_url,
)

log = logging.getLogger(__name__)

FONTS_DIR = SERVER_DIR / "static" / "fonts"
PICTOGRAM_DIR = SERVER_DIR / "static" / "pictograms"
PRINTABLES_FTL = ["printables.ftl"]

# family -> file stem; each in regular and bold so bold text falls back to bold glyphs.
_FAMILIES = {
    "NotoSans": "NotoSans",
    "NotoSansArabic": "NotoSansArabic",
    "NotoSansEthiopic": "NotoSansEthiopic",
}
_MAIN = "NotoSans"
# NotoSans is listed too on purpose: with fpdf2 2.8.9, a cell whose text starts
# in a fallback font while the current font is not itself a fallback leaves the
# page's font state wrong, and the next Latin cell prints at a stale size.
_FALLBACKS = ["NotoSans", "NotoSansArabic", "NotoSansEthiopic"]

# Station sheet geometry (mm): two stations per A4 page, one per half.
_A4_W, _A4_H = 210.0, 297.0
_SLOT_H = _A4_H / 2
_STATION_QR_MM = 72.0  # 6-8 cm scans from arm's length with a phone camera
_PICTO_MM = 48.0
# Sign-in card: A6 portrait, cut from A4 or printed on card stock.
_A6_W, _A6_H = 105.0, 148.0
_CARD_QR_MM = 60.0

_GREY = (90, 90, 90)


def _new_pdf(*, width: float, height: float, title: str) -> FPDF:
    pdf = FPDF(orientation="P", unit="mm", format=(width, height))
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.set_title(title)
    pdf.set_creator("Stegvis")
    pdf.set_lang("sv")
    for family, stem in _FAMILIES.items():
        pdf.add_font(family, "", FONTS_DIR / f"{stem}-Regular.ttf")
        pdf.add_font(family, "B", FONTS_DIR / f"{stem}-Bold.ttf")
    pdf.set_fallback_fonts(_FALLBACKS, exact_match=False)
    pdf.set_text_shaping(True)
    pdf.set_font(_MAIN, "", 12)
    return pdf


def _draw_qr(pdf: FPDF, matrix: list[list[bool]], x: float, y: float, size: float) -> None:
    """The code as filled rectangles; the white quiet zone is part of `size`."""
    module = size / len(matrix)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x, y, size, size, style="F")
    pdf.set_fill_color(0, 0, 0)
    for mx, my, w in dark_runs(matrix):
        pdf.rect(x + mx * module, y + my * module, w * module, module, style="F")


def _draw_pictogram(
    pdf: FPDF, name: str, pictogram_dir: Path, x: float, y: float, size: float
) -> bool:
    """Draw <name>.svg if it exists and fpdf2 can read it; a missing icon is not an error."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return False
    path = pictogram_dir / f"{name}.svg"
    if not path.is_file():
        log.info("pictogram %s not found, printing without it", path)
        return False
    try:
        pdf.image(path, x=x, y=y, w=size, h=size, keep_aspect_ratio=True)
    except Exception as exc:  # a broken icon must not stop the whole sheet
        log.warning("pictogram %s could not be drawn: %s", path, exc)
        return False
    return True


def _fit_font_size(pdf: FPDF, text: str, width: float, start: float, smallest: float) -> float:
    """The largest size from `start` down at which `text` fits on one line."""
    size = start
    while size > smallest:
        pdf.set_font_size(size)
        if pdf.get_string_width(text) <= width:
            return size
        size -= 1
    pdf.set_font_size(smallest)
    return smallest


def _text_line(pdf: FPDF, text: str, *, x: float, y: float, w: float, h: float) -> None:
    pdf.set_xy(x, y)
    pdf.cell(w, h, text, align="C")


def _text_block(pdf: FPDF, text: str, *, x: float, y: float, w: float, h: float) -> float:
    """Centred, wrapped text; returns the y below it."""
    pdf.set_xy(x, y)
    pdf.multi_cell(w, h, text, align="C")
    return pdf.get_y()


def _translator(language: str, settings: Settings) -> Translator:
    return Translator(language, Path(settings.locales_dir), PRINTABLES_FTL)


def station_sheet_pdf(
    *, stations: Iterable[Any], settings: Settings, pictogram_dir: Path | None = None
) -> bytes:
    """A4 sheet: two stations per page, each with code, name, pictogram, URL, languages."""
    labels = [as_label(s) for s in stations]
    if not labels:
        raise ValueError("there are no stations to print")
    pictos = pictogram_dir or PICTOGRAM_DIR
    sv = _translator(SOURCE_LANGUAGE, settings)
    languages = participant_languages()
    pdf = _new_pdf(width=_A4_W, height=_A4_H, title="Stegvis – stationernas QR-koder")
    margin = 15.0
    inner_w = _A4_W - 2 * margin

    for i, lbl in enumerate(labels):
        if i % 2 == 0:
            pdf.add_page()
        top = (i % 2) * _SLOT_H
        if i % 2 == 1:
            # A dashed cut line between the two halves.
            pdf.set_draw_color(160, 160, 160)
            pdf.set_dash_pattern(dash=2, gap=2)
            pdf.line(8, top, _A4_W - 8, top)
            pdf.set_dash_pattern()

        # The station's Swedish name, as big as fits on one line.
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(_MAIN, "B")
        _fit_font_size(pdf, lbl.title_sv, inner_w, 26, 14)
        _text_line(pdf, lbl.title_sv, x=margin, y=top + 10, w=inner_w, h=12)

        # The code on the left, pictogram and station code on the right.
        qr_x, qr_y = margin + 5, top + 26
        url = station_url(settings, lbl.code)
        _draw_qr(pdf, qr_matrix(url, STATION_ERROR_CORRECTION), qr_x, qr_y, _STATION_QR_MM)
        right_x = qr_x + _STATION_QR_MM + 10
        right_w = _A4_W - margin - right_x
        picto_x = right_x + (right_w - _PICTO_MM) / 2
        _draw_pictogram(pdf, lbl.pictogram, pictos, picto_x, qr_y + 2, _PICTO_MM)
        pdf.set_font(_MAIN, "B", 20)
        _text_line(pdf, lbl.code, x=right_x, y=qr_y + _PICTO_MM + 6, w=right_w, h=10)

        # The short URL, for typing when a camera will not scan.
        pdf.set_font(_MAIN, "", 11)
        pdf.set_text_color(*_GREY)
        _text_line(pdf, url, x=margin, y=qr_y + _STATION_QR_MM + 2, w=inner_w, h=6)

        # The five participant languages, each named in its own script.
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(_MAIN, "", 16)
        cell_w = inner_w / len(languages)
        lang_y = qr_y + _STATION_QR_MM + 11
        for j, lang in enumerate(languages):
            _text_line(pdf, lang.native_name, x=margin + j * cell_w, y=lang_y, w=cell_w, h=10)

        pdf.set_font(_MAIN, "", 11)
        pdf.set_text_color(*_GREY)
        _text_line(pdf, sv("printables-sheet-scan"), x=margin, y=lang_y + 11, w=inner_w, h=6)

    return bytes(pdf.output())


def signin_card_pdf(*, display_name: str, token: str, language: str, settings: Settings) -> bytes:
    """A6 card: "Stegvis", the participant's name, the sign-in QR, how to use it.

    The instructions are in the participant's language and, below, in Swedish
    so a coach can explain them. The token itself is never printed as text.
    """
    if language not in LANGUAGES:
        raise ValueError(
            f"unknown language {language!r}: use one of {', '.join(sorted(LANGUAGES))}"
        )
    name = (display_name or "").strip()
    if not name:
        raise ValueError("the card needs the participant's display name")
    url = signin_url(settings, token)
    own, sv = _translator(language, settings), _translator(SOURCE_LANGUAGE, settings)

    pdf = _new_pdf(width=_A6_W, height=_A6_H, title=f"Stegvis – {name}")
    pdf.set_lang(LANGUAGES[language].bcp47)
    pdf.add_page()
    margin = 8.0
    inner_w = _A6_W - 2 * margin
    # A thin border to cut along.
    pdf.set_draw_color(180, 180, 180)
    pdf.rect(2, 2, _A6_W - 4, _A6_H - 4)

    pdf.set_font(_MAIN, "B", 20)
    _text_line(pdf, "Stegvis", x=margin, y=6, w=inner_w, h=10)
    pdf.set_font(_MAIN, "B")
    _fit_font_size(pdf, name, inner_w, 16, 9)
    _text_line(pdf, name, x=margin, y=16, w=inner_w, h=8)

    qr_y = 26.0
    _draw_qr(
        pdf,
        qr_matrix(url, SIGNIN_ERROR_CORRECTION),
        (_A6_W - _CARD_QR_MM) / 2,
        qr_y,
        _CARD_QR_MM,
    )

    y = qr_y + _CARD_QR_MM + 2
    pdf.set_font(_MAIN, "B", 11)
    y = _text_block(pdf, own("printables-card-scan"), x=margin, y=y, w=inner_w, h=5.5)
    pdf.set_font(_MAIN, "", 9)
    y = _text_block(pdf, own("printables-card-private"), x=margin, y=y + 1, w=inner_w, h=4.5)
    if language != SOURCE_LANGUAGE:
        pdf.set_text_color(*_GREY)
        pdf.set_font(_MAIN, "", 8.5)
        y = _text_block(pdf, sv("printables-card-scan"), x=margin, y=y + 3, w=inner_w, h=4.2)
        _text_block(pdf, sv("printables-card-private"), x=margin, y=y, w=inner_w, h=4.2)
    return bytes(pdf.output())
