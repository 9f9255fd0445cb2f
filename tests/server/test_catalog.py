"""The catalog: its files are complete and well-formed, and seeding is a safe upsert."""

import re
import shutil
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from sqlmodel import Session, func, select

from server.core.config import ALL_LANGUAGES, REPO_ROOT, SOURCE_LANGUAGE
from server.models.catalog import CatalogItem, CatalogText, Step
from server.models.progress import ProgressEvent
from server.services.catalog import (
    PICTOGRAM_DIR,
    CatalogError,
    app_label_ids,
    catalog_text_ids,
    get_station_by_code,
    item_steps,
    list_items,
    load_catalog_spec,
    parse_catalog_ftl,
    read_catalog_texts,
    seed_catalog,
    texts_for,
)
from tests.utils.factories import make_participant

CATALOG_FILE = REPO_ROOT / "server" / "catalog" / "catalog.toml"
LOCALES = REPO_ROOT / "locales"
STATION_CODES = {"gardin", "somnad", "butik", "sortering", "lager"}


@pytest.fixture(scope="module")
def spec():
    return load_catalog_spec(CATALOG_FILE)


@pytest.fixture(scope="module")
def texts():
    return read_catalog_texts(LOCALES)


# ---------------------------------------------------------------- files


def test_spec_has_the_stations_checklists_and_guides(spec):
    by_kind = {k: [i for i in spec if i.kind == k] for k in ("station", "checklist", "guide")}
    assert {i.code for i in by_kind["station"]} >= STATION_CODES
    assert len(by_kind["checklist"]) >= 6
    assert {i.slug for i in by_kind["guide"]} >= {"buss", "rakning"}
    for item in by_kind["station"] + by_kind["checklist"]:
        assert 4 <= len(item.steps) <= 8, item.slug
    for item in spec:
        assert [s.position for s in item.steps] == list(range(len(item.steps)))


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_catalog_ftl_parses_without_junk(lang):
    source = (LOCALES / lang / "catalog.ftl").read_text(encoding="utf-8")
    resource = FluentParser().parse(source)
    junk = [e.content[:60] for e in resource.body if isinstance(e, ast.Junk)]
    assert junk == []
    # one ## group comment per catalog item (and three for the app labels read
    # aloud: home tiles, language names, state messages), so reviewers can find their way
    groups = [e for e in resource.body if isinstance(e, ast.GroupComment)]
    assert len(groups) == len(load_catalog_spec(CATALOG_FILE)) + 3


@pytest.mark.parametrize("lang", [lang for lang in ALL_LANGUAGES if lang != SOURCE_LANGUAGE])
def test_translations_have_exactly_the_swedish_ids_and_say_draft(lang, texts):
    assert set(texts[lang]) == set(texts[SOURCE_LANGUAGE])
    first = (LOCALES / lang / "catalog.ftl").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("### DRAFT") and "native speaker" in first


def test_every_id_the_catalog_needs_exists_in_every_language(spec, texts):
    needed = catalog_text_ids(spec)
    for lang in ALL_LANGUAGES:
        missing = [tid for tid in needed if tid not in texts[lang]]
        assert missing == [], lang
        empty = [tid for tid in needed if not texts[lang][tid].strip()]
        assert empty == [], lang


def test_every_pictogram_is_an_svg_and_a_flet_icon(spec):
    ft = pytest.importorskip("flet")
    names = {i.pictogram for i in spec} | {s.pictogram for i in spec for s in i.steps}
    for name in sorted(names):
        root = ET.parse(PICTOGRAM_DIR / f"{name}.svg").getroot()
        assert root.tag.endswith("svg"), name
        assert getattr(ft.Icons, name.upper(), None) is not None, name
    assert "Apache License" in (PICTOGRAM_DIR / "LICENSE").read_text()


def _script_letters(text: str) -> set[str]:
    """Which scripts the letters of a text belong to (by Unicode name prefix)."""
    scripts = set()
    for ch in text:
        if ch.isalpha():
            scripts.add(unicodedata.name(ch, "?").split()[0])
    return scripts


@pytest.mark.parametrize(
    ("lang", "script"), [("ar", "ARABIC"), ("fa", "ARABIC"), ("ti", "ETHIOPIC"), ("so", "LATIN")]
)
def test_texts_are_written_in_their_own_script(lang, script, texts):
    for msg_id, text in texts[lang].items():
        letters = _script_letters(text)
        assert script in letters, (msg_id, text)
        # Latin letters are allowed beside another script only for names like BankID, OCR.
        others = letters - {script, "LATIN"}
        assert others == set(), (msg_id, others)


def test_persian_uses_persian_letters(texts):
    # Arabic yeh/kaf look alike but break Persian search and speech.
    for msg_id, text in texts["fa"].items():
        assert not re.search("[\u064a\u0643]", text), msg_id
    assert any(re.search("[یکگچپ]", t) for t in texts["fa"].values())


# ---------------------------------------------------------------- validation


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "catalog.toml"
    path.write_text(body, encoding="utf-8")
    return path


def _steps(n: int, pictogram: str = "build") -> str:
    return "".join(f'\n[[item.step]]\nslug = "s{i}"\npictogram = "{pictogram}"\n' for i in range(n))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            '[[item]]\nkind = "station"\nslug = "x"\ncode = "x"\npictogram = "build"\n' + _steps(3),
            "needs 4 to 8 steps, has 3",
        ),
        (
            '[[item]]\nkind = "checklist"\nslug = "x"\npictogram = "build"\n' + _steps(9),
            "needs 4 to 8 steps, has 9",
        ),
        (
            '[[item]]\nkind = "station"\nslug = "x"\npictogram = "build"\n' + _steps(4),
            "a station needs a code",
        ),
        (
            '[[item]]\nkind = "shelf"\nslug = "x"\npictogram = "build"\n' + _steps(4),
            "kind 'shelf' must be one of",
        ),
        (
            '[[item]]\nkind = "guide"\nslug = "x"\npictogram = "no_such_icon"\n' + _steps(4),
            "pictogram 'no_such_icon' has no",
        ),
        (
            '[[item]]\nkind = "guide"\nslug = "x"\npictogram = "build"\n'
            + _steps(4)
            + '[[item]]\nkind = "guide"\nslug = "x"\npictogram = "build"\n'
            + _steps(4),
            "slug 'x' is used twice",
        ),
        (
            '[[item]]\nkind = "guide"\nslug = "x"\npictogram = "build"\ncolour = "red"\n'
            + _steps(4),
            "unknown key 'colour'",
        ),
        ('[[item]]\nkind = "guide"\nslug = "x"\n', "needs 2 to 12 steps"),
        ("[[item]\n", "not valid TOML"),
    ],
)
def test_bad_catalog_files_give_clear_errors(tmp_path, body, message):
    with pytest.raises(CatalogError) as err:
        load_catalog_spec(_write(tmp_path, body))
    assert message in str(err.value)


def test_bad_fluent_gives_the_file_and_line(tmp_path):
    path = tmp_path / "catalog.ftl"
    path.write_text("ok-one = Hej\nbroken line without equals\nok-two = Då\n", encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        parse_catalog_ftl(path)
    assert str(path) in str(err.value) and "line 2" in str(err.value)
    path.write_text("msg = Hej { $name }\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="plain text"):
        parse_catalog_ftl(path)


def test_fluent_literals_become_plain_text(tmp_path):
    path = tmp_path / "catalog.ftl"
    path.write_text('a = Tryck {"{"} här\n    och sedan där\n', encoding="utf-8")
    assert parse_catalog_ftl(path) == {"a": "Tryck { här\noch sedan där"}


# ---------------------------------------------------------------- seeding


def _count(session: Session, model) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def _seed(session, catalog_file=CATALOG_FILE, locales_dir=LOCALES):
    return seed_catalog(session=session, catalog_file=catalog_file, locales_dir=locales_dir)


def test_seed_fills_the_database_and_is_idempotent(session, spec):
    n_steps = sum(len(i.steps) for i in spec)
    # The items' texts, and the home tiles' labels that are read aloud (app-*).
    labels = app_label_ids(parse_catalog_ftl(LOCALES / "sv" / "catalog.ftl"))
    home = [f"app-home-{k}" for k in ("bills", "bus", "checklists", "goals", "stations")]
    names = [f"app-language-{k}" for k in ("ar", "fa", "so", "sv", "ti")]
    assert [x for x in labels if not x.startswith("app-say-")] == home + names
    assert {"app-say-done", "app-say-revoked", "app-say-signin", "app-say-saved"} <= set(labels)
    n_texts = (len(catalog_text_ids(spec)) + len(labels)) * len(ALL_LANGUAGES)

    first = _seed(session)
    assert (first.items_inserted, first.steps_inserted, first.texts_inserted) == (
        len(spec),
        n_steps,
        n_texts,
    )
    counts = (_count(session, CatalogItem), _count(session, Step), _count(session, CatalogText))
    assert counts == (len(spec), n_steps, n_texts)

    second = _seed(session)
    assert (_count(session, CatalogItem), _count(session, Step), _count(session, CatalogText)) == (
        counts
    )
    assert (second.items_inserted, second.steps_inserted, second.texts_inserted) == (0, 0, 0)
    assert (second.items_updated, second.steps_updated, second.texts_updated) == (0, 0, 0)
    assert second.texts_unchanged == n_texts and second.conflicts == []

    statuses = dict(
        session.exec(
            select(CatalogText.language, func.min(CatalogText.review_status)).group_by(
                CatalogText.language
            )
        ).all()
    )
    assert statuses == {
        "sv": "source",
        "en": "draft",
        "ar": "draft",
        "fa": "draft",
        "so": "draft",
        "ti": "draft",
    }


def test_read_helpers_find_stations_steps_and_texts(session, spec):
    _seed(session)
    station = get_station_by_code(session=session, code="GARDIN")
    assert station is not None and station.slug == "gardin"
    assert get_station_by_code(session=session, code="nosuch") is None
    assert get_station_by_code(session=session, code="../etc") is None

    gardin = next(i for i in spec if i.slug == "gardin")
    steps = item_steps(session=session, item=station)
    assert [s.slug for s in steps] == [s.slug for s in gardin.steps]

    texts = texts_for(session=session, text_ids=[s.text_id for s in steps], language="ti")
    assert set(texts) == {s.text_id for s in steps}
    assert _script_letters(texts[steps[0].text_id].text) >= {"ETHIOPIC"}

    assert [i.slug for i in list_items(session=session, kind="station")] == [
        i.slug for i in spec if i.kind == "station"
    ]
    assert len(list_items(session=session)) == len(spec)
    assert texts_for(session=session, text_ids=[], language="sv") == {}


def _edit_ftl(locales_dir: Path, lang: str, msg_id: str, new_text: str) -> None:
    path = locales_dir / lang / "catalog.ftl"
    source = path.read_text(encoding="utf-8")
    changed, n = re.subn(rf"(?m)^{re.escape(msg_id)} = .*$", f"{msg_id} = {new_text}", source)
    assert n == 1
    path.write_text(changed, encoding="utf-8")


def _text(session, text_id, lang) -> CatalogText:
    return session.exec(
        select(CatalogText).where(CatalogText.text_id == text_id, CatalogText.language == lang)
    ).one()


def test_changed_draft_text_is_updated_but_reviewed_text_is_kept(session, tmp_path):
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    _seed(session, locales_dir=locales)

    reviewed = _text(session, "station-gardin-seal", "ar")
    reviewed.review_status = "reviewed"
    reviewed.reviewed_by = "språkstöd"
    reviewed_text = reviewed.text
    session.add(reviewed)
    session.commit()

    _edit_ftl(locales, "ar", "station-gardin-hooks", "اضغط الخطاف في المنزلق.")
    _edit_ftl(locales, "ar", "station-gardin-seal", "نص جديد من الملف.")
    report = _seed(session, locales_dir=locales)

    assert report.texts_updated == 1
    assert report.conflicts == [("station-gardin-seal", "ar")]
    session.expire_all()
    assert _text(session, "station-gardin-hooks", "ar").text == "اضغط الخطاف في المنزلق."
    assert _text(session, "station-gardin-hooks", "ar").review_status == "draft"
    kept = _text(session, "station-gardin-seal", "ar")
    assert (kept.text, kept.review_status) == (reviewed_text, "reviewed")


def _gardin_without_box_and_first_two_swapped(tmp_path: Path) -> Path:
    source = CATALOG_FILE.read_text(encoding="utf-8")
    fetch = '  [[item.step]]\n  slug = "fetch"\n  pictogram = "inventory_2"\n'
    order = '  [[item.step]]\n  slug = "order"\n  pictogram = "assignment"\n'
    box = '\n  [[item.step]]\n  slug = "box"\n  pictogram = "move_to_inbox"\n'
    assert fetch in source and order in source and box in source
    changed = source.replace(fetch, "@@").replace(order, fetch).replace("@@", order)
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(changed.replace(box, ""), encoding="utf-8")
    return catalog


def _gardin_slugs(session) -> list[str]:
    station = get_station_by_code(session=session, code="gardin")
    return [s.slug for s in item_steps(session=session, item=station)]


def test_reordered_and_removed_steps_reseed_cleanly(session, tmp_path):
    _seed(session)
    steps_before = _count(session, Step)

    report = _seed(session, catalog_file=_gardin_without_box_and_first_two_swapped(tmp_path))
    assert (report.steps_deleted, report.steps_retired, report.steps_inserted) == (1, 0, 0)
    assert report.steps_updated == 2  # fetch and order swapped places
    assert _gardin_slugs(session)[:2] == ["order", "fetch"] and "box" not in _gardin_slugs(session)
    assert _count(session, Step) == steps_before - 1

    again = _seed(session)
    assert again.steps_inserted == 1 and _count(session, Step) == steps_before
    assert _gardin_slugs(session)[:2] == ["fetch", "order"] and _gardin_slugs(session)[-1] == "box"


def test_removed_step_with_history_is_kept_out_of_sight(session, tmp_path):
    _seed(session)
    station = get_station_by_code(session=session, code="gardin")
    box = item_steps(session=session, item=station)[-1]
    participant = make_participant(session)
    session.add(
        ProgressEvent(
            event_id=str(uuid.uuid4()),
            participant_id=participant.id,
            kind="step_ticked",
            item_id=station.id,
            step_id=box.id,
            device_time=datetime.now(UTC),
        )
    )
    session.commit()
    box_id = box.id

    report = _seed(session, catalog_file=_gardin_without_box_and_first_two_swapped(tmp_path))
    assert (report.steps_retired, report.steps_deleted) == (1, 0)
    assert "box" not in _gardin_slugs(session)
    assert _seed(session, catalog_file=tmp_path / "catalog.toml").steps_retired == 0

    # Back in the catalog: the same row (and its history) returns, nothing is duplicated.
    again = _seed(session)
    assert again.steps_inserted == 0
    assert item_steps(session=session, item=station)[-1].id == box_id


def test_seed_refuses_when_swedish_source_lacks_a_text(session, tmp_path):
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    path = locales / "sv" / "catalog.ftl"
    path.write_text(
        re.sub(r"(?m)^station-lager-pack = .*\n", "", path.read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    with pytest.raises(CatalogError, match="station-lager-pack"):
        _seed(session, locales_dir=locales)
    assert _count(session, CatalogItem) == 0
