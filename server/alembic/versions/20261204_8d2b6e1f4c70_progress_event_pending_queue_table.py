"""progress events pending for the rollups: a queue table instead of a flag

Setting `rolled_up` on every folded event rewrote the event row once more, with a
new entry in each of its indexes (an indexed column is never updated in place on
PostgreSQL): the costliest step of the ingest. The queue holds only the ids of
events not yet folded; the fold deletes them. Events pending at the upgrade move
to the queue.

Revision ID: 8d2b6e1f4c70
Revises: 5c1e0f3a9b27
Create Date: 2026-12-04 22:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8d2b6e1f4c70"
down_revision: str | None = "5c1e0f3a9b27"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PENDING_FLAG_INDEX = {
    "sqlite_where": sa.text("rolled_up = 0"),
    "postgresql_where": sa.text("rolled_up = false"),
}


def upgrade() -> None:
    op.create_table(
        "progress_event_pending",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_event_pending")),
    )
    op.execute(
        "INSERT INTO progress_event_pending (id) SELECT id FROM progress_event WHERE NOT rolled_up"
    )
    with op.batch_alter_table("progress_event", schema=None) as batch_op:
        batch_op.drop_index("ix_progress_event_pending", **PENDING_FLAG_INDEX)
        batch_op.drop_column("rolled_up")


def downgrade() -> None:
    with op.batch_alter_table("progress_event", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("rolled_up", sa.Boolean(), server_default=sa.text("true"), nullable=False)
        )
        batch_op.create_index("ix_progress_event_pending", ["id"], **PENDING_FLAG_INDEX)
    op.execute(
        "UPDATE progress_event SET rolled_up = false "
        "WHERE id IN (SELECT id FROM progress_event_pending)"
    )
    op.drop_table("progress_event_pending")
