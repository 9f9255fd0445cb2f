"""Participants: coaches manage those of their own organisation; a participant reads only themself.

A participant of another organisation answers exactly like one that does not
exist (404), so ids cannot be probed across organisations.
"""

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status

from server.api.deps import MAX_ID, CurrentCoach, CurrentParticipant, Id, SessionDep
from server.api.routes.auth import database_guard, unprocessable
from server.models import (
    Coach,
    Participant,
    ParticipantCreate,
    ParticipantPublic,
    ParticipantUpdate,
)
from server.models.accounts import (
    CardStatus,
    ParticipantProfile,
    ParticipantTokenPublic,
    as_utc,
)
from server.models.coaching import ExitIn, ParticipantRow
from server.services import accounts, audit, coaching
from server.services.auth import (
    MAX_CARD_DAYS,
    current_card,
    issue_participant_token,
    renew_card,
    resolve_token,
    revoke_participant_tokens,
)

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
    # Issue 5: an erased (anonymised) participant is gone for coaches too.
    if participant is None or participant.erased_at is not None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND)
    return participant


# Issue 5: rows carry the summary columns the coach's list shows (from the
# rollups, one row per participant shown); the total for paging is in X-Total-Count.
@router.get(
    "",
    response_model=list[ParticipantRow],
    responses={200: {"headers": {"X-Total-Count": {"description": "rows matching, all pages"}}}},
)
def read_participants(
    coach: CurrentCoach,
    session: SessionDep,
    response: Response,
    q: Annotated[str | None, Query(max_length=80, description="part of the display name")] = None,
    active: Annotated[
        bool | None, Query(description="only active (true) or inactive (false)")
    ] = None,
    coach_id: Annotated[Id | None, Query(description="only this coach's participants")] = None,
    exited: Annotated[bool | None, Query(description="only exited (true) or not (false)")] = None,
    language: Annotated[str | None, Query(max_length=5)] = None,
    sort: Annotated[
        str,
        Query(
            pattern="^(name|last_activity|progress)$",
            description="name; last_activity (longest silent first); progress (lowest first)",
        ),
    ] = "name",
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> list[ParticipantRow]:
    """The organisation's participants with last activity, checklists done of started,
    stations used and progress; search by name, filter, sort, page."""
    total, rows = coaching.list_participant_rows(
        session=session,
        organisation_id=coach.organisation_id,
        q=q,
        active=active,
        coach_id=coach_id,
        exited=exited,
        language=language,
        sort=sort,
        limit=limit,
        offset=offset,
    )
    response.headers["X-Total-Count"] = str(total)
    return rows


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
    if body.gender is not None:  # issue 5: asked only for ESF follow-up
        participant = accounts.update_participant(
            session=session, participant=participant, data=ParticipantUpdate(gender=body.gender)
        )
    return ParticipantPublic.model_validate(participant)


@router.get("/{participant_id}", response_model=ParticipantPublic)
def read_participant(
    participant_id: Id, coach: CurrentCoach, session: SessionDep
) -> ParticipantPublic:
    """One participant of the coach's organisation."""
    return ParticipantPublic.model_validate(_own(session, coach, participant_id))


@router.patch("/{participant_id}", response_model=ParticipantPublic)
def update_participant(
    participant_id: Id, body: ParticipantUpdate, coach: CurrentCoach, session: SessionDep
) -> ParticipantPublic:
    """Change a participant's name, language, coach or active state (only what is sent)."""
    participant = _own(session, coach, participant_id)
    # Issue 12: activation goes through the same paths as /deactivate: cards revoked,
    # audited; reactivation never brings an old card back.
    active = body.is_active if "is_active" in body.model_fields_set else None
    rest = ParticipantUpdate.model_validate(
        body.model_dump(exclude_unset=True, exclude={"is_active"})
    )
    try:
        participant = accounts.update_participant(
            session=session, participant=participant, data=rest
        )
    except accounts.AccountError as exc:
        raise unprocessable(exc.field or "body", str(exc)) from None
    if active is False and participant.is_active:
        participant = coaching.deactivate_participant(
            session=session, participant=participant, by=coach
        )
    elif active is True and not participant.is_active:
        participant = coaching.reactivate_participant(
            session=session, participant=participant, by=coach
        )
    return ParticipantPublic.model_validate(participant)


# Issue 12: a card's lifetime in days, when the coach chooses one (default a year).
ValidDays = Annotated[
    int | None,
    Query(ge=1, le=MAX_CARD_DAYS, description="days the card works (default: a year)"),
]


@router.post(
    "/{participant_id}/token",
    response_model=ParticipantTokenPublic,
    status_code=status.HTTP_201_CREATED,
    responses={409: {"description": "Participant is deactivated"}},
)
def create_participant_token(
    participant_id: Id, coach: CurrentCoach, session: SessionDep, valid_days: ValidDays = None
) -> ParticipantTokenPublic:
    """Issue a new sign-in token for the card (shown once); earlier cards stop working at once."""
    participant = _own(session, coach, participant_id)
    if not participant.is_active:
        raise HTTPException(
            status.HTTP_409_CONFLICT, "The participant is deactivated: reactivate them first"
        )
    token = issue_participant_token(session=session, participant=participant, valid_days=valid_days)
    audit.record(session=session, coach=coach, action="card_issued", participant_id=participant.id)
    session.commit()
    row = resolve_token(session=session, token=token)
    return ParticipantTokenPublic(
        token=token,
        participant_id=participant.id,
        issued_at=row.created_at,
        expires_at=row.expires_at,
    )


def _card_status(row) -> CardStatus:
    expires = as_utc(row.expires_at) if row.expires_at else None
    return CardStatus(
        participant_id=row.participant_id,
        issued_at=row.created_at,
        expires_at=expires,
        expired=expires is not None and expires <= datetime.now(UTC),
    )


@router.get(
    "/{participant_id}/token",
    response_model=CardStatus,
    responses={404: {"description": "No such participant, or no card that is not revoked"}},
)
def read_participant_token(
    participant_id: Id, coach: CurrentCoach, session: SessionDep
) -> CardStatus:
    """The participant's current card: when it was issued and until when it works."""
    participant = _own(session, coach, participant_id)
    row = current_card(session=session, participant_id=participant.id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "The participant has no card")
    return _card_status(row)


@router.post(
    "/{participant_id}/token/renew",
    response_model=CardStatus,
    responses={
        404: {"description": "No such participant"},
        409: {"description": "Deactivated, or no card to renew (print one)"},
    },
)
def create_participant_token_renewal(
    participant_id: Id, coach: CurrentCoach, session: SessionDep, valid_days: ValidDays = None
) -> CardStatus:
    """Let the participant's current card work longer (from today), without reprinting it."""
    participant = _own(session, coach, participant_id)
    if not participant.is_active:
        raise HTTPException(
            status.HTTP_409_CONFLICT, "The participant is deactivated: reactivate them first"
        )
    row = renew_card(session=session, participant_id=participant.id, valid_days=valid_days)
    if row is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "The participant has no card: print one")
    audit.record(session=session, coach=coach, action="card_renewed", participant_id=participant.id)
    session.commit()
    session.refresh(row)
    return _card_status(row)


@router.delete("/{participant_id}/token", status_code=status.HTTP_204_NO_CONTENT)
def delete_participant_token(participant_id: Id, coach: CurrentCoach, session: SessionDep) -> None:
    """Revoke the participant's sign-in card(s): their device is signed out at once."""
    participant = _own(session, coach, participant_id)
    if revoke_participant_tokens(session=session, participant_id=participant.id, commit=False):
        audit.record(
            session=session, coach=coach, action="card_revoked", participant_id=participant.id
        )
    session.commit()


# --- issue 5: exit (ESF reason and date) and deactivation --------------------------------


@router.post("/{participant_id}/exit", response_model=ParticipantPublic)
def create_participant_exit(
    participant_id: Id, body: ExitIn, coach: CurrentCoach, session: SessionDep
) -> ParticipantPublic:
    """Record the exit with its ESF reason and date; deactivates and revokes the cards."""
    participant = _own(session, coach, participant_id)
    try:
        participant = coaching.exit_participant(
            session=session, participant=participant, reason=body.reason, on=body.date, by=coach
        )
    except accounts.AccountError as exc:
        raise unprocessable(exc.field or "body", str(exc)) from None
    return ParticipantPublic.model_validate(participant)


@router.delete("/{participant_id}/exit", response_model=ParticipantPublic)
def delete_participant_exit(
    participant_id: Id, coach: CurrentCoach, session: SessionDep
) -> ParticipantPublic:
    """Take back an exit recorded by mistake (the participant stays deactivated)."""
    participant = _own(session, coach, participant_id)
    participant = coaching.undo_exit(session=session, participant=participant)
    return ParticipantPublic.model_validate(participant)


@router.post("/{participant_id}/deactivate", response_model=ParticipantPublic)
def create_participant_deactivation(
    participant_id: Id, coach: CurrentCoach, session: SessionDep
) -> ParticipantPublic:
    """Deactivate the participant; their devices are signed out at once."""
    participant = coaching.deactivate_participant(
        session=session, participant=_own(session, coach, participant_id), by=coach
    )
    return ParticipantPublic.model_validate(participant)


@self_router.get("/me", response_model=ParticipantProfile)
def read_participant_me(participant: CurrentParticipant) -> ParticipantProfile:
    """The signed-in participant's own profile."""
    return ParticipantProfile.model_validate(participant)
