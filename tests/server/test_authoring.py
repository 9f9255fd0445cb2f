"""Each organisation writes its own stations (issue 10): catalogue per organisation plus
the shared library, authoring through the API, photos, printable codes."""

import io
import re
import shutil
import subprocess

import pytest
from PIL import Image
from sqlmodel import select

from server.api.routes import station_pages
from server.models import AudioClip, CatalogItem, CatalogText, ProgressEvent, Step, TextEvent
from server.services.authoring import CODE_ALPHABET
from server.services.photos import MAX_UPLOAD_BYTES
from tests.utils.factories import (
    coach_headers,
    make_coach,
    make_org,
    make_participant,
    participant_headers,
)
from tests.utils.stations import have_speech_tools, seed_station

OTHER_LANGUAGES = ("en", "ar", "fa", "so", "ti")


@pytest.fixture
def orgs(session):
    return make_org(session, slug="arvika"), make_org(session, slug="kil")


@pytest.fixture
def a_support(client, session, orgs):
    coach = make_coach(session, orgs[0], is_language_support=True)
    return coach_headers(client, coach)


def new_station(client, headers, **extra):
    body = {
        "kind": "station",
        "title": "Tvättstugan på Storgatan",
        "pictogram": "local_laundry_service",
        "steps": [
            {"text": "Boka en tid på tavlan i källaren.", "pictogram": "edit_calendar"},
            {"text": "Lägg tvätten i maskin 2.", "pictogram": "local_laundry_service"},
        ],
        **extra,
    }
    r = client.post("/api/authoring/items", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def page(client, path, lang="sv"):
    client.cookies.set(station_pages.LANG_COOKIE, lang)
    r = client.get(path)
    client.cookies.delete(station_pages.LANG_COOKIE)
    return r


def catalog_codes(client, headers=None) -> set[str]:
    r = client.get("/api/catalog", params={"lang": "so"}, headers=headers or {})
    assert r.status_code == 200, r.text
    return {i["code"] for i in r.json()["items"] if i["code"]}


def test_org_a_new_station_appears_on_a_pages_and_not_on_b(
    client, session, settings, orgs, a_support
):
    org_a, org_b = orgs
    seed_station(session, settings.audio_dir, with_audio=False)  # a library station
    item = new_station(client, a_support)
    code = item["code"]
    # Printable: six characters from an alphabet without 0/o, 1/l/i.
    assert len(code) == 6 and set(code) <= set(CODE_ALPHABET)
    assert item["page_url"] == f"/s/{code}" and item["organisation_id"] == org_a.id

    # Its own page, anonymous (the QR code holds only the code: unique, so one item).
    r = page(client, f"/s/{code}")
    assert r.status_code == 200
    assert "Tvättstugan på Storgatan" in r.text and "Lägg tvätten i maskin 2." in r.text
    assert f'href="/s/org/{org_a.slug}"' in r.text  # "all stations" leads to A's list

    a_list, b_list = page(client, f"/s/org/{org_a.slug}"), page(client, f"/s/org/{org_b.slug}")
    assert f'href="/s/{code}"' in a_list.text and 'href="/s/demo"' in a_list.text
    assert f'href="/s/{code}"' not in b_list.text and 'href="/s/demo"' in b_list.text
    assert f'href="/s/{code}"' not in page(client, "/s/").text  # the library's list

    # Participants' catalogs: A's participant gets it, B's and an anonymous one do not.
    p_a = participant_headers(session, make_participant(session, org_a))
    p_b = participant_headers(session, make_participant(session, org_b))
    assert code in catalog_codes(client, p_a) and "demo" in catalog_codes(client, p_a)
    assert code not in catalog_codes(client, p_b) and "demo" in catalog_codes(client, p_b)
    assert code not in catalog_codes(client)

    # B's staff neither see it nor change it.
    b_admin = coach_headers(client, make_coach(session, org_b, is_admin=True))
    assert client.get(f"/api/authoring/items/{item['id']}", headers=b_admin).status_code == 404
    listed = client.get("/api/authoring/items", headers=b_admin).json()
    assert item["id"] not in {i["id"] for i in listed}
    r = client.patch(f"/api/authoring/items/{item['id']}", json={"title": "x"}, headers=b_admin)
    assert r.status_code == 404


def test_new_swedish_text_makes_draft_rows_and_a_change_reopens_reviewed(
    client, session, a_support
):
    item = new_station(client, a_support)
    step = item["steps"][0]
    rows = session.exec(select(CatalogText).where(CatalogText.text_id == step["text_id"])).all()
    by_lang = {r.language: r for r in rows}
    assert by_lang["sv"].text == "Boka en tid på tavlan i källaren."
    assert by_lang["sv"].review_status == "source"
    for lang in OTHER_LANGUAGES:
        assert (by_lang[lang].text, by_lang[lang].review_status) == ("", "draft")
    # An untranslated step says so on the Somali page, and has no audio to play.
    r = page(client, f"/s/{item['code']}", "so")
    assert "Boka en tid på tavlan i källaren." in r.text
    assert 'class="none"' in r.text

    # Somali is written and reviewed, then the Swedish changes: back to draft, with history.
    tid = step["text_id"]
    r = client.patch(
        f"/api/texts/{tid}/so",
        json={"text": "Ballan ka qabso", "review_status": "reviewed"},
        headers=a_support,
    )
    assert r.status_code == 200, r.text
    r = client.patch(
        f"/api/authoring/steps/{step['id']}",
        json={"text": "Boka en tid på tavlan vid hissen."},
        headers=a_support,
    )
    assert r.status_code == 200, r.text
    session.expire_all()
    so = session.exec(
        select(CatalogText).where(CatalogText.text_id == tid, CatalogText.language == "so")
    ).one()
    assert (so.text, so.review_status, so.reviewed_by) == ("Ballan ka qabso", "draft", None)
    actions = session.exec(
        select(TextEvent.language, TextEvent.action).where(TextEvent.text_id == tid)
    ).all()
    assert ("sv", "corrected") in actions and ("so", "reopened") in actions


def test_add_reorder_and_retire_steps_retired_keeps_its_history(client, session, orgs, a_support):
    item = new_station(client, a_support)
    r = client.post(
        f"/api/authoring/items/{item['id']}/steps",
        json={"text": "Torka av filtret.", "pictogram": "cleaning_services", "position": 0},
        headers=a_support,
    )
    assert r.status_code == 201, r.text
    steps = r.json()["steps"]
    assert [s["text"] for s in steps] == [
        "Torka av filtret.",
        "Boka en tid på tavlan i källaren.",
        "Lägg tvätten i maskin 2.",
    ]
    order = [steps[2]["id"], steps[0]["id"], steps[1]["id"]]
    r = client.put(
        f"/api/authoring/items/{item['id']}/order", json={"step_ids": order}, headers=a_support
    )
    assert [s["id"] for s in r.json()["steps"]] == order
    bad = client.put(
        f"/api/authoring/items/{item['id']}/order", json={"step_ids": order[:2]}, headers=a_support
    )
    assert bad.status_code == 422

    # A participant ticked the step; then it is retired.
    org_a = orgs[0]
    p = make_participant(session, org_a)
    ev = client.post(
        "/api/progress/events",
        json={
            "events": [
                {
                    "id": "7f0c2a1e-1111-4c7e-9a55-000000000001",
                    "type": "step_ticked",
                    "item": item["slug"],
                    "step": steps[2]["text_id"],
                    "language": "so",
                    "device_time": "2026-12-01T10:00:00Z",
                }
            ]
        },
        headers=participant_headers(session, p),
    )
    assert ev.status_code == 200 and ev.json()["stored"], ev.text
    r = client.delete(f"/api/authoring/steps/{order[0]}", headers=a_support)
    assert r.status_code == 200, r.text
    body = r.json()
    assert [s["id"] for s in body["steps"]] == order[1:]
    assert [s["position"] for s in body["steps"]] == [0, 1]
    assert [s["text"] for s in body["retired_steps"]] == ["Lägg tvätten i maskin 2."]
    html = page(client, f"/s/{item['code']}").text
    assert "Lägg tvätten i maskin 2." not in html and "Torka av filtret." in html
    # History stays: the step row, its texts and the participant's event.
    session.expire_all()
    assert session.get(Step, order[0]).position < 0
    assert session.exec(select(ProgressEvent).where(ProgressEvent.step_id == order[0])).first()
    # Retired steps are not in the participant's catalog.
    step_ids = {
        s["id"]
        for i in client.get(
            "/api/catalog", params={"lang": "sv"}, headers=participant_headers(session, p)
        ).json()["items"]
        for s in i["steps"]
    }
    assert order[0] not in step_ids and order[1] in step_ids


def test_a_phone_asking_again_gets_its_organisations_catalog_without_sql(
    client, session, orgs, a_support
):
    """Signed-in phones ask for the catalog at every start: the repeat ask is answered
    from memory (no token look-up, no query), and still per organisation."""
    from sqlalchemy import event

    from server.db import get_engine

    org_a, org_b = orgs
    code = new_station(client, a_support)["code"]
    p_a = participant_headers(session, make_participant(session, org_a))
    p_b = participant_headers(session, make_participant(session, org_b))
    assert code in catalog_codes(client, p_a) and code not in catalog_codes(client, p_b)
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(get_engine(), "before_cursor_execute", count)
    try:
        again_a, again_b = catalog_codes(client, p_a), catalog_codes(client, p_b)
    finally:
        event.remove(get_engine(), "before_cursor_execute", count)
    assert statements == []
    assert code in again_a and code not in again_b


@pytest.mark.skipif(not have_speech_tools(), reason="needs espeak-ng and ffmpeg")
def test_copy_a_library_station_and_adapt_it_the_library_stays(
    client, session, settings, orgs, a_support
):
    seeded = seed_station(session, settings.audio_dir)
    lib = seeded.station
    r = client.post(f"/api/authoring/items/{lib.id}/copy", headers=a_support)
    assert r.status_code == 201, r.text
    copy = r.json()
    assert copy["code"] != "demo" and copy["copied_from_id"] == lib.id and copy["editable"]
    assert [s["text"] for s in copy["steps"]] == [
        "Hämta en låda med gardinkrokar från hyllan.",
        "Trä tio krokar på skenan.",
        "Lägg den färdiga skenan i den blå lådan.",
    ]
    # Same wording, same sound: the copy's Arabic page plays at once.
    html = page(client, f"/s/{copy['code']}", "ar").text
    srcs = re.findall(r'<audio[^>]*\ssrc="([^"]+)"', html)
    assert len(srcs) >= 3
    for src in srcs:
        assert client.get(src).status_code == 200
    # Adapting the copy leaves the library as it was.
    step = copy["steps"][0]
    r = client.patch(
        f"/api/authoring/steps/{step['id']}",
        json={"text": "Hämta en låda från hylla B3."},
        headers=a_support,
    )
    assert r.status_code == 200
    assert "Hämta en låda från hylla B3." in page(client, f"/s/{copy['code']}").text
    assert "Hämta en låda med gardinkrokar från hyllan." in page(client, "/s/demo").text
    # The library itself is read-only to the organisation.
    r = client.patch(f"/api/authoring/items/{lib.id}", json={"title": "x"}, headers=a_support)
    assert r.status_code == 403 and "library" in r.json()["detail"]
    lib_step = session.exec(select(Step).where(Step.item_id == lib.id)).first()
    r = client.patch(f"/api/authoring/steps/{lib_step.id}", json={"text": "x"}, headers=a_support)
    assert r.status_code == 403
    assert session.exec(select(AudioClip).where(AudioClip.text_id == step["text_id"])).first()


def test_only_admins_and_language_support_author_and_codes_stay_unique(
    client, session, orgs, a_support
):
    org_a, _ = orgs
    plain = coach_headers(client, make_coach(session, org_a))
    body = {"kind": "station", "title": "Kassan", "pictogram": "storefront"}
    r = client.post("/api/authoring/items", json=body, headers=plain)
    assert r.status_code == 403
    admin = coach_headers(client, make_coach(session, org_a, is_admin=True))
    first = client.post("/api/authoring/items", json={**body, "code": "kassa1"}, headers=admin)
    assert first.status_code == 201 and first.json()["code"] == "kassa1"
    again = client.post("/api/authoring/items", json={**body, "code": "KASSA1"}, headers=a_support)
    assert again.status_code == 409 and "taken" in again.json()["detail"]
    for bad in ({**body, "kind": "poster"}, {**body, "title": "  "}, {**body, "pictogram": "x"}):
        assert client.post("/api/authoring/items", json=bad, headers=admin).status_code == 422
    assert session.exec(select(CatalogItem).where(CatalogItem.code == "kassa1")).one()


def test_pictograms_are_searchable_in_swedish(client, a_support):
    r = client.get("/api/authoring/pictograms", params={"q": "buss"}, headers=a_support)
    names = [p["name"] for p in r.json()]
    assert names[0] == "directions_bus"
    assert client.get(r.json()[0]["url"]).status_code == 200
    everything = client.get("/api/authoring/pictograms", headers=a_support).json()
    assert len(everything) > 80


@pytest.mark.skipif(
    not all(shutil.which(t) for t in ("zbarimg", "pdftoppm", "pdftotext")),
    reason="needs zbar-tools and poppler-utils",
)
def test_the_station_qr_code_decodes_to_its_page(client, settings, a_support, tmp_path):
    item = new_station(client, a_support)
    r = client.get(item["qr_png"], headers=a_support)
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    png = tmp_path / "code.png"
    png.write_bytes(r.content)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
    assert decoded.stdout.strip() == f"http://testserver/s/{item['code']}"
    # The printable A4 sheet: its code decodes to the same page, and it names the station.
    r = client.get(item["sheet_pdf"], headers=a_support)
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(r.content)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    page = sorted(tmp_path.glob("page*.png"))[0]
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(page)], capture_output=True, text=True)
    assert decoded.stdout.strip() == f"http://testserver/s/{item['code']}"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Tvättstugan på Storgatan" in text


# --- photos ------------------------------------------------------------------------------


def phone_photo(size=(4000, 3000)) -> bytes:
    """A JPEG as a phone writes it: EXIF with the camera, the time and a GPS position."""
    img = Image.new("RGB", size, (200, 120, 40))
    for x in range(0, size[0], 200):  # some detail, so it is not a trivial image
        img.paste((30, 90, 160), (x, 0, x + 80, size[1]))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0132] = "2026:11:30 09:12:00"
    exif[0x8825] = {1: "N", 2: (59.0, 39.0, 21.5), 3: "E", 4: (12.0, 35.0, 10.0)}
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()


def test_a_photo_with_gps_exif_is_served_small_without_it(client, session, a_support):
    item = new_station(client, a_support)
    step = item["steps"][1]
    data = phone_photo()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825)  # the GPS is really there
    r = client.post(
        f"/api/authoring/steps/{step['id']}/photo",
        files={"file": ("IMG_2031.jpg", data, "image/jpeg")},
        headers=a_support,
    )
    assert r.status_code == 200, r.text
    url = r.json()["steps"][1]["photo_url"]
    served = client.get(url)
    assert served.status_code == 200 and served.headers["content-type"] == "image/jpeg"
    assert "immutable" in served.headers["cache-control"]
    img = Image.open(io.BytesIO(served.content))
    assert max(img.size) <= 480 and len(served.content) < 60_000
    assert not img.getexif() and "exif" not in img.info
    for marker in (b"Exif", b"PhoneMaker", b"2026:11:30", b"GPS"):
        assert marker not in served.content
    # The station page shows it, with its size, lazily, from our own origin.
    html = page(client, f"/s/{item['code']}").text
    assert re.search(
        rf'<img class="photo" src="{url}" width="480" height="360" loading="lazy"', html
    )
    # ... and so does the participant's catalog.
    cat = client.get("/api/catalog", params={"lang": "sv"}, headers=a_support).json()
    mine = next(i for i in cat["items"] if i["code"] == item["code"])
    assert mine["steps"][1]["photo"] == url


def test_bad_photo_uploads_get_a_clear_4xx_and_change_nothing(client, session, orgs, a_support):
    item = new_station(client, a_support)
    sid = item["steps"][0]["id"]
    path = f"/api/authoring/steps/{sid}/photo"
    not_image = client.post(
        path, files={"file": ("a.jpg", b"%PDF-1.4 not a picture", "image/jpeg")}, headers=a_support
    )
    assert not_image.status_code == 415 and "picture" in not_image.json()["detail"]
    huge = client.post(
        path,
        content=b"\xff\xd8" + b"0" * (MAX_UPLOAD_BYTES + 100_000),
        headers={**a_support, "Content-Type": "image/jpeg"},
    )
    assert huge.status_code == 413 and "MB" in huge.json()["detail"]
    empty = client.post(path, content=b"", headers={**a_support, "Content-Type": "image/jpeg"})
    assert empty.status_code == 422
    b_admin = coach_headers(client, make_coach(session, orgs[1], is_admin=True))
    other = client.post(
        path, files={"file": ("p.jpg", phone_photo((40, 30)), "image/jpeg")}, headers=b_admin
    )
    assert other.status_code == 404
    session.expire_all()
    assert session.get(Step, sid).photo is None
