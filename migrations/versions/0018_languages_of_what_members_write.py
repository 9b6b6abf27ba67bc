"""The language each post, write-up version, chat message and question was written in
(`language`: a BCP 47 tag, "und" when too short to tell). The rows already there are
detected after the upgrade by the application (community/migrate.py calls
platform/language.backfill), since a migration does not import the application.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 17:32:23.810425
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("posts", "case_versions", "live_messages", "live_questions")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('language', sa.String(length=8), server_default='und',
                                          nullable=False))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('language')
