"""Issuing, resolving and revoking access tokens for coaches and participants."""

from datetime import UTC, datetime, timedelta

from sqlmodel import Session, select

from server.core.security import new_token, token_digest
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


def issue_participant_token(
    *, session: Session, participant: Participant, token: str | None = None
) -> str:
    """A new sign-in token for the participant's card; earlier cards stop working.

    Pass `token` to store one made earlier (a card printed first, then activated)."""
    revoke_participant_tokens(session=session, participant_id=participant.id, commit=False)
    token = token or new_token()
    session.add(AccessToken(token_hash=token_digest(token), participant_id=participant.id))
    session.commit()
    return token


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
