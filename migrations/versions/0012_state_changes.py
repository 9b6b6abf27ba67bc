"""One history table for the lifecycles declared in code (live sessions, registrations,
review assignments, co-author invitations, PHI overrides): every transition with who, when,
from, to and why.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 07:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'state_changes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('lifecycle', sa.String(length=40), nullable=False),
        sa.Column('subject_id', sa.Integer(), nullable=False),
        sa.Column('transition', sa.String(length=40), nullable=False),
        sa.Column('from_state', sa.String(length=30), nullable=True),
        sa.Column('to_state', sa.String(length=30), nullable=False),
        sa.Column('actor_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['actor_id'], ['users.id'],
                                name=op.f('fk_state_changes_actor_id_users'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_state_changes')),
    )
    with op.batch_alter_table('state_changes', schema=None) as batch_op:
        batch_op.create_index('ix_state_changes_subject', ['lifecycle', 'subject_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('state_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_state_changes_subject')
    op.drop_table('state_changes')
