"""Conflict-of-interest disclosures: companies, versioned disclosures with their financial
relationships, role clearances with per-relationship reviews; notifications without a post
(message and link) for renewal reminders and review outcomes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('companies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('ineligible', sa.Boolean(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('classified_by_id', sa.Integer(), nullable=True),
    sa.Column('classified_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("kind = '' OR kind IN ('drug_maker', 'device_maker', 'pbm', 'diagnostic_lab', 'compounding_pharmacy', 'marketing', 'supplement', 'biomedical_startup', 'hospital', 'software', 'insurer', 'government', 'nonprofit', 'publisher', 'other')", name=op.f('ck_companies_kind_known')),
    sa.CheckConstraint('(ineligible IS NULL) = (classified_at IS NULL)', name=op.f('ck_companies_classification_recorded')),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_companies_added_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['classified_by_id'], ['users.id'], name=op.f('fk_companies_classified_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_companies')),
    sa.UniqueConstraint('name_key', name=op.f('uq_companies_name_key'))
    )
    op.create_table('disclosures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('declared_none', sa.Boolean(), nullable=False),
    sa.Column('declared_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('valid_until', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('superseded_by_id', sa.Integer(), nullable=True),
    sa.Column('superseded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reminded_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("(status = 'superseded') = (superseded_at IS NOT NULL)", name=op.f('ck_disclosures_supersession_recorded')),
    sa.CheckConstraint("status IN ('active', 'superseded')", name=op.f('ck_disclosures_status_known')),
    sa.ForeignKeyConstraint(['superseded_by_id'], ['disclosures.id'], name=op.f('fk_disclosures_superseded_by_id_disclosures'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_disclosures_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosures')),
    sa.UniqueConstraint('user_id', 'version', name=op.f('uq_disclosures_user_id_version'))
    )
    with op.batch_alter_table('disclosures', schema=None) as batch_op:
        batch_op.create_index('ix_disclosures_status_valid_until', ['status', 'valid_until'], unique=False)
        batch_op.create_index('uq_disclosures_active_user', ['user_id'], unique=True, sqlite_where=sa.text("status = 'active'"), postgresql_where=sa.text("status = 'active'"))

    op.create_table('disclosure_relationships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('disclosure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('nature', sa.String(length=30), nullable=False),
    sa.Column('ownership_type', sa.String(length=10), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.CheckConstraint("(nature = 'ownership_interest') = (ownership_type IS NOT NULL)", name=op.f('ck_disclosure_relationships_ownership_type_for_ownership')),
    sa.CheckConstraint("nature IN ('employee', 'researcher', 'consultant', 'advisor', 'speaker', 'independent_contractor', 'royalties_or_patent', 'executive_role', 'ownership_interest')", name=op.f('ck_disclosure_relationships_nature_known')),
    sa.CheckConstraint("ownership_type IS NULL OR ownership_type IN ('private', 'public')", name=op.f('ck_disclosure_relationships_ownership_type_known')),
    sa.CheckConstraint('ended_on IS NULL OR ended_on >= started_on', name=op.f('ck_disclosure_relationships_dates_in_order')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_disclosure_relationships_company_id_companies'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['disclosure_id'], ['disclosures.id'], name=op.f('fk_disclosure_relationships_disclosure_id_disclosures'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosure_relationships'))
    )
    with op.batch_alter_table('disclosure_relationships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disclosure_relationships_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_disclosure_relationships_disclosure_id'), ['disclosure_id'], unique=False)

    op.create_table('role_clearances',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('content_kind', sa.String(length=10), nullable=False),
    sa.Column('content_id', sa.Integer(), nullable=False),
    sa.Column('content_title', sa.String(length=200), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=True),
    sa.Column('disclosure_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('refusal_reason', sa.Text(), nullable=False),
    sa.Column('owner_exception', sa.String(length=20), nullable=True),
    sa.CheckConstraint("(status = 'pending') = (reviewed_at IS NULL)", name=op.f('ck_role_clearances_review_recorded')),
    sa.CheckConstraint("content_kind IN ('session', 'case')", name=op.f('ck_role_clearances_content_kind_known')),
    sa.CheckConstraint("owner_exception IS NULL OR owner_exception IN ('unrelated_content', 'basic_science', 'device_training')", name=op.f('ck_role_clearances_owner_exception_known')),
    sa.CheckConstraint("role IN ('host', 'editor', 'presenter', 'case_author', 'case_coauthor', 'case_reviewer')", name=op.f('ck_role_clearances_role_known')),
    sa.CheckConstraint("status IN ('pending', 'cleared', 'refused')", name=op.f('ck_role_clearances_status_known')),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_role_clearances_board_id_boards'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['disclosure_id'], ['disclosures.id'], name=op.f('fk_role_clearances_disclosure_id_disclosures'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewed_by_id'], ['users.id'], name=op.f('fk_role_clearances_reviewed_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_role_clearances_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_role_clearances'))
    )
    with op.batch_alter_table('role_clearances', schema=None) as batch_op:
        batch_op.create_index('ix_role_clearances_content', ['content_kind', 'content_id', 'user_id', 'role'], unique=False)
        batch_op.create_index(batch_op.f('ix_role_clearances_disclosure_id'), ['disclosure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_role_clearances_user_id'), ['user_id'], unique=False)
        batch_op.create_index('uq_role_clearances_pending', ['user_id', 'role', 'content_kind', 'content_id'], unique=True, sqlite_where=sa.text("status = 'pending'"), postgresql_where=sa.text("status = 'pending'"))

    op.create_table('relationship_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('clearance_id', sa.Integer(), nullable=False),
    sa.Column('relationship_id', sa.Integer(), nullable=False),
    sa.Column('relevant', sa.Boolean(), nullable=False),
    sa.Column('mitigation', sa.String(length=30), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint("mitigation IS NULL OR mitigation IN ('attest_evidence_based', 'divest', 'other', 'peer_review_content', 'peer_review_planning', 'recuse')", name=op.f('ck_relationship_reviews_mitigation_known')),
    sa.CheckConstraint('NOT relevant OR mitigation IS NOT NULL', name=op.f('ck_relationship_reviews_relevant_mitigated')),
    sa.ForeignKeyConstraint(['clearance_id'], ['role_clearances.id'], name=op.f('fk_relationship_reviews_clearance_id_role_clearances'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['relationship_id'], ['disclosure_relationships.id'], name='fk_relationship_reviews_relationship_id', ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relationship_reviews')),
    sa.UniqueConstraint('clearance_id', 'relationship_id', name=op.f('uq_relationship_reviews_clearance_id_relationship_id'))
    )
    with op.batch_alter_table('relationship_reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relationship_reviews_clearance_id'), ['clearance_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relationship_reviews_relationship_id'), ['relationship_id'], unique=False)

    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('message', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('link', sa.String(length=300), nullable=True))
        batch_op.alter_column('post_id',
               existing_type=sa.INTEGER(),
               nullable=True)
        batch_op.create_index('uq_notifications_user_kind_link', ['user_id', 'kind', 'link'], unique=True, sqlite_where=sa.text('post_id IS NULL'), postgresql_where=sa.text('post_id IS NULL'))


def downgrade() -> None:
    # Notifications without a post cannot survive post_id becoming required again.
    op.execute("DELETE FROM notifications WHERE post_id IS NULL")
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index('uq_notifications_user_kind_link', sqlite_where=sa.text('post_id IS NULL'), postgresql_where=sa.text('post_id IS NULL'))
        batch_op.alter_column('post_id',
               existing_type=sa.INTEGER(),
               nullable=False)
        batch_op.drop_column('link')
        batch_op.drop_column('message')

    with op.batch_alter_table('relationship_reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relationship_reviews_relationship_id'))
        batch_op.drop_index(batch_op.f('ix_relationship_reviews_clearance_id'))

    op.drop_table('relationship_reviews')
    with op.batch_alter_table('role_clearances', schema=None) as batch_op:
        batch_op.drop_index('uq_role_clearances_pending', sqlite_where=sa.text("status = 'pending'"), postgresql_where=sa.text("status = 'pending'"))
        batch_op.drop_index(batch_op.f('ix_role_clearances_user_id'))
        batch_op.drop_index(batch_op.f('ix_role_clearances_disclosure_id'))
        batch_op.drop_index('ix_role_clearances_content')

    op.drop_table('role_clearances')
    with op.batch_alter_table('disclosure_relationships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disclosure_relationships_disclosure_id'))
        batch_op.drop_index(batch_op.f('ix_disclosure_relationships_company_id'))

    op.drop_table('disclosure_relationships')
    with op.batch_alter_table('disclosures', schema=None) as batch_op:
        batch_op.drop_index('uq_disclosures_active_user', sqlite_where=sa.text("status = 'active'"), postgresql_where=sa.text("status = 'active'"))
        batch_op.drop_index('ix_disclosures_status_valid_until')

    op.drop_table('disclosures')
    op.drop_table('companies')
