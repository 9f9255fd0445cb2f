"""Speech: catalog texts turned into small, content-addressed audio files.

    build_speech(session=..., settings=..., sources=("espeak",)) -> BuildReport
    build_speech_cli(languages=None, sources=("espeak",)) -> exit code

Sources (sources.py) are tried in order per text; files, manifest and
AudioClip rows are kept by store.py; encode.py turns any audio into the
project's compact MP3. Which clip plays is server.services.audio.best_clips.
"""

from collections.abc import Sequence

from server.services.speech.build import (
    LANGUAGE_NAME_PREFIX,
    BuildReport,
    Problem,
    build_speech,
    language_name_text_id,
    speech_texts,
)
from server.services.speech.encode import (
    SPEECH_FORMAT,
    AudioDecodeError,
    AudioFormat,
    Pcm,
    decode_to_pcm,
    encode_mp3,
    trim_silence,
)
from server.services.speech.sources import (
    DEFAULT_SOURCES,
    SOURCE_FACTORIES,
    EspeakSource,
    GttsSource,
    SourceUnavailable,
    SpeechFailed,
    SpeechSource,
    make_sources,
)
from server.services.speech.store import (
    MANIFEST_NAME,
    ManifestEntry,
    StoredClip,
    clip_file_name,
    read_manifest,
    store_clip,
    update_manifest,
)

__all__ = [
    "DEFAULT_SOURCES",
    "LANGUAGE_NAME_PREFIX",
    "MANIFEST_NAME",
    "SOURCE_FACTORIES",
    "SPEECH_FORMAT",
    "AudioDecodeError",
    "AudioFormat",
    "BuildReport",
    "EspeakSource",
    "GttsSource",
    "ManifestEntry",
    "Pcm",
    "Problem",
    "SourceUnavailable",
    "SpeechFailed",
    "SpeechSource",
    "StoredClip",
    "build_speech",
    "build_speech_cli",
    "clip_file_name",
    "decode_to_pcm",
    "encode_mp3",
    "language_name_text_id",
    "make_sources",
    "read_manifest",
    "speech_texts",
    "store_clip",
    "trim_silence",
    "update_manifest",
]


def build_speech_cli(
    *, languages: Sequence[str] | None = None, sources: Sequence[str] = DEFAULT_SOURCES
) -> int:
    """For `stegvis speech build`: run a build on the configured database, print the
    summary, return the exit code (1 if any text got no audio it could have had)."""
    from sqlmodel import Session

    from server.core.config import get_settings
    from server.db import get_engine

    settings = get_settings()
    try:
        with Session(get_engine()) as session:
            report = build_speech(
                session=session, settings=settings, languages=languages, sources=sources
            )
    except ValueError as e:  # unknown source or language: a clear line, no traceback
        print(f"speech build: {e}")
        return 2
    print(report.summary())
    return 0 if report.ok else 1
