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
# recorded / withdrawn: a human recording was added or taken out of use;
# approved / rejected: a computer-voice clip was listened to and judged.
TEXT_EVENT_ACTIONS = (
    "corrected",
    "reviewed",
    "reopened",
    "recorded",
    "withdrawn",
    "approved",
    "rejected",
)
CLIP_DECISIONS = ("approved", "rejected")


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


class ClipReview(SQLModel, table=True):
    """A language-support member's verdict on one computer-voice clip.

    Tied to the exact audio: one row per AudioClip (whose file name hashes the
    text, the voice and its rules), plus the sha256 of the file's bytes as they
    were heard. A changed text or rule makes a new clip with no verdict; a file
    made again with other bytes loses its verdict (server.services.clip_review).
    The history of verdicts is in TextEvent (approved / rejected).
    """

    __tablename__ = "clip_review"

    id: int | None = Field(default=None, primary_key=True)
    clip_id: int = Field(foreign_key="audio_clip.id", unique=True, index=True)
    text_id: str = Field(max_length=120, index=True)
    language: str = Field(max_length=5, index=True)
    decision: str = Field(max_length=10)  # approved | rejected
    audio_sha: str = Field(max_length=64)
    by: str = Field(max_length=254)
    at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    note: str | None = Field(default=None, sa_type=Text)  # why rejected, for the next person
