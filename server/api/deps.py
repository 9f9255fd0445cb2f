"""Request dependencies as type aliases; routes declare what they need.

Authentication: `Authorization: Bearer <token>` or the `stegvis_session`
cookie (coach browser sessions). A coach token resolves to CurrentCoach, a
participant token to CurrentParticipant; the wrong kind gets 403.
"""

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from sqlmodel import Session

from server.core.config import Settings, get_settings
from server.db import get_session
from server.models import Coach, Participant
from server.services.auth import resolve_token

SESSION_COOKIE = "stegvis_session"

SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def presented_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.cookies.get(SESSION_COOKIE)


def _unauthorised(detail: str = "Not signed in") -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


def get_current_coach(request: Request, session: SessionDep) -> Coach:
    token = presented_token(request)
    row = resolve_token(session=session, token=token) if token else None
    if row is None:
        raise _unauthorised()
    if row.coach_id is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "This needs a coach's sign-in")
    coach = session.get(Coach, row.coach_id)
    if coach is None or not coach.is_active:
        raise _unauthorised()
    return coach


def get_current_participant(request: Request, session: SessionDep) -> Participant:
    token = presented_token(request)
    row = resolve_token(session=session, token=token) if token else None
    if row is None:
        raise _unauthorised("Sign-in card not valid (revoked or unknown)")
    if row.participant_id is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "This needs a participant's sign-in")
    participant = session.get(Participant, row.participant_id)
    if participant is None or not participant.is_active:
        raise _unauthorised("Sign-in card not valid (revoked or unknown)")
    return participant


CurrentCoach = Annotated[Coach, Depends(get_current_coach)]
CurrentParticipant = Annotated[Participant, Depends(get_current_participant)]


def require_coach_role(coach: CurrentCoach) -> Coach:
    """Participant data needs the coach or admin role (issue 10): a language-support-only
    account works on texts and recordings and sees no participants. Put on routers in
    server/api/main.py, so each participant route needs no change."""
    from server.services.roles import is_coach

    if not is_coach(coach):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            "This account has no coach role: it works on texts and recordings only.",
        )
    return coach


def optional_viewer(request: Request, session: SessionDep) -> tuple[int | None, bool]:
    """(organisation id, signed in) of whoever presents a token, coach or participant;
    (None, False) for anonymous requests. Catalog reads use it to show the organisation's
    own items beside the shared library (issue 10)."""
    token = presented_token(request)
    row = resolve_token(session=session, token=token) if token else None
    if row is None:
        return None, False
    if row.coach_id is not None:
        coach = session.get(Coach, row.coach_id)
        return (coach.organisation_id, True) if coach and coach.is_active else (None, False)
    participant = session.get(Participant, row.participant_id)
    if participant is None or not participant.is_active:
        return None, False
    return participant.organisation_id, True


ViewerOrg = Annotated[tuple[int | None, bool], Depends(optional_viewer)]


def participant_or_404(session: Session, coach: Coach, participant_id: int) -> Participant:
    """The coach's organisation's participant; another organisation's is a plain 404,
    the same as one that does not exist, so ids reveal nothing."""
    from server.services.coaching import owned_participant

    participant = owned_participant(session=session, coach=coach, participant_id=participant_id)
    if participant is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such participant")
    return participant
