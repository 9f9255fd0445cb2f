"""Recording packs (issue 10): org A's Somali work, exported as one file, imported into
org B, plays on B's station page; the import shows what it would change first."""

import io
import json
import re
import zipfile

import pytest
from sqlmodel import select

from server.api.routes import station_pages
from server.models import CatalogText
from server.models.coaching import AuditEntry
from tests.utils.audio import make_samples, tools_missing
from tests.utils.factories import coach_headers, make_coach, make_org
from tests.utils.stations import have_speech_tools, seed_station

pytestmark = pytest.mark.skipif(
    tools_missing() is not None or not have_speech_tools(), reason="needs espeak-ng and ffmpeg"
)

SOMALI = ["Keen sanduuq qabsiyayaal ah", "Toban qabsiye ku rakib birta"]


@pytest.fixture
def two_orgs(client, session, settings):
    library = seed_station(session, settings.audio_dir).station  # the shared library's
    org_a, org_b = make_org(session), make_org(session)
    a = coach_headers(client, make_coach(session, org_a, is_language_support=True))
    b = coach_headers(client, make_coach(session, org_b, is_language_support=True))
    copies = []
    for h in (a, b):
        r = client.post(f"/api/authoring/items/{library.id}/copy", headers=h)
        assert r.status_code == 201, r.text
        copies.append(r.json())
    return a, b, copies[0], copies[1]


def somali_page_audio(client, code) -> list[str]:
    client.cookies.set(station_pages.LANG_COOKIE, "so")
    html = client.get(f"/s/{code}").text
    client.cookies.delete(station_pages.LANG_COOKIE)
    # The Somali clips (the Swedish beside them play from the library's copy anyway).
    return re.findall(r'<audio[^>]*\ssrc="(/audio/so-[^"]+)"', html)


def test_a_pack_exported_from_a_and_imported_into_b_plays_on_b_station_page(
    client, session, two_orgs, tmp_path
):
    a, b, a_copy, b_copy = two_orgs
    takes = [
        make_samples(tmp_path / "1", "Hämta en låda")["wav"].read_bytes(),
        make_samples(tmp_path / "2", "Trä tio krokar på skenan")["wav"].read_bytes(),
    ]
    # A's language support writes, reviews and records Somali for two steps.
    for step, text, wav in zip(a_copy["steps"][:2], SOMALI, takes, strict=True):
        r = client.patch(
            f"/api/texts/{step['text_id']}/so",
            json={"text": text, "review_status": "reviewed"},
            headers=a,
        )
        assert r.status_code == 200, r.text
        up = client.post(
            f"/api/texts/{step['text_id']}/so/recording",
            files={"file": ("take.wav", wav, "audio/wav")},
            headers=a,
        )
        assert up.status_code == 201, up.text
    assert len(somali_page_audio(client, a_copy["code"])) == 2
    assert somali_page_audio(client, b_copy["code"]) == []  # B: nothing in Somali yet

    r = client.get("/api/packs/export", params={"language": "so"}, headers=a)
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    pack = r.content
    with zipfile.ZipFile(io.BytesIO(pack)) as z:
        manifest = json.loads(z.read("manifest.json"))
        assert [e["text"] for e in manifest["entries"]] == SOMALI
        assert len([n for n in z.namelist() if n.startswith("audio/")]) == 2

    # Preview: what would change, and nothing changes yet.
    files = {"file": ("so.zip", pack, "application/zip")}
    r = client.post("/api/packs/import", files=files, headers=b)
    assert r.status_code == 200, r.text
    preview = r.json()
    assert preview["applied"] is False and preview["matched"] == 2
    assert preview["counts"] == {"text": 2, "review": 0, "recording": 2, "conflict": 0}
    assert somali_page_audio(client, b_copy["code"]) == []

    r = client.post("/api/packs/import", params={"apply": "true"}, files=files, headers=b)
    assert r.status_code == 200 and r.json()["applied"] is True
    srcs = somali_page_audio(client, b_copy["code"])
    assert len(srcs) == 2
    a_srcs = somali_page_audio(client, a_copy["code"])
    for src, a_src in zip(srcs, a_srcs, strict=True):
        served = client.get(src)
        assert served.status_code == 200 and served.headers["content-type"] == "audio/mpeg"
        assert served.content == client.get(a_src).content  # the same voice, the same bytes
        assert src != a_src  # but B's own file: withdrawing A's never silences B
    session.expire_all()
    so = session.exec(
        select(CatalogText).where(
            CatalogText.text_id == b_copy["steps"][0]["text_id"], CatalogText.language == "so"
        )
    ).one()
    assert (so.text, so.review_status) == (SOMALI[0], "reviewed")
    assert session.exec(select(AuditEntry).where(AuditEntry.action == "pack_imported")).one()

    # Importing again changes nothing: the same hashes are already there.
    again = client.post("/api/packs/import", files=files, headers=b).json()
    assert again["counts"] == {"text": 0, "review": 0, "recording": 0, "conflict": 0}


def test_a_reviewed_text_of_b_is_never_overwritten_by_a_pack(client, session, two_orgs):
    a, b, a_copy, b_copy = two_orgs
    tid_a, tid_b = a_copy["steps"][0]["text_id"], b_copy["steps"][0]["text_id"]
    client.patch(
        f"/api/texts/{tid_a}/so", json={"text": SOMALI[0], "review_status": "reviewed"}, headers=a
    )
    client.patch(
        f"/api/texts/{tid_b}/so",
        json={"text": "Sanduuq keen", "review_status": "reviewed"},
        headers=b,
    )
    pack = client.get("/api/packs/export", params={"language": "so"}, headers=a).content
    r = client.post(
        "/api/packs/import",
        params={"apply": "true"},
        files={"file": ("so.zip", pack, "application/zip")},
        headers=b,
    )
    assert r.json()["counts"]["conflict"] == 1
    assert r.json()["changes"][0] == {
        "text_id": tid_b,
        "action": "conflict",
        "old": "Sanduuq keen",
        "new": SOMALI[0],
    }
    session.expire_all()
    kept = session.exec(
        select(CatalogText.text).where(CatalogText.text_id == tid_b, CatalogText.language == "so")
    ).one()
    assert kept == "Sanduuq keen"


def test_bad_packs_get_a_clear_4xx(client, session, two_orgs):
    a, b, _, _ = two_orgs
    post = lambda data, **kw: client.post(  # noqa: E731
        "/api/packs/import", files={"file": ("p.zip", data, "application/zip")}, headers=b, **kw
    )
    assert post(b"not a zip").status_code == 415
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": "stegvis-pack/1",
                    "language": "so",
                    "entries": [{"sv": "a", "sv_sha": "0" * 64, "text": "b", "text_sha": "1" * 64}],
                }
            ),
        )
    r = post(buf.getvalue())
    assert r.status_code == 422 and "hashes" in r.json()["detail"]
    plain = coach_headers(client, make_coach(session, make_org(session)))
    assert (
        client.get("/api/packs/export", params={"language": "so"}, headers=plain).status_code == 403
    )
    assert client.get("/api/packs/export", params={"language": "sv"}, headers=a).status_code == 422
