"""Draw the Stegvis app icons (a staircase: step by step) into client/assets/icons/.

Run once when the design changes; the PNGs are committed. `stegvis build-client` puts
them where Flet's web client has its own (the home-screen icon, the tab's favicon, the
picture while the app starts), so the participant never sees Flet's logo.

    .venv/bin/python scripts/build_icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "client" / "assets" / "icons"
BLUE = "#0B3D91"  # the app's primary colour (client/components/ui.py)
WHITE = "#FFFFFF"
SCALE = 4  # drawn large, then scaled down: smooth edges without an antialiasing API


def draw(size: int, *, safe: float, rounded: bool) -> Image.Image:
    """safe: the share of the side the staircase may use (maskable icons are cut to a
    circle by the phone, so their picture keeps to the middle 80 %)."""
    big = size * SCALE
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    if rounded:
        d.rounded_rectangle((0, 0, big - 1, big - 1), radius=big * 0.22, fill=BLUE)
    else:
        d.rectangle((0, 0, big, big), fill=BLUE)
    side = big * safe
    left = (big - side) / 2
    steps = 3
    width = side / steps
    rise = side * 0.2
    r = width * 0.26  # someone's head, above the top step
    height = rise * steps + r * 2.6  # the staircase and the head, centred as one
    bottom = (big + height) / 2
    for i in range(steps):  # three steps, each higher than the last
        x0 = left + i * width
        top = bottom - rise * (i + 1)
        d.rectangle((x0, top, x0 + width * 1.02, bottom), fill=WHITE)
    cx, cy = left + width * 2.5, bottom - rise * steps - r * 1.6
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=WHITE)
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size, safe, rounded in (
        ("icon-192.png", 192, 0.64, True),
        ("icon-512.png", 512, 0.64, True),
        ("icon-maskable-192.png", 192, 0.52, False),
        ("icon-maskable-512.png", 512, 0.52, False),
        ("apple-touch-icon-192.png", 192, 0.6, False),
        ("loading-animation.png", 512, 0.64, True),
    ):
        draw(size, safe=safe, rounded=rounded).save(OUT / name, optimize=True)
    draw(32, safe=0.72, rounded=True).save(OUT.parent / "favicon.png", optimize=True)


if __name__ == "__main__":
    main()
