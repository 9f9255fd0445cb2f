"""Organisations, coaches, participants and their access tokens.

Personal data is kept to what the work needs: a display name or nickname and a
language. No personal identity number, no health data.
"""

from datetime import datetime

from pydantic import EmailStr
from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel

from server.models._time import utcnow



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


class CoachCreate(CoachBase):
    password: str = Field(min_length=10, max_length=200)
    is_admin: bool = False


class CoachPublic(CoachBase):
    id: int
    organisation_id: int
    is_admin: bool


class ParticipantBase(SQLModel):
    display_name: str = Field(min_length=1, max_length=80)
    language: str = Field(max_length=5)


class Participant(ParticipantBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    coach_id: int | None = Field(default=None, foreign_key="coach.id", index=True)
    is_active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class ParticipantCreate(ParticipantBase):
    coach_id: int | None = None


class ParticipantUpdate(SQLModel):
    display_name: str | None = Field(default=None, min_length=1, max_length=80)
    language: str | None = Field(default=None, max_length=5)
    coach_id: int | None = None
    is_active: bool | None = None


class ParticipantPublic(ParticipantBase):
    id: int
    organisation_id: int
    coach_id: int | None
    is_active: bool
    created_at: datetime


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
