"""De-identification (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)): phi_overrides, the
authors' overrides of PHI warnings, each with its review-queue item.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('phi_overrides',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('version_number', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=40), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('excerpt', sa.String(length=500), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('queue_item_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.CheckConstraint("reason <> ''", name=op.f('ck_phi_overrides_reason_given')),
    sa.CheckConstraint("status IN ('pending', 'accepted', 'rejected', 'withdrawn')", name=op.f('ck_phi_overrides_status_known')),
    sa.CheckConstraint('span_end > span_start AND span_start >= 0', name=op.f('ck_phi_overrides_span_ordered')),
    sa.ForeignKeyConstraint(['by_id'], ['users.id'], name=op.f('fk_phi_overrides_by_id_users'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['case_id'], ['case_reports.id'], name=op.f('fk_phi_overrides_case_id_case_reports'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_phi_overrides_decided_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['queue_item_id'], ['queue_items.id'], name=op.f('fk_phi_overrides_queue_item_id_queue_items'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phi_overrides'))
    )
    op.create_index(op.f('ix_phi_overrides_case_id'), 'phi_overrides', ['case_id'], unique=False)
    op.create_index('uq_phi_overrides_live', 'phi_overrides', ['case_id', 'section', 'category', 'excerpt'], unique=True, sqlite_where=sa.text("status IN ('pending', 'accepted')"), postgresql_where=sa.text("status IN ('pending', 'accepted')"))


def downgrade() -> None:
    op.drop_index('uq_phi_overrides_live', table_name='phi_overrides', sqlite_where=sa.text("status IN ('pending', 'accepted')"), postgresql_where=sa.text("status IN ('pending', 'accepted')"))
    op.drop_index(op.f('ix_phi_overrides_case_id'), table_name='phi_overrides')
    op.drop_table('phi_overrides')
