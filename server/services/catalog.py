"""The catalog: load its structure and texts from the repo, seed the database, read it back.

Structure (items, steps, pictograms) comes from server/catalog/catalog.toml, texts
from locales/<lang>/catalog.ftl. Seeding is an idempotent upsert: it can run on
every deploy. At run time the database is the truth, so a text a native speaker
has marked "reviewed" is never overwritten by a later seed; the difference is
reported as a conflict for a person to resolve.
"""

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser, ast
from sqlmodel import Session, select

from server.core.config import ALL_LANGUAGES, SERVER_DIR, SOURCE_LANGUAGE, Settings, get_settings
from server.models._time import utcnow
from server.models.catalog import ITEM_KINDS, CatalogItem, CatalogText, Step
from server.models.progress import ProgressEvent

PICTOGRAM_DIR = SERVER_DIR / "static" / "pictograms"
CATALOG_FTL = "catalog.ftl"

# Stations and checklists are followed step by step: more than 8 steps loses people,
# fewer than 4 is not worth a list. Guides are looser walkthroughs.
STEP_LIMITS = {"station": (4, 8), "checklist": (4, 8), "guide": (2, 12)}

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CODE_RE = re.compile(r"^[a-z0-9]{1,16}$")
_PICTOGRAM_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
_RESERVED_STEP_SLUGS = {"title", "summary"}
_ITEM_KEYS = {"kind", "slug", "code", "pictogram", "step"}
_STEP_KEYS = {"slug", "pictogram", "figure"}
# Issue 10: a step may show a bundled figure (server/static/figures/<name>-<w>x<h>.png).
FIGURE_DIR = SERVER_DIR / "static" / "figures"
_MAX_ID_LEN = 120  # CatalogText.text_id / Step.text_id column width


class CatalogError(ValueError):
    """The catalog files are wrong; the message says where and how to fix it."""


@dataclass(frozen=True)
class StepSpec:
    slug: str
    pictogram: str
    position: int
    text_id: str
    figure: str | None = None  # "figures/<file>.png" under server/static (issue 10)


@dataclass(frozen=True)
class ItemSpec:
    kind: str
    slug: str
    code: str | None
    pictogram: str
    position: int
    steps: tuple[StepSpec, ...]

    @property
    def title_id(self) -> str:
        return f"{self.kind}-{self.slug}-title"

    @property
    def summary_id(self) -> str:
        return f"{self.kind}-{self.slug}-summary"

    def text_ids(self) -> list[str]:
        return [self.title_id, self.summary_id, *(s.text_id for s in self.steps)]


# App labels that are read aloud (the home tiles): kept in catalog.ftl under this
# prefix, so they are catalog texts like steps are, and get speech, review and
# human recordings through the same pipeline.
APP_LABEL_PREFIX = "app-"


def catalog_text_ids(spec: Iterable[ItemSpec]) -> list[str]:
    """Every Fluent message id the catalog structure needs, in file order."""
    return [tid for item in spec for tid in item.text_ids()]


def app_label_ids(source_texts: dict[str, str]) -> list[str]:
    """The spoken app labels present in the Swedish catalog.ftl."""
    return sorted(tid for tid in source_texts if tid.startswith(APP_LABEL_PREFIX))


# ---------------------------------------------------------------- structure


def load_catalog_spec(catalog_file: Path, *, pictogram_dir: Path = PICTOGRAM_DIR) -> list[ItemSpec]:
    """Parse and validate catalog.toml; raise CatalogError naming the first problems."""
    catalog_file = Path(catalog_file)
    try:
        data = tomllib.loads(catalog_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogError(f"{catalog_file}: catalog file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{catalog_file}: not valid TOML: {exc}") from None

    unknown_top = set(data) - {"item"}
    raw_items = data.get("item")
    if unknown_top or not isinstance(raw_items, list) or not raw_items:
        raise CatalogError(
            f"{catalog_file}: expected only [[item]] tables"
            + (f", found {sorted(unknown_top)}" if unknown_top else "")
        )

    errors: list[str] = []
    items: list[ItemSpec] = []
    slugs: set[str] = set()
    codes: set[str] = set()
    text_ids: set[str] = set()

    def pictogram_ok(name: object, where: str) -> bool:
        if not isinstance(name, str) or not _PICTOGRAM_RE.match(name):
            errors.append(f"{where}: pictogram {name!r} must be a snake_case Material icon name")
            return False
        if not (pictogram_dir / f"{name}.svg").is_file():
            errors.append(f"{where}: pictogram {name!r} has no {pictogram_dir / (name + '.svg')}")
            return False
        return True

    for index, raw in enumerate(raw_items, start=1):
        where = f"{catalog_file.name} item {index}"
        if not isinstance(raw, dict):
            errors.append(f"{where}: must be a table")
            continue
        slug = raw.get("slug")
        if isinstance(slug, str):
            where = f"{catalog_file.name} item {index} ({slug})"
        for key in sorted(set(raw) - _ITEM_KEYS):
            errors.append(f"{where}: unknown key {key!r}")
        kind = raw.get("kind")
        if kind not in ITEM_KINDS:
            errors.append(f"{where}: kind {kind!r} must be one of {', '.join(ITEM_KINDS)}")
            continue
        if not isinstance(slug, str) or not _SLUG_RE.match(slug):
            errors.append(f"{where}: slug {slug!r} must be lowercase a-z, 0-9 and dashes")
            continue
        if re.match(r"^o\d+-", slug):
            # Issue 10: "o<organisation id>-" starts the slugs of organisations' own items.
            errors.append(f"{where}: slug {slug!r} must not start with 'o<digits>-'")
        if slug in slugs:
            errors.append(f"{where}: slug {slug!r} is used twice")
        slugs.add(slug)

        code = raw.get("code")
        if kind == "station":
            if not isinstance(code, str) or not _CODE_RE.match(code):
                errors.append(
                    f"{where}: a station needs a code of 1-16 lowercase letters or digits "
                    f"(it goes in the QR URL /s/<code>), got {code!r}"
                )
            elif code in codes:
                errors.append(f"{where}: code {code!r} is used twice")
            else:
                codes.add(code)
        elif code is not None:
            errors.append(f"{where}: only stations have a code ({kind} has code {code!r})")
            code = None
        pictogram_ok(raw.get("pictogram"), where)

        raw_steps = raw.get("step", [])
        if not isinstance(raw_steps, list):
            errors.append(f"{where}: steps must be [[item.step]] tables")
            raw_steps = []
        low, high = STEP_LIMITS[kind]
        if not low <= len(raw_steps) <= high:
            errors.append(f"{where}: a {kind} needs {low} to {high} steps, has {len(raw_steps)}")

        steps: list[StepSpec] = []
        step_slugs: set[str] = set()
        for pos, rs in enumerate(raw_steps):
            swhere = f"{where} step {pos + 1}"
            if not isinstance(rs, dict):
                errors.append(f"{swhere}: must be a table")
                continue
            for key in sorted(set(rs) - _STEP_KEYS):
                errors.append(f"{swhere}: unknown key {key!r}")
            sslug = rs.get("slug")
            if not isinstance(sslug, str) or not _SLUG_RE.match(sslug):
                errors.append(f"{swhere}: slug {sslug!r} must be lowercase a-z, 0-9 and dashes")
                continue
            if sslug in _RESERVED_STEP_SLUGS:
                errors.append(f"{swhere}: slug {sslug!r} is reserved for the item's own texts")
                continue
            if sslug in step_slugs:
                errors.append(f"{swhere}: step slug {sslug!r} is used twice in this item")
                continue
            step_slugs.add(sslug)
            pictogram_ok(rs.get("pictogram"), swhere)
            figure = None
            if "figure" in rs:
                found = sorted(FIGURE_DIR.glob(f"{rs['figure']}-*x*.png"))
                if (
                    not isinstance(rs["figure"], str)
                    or not _SLUG_RE.match(rs["figure"])
                    or not found
                ):
                    errors.append(f"{swhere}: figure {rs['figure']!r} has no file in {FIGURE_DIR}")
                else:
                    figure = f"figures/{found[0].name}"
            steps.append(
                StepSpec(sslug, rs.get("pictogram"), pos, f"{kind}-{slug}-{sslug}", figure)
            )

        item = ItemSpec(kind, slug, code, raw.get("pictogram"), index - 1, tuple(steps))
        for tid in item.text_ids():
            # "a-b" + "c" and "a" + "b-c" give the same id: catch it before the DB does.
            if tid in text_ids:
                errors.append(f"{where}: message id {tid!r} is produced twice")
            if len(tid) > _MAX_ID_LEN:
                errors.append(f"{where}: message id {tid!r} is longer than {_MAX_ID_LEN}")
            text_ids.add(tid)
        items.append(item)

    if errors:
        raise CatalogError(f"{catalog_file}: {len(errors)} problem(s):\n  " + "\n  ".join(errors))
    return items


# ---------------------------------------------------------------- texts


def _plain_text(pattern: ast.Pattern, where: str) -> str:
    """A message value as plain text. Catalog texts are stored and spoken as-is, so
    only literal placeables ({"{"} and the like) make sense; variables cannot be filled."""
    parts: list[str] = []
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            parts.append(element.value)
        elif isinstance(element.expression, ast.StringLiteral):
            parts.append(element.expression.parse()["value"])
        elif isinstance(element.expression, ast.NumberLiteral):
            parts.append(element.expression.value)
        else:
            raise CatalogError(
                f"{where}: catalog texts must be plain text; "
                f"{type(element.expression).__name__} placeables cannot be stored"
            )
    return "".join(parts).strip()


def parse_catalog_ftl(path: Path) -> dict[str, str]:
    """One catalog.ftl as {message id: plain text}; CatalogError on Junk or duplicates."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CatalogError(f"{path}: file not found") from None
    resource = FluentParser(with_spans=True).parse(source)
    texts: dict[str, str] = {}
    problems: list[str] = []
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            line = source.count("\n", 0, entry.span.start) + 1
            notes = "; ".join(a.message for a in entry.annotations) or "cannot parse"
            snippet = entry.content.strip().splitlines()[0][:80] if entry.content.strip() else ""
            problems.append(f"line {line}: {notes}: {snippet!r}")
        elif isinstance(entry, ast.Message):
            msg_id = entry.id.name
            if entry.value is None:
                problems.append(f"{msg_id}: has no text")
            elif msg_id in texts:
                problems.append(f"{msg_id}: defined twice")
            else:
                texts[msg_id] = _plain_text(entry.value, f"{path}: {msg_id}")
    if problems:
        raise CatalogError(f"{path}: " + "\n  ".join(problems))
    return texts


def read_catalog_texts(
    locales_dir: Path, *, languages: Iterable[str] = ALL_LANGUAGES
) -> dict[str, dict[str, str]]:
    """{language: {message id: text}} from locales/<lang>/catalog.ftl for each language."""
    return {lang: parse_catalog_ftl(Path(locales_dir) / lang / CATALOG_FTL) for lang in languages}


# ---------------------------------------------------------------- seeding


@dataclass
class SeedReport:
    items_inserted: int = 0
    items_updated: int = 0
    items_unchanged: int = 0
    steps_inserted: int = 0
    steps_updated: int = 0
    steps_unchanged: int = 0
    steps_deleted: int = 0  # gone from catalog.toml
    steps_retired: int = 0  # gone from catalog.toml but kept: progress events refer to them
    texts_inserted: int = 0
    texts_updated: int = 0
    texts_unchanged: int = 0
    # (text_id, language): the file changed but a reviewed row was kept.
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    # language -> ids the catalog needs that its catalog.ftl lacks (Swedish never: that fails).
    missing: dict[str, list[str]] = field(default_factory=dict)

    @property
    def text_conflicts(self) -> int:
        return len(self.conflicts)

    def summary(self) -> str:
        lines = [
            f"items: {self.items_inserted} new, {self.items_updated} updated, "
            f"{self.items_unchanged} unchanged",
            f"steps: {self.steps_inserted} new, {self.steps_updated} updated, "
            f"{self.steps_unchanged} unchanged, {self.steps_deleted} deleted, "
            f"{self.steps_retired} retired",
            f"texts: {self.texts_inserted} new, {self.texts_updated} updated, "
            f"{self.texts_unchanged} unchanged, {self.text_conflicts} kept (reviewed)",
        ]
        for text_id, lang in self.conflicts:
            lines.append(f"  reviewed text kept, file differs: {lang} {text_id}")
        for lang, ids in self.missing.items():
            lines.append(f"  {lang}: {len(ids)} text(s) missing, e.g. {ids[0]}")
        return "\n".join(lines)

    __str__ = summary


def _set_changed(row, values: dict) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


def _step_has_history(session: Session, step: Step) -> bool:
    query = select(ProgressEvent.id).where(ProgressEvent.step_id == step.id).limit(1)
    return session.exec(query).first() is not None


def seed_catalog(
    *,
    session: Session,
    catalog_file: Path | None = None,
    locales_dir: Path | None = None,
    settings: Settings | None = None,
    languages: Iterable[str] = ALL_LANGUAGES,
    pictogram_dir: Path = PICTOGRAM_DIR,
) -> SeedReport:
    """Upsert the catalog from the files into the database and commit. Safe to rerun.

    Files default to the settings' catalog_file and locales_dir."""
    if catalog_file is None or locales_dir is None:
        settings = settings or get_settings()
        catalog_file = catalog_file or settings.catalog_file
        locales_dir = locales_dir or settings.locales_dir
    languages = list(languages)
    spec = load_catalog_spec(catalog_file, pictogram_dir=pictogram_dir)
    texts = read_catalog_texts(locales_dir, languages=languages)
    source = texts.get(SOURCE_LANGUAGE, {})
    needed = catalog_text_ids(spec) + app_label_ids(source)
    missing_sv = [tid for tid in needed if tid not in source]
    if SOURCE_LANGUAGE in texts and missing_sv:
        raise CatalogError(
            f"{Path(locales_dir) / SOURCE_LANGUAGE / CATALOG_FTL}: Swedish is the source and "
            f"lacks {len(missing_sv)} message(s): {', '.join(missing_sv[:10])}"
        )

    report = SeedReport()
    items = {i.slug: i for i in session.exec(select(CatalogItem)).all()}
    for item_spec in spec:
        values = {
            "kind": item_spec.kind,
            "code": item_spec.code,
            "pictogram": item_spec.pictogram,
            "position": item_spec.position,
            "title_id": item_spec.title_id,
            "summary_id": item_spec.summary_id,
        }
        row = items.get(item_spec.slug)
        if row is None:
            row = CatalogItem(slug=item_spec.slug, **values)
            session.add(row)
            items[item_spec.slug] = row
            report.items_inserted += 1
        elif _set_changed(row, values):
            report.items_updated += 1
        else:
            report.items_unchanged += 1
    session.flush()  # item ids for the steps

    steps_by_item: dict[int, dict[str, Step]] = {}
    for step in session.exec(select(Step)).all():
        steps_by_item.setdefault(step.item_id, {})[step.slug] = step
    for item_spec in spec:
        item = items[item_spec.slug]
        existing = steps_by_item.get(item.id, {})
        wanted = {s.slug: s.position for s in item_spec.steps}
        for st in list(existing.values()):
            if st.slug in wanted:
                continue
            # A step gone from catalog.toml is deleted, unless progress history points
            # at it: then it is kept, parked below 0 where item_steps() does not look.
            if _step_has_history(session, st):
                if st.position >= 0:
                    st.position = -st.id
                    report.steps_retired += 1
            else:
                session.delete(st)
                del existing[st.slug]
                report.steps_deleted += 1
        # Steps may be reordered: park each one whose position changes at a negative
        # position first, so the (item_id, position) constraint never trips half-way.
        moving = {
            st.id for st in existing.values() if st.position != wanted.get(st.slug, st.position)
        }
        for st in existing.values():
            if st.id in moving:
                st.position = -st.id
        session.flush()
        for step_spec in item_spec.steps:
            values = {
                "position": step_spec.position,
                "pictogram": step_spec.pictogram,
                "text_id": step_spec.text_id,
            }
            if step_spec.figure:
                values["photo"] = step_spec.figure
            row = existing.get(step_spec.slug)
            if row is None:
                session.add(Step(item_id=item.id, slug=step_spec.slug, **values))
                report.steps_inserted += 1
            elif _set_changed(row, values) or row.id in moving:
                report.steps_updated += 1
            else:
                report.steps_unchanged += 1
    session.flush()

    rows = {
        (t.text_id, t.language): t
        for t in session.exec(select(CatalogText).where(CatalogText.language.in_(languages)))
    }
    now = utcnow()
    for lang in languages:
        file_texts = texts[lang]
        for text_id in needed:
            text = file_texts.get(text_id)
            if text is None:
                report.missing.setdefault(lang, []).append(text_id)
                continue
            row = rows.get((text_id, lang))
            if row is None:
                status = "source" if lang == SOURCE_LANGUAGE else "draft"
                session.add(
                    CatalogText(text_id=text_id, language=lang, text=text, review_status=status)
                )
                report.texts_inserted += 1
            elif row.text == text:
                report.texts_unchanged += 1
            elif row.review_status == "reviewed":
                report.conflicts.append((text_id, lang))
            else:
                row.text = text
                row.updated_at = now
                report.texts_updated += 1
    session.commit()
    return report


# ---------------------------------------------------------------- reading


def get_station_by_code(*, session: Session, code: str) -> CatalogItem | None:
    """The station behind /s/<code>, matched case-insensitively; None if unknown."""
    code = (code or "").strip().lower()
    if not _CODE_RE.match(code):
        return None  # malformed codes never reach the database
    return session.exec(
        select(CatalogItem).where(CatalogItem.kind == "station", CatalogItem.code == code)
    ).first()


def list_items(*, session: Session, kind: str | None = None) -> list[CatalogItem]:
    """Catalog items in catalog.toml order, optionally of one kind."""
    query = select(CatalogItem)
    if kind is not None:
        if kind not in ITEM_KINDS:
            raise ValueError(f"unknown catalog kind {kind!r}; expected one of {ITEM_KINDS}")
        query = query.where(CatalogItem.kind == kind)
    return list(session.exec(query.order_by(CatalogItem.position, CatalogItem.id)).all())


def item_steps(*, session: Session, item: CatalogItem) -> list[Step]:
    """An item's current steps in order (retired steps, parked below 0, left out)."""
    return list(
        session.exec(
            select(Step).where(Step.item_id == item.id, Step.position >= 0).order_by(Step.position)
        ).all()
    )


def app_label_text_ids(*, session: Session) -> list[str]:
    """The app labels read aloud that the database holds (seeded from catalog.ftl)."""
    return sorted(
        session.exec(
            select(CatalogText.text_id).where(
                CatalogText.language == SOURCE_LANGUAGE,
                CatalogText.text_id.startswith(APP_LABEL_PREFIX),
            )
        )
    )


def texts_for(
    *, session: Session, text_ids: Iterable[str], language: str
) -> dict[str, CatalogText]:
    """{text_id: CatalogText} for those ids that have a text in `language`."""
    ids = list(dict.fromkeys(text_ids))
    if not ids:
        return {}
    rows = session.exec(
        select(CatalogText).where(CatalogText.language == language, CatalogText.text_id.in_(ids))
    ).all()
    return {row.text_id: row for row in rows}
