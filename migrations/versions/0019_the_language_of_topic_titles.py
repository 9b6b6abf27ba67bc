"""The language of a topic's title (`topics.language`): its opening post's, copied here so
that every list of topics can mark the title with `lang`. A database that had its posts'
languages already gets them now; one passing 0018 in the same upgrade gets them from the
application's backfill after it (community/migrate.py, platform/language.backfill).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 21:40:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0019'
down_revision: str | None = '0018'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('topics', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=8), server_default='und',
                                      nullable=False))
    op.execute("UPDATE topics SET language = (SELECT posts.language FROM posts WHERE "
               "posts.topic_id = topics.id AND posts.number = 1) WHERE EXISTS (SELECT 1 FROM "
               "posts WHERE posts.topic_id = topics.id AND posts.number = 1)")


def downgrade() -> None:
    with op.batch_alter_table('topics', schema=None) as batch_op:
        batch_op.drop_column('language')
