"""Step photos: a phone's picture in, a small clean JPEG out (issue 10).

A photo of the real station's part beats an icon for a participant who cannot
read. What an upload goes through (plain synchronous code; call it from a
threadpool):

1. At most MAX_UPLOAD_BYTES (413), decoded by Pillow from the bytes alone (the
   name and Content-Type are not trusted); not JPEG/PNG/WebP/GIF: 415. Images
   larger than MAX_PIXELS are refused before decoding (decompression bombs).
2. Turned upright by its EXIF orientation, then re-encoded from the pixels
   only: EXIF (GPS position, camera, time), XMP, ICC comments and text chunks
   are all gone, because nothing but pixels is written.
3. Resized to at most SIDE pixels on its longer side, JPEG quality 70: tens of
   kilobytes, lazy-loaded on the station page so audio is never kept waiting.
4. Stored content-addressed as <sha>-<w>x<h>.jpg (the size is in the name so
   the page reserves the space without reading the file).
"""

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 12 * 1024 * 1024
MAX_PIXELS = 48_000_000  # a 48-megapixel phone photo; anything bigger is refused undecoded
SIDE = 480
QUALITY = 70
ACCEPTED = {"JPEG", "PNG", "WEBP", "GIF", "MPO"}  # MPO: some phones' JPEGs
NAME_RE = re.compile(r"^[0-9a-f]{24}-\d{1,4}x\d{1,4}\.jpg$")
# A bundled figure (server/static/figures, drawn by server/services/figures.py), e.g. the
# bill guide's real bill beside a book-club offer; catalog.toml steps name it `figure`.
FIGURE_RE = re.compile(r"^figures/[a-z0-9-]+-\d{1,4}x\d{1,4}\.png$")


class PhotoRejected(Exception):
    def __init__(self, status_code: int, detail: str):
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail


@dataclass(frozen=True)
class StoredPhoto:
    name: str
    width: int
    height: int
    byte_size: int


def too_large() -> PhotoRejected:
    return PhotoRejected(
        413, f"The picture is too large: at most {MAX_UPLOAD_BYTES // (1024 * 1024)} MB."
    )


def not_an_image() -> PhotoRejected:
    return PhotoRejected(415, "This file is not a picture we can read: send a JPEG, PNG or WebP.")


def process_photo(data: bytes) -> tuple[bytes, int, int]:
    """(clean JPEG bytes, width, height). Raises PhotoRejected."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise too_large()
    if not data:
        raise PhotoRejected(422, "The file is empty.")
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in ACCEPTED:
                raise not_an_image()
            w, h = probe.size
            if w * h > MAX_PIXELS:
                raise PhotoRejected(
                    413, f"The picture has too many pixels ({w}x{h}): at most 48 megapixels."
                )
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            img = ImageOps.exif_transpose(img)  # upright before the EXIF is dropped
            if img.mode in ("RGBA", "LA", "P"):
                img = img.convert("RGBA")
                background = Image.new("RGB", img.size, "white")
                background.paste(img, mask=img.getchannel("A"))
                img = background
            else:
                img = img.convert("RGB")
            img.thumbnail((SIDE, SIDE), Image.Resampling.LANCZOS)
            # A fresh image holding only the pixels: no info dict, no EXIF, no ICC.
            clean = Image.new("RGB", img.size)
            clean.paste(img)
            out = io.BytesIO()
            clean.save(out, "JPEG", quality=QUALITY, optimize=True, progressive=True)
            return out.getvalue(), clean.width, clean.height
    except PhotoRejected:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise not_an_image() from None


def store_photo(*, photo_dir: Path, data: bytes) -> StoredPhoto:
    jpeg, w, h = process_photo(data)
    name = f"{hashlib.sha256(jpeg).hexdigest()[:24]}-{w}x{h}.jpg"
    photo_dir = Path(photo_dir)
    photo_dir.mkdir(parents=True, exist_ok=True)
    target = photo_dir / name
    if not target.is_file():
        tmp = photo_dir / f".{name}.tmp"
        tmp.write_bytes(jpeg)
        tmp.replace(target)
    return StoredPhoto(name, w, h, len(jpeg))


def photo_size(name: str) -> tuple[int, int] | None:
    """(width, height) from a stored photo's or a figure's name."""
    if not (NAME_RE.match(name or "") or FIGURE_RE.match(name or "")):
        return None
    w, h = name.rsplit("-", 1)[1].rsplit(".", 1)[0].split("x")
    return int(w), int(h)


def photo_url(name: str | None) -> str | None:
    if name and FIGURE_RE.match(name):
        return f"/static/{name}"
    return f"/photos/{name}" if name and NAME_RE.match(name) else None
