"""A small demo station with texts in six languages and real (tiny) MP3 clips.

For the station-page tests, the browser test and the page benchmark, so they do
not wait on the real catalog seed. Audio is made the way the build makes it
(espeak-ng, then ffmpeg to mono MP3), once per process, and copied into the
audio folder under a content-hashed name, with AudioClip rows as the speech
build would write them: ar as gTTS, sv and fa as espeak (lower quality), no
so/ti audio (as today).
"""

import hashlib
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from server.models import AudioClip, CatalogItem, CatalogText, Step
from server.services.audio import text_sha
from server.services.i18n import LANGUAGES

CODE = "demo"
TITLE = {
    "sv": "Gardinkrokar",
    "en": "Curtain hooks",
    "ar": "خطافات الستائر",
    "fa": "قلاب پرده",
    "so": "Qabsatooyinka daahyada",
    "ti": "መንጠልጠሊ መጋረጃ",
}
# (slug, pictogram, texts): three of the curtain-accessory steps.
STEPS = [
    (
        "fetch",
        "inventory_2",
        {
            "sv": "Hämta en låda med gardinkrokar från hyllan.",
            "en": "Fetch a box of curtain hooks from the shelf.",
            "ar": "أحضر صندوقًا من خطافات الستائر من الرف.",
            "fa": "یک جعبه قلاب پرده از قفسه بیاورید.",
            "so": "Ka soo qaado sanduuq qabsatooyinka daahyada ah armaajada.",
            "ti": "ካብቲ መደርደሪ ሓንቲ ሳጹን መንጠልጠሊ መጋረጃ ኣምጽእ።",
        },
    ),
    (
        "thread",
        "curtains",
        {
            "sv": "Trä tio krokar på skenan.",
            "en": "Thread ten hooks onto the rail.",
            "ar": "ركّب عشرة خطافات على السكة.",
            "fa": "ده قلاب را روی ریل بگذارید.",
            "so": "Toban qabsato ku rakib birta.",
            "ti": "ዓሰርተ መንጠልጠሊ ኣብቲ ሓዲድ ኣእቱ።",
        },
    ),
    (
        "pack",
        "no_such_pictogram",  # a missing pictogram must not break the page
        {
            "sv": "Lägg den färdiga skenan i den blå lådan.",
            "en": "Put the finished rail in the blue box.",
            "ar": "ضع السكة الجاهزة في الصندوق الأزرق.",
            "fa": "ریل آماده را در جعبهٔ آبی بگذارید.",
            "so": "Birta diyaarka ah ku rid sanduuqa buluugga ah.",
            "ti": "ነቲ ዝተዳለወ ሓዲድ ኣብቲ ሰማያዊ ሳጹን ኣቐምጦ።",
        },
    ),
]
# Which languages get audio, from which source (so and ti: none, as today).
AUDIO_SOURCES = {"sv": "espeak", "ar": "gtts", "fa": "espeak"}
ESPEAK_VOICE = {"sv": "sv", "ar": "ar", "fa": "fa"}

_cache = Path(tempfile.mkdtemp(prefix="stegvis-test-audio-"))


def make_mp3(text: str, language: str) -> bytes:
    """Real speech as a small mono MP3 (espeak-ng + ffmpeg), cached per process."""
    key = hashlib.sha256(f"{language}\x1f{text}".encode()).hexdigest()[:16]
    mp3 = _cache / f"{key}.mp3"
    if not mp3.exists():
        wav = _cache / f"{key}.wav"
        subprocess.run(
            ["espeak-ng", "-v", ESPEAK_VOICE[language], "-w", str(wav), text],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                "ffmpeg",
                "-loglevel",
                "error",
                "-y",
                "-i",
                str(wav),
                "-ac",
                "1",
                "-ar",
                "22050",
                "-b:a",
                "32k",
                str(mp3),
            ],
            check=True,
            capture_output=True,
        )
    return mp3.read_bytes()


@dataclass
class Seeded:
    station: CatalogItem
    clips: dict[tuple[str, str], AudioClip] = field(default_factory=dict)  # (text_id, lang)

    def step_ids(self) -> list[str]:
        return [f"station-{self.station.slug}-{slug}" for slug, _, _ in STEPS]


def add_clip(
    session: Session, audio_dir: Path, *, text_id: str, language: str, text: str, source: str
) -> AudioClip:
    data = make_mp3(text, language)
    digest = hashlib.sha256(f"{language}\x1f{text_id}\x1f{text}\x1f{source}".encode()).hexdigest()
    name = f"{language}-{digest[:16]}.mp3"
    audio_dir.mkdir(parents=True, exist_ok=True)
    (audio_dir / name).write_bytes(data)
    clip = AudioClip(
        text_id=text_id,
        language=language,
        text_sha=text_sha(text),
        source=source,
        voice=f"{source}-{language}",
        file_name=name,
        byte_size=len(data),
        duration_ms=1000,
    )
    session.add(clip)
    return clip


def seed_station(
    session: Session,
    audio_dir: Path,
    *,
    code: str = CODE,
    slug: str = "demo",
    position: int = 0,
    with_audio: bool = True,
) -> Seeded:
    """One station with three steps, texts in all six languages, audio for sv/ar/fa."""
    station = CatalogItem(
        slug=slug,
        kind="station",
        code=code,
        pictogram="curtains",
        position=position,
        title_id=f"station-{slug}-title",
    )
    session.add(station)
    session.flush()
    seeded = Seeded(station=station)
    texts = {station.title_id: TITLE}
    for position_, (step_slug, pictogram, step_texts) in enumerate(STEPS, start=1):
        text_id = f"station-{slug}-{step_slug}"
        session.add(
            Step(
                item_id=station.id,
                slug=step_slug,
                position=position_,
                pictogram=pictogram,
                text_id=text_id,
            )
        )
        texts[text_id] = step_texts
    for text_id, by_lang in texts.items():
        for lang, text in by_lang.items():
            session.add(
                CatalogText(
                    text_id=text_id,
                    language=lang,
                    text=text,
                    review_status="source" if lang == "sv" else "draft",
                )
            )
            if with_audio and lang in AUDIO_SOURCES and text_id != station.title_id:
                seeded.clips[(text_id, lang)] = add_clip(
                    session,
                    audio_dir,
                    text_id=text_id,
                    language=lang,
                    text=text,
                    source=AUDIO_SOURCES[lang],
                )
    session.commit()
    for clip in seeded.clips.values():
        session.refresh(clip)
    session.refresh(station)
    return seeded


def seed_language_names(session: Session, audio_dir: Path) -> dict[str, AudioClip]:
    """Each language's name spoken in that language, where espeak-ng can say it."""
    clips = {
        code: add_clip(
            session,
            audio_dir,
            text_id=f"language-name-{code}",
            language=code,
            text=LANGUAGES[code].native_name,
            source="espeak",
        )
        for code in ("sv", "ar", "fa")
    }
    session.commit()
    for clip in clips.values():
        session.refresh(clip)
    return clips


def have_speech_tools() -> bool:
    return bool(shutil.which("espeak-ng") and shutil.which("ffmpeg"))


STATION_PAGE_SAYS = {
    "app-say-choose-language",
    "app-say-choose-station",
    "app-say-station-unknown",
    "app-say-not-found",
}


def seed_spoken_labels(
    session: Session, audio_dir: Path, says: set[str] | frozenset[str] = STATION_PAGE_SAYS
) -> dict[tuple[str, str], AudioClip]:
    """The app labels the pages say (language names, state messages) from the real
    catalog.ftl files, with speech where espeak-ng speaks the language (sv ar fa):
    each name in its own language, and the `says` messages."""
    from server.core.config import ALL_LANGUAGES, get_settings
    from server.services.catalog import parse_catalog_ftl

    locales = get_settings().locales_dir
    clips: dict[tuple[str, str], AudioClip] = {}
    for lang in ALL_LANGUAGES:
        texts = parse_catalog_ftl(locales / lang / "catalog.ftl")
        for text_id, text in texts.items():
            if not text_id.startswith(("app-language-", "app-say-")):
                continue
            session.add(
                CatalogText(
                    text_id=text_id,
                    language=lang,
                    text=text,
                    review_status="source" if lang == "sv" else "draft",
                )
            )
            # Spoken: each name in its own language, and what the station pages say.
            wanted = text_id == f"app-language-{lang}" or text_id in says
            if lang in ESPEAK_VOICE and wanted:
                clips[(text_id, lang)] = add_clip(
                    session, audio_dir, text_id=text_id, language=lang, text=text, source="espeak"
                )
    session.commit()
    for clip in clips.values():
        session.refresh(clip)
    return clips
