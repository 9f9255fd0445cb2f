"""Organisations, coaches and participants: the database logic behind the API and the CLI.

Every function is keyword-only and takes the session. Functions that read or
change a participant on a coach's behalf take the coach's organisation, so the
rule "a coach sees only their organisation's data" lives here, once.
"""

import re
from datetime import UTC, datetime

from pydantic import EmailStr, TypeAdapter, ValidationError
from sqlalchemy import func
from sqlmodel import Session, col, select

from server.core.config import ALL_LANGUAGES
from server.core.security import hash_password, verify_password
from server.models import AccessToken, Coach, Organisation, Participant, ParticipantUpdate
from server.models.accounts import CoachUpdate

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 200
_SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
_email = TypeAdapter(EmailStr)

# Verified against when the email is unknown, so a wrong email costs as much
# time as a wrong password and the timing does not tell them apart.
_DUMMY_HASH = hash_password("stegvis-timing-equaliser")


class AccountError(ValueError):
    """Bad input for an account operation; the message is meant for people.

    `field` names the input at fault, so the API can point at it.
    """

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.field = field


class DuplicateError(AccountError):
    """The email or slug is taken."""


class WeakPasswordError(AccountError):
    """The password does not meet the minimum rules."""

    def __init__(self, message: str):
        super().__init__(message, field="password")


# --- organisations -------------------------------------------------------------


def create_organisation(*, session: Session, name: str, slug: str) -> Organisation:
    name = name.strip()
    slug = slug.strip().lower()
    if not name or len(name) > 200:
        raise AccountError("Organisation name must be 1 to 200 characters.", field="name")
    if not _SLUG.match(slug):
        raise AccountError(
            f"Organisation short name {slug!r} is not valid: use lower-case letters a-z, "
            "digits and hyphens (e.g. arvika-ame), at most 80 characters.",
            field="slug",
        )
    if session.exec(select(Organisation).where(Organisation.slug == slug)).first():
        raise DuplicateError(
            f"An organisation with the short name {slug!r} already exists.", field="slug"
        )
    org = Organisation(name=name, slug=slug)
    session.add(org)
    session.commit()
    session.refresh(org)
    return org


# --- coaches -------------------------------------------------------------------


def normalise_email(email: str) -> str:
    return email.strip().lower()


def check_password(password: str, *, email: str = "", display_name: str = "") -> None:
    """Raise WeakPasswordError unless the password is long enough and not trivially guessable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPasswordError(
            f"The password is too short: use at least {MIN_PASSWORD_LENGTH} characters."
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise WeakPasswordError(
            f"The password is too long: at most {MAX_PASSWORD_LENGTH} characters."
        )
    lowered = password.lower()
    if len(set(password)) < 4:
        raise WeakPasswordError(
            "The password repeats too few characters: choose a less simple one."
        )
    for part in (email, email.split("@")[0], display_name):
        if part and lowered == part.strip().lower():
            raise WeakPasswordError("The password must not be the email address or the name.")


def create_coach(
    *,
    session: Session,
    organisation: Organisation,
    email: str,
    display_name: str,
    password: str,
    is_admin: bool = False,
    is_coach: bool = True,
    is_language_support: bool = False,
    is_library_editor: bool = False,
) -> Coach:
    email = normalise_email(email)
    display_name = display_name.strip()
    try:
        _email.validate_python(email)
    except ValidationError:
        raise AccountError(f"{email!r} is not a valid email address.", field="email") from None
    if not display_name or len(display_name) > 120:
        raise AccountError("The coach's name must be 1 to 120 characters.", field="display_name")
    check_password(password, email=email, display_name=display_name)
    if session.exec(select(Coach).where(Coach.email == email)).first():
        raise DuplicateError(f"A coach with the email {email} already exists.", field="email")
    coach = Coach(
        email=email,
        display_name=display_name,
        organisation_id=organisation.id,
        password_hash=hash_password(password),
        is_admin=is_admin,
        is_coach=is_coach,
        is_language_support=is_language_support,
        is_library_editor=is_library_editor,
    )
    session.add(coach)
    session.commit()
    session.refresh(coach)
    # Commit expired the organisation too; reload it so callers (the CLI prints
    # its name after closing the session) can still read it.
    session.refresh(organisation)
    return coach


def authenticate_coach(*, session: Session, email: str, password: str) -> Coach | None:
    """The active coach with this email and password, or None whichever part is wrong."""
    coach = session.exec(select(Coach).where(Coach.email == normalise_email(email))).first()
    if coach is None:
        verify_password(password, _DUMMY_HASH)
        return None
    if not verify_password(password, coach.password_hash) or not coach.is_active:
        return None
    return coach


def list_coaches(*, session: Session, organisation_id: int) -> list[Coach]:
    return list(
        session.exec(
            select(Coach)
            .where(Coach.organisation_id == organisation_id)
            .order_by(Coach.display_name, Coach.id)
        ).all()
    )


def get_coach(*, session: Session, organisation_id: int, coach_id: int) -> Coach | None:
    """The coach if they belong to this organisation; None otherwise (no hint which)."""
    coach = session.get(Coach, coach_id)
    if coach is None or coach.organisation_id != organisation_id:
        return None
    return coach


def update_coach(*, session: Session, coach: Coach, data: CoachUpdate, by: Coach) -> Coach:
    """An admin's change to a coach of their organisation. Deactivation ends every
    session of that coach at once. Admins cannot demote or deactivate themselves,
    so an organisation is never left without an admin by accident."""
    changes = data.model_dump(exclude_unset=True)
    if coach.id == by.id and (
        changes.get("is_admin") is False or changes.get("is_active") is False
    ):
        raise AccountError(
            "You cannot remove your own admin rights or deactivate yourself: "
            "ask another admin of your organisation.",
            field="is_admin" if "is_admin" in changes else "is_active",
        )
    role_changes = {
        f: v for f, v in changes.items() if f.startswith("is_") and getattr(coach, f) != v
    }
    for field, value in changes.items():
        setattr(coach, field, value)
    session.add(coach)
    if role_changes:
        from server.services import audit  # issue 10: role changes are audited

        subject = f"coach {coach.id}: " + ", ".join(f"{f}={v}" for f, v in role_changes.items())
        audit.record(session=session, coach=by, action="roles_changed", subject=subject)
    session.commit()
    if changes.get("is_active") is False:
        revoke_coach_tokens(session=session, coach_id=coach.id)
    session.refresh(coach)
    return coach


def revoke_coach_tokens(*, session: Session, coach_id: int) -> int:
    """Sign a coach out everywhere: every live session token is revoked."""
    now = datetime.now(UTC)
    rows = session.exec(
        select(AccessToken).where(
            AccessToken.coach_id == coach_id, col(AccessToken.revoked_at).is_(None)
        )
    ).all()
    for row in rows:
        row.revoked_at = now
        session.add(row)
    session.commit()
    return len(rows)


# --- participants --------------------------------------------------------------


def _coach_in_org(*, session: Session, coach_id: int, organisation_id: int) -> Coach:
    coach = session.get(Coach, coach_id)
    if coach is None or coach.organisation_id != organisation_id:
        # Same message whether the coach is elsewhere or nowhere.
        raise AccountError(
            f"coach_id {coach_id} is not a coach of your organisation.", field="coach_id"
        )
    return coach


def create_participant(
    *,
    session: Session,
    organisation: Organisation,
    display_name: str,
    language: str,
    coach: Coach | None = None,
) -> Participant:
    display_name = display_name.strip()
    if not display_name or len(display_name) > 80:
        raise AccountError("The display name must be 1 to 80 characters.", field="display_name")
    if language not in ALL_LANGUAGES:
        raise AccountError(
            f"Unknown language {language!r}: use one of {', '.join(ALL_LANGUAGES)}.",
            field="language",
        )
    if coach is not None and coach.organisation_id != organisation.id:
        raise AccountError(
            f"coach_id {coach.id} is not a coach of your organisation.", field="coach_id"
        )
    participant = Participant(
        display_name=display_name,
        language=language,
        organisation_id=organisation.id,
        coach_id=coach.id if coach else None,
    )
    session.add(participant)
    session.commit()
    session.refresh(participant)
    return participant


def enrol_participant(
    *, session: Session, by: Coach, display_name: str, language: str, coach_id: int | None
) -> Participant:
    """A participant in the enrolling coach's organisation; their coach unless another is named."""
    organisation = session.get(Organisation, by.organisation_id)
    coach = (
        by
        if coach_id is None
        else _coach_in_org(session=session, coach_id=coach_id, organisation_id=by.organisation_id)
    )
    return create_participant(
        session=session,
        organisation=organisation,
        display_name=display_name,
        language=language,
        coach=coach,
    )


def get_participant(
    *, session: Session, organisation_id: int, participant_id: int
) -> Participant | None:
    """The participant if they belong to this organisation; None otherwise (no hint which)."""
    participant = session.get(Participant, participant_id)
    if participant is None or participant.organisation_id != organisation_id:
        return None
    return participant


def list_participants(
    *,
    session: Session,
    organisation_id: int,
    q: str | None = None,
    active: bool | None = None,
    coach_id: int | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[Participant]:
    stmt = select(Participant).where(Participant.organisation_id == organisation_id)
    if q and q.strip():
        # Escape LIKE wildcards so a name with % or _ is searched literally. ILIKE is
        # case-blind for all scripts on PostgreSQL, for ASCII on SQLite.
        needle = q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(col(Participant.display_name).ilike(f"%{needle}%", escape="\\"))
    if active is not None:
        stmt = stmt.where(Participant.is_active == active)
    if coach_id is not None:
        stmt = stmt.where(Participant.coach_id == coach_id)
    stmt = stmt.order_by(func.lower(Participant.display_name), Participant.id)
    return list(session.exec(stmt.offset(offset).limit(limit)).all())


def update_participant(
    *, session: Session, participant: Participant, data: ParticipantUpdate
) -> Participant:
    changes = data.model_dump(exclude_unset=True)
    if changes.get("coach_id") is not None:
        _coach_in_org(
            session=session,
            coach_id=changes["coach_id"],
            organisation_id=participant.organisation_id,
        )
    for field, value in changes.items():
        setattr(participant, field, value)
    session.add(participant)
    session.commit()
    session.refresh(participant)
    return participant
