"""espeak-ng 1.52 voices: our Somali rules, Tigrinya, and the review gate.

The Somali voice is ours (server/services/speech/voices/so): its rules are
checked on a word list with expected phonemes. Tigrinya is upstream's: checked
for sane audio and for not being the Amharic voice reading Ge'ez. Somali
computer audio is made by the build but reaches no participant (station page,
/api/catalog, hence the app) until a language-support member approves the
exact clip; a rejected clip never plays.
"""

import shutil
from array import array

import pytest
from sqlmodel import select

from server.api.routes.station_pages import LANG_COOKIE
from server.models import AudioClip, CatalogText, ClipReview, TextEvent
from server.services import clip_review
from server.services.coverage import coverage_report
from server.services.speech import build_speech, decode_to_pcm, store_clip
from server.services.speech.espeak152 import Espeak152Source
from tests.utils.factories import coach_headers, make_library_editor
from tests.utils.speech_catalog import READ_ALOUD, TEXTS, seed_speech_catalog

pytestmark = pytest.mark.skipif(
    shutil.which("ffmpeg") is None or shutil.which("espeak-ng") is None,
    reason="needs Debian's espeak-ng and ffmpeg (apt-get install espeak-ng ffmpeg)",
)

STEP = "station-gardin-fetch"
SOURCES = ("espeak", "espeak152")

# Somali spelling -> the IPA the voice speaks (stress marks included).
SOMALI_WORDS = [
    # long vowels: doubled letters
    ("caano", "ʕˈaːno"),
    ("khamiis", "χamˈiːs"),
    ("sanduuq", "sandˈuːq"),
    ("xoolo", "ħˈoːlo"),
    ("aabbe", "ˈaːbːe"),
    ("yaqaan", "jaqˈaːn"),
    # x = /ħ/, c = /ʕ/
    ("xir", "ħˈir"),
    ("cunto", "ʕˈunto"),
    ("bac", "bˈaʕ"),
    # dh = /ɖ/: d at the start, the retroflex flap between vowels
    ("dhagax", "dˈaɡaħ"),
    ("adhi", "ˈar.i"),
    # kh = /χ/, q = /q/
    ("dhakhtar", "dˈaχtar"),
    ("qalin", "qˈalin"),
    ("shaqo", "ʃˈaqo"),
    # ' = glottal stop
    ("ma'aha", "maʔˈaha"),
    ("su'aal", "suʔˈaːl"),
    # geminates
    ("badda", "bˈadːa"),
    # stress: penultimate syllable, or a final long vowel; no tone
    ("biyaha", "bijˈaha"),
    ("mashiinka", "maʃˈiːŋka"),
    ("kalluun", "kallˈuːn"),
]


@pytest.fixture(scope="module")
def voice():
    src = Espeak152Source()
    yield src
    src.close()


@pytest.mark.parametrize(("word", "ipa"), SOMALI_WORDS)
def test_somali_rules_read_the_word_list(voice, word, ipa):
    assert voice.phonemes(word, "so") == ipa


def test_somali_phone_numbers_are_read_digit_by_digit(voice):
    # espeak-ng on its own says "11" as one "kow".
    assert voice.phonemes("1177", "so") == "kˈow kˈow tˌodːobˈa tˌodːobˈa"


def _pcm_stats(wav: bytes) -> tuple[int, float]:
    pcm = decode_to_pcm(wav)
    samples = array("h", pcm.samples)
    rms = (sum(s * s for s in samples) / max(len(samples), 1)) ** 0.5
    return pcm.duration_ms, rms


def test_tigrinya_voice_speaks_every_text_at_a_sane_pace(voice):
    for text in TEXTS["ti"].values():
        ms, rms = _pcm_stats(voice.synthesize(text, "ti"))
        letters = sum(1 for ch in text if not ch.isspace())  # Ge'ez: one syllable each
        assert 80 <= ms / letters <= 400, (text, ms)  # ~2.5-12 syllables a second
        assert rms > 500, text  # sound, not silence


def test_tigrinya_is_not_the_amharic_voice_reading_geez(voice):
    """Debian's 1.51 has only Amharic for Ge'ez script; 1.52's ti differs where
    the languages do: ዓ is /ʕ/ (Amharic: a glottal stop), ኸ is /x/ (Amharic: /h/)."""
    differing = [
        t for t in TEXTS["ti"].values() if voice.phonemes(t, "ti") != voice.phonemes(t, "am")
    ]
    assert len(differing) == len(TEXTS["ti"])
    assert voice.phonemes("ዓሰርተ", "ti").startswith("ʕ")
    assert voice.phonemes("ዓሰርተ", "am").startswith("ʔ")
    assert "x" in voice.phonemes("ረኸብ", "ti") and "x" not in voice.phonemes("ረኸብ", "am")
    ti_ms, _ = _pcm_stats(voice.synthesize(TEXTS["ti"]["checklist-bill-summary"], "ti"))
    assert ti_ms > 1000


# --- the review gate -----------------------------------------------------------------------


@pytest.fixture
def built(session, settings):
    seed_speech_catalog(session)
    session.add_all(  # an app label read aloud, counted as "app"
        [CatalogText(text_id="app-home-stations", language=lang, text=text,
                     review_status="source" if lang == "sv" else "draft")
         for lang, text in (("sv", "Stationer"), ("so", "Goobaha"), ("ti", "መደበራት"))]
    )  # fmt: skip
    session.commit()
    report = build_speech(
        session=session, settings=settings, languages=["sv", "so", "ti"], sources=SOURCES
    )
    assert report.ok, report.summary()
    assert report.by_source["espeak152"] == 2 * (READ_ALOUD + 2)  # + the label + the name
    return session


@pytest.fixture
def staff(client, built):
    # The seeded texts are the shared library's: its editors decide (issue 10's roles).
    return coach_headers(client, make_library_editor(built))


def somali_page(client) -> str:
    client.cookies.set(LANG_COOKIE, "so")
    r = client.get("/s/gardin")
    assert r.status_code == 200
    return r.text


def so_clips(session) -> dict[str, AudioClip]:
    return {
        c.text_id: c
        for c in session.exec(
            select(AudioClip).where(AudioClip.language == "so", AudioClip.source == "espeak152")
        )
    }


def catalog_audio(client, lang: str) -> dict[str, str | None]:
    data = client.get("/api/catalog", params={"lang": lang}).json()
    out = {}
    for item in data["items"]:
        for step in item["steps"]:
            out[step["key"]] = step["audio"]
    out["app-home-stations"] = data["labels"]["app-home-stations"]["audio"]
    out["language-name"] = next(x["audio"] for x in data["languages"] if x["code"] == lang)
    return out


def decide(client, staff, text_id, file_name, decision, note=None):
    return client.put(
        f"/api/texts/{text_id}/so/computer-audio/decision",
        json={"decision": decision, "file_name": file_name, "note": note},
        headers=staff,
    )


def test_unapproved_somali_audio_reaches_no_participant(client, built):
    clips = so_clips(built)
    assert len(clips) == READ_ALOUD + 2  # made: texts, the label, the language's name
    page = somali_page(client)
    urls = [f"/audio/{c.file_name}" for c in clips.values()]
    assert not any(u in page for u in urls)
    assert set(catalog_audio(client, "so").values()) == {None}
    chooser = client.get("/s/gardin", params={"choose": "1"}).text
    assert not any(u in chooser for u in urls)
    # Tigrinya's computer voice is not gated: it plays, marked as a computer voice.
    ti = catalog_audio(client, "ti")
    assert all(ti.values()), ti
    ti_data = client.get("/api/catalog", params={"lang": "ti"}).json()
    steps = [s for i in ti_data["items"] for s in i["steps"]]
    assert all(s["audio_computer"] for s in steps)  # the app can mark it as such
    client.cookies.set(LANG_COOKIE, "ti")
    assert ti[STEP] in client.get("/s/gardin").text

    cov = coverage_report(session=built, languages=["so", "ti"]).as_dict()["languages"]
    assert cov["so"]["with_audio"] == 0
    assert cov["so"]["computer"] == {"approved": 0, "unapproved": READ_ALOUD + 1, "rejected": 0}
    assert len(cov["so"]["computer_waiting_ids"]) == READ_ALOUD + 1
    assert cov["so"]["groups"]["app"]["computer"]["unapproved"] == 1
    assert cov["ti"]["by_source"]["espeak152"] == READ_ALOUD + 1
    assert cov["ti"]["groups"] == {
        "catalogue": {"total": READ_ALOUD, "with_audio": READ_ALOUD, "percent": 100.0,
                      "by_source": {"human": 0, "gtts": 0, "espeak": 0, "espeak152": READ_ALOUD},
                      "none": 0, "computer": {"approved": 0, "unapproved": READ_ALOUD,
                                              "rejected": 0}},
        "app": {"total": 1, "with_audio": 1, "percent": 100.0,
                "by_source": {"human": 0, "gtts": 0, "espeak": 0, "espeak152": 1},
                "none": 0, "computer": {"approved": 0, "unapproved": 1, "rejected": 0}},
    }  # fmt: skip


def test_staff_approve_a_clip_and_only_that_clip_plays(client, built, settings, staff):
    rows = client.get("/api/texts", params={"language": "so"}, headers=staff).json()
    row = next(r for r in rows if r["text_id"] == STEP)
    computer = row["audio"]["computer"]
    assert computer["state"] == "unapproved" and computer["needs_approval"] is True
    assert computer["playing"] is False and row["audio"]["playing"] is None
    # Staff can listen before deciding.
    assert client.get(computer["url"]).status_code == 200

    r = decide(client, staff, STEP, computer["file_name"], "approved")
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "approved" and r.json()["playing"] is True
    assert r.json()["decided_by"]

    audio = catalog_audio(client, "so")
    assert audio[STEP] == computer["url"]
    assert [k for k, v in audio.items() if v] == [STEP]
    assert computer["url"] in somali_page(client)
    cov = coverage_report(session=built, languages=["so"]).as_dict()["languages"]["so"]
    assert cov["with_audio"] == 1 and cov["by_source"]["espeak152"] == 1
    assert cov["computer"]["approved"] == 1
    events = built.exec(select(TextEvent).where(TextEvent.text_id == STEP)).all()
    assert [(e.action, e.file_name) for e in events] == [("approved", computer["file_name"])]

    # A corrected text makes a new clip: the approval stays with the old audio.
    r = client.patch(f"/api/texts/{STEP}/so", json={"text": "Keen sanduuq qalab ah"}, headers=staff)
    assert r.status_code == 200, r.text
    build_speech(session=built, settings=settings, languages=["so"], sources=SOURCES)
    assert catalog_audio(client, "so")[STEP] is None
    assert computer["url"] not in somali_page(client)
    r = decide(client, staff, STEP, computer["file_name"], "approved")
    assert r.status_code == 409 and "changed" in r.json()["detail"]
    new = client.get(f"/api/texts/{STEP}/so/computer-audio", headers=staff).json()
    assert new["file_name"] != computer["file_name"] and new["state"] == "unapproved"


def test_a_rejected_clip_never_plays_and_waits_for_a_recording(client, built, settings, staff):
    clip = so_clips(built)[STEP]
    r = decide(client, staff, STEP, clip.file_name, "rejected", note="x sounds like h")
    assert r.status_code == 200 and r.json()["state"] == "rejected"
    assert r.json()["note"] == "x sounds like h"
    assert catalog_audio(client, "so")[STEP] is None
    build_speech(session=built, settings=settings, languages=["so"], sources=SOURCES)
    assert catalog_audio(client, "so")[STEP] is None  # not made again, not played
    cov = coverage_report(session=built, languages=["so"]).as_dict()["languages"]["so"]
    assert cov["computer"]["rejected"] == 1 and STEP in cov["none_ids"]

    # A human recording plays over it.
    wav = Espeak152Source().synthesize("Keen sanduuq", "so")
    human = store_clip(session=built, audio_dir=settings.audio_dir, text_id=STEP,
                       language="so", text=TEXTS["so"][STEP], source="human",
                       voice="human/test", audio=wav).clip  # fmt: skip
    assert catalog_audio(client, "so")[STEP] == f"/audio/{human.file_name}"

    # Taking the decision back: unapproved again (still not played: Somali is gated).
    r = decide(client, staff, STEP, clip.file_name, "unapproved")
    assert r.status_code == 200 and r.json()["state"] == "unapproved"
    assert built.exec(select(ClipReview)).all() == []


def test_a_rejected_tigrinya_clip_stops_playing(client, built):
    ti = catalog_audio(client, "ti")
    clip = built.exec(
        select(AudioClip).where(AudioClip.language == "ti", AudioClip.text_id == STEP)
    ).one()
    staff = coach_headers(client, make_library_editor(built, email="ti@example.org"))
    r = client.put(
        f"/api/texts/{STEP}/ti/computer-audio/decision",
        json={"decision": "rejected", "file_name": clip.file_name},
        headers=staff,
    )
    assert r.status_code == 200, r.text
    assert ti[STEP] and catalog_audio(client, "ti")[STEP] is None


def test_decisions_need_staff_and_valid_input(client, built, staff):
    clip = so_clips(built)[STEP]
    body = {"decision": "approved", "file_name": clip.file_name}
    url = f"/api/texts/{STEP}/so/computer-audio/decision"
    assert client.put(url, json=body).status_code == 401
    assert decide(client, staff, STEP, clip.file_name, "maybe").status_code == 422
    assert (
        client.put(
            "/api/texts/nope/so/computer-audio/decision", json=body, headers=staff
        ).status_code
        == 404
    )
    assert (
        client.put(
            f"/api/texts/{STEP}/xx/computer-audio/decision", json=body, headers=staff
        ).status_code
        == 404
    )
    assert decide(client, staff, STEP, "so-0000000000000000.mp3", "approved").status_code == 409
    assert catalog_audio(client, "so")[STEP] is None  # nothing changed by bad requests


def test_a_file_made_again_with_other_bytes_loses_its_approval(client, built, settings, staff):
    clip = so_clips(built)[STEP]
    assert decide(client, staff, STEP, clip.file_name, "approved").status_code == 200
    path = settings.audio_dir / clip.file_name
    path.unlink()  # lost; the next build makes it again from the same text and voice
    build_speech(session=built, settings=settings, languages=["so"], sources=SOURCES)
    assert catalog_audio(client, "so")[STEP] == f"/audio/{clip.file_name}"  # same bytes: kept

    path.write_bytes(path.read_bytes()[:-400])  # other bytes under the same name
    built.expire_all()
    assert clip_review.forget_if_changed(session=built, clip=clip, audio_dir=settings.audio_dir)
    assert catalog_audio(client, "so")[STEP] is None


def test_a_rule_that_does_not_compile_stops_the_source_not_the_build(
    session, settings, tmp_path, monkeypatch
):
    from server.services.speech import espeak152

    broken = tmp_path / "voices" / "so"
    shutil.copytree(espeak152.VOICES_DIR / "so", broken)
    rules = (broken / "so_rules").read_text("utf-8")
    (broken / "so_rules").write_text(rules.replace("x          H ", "x          Hw9 "), "utf-8")
    monkeypatch.setattr(espeak152, "VOICES_DIR", tmp_path / "voices")
    seed_speech_catalog(session)
    source = Espeak152Source(build_dir=tmp_path / "build")
    report = build_speech(
        session=session, settings=settings, languages=["sv", "so"], sources=("espeak", source)
    )
    assert "Bad phoneme" in report.unavailable["espeak152"]  # the compiler's own words
    assert report.by_source == {"espeak": READ_ALOUD + 1}  # Swedish still made
    assert {p.language for p in report.failed} == {"so"}
    assert not (tmp_path / "build" / "espeak-ng-1.52" / "espeak-ng-data").exists()


def test_the_somali_name_in_the_chooser_is_heard_once_approved(client, built, staff):
    name = "language-name-so"
    got = client.get(f"/api/texts/{name}/so/computer-audio", headers=staff)
    assert got.status_code == 200 and got.json()["state"] == "unapproved"
    assert got.json()["url"] not in client.get("/s/gardin", params={"choose": "1"}).text
    assert decide(client, staff, name, got.json()["file_name"], "approved").status_code == 200
    assert got.json()["url"] in client.get("/s/gardin", params={"choose": "1"}).text
    assert catalog_audio(client, "so")["language-name"] == got.json()["url"]
