"""Language support (client/language_state.py) as plain Python against a real server on
loopback, on SQLite and PostgreSQL: list drafts, correct a text (its old audio goes
stale), mark it reviewed, upload a take made the way the web recorder makes it (raw
PCM16 wrapped as WAV) and hear it become the "human" audio on the station page;
two reviewers on one text; the texts (language_support.ftl) in every language."""

import asyncio
import io
import math
import re
import struct
import wave
from array import array
from pathlib import Path

import httpx
import pytest
from fluent.syntax import FluentParser
from fluent.syntax.ast import Junk, Message

from client.api import CoachApi
from client.language_state import (
    LanguageSupport,
    Take,
    audio_kind,
    duplicated_stereo,
    is_stale,
    pcm16_wav,
    recorded_rate,
)
from tests.client.fixtures import TEXTS, make_mini_catalog
from tests.utils.factories import (
    PASSWORD,
    make_library_editor,
    make_org,
    use_fast_password_hashing,
)

STEP = "station-gardin-fetch"
REPO = Path(__file__).resolve().parents[2]
LANGS = ("sv", "en", "ar", "fa", "so", "ti")


@pytest.fixture(autouse=True)
def _fast_passwords(monkeypatch):
    use_fast_password_hashing(monkeypatch)


def voice_pcm(seconds: float, rate: int = 16000) -> bytes:
    """A speech-loud warbling tone (150-250 Hz) as raw PCM16 mono: what the recorder
    streams. The phase is accumulated so the pitch stays in the voice's range."""
    out, phase = bytearray(), 0.0
    for i in range(int(seconds * rate)):
        phase += 2 * math.pi * (200 + 50 * math.sin(2 * math.pi * 3 * i / rate)) / rate
        out += struct.pack("<h", int(9000 * math.sin(phase)))
    return bytes(out)


async def signed_in(url: str, coach) -> CoachApi:
    api = CoachApi(url)
    api.token = (await api.login(coach.email, PASSWORD))["access_token"]
    return api


def test_pcm16_becomes_a_wav_at_the_rate_it_was_really_made():
    pcm = voice_pcm(0.5)
    with wave.open(io.BytesIO(pcm16_wav(pcm + b"\x01", 16000)), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 16000)
        assert w.readframes(w.getnframes()) == pcm  # a half frame at the end is dropped
    # Asked for 16 kHz, got it (a little jitter): 16 kHz.
    assert recorded_rate(2 * 16000 * 3, 3.1) == 16000
    assert recorded_rate(2 * 44100 * 2, 2.05) == 44100
    assert recorded_rate(0, 2.0) == 16000


@pytest.mark.parametrize("real_rate", [16000, 44100, 48000])
def test_a_take_measures_the_rate_from_chunk_arrivals_not_start_and_stop(real_rate):
    """Chunks of 2048 samples arrive as they are made; start and stop are slow."""
    take = Take(text_id=STEP, started=100.0)
    pcm = voice_pcm(3, rate=real_rate)
    for i, at in enumerate(range(0, len(pcm), 4096)):
        take.add(pcm[at : at + 4096], at=100.4 + i * 2048 / real_rate)  # 0.4 s late
    take.stopped = take.last_at + 0.5
    assert take.rate() == real_rate
    with wave.open(io.BytesIO(take.wav()), "rb") as w:
        assert w.getframerate() == real_rate
        # 3 s of take (within one chunk) and the quarter second of silence added after it
        assert abs(w.getnframes() - 3.25 * real_rate) <= 2048


def test_somali_drafts_recorded_in_the_app_play_as_human_on_the_station(session, live_server):
    make_mini_catalog(session)
    coach = make_library_editor(session, make_org(session))

    async def run():
        ls = LanguageSupport(api=await signed_in(live_server.url, coach), language="so")
        assert await ls.load()
        so = ls.summary
        assert (so["with_audio"], so["total"], so["by_source"]["human"]) == (0, 13, 0)
        assert ls.coverage["languages"]["ar"]["by_source"]["espeak"] == 13

        await ls.set_filter("draft")
        assert len(ls.visible) == 13
        assert {r["review_status"] for r in ls.visible} == {"draft"}
        row = ls.row(STEP)
        assert row["sv"] == TEXTS["sv"][STEP] and row["text"] == TEXTS["so"][STEP]
        assert audio_kind(row) == "none" and ls.audio_url(row) is None

        await ls.set_filter("no_audio")
        assert len(ls.visible) == 13

        # A take as the web recorder delivers it: PCM16 chunks, 2.5 s long, stopped
        # mid-word (it ends loud: the server refused such takes until Take added a tail).
        take = Take(text_id=STEP)
        pcm = voice_pcm(2.5)
        for n, i in enumerate(range(0, len(pcm), 4096)):
            take.add(pcm[i : i + 4096], at=n * 2048 / 16000)  # arriving in real time
        assert await ls.upload_take(take), ls.message_args
        assert ls.message == "ls-recording-saved" and not ls.error
        row = ls.row(STEP)
        assert audio_kind(row) == "human"
        assert row["audio"]["playing"]["created_by"] == coach.email
        assert 1500 < row["audio"]["playing"]["duration_ms"] < 3000
        assert ls.summary["by_source"]["human"] == 1 and ls.summary["with_audio"] == 1
        assert STEP not in [r["text_id"] for r in ls.visible]  # no longer "without audio"

        # ... and the station page in Somali plays it.
        url = ls.audio_url(row)
        async with httpx.AsyncClient(cookies={"stegvis_lang": "so"}) as c:
            page = (await c.get(f"{live_server.url}/s/gardin")).text
            audio = await c.get(url)
        assert row["audio"]["playing"]["url"] in page and "<audio" in page
        assert audio.status_code == 200 and audio.headers["content-type"] == "audio/mpeg"

        # Correcting the wording makes that recording stale: it stops playing.
        assert await ls.save_text(STEP, "Keen sanduuqa qabatooyinka")
        row = ls.row(STEP)
        assert row["text"] == "Keen sanduuqa qabatooyinka"
        assert audio_kind(row) == "stale" and is_stale(row)
        assert ls.summary["stale_human"] == 1 and ls.summary["with_audio"] == 0
        await ls.set_filter("stale")
        assert [r["text_id"] for r in ls.visible] == [STEP]

        # Record again, then withdraw: back to "no recording yet".
        take = Take(text_id=STEP)
        take.add(voice_pcm(1.5))
        take.started -= 1.5
        assert await ls.upload_take(take)
        assert audio_kind(ls.row(STEP)) == "human" and not is_stale(ls.row(STEP))
        assert await ls.withdraw(STEP)
        assert audio_kind(ls.row(STEP)) == "none"

    asyncio.run(run())


def test_correct_arabic_text_old_tts_goes_stale_then_mark_it_reviewed(session, live_server):
    make_mini_catalog(session)
    coach = make_library_editor(session, make_org(session))

    async def run():
        ls = LanguageSupport(api=await signed_in(live_server.url, coach), language="ar")
        await ls.load()
        assert audio_kind(ls.row(STEP)) == "espeak"
        assert ls.row(STEP)["audio"]["playing"]["lower_quality"] is True

        assert not await ls.save_text(STEP, "   ")
        assert ls.message == "ls-error-empty" and ls.error
        assert not await ls.save_text(STEP, TEXTS["ar"][STEP] + " ")
        assert ls.message == "ls-unchanged"

        assert await ls.save_text(STEP, "أحضر صندوقًا من الخطافات")
        row = ls.row(STEP)
        assert audio_kind(row) == "stale" and ls.audio_url(row) is None
        assert row["audio"]["stale"][0]["source"] == "espeak"
        assert ls.summary["stale_tts"] == 1

        assert await ls.set_reviewed(STEP)
        row = ls.row(STEP)
        assert row["review_status"] == "reviewed" and row["reviewed_by"] == coach.email
        assert row["reviewed_at"]
        assert ls.summary["review"]["reviewed"] == 1
        await ls.set_filter("draft")
        assert STEP not in [r["text_id"] for r in ls.visible]
        assert len(ls.visible) == 12

        # Back to draft, e.g. after a second opinion.
        await ls.set_filter("all")
        assert await ls.set_reviewed(STEP, False)
        assert ls.row(STEP)["review_status"] == "draft"

        # Swedish is the source: shown as such, never marked reviewed.
        await ls.choose_language("sv")
        assert ls.row(STEP)["review_status"] == "source"
        assert not await ls.set_reviewed(STEP)
        assert ls.message == "ls-error-refused" and "source" in ls.message_args["detail"]

    asyncio.run(run())


def test_two_reviewers_on_one_text_nobody_overwrites_the_other(session, live_server):
    make_mini_catalog(session)
    org = make_org(session)
    amina, yonas = make_library_editor(session, org), make_library_editor(session, org)

    async def run():
        a = LanguageSupport(api=await signed_in(live_server.url, amina), language="ti")
        b = LanguageSupport(api=await signed_in(live_server.url, yonas), language="ti")
        await a.load()
        await b.load()
        assert await b.save_text(STEP, "ሳንዱቕ ኣምጽእ")
        # A still sees the old wording: her save is refused, and she now sees B's.
        assert not await a.save_text(STEP, "ሳንዱቕ መንጠልጠሊ ኣምጽእ ሕጂ")
        assert a.message == "ls-error-conflict" and a.error
        assert a.row(STEP)["text"] == "ሳንዱቕ ኣምጽእ"
        # Marking reviewed vouches for the wording on screen: fine now that it is fresh.
        assert await a.set_reviewed(STEP)
        await b.load_texts()
        assert b.row(STEP)["reviewed_by"] == amina.email

    asyncio.run(run())


def test_silence_empty_takes_and_an_expired_session_give_messages(session, live_server):
    make_mini_catalog(session)
    coach = make_library_editor(session, make_org(session))
    expired: list[bool] = []

    async def run():
        api = await signed_in(live_server.url, coach)

        async def on_expired():
            expired.append(True)

        ls = LanguageSupport(api=api, language="so", on_expired=on_expired)
        await ls.load()
        assert not await ls.upload_take(Take(text_id=STEP))  # the microphone sent nothing
        assert ls.message == "ls-error-no-sound"

        quiet = Take(text_id=STEP)
        quiet.add(b"\x00\x00" * 16000 * 2)
        quiet.started -= 2
        assert not await ls.upload_take(quiet)  # the server hears only silence
        assert ls.message == "ls-error-refused" and ls.message_args["detail"]
        assert "Traceback" not in ls.message_args["detail"]
        assert audio_kind(ls.row(STEP)) == "none"

        assert not await ls.upload(STEP, b"this is not audio", "take.mp3")
        assert ls.message == "ls-error-refused"

        await api.logout()
        assert not await ls.load_texts()
        assert ls.message == "ls-error-session" and expired == [True]

    asyncio.run(run())


def test_a_stereo_take_from_the_web_recorder_becomes_mono_at_its_real_rate():
    """What Chromium sent through Flet 1.0.5 when asked for 16 kHz mono: 44.1 kHz with
    the microphone copied to both channels, 8192-byte chunks in real time."""
    mono = voice_pcm(3, rate=44100)
    a, stereo = array("h"), array("h")
    a.frombytes(mono)
    for x in a:
        stereo.extend((x, x))
    data = stereo.tobytes()
    take = Take(text_id=STEP, started=10.0)
    for n, i in enumerate(range(0, len(data), 8192)):
        take.add(data[i : i + 8192], at=10.3 + n * 2048 / 44100 * 1.01)  # a little jitter
    with wave.open(io.BytesIO(take.wav()), "rb") as w:
        assert (w.getnchannels(), w.getframerate()) == (1, 44100)
        frames = w.readframes(w.getnframes())
    assert frames.startswith(mono[:20000])  # the left channel, not every other sample
    assert abs(len(frames) / 2 / 44100 - 3.25) < 0.05  # 3 s and the silent tail
    # A true mono take is left alone.
    assert not duplicated_stereo(mono)


# ---------------------------------------------------------------- the texts


def _messages(lang: str) -> tuple[dict[str, Message], str]:
    source = (REPO / "locales" / lang / "language_support.ftl").read_text(encoding="utf-8")
    res = FluentParser().parse(source)
    assert not [e for e in res.body if isinstance(e, Junk)], lang
    return {m.id.name: m for m in res.body if isinstance(m, Message)}, source


def test_every_language_has_every_id_and_every_id_the_screen_asks_for():
    sv, _ = _messages("sv")
    for lang in LANGS:
        msgs, source = _messages(lang)
        assert set(msgs) == set(sv), lang
        if lang != "sv":
            assert source.startswith("### DRAFT machine-assisted translation"), lang
    code = "".join(
        p.read_text(encoding="utf-8")
        for p in [
            REPO / "client" / "language_state.py",
            *(REPO / "client" / "views" / "language_support").glob("*.py"),
        ]
    )
    asked = set(re.findall(r"""["'](ls-[a-z0-9_-]+)["']""", code))
    asked -= {"ls-coverage", "ls-message", "ls-count", "ls-more"}  # control keys
    asked |= {"ls-count", "ls-more"}  # ... that are message ids too
    # Ids built from a value: one per filter, audio kind and place.
    asked |= {f"ls-filter-{f}" for f in ("all", "draft", "no_audio", "stale")}
    asked |= {f"ls-audio-{k}" for k in ("human", "gtts", "espeak", "stale", "none")}
    asked |= {f"ls-where-{k}" for k in ("step", "title", "summary")}
    assert asked - set(sv) == set()
