"""Request dependencies as type aliases; routes declare what they need.

Authentication: `Authorization: Bearer <token>` or the `stegvis_session`
cookie (coach browser sessions). A coach token resolves to CurrentCoach, a
participant token to CurrentParticipant; the wrong kind gets 403.
"""

import ipaddress
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from sqlmodel import Session

from server.core.config import Settings, get_settings
from server.db import get_session
from server.models import Coach, Participant
from server.models._ids import MAX_ID, Id  # noqa: F401  (routes take ids as `Id`)
from server.services.auth import resolve_token
from server.services.rollups import apply_pending

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
    # What a coach reads includes every event stored so far: fold in what the rollup
    # worker has not reached yet (usually nothing: one index look).
    apply_pending(session)
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


def participant_or_404(session: Session, coach: Coach, participant_id: int) -> Participant:
    """The coach's organisation's participant; another organisation's is a plain 404,
    the same as one that does not exist, so ids reveal nothing."""
    from server.services.coaching import owned_participant

    participant = owned_participant(session=session, coach=coach, participant_id=participant_id)
    if participant is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such participant")
    return participant


# --- issue 12: the client's address, believing X-Forwarded-For only from trusted proxies ---


@lru_cache
def _networks(spec: str) -> tuple:
    nets = []
    for part in spec.split(","):
        if part.strip():
            nets.append(ipaddress.ip_network(part.strip(), strict=False))
    return tuple(nets)


def _ip(text: str):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def client_address(request: Request, settings: Settings) -> str:
    """The address the request came from. X-Forwarded-For is read only when the peer
    is one of STEGVIS_TRUSTED_PROXIES, from the right, skipping trusted hops: the
    first address not ours is the client (anything left of it the client could forge)."""
    peer = request.client.host if request.client else "unknown"
    nets = _networks(settings.trusted_proxies)
    ip = _ip(peer)
    if not nets or ip is None or not any(ip in n for n in nets):
        return peer
    hops = [h for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    client = peer
    for hop in reversed(hops):
        hop_ip = _ip(hop)
        if hop_ip is None:
            break  # garbage: believe nothing further left
        client = str(hop_ip)
        if not any(hop_ip in n for n in nets):
            break
    return client
