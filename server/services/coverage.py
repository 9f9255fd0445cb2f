"""What is spoken, by what, and what is missing: per language, counted honestly.

Which texts count: every text a participant hears read aloud from the
catalog: each step, and each item's title and summary (the station page and
the client put a play button on all three). Language names for the chooser are
not counted: they are not catalog content and are few.

For each such text and spoken language (sv ar fa so ti):
- its best playable clip decides the source it is counted under (human >
  gtts > espeak, as the pages choose: server.services.audio.best_clips);
  a text with none is counted under "none" and listed;
- a clip still in use whose text_sha no longer matches the current text is
  stale: never played, never deleted, and counted and listed while its source
  has made nothing for the current wording. Stale human recordings need a
  person (someone must record again); stale TTS clips are redone by the next
  `stegvis speech build`;
- review state: source (Swedish), draft or reviewed.

    report = coverage_report(session=session)
    print(report.summary())        # one line per language and a total line
    json.dumps(report.as_dict())   # machine-readable
"""

from collections import Counter
from dataclasses import dataclass, field

from sqlmodel import Session, select

from server.core.config import PARTICIPANT_LANGUAGES, SOURCE_LANGUAGE
from server.models import AudioClip, CatalogItem, CatalogText, Step
from server.services.audio import SOURCE_PREFERENCE, best_clips, text_sha
from server.services.catalog import app_label_text_ids

# Swedish first: the source every other language is checked against.
REPORT_LANGUAGES = (SOURCE_LANGUAGE, *(c for c in PARTICIPANT_LANGUAGES if c != SOURCE_LANGUAGE))
READ_ALOUD = "steps, item titles and item summaries, and the app labels read aloud"


def spoken_text_ids(*, session: Session) -> dict[str, str]:
    """text_id -> kind ("step", "title", "summary") for every text read aloud."""
    out: dict[str, str] = {}
    for item in session.exec(select(CatalogItem).order_by(CatalogItem.kind, CatalogItem.position)):
        out[item.title_id] = "title"
        if item.summary_id:
            out[item.summary_id] = "summary"
    for step in session.exec(
        select(Step).where(Step.position >= 0).order_by(Step.item_id, Step.position)
    ):
        out[step.text_id] = "step"
    for text_id in app_label_text_ids(session=session):
        out[text_id] = "label"
    return out


@dataclass
class AudioStatus:
    """Audio for one text in one language, as a reviewer needs to see it."""

    best: AudioClip | None
    stale: list[AudioClip]  # in use but made for an earlier text
    current_sources: set[str] = field(default_factory=set)  # sources with a current clip

    @property
    def source(self) -> str | None:
        return self.best.source if self.best else None

    @property
    def stale_unreplaced(self) -> list[AudioClip]:
        """Stale clips whose source has made nothing for the current text yet.

        An old espeak clip next to a new espeak clip is history, not news; an old
        human recording with no new one means someone must record again.
        """
        return [c for c in self.stale if c.source not in self.current_sources]

    @property
    def needs_recording_again(self) -> bool:
        return any(c.source == "human" for c in self.stale_unreplaced)


def audio_status(
    *, session: Session, language: str, texts: dict[str, str]
) -> dict[str, AudioStatus]:
    """text_id -> AudioStatus for each text_id -> current text."""
    if not texts:
        return {}
    best = best_clips(session=session, language=language, texts=texts)
    current = {tid: text_sha(t) for tid, t in texts.items()}
    out = {tid: AudioStatus(best.get(tid), []) for tid in texts}
    ids = list(texts)
    for i in range(0, len(ids), 500):  # bounded IN lists
        rows = session.exec(
            select(AudioClip)
            .where(
                AudioClip.language == language,
                AudioClip.text_id.in_(ids[i : i + 500]),
                AudioClip.withdrawn_at.is_(None),
            )
            .order_by(AudioClip.id)
        )
        for clip in rows:
            st = out[clip.text_id]
            if clip.text_sha == current[clip.text_id]:
                st.current_sources.add(clip.source)
            else:
                st.stale.append(clip)
    return out


@dataclass
class LanguageCoverage:
    language: str
    total: int = 0
    by_source: Counter = field(default_factory=Counter)  # best source per text
    none: list[str] = field(default_factory=list)  # text ids with nothing to play
    missing_text: list[str] = field(default_factory=list)  # no text in this language at all
    stale_human: list[str] = field(default_factory=list)  # needs recording again
    stale_tts: list[str] = field(default_factory=list)  # the next speech build redoes these
    review: Counter = field(default_factory=Counter)  # source / draft / reviewed

    @property
    def with_audio(self) -> int:
        return sum(self.by_source.values())

    @property
    def percent(self) -> float:
        return round(100 * self.with_audio / self.total, 1) if self.total else 0.0

    def as_dict(self) -> dict:
        return {
            "language": self.language,
            "total": self.total,
            "with_audio": self.with_audio,
            "percent": self.percent,
            "by_source": {s: self.by_source.get(s, 0) for s in SOURCE_PREFERENCE},
            "none": len(self.none),
            "none_ids": sorted(self.none),
            "missing_text_ids": sorted(self.missing_text),
            "stale": len(self.stale_human) + len(self.stale_tts),
            "stale_human": len(self.stale_human),
            "stale_human_ids": sorted(self.stale_human),
            "stale_tts": len(self.stale_tts),
            "stale_tts_ids": sorted(self.stale_tts),
            "review": {s: self.review.get(s, 0) for s in ("source", "draft", "reviewed")},
        }

    def summary(self) -> str:
        src = ", ".join(f"{s} {self.by_source.get(s, 0)}" for s in SOURCE_PREFERENCE)
        review = (
            "source text"
            if self.language == SOURCE_LANGUAGE
            else f"{self.review.get('draft', 0)} draft, {self.review.get('reviewed', 0)} reviewed"
        )
        stale = len(self.stale_human) + len(self.stale_tts)
        return (
            f"{self.language}: {self.with_audio}/{self.total} with audio ({self.percent:.0f} %)"
            f" - {src}; none {len(self.none)}; stale {stale}; {review}"
        )


@dataclass
class CoverageReport:
    languages: dict[str, LanguageCoverage]

    @property
    def total(self) -> int:
        return sum(c.total for c in self.languages.values())

    @property
    def with_audio(self) -> int:
        return sum(c.with_audio for c in self.languages.values())

    def as_dict(self) -> dict:
        by_source: Counter = Counter()
        for c in self.languages.values():
            by_source.update(c.by_source)
        total = self.total
        return {
            "read_aloud": READ_ALOUD,
            "source_preference": list(SOURCE_PREFERENCE),
            "languages": {code: c.as_dict() for code, c in self.languages.items()},
            "total": {
                "total": total,
                "with_audio": self.with_audio,
                "percent": round(100 * self.with_audio / total, 1) if total else 0.0,
                "by_source": {s: by_source.get(s, 0) for s in SOURCE_PREFERENCE},
                "none": sum(len(c.none) for c in self.languages.values()),
                "stale_human": sum(len(c.stale_human) for c in self.languages.values()),
                "stale_tts": sum(len(c.stale_tts) for c in self.languages.values()),
            },
        }

    def summary(self) -> str:
        lines = [c.summary() for c in self.languages.values()]
        total = self.total
        pct = 100 * self.with_audio / total if total else 0.0
        none = sum(len(c.none) for c in self.languages.values())
        stale = sum(len(c.stale_human) + len(c.stale_tts) for c in self.languages.values())
        lines.append(
            f"total: {self.with_audio}/{total} with audio ({pct:.0f} %); none {none}; stale {stale}"
        )
        return "\n".join(lines)


def coverage_report(*, session: Session, languages: list[str] | None = None) -> CoverageReport:
    """Coverage of read-aloud texts per language (default: every spoken language)."""
    langs = list(languages) if languages else list(REPORT_LANGUAGES)
    spoken = spoken_text_ids(session=session)
    out: dict[str, LanguageCoverage] = {}
    for lang in langs:
        cov = LanguageCoverage(lang, total=len(spoken))
        rows = {
            r.text_id: r
            for r in session.exec(select(CatalogText).where(CatalogText.language == lang))
            if r.text_id in spoken
        }
        cov.missing_text = [tid for tid in spoken if tid not in rows]
        cov.none.extend(cov.missing_text)
        for r in rows.values():
            cov.review[r.review_status] += 1
        statuses = audio_status(
            session=session, language=lang, texts={tid: r.text for tid, r in rows.items()}
        )
        for tid, st in statuses.items():
            if st.best is None:
                cov.none.append(tid)
            else:
                cov.by_source[st.best.source] += 1
            if st.needs_recording_again:
                cov.stale_human.append(tid)
            elif st.stale_unreplaced:
                cov.stale_tts.append(tid)
        out[lang] = cov
    return CoverageReport(out)
