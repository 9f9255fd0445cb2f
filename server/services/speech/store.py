"""Content-addressed clip files, the manifest, and AudioClip rows.

One clip file per (text_id, language, text, voice, format):
``<lang>-<first 16 hex of sha256>.mp3`` in settings.audio_dir. A changed text
or voice gives a new name, so URLs can be cached forever; an unchanged one is
never rewritten. text_id is in the hash because AudioClip.file_name is unique
and a clip belongs to one text: the same sentence in two steps gets two small
files, and replacing a recording for one step never changes another's.

audio/manifest.json maps each file to what it speaks, so the folder explains
itself and a fresh database can adopt existing files without re-synthesising.
store_clip is the one way in for every source, human recordings included.
"""

import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from server.models import AudioClip
from server.services.audio import text_sha
from server.services.speech.encode import (
    SPEECH_FORMAT,
    AudioFormat,
    decode_to_pcm,
    encode_mp3,
    trim_silence,
)

MANIFEST_NAME = "manifest.json"


def clip_file_name(
    *, text_id: str, language: str, text: str, voice: str, fmt: AudioFormat = SPEECH_FORMAT
) -> str:
    key = "\x1f".join((language, text_id, text.strip(), voice, fmt.tag))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return f"{language}-{digest}.{fmt.extension}"


def write_atomic(path: Path, data: bytes) -> None:
    """Readers (the station page, a range request) never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class ManifestEntry:
    language: str
    text_id: str
    text_sha: str
    source: str
    voice: str
    bytes: int
    duration_ms: int

    @classmethod
    def of(cls, clip: AudioClip) -> "ManifestEntry":
        return cls(
            clip.language,
            clip.text_id,
            clip.text_sha,
            clip.source,
            clip.voice,
            clip.byte_size,
            clip.duration_ms,
        )


def read_manifest(audio_dir: Path) -> dict[str, ManifestEntry]:
    path = audio_dir / MANIFEST_NAME
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}  # a damaged manifest is rebuilt from what the build sees
    out = {}
    for name, e in (raw.get("files") or {}).items():
        try:
            out[name] = ManifestEntry(**e)
        except TypeError:
            continue
    return out


@contextmanager
def _manifest_lock(audio_dir: Path) -> Iterator[None]:
    # The CLI build and an upload in the server may update it at the same time.
    audio_dir.mkdir(parents=True, exist_ok=True)
    with open(audio_dir / ".manifest.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def update_manifest(audio_dir: Path, entries: dict[str, ManifestEntry]) -> bool:
    """Merge entries in; drop entries whose file is gone. True if it changed."""
    with _manifest_lock(audio_dir):
        current = read_manifest(audio_dir)
        merged = {n: e for n, e in current.items() if (audio_dir / n).is_file()}
        merged.update(entries)
        if merged == current and (audio_dir / MANIFEST_NAME).is_file():
            return False
        doc = {
            "format": SPEECH_FORMAT.tag,
            "files": {n: vars(merged[n]) for n in sorted(merged)},
        }
        text = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        write_atomic(audio_dir / MANIFEST_NAME, text.encode("utf-8"))
        return True


def upsert_clip(
    *, session: Session, file_name: str, entry: ManifestEntry, created_by: str | None = None
) -> AudioClip:
    """One row per file name; a row that exists is brought up to date."""
    clip = session.exec(select(AudioClip).where(AudioClip.file_name == file_name)).first()
    if clip is None:
        clip = AudioClip(
            file_name=file_name,
            text_id=entry.text_id,
            language=entry.language,
            text_sha=entry.text_sha,
            source=entry.source,
            voice=entry.voice,
            byte_size=entry.bytes,
            duration_ms=entry.duration_ms,
            created_by=created_by,
        )
    else:
        clip.text_id, clip.language = entry.text_id, entry.language
        clip.text_sha, clip.source, clip.voice = entry.text_sha, entry.source, entry.voice
        clip.byte_size, clip.duration_ms = entry.bytes, entry.duration_ms
    session.add(clip)
    return clip


@dataclass(frozen=True)
class StoredClip:
    clip: AudioClip
    entry: ManifestEntry
    file_name: str


def store_clip(
    *,
    session: Session,
    audio_dir: Path,
    text_id: str,
    language: str,
    text: str,
    source: str,
    voice: str,
    audio: bytes,
    created_by: str | None = None,
    fmt: AudioFormat = SPEECH_FORMAT,
    manifest: bool = True,
    trim: bool = False,
) -> StoredClip:
    """Decode any audio, encode it compactly, write it content-addressed, record it.

    Commits the row after the file is in place, so a row never points at a
    missing file. manifest=False lets a build merge all its entries at once;
    trim=True cuts TTS's silent margins (recordings.py trims human takes itself).
    For a human recording pass source="human" and a voice that names the
    recording (e.g. "human/<sha of the upload>") so each take gets its own URL.
    Raises encode.AudioDecodeError for bytes that are not audio.
    """
    pcm = decode_to_pcm(audio, fmt)
    if trim:
        pcm = trim_silence(pcm)
    mp3 = encode_mp3(pcm, fmt)
    name = clip_file_name(text_id=text_id, language=language, text=text, voice=voice, fmt=fmt)
    write_atomic(audio_dir / name, mp3)
    entry = ManifestEntry(
        language, text_id, text_sha(text), source, voice, len(mp3), pcm.duration_ms
    )
    clip = upsert_clip(session=session, file_name=name, entry=entry, created_by=created_by)
    session.commit()
    session.refresh(clip)
    if manifest:
        update_manifest(audio_dir, {name: entry})
    return StoredClip(clip, entry, name)
