"""`stegvis speech build`: audio for every catalog text a source can speak.

Plain synchronous code: it runs subprocesses and network calls, so it is called
from the command line, never from an async request handler.

For each (text_id, language) the requested sources are tried in order
(default: espeak-ng only, offline). A source is done for that text when its
clip for the text as it stands now, in its current voice, is recorded and on
disk; otherwise it synthesises. A source that fails hands over to the next one
and the report says what was skipped, so a later build can fill the gap.
"""

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, select

from server.core.config import PARTICIPANT_LANGUAGES, Settings
from server.models import AudioClip, CatalogText
from server.services.audio import text_sha
from server.services.clip_review import forget_if_changed
from server.services.i18n import LANGUAGES
from server.services.speech.encode import AudioDecodeError
from server.services.speech.sources import (
    DEFAULT_SOURCES,
    SourceUnavailable,
    SpeechFailed,
    SpeechSource,
    make_sources,
)
from server.services.speech.store import (
    ManifestEntry,
    clip_file_name,
    read_manifest,
    store_clip,
    update_manifest,
    upsert_clip,
)

LANGUAGE_NAME_PREFIX = "language-name-"


def language_name_text_id(code: str) -> str:
    """The text id under which a language's own name is spoken (station chooser)."""
    return f"{LANGUAGE_NAME_PREFIX}{code}"


@dataclass(frozen=True)
class Problem:
    text_id: str
    language: str
    source: str
    reason: str


@dataclass
class BuildReport:
    written: list[str] = field(default_factory=list)  # file names
    bytes_written: int = 0
    ms_written: int = 0  # seconds of speech written, in ms
    skipped_existing: int = 0
    adopted: int = 0  # files already on disk (per the manifest) recorded without synthesis
    withdrawn: int = 0  # a staff member withdrew this clip: not made again
    not_speakable: Counter = field(default_factory=Counter)  # language -> texts no source speaks
    source_skips: list[Problem] = field(default_factory=list)  # a source failed, next one tried
    failed: list[Problem] = field(default_factory=list)  # no audio at all for this text
    unavailable: dict[str, str] = field(default_factory=dict)  # source -> why it was dropped
    by_source: Counter = field(default_factory=Counter)  # source -> files written
    manifest_changed: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        kb = self.bytes_written / 1024
        lines = [
            f"speech build: {len(self.written)} written ({kb:.0f} KB, "
            f"{self.ms_written / 1000:.1f} s of speech), {self.skipped_existing} up to date, "
            f"{self.adopted} adopted from disk, {len(self.failed)} failed, "
            f"in {self.seconds:.1f} s"
        ]
        if self.by_source:
            lines.append(
                "  written by source: "
                + ", ".join(f"{s} {n}" for s, n in sorted(self.by_source.items()))
            )
        if self.not_speakable:
            lines.append(
                "  no speech source (record them): "
                + ", ".join(f"{lang} {n}" for lang, n in sorted(self.not_speakable.items()))
            )
        if self.withdrawn:
            lines.append(f"  withdrawn by staff, not remade: {self.withdrawn}")
        for name, why in sorted(self.unavailable.items()):
            skipped = sum(1 for p in self.source_skips if p.source == name)
            lines.append(f"  skipped {name} for {skipped} texts: {why}")
        others = [p for p in self.source_skips if p.source not in self.unavailable]
        for p in others[:10]:
            lines.append(f"  {p.source} could not speak {p.text_id} [{p.language}]: {p.reason}")
        for p in self.failed[:20]:
            lines.append(f"  FAILED {p.text_id} [{p.language}]: {p.reason}")
        if len(self.failed) > 20:
            lines.append(f"  ... and {len(self.failed) - 20} more failures")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "written": len(self.written),
            "bytes_written": self.bytes_written,
            "ms_written": self.ms_written,
            "skipped_existing": self.skipped_existing,
            "adopted": self.adopted,
            "withdrawn": self.withdrawn,
            "not_speakable": dict(self.not_speakable),
            "source_skips": [vars(p) for p in self.source_skips],
            "failed": [vars(p) for p in self.failed],
            "unavailable": dict(self.unavailable),
            "by_source": dict(self.by_source),
            "seconds": round(self.seconds, 3),
        }


def speech_texts(*, session: Session, languages: Iterable[str]) -> list[tuple[str, str, str]]:
    """(text_id, language, text): every catalog text plus each language's own name."""
    langs = list(languages)
    rows = session.exec(
        select(CatalogText)
        .where(CatalogText.language.in_(langs))
        .order_by(CatalogText.text_id, CatalogText.language)
    ).all()
    # An empty draft (issue 10: a new Swedish text not yet translated) has nothing to say.
    texts = {(r.text_id, r.language): r.text for r in rows if r.text.strip()}
    for code in langs:
        if code in LANGUAGES:
            # A row in the catalog (corrected by staff) wins over the built-in name.
            texts.setdefault((language_name_text_id(code), code), LANGUAGES[code].native_name)
    return [(tid, lang, text) for (tid, lang), text in texts.items()]


def build_speech(
    *,
    session: Session,
    settings: Settings,
    languages: Sequence[str] | None = None,
    sources: Sequence[str | SpeechSource] = DEFAULT_SOURCES,
) -> BuildReport:
    """Make every missing clip; see the module docstring. Never raises for one bad text."""
    started = time.perf_counter()
    srcs = make_sources(sources)
    for src in srcs:
        src.configure(settings)
    langs = list(languages) if languages is not None else list(PARTICIPANT_LANGUAGES)
    unknown = [lang for lang in langs if lang not in LANGUAGES]
    if unknown:
        raise ValueError(f"unknown language(s): {', '.join(unknown)}")
    audio_dir = settings.audio_dir
    audio_dir.mkdir(parents=True, exist_ok=True)
    report = BuildReport()
    manifest = read_manifest(audio_dir)
    touched: dict[str, ManifestEntry] = {}

    items = speech_texts(session=session, languages=langs)
    clips = {
        c.file_name: c for c in session.exec(select(AudioClip).where(AudioClip.language.in_(langs)))
    }

    try:
        _build_items(
            session=session, srcs=srcs, items=items, clips=clips, manifest=manifest,
            touched=touched, report=report, audio_dir=audio_dir,
        )  # fmt: skip
    finally:
        for src in srcs:
            src.close()
    report.manifest_changed = update_manifest(audio_dir, touched)
    report.seconds = time.perf_counter() - started
    return report


def _build_items(
    *, session, srcs, items, clips, manifest, touched, report, audio_dir
) -> None:  # fmt: skip
    """The build's loop over texts (see build_speech)."""
    for text_id, lang, text in items:
        speakers = [s for s in srcs if s.speaks(lang)]
        if not speakers:
            report.not_speakable[lang] += 1
            continue
        if not text.strip():
            report.failed.append(Problem(text_id, lang, "-", "empty text"))
            continue
        sha = text_sha(text)
        reasons: list[str] = []
        done = False
        for src in speakers:
            if src.name in report.unavailable:
                report.source_skips.append(
                    Problem(text_id, lang, src.name, report.unavailable[src.name])
                )
                reasons.append(f"{src.name}: unavailable")
                continue
            voice = src.voice_id(lang)
            name = clip_file_name(text_id=text_id, language=lang, text=text, voice=voice)
            on_disk = (audio_dir / name).is_file()
            clip = clips.get(name)
            if clip is not None and clip.withdrawn_at is not None:
                report.withdrawn += 1
                reasons.append(f"{src.name}: withdrawn")
                continue
            if clip is not None and on_disk and clip.text_sha == sha:
                report.skipped_existing += 1
                touched[name] = ManifestEntry.of(clip)
                done = True
                break
            known = manifest.get(name)
            if clip is None and on_disk and known is not None and known.text_sha == sha:
                # Same name = same text, voice and format: record it, don't remake it.
                clips[name] = upsert_clip(session=session, file_name=name, entry=known)
                session.commit()
                report.adopted += 1
                touched[name] = known
                done = True
                break
            try:
                audio = src.synthesize(text, lang)
                stored = store_clip(
                    session=session,
                    audio_dir=audio_dir,
                    text_id=text_id,
                    language=lang,
                    text=text,
                    source=src.name,
                    voice=voice,
                    audio=audio,
                    manifest=False,
                    trim=True,
                )
            except SourceUnavailable as e:
                report.unavailable[src.name] = str(e)
                report.source_skips.append(Problem(text_id, lang, src.name, str(e)))
                reasons.append(f"{src.name}: {e}")
                continue
            except SQLAlchemyError:
                raise  # the database itself is wrong: nothing after this would work
            except Exception as e:  # noqa: BLE001 - one text, or a plug-in's bug, must not stop the build
                session.rollback()
                expected = isinstance(e, (SpeechFailed, AudioDecodeError, OSError))
                why = str(e) if expected else f"{type(e).__name__}: {e}"
                report.source_skips.append(Problem(text_id, lang, src.name, why))
                reasons.append(f"{src.name}: {why}")
                continue
            if clip is not None:
                # Made again (file lost, text changed back): a verdict on other bytes goes.
                forget_if_changed(session=session, clip=stored.clip, audio_dir=audio_dir)
            clips[name] = stored.clip
            touched[name] = stored.entry
            report.written.append(name)
            report.bytes_written += stored.entry.bytes
            report.ms_written += stored.entry.duration_ms
            report.by_source[src.name] += 1
            done = True
            break
        if not done and any(not r.endswith(": withdrawn") for r in reasons):
            # Withdrawn by staff on purpose is counted above, not a failure.
            report.failed.append(
                Problem(
                    text_id,
                    lang,
                    "+".join(s.name for s in speakers),
                    "; ".join(reasons) or "no source succeeded",
                )
            )
