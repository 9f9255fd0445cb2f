"""The goal plan (genomförandeplan): goals with sub-goals, set by participant and coach together.

Coach side: the plan is also part of GET /api/participants/{id}/overview; these
endpoints change it. Participant side (their own device): read the plan and
tick sub-goals off; the coach sees when, and by whom.

Another organisation's participant, goal or sub-goal answers 404, exactly as
one that does not exist.
"""

from typing import Any

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Query, Request, status
from starlette.concurrency import run_in_threadpool

from server.api.deps import (
    CurrentCoach,
    CurrentParticipant,
    Id,
    SessionDep,
    SettingsDep,
    participant_or_404,
)
from server.api.routes.auth import database_guard, unprocessable
from server.api.routes.recordings import _http, _read_body, _recording_json
from server.core.config import PARTICIPANT_LANGUAGES
from server.models.coaching import (
    GoalIn,
    GoalPublic,
    GoalUpdate,
    ParticipantGoal,
    ParticipantSubGoal,
    SubGoal,
    SubGoalIn,
    SubGoalPublic,
    SubGoalUpdate,
)
from server.services import coaching
from server.services import recordings as rec
from server.services.accounts import AccountError
from server.services.goal_voice import goal_text_id, speak_goal_texts, subgoal_text_id

router = APIRouter(tags=["goal plan"], dependencies=[Depends(database_guard)])
self_router = APIRouter(
    prefix="/participant", tags=["participant"], dependencies=[Depends(database_guard)]
)


def _goal(session, coach, goal_id: int):
    goal = coaching.owned_goal(session=session, coach=coach, goal_id=goal_id)
    if goal is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such goal")
    return goal


def _subgoal(session, coach, subgoal_id: int) -> SubGoal:
    sub = coaching.owned_subgoal(session=session, coach=coach, subgoal_id=subgoal_id)
    if sub is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such sub-goal")
    return sub


def _plan_goal(session, goal_id: int, participant_id: int) -> GoalPublic:
    return next(
        g
        for g in coaching.goal_plan(session=session, participant_id=participant_id)
        if g.id == goal_id
    )


def _voice_later(background: BackgroundTasks, settings, goal: GoalPublic) -> GoalPublic:
    """A computer voice (Swedish) for the goal's texts that have none, after the response."""
    texts = {goal_text_id(goal.id): goal.title} if goal.audio is None else {}
    texts |= {subgoal_text_id(s.id): s.title for s in goal.subgoals if s.audio is None}
    if texts:
        background.add_task(speak_goal_texts, settings=settings, texts=texts)
    return goal


@router.get("/participants/{participant_id}/goals", response_model=list[GoalPublic])
def read_goals(participant_id: Id, coach: CurrentCoach, session: SessionDep) -> list[GoalPublic]:
    """The participant's goal plan: goals in order, each with its sub-goals and who ticked them."""
    participant_or_404(session, coach, participant_id)
    return coaching.goal_plan(session=session, participant_id=participant_id)


@router.post(
    "/participants/{participant_id}/goals",
    response_model=GoalPublic,
    status_code=status.HTTP_201_CREATED,
)
def create_goal(
    participant_id: Id,
    body: GoalIn,
    coach: CurrentCoach,
    session: SessionDep,
    background: BackgroundTasks,
    settings: SettingsDep,
) -> GoalPublic:
    """Add a goal (with its first sub-goals, in order) to the end of the plan."""
    participant = participant_or_404(session, coach, participant_id)
    try:
        goal = coaching.create_goal(
            session=session,
            participant=participant,
            title=body.title,
            subgoals=body.subgoals,
            by=coach,
        )
    except AccountError as exc:
        raise unprocessable(exc.field or "body", str(exc)) from None
    return _voice_later(background, settings, _plan_goal(session, goal.id, participant_id))


@router.patch("/goals/{goal_id}", response_model=GoalPublic)
def update_goal(
    goal_id: Id,
    body: GoalUpdate,
    coach: CurrentCoach,
    session: SessionDep,
    background: BackgroundTasks,
    settings: SettingsDep,
) -> GoalPublic:
    """Rename a goal."""
    goal = _goal(session, coach, goal_id)
    if body.title is not None:
        goal.title = coaching._clean_title(body.title, "title")
        session.add(goal)
        session.commit()
    return _voice_later(background, settings, _plan_goal(session, goal.id, goal.participant_id))


@router.delete("/goals/{goal_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_goal(goal_id: Id, coach: CurrentCoach, session: SessionDep) -> None:
    """Remove a goal and its sub-goals."""
    coaching.delete_goal(session=session, goal=_goal(session, coach, goal_id))


@router.post(
    "/goals/{goal_id}/subgoals", response_model=GoalPublic, status_code=status.HTTP_201_CREATED
)
def create_subgoal(
    goal_id: Id,
    body: SubGoalIn,
    coach: CurrentCoach,
    session: SessionDep,
    background: BackgroundTasks,
    settings: SettingsDep,
) -> GoalPublic:
    """Add a sub-goal at the end of a goal; answers the whole goal."""
    goal = _goal(session, coach, goal_id)
    try:
        coaching.add_subgoal(session=session, goal=goal, title=body.title)
    except AccountError as exc:
        raise unprocessable(exc.field or "body", str(exc)) from None
    return _voice_later(background, settings, _plan_goal(session, goal.id, goal.participant_id))


@router.patch("/subgoals/{subgoal_id}", response_model=SubGoalPublic)
def update_subgoal(
    subgoal_id: Id,
    body: SubGoalUpdate,
    coach: CurrentCoach,
    session: SessionDep,
    background: BackgroundTasks,
    settings: SettingsDep,
) -> SubGoalPublic:
    """Rename a sub-goal, or tick/untick it as the coach (done: true/false)."""
    sub = _subgoal(session, coach, subgoal_id)
    if body.title is not None:
        sub.title = coaching._clean_title(body.title, "title")
        session.add(sub)
        session.commit()
    if body.done is not None:
        coaching.set_subgoal_done(session=session, sub=sub, done=body.done, by_coach=coach)
    goal = _voice_later(background, settings, _plan_goal(session, sub.goal_id, sub.participant_id))
    return next(s for s in goal.subgoals if s.id == sub.id)


@router.delete("/subgoals/{subgoal_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_subgoal(subgoal_id: Id, coach: CurrentCoach, session: SessionDep) -> None:
    """Remove a sub-goal."""
    sub = _subgoal(session, coach, subgoal_id)
    session.delete(sub)
    session.commit()


# --- a goal in the coach's (or an interpreter's) own voice ---------------------------------


def _language(language: str) -> str:
    if language not in PARTICIPANT_LANGUAGES:
        raise HTTPException(
            422,
            f"language: use one of {', '.join(PARTICIPANT_LANGUAGES)}",
        )
    return language


async def _record(request, session, settings, coach, *, text_id: str, text: str, language: str):
    data = await _read_body(request)
    try:
        clip = await run_in_threadpool(
            rec.save_recording,
            session=session,
            settings=settings,
            text_id=text_id,
            language=language,
            data=data,
            recorded_by=coach.email,
            text=text,
        )
    except rec.RecordingRejected as e:
        raise _http(e) from None
    return _recording_json(clip, text)


@router.post("/goals/{goal_id}/recording", status_code=status.HTTP_201_CREATED)
async def create_goal_recording(
    goal_id: Id,
    request: Request,
    coach: CurrentCoach,
    session: SessionDep,
    settings: SettingsDep,
    language: str = Query("sv", description="the language spoken in the recording"),
) -> dict[str, Any]:
    """The goal said in the coach's voice (audio as for text recordings); replaces the last."""
    goal = await run_in_threadpool(_goal, session, coach, goal_id)
    return await _record(
        request, session, settings, coach,
        text_id=goal_text_id(goal.id), text=goal.title, language=_language(language),
    )  # fmt: skip


@router.post("/subgoals/{subgoal_id}/recording", status_code=status.HTTP_201_CREATED)
async def create_subgoal_recording(
    subgoal_id: Id,
    request: Request,
    coach: CurrentCoach,
    session: SessionDep,
    settings: SettingsDep,
    language: str = Query("sv", description="the language spoken in the recording"),
) -> dict[str, Any]:
    """The sub-goal said in the coach's voice; replaces the last recording of it."""
    sub = await run_in_threadpool(_subgoal, session, coach, subgoal_id)
    return await _record(
        request, session, settings, coach,
        text_id=subgoal_text_id(sub.id), text=sub.title, language=_language(language),
    )  # fmt: skip


# --- the participant's own device --------------------------------------------------------


def _mine(session, me) -> list[ParticipantGoal]:
    return [
        ParticipantGoal(
            id=g.id,
            title=g.title,
            audio=g.audio,
            subgoals=[
                ParticipantSubGoal(
                    id=s.id,
                    title=s.title,
                    done=s.done_at is not None,
                    done_at=s.done_at,
                    audio=s.audio,
                )
                for s in g.subgoals
            ],
        )
        for g in coaching.goal_plan(session=session, participant_id=me.id)
    ]


def _my_subgoal(session, me, subgoal_id: int) -> SubGoal:
    sub = session.get(SubGoal, subgoal_id)
    if sub is None or sub.participant_id != me.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such sub-goal")
    return sub


@self_router.get("/goals", response_model=list[ParticipantGoal])
def read_my_goals(me: CurrentParticipant, session: SessionDep) -> list[ParticipantGoal]:
    """The signed-in participant's own goal plan."""
    return _mine(session, me)


@self_router.post("/goals/{subgoal_id}/done", response_model=list[ParticipantGoal])
def create_my_subgoal_done(
    subgoal_id: Id, me: CurrentParticipant, session: SessionDep
) -> list[ParticipantGoal]:
    """Tick one of my sub-goals off (again is harmless); answers my whole plan."""
    coaching.set_subgoal_done(session=session, sub=_my_subgoal(session, me, subgoal_id), done=True)
    return _mine(session, me)


@self_router.delete("/goals/{subgoal_id}/done", response_model=list[ParticipantGoal])
def delete_my_subgoal_done(
    subgoal_id: Id, me: CurrentParticipant, session: SessionDep
) -> list[ParticipantGoal]:
    """Undo a tick of one of my sub-goals; answers my whole plan."""
    coaching.set_subgoal_done(session=session, sub=_my_subgoal(session, me, subgoal_id), done=False)
    return _mine(session, me)
