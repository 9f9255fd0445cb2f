"""The audit log: which coach viewed, exported or erased whose data.

Entries name the participant by id only (no name, no foreign key), so they
survive an erasure without keeping personal data of the participant.
"""

from sqlalchemy import func, select
from sqlmodel import Session, col

from server.models import Coach
from server.models.coaching import AUDIT_ACTIONS, AuditEntry


def record(
    *,
    session: Session,
    coach: Coach,
    action: str,
    participant_id: int | None = None,
    subject: str | None = None,
) -> None:
    """Add an entry; the caller's commit writes it with the change it logs."""
    assert action in AUDIT_ACTIONS, action
    session.add(
        AuditEntry(
            organisation_id=coach.organisation_id,
            coach_id=coach.id,
            action=action,
            participant_id=participant_id,
            subject=subject[:200] if subject else None,
        )
    )


def list_entries(
    *,
    session: Session,
    organisation_id: int,
    action: str | None = None,
    participant_id: int | None = None,
    coach_id: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[int, list[tuple[AuditEntry, str | None]]]:
    """The organisation's entries, newest first, with each coach's display name."""
    where = [AuditEntry.organisation_id == organisation_id]
    if action:
        where.append(AuditEntry.action == action)
    if participant_id is not None:
        where.append(AuditEntry.participant_id == participant_id)
    if coach_id is not None:
        where.append(AuditEntry.coach_id == coach_id)
    total = session.execute(select(func.count()).select_from(AuditEntry).where(*where)).scalar_one()
    rows = session.execute(
        select(AuditEntry, Coach.display_name)
        .outerjoin(Coach, col(Coach.id) == AuditEntry.coach_id)
        .where(*where)
        .order_by(col(AuditEntry.at).desc(), col(AuditEntry.id).desc())
        .offset(offset)
        .limit(limit)
    ).all()
    return total, [(entry, name) for entry, name in rows]
