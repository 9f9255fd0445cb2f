"""Pictures for the bill guide (issue 10): a real bill and a book-club offer side by side.

The seed reports say participants confused a book club's "offer" with a bill.
So the guide shows both, drawn here with Pillow (no real company, person or
account number: every name and number is made up), and each step of the guide
marks the part it talks about with a red ring and its number, while the step's
text says it aloud. Swedish on the pictures, as on the letters people get.

`python -m server.services.figures` writes the PNGs into server/static/figures/
(committed; a test checks they match this code). Steps point at them from
catalog.toml with `figure = "<name>"`.
"""

import io
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from server.core.config import SERVER_DIR

FIGURE_DIR = SERVER_DIR / "static" / "figures"
FONTS = SERVER_DIR / "static" / "fonts"
W, H = 960, 640
PAPER, INK, MUTED, RED, BLUE = "#FFFFFF", "#111111", "#555555", "#C62828", "#0B3D91"

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Part:
    name: str  # the figure's name is "bill-vs-advert-<name>"
    box: Box  # what to ring
    label: str  # the number or letter in the ring (matches the guide's step)


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        str(FONTS / ("NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf")), size
    )


def _base() -> tuple[Image.Image, dict[str, Box]]:
    """Both letters, unmarked; the boxes of their tell-tale parts."""
    img = Image.new("RGB", (W, H), "#E9EDF3")
    d = ImageDraw.Draw(img)
    boxes: dict[str, Box] = {}
    # Left: the real bill.
    x0, y0, x1, y1 = 24, 56, 468, 620
    d.rectangle((x0, y0, x1, y1), fill=PAPER, outline="#9AA3AF", width=2)
    d.text((x0 + 8, 14), "RÄKNING", font=_font(30, True), fill=BLUE)
    d.text((x0 + 24, y0 + 18), "Älvstadens Energi AB", font=_font(26, True), fill=INK)
    boxes["sender"] = (x0 + 14, y0 + 10, x0 + 330, y0 + 56)
    d.text((x0 + 24, y0 + 58), "Box 123, 650 00 Exempelstad", font=_font(16), fill=MUTED)
    d.text((x0 + 24, y0 + 100), "Faktura nr 2026-118 44", font=_font(18), fill=INK)
    d.text((x0 + 24, y0 + 126), "El, november 2026", font=_font(18), fill=INK)
    d.text((x0 + 24, y0 + 152), "Kund: Kim Exempelsson", font=_font(18), fill=INK)
    d.line((x0 + 20, y0 + 196, x1 - 20, y0 + 196), fill="#C5CAD3", width=2)
    d.text((x0 + 24, y0 + 214), "Att betala", font=_font(22), fill=INK)
    d.text((x0 + 220, y0 + 206), "845,00 kr", font=_font(34, True), fill=INK)
    boxes["amount"] = (x0 + 14, y0 + 200, x1 - 18, y0 + 258)
    d.text((x0 + 24, y0 + 280), "Förfallodag", font=_font(22), fill=INK)
    d.text((x0 + 220, y0 + 276), "2026-12-30", font=_font(28, True), fill=INK)
    boxes["due"] = (x0 + 14, y0 + 268, x1 - 18, y0 + 322)
    # The payment slip at the bottom.
    sy = y0 + 350
    d.rectangle((x0 + 12, sy, x1 - 12, y1 - 12), fill="#FFF8E1", outline="#C9B26B", width=2)
    d.text((x0 + 24, sy + 10), "INBETALNING", font=_font(16, True), fill=MUTED)
    d.text((x0 + 24, sy + 40), "OCR-nummer", font=_font(18), fill=INK)
    d.text((x0 + 24, sy + 64), "7431 0582 1946 3", font=_font(28, True), fill=INK)
    boxes["ocr"] = (x0 + 16, sy + 36, x1 - 16, sy + 104)
    d.text((x0 + 24, sy + 116), "Bankgiro", font=_font(18), fill=INK)
    d.text((x0 + 24, sy + 140), "123-4567", font=_font(28, True), fill=INK)
    boxes["giro"] = (x0 + 16, sy + 112, x0 + 250, sy + 182)
    d.text((x0 + 270, sy + 150), "845,00 kr", font=_font(22, True), fill=INK)

    # Right: the book club's offer.
    x0, x1 = 492, 936
    d.rectangle((x0, y0, x1, y1), fill="#FFF3E0", outline="#9AA3AF", width=2)
    d.text((x0 + 8, 14), "REKLAM", font=_font(30, True), fill=RED)
    d.text((x0 + 24, y0 + 18), "Bokklubben Läslust", font=_font(26, True), fill="#6A1B9A")
    d.text((x0 + 24, y0 + 74), "ERBJUDANDE!", font=_font(40, True), fill=RED)
    d.text((x0 + 24, y0 + 126), "3 böcker GRATIS", font=_font(34, True), fill=INK)
    d.text((x0 + 24, y0 + 172), "när du går med i dag", font=_font(22), fill=INK)
    boxes["words"] = (x0 + 14, y0 + 66, x1 - 18, y0 + 208)
    d.text((x0 + 24, y0 + 232), "Sedan en ny bok varje månad", font=_font(20), fill=INK)
    d.text((x0 + 24, y0 + 260), "för bara 249 kr.", font=_font(20), fill=INK)
    d.text((x0 + 24, y0 + 296), "Svara senast 15 januari!", font=_font(22, True), fill=INK)
    boxes["bookclub"] = (x0 + 14, y0 + 226, x1 - 18, y0 + 332)
    # Where a bill has its slip, an offer has a coupon: no OCR number, no bankgiro.
    sy = y0 + 350
    d.rectangle((x0 + 12, sy, x1 - 12, y1 - 12), fill=PAPER, outline="#C9B26B", width=2)
    d.text((x0 + 24, sy + 12), "JA TACK! Jag vill gå med.", font=_font(22, True), fill=INK)
    d.text((x0 + 24, sy + 50), "Namn ..........................", font=_font(20), fill=MUTED)
    d.text((x0 + 24, sy + 86), "Adress ........................", font=_font(20), fill=MUTED)
    d.text((x0 + 24, sy + 130), "Inget OCR-nummer. Inget bankgiro.", font=_font(18), fill=MUTED)
    boxes["nopay"] = (x0 + 16, sy + 4, x1 - 16, sy + 170)
    return img, boxes


# The guide's steps, in order: which part each one rings, and the mark it carries.
PARTS = ("sender", "amount", "due", "ocr", "giro", "words", "bookclub", "nopay")


def draw(part: str | None) -> Image.Image:
    img, boxes = _base()
    if part is None:
        return img
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = boxes[part]
    # A thick ring a phone's small screen still shows.
    d.rounded_rectangle((x0 - 4, y0 - 4, x1 + 4, y1 + 4), radius=16, outline=RED, width=8)
    n = str(PARTS.index(part) + 1)
    # Big enough to read when the picture is a phone's width (a third of its size).
    cx, cy, r = x1 - 6, y0 - 6, 32
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=RED)
    d.text((cx, cy), n, font=_font(42, True), fill="#FFFFFF", anchor="mm")
    return img


def figure_name(part: str | None) -> str:
    return f"bill-vs-advert-{part}" if part else "bill-vs-advert"


def png_bytes(img: Image.Image) -> bytes:
    out = io.BytesIO()
    # 64 colours: flat drawing, a third of the bytes of full colour, no visible loss.
    img.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(out, "PNG", optimize=True)
    return out.getvalue()


def write_figures(folder: Path = FIGURE_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for part in (None, *PARTS):
        path = folder / f"{figure_name(part)}-{W}x{H}.png"
        path.write_bytes(png_bytes(draw(part)))
        written.append(path)
    return written


if __name__ == "__main__":
    for p in write_figures(Path(sys.argv[1]) if len(sys.argv) > 1 else FIGURE_DIR):
        print(p, p.stat().st_size)
