"""Members' pictures (user_avatars, users.avatar_version), the PostgreSQL search table for
the other kinds (published write-ups and sessions: search_items), idempotency keys for
writes that a client may retry (a reply or a topic sent again after a lost connection), and
the review queue's keyset paging (created_at and id at the end of its two indexes).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 15:24:41.661746
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('search_items',
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('item_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('authors', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('document', sa.Text().with_variant(postgresql.TSVECTOR(), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'item_id', name=op.f('pk_search_items'))
    )
    with op.batch_alter_table('search_items', schema=None) as batch_op:
        batch_op.create_index('ix_search_items_document', ['document'], unique=False, postgresql_using='gin')

    op.create_table('idempotency_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('request', sa.String(length=300), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('status', sa.Integer(), nullable=True),
    sa.Column('location', sa.String(length=500), nullable=True),
    sa.Column('content_type', sa.String(length=100), nullable=True),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_idempotency_keys_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idempotency_keys')),
    sa.UniqueConstraint('user_id', 'key', name='uq_idempotency_keys_user_key')
    )
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.create_index('ix_idempotency_keys_created_at', ['created_at'], unique=False)

    op.create_table('user_avatars',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('content_type', sa.String(length=32), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_avatars_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_user_avatars'))
    )
    with op.batch_alter_table('queue_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_queue_items_board_status'))
        batch_op.create_index('ix_queue_items_board_status', ['board_id', 'status', 'created_at', 'id'], unique=False)
        batch_op.drop_index(batch_op.f('ix_queue_items_status_kind'))
        batch_op.create_index('ix_queue_items_status_kind', ['status', 'kind', 'created_at', 'id'], unique=False)

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('avatar_version', sa.String(length=16), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('avatar_version')

    with op.batch_alter_table('queue_items', schema=None) as batch_op:
        batch_op.drop_index('ix_queue_items_status_kind')
        batch_op.create_index(batch_op.f('ix_queue_items_status_kind'), ['status', 'kind', 'created_at'], unique=False)
        batch_op.drop_index('ix_queue_items_board_status')
        batch_op.create_index(batch_op.f('ix_queue_items_board_status'), ['board_id', 'status'], unique=False)

    op.drop_table('user_avatars')
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.drop_index('ix_idempotency_keys_created_at')

    op.drop_table('idempotency_keys')
    with op.batch_alter_table('search_items', schema=None) as batch_op:
        batch_op.drop_index('ix_search_items_document', postgresql_using='gin')

    op.drop_table('search_items')
