"""QR codes for the stations and for participants' sign-in cards.

Plain functions around the `qrcode` package: the CLI (`stegvis qr`) and the
coach's tools call them; nothing here touches the database. Printable PDFs
(the A4 station sheet, the sign-in card) are drawn in
server/services/printables.py from the same module matrix, so the PNG, the
SVG and the PDF always carry exactly the same code.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import qrcode
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q

from server.core.config import Settings

# Station codes are taped to workstations where they get dusty and scuffed:
# Q restores ~25 % of damaged modules. The sign-in card carries a longer URL
# (with the token) on a small card; M (~15 %) keeps its modules bigger.
STATION_ERROR_CORRECTION = ERROR_CORRECT_Q
SIGNIN_ERROR_CORRECTION = ERROR_CORRECT_M
# The quiet zone the QR standard asks for: four light modules on every side.
QUIET_ZONE = 4
# PNG pixels per module: a 29-module code is ~370 px, sharp when printed at 6-8 cm.
PNG_BOX_SIZE = 12
# Nominal SVG size of one module (the SVG scales freely; this is its default print size).
SVG_MODULE_MM = 2

_CODE_RE = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{8,200}$")


@dataclass(frozen=True)
class StationLabel:
    """What the printed sheet needs about one station (decoupled from the DB)."""

    code: str
    title_sv: str
    pictogram: str = ""


def _base(settings: Settings) -> str:
    return settings.public_base_url.rstrip("/")


def station_url(settings: Settings, code: str) -> str:
    """The short URL a station's QR code opens: <base>/s/<code>."""
    if not _CODE_RE.match(code or ""):
        raise ValueError(
            f"station code {code!r} is not usable in a URL or a file name: "
            "use 1-40 letters, digits, '-' or '_'"
        )
    return f"{_base(settings)}/s/{code}"


def signin_url(settings: Settings, token: str) -> str:
    """The URL on a participant's personal card: <base>/app/signin/<token>."""
    if not _TOKEN_RE.match(token or ""):
        raise ValueError("sign-in token must be 8-200 URL-safe characters (letters, digits, - _)")
    return f"{_base(settings)}/app/signin/{token}"


def base_url_warning(settings: Settings) -> str | None:
    """A warning to show before printing when phones could not reach the codes' URL."""
    host = urlsplit(settings.public_base_url).hostname or ""
    if host in {"localhost", "127.0.0.1", "::1"} or host.startswith("127."):
        return (
            f"The QR codes point at {settings.public_base_url}, which only this computer "
            "can open. Set STEGVIS_PUBLIC_BASE_URL to an address the phones can reach "
            "(e.g. http://192.168.1.20:8000) before printing."
        )
    return None


def make_qr(url: str, error_correction: int = STATION_ERROR_CORRECTION) -> qrcode.QRCode:
    """The encoded code (smallest version that fits), quiet zone included."""
    if not url:
        raise ValueError("cannot make a QR code of an empty URL")
    qr = qrcode.QRCode(
        version=None,
        error_correction=error_correction,
        box_size=PNG_BOX_SIZE,
        border=QUIET_ZONE,
    )
    qr.add_data(url)
    qr.make(fit=True)
    return qr


def qr_matrix(url: str, error_correction: int = STATION_ERROR_CORRECTION) -> list[list[bool]]:
    """Rows of modules (True = dark), the quiet zone included."""
    return make_qr(url, error_correction).get_matrix()


def dark_runs(matrix: list[list[bool]]) -> Iterable[tuple[int, int, int]]:
    """(x, y, length) of each horizontal run of dark modules: fewer shapes to draw."""
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                yield start, y, x - start
            else:
                x += 1


def station_qr_png(url: str, error_correction: int = STATION_ERROR_CORRECTION) -> bytes:
    """A black-on-white PNG of the code, PNG_BOX_SIZE pixels per module."""
    img = make_qr(url, error_correction).make_image(fill_color="black", back_color="white")
    buf = BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def station_qr_svg(url: str, error_correction: int = STATION_ERROR_CORRECTION) -> str:
    """A standalone SVG: one unit per module, white background, quiet zone kept."""
    matrix = qr_matrix(url, error_correction)
    n = len(matrix)
    path = "".join(f"M{x} {y}h{w}v1h-{w}z" for x, y, w in dark_runs(matrix))
    size_mm = n * SVG_MODULE_MM
    # crispEdges: no anti-aliased seams between neighbouring runs when rasterised.
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
        f'width="{size_mm}mm" height="{size_mm}mm" viewBox="0 0 {n} {n}" '
        'shape-rendering="crispEdges">\n'
        f"<title>{_xml_escape(url)}</title>\n"
        f'<rect width="{n}" height="{n}" fill="#ffffff"/>\n'
        f'<path fill="#000000" d="{path}"/>\n'
        "</svg>\n"
    )


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def as_label(station: Any) -> StationLabel:
    """Accept a StationLabel, a dict or any object with code/title_sv/pictogram."""
    if isinstance(station, StationLabel):
        return station
    if isinstance(station, Mapping):
        get = station.get
    else:

        def get(name, default=None):
            return getattr(station, name, default)

    code, title = get("code"), get("title_sv")
    if not code or not title:
        raise ValueError(f"a station needs a code and a Swedish title, got {station!r}")
    return StationLabel(code=str(code), title_sv=str(title), pictogram=str(get("pictogram") or ""))


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


SHEET_NAME = "stations-a4.pdf"


def write_station_codes(
    *, stations: Iterable[Any], settings: Settings, pictogram_dir: Path | None = None
) -> list[Path]:
    """Write qr/<code>.png, qr/<code>.svg for every station and qr/stations-a4.pdf.

    Returns the written paths (per station PNG then SVG, the PDF sheet last).
    """
    from server.services.printables import station_sheet_pdf

    labels = [as_label(s) for s in stations]
    if not labels:
        raise ValueError("there are no stations to print: seed the catalog first")
    codes = [lbl.code for lbl in labels]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise ValueError(f"station codes must be unique, repeated: {', '.join(dupes)}")

    out = Path(settings.qr_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for lbl in labels:
        url = station_url(settings, lbl.code)
        png, svg = out / f"{lbl.code}.png", out / f"{lbl.code}.svg"
        _write_atomic(png, station_qr_png(url))
        _write_atomic(svg, station_qr_svg(url).encode("utf-8"))
        written += [png, svg]
    sheet = out / SHEET_NAME
    _write_atomic(
        sheet, station_sheet_pdf(stations=labels, settings=settings, pictogram_dir=pictogram_dir)
    )
    written.append(sheet)
    return written


def issue_signin_card(
    *, session, participant, settings: Settings, valid_days: int | None = None
) -> bytes:
    """A participant's new sign-in card (PDF). The card is made first, with a fresh
    token; only once it exists is the token stored and every earlier card revoked,
    so a card that cannot be made leaves the participant's current card working."""
    from server.core.security import new_token
    from server.services.auth import issue_participant_token

    token = new_token()
    pdf = signin_card_pdf(
        display_name=participant.display_name,
        token=token,
        language=participant.language,
        settings=settings,
    )
    issue_participant_token(
        session=session, participant=participant, token=token, valid_days=valid_days
    )
    return pdf


def signin_card_pdf(*, display_name: str, token: str, language: str, settings: Settings) -> bytes:
    """A participant's personal sign-in card (A6 PDF); see printables.signin_card_pdf."""
    from server.services import printables

    return printables.signin_card_pdf(
        display_name=display_name, token=token, language=language, settings=settings
    )
