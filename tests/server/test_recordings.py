"""Human recordings: upload in any phone format, replace, withdraw, stale; bad input refused.

Every recording here is real audio made at test time (espeak-ng, then ffmpeg
into each format), and every stored result is decoded again with ffprobe.
"""

import hashlib
import json

import pytest
from sqlmodel import select

from server.models import AudioClip, CatalogText, TextEvent
from server.services.audio import best_clips, text_sha
from server.services.recordings import MAX_UPLOAD_BYTES
from server.services.speech import SPEECH_FORMAT
from tests.utils.audio import (
    FORMATS,
    empty_wav,
    loudness_lufs,
    make_long_mp3,
    make_samples,
    make_silent_wav,
    probe,
    tools_missing,
)
from tests.utils.factories import (
    coach_headers,
    make_library_editor,
    make_participant,
    participant_headers,
)
from tests.utils.speech_catalog import TEXTS, seed_speech_catalog

STEP = "station-gardin-fetch"
MIME = {
    "m4a": "audio/mp4",
    "mp3": "audio/mpeg",
    "ogg": "audio/ogg",
    "wav": "audio/wav",
    "webm": "audio/webm",
}

pytestmark = pytest.mark.skipif(tools_missing() is not None, reason=str(tools_missing()))


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    return make_samples(tmp_path_factory.mktemp("recordings"))


@pytest.fixture(scope="module")
def long_mp3(tmp_path_factory):
    return make_long_mp3(tmp_path_factory.mktemp("long") / "twenty-minutes.mp3").read_bytes()


@pytest.fixture
def coach(session):
    seed_speech_catalog(session)
    return make_library_editor(session, email="amina@example.org")


@pytest.fixture
def headers(client, coach):
    return coach_headers(client, coach)


def upload(
    client, headers, data: bytes, *, text_id=STEP, language="so", name="rec.m4a", mime="audio/mp4"
):
    return client.post(
        f"/api/texts/{text_id}/{language}/recording",
        files={"file": (name, data, mime)},
        headers=headers,
    )


def current_text(session, text_id=STEP, language="so") -> str:
    return (
        session.exec(
            select(CatalogText).where(
                CatalogText.text_id == text_id, CatalogText.language == language
            )
        )
        .one()
        .text
    )


def best(session, text_id=STEP, language="so"):
    session.expire_all()
    texts = {text_id: current_text(session, text_id, language)}
    return best_clips(session=session, language=language, texts=texts).get(text_id)


def snapshot(session, settings):
    """Every clip row and every byte in the audio folder: what "nothing lost" compares."""
    session.expire_all()
    clips = sorted(
        (c.file_name, c.source, c.text_sha, c.withdrawn_at is None, c.created_by)
        for c in session.exec(select(AudioClip))
    )
    files = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in settings.audio_dir.glob("*")
        if p.is_file() and not p.name.startswith(".")
    }
    return clips, files


# --- accepted formats ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_real_recording_in_each_format_is_accepted_trimmed_normalised_reencoded(
    fmt, client, session, settings, headers, samples
):
    data = samples[fmt].read_bytes()
    # The name and MIME type lie on purpose: the server decides by decoding.
    r = upload(client, headers, data, name="recording.bin", mime="application/octet-stream")
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["source"] == "human" and body["created_by"] == "amina@example.org"
    assert body["url"] == f"/audio/{body['file_name']}"
    assert body["file_name"].startswith("so-") and body["file_name"].endswith(".mp3")

    stored = settings.audio_dir / body["file_name"]
    info = probe(stored)
    assert info["stream"]["codec_name"] == "mp3"
    assert info["stream"]["channels"] == 1
    assert int(info["stream"]["sample_rate"]) == SPEECH_FORMAT.sample_rate
    assert abs(int(info["stream"]["bit_rate"]) - SPEECH_FORMAT.bitrate_kbps * 1000) <= 2000
    # 1.5 s of silence on each side is trimmed (a little air is kept) ...
    ms = float(info["format"]["duration"]) * 1000
    assert samples["speech_ms"] - 400 <= ms <= samples["speech_ms"] + 600
    assert ms < samples["padded_ms"] - 2000
    assert abs(body["duration_ms"] - ms) < 150
    # ... and a quiet phone recording comes out at speech loudness.
    assert loudness_lufs(samples[fmt]) < -35
    assert -20 <= loudness_lufs(stored) <= -13

    clip = best(session)
    assert clip is not None and clip.file_name == body["file_name"]
    assert clip.text_sha == text_sha(TEXTS["so"][STEP])
    manifest = json.loads((settings.audio_dir / "manifest.json").read_text("utf-8"))
    assert manifest["files"][body["file_name"]]["source"] == "human"


def test_somali_upload_plays_on_the_station_in_somali(client, session, headers, samples):
    before = client.get("/api/catalog", params={"lang": "so"}).json()
    station = next(i for i in before["items"] if i["slug"] == "gardin")
    assert station["steps"][0]["audio"] is None  # "no recording yet"
    client.cookies.set("stegvis_lang", "so")
    page_before = client.get("/s/gardin").text

    r = upload(client, headers, samples["m4a"].read_bytes())
    assert r.status_code == 201, r.text
    url = r.json()["url"]

    assert best(session).file_name == r.json()["file_name"]
    after = client.get("/api/catalog", params={"lang": "so"}).json()
    station = next(i for i in after["items"] if i["slug"] == "gardin")
    assert station["steps"][0]["audio"] == url
    assert station["steps"][1]["audio"] is None  # only the recorded step changed
    # The QR page, reloaded once, now plays the Somali recording for that step.
    page_after = client.get("/s/gardin").text
    assert url not in page_before and url in page_after
    assert page_after.count('class="none"') == page_before.count('class="none"') - 1
    served = client.get(url)
    assert served.status_code == 200 and served.headers["content-type"] == "audio/mpeg"
    assert "immutable" in served.headers["cache-control"]


def test_replacing_changes_the_url_and_keeps_the_old_take_until_then(
    client, session, settings, headers, samples
):
    first = upload(client, headers, samples["m4a"].read_bytes()).json()
    second = upload(client, headers, samples["ogg"].read_bytes(), name="b.ogg").json()
    assert second["file_name"] != first["file_name"]  # a new URL: caches cannot serve the old
    assert best(session).file_name == second["file_name"]
    # The old take is withdrawn, not deleted: history keeps it.
    assert (settings.audio_dir / first["file_name"]).is_file()
    history = client.get(f"/api/texts/{STEP}/so/recordings", headers=headers).json()
    assert [h["file_name"] for h in history] == [second["file_name"], first["file_name"]]
    assert history[0]["withdrawn_at"] is None and history[1]["withdrawn_at"] is not None
    actions = [e.action for e in session.exec(select(TextEvent).order_by(TextEvent.id))]
    assert actions == ["recorded", "withdrawn", "recorded"]


def test_withdraw_stops_it_playing_and_keeps_the_file(client, session, settings, headers, samples):
    rec = upload(client, headers, samples["wav"].read_bytes(), name="a.wav").json()
    r = client.delete(f"/api/texts/{STEP}/so/recording", headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["now_playing"] is None  # Somali has no TTS: back to "no recording yet"
    assert best(session) is None
    assert (settings.audio_dir / rec["file_name"]).is_file()
    event = session.exec(select(TextEvent).where(TextEvent.action == "withdrawn")).one()
    assert event.by == "amina@example.org" and event.file_name == rec["file_name"]
    again = client.delete(f"/api/texts/{STEP}/so/recording", headers=headers)
    assert again.status_code == 404 and "no recording" in again.json()["detail"]


def test_withdrawing_a_swedish_recording_falls_back_to_tts(
    client, session, settings, headers, samples
):
    from server.services.speech import build_speech

    build_speech(session=session, settings=settings, languages=["sv"])
    tts = best(session, "station-gardin-fetch", "sv")
    assert tts.source == "espeak"
    upload(client, headers, samples["mp3"].read_bytes(), language="sv", name="x.mp3")
    assert best(session, STEP, "sv").source == "human"  # a person beats the machine
    r = client.delete(f"/api/texts/{STEP}/sv/recording", headers=headers)
    assert r.json()["now_playing"]["source"] == "espeak"
    assert best(session, STEP, "sv").file_name == tts.file_name


def test_a_recording_of_an_old_wording_is_stale_not_played_not_deleted(
    client, session, settings, headers, samples
):
    rec = upload(client, headers, samples["m4a"].read_bytes()).json()
    r = client.patch(
        f"/api/texts/{STEP}/so", json={"text": "Keen sanduuqa qabsiyayaasha"}, headers=headers
    )
    assert r.status_code == 200, r.text
    assert best(session) is None  # not played: it says the old words
    assert (settings.audio_dir / rec["file_name"]).is_file()  # not deleted
    history = client.get(f"/api/texts/{STEP}/so/recordings", headers=headers).json()
    assert history[0]["stale"] is True and history[0]["withdrawn_at"] is None
    row = client.get(f"/api/texts/{STEP}/so", headers=headers).json()
    assert row["audio"]["source"] is None and row["audio"]["needs_recording_again"] is True
    assert [c["url"] for c in row["audio"]["stale"]] == [rec["url"]]
    # Recording the new wording clears it.
    upload(client, headers, samples["ogg"].read_bytes(), name="new.ogg")
    assert best(session).text_sha == text_sha("Keen sanduuqa qabsiyayaasha")
    row = client.get(f"/api/texts/{STEP}/so", headers=headers).json()
    assert row["audio"]["source"] == "human" and row["audio"]["stale"] == []


# --- bad input: a clear 4xx, and nothing existing is lost ---------------------------


BAD = {
    "text file renamed .mp3": (415, "not a recording"),
    "oversized": (413, "too large"),
    "0 seconds": (422, "too short"),
    "20 minutes": (422, "too long"),
    "only silence": (422, "no speech"),
    "unknown text id": (404, "no text"),
    "language we do not have": (404, "no spoken texts"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_upload_is_refused_clearly_and_nothing_is_lost(
    case, client, session, settings, headers, samples, long_mp3, tmp_path
):
    good = upload(client, headers, samples["m4a"].read_bytes())
    assert good.status_code == 201
    before = snapshot(session, settings)
    kw: dict = {}
    if case == "text file renamed .mp3":
        data = ("Det här är en textfil, inte ljud.\n" * 200).encode()
        kw = {"name": "steg1.mp3", "mime": "audio/mpeg"}
    elif case == "oversized":
        data = b"RIFF" + bytes(MAX_UPLOAD_BYTES + 10)
        kw = {"name": "big.wav", "mime": "audio/wav"}
    elif case == "0 seconds":
        data = empty_wav()
        kw = {"name": "empty.wav", "mime": "audio/wav"}
    elif case == "20 minutes":
        data = long_mp3
        kw = {"name": "long.mp3", "mime": "audio/mpeg"}
    elif case == "only silence":
        data = make_silent_wav(tmp_path / "quiet.wav").read_bytes()
        kw = {"name": "quiet.wav", "mime": "audio/wav"}
    elif case == "unknown text id":
        data = samples["mp3"].read_bytes()
        kw = {"text_id": "station-gardin-nope", "name": "a.mp3", "mime": "audio/mpeg"}
    else:
        data = samples["mp3"].read_bytes()
        kw = {"language": "de", "name": "a.mp3", "mime": "audio/mpeg"}

    r = upload(client, headers, data, **kw)

    status, words = BAD[case]
    assert r.status_code == status, r.text
    assert words in r.json()["detail"].lower()
    assert "Traceback" not in r.text
    assert snapshot(session, settings) == before
    assert best(session).file_name == good.json()["file_name"]


def test_oversized_stream_without_content_length_is_cut_off(
    client, session, settings, headers, samples
):
    upload(client, headers, samples["m4a"].read_bytes())
    before = snapshot(session, settings)

    def body():  # chunked: no Content-Length to refuse up front, the count must do it
        chunk = bytes(1024 * 1024)
        for _ in range(40):
            yield chunk

    r = client.post(
        f"/api/texts/{STEP}/so/recording",
        content=body(),
        headers={**headers, "content-type": "audio/wav"},
    )
    assert r.status_code == 413 and "too large" in r.json()["detail"]
    assert snapshot(session, settings) == before


def test_raw_audio_body_is_accepted_too(client, session, headers, samples):
    r = client.post(
        f"/api/texts/{STEP}/so/recording",
        content=samples["webm"].read_bytes(),
        headers={**headers, "content-type": "audio/webm"},
    )
    assert r.status_code == 201, r.text
    assert best(session).file_name == r.json()["file_name"]


def test_unsigned_or_participant_cannot_upload_or_withdraw(
    client, session, settings, headers, samples, coach
):
    upload(client, headers, samples["m4a"].read_bytes())
    before = snapshot(session, settings)
    data = samples["mp3"].read_bytes()
    client.cookies.clear()  # signing in through the API left a session cookie
    assert upload(client, {}, data).status_code == 401
    p_headers = participant_headers(session, make_participant(session, language="so"))
    assert upload(client, p_headers, data).status_code == 403
    assert client.delete(f"/api/texts/{STEP}/so/recording").status_code == 401
    assert client.delete(f"/api/texts/{STEP}/so/recording", headers=p_headers).status_code == 403
    assert snapshot(session, settings) == before


def test_missing_file_field_is_a_clear_error(client, headers):
    r = client.post(
        f"/api/texts/{STEP}/so/recording",
        data={"note": "forgot the file"},
        files={"other": ("x.txt", b"x", "text/plain")},
        headers=headers,
    )
    assert r.status_code == 422 and "'file'" in r.json()["detail"]


def test_sending_an_earlier_take_again_brings_it_back(client, session, headers, samples):
    first = upload(client, headers, samples["m4a"].read_bytes()).json()
    upload(client, headers, samples["ogg"].read_bytes(), name="b.ogg")
    again = upload(client, headers, samples["m4a"].read_bytes())
    assert again.status_code == 201
    assert again.json()["file_name"] == first["file_name"]  # same take, same URL
    assert best(session).file_name == first["file_name"]
    live = [c for c in session.exec(select(AudioClip)) if c.withdrawn_at is None]
    assert [c.file_name for c in live] == [first["file_name"]]
