"""Peer review of case write-ups (Open Journal Systems' editorial workflow as the model):
board editors, review rounds, reviewer assignments and their reviews, editors' decisions
with their letters, the recorded state transitions, and the publication.

A round reviews one version: the submitted version is recorded on it, so a later round
can show each returning reviewer the diff from the version they reviewed."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from community.cases.models import CaseReport
from community.cases.states import STATES
from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, one_of, utcnow
from community.platform.i18n import _l
from community.platform.spaces.models import Board

# The structured review: each question is rated 1 (poor) to 5 (excellent).
RATING_QUESTIONS = {
    "originality": _l("Originality"),
    "clinical_value": _l("Clinical value"),
    "care_completeness": _l("CARE completeness"),
    "deidentification": _l("De-identification"),
    "clarity": _l("Clarity"),
}
RATING_MIN, RATING_MAX = 1, 5
# Limits of what editors, reviewers and authors write.
LETTER_MAX = 20_000         # an editor's letter to the authors (Markdown)
COMMENTS_MAX = 20_000       # a review's comments (Markdown)
STATEMENT_MAX = 2_000       # a reviewer's competing interests, or why they decline
NOTE_MAX = 2_000            # a withdrawal's or a correction's note
DUE_MAX_DAYS = 180          # a review is due at most this many days ahead
RECOMMENDATIONS = {
    "accept": _l("Accept"),
    "minor_revisions": _l("Minor revisions"),
    "major_revisions": _l("Major revisions"),
    "reject": _l("Reject"),
}
# invited -> accepted | declined | cancelled; accepted -> submitted | cancelled
ASSIGNMENT_STATES = ("invited", "accepted", "declined", "cancelled", "submitted")
# What an editor decides: at screening (decline, send_to_review) or after review.
DECISIONS = {
    "send_to_review": _l("Sent to review"),
    "decline": _l("Declined at screening"),
    "accept": _l("Accepted"),
    "revisions": _l("Revisions requested"),
    "reject": _l("Rejected"),
}



class BoardEditor(Base):
    """A member who edits one board's write-ups (administrators appoint them), beside the
    site-wide `editor` role."""

    __tablename__ = "board_editors"

    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"),
                                          primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)
    appointed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    board: Mapped[Board] = relationship()
    # User.board_editorships (review_policy.edited_board_ids) comes from this backref.
    user: Mapped[User] = relationship(foreign_keys=[user_id],
                                      backref=backref("board_editorships"))


class ReviewRound(Base):
    """One round of review of one version. Round 1 is created at submission and opened for
    review by the editor's screening; each resubmission opens the next."""

    __tablename__ = "case_review_rounds"
    __table_args__ = (UniqueConstraint("case_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_reports.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)  # the CaseVersion.number submitted
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # review started
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # decided or withdrawn

    case: Mapped[CaseReport] = relationship()
    assignments: Mapped[list[ReviewAssignment]] = relationship(
        back_populates="round", order_by="ReviewAssignment.label")


class ReviewAssignment(Base):
    """A reviewer invited to one round: their answer, competing interests and review.
    `label` is the number others see ("Reviewer 2"), never the name."""

    __tablename__ = "case_review_assignments"
    __table_args__ = (
        UniqueConstraint("round_id", "reviewer_id"),
        UniqueConstraint("round_id", "label"),
        CheckConstraint(one_of("status", ASSIGNMENT_STATES), name="status_known"),
        # Competing interests are declared explicitly on acceptance, with a statement.
        CheckConstraint("status NOT IN ('accepted', 'submitted') OR "
                        "competing_interests IS NOT NULL", name="interests_declared"),
        Index("ix_case_review_assignments_case_id", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("case_review_rounds.id",
                                                     ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_reports.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"),
                                             index=True)
    invited_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    label: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="invited")
    due_on: Mapped[date] = mapped_column(Date)  # reviews are accepted through this day (UTC)
    invited_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    competing_interests: Mapped[bool | None] = mapped_column(Boolean)
    competing_statement: Mapped[str] = mapped_column(Text, default="")

    round: Mapped[ReviewRound] = relationship(back_populates="assignments")
    case: Mapped[CaseReport] = relationship()
    reviewer: Mapped[User] = relationship(foreign_keys=[reviewer_id])
    invited_by: Mapped[User | None] = relationship(foreign_keys=[invited_by_id])
    review: Mapped[Review | None] = relationship(back_populates="assignment", uselist=False)


class Review(Base):
    __tablename__ = "case_reviews"
    __table_args__ = tuple(
        CheckConstraint(f"{q} BETWEEN {RATING_MIN} AND {RATING_MAX}", name=f"{q}_range")
        for q in RATING_QUESTIONS) + (
        CheckConstraint(one_of("recommendation", RECOMMENDATIONS), name="recommendation_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("case_review_assignments.id", ondelete="CASCADE"), unique=True)
    originality: Mapped[int] = mapped_column(Integer)
    clinical_value: Mapped[int] = mapped_column(Integer)
    care_completeness: Mapped[int] = mapped_column(Integer)
    deidentification: Mapped[int] = mapped_column(Integer)
    clarity: Mapped[int] = mapped_column(Integer)
    comments_to_authors: Mapped[str] = mapped_column(Text)
    comments_to_authors_cooked: Mapped[str] = mapped_column(Text)
    # Confidential: the editors' eyes only.
    comments_to_editor: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(String(20))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The editor's judgement of the review itself: an acceptable review earns its reviewer
    # manuscript-review credit (docs/domain.md §2). Set once.
    acceptable: Mapped[bool | None] = mapped_column(Boolean)
    rated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    assignment: Mapped[ReviewAssignment] = relationship(back_populates="review")

    def ratings(self) -> dict[str, int]:
        return {q: getattr(self, q) for q in RATING_QUESTIONS}


class CaseDecision(Base):
    """An editor's decision and the letter the authors receive (Markdown, cooked)."""

    __tablename__ = "case_decisions"
    __table_args__ = (CheckConstraint(one_of("decision", DECISIONS), name="decision_known"),
                      Index("ix_case_decisions_case_id", "case_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_reports.id", ondelete="CASCADE"))
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_review_rounds.id", ondelete="SET NULL"))
    decision: Mapped[str] = mapped_column(String(20))
    editor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    letter: Mapped[str] = mapped_column(Text, default="")
    letter_cooked: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    round: Mapped[ReviewRound | None] = relationship()
    editor: Mapped[User | None] = relationship()

    @property
    def label(self) -> str:
        return str(DECISIONS[self.decision])  # in the language shown now


class CaseTransition(Base):
    """Every change of a write-up's state: who, when, from, to, why, in which round."""

    __tablename__ = "case_transitions"
    __table_args__ = (
        CheckConstraint(one_of("from_state", STATES), name="from_state_known"),
        CheckConstraint(one_of("to_state", STATES), name="to_state_known"),
        Index("ix_case_transitions_case_id", "case_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_reports.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(24))  # the workflow transition taken
    from_state: Mapped[str] = mapped_column(String(24))
    to_state: Mapped[str] = mapped_column(String(24))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    round_number: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    actor: Mapped[User | None] = relationship()
