"""Language-support staff review and correct texts; every mark kept with who and when."""

import pytest
from sqlmodel import select

from server.models import AudioClip, CatalogText, TextEvent
from server.services.audio import best_clips, text_sha
from tests.utils.factories import coach_headers, make_library_editor
from tests.utils.speech_catalog import READ_ALOUD, TEXTS, seed_speech_catalog

STEP = "checklist-bill-open"


@pytest.fixture
def headers(client, session):
    seed_speech_catalog(session)
    return coach_headers(client, make_library_editor(session, email="hodan@example.org"))


def row(session, text_id=STEP, language="so") -> CatalogText:
    session.expire_all()
    return session.exec(
        select(CatalogText).where(CatalogText.text_id == text_id, CatalogText.language == language)
    ).one()


def test_draft_list_shows_text_swedish_source_where_and_audio_in_one_row(client, headers):
    r = client.get("/api/texts", params={"language": "so", "status": "draft"}, headers=headers)
    assert r.status_code == 200, r.text
    rows = r.json()
    assert len(rows) == READ_ALOUD
    first = next(x for x in rows if x["text_id"] == STEP)
    assert first["text"] == TEXTS["so"][STEP] and first["sv"] == TEXTS["sv"][STEP]
    assert first["where"] == {
        "kind": "step",
        "item": "bill",
        "item_kind": "checklist",
        "position": 0,
    }
    assert first["review_status"] == "draft" and first["reviewed_by"] is None
    assert first["audio"]["source"] is None  # "no recording yet", shown not hidden
    # Walk an item in order: title, summary, then its steps.
    bill = [x["text_id"] for x in rows if x["where"]["item"] == "bill"]
    assert bill == ["checklist-bill-title", "checklist-bill-summary", STEP, "checklist-bill-amount"]


def test_mark_reviewed_keeps_who_and_when_and_leaves_the_draft_list(client, session, headers):
    r = client.patch(f"/api/texts/{STEP}/so", json={"review_status": "reviewed"}, headers=headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["review_status"] == "reviewed" and body["reviewed_by"] == "hodan@example.org"
    assert body["reviewed_at"] is not None
    assert [(h["action"], h["by"]) for h in body["history"]] == [("reviewed", "hodan@example.org")]
    saved = row(session)
    assert saved.reviewed_by == "hodan@example.org" and saved.reviewed_at is not None
    drafts = client.get(
        "/api/texts", params={"language": "so", "status": "draft"}, headers=headers
    ).json()
    assert STEP not in {x["text_id"] for x in drafts}
    reviewed = client.get(
        "/api/texts", params={"language": "so", "status": "reviewed"}, headers=headers
    ).json()
    assert [x["text_id"] for x in reviewed] == [STEP]
    # Marking it again changes nothing and writes no second history row.
    client.patch(f"/api/texts/{STEP}/so", json={"review_status": "reviewed"}, headers=headers)
    assert len(session.exec(select(TextEvent)).all()) == 1


def test_correcting_a_text_keeps_the_old_wording_and_makes_its_audio_stale(
    client, session, settings, headers
):
    from server.services.speech import build_speech

    build_speech(session=session, settings=settings, languages=["ar"])
    old = TEXTS["ar"][STEP]
    clip = best_clips(session=session, language="ar", texts={STEP: old})[STEP]
    client.patch(f"/api/texts/{STEP}/ar", json={"review_status": "reviewed"}, headers=headers)

    new = "افتح الفاتورة بعناية"
    r = client.patch(
        f"/api/texts/{STEP}/ar",
        json={"text": f"  {new} ", "base_sha": text_sha(old)},
        headers=headers,
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["text"] == new and body["text_sha"] == text_sha(new)
    # A review vouches for a wording: the new wording is a draft again.
    assert body["review_status"] == "draft" and body["reviewed_by"] is None
    actions = [(h["action"], h["old_text"], h["new_text"]) for h in body["history"]]
    assert [a[0] for a in actions] == ["reopened", "corrected", "reviewed"]
    assert actions[1] == ("corrected", old, new)  # the old wording is on record
    assert body["history"][2]["by"] == "hodan@example.org"  # so is the earlier review
    # The espeak clip speaks the old words: stale, not played, not deleted.
    assert best_clips(session=session, language="ar", texts={STEP: new}) == {}
    assert body["audio"]["source"] is None
    assert [c["url"] for c in body["audio"]["stale"]] == [f"/audio/{clip.file_name}"]
    assert (settings.audio_dir / clip.file_name).is_file()
    assert session.get(AudioClip, clip.id).withdrawn_at is None


def test_correct_and_mark_reviewed_in_one_go(client, session, headers):
    r = client.patch(
        f"/api/texts/{STEP}/ti",
        json={"text": "ሕሳብ ክፈቱ", "review_status": "reviewed"},
        headers=headers,
    )
    body = r.json()
    assert body["text"] == "ሕሳብ ክፈቱ" and body["review_status"] == "reviewed"
    assert sorted(h["action"] for h in body["history"]) == ["corrected", "reviewed"]
    # Reopening clears the row's mark; the history keeps who reviewed it and when.
    r = client.patch(f"/api/texts/{STEP}/ti", json={"review_status": "draft"}, headers=headers)
    assert r.json()["review_status"] == "draft" and r.json()["reviewed_by"] is None
    assert [h["action"] for h in r.json()["history"]][0] == "reopened"
    assert any(
        h["action"] == "reviewed" and h["by"] == "hodan@example.org" for h in r.json()["history"]
    )


@pytest.mark.parametrize(
    ("path", "body", "status", "words"),
    [
        (f"/api/texts/{STEP}/so", {"text": "   "}, 422, "empty"),
        (f"/api/texts/{STEP}/so", {"review_status": "approved"}, 422, "review_status"),
        (f"/api/texts/{STEP}/sv", {"review_status": "reviewed"}, 422, "source"),
        (f"/api/texts/{STEP}/so", {"text": "x", "base_sha": "0" * 64}, 409, "changed"),
        ("/api/texts/checklist-bill-nope/so", {"text": "x"}, 404, "no text"),
        (f"/api/texts/{STEP}/de", {"text": "x"}, 404, "unknown language"),
    ],
)
def test_bad_review_requests_are_refused_and_change_nothing(
    client, session, headers, path, body, status, words
):
    r = client.patch(path, json=body, headers=headers)
    assert r.status_code == status, r.text
    assert words in r.json()["detail"].lower()
    saved = row(session)
    assert saved.text == TEXTS["so"][STEP] and saved.review_status == "draft"
    assert session.exec(select(TextEvent)).all() == []


def test_swedish_source_can_be_corrected_and_stays_source(client, session, headers):
    r = client.patch(f"/api/texts/{STEP}/sv", json={"text": "Öppna kuvertet"}, headers=headers)
    assert r.status_code == 200
    assert r.json()["review_status"] == "source" and r.json()["text"] == "Öppna kuvertet"
    # Every translation's row shows the corrected Swedish beside it.
    so = client.get(f"/api/texts/{STEP}/so", headers=headers).json()
    assert so["sv"] == "Öppna kuvertet"


def test_review_needs_a_signed_in_coach(client, session, headers):
    client.cookies.clear()
    assert client.get("/api/texts", params={"language": "so"}).status_code == 401
    assert (
        client.patch(f"/api/texts/{STEP}/so", json={"review_status": "reviewed"}).status_code == 401
    )
    assert row(session).review_status == "draft"
    assert client.get("/api/texts", params={"language": "xx"}, headers=headers).status_code == 422
