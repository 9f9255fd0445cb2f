"""Issuing, resolving and revoking access tokens for coaches and participants."""

from datetime import UTC, datetime, timedelta
from functools import lru_cache

from sqlalchemy import String
from sqlmodel import Session, select

from server.core.security import new_token, token_digest
from server.db import list_param, member_of
from server.models import AccessToken, Coach, Participant


def _aware(dt: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes even for timezone=True columns.
    if dt is not None and dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt


def issue_coach_token(*, session: Session, coach: Coach, hours: int) -> str:
    token = new_token()
    session.add(
        AccessToken(
            token_hash=token_digest(token),
            coach_id=coach.id,
            expires_at=datetime.now(UTC) + timedelta(hours=hours),
        )
    )
    session.commit()
    return token


MAX_CARD_DAYS = 5 * 366  # longest lifetime a coach may give a card


def card_expiry(valid_days: int | None) -> datetime:
    """When a card made (or renewed) now stops working: STEGVIS_CARD_LIFETIME_DAYS
    (a year by default) unless the coach chose another lifetime."""
    from server.core.config import get_settings

    days = valid_days if valid_days is not None else get_settings().card_lifetime_days
    return datetime.now(UTC) + timedelta(days=days)


def issue_participant_token(
    *,
    session: Session,
    participant: Participant,
    token: str | None = None,
    valid_days: int | None = None,
) -> str:
    """A new sign-in token for the participant's card; earlier cards stop working.

    Pass `token` to store one made earlier (a card printed first, then activated).
    Issue 12: cards expire (`card_expiry`); a coach renews them without reprinting."""
    revoke_participant_tokens(session=session, participant_id=participant.id, commit=False)
    token = token or new_token()
    session.add(
        AccessToken(
            token_hash=token_digest(token),
            participant_id=participant.id,
            expires_at=card_expiry(valid_days),
        )
    )
    session.commit()
    return token


def current_card(*, session: Session, participant_id: int) -> AccessToken | None:
    """The participant's newest card that is not revoked (it may have expired)."""
    return session.exec(
        select(AccessToken)
        .where(AccessToken.participant_id == participant_id, AccessToken.revoked_at.is_(None))
        .order_by(AccessToken.id.desc())
    ).first()


def renew_card(
    *, session: Session, participant_id: int, valid_days: int | None
) -> AccessToken | None:
    """Give the participant's current card a new lifetime from today; None if none.
    The caller commits (with its audit entry)."""
    row = current_card(session=session, participant_id=participant_id)
    if row is not None:
        row.expires_at = card_expiry(valid_days)
        session.add(row)
    return row


def revoke_participant_tokens(*, session: Session, participant_id: int, commit: bool = True) -> int:
    now = datetime.now(UTC)
    rows = session.exec(
        select(AccessToken).where(
            AccessToken.participant_id == participant_id, AccessToken.revoked_at.is_(None)
        )
    ).all()
    for row in rows:
        row.revoked_at = now
        session.add(row)
    if commit:
        session.commit()
    return len(rows)


def revoke_token(*, session: Session, token: str) -> None:
    row = session.exec(
        select(AccessToken).where(AccessToken.token_hash == token_digest(token))
    ).first()
    if row and row.revoked_at is None:
        row.revoked_at = datetime.now(UTC)
        session.add(row)
        session.commit()


@lru_cache(maxsize=4)
def _cards(dialect: str):
    """Built once per database kind, the digests as one list parameter: SQLAlchemy then
    finds the compiled form by the statement's identity, for any number of cards."""
    return (
        select(
            AccessToken.token_hash,
            AccessToken.participant_id,
            AccessToken.revoked_at,
            AccessToken.expires_at,
            Participant.is_active,
        )
        .outerjoin(Participant, Participant.id == AccessToken.participant_id)
        .where(member_of(AccessToken.token_hash, "digests", dialect, String))
    )


def participant_ids_for_cards(*, session: Session, tokens: set[str]) -> dict[str, int | bool]:
    """Presented tokens to signed-in participants' ids, in one query, for the event
    ingest's group of batches: a token that is unknown, revoked or expired, or whose
    participant is gone or inactive, is left out; a live token that is not a
    participant's (a coach's) maps to False."""
    by_digest = {token_digest(t): t for t in tokens}
    dialect = session.get_bind().dialect.name
    rows = session.connection().execute(
        _cards(dialect), {"digests": list_param(dialect, by_digest)}
    )
    now = datetime.now(UTC)
    found: dict[str, int | bool] = {}
    for row in rows:
        expires = _aware(row.expires_at)
        if row.revoked_at is not None or (expires is not None and expires <= now):
            continue
        if row.participant_id is None:
            found[by_digest[row.token_hash]] = False
        elif row.is_active:
            found[by_digest[row.token_hash]] = row.participant_id
    return found


def resolve_token(*, session: Session, token: str) -> AccessToken | None:
    """The live token row for a presented token, or None (unknown, revoked, expired)."""
    row = session.exec(
        select(AccessToken).where(AccessToken.token_hash == token_digest(token))
    ).first()
    if row is None or row.revoked_at is not None:
        return None
    expires = _aware(row.expires_at)
    if expires is not None and expires <= datetime.now(UTC):
        return None
    return row
