"""Organisations, coaches, participants and their access tokens.

Personal data is kept to what the work needs: a display name or nickname and a
language. No personal identity number, no health data.
"""

from datetime import UTC, date, datetime

from pydantic import EmailStr, computed_field, field_validator
from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel

from server.core.config import ALL_LANGUAGES
from server.models._ids import Id
from server.models._time import utcnow


def check_language(value: str) -> str:
    """One of the languages Stegvis speaks, else a message that lists them.

    Used as a "before" validator, so this message wins over the column's max_length.
    """
    if value is not None and value not in ALL_LANGUAGES:
        raise ValueError(f"unknown language {value!r}: use one of {', '.join(ALL_LANGUAGES)}")
    return value


def as_utc(value: datetime) -> datetime:
    """The same instant in UTC. SQLite hands back naive datetimes (they are UTC);
    PostgreSQL hands back the connection's time zone."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def check_display_name(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("display name must not be empty")
    return value


class Organisation(SQLModel, table=True):
    """A municipality's labour-market unit."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    slug: str = Field(max_length=80, unique=True, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class OrganisationPublic(SQLModel):
    id: int
    name: str
    slug: str


class CoachBase(SQLModel):
    email: EmailStr = Field(max_length=254)
    display_name: str = Field(max_length=120)


class Coach(CoachBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True, index=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    password_hash: str = Field(max_length=255)
    is_admin: bool = False
    is_active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    # Issue 10: roles. An account may hold several. is_admin is the organisation
    # admin; is_coach works with participants; language support changes texts,
    # reviews and recordings of the organisation's own items. Library editors
    # change the shared library: granted only from the command line, never by an
    # organisation, so the library stays read-only to organisations.
    is_coach: bool = True
    is_language_support: bool = False
    is_library_editor: bool = False


# Issue 10: role names as the API and the client show them.
ROLES = ("admin", "coach", "language_support", "library_editor")
ROLE_FIELDS = {
    "admin": "is_admin",
    "coach": "is_coach",
    "language_support": "is_language_support",
    "library_editor": "is_library_editor",
}


def roles_of(coach) -> list[str]:
    return [role for role, attr in ROLE_FIELDS.items() if getattr(coach, attr, False)]


class CoachCreate(CoachBase):
    password: str = Field(min_length=10, max_length=200)
    is_admin: bool = False
    is_coach: bool = True
    is_language_support: bool = False


class CoachUpdate(SQLModel):
    """What an organisation admin may change about a coach (only what is sent)."""

    display_name: str | None = Field(default=None, min_length=1, max_length=120)
    is_admin: bool | None = None
    is_active: bool | None = None
    is_coach: bool | None = None  # issue 10: roles
    is_language_support: bool | None = None

    @field_validator(
        "display_name", "is_admin", "is_active", "is_coach", "is_language_support", mode="before"
    )
    @classmethod
    def _not_null(cls, value):
        if value is None:
            raise ValueError("may be left out but not set to null")
        return value

    _display_name = field_validator("display_name")(check_display_name)


class CoachPublic(CoachBase):
    id: int
    organisation_id: int
    is_admin: bool
    is_active: bool
    # Issue 10: roles (the flags, and their names as a list).
    is_coach: bool = True
    is_language_support: bool = False
    is_library_editor: bool = False

    @computed_field
    @property
    def roles(self) -> list[str]:
        return roles_of(self)


# --- issue 5 (coach side): what ESF follow-up reporting needs, and no more -----
# Gender is asked only because ESF reports count participants and exits by it;
# "unspecified" is a valid answer and the default when not asked.
GENDERS = ("woman", "man", "non_binary", "unspecified")
# The ESF exit reasons used in the seeds (avslutsorsaker).
EXIT_REASONS = ("work", "studies", "work_practice", "seeking_work", "other")


def check_gender(value: str | None) -> str | None:
    if value is not None and value not in GENDERS:
        raise ValueError(f"unknown gender {value!r}: use one of {', '.join(GENDERS)}")
    return value


class ParticipantBase(SQLModel):
    display_name: str = Field(min_length=1, max_length=80)
    language: str = Field(max_length=5)


class Participant(ParticipantBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    coach_id: int | None = Field(default=None, foreign_key="coach.id", index=True)
    is_active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    # Issue 5: ESF follow-up. Exit = left the programme (also deactivates).
    gender: str = Field(default="unspecified", max_length=12)
    exit_reason: str | None = Field(default=None, max_length=16)
    exited_at: date | None = None
    # Set when the participant's data was erased on request: the row stays,
    # anonymised, so past aggregated reports keep their counts.
    erased_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class ParticipantCreate(ParticipantBase):
    # Left out: the coach who enrols the participant becomes their coach.
    coach_id: Id | None = None
    gender: str | None = None  # issue 5; see GENDERS

    _gender = field_validator("gender", mode="before")(check_gender)

    _language = field_validator("language", mode="before")(check_language)
    _display_name = field_validator("display_name")(check_display_name)


class ParticipantUpdate(SQLModel):
    display_name: str | None = Field(default=None, min_length=1, max_length=80)
    language: str | None = Field(default=None, max_length=5)
    coach_id: Id | None = None  # explicit null: no coach assigned
    is_active: bool | None = None
    gender: str | None = None  # issue 5; see GENDERS

    @field_validator("display_name", "language", "is_active", "gender", mode="before")
    @classmethod
    def _not_null(cls, value):
        # Only fields that are sent get here; null would blank a required column.
        if value is None:
            raise ValueError("may be left out but not set to null")
        return value

    _language = field_validator("language", mode="before")(check_language)
    _display_name = field_validator("display_name")(check_display_name)
    _gender = field_validator("gender")(check_gender)


class ParticipantPublic(ParticipantBase):
    id: int
    organisation_id: int
    coach_id: int | None
    is_active: bool
    created_at: datetime
    # Issue 5 (ESF follow-up).
    gender: str = "unspecified"
    exit_reason: str | None = None
    exited_at: date | None = None

    _created_at = field_validator("created_at")(as_utc)


class AccessToken(SQLModel, table=True):
    """A bearer token: a coach's session or a participant's device sign-in.

    Only a SHA-256 of the token is stored, so a database dump signs nobody in.
    Exactly one of coach_id / participant_id is set.
    """

    __tablename__ = "access_token"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True, index=True)
    coach_id: int | None = Field(default=None, foreign_key="coach.id", index=True)
    participant_id: int | None = Field(default=None, foreign_key="participant.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    expires_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    revoked_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


# --- API request/response shapes (no tables) ---------------------------------


class LoginRequest(SQLModel):
    # A plain string, not EmailStr: a malformed address gets the same 401 as a
    # wrong one, so the answer never tells which part was wrong.
    email: str = Field(max_length=254)
    password: str = Field(max_length=200)


class LoginResponse(SQLModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    coach: CoachPublic
    # Issue 12: this browser's or app's device token; send it back on later sign-ins
    # (X-Stegvis-Device header; browsers get it as a cookie) to be let through while
    # someone else's guessing slows the account down.
    device_token: str | None = None

    _expires_at = field_validator("expires_at")(as_utc)


class ParticipantSignIn(SQLModel):
    """What the client sends after scanning a participant's sign-in card."""

    token: str = Field(min_length=1, max_length=200)


class ParticipantProfile(SQLModel):
    """What a participant's own device may know about them: no more than it needs."""

    id: int
    display_name: str
    language: str


class ParticipantTokenPublic(SQLModel):
    """A freshly issued sign-in token: shown once (for the card), stored only as a hash."""

    token: str
    participant_id: int
    issued_at: datetime
    expires_at: datetime | None = None  # issue 12: cards have a lifetime

    _issued_at = field_validator("issued_at")(as_utc)
    _expires_at = field_validator("expires_at")(lambda v: as_utc(v) if v else v)


class CardStatus(SQLModel):
    """Issue 12: the participant's current sign-in card, without its token."""

    participant_id: int
    issued_at: datetime
    expires_at: datetime | None
    expired: bool

    _issued_at = field_validator("issued_at")(as_utc)
    _expires_at = field_validator("expires_at")(lambda v: as_utc(v) if v else v)
