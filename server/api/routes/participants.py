"""Participants: coaches manage those of their own organisation; a participant reads only themself.

A participant of another organisation answers exactly like one that does not
exist (404), so ids cannot be probed across organisations.
"""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, status

from server.api.deps import CurrentCoach, CurrentParticipant, SessionDep
from server.api.routes.auth import database_guard, unprocessable
from server.models import (
    Coach,
    Participant,
    ParticipantCreate,
    ParticipantPublic,
    ParticipantUpdate,
)
from server.models.accounts import ParticipantProfile, ParticipantTokenPublic
from server.services import accounts
from server.services.auth import issue_participant_token, resolve_token, revoke_participant_tokens

NOT_FOUND = "No such participant"

router = APIRouter(
    prefix="/participants", tags=["participants"], dependencies=[Depends(database_guard)]
)
# The participant's own device: the same people, seen from the other side.
self_router = APIRouter(
    prefix="/participant", tags=["participant"], dependencies=[Depends(database_guard)]
)


def _own(session, coach: Coach, participant_id: int) -> Participant:
    participant = accounts.get_participant(
        session=session, organisation_id=coach.organisation_id, participant_id=participant_id
    )
    if participant is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND)
    return participant


@router.get("", response_model=list[ParticipantPublic])
def read_participants(
    coach: CurrentCoach,
    session: SessionDep,
    q: Annotated[str | None, Query(max_length=80, description="part of the display name")] = None,
    active: Annotated[
        bool | None, Query(description="only active (true) or inactive (false)")
    ] = None,
    coach_id: Annotated[int | None, Query(description="only this coach's participants")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[ParticipantPublic]:
    """The organisation's participants, by name; filter by name, active state or coach."""
    rows = accounts.list_participants(
        session=session,
        organisation_id=coach.organisation_id,
        q=q,
        active=active,
        coach_id=coach_id,
        limit=limit,
        offset=offset,
    )
    return [ParticipantPublic.model_validate(p) for p in rows]


@router.post("", response_model=ParticipantPublic, status_code=status.HTTP_201_CREATED)
def create_participant(
    body: ParticipantCreate, coach: CurrentCoach, session: SessionDep
) -> ParticipantPublic:
    """Enrol a participant in the coach's organisation (their coach unless coach_id says who)."""
    try:
        participant = accounts.enrol_participant(
            session=session,
            by=coach,
            display_name=body.display_name,
            language=body.language,
            coach_id=body.coach_id,
        )
    except accounts.AccountError as exc:
        raise unprocessable(exc.field or "body", str(exc)) from None
    return ParticipantPublic.model_validate(participant)


@router.get("/{participant_id}", response_model=ParticipantPublic)
def read_participant(
    participant_id: int, coach: CurrentCoach, session: SessionDep
) -> ParticipantPublic:
    """One participant of the coach's organisation."""
    return ParticipantPublic.model_validate(_own(session, coach, participant_id))


@router.patch("/{participant_id}", response_model=ParticipantPublic)
def update_participant(
    participant_id: int, body: ParticipantUpdate, coach: CurrentCoach, session: SessionDep
) -> ParticipantPublic:
    """Change a participant's name, language, coach or active state (only what is sent)."""
    participant = _own(session, coach, participant_id)
    try:
        participant = accounts.update_participant(
            session=session, participant=participant, data=body
        )
    except accounts.AccountError as exc:
        raise unprocessable(exc.field or "body", str(exc)) from None
    return ParticipantPublic.model_validate(participant)


@router.post(
    "/{participant_id}/token",
    response_model=ParticipantTokenPublic,
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "Participant is deactivated"}},
)
def create_participant_token(
    participant_id: int, coach: CurrentCoach, session: SessionDep
) -> ParticipantTokenPublic:
    """Issue a new sign-in token for the card (shown once); earlier cards stop working at once."""
    participant = _own(session, coach, participant_id)
    if not participant.is_active:
        raise HTTPException(
            status.HTTP_409_CONFLICT, "The participant is deactivated: reactivate them first"
        )
    token = issue_participant_token(session=session, participant=participant)
    row = resolve_token(session=session, token=token)
    return ParticipantTokenPublic(
        token=token, participant_id=participant.id, issued_at=row.created_at
    )


@router.delete("/{participant_id}/token", status_code=status.HTTP_204_NO_CONTENT)
def delete_participant_token(participant_id: int, coach: CurrentCoach, session: SessionDep) -> None:
    """Revoke the participant's sign-in card(s): their device is signed out at once."""
    participant = _own(session, coach, participant_id)
    revoke_participant_tokens(session=session, participant_id=participant.id)


@self_router.get("/me", response_model=ParticipantProfile)
def read_participant_me(participant: CurrentParticipant) -> ParticipantProfile:
    """The signed-in participant's own profile."""
    return ParticipantProfile.model_validate(participant)
