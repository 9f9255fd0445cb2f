"""Signing in and out: coaches with email + password, participants with their card's token.

Also holds what the accounts routers share: `database_guard`, the dependency
that turns a database that is down into a 503 with a clear message instead of
a stack trace, and `unprocessable` for 422s in FastAPI's own shape.
"""

import logging
from math import ceil

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from server.api.deps import (
    SESSION_COOKIE,
    CurrentCoach,
    SessionDep,
    SettingsDep,
    client_address,
    presented_token,
)
from server.models import Coach, CoachPublic, Participant
from server.models.accounts import (
    LoginRequest,
    LoginResponse,
    ParticipantProfile,
    ParticipantSignIn,
    as_utc,
)
from server.services import accounts, audit
from server.services import login_throttle as throttle
from server.services.auth import issue_coach_token, resolve_token, revoke_token

log = logging.getLogger(__name__)

DATABASE_DOWN = "The database is not reachable right now. Please try again in a minute."
WRONG_LOGIN = "Wrong email or password."
CARD_NOT_VALID = "Sign-in card not valid (revoked or unknown)"


def database_guard():
    """Turn a lost database connection into a 503 with a plain message."""
    try:
        yield
    except OperationalError as exc:
        log.error("database unavailable: %s", exc.orig if exc.orig is not None else exc)
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, DATABASE_DOWN, headers={"Retry-After": "30"}
        ) from None


def unprocessable(field: str, message: str, *, where: str = "body") -> HTTPException:
    """A 422 shaped like FastAPI's own validation errors, so clients read one format."""
    return HTTPException(
        status.HTTP_422_UNPROCESSABLE_CONTENT,
        [{"type": "value_error", "loc": [where, field], "msg": message}],
    )


router = APIRouter(prefix="/auth", tags=["auth"], dependencies=[Depends(database_guard)])


# Issue 12: the browser's (or app's) device token, for "a known device may still sign in".
DEVICE_COOKIE = "stegvis_device"
DEVICE_HEADER = "X-Stegvis-Device"
TOO_MANY = "Too many failed sign-ins. Try again in {wait}."


def _too_many(wait: int) -> HTTPException:
    said = f"{wait} seconds" if wait < 120 else f"{ceil(wait / 60)} minutes"
    return HTTPException(
        status.HTTP_429_TOO_MANY_REQUESTS,
        TOO_MANY.format(wait=said),
        headers={"Retry-After": str(wait)},
    )


def _failed(session, *, email: str, address: str, device) -> None:
    """Count a wrong password where it belongs, and write down when an account starts
    being slowed down (once per streak, not per attempt)."""
    if device is not None:
        # The owner's own browser: its mistakes count on it alone, so guessing
        # elsewhere never locks it out and typos here never slow the office.
        throttle.record_failure(session=session, scope="device", key=device.token_hash)
        return
    failures = throttle.record_failure(session=session, scope="account", key=email)
    by_address = throttle.record_failure(session=session, scope="address", key=address)
    if throttle.is_first_throttled_failure("account", failures):
        coach = session.exec(select(Coach).where(Coach.email == email)).first()
        log.warning("sign-in throttled for account %s (from %s)", email, address)
        if coach is not None:
            audit.record(
                session=session, coach=coach, action="login_throttled", participant_id=None
            )
            session.commit()
    if throttle.is_first_throttled_failure("address", by_address):
        log.warning("sign-in throttled for address %s", address)


@router.post(
    "/login",
    response_model=LoginResponse,
    responses={
        401: {"description": WRONG_LOGIN},
        403: {"description": "Sent from another site's page (cross-site request)"},
        429: {"description": "Too many failed sign-ins; Retry-After says how long to wait"},
    },
)
def create_session(
    body: LoginRequest,
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
) -> LoginResponse:
    """Sign a coach in: a bearer token in the body and the same token as an HttpOnly cookie.

    Failed sign-ins slow down further attempts for the account and the address
    (doubling waits, 429 with Retry-After); a device the coach signed in from
    before (its device token as cookie or X-Stegvis-Device header) is let through."""
    email = accounts.normalise_email(body.email)
    address = client_address(request, settings)
    presented = request.headers.get(DEVICE_HEADER) or request.cookies.get(DEVICE_COOKIE)
    device = throttle.known_device(session=session, token=presented, email=email)
    if device is None:
        wait = throttle.retry_after(
            session=session, keys=[("account", email), ("address", address)]
        )
        if wait:
            raise _too_many(wait)
    coach = accounts.authenticate_coach(session=session, email=email, password=body.password)
    if coach is None:
        _failed(session, email=email, address=address, device=device)
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, WRONG_LOGIN, headers={"WWW-Authenticate": "Bearer"}
        )
    if device is not None:
        # The account's count stays: someone else may still be guessing at it.
        throttle.device_used(session=session, device=device)
        device_token = presented
    else:
        throttle.clear(session=session, scope="account", key=email)
        device_token = throttle.remember_device(session=session, coach=coach)
    hours = settings.coach_session_hours
    token = issue_coach_token(session=session, coach=coach, hours=hours)
    expires_at = as_utc(resolve_token(session=session, token=token).expires_at)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=hours * 3600,
        expires=expires_at,
        path="/",
        httponly=True,
        samesite="lax",
        secure=settings.cookie_secure,
    )
    response.set_cookie(
        DEVICE_COOKIE,
        device_token,
        max_age=throttle.DEVICE_DAYS * 86400,
        path="/api/auth",  # sent to sign-in only
        httponly=True,
        samesite="strict",
        secure=settings.cookie_secure,
    )
    return LoginResponse(
        access_token=token,
        expires_at=expires_at,
        coach=CoachPublic.model_validate(coach),
        device_token=device_token,
    )


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def delete_session(
    request: Request, response: Response, session: SessionDep, settings: SettingsDep
) -> None:
    """Sign a coach out: revoke the presented token and clear the cookie (safe to repeat)."""
    token = presented_token(request)
    row = resolve_token(session=session, token=token) if token else None
    if row is not None and row.participant_id is not None:
        # A participant's token is their printed card: only a coach may revoke it.
        raise HTTPException(status.HTTP_403_FORBIDDEN, "This needs a coach's sign-in")
    if row is not None:
        revoke_token(session=session, token=token)
    response.delete_cookie(
        SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=settings.cookie_secure
    )


@router.post("/logout-all", status_code=status.HTTP_204_NO_CONTENT)
def delete_all_sessions(
    coach: CurrentCoach, response: Response, session: SessionDep, settings: SettingsDep
) -> None:
    """Sign the coach out everywhere: every session of theirs stops working."""
    accounts.revoke_coach_tokens(session=session, coach_id=coach.id)
    response.delete_cookie(
        SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=settings.cookie_secure
    )


@router.get("/me", response_model=CoachPublic)
def read_me(coach: CurrentCoach) -> CoachPublic:
    """The signed-in coach."""
    return CoachPublic.model_validate(coach)


@router.post(
    "/participant",
    response_model=ParticipantProfile,
    responses={401: {"description": CARD_NOT_VALID}},
)
def create_participant_session(body: ParticipantSignIn, session: SessionDep) -> ParticipantProfile:
    """Check a scanned sign-in card's token; the client then sends it as its bearer token."""
    row = resolve_token(session=session, token=body.token)
    participant = (
        session.get(Participant, row.participant_id)
        if row is not None and row.participant_id is not None
        else None
    )
    if participant is None or not participant.is_active:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, CARD_NOT_VALID, headers={"WWW-Authenticate": "Bearer"}
        )
    return ParticipantProfile.model_validate(participant)
