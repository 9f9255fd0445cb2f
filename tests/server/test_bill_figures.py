"""The bill guide shows a real bill beside a book-club offer (issue 10): each step's
picture rings the part its text talks about, with the step's number, and the text is
read aloud in every language like any step."""

import io

from PIL import Image, ImageChops

from server.services import figures
from server.services.catalog import seed_catalog


def test_the_committed_pictures_are_what_the_drawing_code_makes(tmp_path):
    fresh = figures.write_figures(tmp_path)
    for path in fresh:
        committed = figures.FIGURE_DIR / path.name
        assert committed.is_file(), f"run python -m server.services.figures ({path.name})"
        # Pixels, not bytes: another Pillow or FreeType may encode or hint a little
        # differently; a changed drawing differs by far more than 2 % of the pixels.
        a = Image.open(committed).convert("RGB")
        b = Image.open(path).convert("RGB")
        assert a.size == b.size
        diff = ImageChops.difference(a, b).convert("L").point(lambda v: 255 if v > 48 else 0)
        differ = diff.histogram()[255]
        assert differ < 0.02 * a.width * a.height, f"{path.name} is out of date"
        assert len(committed.read_bytes()) < 40_000  # small enough for mobile data


def test_each_picture_rings_its_own_part_in_red():
    plain = figures.draw(None)
    _, boxes = figures._base()
    for part in figures.PARTS:
        ringed = figures.draw(part)
        x0, y0, x1, y1 = boxes[part]
        # The ring is drawn just outside the part's box: red pixels there, none unringed.
        edge = [(x, y0 - 4) for x in range(x0 + 20, x1 - 40, 7)]
        assert all(ringed.getpixel(p) == (0xC6, 0x28, 0x28) for p in edge), part
        assert all(plain.getpixel(p) != (0xC6, 0x28, 0x28) for p in edge), part


def test_the_seeded_bill_guide_pairs_each_part_with_its_picture_and_its_words(
    client, session, settings
):
    seed_catalog(session=session, settings=settings)
    body = client.get("/api/catalog", params={"lang": "so"}).json()
    guide = next(i for i in body["items"] if i["slug"] == "rakning")
    pictured = [s for s in guide["steps"] if s["photo"]]
    assert [s["slug"] for s in pictured] == list(figures.PARTS)
    for number, step in enumerate(guide["steps"][: len(figures.PARTS)], start=1):
        # The ring's number is the step's number: the picture and the voice agree.
        assert step["photo"].endswith(f"bill-vs-advert-{figures.PARTS[number - 1]}-960x640.png")
        assert step["text"] and step["sv"]  # the words to read aloud, Somali beside Swedish
        served = client.get(step["photo"])
        assert served.status_code == 200 and served.headers["content-type"] == "image/png"
        assert Image.open(io.BytesIO(served.content)).size == (960, 640)
    words = next(s for s in guide["steps"] if s["slug"] == "words")
    assert "Erbjudande" in words["sv"] and "Gratis" in words["sv"]
