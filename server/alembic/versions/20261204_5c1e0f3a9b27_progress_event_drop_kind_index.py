"""progress events: drop the index on kind and the one on participant alone

The kind index (six values) served no query and misled PostgreSQL's planner: the
fold of a group's new events scanned every tick stored through it, so each fold
grew with the table (155 ms per group after 15,000 events, 22 ms without it). The
index on participant_id alone is the first column of (participant_id, device_time).
Fewer indexes also make each stored event cheaper.

Revision ID: 5c1e0f3a9b27
Revises: 2d681ac35fe4
Create Date: 2026-12-04 16:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "5c1e0f3a9b27"
down_revision: str | None = "2d681ac35fe4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("progress_event", schema=None) as batch_op:
        batch_op.drop_index("ix_progress_event_kind")
        batch_op.drop_index("ix_progress_event_participant_id")


def downgrade() -> None:
    with op.batch_alter_table("progress_event", schema=None) as batch_op:
        batch_op.create_index("ix_progress_event_participant_id", ["participant_id"], unique=False)
        batch_op.create_index("ix_progress_event_kind", ["kind"], unique=False)
