"""The sign-in limiter: slows password guessing without locking out the owner or the office.

- Per account (email) and per client address, failed sign-ins in a row are
  counted in the database (shared by every server process, kept over restarts).
  The first few are free; after that each failure doubles the wait before the
  next attempt, up to a cap. Failures are forgotten after an hour without one.
- The address allows many more free failures than an account: a municipality's
  office shares one address (NAT), and one coach's typos must not stop the rest.
- A known device (a browser or app the coach signed in from before, holding a
  device token) skips both waits: the owner's correct password from their own
  browser still works while someone else is guessing. Its own failures count on
  the device, and after a few it is no longer trusted.
- When an account starts being slowed down, the audit log says so.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from math import ceil

from sqlalchemy import case, delete, select, update
from sqlmodel import Session

from server.core.security import new_token, token_digest
from server.models import Coach
from server.models.login import KnownDevice, LoginThrottle


@dataclass(frozen=True)
class Policy:
    free: int  # failures in a row before any wait
    base_s: int  # the first wait; doubled by each further failure
    cap_s: int  # the longest wait

    def wait_s(self, failures: int) -> int:
        over = failures - self.free
        return 0 if over <= 0 else min(self.cap_s, self.base_s * 2 ** min(over - 1, 30))


POLICIES = {
    "account": Policy(free=5, base_s=2, cap_s=900),
    "address": Policy(free=30, base_s=1, cap_s=900),
}
DEVICE_FREE = 5  # a known device's failures in a row before it stops being trusted
FORGET_AFTER = timedelta(hours=1)
DEVICE_DAYS = 365


def _aware(dt: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes (stored as UTC).
    return dt.replace(tzinfo=UTC) if dt is not None and dt.tzinfo is None else dt


def retry_after(*, session: Session, keys: list[tuple[str, str]]) -> int:
    """Seconds until the next attempt is allowed for all these (scope, key); 0 = now."""
    now = datetime.now(UTC)
    wait = 0.0
    rows = session.execute(
        select(LoginThrottle.scope, LoginThrottle.key, LoginThrottle.blocked_until).where(
            LoginThrottle.scope.in_([s for s, _ in keys]),
            LoginThrottle.key.in_([k for _, k in keys]),
        )
    ).all()
    for scope, key, until in rows:
        until = _aware(until)
        if (scope, key) in keys and until is not None and until > now:
            wait = max(wait, (until - now).total_seconds())
    return ceil(wait)


def _upsert(session: Session):
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def record_failure(*, session: Session, scope: str, key: str) -> int:
    """Count a failure (atomically, whichever process sees it); the failures in a row."""
    now = datetime.now(UTC)
    insert = _upsert(session)
    table = LoginThrottle.__table__
    stmt = insert(table).values(scope=scope, key=key, failures=1, last_failure_at=now)
    stmt = stmt.on_conflict_do_update(
        index_elements=["scope", "key"],
        set_={
            # An old streak is forgotten: this failure starts a new one.
            "failures": case(
                (table.c.last_failure_at < now - FORGET_AFTER, 1), else_=table.c.failures + 1
            ),
            "last_failure_at": now,
        },
    ).returning(table.c.failures)
    failures = session.execute(stmt).scalar_one()
    policy = POLICIES.get(scope)
    wait = policy.wait_s(failures) if policy else 0
    session.execute(
        update(table)
        .where(table.c.scope == scope, table.c.key == key)
        .values(blocked_until=now + timedelta(seconds=wait) if wait else None)
    )
    session.commit()
    return failures


def is_first_throttled_failure(scope: str, failures: int) -> bool:
    """True for the failure that starts the waits: the moment to write it down."""
    return failures == POLICIES[scope].free + 1


def clear(*, session: Session, scope: str, key: str) -> None:
    session.execute(
        delete(LoginThrottle).where(LoginThrottle.scope == scope, LoginThrottle.key == key)
    )
    session.commit()


# --- known devices ----------------------------------------------------------------------


def known_device(*, session: Session, token: str | None, email: str) -> KnownDevice | None:
    """The device if the token is one this email's coach signed in from, and it is
    still trusted (not too many failures from it); None otherwise."""
    if not token or len(token) > 200:
        return None
    digest = token_digest(token)
    row = session.execute(
        select(KnownDevice)
        .join(Coach, Coach.id == KnownDevice.coach_id)
        .where(KnownDevice.token_hash == digest, Coach.email == email)
    ).scalar_one_or_none()
    if row is None or _aware(row.created_at) < datetime.now(UTC) - timedelta(days=DEVICE_DAYS):
        return None
    failures = session.execute(
        select(LoginThrottle.failures).where(
            LoginThrottle.scope == "device",
            LoginThrottle.key == digest,
            LoginThrottle.last_failure_at >= datetime.now(UTC) - FORGET_AFTER,
        )
    ).scalar_one_or_none()
    if failures is not None and failures >= DEVICE_FREE:
        return None
    return row


def remember_device(*, session: Session, coach: Coach) -> str:
    """A new device token for the browser or app the coach just signed in from."""
    token = new_token()
    session.add(KnownDevice(token_hash=token_digest(token), coach_id=coach.id))
    session.commit()
    return token


def device_used(*, session: Session, device: KnownDevice) -> None:
    device.last_used_at = datetime.now(UTC)
    session.add(device)
    session.commit()
    clear(session=session, scope="device", key=device.token_hash)
