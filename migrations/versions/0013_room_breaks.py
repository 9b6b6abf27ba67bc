"""Breaks in a live session's room: room_breaks, one row per break a host marked (its time is
not credit time), at most one running per session (a partial unique index).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08 09:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RUNNING = "ended_at IS NULL"


def upgrade() -> None:
    op.create_table(
        'room_breaks',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.Integer(), nullable=False),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('started_by_id', sa.Integer(), nullable=False),
        sa.Column('ended_by_id', sa.Integer(), nullable=True),
        sa.CheckConstraint('ended_at IS NULL OR ended_at >= started_at',
                           name=op.f('ck_room_breaks_ends_after_start')),
        sa.CheckConstraint('(ended_at IS NULL) = (ended_by_id IS NULL)',
                           name=op.f('ck_room_breaks_ended_by_known')),
        sa.ForeignKeyConstraint(['ended_by_id'], ['users.id'],
                                name=op.f('fk_room_breaks_ended_by_id_users')),
        sa.ForeignKeyConstraint(['session_id'], ['live_sessions.id'],
                                name=op.f('fk_room_breaks_session_id_live_sessions'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['started_by_id'], ['users.id'],
                                name=op.f('fk_room_breaks_started_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_room_breaks')),
    )
    with op.batch_alter_table('room_breaks', schema=None) as batch_op:
        batch_op.create_index('ix_room_breaks_session', ['session_id', 'started_at'],
                              unique=False)
        batch_op.create_index('uq_room_breaks_running', ['session_id'], unique=True,
                              sqlite_where=sa.text(RUNNING),
                              postgresql_where=sa.text(RUNNING))


def downgrade() -> None:
    with op.batch_alter_table('room_breaks', schema=None) as batch_op:
        batch_op.drop_index('uq_room_breaks_running')
        batch_op.drop_index('ix_room_breaks_session')
    op.drop_table('room_breaks')
