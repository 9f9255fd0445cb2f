"""What participants did: progress events made on their devices.

Each event carries an id the device made (a UUID) and the device's clock. The
unique constraint on `event_id` is what makes a batch sent twice count once,
whatever the timing of the two requests (the insert is ON CONFLICT DO NOTHING).
"""

from datetime import datetime

from sqlalchemy import DateTime, Index
from sqlmodel import Field, SQLModel

from server.models._time import utcnow

EVENT_KINDS = (
    "step_ticked",
    "step_unticked",
    "checklist_completed",
    "guide_finished",
    "station_opened",
    "audio_played",
)


class ProgressEvent(SQLModel, table=True):
    __tablename__ = "progress_event"
    # The coach's views and the participant's own read-back both filter by
    # participant and order by time.
    __table_args__ = (Index("ix_progress_event_participant_time", "participant_id", "device_time"),)

    id: int | None = Field(default=None, primary_key=True)
    # Canonical lowercase UUID text: the same on SQLite and PostgreSQL.
    event_id: str = Field(max_length=36, unique=True)
    # (indexed as the first column of ix_progress_event_participant_time)
    participant_id: int = Field(foreign_key="participant.id")
    # Not indexed: six values, no query by kind alone, and an index on it led
    # PostgreSQL's planner to scan every stored tick when folding a few new ones.
    kind: str = Field(max_length=24)
    item_id: int | None = Field(default=None, foreign_key="catalog_item.id", index=True)
    step_id: int | None = Field(default=None, foreign_key="step.id")
    language: str | None = Field(default=None, max_length=5)
    # audio_played: how far the participant listened, in milliseconds.
    listened_ms: int | None = None
    device_time: datetime = Field(sa_type=DateTime(timezone=True))
    received_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class PendingEvent(SQLModel, table=True):
    """An event stored but not yet folded into the coach's rollups: the rollup worker's
    queue (server/services/rollups.py: apply_pending). On PostgreSQL the ingest adds a
    row here in the statement that stores the event; the fold deletes it in the
    transaction that counts the event. Events stored any other way have no row here:
    they are counted by a rebuild.

    A table apart, not a flag on the event: setting a flag rewrote every stored event
    once more, with a new entry in each of its indexes (PostgreSQL cannot update an
    indexed column in place), the costliest step of the ingest. No foreign key: the
    fold joins the events, so a row whose event was erased folds nothing, and the
    ingest spares a key check per event."""

    __tablename__ = "progress_event_pending"

    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})  # the event's
