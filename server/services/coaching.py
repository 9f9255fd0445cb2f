"""The coach's work with a participant: list rows, the participant's page, goal plan,
step-movement scales, exit and deactivation.

Every function that takes a participant expects one the caller already checked
belongs to the coach's organisation (`owned_participant`). All reads here touch
rollup rows and the participant's own small tables, never the raw events, so a
page costs what it shows.
"""

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlmodel import Session, col

from server.models import CatalogItem, CatalogText, Coach, Participant, Step
from server.models.accounts import EXIT_REASONS
from server.models.coaching import (
    SCALES,
    ActivitySummary,
    ActivityWeek,
    ChecklistProgress,
    Goal,
    GoalPublic,
    GuideProgress,
    LanguageUse,
    ParticipantDay,
    ParticipantItemStat,
    ParticipantOverview,
    ParticipantRow,
    ParticipantStepStat,
    ParticipantSummary,
    ScaleHistory,
    ScalePoint,
    ScaleRating,
    ScaleRatingPublic,
    StationStepUse,
    StationUse,
    SubGoal,
    SubGoalPublic,
)
from server.services import audit
from server.services.accounts import AccountError
from server.services.auth import revoke_participant_tokens
from server.services.rollups import aware, checklist_sizes

SORTS = ("name", "last_activity", "progress")
# The coach's screens are in Swedish, the source language of the catalog.
TITLE_LANGUAGE = "sv"


def owned_participant(*, session: Session, coach: Coach, participant_id: int) -> Participant | None:
    """The participant if in the coach's organisation and not erased; else None (no hint why)."""
    p = session.get(Participant, participant_id)
    if p is None or p.organisation_id != coach.organisation_id or p.erased_at is not None:
        return None
    return p


# --- the participant list ----------------------------------------------------------------


def _row(p: Participant, s: ParticipantSummary | None) -> ParticipantRow:
    summary = ActivitySummary()
    if s is not None:
        summary = ActivitySummary(
            last_activity_at=aware(s.last_activity_at),
            checklists_started=s.checklists_started,
            checklists_done=s.checklists_done,
            guides_finished=s.guides_finished,
            stations_used=s.stations_used,
            steps_ticked=s.steps_ticked,
            listened_ms=s.listened_ms,
            progress=s.progress,
        )
    return ParticipantRow(
        id=p.id,
        display_name=p.display_name,
        language=p.language,
        organisation_id=p.organisation_id,
        coach_id=p.coach_id,
        is_active=p.is_active,
        created_at=aware(p.created_at),
        gender=p.gender,
        exit_reason=p.exit_reason,
        exited_at=p.exited_at,
        summary=summary,
    )


def participant_row(*, session: Session, participant: Participant) -> ParticipantRow:
    return _row(participant, session.get(ParticipantSummary, participant.id))


def list_participant_rows(
    *,
    session: Session,
    organisation_id: int,
    q: str | None = None,
    active: bool | None = None,
    coach_id: int | None = None,
    exited: bool | None = None,
    language: str | None = None,
    sort: str = "name",
    limit: int = 50,
    offset: int = 0,
) -> tuple[int, list[ParticipantRow]]:
    """One page of the organisation's participants with their summary columns, and the total.

    Reads one summary row per listed participant (an outer join): the cost is
    the page, whatever the number of events stored.
    """
    where = [Participant.organisation_id == organisation_id, col(Participant.erased_at).is_(None)]
    if q and q.strip():
        needle = q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append(col(Participant.display_name).ilike(f"%{needle}%", escape="\\"))
    if active is not None:
        where.append(Participant.is_active == active)
    if coach_id is not None:
        where.append(Participant.coach_id == coach_id)
    if exited is not None:
        exit_col = col(Participant.exited_at)
        where.append(exit_col.is_not(None) if exited else exit_col.is_(None))
    if language:
        where.append(Participant.language == language)
    total = session.execute(
        select(func.count()).select_from(Participant).where(*where)
    ).scalar_one()
    order = {
        "name": [func.lower(Participant.display_name), Participant.id],
        # Longest-silent first: who may need a call. Never active sorts first of all.
        "last_activity": [
            col(ParticipantSummary.last_activity_at).asc().nulls_first(),
            Participant.id,
        ],
        "progress": [
            func.coalesce(ParticipantSummary.progress, 0.0).asc(),
            Participant.id,
        ],
    }[sort]
    rows = session.execute(
        select(Participant, ParticipantSummary)
        .outerjoin(ParticipantSummary, ParticipantSummary.participant_id == Participant.id)
        .where(*where)
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    ).all()
    return total, [_row(p, s) for p, s in rows]


# --- exit and deactivation ---------------------------------------------------------------


def exit_participant(
    *, session: Session, participant: Participant, reason: str, on: date, by: Coach
) -> Participant:
    """Record the exit (ESF reason and date); the participant is deactivated, cards revoked."""
    if reason not in EXIT_REASONS:
        raise AccountError(
            f"Unknown exit reason {reason!r}: use one of {', '.join(EXIT_REASONS)}.",
            field="reason",
        )
    if on > datetime.now(UTC).date() + timedelta(days=1):
        raise AccountError("The exit date is in the future.", field="date")
    if on < aware(participant.created_at).date():
        raise AccountError("The exit date is before the participant was enrolled.", field="date")
    participant.exit_reason = reason
    participant.exited_at = on
    participant.is_active = False
    session.add(participant)
    revoke_participant_tokens(session=session, participant_id=participant.id, commit=False)
    audit.record(session=session, coach=by, action="exited", participant_id=participant.id)
    session.commit()
    session.refresh(participant)
    return participant


def undo_exit(*, session: Session, participant: Participant) -> Participant:
    """Take back an exit recorded by mistake (the participant stays deactivated)."""
    participant.exit_reason = None
    participant.exited_at = None
    session.add(participant)
    session.commit()
    session.refresh(participant)
    return participant


def deactivate_participant(*, session: Session, participant: Participant, by: Coach) -> Participant:
    """Deactivate and sign the participant's devices out at once (every path that
    deactivates comes here: /deactivate, PATCH is_active=false)."""
    participant.is_active = False
    session.add(participant)
    revoke_participant_tokens(session=session, participant_id=participant.id, commit=False)
    audit.record(session=session, coach=by, action="deactivated", participant_id=participant.id)
    session.commit()
    session.refresh(participant)
    return participant


def reactivate_participant(*, session: Session, participant: Participant, by: Coach) -> Participant:
    """Active again, audited, and with no card: an old card never works again
    (any left unrevoked by an older version is revoked now); the coach prints a new one."""
    participant.is_active = True
    session.add(participant)
    revoke_participant_tokens(session=session, participant_id=participant.id, commit=False)
    audit.record(session=session, coach=by, action="reactivated", participant_id=participant.id)
    session.commit()
    session.refresh(participant)
    return participant


# --- goal plan ---------------------------------------------------------------------------


def _goal_public(goal: Goal, subs: list[SubGoal], names: dict[int, str]) -> GoalPublic:
    subs = sorted(subs, key=lambda s: (s.position, s.id))
    return GoalPublic(
        id=goal.id,
        title=goal.title,
        position=goal.position,
        created_at=aware(goal.created_at),
        created_by_coach_id=goal.created_by_coach_id,
        done=sum(1 for s in subs if s.done_at is not None),
        total=len(subs),
        subgoals=[
            SubGoalPublic(
                id=s.id,
                goal_id=s.goal_id,
                title=s.title,
                position=s.position,
                done_at=aware(s.done_at),
                done_by=s.done_by,
                done_by_coach_id=s.done_by_coach_id,
                done_by_coach_name=names.get(s.done_by_coach_id),
            )
            for s in subs
        ],
    )


def goal_plan(*, session: Session, participant_id: int) -> list[GoalPublic]:
    goals = (
        session.execute(
            select(Goal)
            .where(Goal.participant_id == participant_id)
            .order_by(Goal.position, Goal.id)
        )
        .scalars()
        .all()
    )
    subs: dict[int, list[SubGoal]] = defaultdict(list)
    for s in session.execute(
        select(SubGoal).where(SubGoal.participant_id == participant_id)
    ).scalars():
        subs[s.goal_id].append(s)
    coach_ids = {s.done_by_coach_id for ss in subs.values() for s in ss if s.done_by_coach_id}
    names = (
        dict(
            session.execute(
                select(Coach.id, Coach.display_name).where(col(Coach.id).in_(coach_ids))
            ).all()
        )
        if coach_ids
        else {}
    )
    plan = [_goal_public(g, subs.get(g.id, []), names) for g in goals]
    _with_voices(session=session, participant_id=participant_id, plan=plan)
    return plan


def _with_voices(*, session: Session, participant_id: int, plan: list[GoalPublic]) -> None:
    """Each goal's and sub-goal's best voice (see services/goal_voice.py)."""
    from server.services.goal_voice import goal_clips, goal_text_id, subgoal_text_id

    if not plan:
        return
    participant = session.get(Participant, participant_id)
    texts: dict[str, str] = {}
    for g in plan:
        texts[goal_text_id(g.id)] = g.title
        for s in g.subgoals:
            texts[subgoal_text_id(s.id)] = s.title
    clips = goal_clips(
        session=session, language=participant.language if participant else None, texts=texts
    )
    for g in plan:
        for block, text_id in [(g, goal_text_id(g.id))] + [
            (s, subgoal_text_id(s.id)) for s in g.subgoals
        ]:
            clip = clips.get(text_id)
            if clip is not None:
                block.audio = f"/audio/{clip.file_name}"
                block.audio_source = clip.source


def create_goal(
    *, session: Session, participant: Participant, title: str, subgoals: list[str], by: Coach
) -> Goal:
    title = _clean_title(title, "title")
    position = session.execute(
        select(func.coalesce(func.max(Goal.position), -1)).where(
            Goal.participant_id == participant.id
        )
    ).scalar_one()
    goal = Goal(
        participant_id=participant.id,
        title=title,
        position=position + 1,
        created_by_coach_id=by.id,
    )
    session.add(goal)
    session.flush()
    for i, sub in enumerate(subgoals):
        session.add(
            SubGoal(
                goal_id=goal.id,
                participant_id=participant.id,
                title=_clean_title(sub, "subgoals"),
                position=i,
            )
        )
    session.commit()
    session.refresh(goal)
    return goal


def _clean_title(title: str, field: str) -> str:
    title = title.strip()
    if not title or len(title) > 200:
        raise AccountError("A goal's title must be 1 to 200 characters.", field=field)
    return title


def add_subgoal(*, session: Session, goal: Goal, title: str) -> SubGoal:
    position = session.execute(
        select(func.coalesce(func.max(SubGoal.position), -1)).where(SubGoal.goal_id == goal.id)
    ).scalar_one()
    sub = SubGoal(
        goal_id=goal.id,
        participant_id=goal.participant_id,
        title=_clean_title(title, "title"),
        position=position + 1,
    )
    session.add(sub)
    session.commit()
    session.refresh(sub)
    return sub


def set_subgoal_done(
    *, session: Session, sub: SubGoal, done: bool, by_coach: Coach | None = None
) -> SubGoal:
    """Tick or untick; ticking again keeps the first time and who did it."""
    if done and sub.done_at is None:
        sub.done_at = datetime.now(UTC)
        sub.done_by = "coach" if by_coach else "participant"
        sub.done_by_coach_id = by_coach.id if by_coach else None
    elif not done:
        sub.done_at = sub.done_by = sub.done_by_coach_id = None
    session.add(sub)
    session.commit()
    session.refresh(sub)
    return sub


def owned_goal(*, session: Session, coach: Coach, goal_id: int) -> Goal | None:
    goal = session.get(Goal, goal_id)
    if (
        goal is None
        or owned_participant(session=session, coach=coach, participant_id=goal.participant_id)
        is None
    ):
        return None
    return goal


def owned_subgoal(*, session: Session, coach: Coach, subgoal_id: int) -> SubGoal | None:
    sub = session.get(SubGoal, subgoal_id)
    if (
        sub is None
        or owned_participant(session=session, coach=coach, participant_id=sub.participant_id)
        is None
    ):
        return None
    return sub


def delete_goal(*, session: Session, goal: Goal) -> None:
    for sub in session.execute(select(SubGoal).where(SubGoal.goal_id == goal.id)).scalars():
        session.delete(sub)
    session.flush()
    session.delete(goal)
    session.commit()


# --- scales ------------------------------------------------------------------------------


def record_scales(
    *,
    session: Session,
    participant: Participant,
    rated_on: date,
    ratings: dict[str, int],
    by: Coach,
) -> ScaleRating:
    if not ratings:
        raise AccountError("Rate at least one scale.", field="ratings")
    unknown = sorted(set(ratings) - set(SCALES))
    if unknown:
        raise AccountError(
            f"Unknown scale(s) {', '.join(unknown)}: use {', '.join(SCALES)}.", field="ratings"
        )
    bad = sorted(k for k, v in ratings.items() if not (isinstance(v, int) and 1 <= v <= 10))
    if bad:
        raise AccountError(
            f"Ratings are whole numbers 1 to 10 ({', '.join(bad)}).", field="ratings"
        )
    if rated_on > datetime.now(UTC).date() + timedelta(days=1):
        raise AccountError("The rating date is in the future.", field="rated_on")
    row = ScaleRating(
        participant_id=participant.id, rated_on=rated_on, recorded_by_coach_id=by.id, **ratings
    )
    session.add(row)
    session.commit()
    session.refresh(row)
    return row


def scale_public(row: ScaleRating) -> ScaleRatingPublic:
    return ScaleRatingPublic(
        id=row.id,
        rated_on=row.rated_on,
        recorded_by_coach_id=row.recorded_by_coach_id,
        ratings={k: getattr(row, k) for k in SCALES},
    )


def scale_history(*, session: Session, participant_id: int) -> ScaleHistory:
    rows = (
        session.execute(
            select(ScaleRating)
            .where(ScaleRating.participant_id == participant_id)
            .order_by(ScaleRating.rated_on, ScaleRating.id)
        )
        .scalars()
        .all()
    )
    series = {
        k: [ScalePoint(date=r.rated_on, value=getattr(r, k)) for r in rows if getattr(r, k)]
        for k in SCALES
    }
    return ScaleHistory(scales=list(SCALES), ratings=[scale_public(r) for r in rows], series=series)


# --- the participant's page --------------------------------------------------------------


def _titles(session: Session, text_ids: set[str]) -> dict[str, str]:
    if not text_ids:
        return {}
    return dict(
        session.execute(
            select(CatalogText.text_id, CatalogText.text).where(
                col(CatalogText.text_id).in_(text_ids), CatalogText.language == TITLE_LANGUAGE
            )
        ).all()
    )


def _lang_uses(rows: list[ParticipantStepStat]) -> list[LanguageUse]:
    plays: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        plays[r.language][0] += r.plays
        plays[r.language][1] += r.listened_ms
    return [
        LanguageUse(language=lang, plays=p, listened_ms=ms)
        for lang, (p, ms) in sorted(plays.items(), key=lambda kv: -kv[1][0])
        if p or ms
    ]


def activity_weeks(*, session: Session, participant_id: int, weeks: int = 26) -> list[ActivityWeek]:
    """Weekly totals (Monday starts) for the last `weeks` weeks, empty weeks included."""
    today = datetime.now(UTC).date()
    first = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    buckets = {
        first + timedelta(weeks=i): ActivityWeek(
            week_start=first + timedelta(weeks=i),
            events=0,
            ticks=0,
            completions=0,
            opens=0,
            plays=0,
            listened_ms=0,
        )
        for i in range(weeks)
    }
    for d in session.execute(
        select(ParticipantDay).where(
            ParticipantDay.participant_id == participant_id, ParticipantDay.day >= first
        )
    ).scalars():
        day = d.day if isinstance(d.day, date) else date.fromisoformat(d.day)
        b = buckets.get(day - timedelta(days=day.weekday()))
        if b is None:
            continue
        b.events += d.events
        b.ticks += d.ticks
        b.completions += d.completions
        b.opens += d.opens
        b.plays += d.plays
        b.listened_ms += d.listened_ms
    return list(buckets.values())


def overview(
    *, session: Session, participant: Participant, by: Coach, weeks: int = 26
) -> ParticipantOverview:
    """Everything on the participant's page; logs that the coach viewed it."""
    pid = participant.id
    item_stats = session.execute(
        select(ParticipantItemStat, CatalogItem)
        .join(CatalogItem, col(CatalogItem.id) == ParticipantItemStat.item_id)
        .where(ParticipantItemStat.participant_id == pid)
        .order_by(CatalogItem.position, CatalogItem.id)
    ).all()
    station_ids = [it.id for _, it in item_stats if it.kind == "station"]
    step_stats = (
        session.execute(
            select(ParticipantStepStat).where(
                ParticipantStepStat.participant_id == pid,
                col(ParticipantStepStat.item_id).in_(station_ids),
            )
        )
        .scalars()
        .all()
        if station_ids
        else []
    )
    steps = (
        session.execute(
            select(Step)
            .where(col(Step.item_id).in_(station_ids))
            .order_by(Step.item_id, Step.position)
        )
        .scalars()
        .all()
        if station_ids
        else []
    )
    titles = _titles(session, {it.title_id for _, it in item_stats} | {s.text_id for s in steps})
    sizes = checklist_sizes(session)

    checklists, guides, stations = [], [], []
    by_step: dict[int, list[ParticipantStepStat]] = defaultdict(list)
    for r in step_stats:
        by_step[r.step_id].append(r)
    steps_of: dict[int, list[Step]] = defaultdict(list)
    for s in steps:
        steps_of[s.item_id].append(s)

    for st, item in item_stats:
        title = titles.get(item.title_id, item.slug)
        if item.kind == "checklist":
            checklists.append(
                ChecklistProgress(
                    item_id=item.id,
                    slug=item.slug,
                    title=title,
                    pictogram=item.pictogram,
                    status="done" if st.completions else "under_way",
                    steps_total=sizes.get(item.id, 0),
                    steps_ticked=st.steps_ticked_now,
                    started_at=aware(st.first_at),
                    last_activity_at=aware(st.last_at),
                    first_completed_at=aware(st.first_completed_at),
                    last_completed_at=aware(st.last_completed_at),
                    times_completed=st.completions,
                )
            )
        elif item.kind == "guide":
            guides.append(
                GuideProgress(
                    item_id=item.id,
                    slug=item.slug,
                    title=title,
                    pictogram=item.pictogram,
                    started_at=aware(st.first_at),
                    last_activity_at=aware(st.last_at),
                    times_finished=st.completions,
                    last_finished_at=aware(st.last_completed_at),
                )
            )
        else:
            item_rows = [r for s in steps_of[item.id] for r in by_step.get(s.id, [])]
            stations.append(
                StationUse(
                    item_id=item.id,
                    slug=item.slug,
                    code=item.code,
                    title=title,
                    pictogram=item.pictogram,
                    opens=st.opens,
                    plays=st.plays,
                    listened_ms=st.listened_ms,
                    first_at=aware(st.first_at),
                    last_at=aware(st.last_at),
                    languages=_lang_uses(item_rows),
                    steps=[
                        StationStepUse(
                            step_id=s.id,
                            slug=s.slug,
                            position=s.position,
                            title=titles.get(s.text_id, s.slug),
                            plays=sum(r.plays for r in by_step.get(s.id, [])),
                            listened_ms=sum(r.listened_ms for r in by_step.get(s.id, [])),
                            languages=_lang_uses(by_step.get(s.id, [])),
                        )
                        for s in steps_of[item.id]
                    ],
                )
            )
    # Done first, then the most recently worked on.
    checklists.sort(key=lambda c: (c.status != "done", -c.last_activity_at.timestamp()))
    result = ParticipantOverview(
        participant=participant_row(session=session, participant=participant),
        checklists_in_catalog=len(sizes),
        checklists=checklists,
        guides=guides,
        stations=stations,
        activity=activity_weeks(session=session, participant_id=pid, weeks=weeks),
        goals=goal_plan(session=session, participant_id=pid),
        scales=scale_history(session=session, participant_id=pid),
    )
    audit.record(session=session, coach=by, action="viewed", participant_id=pid)
    session.commit()
    return result
