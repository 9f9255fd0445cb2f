"""Speech build: real espeak-ng audio, content-addressed files, incremental rebuilds,
gTTS with its HTTP layer faked (it must never reach Google from a test)."""

import base64
import json
import shutil
import subprocess
from datetime import UTC, datetime

import pytest
import requests
from sqlmodel import Session, select

from server.models import AudioClip, CatalogText
from server.services.audio import best_clips
from server.services.speech import (
    MANIFEST_NAME,
    SPEECH_FORMAT,
    AudioDecodeError,
    EspeakSource,
    Pcm,
    SpeechSource,
    build_speech,
    build_speech_cli,
    decode_to_pcm,
    encode_mp3,
    language_name_text_id,
    make_sources,
    read_manifest,
    store_clip,
    trim_silence,
)

pytestmark = pytest.mark.skipif(
    not (shutil.which("espeak-ng") and shutil.which("ffprobe")),
    reason="needs Debian's espeak-ng and ffmpeg (apt-get install espeak-ng ffmpeg)",
)

SEED = {
    "sv": ["Ta en gardinskena ur lådan.", "Skruva fast hållaren med två skruvar."],
    "ar": ["خذ قضيب الستارة من الصندوق.", "ثبّت الحامل ببرغيين."],
    "fa": ["یک ریل پرده از جعبه بردارید.", "نگهدارنده را با دو پیچ ببندید."],
    "so": ["Ka qaado tuubada daaha sanduuqa.", "Ku xir haystaha laba boolal."],
    "ti": ["ካብ ሳጹን ሓንቲ ዘንጊ መጋረጃ ውሰድ።", "ነቲ መትሓዚ ብኽልተ ቪቶ ኣጽንዕ።"],
    "en": ["Take a curtain rail from the box.", "Fix the holder with two screws."],
}
TEXT_IDS = ["station-curtain-step-1", "station-curtain-step-2"]
SPOKEN = ("sv", "ar", "fa")
# Two steps and the language's own name, in each language espeak-ng speaks.
EXPECTED_CLIPS = 3 * len(SPOKEN)


def _seed(session: Session) -> None:
    for lang, texts in SEED.items():
        for tid, text in zip(TEXT_IDS, texts, strict=True):
            session.add(CatalogText(text_id=tid, language=lang, text=text))
    session.commit()


def _probe(path) -> dict:
    out = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_entries",
            "stream=codec_name,sample_rate,channels,bit_rate:format=duration",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        check=True,
        text=True,
    )
    doc = json.loads(out.stdout)
    return {**doc["streams"][0], "duration": float(doc["format"]["duration"])}


def _rms(pcm: bytes) -> float:
    import array

    a = array.array("h", pcm)
    return (sum(x * x for x in a) / max(len(a), 1)) ** 0.5


@pytest.mark.parametrize("lang", SPOKEN)
def test_espeak_speech_is_compact_mono_mp3_that_decodes_to_sound(lang, tmp_path):
    wav = EspeakSource().synthesize(SEED[lang][0], lang)
    pcm = decode_to_pcm(wav)
    mp3 = encode_mp3(pcm)
    path = tmp_path / f"{lang}.mp3"
    path.write_bytes(mp3)

    info = _probe(path)
    assert info["codec_name"] == "mp3"
    assert info["channels"] == 1
    assert int(info["sample_rate"]) == SPEECH_FORMAT.sample_rate
    assert int(info["bit_rate"]) == SPEECH_FORMAT.bitrate_kbps * 1000
    assert 0.8 < info["duration"] < 15
    # The measured duration is the speech's, within the encoder's padding.
    assert abs(info["duration"] * 1000 - pcm.duration_ms) < 150
    # ~4 KB per second of speech, far below espeak's 44 KB/s WAV.
    assert len(mp3) < pcm.duration_ms / 1000 * 4500

    # Decoding the MP3 back gives speech, not silence.
    back = decode_to_pcm(mp3)
    assert back.duration_ms > 500
    assert _rms(back.samples) > 300


def test_espeak_wav_is_read_without_ffmpeg(monkeypatch):
    # espeak-ng's piped WAV has placeholder sizes; it is parsed directly, so the
    # offline build does not depend on ffmpeg or pay a subprocess per clip.
    import server.services.speech.encode as encode

    wav = EspeakSource().synthesize(SEED["sv"][1], "sv")
    monkeypatch.setattr(encode.shutil, "which", lambda name: None)
    pcm = decode_to_pcm(wav)
    assert pcm.sample_rate == SPEECH_FORMAT.sample_rate and pcm.duration_ms > 1000
    with pytest.raises(AudioDecodeError, match="ffmpeg is not installed"):
        decode_to_pcm(b"ID3 not a wav")


def test_espeak_stray_message_before_the_wav_is_dropped(tmp_path):
    # espeak-ng 1.51 sometimes prints "Invalid phoneme code 117" on stdout ahead of
    # the WAV for Arabic text; a wrapper makes that happen every time.
    wrapper = tmp_path / "espeak-ng-noisy"
    real = shutil.which("espeak-ng")
    wrapper.write_text(f"#!/bin/sh\nprintf 'Invalid phoneme code 117\\n'\nexec {real} \"$@\"\n")
    wrapper.chmod(0o755)
    wav = EspeakSource(binary=str(wrapper)).synthesize(SEED["ar"][0], "ar")
    assert wav.startswith(b"RIFF")
    assert decode_to_pcm(wav).duration_ms > 1000


def test_silence_around_speech_is_trimmed():
    rate = SPEECH_FORMAT.sample_rate
    silence = bytes(2 * rate)  # 1 s
    pcm = decode_to_pcm(EspeakSource().synthesize(SEED["fa"][0], "fa"))
    padded = Pcm(silence + pcm.samples + silence, rate)
    trimmed = trim_silence(padded)
    assert trimmed.duration_ms < pcm.duration_ms + 250
    assert trimmed.duration_ms > pcm.duration_ms - 700  # espeak's own tail may go too
    assert trim_silence(Pcm(silence, rate)).duration_ms == 1000  # all silence: untouched


def test_build_writes_files_manifest_and_rows(session, settings):
    _seed(session)
    report = build_speech(session=session, settings=settings)

    assert report.ok, report.summary()
    # sv ar fa through Debian's espeak-ng 1.51; so and ti through espeak-ng 1.52
    # (2 steps + the language's name each): nothing is left unspeakable.
    assert len(report.written) == EXPECTED_CLIPS + 6
    assert report.by_source == {"espeak": EXPECTED_CLIPS, "espeak152": 6}
    assert report.not_speakable == {}

    manifest = read_manifest(settings.audio_dir)
    assert set(manifest) == set(report.written)
    rows = session.exec(select(AudioClip)).all()
    assert {r.file_name for r in rows} == set(report.written)
    for row in rows:
        path = settings.audio_dir / row.file_name
        assert path.stat().st_size == row.byte_size == manifest[row.file_name].bytes
        assert row.file_name.startswith(f"{row.language}-") and row.file_name.endswith(".mp3")
        want = "espeak152" if row.language in ("so", "ti") else "espeak"
        assert row.source == want and row.duration_ms > 300
        assert manifest[row.file_name].text_id == row.text_id
    # English is for reviewers, not spoken; no stray temp files left behind.
    assert not any(r.language == "en" for r in rows)
    assert not list(settings.audio_dir.glob("*.tmp"))

    for lang in SPOKEN:
        texts = dict(zip(TEXT_IDS, SEED[lang], strict=True))
        texts[language_name_text_id(lang)] = {"sv": "Svenska", "ar": "العربية", "fa": "فارسی"}[lang]
        best = best_clips(session=session, language=lang, texts=texts)
        assert set(best) == set(texts)


def test_rebuild_with_nothing_changed_writes_nothing(session, settings):
    _seed(session)
    first = build_speech(session=session, settings=settings)
    mtimes = {p.name: p.stat().st_mtime_ns for p in settings.audio_dir.iterdir()}

    second = build_speech(session=session, settings=settings)

    assert second.written == []
    assert second.skipped_existing == len(first.written)
    assert not second.manifest_changed
    assert {p.name: p.stat().st_mtime_ns for p in settings.audio_dir.iterdir()} == mtimes


def test_changing_one_text_regenerates_exactly_that_file(session, settings):
    _seed(session)
    first = build_speech(session=session, settings=settings)
    old = best_clips(session=session, language="ar", texts={TEXT_IDS[1]: SEED["ar"][1]})[
        TEXT_IDS[1]
    ]

    row = session.exec(
        select(CatalogText).where(CatalogText.text_id == TEXT_IDS[1], CatalogText.language == "ar")
    ).one()
    row.text = "ثبّت الحامل ببرغيين ثم تحقق منه."
    session.add(row)
    session.commit()

    again = build_speech(session=session, settings=settings)

    assert len(again.written) == 1
    assert again.skipped_existing == len(first.written) - 1
    new_name = again.written[0]
    assert new_name != old.file_name and new_name.startswith("ar-")
    best = best_clips(session=session, language="ar", texts={TEXT_IDS[1]: row.text})
    assert best[TEXT_IDS[1]].file_name == new_name
    assert read_manifest(settings.audio_dir)[new_name].text_id == TEXT_IDS[1]


def test_withdrawn_clip_is_not_made_again(session, settings):
    _seed(session)
    build_speech(session=session, settings=settings, languages=["sv"])
    clip = session.exec(select(AudioClip).where(AudioClip.text_id == TEXT_IDS[0])).one()
    clip.withdrawn_at = datetime.now(UTC)
    session.add(clip)
    session.commit()

    again = build_speech(session=session, settings=settings, languages=["sv"])

    assert again.written == [] and again.withdrawn == 1 and again.ok
    assert best_clips(session=session, language="sv", texts={TEXT_IDS[0]: SEED["sv"][0]}) == {}


def test_fresh_database_adopts_files_already_on_disk(session, settings):
    _seed(session)
    first = build_speech(session=session, settings=settings, languages=["fa"])
    for clip in session.exec(select(AudioClip)).all():
        session.delete(clip)
    session.commit()

    again = build_speech(session=session, settings=settings, languages=["fa"])

    assert again.written == [] and again.adopted == len(first.written)
    assert len(session.exec(select(AudioClip)).all()) == len(first.written)


def test_lost_file_is_made_again(session, settings):
    _seed(session)
    first = build_speech(session=session, settings=settings, languages=["sv"])
    (settings.audio_dir / first.written[0]).unlink()

    again = build_speech(session=session, settings=settings, languages=["sv"])

    assert again.written == [first.written[0]]
    assert (settings.audio_dir / first.written[0]).is_file()


def test_catalog_row_for_a_language_name_wins_over_the_builtin(session, settings):
    session.add(
        CatalogText(text_id=language_name_text_id("sv"), language="sv", text="Svenska språket")
    )
    session.commit()
    build_speech(session=session, settings=settings, languages=["sv"])
    best = best_clips(
        session=session, language="sv", texts={language_name_text_id("sv"): "Svenska språket"}
    )
    assert language_name_text_id("sv") in best


def test_store_clip_refuses_bytes_that_are_not_audio(session, settings):
    with pytest.raises(AudioDecodeError):
        store_clip(
            session=session,
            audio_dir=settings.audio_dir,
            text_id="x",
            language="so",
            text="Haye",
            source="human",
            voice="human/test",
            audio=b"this is not audio at all",
        )
    assert session.exec(select(AudioClip)).all() == []
    assert not list(settings.audio_dir.glob("*.mp3"))


def test_store_clip_takes_a_human_recording_for_somali(session, settings, tmp_path):
    # A stand-in "recording": a WAV at another rate, as a phone would send.
    wav = tmp_path / "rec.wav"
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=300:duration=1.5",
            "-ar",
            "44100",
            "-ac",
            "2",
            str(wav),
        ],
        check=True,
    )
    stored = store_clip(
        session=session,
        audio_dir=settings.audio_dir,
        text_id=TEXT_IDS[0],
        language="so",
        text=SEED["so"][0],
        source="human",
        voice="human/rec-1",
        audio=wav.read_bytes(),
        created_by="coach@example.org",
    )
    info = _probe(settings.audio_dir / stored.file_name)
    assert info["channels"] == 1 and int(info["sample_rate"]) == SPEECH_FORMAT.sample_rate
    assert 1400 < stored.clip.duration_ms < 1600
    best = best_clips(session=session, language="so", texts={TEXT_IDS[0]: SEED["so"][0]})
    assert best[TEXT_IDS[0]].source == "human"
    assert stored.file_name in read_manifest(settings.audio_dir)


def test_unknown_source_or_language_is_a_clear_error(session, settings, capsys):
    with pytest.raises(ValueError, match="unknown speech source 'piper'"):
        make_sources(["piper"])
    with pytest.raises(ValueError, match="unknown language"):
        build_speech(session=session, settings=settings, languages=["xx"])
    assert build_speech_cli(sources=["piper"]) == 2
    assert "unknown speech source" in capsys.readouterr().out


def test_cli_builds_and_prints_the_summary(session, settings, capsys):
    _seed(session)
    # Debian's 1.51 alone has no Somali: said, not hidden.
    assert build_speech_cli(languages=["sv", "so"], sources=("espeak",)) == 0
    out = capsys.readouterr().out
    assert "speech build: 3 written" in out and "so 3" in out
    assert (settings.audio_dir / MANIFEST_NAME).is_file()
    # The default adds espeak-ng 1.52, which speaks our Somali voice.
    assert build_speech_cli(languages=["sv", "so"]) == 0
    out = capsys.readouterr().out
    assert "speech build: 3 written" in out and "espeak152 3" in out and "3 up to date" in out


# --- gTTS, its HTTP layer faked at requests' Session.send --------------------------


def _fake_gtts_mp3() -> bytes:
    """What Google returns: an MP3 at 24 kHz (here made from a real tone)."""
    import array
    import math

    rate = 24000
    tone = array.array(
        "h", (int(8000 * math.sin(i * 2 * math.pi * 220 / rate)) for i in range(rate))
    )
    from server.services.speech.encode import AudioFormat

    fmt = AudioFormat(sample_rate=rate)
    return encode_mp3(Pcm(tone.tobytes(), rate), fmt)


class _FakeGoogle:
    def __init__(self, fail: bool):
        self.fail = fail
        self.calls = 0
        self.audio = _fake_gtts_mp3()

    def send(self, session, request, **kwargs):
        self.calls += 1
        assert "translate.google" in request.url  # the request gTTS really built
        if self.fail:
            raise requests.exceptions.ConnectionError("network is unreachable")
        resp = requests.Response()
        resp.status_code = 200
        resp.request = request
        b64 = base64.b64encode(self.audio).decode("ascii")
        resp._content = f')]}}\'\n[["wrb.fr","jQ1olc","[\\"{b64}\\"]",null]]'.encode()
        resp._content_consumed = True
        return resp


@pytest.fixture
def google(monkeypatch):
    fake = _FakeGoogle(fail=False)
    monkeypatch.setattr(
        requests.Session, "send", lambda s, request, **kw: fake.send(s, request, **kw)
    )
    return fake


def test_gtts_speaks_sv_and_ar_and_espeak_the_rest(session, settings, google):
    _seed(session)
    report = build_speech(
        session=session, settings=settings, languages=list(SPOKEN), sources=("gtts", "espeak")
    )

    assert report.ok, report.summary()
    assert report.by_source == {"gtts": 6, "espeak": 3}  # fa has no gTTS voice
    assert google.calls == 6
    best = best_clips(session=session, language="ar", texts={TEXT_IDS[0]: SEED["ar"][0]})
    clip = best[TEXT_IDS[0]]
    assert clip.source == "gtts"
    # Re-encoded to the project's format, whatever Google sent.
    info = _probe(settings.audio_dir / clip.file_name)
    assert int(info["sample_rate"]) == SPEECH_FORMAT.sample_rate and info["channels"] == 1
    assert 900 < clip.duration_ms < 1100


def test_gtts_network_failure_falls_back_to_espeak_and_a_later_build_fills_in(
    session, settings, google
):
    _seed(session)
    google.fail = True
    report = build_speech(
        session=session, settings=settings, languages=list(SPOKEN), sources=("gtts", "espeak")
    )

    assert report.ok, report.summary()
    assert report.by_source == {"espeak": 9}
    assert "gtts" in report.unavailable
    assert google.calls == 1  # no waiting out a timeout for every text
    skipped = [p for p in report.source_skips if p.source == "gtts"]
    assert len(skipped) == 6 and {p.language for p in skipped} == {"sv", "ar"}
    assert "skipped gtts for 6 texts" in report.summary()
    best = best_clips(session=session, language="sv", texts={TEXT_IDS[0]: SEED["sv"][0]})
    assert best[TEXT_IDS[0]].source == "espeak"

    google.fail = False
    later = build_speech(
        session=session, settings=settings, languages=list(SPOKEN), sources=("gtts", "espeak")
    )
    assert later.by_source == {"gtts": 6}
    best = best_clips(session=session, language="sv", texts={TEXT_IDS[0]: SEED["sv"][0]})
    assert best[TEXT_IDS[0]].source == "gtts"


def test_offline_default_never_calls_gtts(session, settings, google):
    _seed(session)
    build_speech(session=session, settings=settings)
    assert google.calls == 0


class _BrokenEngine(SpeechSource):
    """A plug-in engine with a bug: the build must go on with the next source."""

    name = "broken"
    languages = frozenset({"sv"})

    def voice_id(self, language: str) -> str:
        return "broken/1"

    def synthesize(self, text: str, language: str) -> bytes:
        raise RuntimeError("model exploded")


def test_a_plugged_in_source_that_breaks_hands_over_to_the_next(session, settings):
    _seed(session)
    report = build_speech(
        session=session, settings=settings, languages=["sv"], sources=(_BrokenEngine(), "espeak")
    )
    assert report.ok and report.by_source == {"espeak": 3}
    assert {p.reason for p in report.source_skips} == {"RuntimeError: model exploded"}
