"""The language-support worklist (issue 10): per language what is missing, stale or
unreviewed; search and filter; the next item to record, so a whole station is recorded
in one sitting."""

import pytest

from tests.server.test_authoring import new_station
from tests.utils.audio import make_samples, tools_missing
from tests.utils.factories import coach_headers, make_coach, make_library_editor, make_org
from tests.utils.speech_catalog import seed_speech_catalog


@pytest.fixture
def setup(client, session):
    seed_speech_catalog(session)  # the library
    org_a, org_b = make_org(session), make_org(session)
    a = coach_headers(client, make_coach(session, org_a, is_language_support=True))
    b = coach_headers(client, make_coach(session, org_b, is_language_support=True))
    item = new_station(client, a)
    return a, b, item


def work(client, headers, **params):
    r = client.get("/api/worklist", params={"language": "so", **params}, headers=headers)
    assert r.status_code == 200, r.text
    return r.json()


def test_new_station_is_missing_somali_text_in_station_order(client, setup):
    a, b, item = setup
    body = work(client, a)
    assert body["counts"] == {
        "missing_text": 3,
        "missing_audio": 0,
        "stale_audio": 0,
        "unreviewed": 0,
    }
    rows = body["rows"]
    assert [(r["where"]["part"], r["where"]["number"]) for r in rows] == [
        ("title", None),
        ("step", 1),
        ("step", 2),
    ]
    assert rows[1]["sv"] == "Boka en tid på tavlan i källaren." and rows[1]["text"] is None
    assert rows[1]["where"]["code"] == item["code"] and rows[1]["where"]["library"] is False
    # Another organisation's language support does not get A's work.
    assert all(r["where"]["item_id"] != item["id"] for r in work(client, b)["rows"])
    # The library is not A's to change: only shown on request, as read-only context.
    assert all(not r["where"]["library"] for r in rows)
    everything = work(client, a, scope="all")["rows"]
    assert any(r["where"]["library"] for r in everything)


def test_filters_search_and_what_moves_where(client, setup):
    a, _, item = setup
    step1, step2 = item["steps"]
    r = client.patch(
        f"/api/texts/{step1['text_id']}/so", json={"text": "Ballan ka qabso"}, headers=a
    )
    assert r.status_code == 200, r.text
    body = work(client, a)
    assert body["counts"]["missing_text"] == 2 and body["counts"]["unreviewed"] == 1
    assert body["counts"]["missing_audio"] == 1
    row = next(r for r in body["rows"] if r["text_id"] == step1["text_id"])
    assert row["needs"] == ["missing_audio", "unreviewed"]

    only = work(client, a, need="missing_text")["rows"]
    assert [r["text_id"] for r in only] == [item["title_id"], step2["text_id"]]
    found = work(client, a, q="MASKIN")["rows"]  # the Swedish text, any case
    assert [r["text_id"] for r in found] == [step2["text_id"]]
    assert [r["text_id"] for r in work(client, a, q="ballan")["rows"]] == [step1["text_id"]]
    assert work(client, a, q="Storgatan")["counts"]["missing_text"] == 2  # the item's title

    client.patch(f"/api/texts/{step1['text_id']}/so", json={"review_status": "reviewed"}, headers=a)
    assert work(client, a)["counts"]["unreviewed"] == 0
    bad = client.get("/api/worklist", params={"language": "sv"}, headers=a)
    assert bad.status_code == 422
    bad = client.get("/api/worklist", params={"language": "so", "need": "x"}, headers=a)
    assert bad.status_code == 422


def test_library_editors_work_on_the_library(client, session, setup):
    editor = coach_headers(client, make_library_editor(session, make_org(session)))
    rows = work(client, editor)["rows"]
    assert rows and all(r["where"]["library"] for r in rows)
    assert {r["text_id"] for r in rows} >= {"station-gardin-fetch", "checklist-bill-open"}


@pytest.mark.skipif(tools_missing() is not None, reason=str(tools_missing()))
def test_record_the_next_missing_item_walks_the_station_then_a_change_makes_it_stale(
    client, setup, tmp_path
):
    a, _, item = setup
    for step, text in zip(
        item["steps"], ("Ballan ka qabso", "Dhar ku rid mashiinka 2"), strict=True
    ):
        client.patch(f"/api/texts/{step['text_id']}/so", json={"text": text}, headers=a)
    wav = make_samples(tmp_path)["wav"].read_bytes()

    recorded = []
    after = None
    while True:
        params = {"language": "so", **({"after": after} if after else {})}
        r = client.get("/api/worklist/next", params=params, headers=a)
        if r.status_code == 204:
            break
        assert r.status_code == 200, r.text
        after = r.json()["text_id"]
        up = client.post(
            f"/api/texts/{after}/so/recording",
            files={"file": ("take.wav", wav, "audio/wav")},
            headers=a,
        )
        assert up.status_code == 201, up.text
        recorded.append(after)
    assert recorded == [s["text_id"] for s in item["steps"]]
    counts = work(client, a)["counts"]
    assert counts["missing_audio"] == 0 and counts["stale_audio"] == 0

    # The Somali wording changes: its recording is now for an older text.
    tid = item["steps"][0]["text_id"]
    client.patch(f"/api/texts/{tid}/so", json={"text": "Ballan qabso"}, headers=a)
    row = next(r for r in work(client, a)["rows"] if r["text_id"] == tid)
    assert "stale_audio" in row["needs"] and "missing_audio" in row["needs"]
    nxt = client.get("/api/worklist/next", params={"language": "so"}, headers=a).json()
    assert nxt["text_id"] == tid


def test_a_swedish_correction_in_language_support_sends_translations_back_to_review(client, setup):
    a, _, item = setup
    tid = item["steps"][0]["text_id"]
    client.patch(
        f"/api/texts/{tid}/so",
        json={"text": "Ballan ka qabso", "review_status": "reviewed"},
        headers=a,
    )
    assert work(client, a)["counts"]["unreviewed"] == 0
    r = client.patch(f"/api/texts/{tid}/sv", json={"text": "Boka tid vid hissen."}, headers=a)
    assert r.status_code == 200, r.text
    row = next(r for r in work(client, a)["rows"] if r["text_id"] == tid)
    assert "unreviewed" in row["needs"] and row["sv"] == "Boka tid vid hissen."
    history = client.get(f"/api/texts/{tid}/so", headers=a).json()["history"]
    assert history[0]["action"] == "reopened"
