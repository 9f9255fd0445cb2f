"""What language-support staff did to a text: corrections, reviews, recordings.

CatalogText keeps only the current state (text, review_status, reviewed_by,
reviewed_at); every change is also written here, one row per change, so
"who marked this reviewed, when, and what did it say then" survives later
corrections. Recording uploads and withdrawals are logged here too: AudioClip
keeps created_by but has no field for who withdrew a clip.
"""

from datetime import datetime

from sqlalchemy import DateTime, Text
from sqlmodel import Field, SQLModel

from server.models._time import utcnow

# corrected: the text changed; reviewed / reopened: review_status changed;
# recorded / withdrawn: a human recording was added or taken out of use.
TEXT_EVENT_ACTIONS = ("corrected", "reviewed", "reopened", "recorded", "withdrawn")


class TextEvent(SQLModel, table=True):
    __tablename__ = "text_event"

    id: int | None = Field(default=None, primary_key=True)
    text_id: str = Field(max_length=120, index=True)
    language: str = Field(max_length=5, index=True)
    action: str = Field(max_length=12)
    by: str = Field(max_length=254)  # the coach's email (staff sign in as coaches for now)
    at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True), index=True)
    old_text: str | None = Field(default=None, sa_type=Text)
    new_text: str | None = Field(default=None, sa_type=Text)
    file_name: str | None = Field(default=None, max_length=120)  # recorded / withdrawn


class TextEventPublic(SQLModel):
    action: str
    by: str
    at: datetime
    old_text: str | None = None
    new_text: str | None = None
    file_name: str | None = None
