"""Signing in and out: coaches with email + password, participants with their card's token.

Also holds what the accounts routers share: `database_guard`, the dependency
that turns a database that is down into a 503 with a clear message instead of
a stack trace, and `unprocessable` for 422s in FastAPI's own shape.
"""

import logging
import threading
import time
from collections import deque

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
from sqlalchemy.exc import OperationalError

from server.api.deps import (
    SESSION_COOKIE,
    CurrentCoach,
    SessionDep,
    SettingsDep,
    presented_token,
)
from server.models import CoachPublic, Participant
from server.models.accounts import (
    LoginRequest,
    LoginResponse,
    ParticipantProfile,
    ParticipantSignIn,
    as_utc,
)
from server.services import accounts
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


def unprocessable(field: str, message: str) -> HTTPException:
    """A 422 shaped like FastAPI's own validation errors, so clients read one format."""
    return HTTPException(
        status.HTTP_422_UNPROCESSABLE_CONTENT,
        [{"type": "value_error", "loc": ["body", field], "msg": message}],
    )


class LoginLimiter:
    """Failed sign-ins per email and per client address in a sliding window.

    In-process (one server process is the deployment); kept on app.state so each
    app, and each test's app, has its own.
    """

    def __init__(self, *, per_email: int = 10, per_address: int = 50, window_s: float = 900):
        self.limits = {"email": per_email, "address": per_address}
        self.window_s = window_s
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and times[0] <= now - self.window_s:
            times.popleft()
        return times

    def retry_after(self, email: str, address: str) -> int:
        """Seconds until another attempt is allowed; 0 when allowed now."""
        now = time.monotonic()
        wait = 0.0
        with self._lock:
            for kind, value in (("email", email), ("address", address)):
                times = self._recent((kind, value), now)
                if len(times) >= self.limits[kind]:
                    wait = max(wait, times[0] + self.window_s - now)
        return int(wait) + 1 if wait else 0

    def failed(self, email: str, address: str) -> None:
        now = time.monotonic()
        with self._lock:
            for kind, value in (("email", email), ("address", address)):
                self._recent((kind, value), now).append(now)

    def succeeded(self, email: str) -> None:
        with self._lock:
            self._failures.pop(("email", email), None)


def _limiter(request: Request) -> LoginLimiter:
    state = request.app.state
    if not hasattr(state, "login_limiter"):
        state.login_limiter = LoginLimiter()
    return state.login_limiter


router = APIRouter(prefix="/auth", tags=["auth"], dependencies=[Depends(database_guard)])


@router.post(
    "/login",
    response_model=LoginResponse,
    responses={401: {"description": WRONG_LOGIN}, 429: {"description": "Too many attempts"}},
)
def create_session(
    body: LoginRequest,
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
) -> LoginResponse:
    """Sign a coach in: a bearer token in the body and the same token as an HttpOnly cookie."""
    email = accounts.normalise_email(body.email)
    address = request.client.host if request.client else "unknown"
    limiter = _limiter(request)
    wait = limiter.retry_after(email, address)
    if wait:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            f"Too many failed sign-ins. Try again in {max(1, wait // 60)} minute(s).",
            headers={"Retry-After": str(wait)},
        )
    coach = accounts.authenticate_coach(session=session, email=email, password=body.password)
    if coach is None:
        limiter.failed(email, address)
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, WRONG_LOGIN, headers={"WWW-Authenticate": "Bearer"}
        )
    limiter.succeeded(email)
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
    return LoginResponse(
        access_token=token, expires_at=expires_at, coach=CoachPublic.model_validate(coach)
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
