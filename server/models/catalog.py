"""The catalog: stations, checklists and guides, their steps, texts and audio.

Structure (which items, which steps, which pictogram) is seeded from
server/catalog/catalog.toml; texts from locales/<lang>/catalog.ftl. At run time
the database is the truth, so language-support staff can correct and review
texts without a deploy.
"""

from datetime import datetime

from sqlalchemy import DateTime, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from server.models._time import utcnow

ITEM_KINDS = ("station", "checklist", "guide")
REVIEW_STATUSES = ("source", "draft", "reviewed")


class CatalogItem(SQLModel, table=True):
    __tablename__ = "catalog_item"

    id: int | None = Field(default=None, primary_key=True)
    # Issue 10: the owning organisation; None is the shared library (seeded from
    # catalog.toml, read-only to organisations). Slugs and station codes stay unique
    # across all organisations, so /s/<code> resolves to exactly one item.
    organisation_id: int | None = Field(default=None, foreign_key="organisation.id", index=True)
    copied_from_id: int | None = Field(default=None, foreign_key="catalog_item.id")
    slug: str = Field(max_length=60, unique=True, index=True)
    kind: str = Field(max_length=16, index=True)
    # Stations only: the short code printed in the QR URL (/s/<code>).
    code: str | None = Field(default=None, max_length=16, unique=True, index=True)
    pictogram: str = Field(max_length=40)
    position: int = 0
    title_id: str = Field(max_length=120)  # Fluent message id of the title
    summary_id: str | None = Field(default=None, max_length=120)


class Step(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("item_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="catalog_item.id", index=True)
    slug: str = Field(max_length=60)
    position: int
    pictogram: str = Field(max_length=40)
    text_id: str = Field(max_length=120, unique=True, index=True)  # Fluent message id
    # Issue 10: a photo of the real station's part (file name under settings.photo_dir),
    # shown instead of the pictogram when set.
    photo: str | None = Field(default=None, max_length=80)


class CatalogText(SQLModel, table=True):
    """One catalog text in one language, with its review state."""

    __tablename__ = "catalog_text"
    __table_args__ = (UniqueConstraint("text_id", "language"),)

    id: int | None = Field(default=None, primary_key=True)
    text_id: str = Field(max_length=120, index=True)
    language: str = Field(max_length=5, index=True)
    text: str = Field(sa_type=Text)
    # "source" for Swedish; everything we translate starts as "draft".
    review_status: str = Field(default="draft", max_length=10)
    reviewed_by: str | None = Field(default=None, max_length=120)
    reviewed_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class AudioClip(SQLModel, table=True):
    """One audio file for one text in one language, from one source.

    The file name is a hash of (language, text, voice), so a changed text gets a
    new file and an unchanged one is never regenerated. Several clips may exist
    for the same text: the best source wins when pages are rendered.
    """

    __tablename__ = "audio_clip"

    id: int | None = Field(default=None, primary_key=True)
    text_id: str = Field(max_length=120, index=True)
    language: str = Field(max_length=5, index=True)
    text_sha: str = Field(max_length=64)  # sha256 of the text the clip speaks
    source: str = Field(max_length=10)  # "human" | "gtts" | "espeak"
    voice: str = Field(max_length=60)
    file_name: str = Field(max_length=120, unique=True)
    byte_size: int
    duration_ms: int
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    created_by: str | None = Field(default=None, max_length=120)
    withdrawn_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
