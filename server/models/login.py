"""Issue 12: what the sign-in limiter keeps, in the database so every server process
shares it and a restart forgets nothing."""

from datetime import datetime

from sqlalchemy import DateTime, UniqueConstraint
from sqlmodel import Field, SQLModel

from server.models._time import utcnow


class LoginThrottle(SQLModel, table=True):
    """Failed sign-ins in a row for one account (email), client address, or known device."""

    __tablename__ = "login_throttle"
    __table_args__ = (UniqueConstraint("scope", "key", name="uq_login_throttle_scope_key"),)

    id: int | None = Field(default=None, primary_key=True)
    scope: str = Field(max_length=8)  # account | address | device
    key: str = Field(max_length=254)  # normalised email | address | device token's SHA-256
    failures: int = 0
    last_failure_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    blocked_until: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class KnownDevice(SQLModel, table=True):
    """A browser (or app) a coach has signed in from before: its device token, as a hash.

    A correct password from a known device is admitted even while the account
    or the office's address is being slowed down by someone else's guessing.
    """

    __tablename__ = "known_device"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True, index=True)
    coach_id: int = Field(foreign_key="coach.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    last_used_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
