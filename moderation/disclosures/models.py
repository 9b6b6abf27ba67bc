"""Conflict-of-interest disclosures (ACCME Standards for Integrity and Independence, 2020):
companies classified eligible or ineligible, versioned disclosures with their financial
relationships, and the clearance of a member for a content role after a moderator's review.

Dates of relationships are calendar dates; the moment of a declaration is a UTC datetime.
"""
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
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, one_of, utcnow
from community.platform.i18n import _l, _lp

LOOKBACK_MONTHS = 24  # relationships of the past 24 months (ACCME Standard 3.1)
MAX_RELATIONSHIPS = 50  # in one disclosure
NAME_MAX = 200  # a company's name
NOTE_MAX = 1000  # a company's notes, a reviewer's note

# The natures of a financial relationship, exactly the ACCME Standards for Integrity and
# Independence list (Standard 3.1): value -> label shown to members and learners (translated
# when shown: the values are the codes the database and the API keep).
NATURES = {
    "employee": _l("Employee"),
    "researcher": _l("Researcher"),
    "consultant": _l("Consultant"),
    "advisor": _l("Advisor"),
    "speaker": _l("Speaker"),
    "independent_contractor": _l("Independent contractor"),
    "royalties_or_patent": _l("Royalties or patent beneficiary"),
    "executive_role": _l("Executive role"),
    "ownership_interest": _l("Ownership interest"),
}
# Whether an ownership interest is in a privately held or a publicly traded company: only
# the first makes the member an owner (ACCME Standards for Integrity and Independence).
OWNERSHIP_TYPES = {"private": _l("Privately held company"),
                   "public": _l("Publicly traded company")}

# Content roles and the group whose mitigation steps apply (planners vs faculty).
CONTENT_ROLES = {
    "host": (_l("Session host"), "planner", "session"),
    "editor": (_l("Editor"), "planner", "case"),
    "presenter": (_l("Presenter"), "faculty", "session"),
    "case_author": (_l("Case author"), "faculty", "case"),
    "case_coauthor": (_l("Case co-author"), "faculty", "case"),
    "case_reviewer": (_l("Case reviewer"), "faculty", "case"),
}
CONTENT_KINDS = ("session", "case")
CONTENT_KIND_LABELS = {"session": _l("session"), "case": _l("case write-up")}
CLEARANCE_STATUSES = ("pending", "cleared", "refused")
# The three cases in which an owner or employee of an ineligible company may still control
# content (ACCME Standards for Integrity and Independence, Standard 3.2).
OWNER_EXCEPTIONS = {
    "unrelated_content": _l("The content is not related to the company's business lines or "
                            "products"),
    "basic_science": _l("The content is limited to basic science or research methods, with "
                        "no care recommendations"),
    "device_training": _l("They teach the safe and proper use of a device, without "
                          "recommending whether or when to use it"),
}
# Accepted mitigation steps, one list per group (ACCME Standards for Integrity and
# Independence, Standard 3.4).
MITIGATIONS = {
    "planner": {
        "divest": _l("Divest the financial relationship"),
        "recuse": _l("Recuse from controlling the related planning"),
        "peer_review_planning": _l("Planning decisions peer reviewed by someone without "
                                   "relevant financial relationships"),
        "other": _l("Other (describe)"),
    },
    "faculty": {
        "divest": _l("Divest the financial relationship"),
        "peer_review_content": _l("Content peer reviewed by someone without relevant "
                                  "financial relationships"),
        "attest_evidence_based": _l("Attest that clinical recommendations are evidence-based "
                                    "and free of commercial bias"),
        "other": _l("Other (describe)"),
    },
}
ALL_MITIGATIONS = sorted({key for steps in MITIGATIONS.values() for key in steps})

COMPANY_KINDS = {
    "drug_maker": _l("Drug maker"),
    "device_maker": _l("Device maker"),
    "pbm": _l("Pharmacy benefit manager"),
    "diagnostic_lab": _l("Diagnostic lab selling proprietary products"),
    "compounding_pharmacy": _l("Compounding pharmacy with proprietary compounds"),
    "marketing": _l("Marketing firm serving ineligible companies"),
    "supplement": _l("Supplement or medical-food seller"),
    "biomedical_startup": _l("Biomedical start-up in regulatory approval"),
    "hospital": _l("Hospital or health system"),
    "software": _l("EHR or other software company"),
    "insurer": _l("Insurer"),
    "government": _l("Government"),
    "nonprofit": _l("Non-profit"),
    "publisher": _l("Publisher"),
    "other": _l("Other"),
}
# A company's classification (ACCME's "ineligible company"), as members and moderators read it.
CLASSIFICATIONS = {"ineligible": _l("ineligible"), "eligible": _l("eligible"),
                   "unclassified": _l("unclassified")}
# A disclosure version's state (Disclosure.state).
DISCLOSURE_STATES = {"current": _lp("disclosure", "current"), "expired": _l("expired"),
                     "superseded": _l("superseded")}

def company_key(name: str) -> str:
    """How company names compare: case and spacing aside ("pfizer" is "Pfizer  ")."""
    return " ".join(name.split()).casefold()


class Company(Base):
    """A company named in disclosures. `ineligible` None means not classified yet."""

    __tablename__ = "companies"
    __table_args__ = (
        CheckConstraint("(ineligible IS NULL) = (classified_at IS NULL)",
                        name="classification_recorded"),
        CheckConstraint("kind = '' OR " + one_of("kind", COMPANY_KINDS), name="kind_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Lower-cased, spaces collapsed: "pfizer" and "Pfizer " are one company.
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    ineligible: Mapped[bool | None] = mapped_column(Boolean)
    kind: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # None with a classified_at: classified by the starter list.
    classified_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    classified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    added_by: Mapped[User | None] = relationship(foreign_keys=[added_by_id])
    classified_by: Mapped[User | None] = relationship(foreign_keys=[classified_by_id])

    @property
    def classification(self) -> str:
        return {None: "unclassified", True: "ineligible", False: "eligible"}[self.ineligible]

    @property
    def classification_label(self) -> str:
        return str(CLASSIFICATIONS[self.classification])


class Disclosure(Base):
    """One version of a member's disclosure. Filing again supersedes the active version;
    old versions stay readable. Valid for 12 months from the declaration (Rounds' policy)."""

    __tablename__ = "disclosures"
    __table_args__ = (
        UniqueConstraint("user_id", "version"),
        CheckConstraint("status IN ('active', 'superseded')", name="status_known"),
        CheckConstraint("(status = 'superseded') = (superseded_at IS NOT NULL)",
                        name="supersession_recorded"),
        # One active version per member: two filings at once cannot both win.
        Index("uq_disclosures_active_user", "user_id", unique=True,
              sqlite_where=text("status = 'active'"),
              postgresql_where=text("status = 'active'")),
        Index("ix_disclosures_status_valid_until", "status", "valid_until"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    # An explicit declaration of no relationships: "declared none" is not "never asked".
    declared_none: Mapped[bool] = mapped_column(Boolean, default=False)
    declared_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    valid_until: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(12), default="active")
    superseded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("disclosures.id", ondelete="SET NULL"))
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Set when the 30-day renewal reminder went out (the reminder task runs it once).
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    relationships: Mapped[list[DisclosureRelationship]] = relationship(
        back_populates="disclosure", order_by="DisclosureRelationship.position",
        cascade="all, delete-orphan", passive_deletes=True)

    def is_current(self, now: datetime) -> bool:
        return self.status == "active" and self.valid_until > now

    def state(self, now: datetime) -> str:
        if self.status == "superseded":
            return "superseded"
        return "current" if self.valid_until > now else "expired"

    def state_label(self, now: datetime) -> str:
        return str(DISCLOSURE_STATES[self.state(now)])


class DisclosureRelationship(Base):
    """A financial relationship with a company in the past 24 months. No amounts, and never
    a spouse's or partner's (ACCME Standards for Integrity and Independence, Standard 3.1)."""

    __tablename__ = "disclosure_relationships"
    __table_args__ = (
        CheckConstraint(one_of("nature", NATURES), name="nature_known"),
        CheckConstraint("(nature = 'ownership_interest') = (ownership_type IS NOT NULL)",
                        name="ownership_type_for_ownership"),
        CheckConstraint("ownership_type IS NULL OR " + one_of("ownership_type", OWNERSHIP_TYPES),
                        name="ownership_type_known"),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    disclosure_id: Mapped[int] = mapped_column(
        ForeignKey("disclosures.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="RESTRICT"),
                                            index=True)
    nature: Mapped[str] = mapped_column(String(30))
    ownership_type: Mapped[str | None] = mapped_column(String(10))
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)  # None: ongoing

    disclosure: Mapped[Disclosure] = relationship(back_populates="relationships")
    company: Mapped[Company] = relationship(lazy="joined")

    @property
    def nature_label(self) -> str:
        return str(NATURES[self.nature])

    @property
    def ongoing(self) -> bool:
        return self.ended_on is None

    def makes_owner_or_employee(self, today: date) -> bool:
        """An employee, an executive, or an owner of a privately held company, still today.
        Public stock and patent royalties do not make one an owner (ACCME Standards for
        Integrity and Independence, Standard 3.2); a past employment is a relationship to
        mitigate, not an exclusion."""
        if self.ended_on is not None and self.ended_on < today:
            return False
        return self.nature in ("employee", "executive_role") or (
            self.nature == "ownership_interest" and self.ownership_type == "private")


class RoleClearance(Base):
    """A member's request to control one piece of content in one role, and its review."""

    __tablename__ = "role_clearances"
    __table_args__ = (
        CheckConstraint(one_of("role", CONTENT_ROLES), name="role_known"),
        CheckConstraint(one_of("content_kind", CONTENT_KINDS), name="content_kind_known"),
        CheckConstraint(one_of("status", CLEARANCE_STATUSES), name="status_known"),
        CheckConstraint("owner_exception IS NULL OR " + one_of("owner_exception", OWNER_EXCEPTIONS),
                        name="owner_exception_known"),
        CheckConstraint("(status = 'pending') = (reviewed_at IS NULL)", name="review_recorded"),
        # One open request per member, role and content.
        Index("uq_role_clearances_pending", "user_id", "role", "content_kind", "content_id",
              unique=True, sqlite_where=text("status = 'pending'"),
              postgresql_where=text("status = 'pending'")),
        # The gate's lookup and the learner statement's.
        Index("ix_role_clearances_content", "content_kind", "content_id", "user_id", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    content_kind: Mapped[str] = mapped_column(String(10))
    content_id: Mapped[int] = mapped_column(Integer)
    content_title: Mapped[str] = mapped_column(String(200))
    board_id: Mapped[int | None] = mapped_column(ForeignKey("boards.id", ondelete="SET NULL"))
    # The version reviewed (on review, the member's version current at that moment).
    disclosure_id: Mapped[int] = mapped_column(ForeignKey("disclosures.id", ondelete="CASCADE"),
                                               index=True)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reviewed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    owner_exception: Mapped[str | None] = mapped_column(String(20))

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    reviewed_by: Mapped[User | None] = relationship(foreign_keys=[reviewed_by_id])
    disclosure: Mapped[Disclosure] = relationship()
    reviews: Mapped[list[RelationshipReview]] = relationship(
        back_populates="clearance", cascade="all, delete-orphan", passive_deletes=True,
        order_by="RelationshipReview.id")

    @property
    def role_label(self) -> str:
        return str(CONTENT_ROLES[self.role][0])

    @property
    def group(self) -> str:
        return CONTENT_ROLES[self.role][1]


class RelationshipReview(Base):
    """The moderator's finding on one relationship for one clearance: relevant to this
    content or not, and for a relevant one the mitigation step taken."""

    __tablename__ = "relationship_reviews"
    __table_args__ = (
        UniqueConstraint("clearance_id", "relationship_id"),
        CheckConstraint("mitigation IS NULL OR " + one_of("mitigation", ALL_MITIGATIONS),
                        name="mitigation_known"),
        # Every relevant relationship is mitigated before the person takes the role.
        CheckConstraint("NOT relevant OR mitigation IS NOT NULL", name="relevant_mitigated"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    clearance_id: Mapped[int] = mapped_column(
        ForeignKey("role_clearances.id", ondelete="CASCADE"), index=True)
    # Named by hand: the conventional name is over PostgreSQL's 63 characters.
    relationship_id: Mapped[int] = mapped_column(
        ForeignKey("disclosure_relationships.id", ondelete="CASCADE",
                   name="fk_relationship_reviews_relationship_id"), index=True)
    relevant: Mapped[bool] = mapped_column(Boolean)
    mitigation: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")

    clearance: Mapped[RoleClearance] = relationship(back_populates="reviews")
    relationship_: Mapped[DisclosureRelationship] = relationship(lazy="joined")


class StatementView(Base):
    """When a member was first shown the disclosure statement of some content, and where (the
    session page, the room's join, the write-up page). ACCME Standard 3 wants learners to see
    it before they engage with the content; credit asks for this record before awarding."""

    __tablename__ = "disclosure_statement_views"
    __table_args__ = (
        UniqueConstraint("user_id", "content_kind", "content_id"),
        CheckConstraint(one_of("content_kind", CONTENT_KINDS), name="content_kind_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    content_kind: Mapped[str] = mapped_column(String(10))
    content_id: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(20))
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
