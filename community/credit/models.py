"""Participation credit (docs/domain.md §2–§3): the provider and its credit types (all their
text is configuration), activities designated for credit, what learners send before credit
(evaluation, commitment to change, assessment attempts), claims with their certificates, and
the append-only ledger that is the record of every credit awarded.

Credit is counted in quarters (0.25 credit, 15 minutes of a live activity): every amount is an
integer number of quarters, so no rounding error can creep into a total or a transcript."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    DDL,
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, one_of, utcnow
from community.platform.i18n import _l

# Activity kinds, as accreditors name them (ACCME PARS activity types): the accreditor files
# keep these English names (exports.py); pages show KIND_LABELS in the reader's language.
KINDS = {"live": "Internet live course", "series": "Regularly scheduled series",
         "journal": "Journal-based CME", "review": "Manuscript review"}
KIND_LABELS = {"live": _l("Internet live course"), "series": _l("Regularly scheduled series"),
               "journal": _l("Journal-based CME"), "review": _l("Manuscript review")}
# How a ledger entry was earned.
SOURCES = {"attendance": _l("Attendance"), "teaching": _l("Teaching"),
           "review": _l("Manuscript review"), "assessment": _l("Assessment"),
           "correction": _l("Correction")}
# Moore's outcome levels (docs/domain.md §3).
MOORE_LEVELS = {"1": _l("Participation"), "2": _l("Satisfaction"),
                "3A": _l("Declarative knowledge"), "3B": _l("Procedural knowledge"),
                "4": _l("Competence"), "5": _l("Performance"), "6": _l("Patient health"),
                "7": _l("Community health")}
# Identifiers a credit type may need from the learner's profile.
LEARNER_FIELDS = {"npi": "NPI", "licence_number": _l("Licence number"),
                  "nabp_eprofile_id": _l("NABP e-Profile ID"),
                  "birth_month_day": _l("Birth month and day")}
QUARTERS_PER_CREDIT = 4


def credits(quarters: int) -> float:
    return quarters / QUARTERS_PER_CREDIT


class CreditProvider(Base):
    """The accredited provider (one row): its name and statements, and the defaults of its
    credit office. Edited by credit administrators; nothing here is written in code."""

    __tablename__ = "credit_provider"
    __table_args__ = (CheckConstraint("claim_window_days BETWEEN 1 AND 366",
                                      name="window_sane"),
                      CheckConstraint("follow_up_days BETWEEN 1 AND 366", name="follow_up_sane"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    accreditation_statement: Mapped[str] = mapped_column(Text, default="")
    claim_window_days: Mapped[int] = mapped_column(Integer, default=30)
    follow_up_days: Mapped[int] = mapped_column(Integer, default=28)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CreditType(Base):
    """A kind of credit the provider awards: its name, designation statement (with
    {credits} where the amount goes), who may claim it and what it needs of the learner."""

    __tablename__ = "credit_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    designation_statement: Mapped[str] = mapped_column(Text)
    # Credentials that may claim it (MD, DO…); empty: every member (a participation certificate).
    credentials: Mapped[list[str]] = mapped_column(JSON, default=list)
    # LEARNER_FIELDS keys the learner's profile must hold (pharmacy: NABP ID, birth date).
    required_fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CreditAdministrator(Base):
    """Members of the credit office besides the site administrators (who always are)."""

    __tablename__ = "credit_administrators"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="joined")


class LearnerProfile(Base):
    """Identifiers accreditors ask for, and the learner's own target. Seen only by the learner
    and credit administrators (never by hosts, never in a report to them)."""

    __tablename__ = "credit_learner_profiles"
    __table_args__ = (CheckConstraint("birth_month IS NULL OR birth_month BETWEEN 1 AND 12",
                                      name="month_known"),
                      CheckConstraint("birth_day IS NULL OR birth_day BETWEEN 1 AND 31",
                                      name="day_known"))

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    npi: Mapped[str] = mapped_column(String(10), default="")
    licence_number: Mapped[str] = mapped_column(String(40), default="")
    licence_state: Mapped[str] = mapped_column(String(40), default="")
    nabp_eprofile_id: Mapped[str] = mapped_column(String(10), default="")
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    target_quarters: Mapped[int | None] = mapped_column(Integer)
    target_years: Mapped[int] = mapped_column(Integer, default=2)

    def has(self, field: str) -> bool:
        if field == "birth_month_day":
            return self.birth_month is not None and self.birth_day is not None
        return bool(getattr(self, field, ""))


class CreditActivity(Base):
    """Something designated for credit: a live session, a published write-up read as a
    journal-based activity, or a write-up's manuscript review (made when the first review is
    rated acceptable). A session of a series also names the series, which accreditors count
    as one activity per 12 months."""

    __tablename__ = "credit_activities"
    __table_args__ = (
        CheckConstraint(one_of("kind", KINDS), name="kind_known"),
        CheckConstraint("max_quarters >= 1", name="max_positive"),
        CheckConstraint("pass_mark BETWEEN 1 AND 100", name="pass_mark_percent"),
        Index("ix_credit_activities_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # What it is about, once: "session:12", "journal:case:4", "review:case:4:round:2" (a
    # manuscript review earns credit once per review round).
    key: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="RESTRICT"), index=True)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_series.id", ondelete="SET NULL"), index=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_reports.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    objectives: Mapped[list[str]] = mapped_column(JSON, default=list)
    moore_levels: Mapped[list[str]] = mapped_column(JSON, default=list)
    max_quarters: Mapped[int] = mapped_column(Integer)
    credit_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    commercial_support: Mapped[bool] = mapped_column(Boolean, default=False)
    support_amount: Mapped[str] = mapped_column(String(40), default="")
    support_source: Mapped[str] = mapped_column(String(200), default="")
    pass_mark: Mapped[int] = mapped_column(Integer, default=70)
    claim_window_days: Mapped[int] = mapped_column(Integer, default=30)
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    designated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    designated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    designated_by: Mapped[User | None] = relationship(foreign_keys=[designated_by_id])
    questions: Mapped[list[AssessmentQuestion]] = relationship(
        lazy="select", cascade="all, delete-orphan", order_by="AssessmentQuestion.position")

    @property
    def max_credits(self) -> float:
        return credits(self.max_quarters)

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS[self.kind])


class AssessmentQuestion(Base):
    """A single-best-answer question of a journal-based activity; the explanation is shown
    after the attempt."""

    __tablename__ = "credit_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("credit_activities.id",
                                                        ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    stem: Mapped[str] = mapped_column(Text)
    options: Mapped[list[str]] = mapped_column(JSON)
    correct: Mapped[int] = mapped_column(Integer)
    explanation: Mapped[str] = mapped_column(Text, default="")


class AssessmentAttempt(Base):
    __tablename__ = "credit_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("credit_activities.id",
                                                        ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    answers: Mapped[list[int]] = mapped_column(JSON)
    score: Mapped[int] = mapped_column(Integer)  # percent
    passed: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


def _evaluation_id() -> str:
    return uuid.uuid4().hex


class Evaluation(Base):
    """A learner's evaluation, kept apart from who sent it: no member, a random key (no order
    to match against receipts) and only the day. Hosts see aggregates of at least five."""

    __tablename__ = "credit_evaluations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_evaluation_id)
    activity_id: Mapped[int] = mapped_column(ForeignKey("credit_activities.id",
                                                        ondelete="CASCADE"), index=True)
    objectives_met: Mapped[int] = mapped_column(Integer)  # 1..5
    relevance: Mapped[int] = mapped_column(Integer)  # 1..5
    free_of_bias: Mapped[bool] = mapped_column(Boolean)
    bias_comment: Mapped[str] = mapped_column(Text, default="")
    overall: Mapped[int] = mapped_column(Integer)  # 1..5
    comment: Mapped[str] = mapped_column(Text, default="")
    submitted_on: Mapped[date] = mapped_column(Date)


class EvaluationReceipt(Base):
    """That a member evaluated an activity (so they may claim), without what they said."""

    __tablename__ = "credit_evaluation_receipts"

    activity_id: Mapped[int] = mapped_column(ForeignKey("credit_activities.id",
                                                        ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)


class Commitment(Base):
    """A commitment to change (up to three statements), followed up after
    `CreditProvider.follow_up_days`: what changed, what stood in the way (Moore level 5,
    self-reported)."""

    __tablename__ = "credit_commitments"
    __table_args__ = (UniqueConstraint("activity_id", "user_id"),
                      CheckConstraint("outcome IS NULL OR outcome IN "
                                      "('implemented', 'partly', 'not_yet')",
                                      name="outcome_known"),
                      Index("ix_credit_commitments_due", "follow_up_due"))

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("credit_activities.id",
                                                        ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    statements: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    follow_up_due: Mapped[datetime] = mapped_column(UTCDateTime)
    follow_up_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(12))
    changed: Mapped[str] = mapped_column(Text, default="")
    barriers: Mapped[str] = mapped_column(Text, default="")

    activity: Mapped[CreditActivity] = relationship(lazy="joined")


class WindowReopening(Base):
    """A host's or the credit office's reopening of the claim window for one member."""

    __tablename__ = "credit_window_reopenings"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("credit_activities.id",
                                                        ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    until: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CreditClaim(Base):
    """What a member holds for one activity and source: the certificate (its code) over the
    ledger entries of the claim. One per member, activity and source."""

    __tablename__ = "credit_claims"
    __table_args__ = (UniqueConstraint("user_id", "activity_id", "source"),
                      Index("ix_credit_claims_completed_on", "completed_on"),
                      CheckConstraint(one_of("source", SOURCES), name="source_known"))

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"), index=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("credit_activities.id",
                                                        ondelete="RESTRICT"), index=True)
    credit_type: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(12))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_on: Mapped[date] = mapped_column(Date)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
    revoked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="joined")
    activity: Mapped[CreditActivity] = relationship(lazy="joined")
    entries: Mapped[list[LedgerEntry]] = relationship(
        lazy="selectin", order_by="LedgerEntry.id", viewonly=True)

    @property
    def quarters(self) -> int:
        return sum(e.quarters for e in self.entries)

    @property
    def credits(self) -> float:
        return credits(self.quarters)


class LedgerEntry(Base):
    """One award or correction, never changed: the database refuses UPDATE and DELETE. A
    correction is a new entry (a signed amount) naming the one it corrects, the reason and
    who. `key` makes awarding idempotent: a retried task or a double click meets the unique
    index and awards nothing more."""

    __tablename__ = "credit_ledger"
    __table_args__ = (CheckConstraint(one_of("source", SOURCES), name="source_known"),
                      CheckConstraint("corrects_id IS NULL OR reason <> ''",
                                      name="correction_has_reason"),
                      Index("ix_credit_ledger_user_created", "user_id", "created_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    activity_id: Mapped[int] = mapped_column(ForeignKey("credit_activities.id",
                                                        ondelete="RESTRICT"), index=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("credit_claims.id", ondelete="RESTRICT"),
                                          index=True)
    credit_type: Mapped[str] = mapped_column(String(40))
    quarters: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(12))
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("credit_ledger.id",
                                                               ondelete="RESTRICT"))
    reason: Mapped[str] = mapped_column(Text, default="")
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @property
    def credits(self) -> float:
        return credits(self.quarters)


# Append-only in the database itself (like the audit log): an UPDATE or DELETE fails.
_MESSAGE = "the credit ledger is append-only"
APPEND_ONLY_SQLITE = [
    DDL("CREATE TRIGGER credit_ledger_no_update BEFORE UPDATE ON credit_ledger "
        f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"),
    DDL("CREATE TRIGGER credit_ledger_no_delete BEFORE DELETE ON credit_ledger "
        f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"),
]
APPEND_ONLY_POSTGRESQL = [
    DDL("CREATE OR REPLACE FUNCTION credit_ledger_append_only() RETURNS trigger AS $$ "
        f"BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$ LANGUAGE plpgsql"),
    DDL("CREATE TRIGGER credit_ledger_append_only BEFORE UPDATE OR DELETE ON credit_ledger "
        "FOR EACH ROW EXECUTE FUNCTION credit_ledger_append_only()"),
]
for _ddl in APPEND_ONLY_SQLITE:
    event.listen(LedgerEntry.__table__, "after_create", _ddl.execute_if(dialect="sqlite"))
for _ddl in APPEND_ONLY_POSTGRESQL:
    event.listen(LedgerEntry.__table__, "after_create", _ddl.execute_if(dialect="postgresql"))
