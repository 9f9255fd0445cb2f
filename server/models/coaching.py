"""The coach's side (issue 5): rollups of progress, goal plans, step-movement scales, audit.

Rollups
-------
Coaches' pages must cost what they show, not what was ever stored, so the
progress events are folded, in the same transaction as the ingest, into:

- `ParticipantSummary`: one row per participant (the participant list's columns);
- `ParticipantItemStat`: per participant and catalog item (checklist/guide/station);
- `ParticipantStepStat`: per participant, step and language (plays, listening);
- `ParticipantStepState`: per participant and step, whether it is ticked now;
- `ParticipantDay`: per participant and UTC day (the "progress over time" chart);
- `DailyCount`: per organisation, UTC day, item, kind and language (reports).

The first five are personal data and go with an erasure; `DailyCount` has no
participant in it and stays, so past reports keep their numbers.
`server.services.rollups` keeps them; `rebuild_rollups` recomputes them.
"""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, DateTime, Index
from sqlmodel import Field, SQLModel

from server.models._dates import Day
from server.models._time import utcnow

# --- rollups -------------------------------------------------------------------------


class ParticipantSummary(SQLModel, table=True):
    __tablename__ = "participant_summary"

    participant_id: int = Field(foreign_key="participant.id", primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    first_activity_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    last_activity_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    events: int = 0
    checklists_started: int = 0
    checklists_done: int = 0
    guides_finished: int = 0
    stations_used: int = 0
    steps_ticked: int = 0  # tick events, not the current state
    audio_plays: int = 0
    listened_ms: int = 0
    # Share of the catalog's checklists done, with partly ticked ones counting
    # by their share of ticked steps: 0.0 .. 1.0, the list's progress bar.
    progress: float = 0.0


class ParticipantItemStat(SQLModel, table=True):
    __tablename__ = "participant_item_stat"

    participant_id: int = Field(foreign_key="participant.id", primary_key=True)
    item_id: int = Field(foreign_key="catalog_item.id", primary_key=True)
    item_kind: str = Field(max_length=16)
    first_at: datetime = Field(sa_type=DateTime(timezone=True))
    last_at: datetime = Field(sa_type=DateTime(timezone=True))
    events: int = 0
    opens: int = 0
    ticks: int = 0
    unticks: int = 0
    completions: int = 0
    first_completed_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    last_completed_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    plays: int = 0
    listened_ms: int = 0
    steps_ticked_now: int = 0


class ParticipantStepStat(SQLModel, table=True):
    """Audio and ticks per step and language: replays, and how long they listened."""

    __tablename__ = "participant_step_stat"

    participant_id: int = Field(foreign_key="participant.id", primary_key=True)
    step_id: int = Field(foreign_key="step.id", primary_key=True)
    language: str = Field(max_length=5, primary_key=True)  # "" when the event had none
    item_id: int = Field(foreign_key="catalog_item.id")
    plays: int = 0
    listened_ms: int = 0
    ticks: int = 0
    unticks: int = 0


class ParticipantStepState(SQLModel, table=True):
    """Whether a step is ticked now: the tick or untick with the latest device time wins."""

    __tablename__ = "participant_step_state"

    participant_id: int = Field(foreign_key="participant.id", primary_key=True)
    step_id: int = Field(foreign_key="step.id", primary_key=True)
    item_id: int = Field(foreign_key="catalog_item.id")
    ticked: bool
    at: datetime = Field(sa_type=DateTime(timezone=True))


class ParticipantDay(SQLModel, table=True):
    __tablename__ = "participant_day"

    participant_id: int = Field(foreign_key="participant.id", primary_key=True)
    day: date = Field(primary_key=True)
    events: int = 0
    ticks: int = 0
    completions: int = 0
    opens: int = 0
    plays: int = 0
    listened_ms: int = 0


class DailyCount(SQLModel, table=True):
    """Events per organisation, UTC day, item, kind and language. Holds nobody's identity.

    `item_id` is 0 and `language` "" where an event had none (key columns cannot
    be NULL); no foreign key on the item, so counts outlive catalog changes.
    """

    __tablename__ = "daily_count"

    organisation_id: int = Field(foreign_key="organisation.id", primary_key=True)
    day: date = Field(primary_key=True)
    item_id: int = Field(primary_key=True)
    kind: str = Field(max_length=24, primary_key=True)
    language: str = Field(max_length=5, primary_key=True)
    count: int = 0
    listened_ms: int = 0


# --- goal plan (genomförandeplan) -------------------------------------------------------


class Goal(SQLModel, table=True):
    """A goal the participant and coach set together; reached through its sub-goals."""

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(foreign_key="participant.id", index=True)
    title: str = Field(max_length=200)
    position: int = 0
    created_by_coach_id: int | None = Field(default=None, foreign_key="coach.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class SubGoal(SQLModel, table=True):
    __tablename__ = "sub_goal"

    id: int | None = Field(default=None, primary_key=True)
    goal_id: int = Field(foreign_key="goal.id", index=True)
    participant_id: int = Field(foreign_key="participant.id", index=True)
    title: str = Field(max_length=200)
    position: int = 0
    done_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    # Who ticked it: "participant" (in the client) or "coach" (then which coach).
    done_by: str | None = Field(default=None, max_length=12)
    done_by_coach_id: int | None = Field(default=None, foreign_key="coach.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


# --- step movement scales -------------------------------------------------------------

# Fixed on purpose: numbers 1-10 only, no free text (no health records).
SCALES = (
    "everyday_autonomy",
    "swedish",
    "health_self_rated",
    "work_skills",
    "social_contacts",
    "job_search",
)


def _range_check(name: str) -> CheckConstraint:
    return CheckConstraint(f"{name} IS NULL OR ({name} >= 1 AND {name} <= 10)", name=f"{name}_1_10")


class ScaleRating(SQLModel, table=True):
    """One sitting: the scales rated together on a date. A scale left out is NULL."""

    __tablename__ = "scale_rating"
    __table_args__ = (
        *(_range_check(name) for name in SCALES),
        Index("ix_scale_rating_participant_date", "participant_id", "rated_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(foreign_key="participant.id")
    rated_on: date
    recorded_by_coach_id: int | None = Field(default=None, foreign_key="coach.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    everyday_autonomy: int | None = None
    swedish: int | None = None
    health_self_rated: int | None = None
    work_skills: int | None = None
    social_contacts: int | None = None
    job_search: int | None = None


# --- audit ---------------------------------------------------------------------------

AUDIT_ACTIONS = (
    "viewed",
    "exported",
    "erased",
    "exited",
    "deactivated",
    # Issue 12: sign-in throttling of a coach's account; cards and reactivation.
    "login_throttled",
    "reactivated",
    "card_issued",
    "card_renewed",
    "card_revoked",
    # Issue 10: changes to the organisation's content and roles; `subject` says what.
    "text_changed",
    "recorded",
    "rec_withdrawn",
    "item_created",
    "item_changed",
    "step_added",
    "step_changed",
    "step_moved",
    "step_retired",
    "photo_added",
    "pack_exported",
    "pack_imported",
    "roles_changed",
)


class AuditEntry(SQLModel, table=True):
    """Which coach viewed, exported or erased whose data.

    `participant_id` has no foreign key and nothing else about the participant is
    kept here, so entries survive an erasure and hold no personal data of theirs.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_org_at", "organisation_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    organisation_id: int = Field(foreign_key="organisation.id")
    coach_id: int | None = Field(default=None, foreign_key="coach.id")
    action: str = Field(max_length=16)
    participant_id: int | None = Field(default=None, index=True)
    # Issue 10: what a content change touched, e.g. "text station-gardin-fetch/so".
    subject: str | None = Field(default=None, max_length=200)


# --- API shapes (no tables) -----------------------------------------------------------
# Designed for the coach screens of the Flet client: one request per screen.


class ActivitySummary(SQLModel):
    """The participant list's columns for one participant (zeros before any activity)."""

    last_activity_at: datetime | None = None
    checklists_started: int = 0
    checklists_done: int = 0
    guides_finished: int = 0
    stations_used: int = 0
    steps_ticked: int = 0
    listened_ms: int = 0
    progress: float = Field(default=0.0, description="0..1: share of the catalog's checklists done")


class ParticipantRow(SQLModel):
    """One row of the participant list (GET /api/participants)."""

    id: int
    display_name: str
    language: str
    organisation_id: int
    coach_id: int | None
    is_active: bool
    created_at: datetime
    gender: str
    exit_reason: str | None
    exited_at: date | None
    summary: ActivitySummary


class ExitIn(SQLModel):
    reason: str = Field(description="work | studies | work_practice | seeking_work | other")
    date: Day


class SubGoalIn(SQLModel):
    title: str = Field(min_length=1, max_length=200)


class GoalIn(SQLModel):
    title: str = Field(min_length=1, max_length=200)
    subgoals: list[str] = Field(default_factory=list, max_length=50)


class GoalUpdate(SQLModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)


class SubGoalUpdate(SQLModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    done: bool | None = Field(
        default=None, description="tick (true) or untick (false) as the coach"
    )


class SubGoalPublic(SQLModel):
    id: int
    goal_id: int
    title: str
    position: int
    done_at: datetime | None
    done_by: str | None = Field(description='"participant" or "coach"')
    done_by_coach_id: int | None
    done_by_coach_name: str | None = None
    audio: str | None = Field(default=None, description="its voice: /audio/<file>, or none")
    audio_source: str | None = Field(default=None, description='"human", "espeak", ...')


class GoalPublic(SQLModel):
    id: int
    title: str
    position: int
    created_at: datetime
    created_by_coach_id: int | None
    done: int
    total: int
    subgoals: list[SubGoalPublic]
    audio: str | None = Field(default=None, description="its voice: /audio/<file>, or none")
    audio_source: str | None = Field(default=None, description='"human", "espeak", ...')


class ParticipantSubGoal(SQLModel):
    """A sub-goal as the participant's own device sees it (no coach details)."""

    id: int
    title: str
    done: bool
    done_at: datetime | None
    audio: str | None = None  # heard: the coach's recording, or a computer voice


class ParticipantGoal(SQLModel):
    id: int
    title: str
    subgoals: list[ParticipantSubGoal]
    audio: str | None = None


class ScaleRatingIn(SQLModel):
    """Ratings 1-10 given together on one date; scales not rated this time are left out."""

    rated_on: Day
    ratings: dict[str, int] = Field(description="scale key -> 1..10; keys from GET /api/scales")


class ScaleRatingPublic(SQLModel):
    id: int
    rated_on: date
    recorded_by_coach_id: int | None
    ratings: dict[str, int | None]


class ScalePoint(SQLModel):
    date: date
    value: int


class ScaleHistory(SQLModel):
    """Everything the scale chart needs: one series per scale, in date order."""

    scales: list[str]
    ratings: list[ScaleRatingPublic]
    series: dict[str, list[ScalePoint]]


class ChecklistProgress(SQLModel):
    item_id: int
    slug: str
    title: str
    pictogram: str
    status: str = Field(description='"done" or "under_way"')
    steps_total: int
    steps_ticked: int
    started_at: datetime
    last_activity_at: datetime
    first_completed_at: datetime | None
    last_completed_at: datetime | None
    times_completed: int


class GuideProgress(SQLModel):
    item_id: int
    slug: str
    title: str
    pictogram: str
    started_at: datetime
    last_activity_at: datetime
    times_finished: int
    last_finished_at: datetime | None


class LanguageUse(SQLModel):
    language: str = Field(description='"" when the device sent none')
    plays: int
    listened_ms: int


class StationStepUse(SQLModel):
    step_id: int
    slug: str
    position: int
    title: str
    plays: int = Field(description="times this step's audio was played (replays included)")
    listened_ms: int
    languages: list[LanguageUse]


class StationUse(SQLModel):
    item_id: int
    slug: str
    code: str | None
    title: str
    pictogram: str
    opens: int
    plays: int
    listened_ms: int
    first_at: datetime
    last_at: datetime
    languages: list[LanguageUse]
    steps: list[StationStepUse]


class ActivityWeek(SQLModel):
    week_start: date
    events: int
    ticks: int
    completions: int
    opens: int
    plays: int
    listened_ms: int


class ParticipantOverview(SQLModel):
    """The participant's page in one request (GET /api/participants/{id}/overview)."""

    participant: ParticipantRow
    checklists_in_catalog: int
    checklists: list[ChecklistProgress]
    guides: list[GuideProgress]
    stations: list[StationUse]
    activity: list[ActivityWeek]
    goals: list[GoalPublic]
    scales: ScaleHistory


class AuditEntryPublic(SQLModel):
    id: int
    at: datetime
    action: str
    coach_id: int | None
    coach_name: str | None
    participant_id: int | None
    subject: str | None = None  # issue 10


class AuditPage(SQLModel):
    total: int
    entries: list[AuditEntryPublic]
