"""progress events pending for the rollup worker

Revision ID: f7c435437a8c
Revises: d746124c4d73
Create Date: 2026-12-03 08:00:34.786969
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f7c435437a8c"
down_revision: str | None = "d746124c4d73"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Events already stored were folded in by the old synchronous ingest: true.
    with op.batch_alter_table("progress_event", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("rolled_up", sa.Boolean(), server_default=sa.text("true"), nullable=False)
        )
        batch_op.create_index(
            "ix_progress_event_pending",
            ["id"],
            unique=False,
            sqlite_where=sa.text("rolled_up = 0"),
            postgresql_where=sa.text("rolled_up = false"),
        )


def downgrade() -> None:

    with op.batch_alter_table("progress_event", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_progress_event_pending",
            sqlite_where=sa.text("rolled_up = 0"),
            postgresql_where=sa.text("rolled_up = false"),
        )
        batch_op.drop_column("rolled_up")
