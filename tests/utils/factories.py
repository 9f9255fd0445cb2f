"""Factories for accounts, for any test that needs an organisation, a coach or a participant.

They go through server.services.accounts (the same code the API and CLI use),
so what they make is what the app would make. Names and emails are unique per
call, so a test can make as many as it likes.

    org = make_org(session)
    coach = make_coach(session, org, password=PASSWORD)
    headers = coach_headers(client, coach)            # signs in through the API
    p = make_participant(session, org, coach=coach)
    p_headers = participant_headers(session, p)       # issues a sign-in card token
"""

import itertools

from argon2 import PasswordHasher
from sqlmodel import Session

from server.api.deps import SESSION_COOKIE
from server.core import security
from server.models import Coach, Organisation, Participant
from server.services import accounts
from server.services.auth import issue_participant_token

PASSWORD = "correct horse battery"

_seq = itertools.count(1)


def use_fast_password_hashing(monkeypatch) -> None:
    """Argon2id still, with tiny costs: the real parameters take about a second per
    hash on a busy test machine, and every coach a test makes hashes once and
    signs in once. Call it from an autouse fixture in a test module."""
    monkeypatch.setattr(
        security, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


def make_org(session: Session, *, name: str | None = None, slug: str | None = None) -> Organisation:
    n = next(_seq)
    return accounts.create_organisation(
        session=session, name=name or f"Test unit {n}", slug=slug or f"test-unit-{n}"
    )


def make_coach(
    session: Session,
    organisation: Organisation | None = None,
    *,
    email: str | None = None,
    display_name: str | None = None,
    password: str = PASSWORD,
    is_admin: bool = False,
    is_coach: bool = True,
    is_language_support: bool = False,
    is_library_editor: bool = False,
) -> Coach:
    n = next(_seq)
    return accounts.create_coach(
        session=session,
        organisation=organisation or make_org(session),
        email=email or f"coach{n}@example.org",
        display_name=display_name or f"Coach {n}",
        password=password,
        is_admin=is_admin,
        is_coach=is_coach,
        is_language_support=is_language_support,
        is_library_editor=is_library_editor,
    )


def make_library_editor(session: Session, organisation: Organisation | None = None, **kw) -> Coach:
    """Language-support staff who keep the shared library (issue 10: a CLI-only role)."""
    kw.setdefault("is_language_support", True)
    return make_coach(session, organisation, is_library_editor=True, **kw)


def make_participant(
    session: Session,
    organisation: Organisation | None = None,
    *,
    coach: Coach | None = None,
    display_name: str | None = None,
    language: str = "ar",
) -> Participant:
    if organisation is None:
        organisation = (
            session.get(Organisation, coach.organisation_id) if coach else make_org(session)
        )
    return accounts.create_participant(
        session=session,
        organisation=organisation,
        display_name=display_name or f"Participant {next(_seq)}",
        language=language,
        coach=coach,
    )


def coach_token(client, coach: Coach, password: str = PASSWORD) -> str:
    """Sign the coach in through POST /api/auth/login; the bearer token."""
    response = client.post("/api/auth/login", json={"email": coach.email, "password": password})
    assert response.status_code == 200, response.text
    # Login also sets the session cookie, which the test client would then send on
    # every request: drop it, so the returned token is the only credential in play.
    client.cookies.delete(SESSION_COOKIE)
    return response.json()["access_token"]


def coach_headers(client, coach: Coach, password: str = PASSWORD) -> dict[str, str]:
    """Authorization headers for the coach, signed in through the API."""
    return {"Authorization": f"Bearer {coach_token(client, coach, password)}"}


def participant_token(session: Session, participant: Participant) -> str:
    """A fresh sign-in card token for the participant (earlier ones are revoked)."""
    return issue_participant_token(session=session, participant=participant)


def participant_headers(session: Session, participant: Participant) -> dict[str, str]:
    """Authorization headers as the participant's device sends them after scanning the card."""
    return {"Authorization": f"Bearer {participant_token(session, participant)}"}
