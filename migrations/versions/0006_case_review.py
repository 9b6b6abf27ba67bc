"""Case peer review: board editors, review rounds, reviewer assignments, reviews, decisions,
state transitions and publications.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 21:31:53.845394
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('board_editors',
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('appointed_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['appointed_by_id'], ['users.id'], name=op.f('fk_board_editors_appointed_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_board_editors_board_id_boards'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_board_editors_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('board_id', 'user_id', name=op.f('pk_board_editors'))
    )
    with op.batch_alter_table('board_editors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_board_editors_user_id'), ['user_id'], unique=False)

    op.create_table('case_publications',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('published_by_id', sa.Integer(), nullable=True),
    sa.Column('topic_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_reports.id'], name=op.f('fk_case_publications_case_id_case_reports'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['published_by_id'], ['users.id'], name=op.f('fk_case_publications_published_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_case_publications_topic_id_topics'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_case_publications'))
    )
    op.create_table('case_review_rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_reports.id'], name=op.f('fk_case_review_rounds_case_id_case_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_review_rounds')),
    sa.UniqueConstraint('case_id', 'number', name=op.f('uq_case_review_rounds_case_id_number'))
    )
    op.create_table('case_transitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=24), nullable=False),
    sa.Column('from_state', sa.String(length=24), nullable=False),
    sa.Column('to_state', sa.String(length=24), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('round_number', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("from_state IN ('draft', 'submitted', 'in_review', 'revisions_requested', 'accepted', 'published', 'declined', 'rejected', 'withdrawn')", name=op.f('ck_case_transitions_from_state_known')),
    sa.CheckConstraint("to_state IN ('draft', 'submitted', 'in_review', 'revisions_requested', 'accepted', 'published', 'declined', 'rejected', 'withdrawn')", name=op.f('ck_case_transitions_to_state_known')),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_case_transitions_actor_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['case_id'], ['case_reports.id'], name=op.f('fk_case_transitions_case_id_case_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_transitions'))
    )
    with op.batch_alter_table('case_transitions', schema=None) as batch_op:
        batch_op.create_index('ix_case_transitions_case_id', ['case_id', 'id'], unique=False)

    op.create_table('case_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=True),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('editor_id', sa.Integer(), nullable=True),
    sa.Column('letter', sa.Text(), nullable=False),
    sa.Column('letter_cooked', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("decision IN ('send_to_review', 'decline', 'accept', 'revisions', 'reject')", name=op.f('ck_case_decisions_decision_known')),
    sa.ForeignKeyConstraint(['case_id'], ['case_reports.id'], name=op.f('fk_case_decisions_case_id_case_reports'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['editor_id'], ['users.id'], name=op.f('fk_case_decisions_editor_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['round_id'], ['case_review_rounds.id'], name=op.f('fk_case_decisions_round_id_case_review_rounds'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_decisions'))
    )
    with op.batch_alter_table('case_decisions', schema=None) as batch_op:
        batch_op.create_index('ix_case_decisions_case_id', ['case_id'], unique=False)

    op.create_table('case_review_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('reviewer_id', sa.Integer(), nullable=False),
    sa.Column('invited_by_id', sa.Integer(), nullable=True),
    sa.Column('label', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('invited_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('responded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decline_reason', sa.Text(), nullable=False),
    sa.Column('competing_interests', sa.Boolean(), nullable=True),
    sa.Column('competing_statement', sa.Text(), nullable=False),
    sa.CheckConstraint("status IN ('invited', 'accepted', 'declined', 'cancelled', 'submitted')", name=op.f('ck_case_review_assignments_status_known')),
    sa.CheckConstraint("status NOT IN ('accepted', 'submitted') OR competing_interests IS NOT NULL", name=op.f('ck_case_review_assignments_interests_declared')),
    sa.ForeignKeyConstraint(['case_id'], ['case_reports.id'], name=op.f('fk_case_review_assignments_case_id_case_reports'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['invited_by_id'], ['users.id'], name=op.f('fk_case_review_assignments_invited_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['reviewer_id'], ['users.id'], name=op.f('fk_case_review_assignments_reviewer_id_users'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['round_id'], ['case_review_rounds.id'], name=op.f('fk_case_review_assignments_round_id_case_review_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_review_assignments')),
    sa.UniqueConstraint('round_id', 'label', name=op.f('uq_case_review_assignments_round_id_label')),
    sa.UniqueConstraint('round_id', 'reviewer_id', name=op.f('uq_case_review_assignments_round_id_reviewer_id'))
    )
    with op.batch_alter_table('case_review_assignments', schema=None) as batch_op:
        batch_op.create_index('ix_case_review_assignments_case_id', ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_review_assignments_reviewer_id'), ['reviewer_id'], unique=False)

    op.create_table('case_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=False),
    sa.Column('originality', sa.Integer(), nullable=False),
    sa.Column('clinical_value', sa.Integer(), nullable=False),
    sa.Column('care_completeness', sa.Integer(), nullable=False),
    sa.Column('deidentification', sa.Integer(), nullable=False),
    sa.Column('clarity', sa.Integer(), nullable=False),
    sa.Column('comments_to_authors', sa.Text(), nullable=False),
    sa.Column('comments_to_authors_cooked', sa.Text(), nullable=False),
    sa.Column('comments_to_editor', sa.Text(), nullable=False),
    sa.Column('recommendation', sa.String(length=20), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("recommendation IN ('accept', 'minor_revisions', 'major_revisions', 'reject')", name=op.f('ck_case_reviews_recommendation_known')),
    sa.CheckConstraint('care_completeness BETWEEN 1 AND 5', name=op.f('ck_case_reviews_care_completeness_range')),
    sa.CheckConstraint('clarity BETWEEN 1 AND 5', name=op.f('ck_case_reviews_clarity_range')),
    sa.CheckConstraint('clinical_value BETWEEN 1 AND 5', name=op.f('ck_case_reviews_clinical_value_range')),
    sa.CheckConstraint('deidentification BETWEEN 1 AND 5', name=op.f('ck_case_reviews_deidentification_range')),
    sa.CheckConstraint('originality BETWEEN 1 AND 5', name=op.f('ck_case_reviews_originality_range')),
    sa.ForeignKeyConstraint(['assignment_id'], ['case_review_assignments.id'], name=op.f('fk_case_reviews_assignment_id_case_review_assignments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_reviews')),
    sa.UniqueConstraint('assignment_id', name=op.f('uq_case_reviews_assignment_id'))
    )


def downgrade() -> None:
    op.drop_table('case_reviews')
    with op.batch_alter_table('case_review_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_review_assignments_reviewer_id'))
        batch_op.drop_index('ix_case_review_assignments_case_id')

    op.drop_table('case_review_assignments')
    with op.batch_alter_table('case_decisions', schema=None) as batch_op:
        batch_op.drop_index('ix_case_decisions_case_id')

    op.drop_table('case_decisions')
    with op.batch_alter_table('case_transitions', schema=None) as batch_op:
        batch_op.drop_index('ix_case_transitions_case_id')

    op.drop_table('case_transitions')
    op.drop_table('case_review_rounds')
    op.drop_table('case_publications')
    with op.batch_alter_table('board_editors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_board_editors_user_id'))

    op.drop_table('board_editors')
