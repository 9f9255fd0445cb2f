"""Who may change what (issue 10).

Content (catalog items, steps, texts in every language, reviews, recordings)
belongs to an organisation, or to the shared library (organisation_id None).

- An organisation's content is changed by its admins and its language-support
  staff, nobody else: a plain coach reads it, another organisation does not see it.
- The library is read-only to organisations. Library editors (a role granted
  only from the command line, `stegvis create-coach --library-editor`) keep it.
- Participant data needs the coach (or admin) role: a language-support-only
  account sees texts, not people.

A text's owner is the owner of the item it belongs to (its title, summary or
a step); texts that belong to no item (the spoken app labels, language names)
are library texts.
"""

from dataclasses import dataclass

from sqlmodel import Session, or_, select

from server.models import CatalogItem, Coach, Step


class Forbidden(Exception):
    status_code = 403

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


LIBRARY_READ_ONLY = (
    "This belongs to the shared library, which organisations cannot change: "
    "copy the item to your organisation and change the copy."
)
OTHER_ORGANISATION = "This belongs to another organisation."
NEEDS_ROLE = (
    "Only your organisation's admins and language-support staff change texts, "
    "reviews, recordings and stations."
)


@dataclass(frozen=True)
class Owner:
    organisation_id: int | None  # None: the shared library
    item: CatalogItem | None = None

    @property
    def is_library(self) -> bool:
        return self.organisation_id is None


LIBRARY = Owner(None)


def text_owners(*, session: Session) -> dict[str, Owner]:
    """text_id -> Owner for every text that belongs to an item (others: the library)."""
    items = {i.id: i for i in session.exec(select(CatalogItem))}
    out: dict[str, Owner] = {}
    for item in items.values():
        owner = Owner(item.organisation_id, item)
        out[item.title_id] = owner
        if item.summary_id:
            out[item.summary_id] = owner
    for step_text_id, item_id in session.exec(select(Step.text_id, Step.item_id)):
        item = items.get(item_id)
        if item is not None:
            out[step_text_id] = Owner(item.organisation_id, item)
    return out


def is_coach(coach: Coach) -> bool:
    """Works with participants: the coach role, or an admin."""
    return bool(coach.is_coach or coach.is_admin)


def is_content_editor(coach: Coach) -> bool:
    """May change their own organisation's content."""
    return bool(coach.is_admin or coach.is_language_support)


def item_owner(item: CatalogItem) -> Owner:
    return Owner(item.organisation_id, item)


def text_owner(*, session: Session, text_id: str) -> Owner:
    """The owner of the item a text belongs to; the library for texts of no item."""
    item = session.exec(
        select(CatalogItem)
        .join(Step, Step.item_id == CatalogItem.id)
        .where(Step.text_id == text_id)
    ).first()
    if item is None:
        item = session.exec(
            select(CatalogItem).where(
                or_(CatalogItem.title_id == text_id, CatalogItem.summary_id == text_id)
            )
        ).first()
    return Owner(item.organisation_id if item else None, item)


def can_see(coach: Coach, owner: Owner) -> bool:
    return owner.is_library or owner.organisation_id == coach.organisation_id


def can_change(coach: Coach, owner: Owner) -> bool:
    if owner.is_library:
        return bool(coach.is_library_editor)
    return owner.organisation_id == coach.organisation_id and is_content_editor(coach)


def ensure_can_change(coach: Coach, owner: Owner) -> None:
    """Raise Forbidden with a sentence saying why, unless the coach may change it."""
    if can_change(coach, owner):
        return
    if owner.is_library:
        raise Forbidden(LIBRARY_READ_ONLY)
    if owner.organisation_id != coach.organisation_id:
        raise Forbidden(OTHER_ORGANISATION)
    raise Forbidden(NEEDS_ROLE)


def ensure_can_change_text(*, session: Session, coach: Coach, text_id: str) -> Owner:
    owner = text_owner(session=session, text_id=text_id)
    ensure_can_change(coach, owner)
    return owner


def ensure_can_see_text(*, session: Session, coach: Coach, text_id: str) -> Owner:
    owner = text_owner(session=session, text_id=text_id)
    if not can_see(coach, owner):
        raise Forbidden(OTHER_ORGANISATION)
    return owner


def visible_item_filter(organisation_id: int | None):
    """A where-clause: the organisation's items and the library's (library only for None)."""
    if organisation_id is None:
        return CatalogItem.organisation_id.is_(None)
    return or_(
        CatalogItem.organisation_id.is_(None), CatalogItem.organisation_id == organisation_id
    )
