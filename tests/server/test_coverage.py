"""Coverage: per language and source, what plays, what is missing, what is stale."""

import json

import pytest
from sqlmodel import select

from server.models import CatalogText
from server.services.coverage import coverage_report
from server.services.speech import build_speech
from tests.utils.audio import make_samples, tools_missing
from tests.utils.factories import coach_headers, make_library_editor
from tests.utils.speech_catalog import READ_ALOUD, seed_speech_catalog

pytestmark = pytest.mark.skipif(tools_missing() is not None, reason=str(tools_missing()))


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    return make_samples(tmp_path_factory.mktemp("coverage"))


@pytest.fixture
def built(session, settings):
    """The small catalog with an offline speech build, as after the README's run command."""
    seed_speech_catalog(session)
    report = build_speech(session=session, settings=settings, sources=("espeak",))
    assert report.ok, report.summary()
    return session


def test_tts_covers_sv_ar_fa_and_so_ti_are_honestly_zero(built):
    report = coverage_report(session=built)
    data = report.as_dict()
    json.dumps(data)  # machine-readable as it is
    assert list(data["languages"]) == ["sv", "ar", "fa", "so", "ti"]
    for lang in ("sv", "ar", "fa"):
        cov = data["languages"][lang]
        assert cov["total"] == READ_ALOUD and cov["with_audio"] == READ_ALOUD
        assert cov["by_source"] == {"human": 0, "gtts": 0, "espeak": READ_ALOUD, "espeak152": 0}
        assert cov["none"] == 0 and cov["percent"] == 100.0
    for lang in ("so", "ti"):
        cov = data["languages"][lang]
        assert cov["with_audio"] == 0 and cov["percent"] == 0.0
        assert cov["none"] == READ_ALOUD and len(cov["none_ids"]) == READ_ALOUD
        assert cov["review"] == {"source": 0, "draft": READ_ALOUD, "reviewed": 0}
    assert data["languages"]["sv"]["review"]["source"] == READ_ALOUD
    assert data["total"]["with_audio"] == 3 * READ_ALOUD
    assert data["total"]["total"] == 5 * READ_ALOUD

    lines = report.summary().splitlines()
    assert len(lines) == 6  # one per language and a total line
    assert lines[3].startswith(f"so: 0/{READ_ALOUD} with audio (0 %)")
    assert f"espeak {READ_ALOUD}" in lines[0] and "source text" in lines[0]
    assert lines[-1].startswith(f"total: {3 * READ_ALOUD}/{5 * READ_ALOUD} with audio (60 %)")


def test_a_somali_recording_counts_as_human_and_a_review_as_reviewed(client, built, samples):
    headers = coach_headers(client, make_library_editor(built))
    r = client.post(
        "/api/texts/station-gardin-fetch/so/recording",
        files={"file": ("a.m4a", samples["m4a"].read_bytes(), "audio/mp4")},
        headers=headers,
    )
    assert r.status_code == 201, r.text
    client.patch(
        "/api/texts/station-gardin-fetch/so", json={"review_status": "reviewed"}, headers=headers
    )

    r = client.get("/api/coverage", params={"language": "so"}, headers=headers)
    assert r.status_code == 200, r.text
    so = r.json()["languages"]["so"]
    assert list(r.json()["languages"]) == ["so"]
    assert so["by_source"]["human"] == 1 and so["with_audio"] == 1
    assert so["none"] == READ_ALOUD - 1 and "station-gardin-fetch" not in so["none_ids"]
    assert so["review"] == {"source": 0, "draft": READ_ALOUD - 1, "reviewed": 1}
    assert r.json()["summary"].startswith(f"so: 1/{READ_ALOUD} with audio (14 %) - human 1")


def test_stale_recordings_and_stale_tts_are_counted_until_redone(client, built, settings, samples):
    headers = coach_headers(client, make_library_editor(built))
    client.post(
        "/api/texts/station-gardin-fetch/so/recording",
        files={"file": ("a.ogg", samples["ogg"].read_bytes(), "audio/ogg")},
        headers=headers,
    )
    client.patch(
        "/api/texts/station-gardin-fetch/so", json={"text": "Keen sanduuqa"}, headers=headers
    )
    client.patch(
        "/api/texts/station-gardin-count/sv", json={"text": "Räkna tolv krokar"}, headers=headers
    )

    data = coverage_report(session=built).as_dict()["languages"]
    assert data["so"]["stale_human_ids"] == ["station-gardin-fetch"]
    assert data["so"]["with_audio"] == 0  # a stale recording is not played
    assert data["sv"]["stale_tts_ids"] == ["station-gardin-count"]
    assert data["sv"]["none_ids"] == ["station-gardin-count"]

    # The next speech build redoes the TTS; only a person can redo the recording.
    build_speech(session=built, settings=settings, sources=("espeak",))
    data = coverage_report(session=built).as_dict()["languages"]
    assert data["sv"]["stale"] == 0 and data["sv"]["with_audio"] == READ_ALOUD
    assert data["so"]["stale_human"] == 1


def test_a_text_missing_in_a_language_counts_as_none(built):
    row = built.exec(
        select(CatalogText).where(
            CatalogText.text_id == "checklist-bill-amount", CatalogText.language == "ti"
        )
    ).one()
    built.delete(row)
    built.commit()
    ti = coverage_report(session=built, languages=["ti"]).as_dict()["languages"]["ti"]
    assert ti["total"] == READ_ALOUD and ti["missing_text_ids"] == ["checklist-bill-amount"]
    assert ti["none"] == READ_ALOUD


def test_coverage_endpoint_is_for_coaches(client, built):
    client.cookies.clear()
    assert client.get("/api/coverage").status_code == 401
    headers = coach_headers(client, make_library_editor(built))
    assert (
        client.get("/api/coverage", params={"language": "xx"}, headers=headers).status_code == 422
    )
    assert set(client.get("/api/coverage", headers=headers).json()["languages"]) == {
        "sv",
        "ar",
        "fa",
        "so",
        "ti",
    }
