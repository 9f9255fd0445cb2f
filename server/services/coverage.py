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
- review state: source (Swedish), draft or reviewed;
- computer-voice clips as staff judged them (server.services.audio): approved,
  unapproved (made, waiting for a listen) or rejected, per text's current
  computer clip. For Somali only approved clips play, so unapproved ones are
  counted here and NOT under by_source;
- each count also per group of texts: "catalogue" (steps, item titles and
  summaries) and "app" (every other kind the app reads aloud: its labels, and
  any message kind added later), so a new kind is counted without a list here.

    report = coverage_report(session=session)
    print(report.summary())        # one line per language and a total line
    json.dumps(report.as_dict())   # machine-readable
"""

from collections import Counter
from dataclasses import dataclass, field

from sqlmodel import Session, select

from server.core.config import PARTICIPANT_LANGUAGES, SOURCE_LANGUAGE
from server.models import AudioClip, CatalogItem, CatalogText, Step
from server.services.audio import (
    APPROVAL_REQUIRED,
    COMPUTER_SOURCES,
    SOURCE_PREFERENCE,
    clip_key,
    clips_with_decisions,
    is_playable,
    review_state,
    text_sha,
)
from server.services.catalog import app_label_text_ids

# Swedish first: the source every other language is checked against.
REPORT_LANGUAGES = (SOURCE_LANGUAGE, *(c for c in PARTICIPANT_LANGUAGES if c != SOURCE_LANGUAGE))
READ_ALOUD = "steps, item titles and item summaries, and the app labels read aloud"
CATALOGUE_KINDS = frozenset({"step", "title", "summary"})
GROUPS = ("catalogue", "app")
COMPUTER_STATES = ("approved", "unapproved", "rejected")


def text_group(kind: str) -> str:
    """catalogue (station/checklist/guide content) or app (what the app itself says)."""
    return "catalogue" if kind in CATALOGUE_KINDS else "app"


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

    best: AudioClip | None  # what participants hear (the review gate applied)
    stale: list[AudioClip]  # in use but made for an earlier text
    current_sources: set[str] = field(default_factory=set)  # sources with a current clip
    computer: AudioClip | None = None  # the best current computer-voice clip, heard or not
    computer_state: str | None = None  # approved / unapproved / rejected

    @property
    def computer_waiting(self) -> bool:
        """Made, but participants do not hear it until someone approves it."""
        return self.computer is not None and not is_playable(
            self.computer, None if self.computer_state == "unapproved" else self.computer_state
        )

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
    current = {tid: text_sha(t) for tid, t in texts.items()}
    out = {tid: AudioStatus(None, []) for tid in texts}
    # One query gives what plays (as best_clips chooses) and what waits for review.
    for clip, decision in clips_with_decisions(
        session=session, language=language, text_ids=list(texts)
    ):
        st = out[clip.text_id]
        if clip.text_sha != current[clip.text_id]:
            st.stale.append(clip)
            continue
        st.current_sources.add(clip.source)
        if is_playable(clip, decision) and (st.best is None or clip_key(clip) < clip_key(st.best)):
            st.best = clip
        if clip.source in COMPUTER_SOURCES and (
            st.computer is None or clip_key(clip) < clip_key(st.computer)
        ):
            st.computer, st.computer_state = clip, review_state(clip, decision)
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
    computer: Counter = field(default_factory=Counter)  # approved / unapproved / rejected
    computer_waiting: list[str] = field(default_factory=list)  # made, not heard until approved
    groups: dict[str, Counter] = field(default_factory=dict)  # group -> counts as above

    def count(self, group: str, key: str, n: int = 1) -> None:
        self.groups.setdefault(group, Counter())[key] += n

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
            "computer": {s: self.computer.get(s, 0) for s in COMPUTER_STATES},
            "computer_waiting_ids": sorted(self.computer_waiting),
            "groups": {g: self.group_dict(g) for g in GROUPS},
        }

    def group_dict(self, group: str) -> dict:
        c = self.groups.get(group, Counter())
        total, with_audio = c["total"], sum(c[f"src:{s}"] for s in SOURCE_PREFERENCE)
        return {
            "total": total,
            "with_audio": with_audio,
            "percent": round(100 * with_audio / total, 1) if total else 0.0,
            "by_source": {s: c[f"src:{s}"] for s in SOURCE_PREFERENCE},
            "none": c["none"],
            "computer": {s: c[f"computer:{s}"] for s in COMPUTER_STATES},
        }

    def summary(self) -> str:
        src = ", ".join(f"{s} {self.by_source.get(s, 0)}" for s in SOURCE_PREFERENCE)
        review = (
            "source text"
            if self.language == SOURCE_LANGUAGE
            else f"{self.review.get('draft', 0)} draft, {self.review.get('reviewed', 0)} reviewed"
        )
        stale = len(self.stale_human) + len(self.stale_tts)
        c = self.computer
        if any(lang == self.language for lang, _ in APPROVAL_REQUIRED):
            computer = (
                f"computer voice (heard only once approved): approved {c['approved']}, "
                f"waiting {len(self.computer_waiting)}, rejected {c['rejected']}"
            )
        else:
            computer = (
                f"computer voice (heard unless rejected): not reviewed {c['unapproved']}, "
                f"approved {c['approved']}, rejected {c['rejected']}"
            )
        groups = ", ".join(
            f"{g} {d['with_audio']}/{d['total']}"
            for g in GROUPS
            if (d := self.group_dict(g))["total"]
        )
        return (
            f"{self.language}: {self.with_audio}/{self.total} with audio ({self.percent:.0f} %)"
            f" - {src}; none {len(self.none)}; stale {stale}; {review}"
            f"; {computer}; {groups}"
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
                "computer": {
                    s: sum(c.computer.get(s, 0) for c in self.languages.values())
                    for s in COMPUTER_STATES
                },
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
        for kind in spoken.values():
            cov.count(text_group(kind), "total")
        for tid in cov.missing_text:
            cov.count(text_group(spoken[tid]), "none")
        for r in rows.values():
            cov.review[r.review_status] += 1
        statuses = audio_status(
            session=session, language=lang, texts={tid: r.text for tid, r in rows.items()}
        )
        for tid, st in statuses.items():
            group = text_group(spoken[tid])
            if st.best is None:
                cov.none.append(tid)
                cov.count(group, "none")
            else:
                cov.by_source[st.best.source] += 1
                cov.count(group, f"src:{st.best.source}")
            if st.computer_state is not None:
                cov.computer[st.computer_state] += 1
                cov.count(group, f"computer:{st.computer_state}")
                if st.computer_waiting and st.computer_state == "unapproved":
                    cov.computer_waiting.append(tid)
            if st.needs_recording_again:
                cov.stale_human.append(tid)
            elif st.stale_unreplaced:
                cov.stale_tts.append(tid)
        out[lang] = cov
    return CoverageReport(out)
