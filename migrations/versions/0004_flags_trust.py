"""Flags, queued posts, trust levels, silences and suspensions: post_flags, member_standings,
member_sanctions, and the hidden_at / hidden_reason columns of posts and topics.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('member_sanctions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('lifted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('lifted_by_id', sa.Integer(), nullable=True),
    sa.Column('lift_reason', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('silence', 'suspension')", name=op.f('ck_member_sanctions_kind_known')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_member_sanctions_ends_after_start')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_member_sanctions_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['lifted_by_id'], ['users.id'], name=op.f('fk_member_sanctions_lifted_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_member_sanctions_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_sanctions'))
    )
    with op.batch_alter_table('member_sanctions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_sanctions_user_id'), ['user_id'], unique=False)

    op.create_table('member_standings',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('days_visited', sa.Integer(), nullable=False),
    sa.Column('last_visited_on', sa.Date(), nullable=True),
    sa.Column('posts_read', sa.Integer(), nullable=False),
    sa.Column('level_locked', sa.Boolean(), nullable=False),
    sa.Column('locked_by_id', sa.Integer(), nullable=True),
    sa.Column('locked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('silenced_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('silence_reason', sa.Text(), nullable=False),
    sa.Column('suspended_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('suspension_reason', sa.Text(), nullable=False),
    sa.CheckConstraint('days_visited >= 0 AND posts_read >= 0', name=op.f('ck_member_standings_counters_positive')),
    sa.ForeignKeyConstraint(['locked_by_id'], ['users.id'], name=op.f('fk_member_standings_locked_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_member_standings_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_member_standings'))
    )
    op.create_table('post_flags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('flagger_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("outcome IS NULL OR outcome IN ('upheld', 'dismissed', 'ignored')", name=op.f('ck_post_flags_outcome_known')),
    sa.CheckConstraint("reason <> 'other' OR message <> ''", name=op.f('ck_post_flags_other_explained')),
    sa.CheckConstraint("reason IN ('off_topic', 'inappropriate', 'spam', 'patient_privacy', 'commercial_promotion', 'other')", name=op.f('ck_post_flags_reason_known')),
    sa.CheckConstraint('(outcome IS NULL) = (resolved_at IS NULL)', name=op.f('ck_post_flags_resolution_recorded')),
    sa.ForeignKeyConstraint(['flagger_id'], ['users.id'], name=op.f('fk_post_flags_flagger_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_post_flags_post_id_posts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['users.id'], name=op.f('fk_post_flags_resolved_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_post_flags')),
    sa.UniqueConstraint('post_id', 'flagger_id', name=op.f('uq_post_flags_post_id_flagger_id'))
    )
    with op.batch_alter_table('post_flags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_post_flags_flagger_id'), ['flagger_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_post_flags_post_id'), ['post_id'], unique=False)

    # Hidden posts and topics (queued or flagged), with the same checks as the models.
    for table in ('posts', 'topics'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('hidden_at', sa.DateTime(timezone=True), nullable=True))
            batch_op.add_column(sa.Column('hidden_reason', sa.String(length=16), nullable=True))
            batch_op.create_check_constraint(
                'hiding_recorded', '(hidden_at IS NULL) = (hidden_reason IS NULL)')
            batch_op.create_check_constraint(
                'hidden_reason_known', "hidden_reason IN ('queued', 'flagged')")



def downgrade() -> None:
    for table in ('topics', 'posts'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(f'ck_{table}_hidden_reason_known'), type_='check')
            batch_op.drop_constraint(op.f(f'ck_{table}_hiding_recorded'), type_='check')
            batch_op.drop_column('hidden_reason')
            batch_op.drop_column('hidden_at')

    with op.batch_alter_table('post_flags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_post_flags_post_id'))
        batch_op.drop_index(batch_op.f('ix_post_flags_flagger_id'))

    op.drop_table('post_flags')
    op.drop_table('member_standings')
    with op.batch_alter_table('member_sanctions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_sanctions_user_id'))

    op.drop_table('member_sanctions')
