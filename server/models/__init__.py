"""All table models, imported here so SQLModel.metadata (and Alembic) sees them."""

from sqlmodel import SQLModel

# Set before any table is declared: constraint names are fixed when a table is
# built. Stable names across SQLite and PostgreSQL let Alembic revisions
# (render_as_batch on SQLite) refer to them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

from server.models.accounts import (  # noqa: F401
    AccessToken,
    Coach,
    CoachCreate,
    CoachPublic,
    Organisation,
    OrganisationPublic,
    Participant,
    ParticipantCreate,
    ParticipantPublic,
    ParticipantUpdate,
)
from server.models.catalog import (  # noqa: F401
    AudioClip,
    CatalogItem,
    CatalogText,
    Step,
)
from server.models.coaching import (  # noqa: F401, E402  (issue 5: the coach's side)
    AuditEntry,
    DailyCount,
    Goal,
    ParticipantDay,
    ParticipantItemStat,
    ParticipantStepStat,
    ParticipantStepState,
    ParticipantSummary,
    ScaleRating,
    SubGoal,
)
from server.models.login import KnownDevice, LoginThrottle  # noqa: F401, E402  (issue 12)
from server.models.progress import PendingEvent, ProgressEvent  # noqa: F401
from server.models.review import ClipReview, TextEvent, TextEventPublic  # noqa: F401
