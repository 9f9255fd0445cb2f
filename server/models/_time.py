from datetime import UTC, datetime


def utcnow() -> datetime:
    """Timezone-aware now; stored as UTC on both SQLite and PostgreSQL."""
    return datetime.now(UTC)
