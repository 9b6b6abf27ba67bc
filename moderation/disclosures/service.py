"""Disclosure use cases: the company list, filing a disclosure (a new version each time),
renewal reminders, the moderator's review of a role (as queue actions) and the learner-facing
statement. Rules follow the ACCME Standards for Integrity and Independence (2020), Standard 3,
as restated in docs/domain.md §1.

Services take the session and the actor, validate everything before writing anything, and
never commit: the caller's unit of work does (so nothing is ever half-filed).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload, selectinload

from community.platform import events
from community.platform.accounts.models import User
from community.platform.accounts.policy import require_signed_in
from community.platform.contract import coerce, parse_form
from community.platform.db import insert_once, utcnow
from community.platform.errors import (
    Conflict,
    Forbidden,
    NotFound,
    ValidationError,
)
from community.platform.i18n import _, _l, force_locale, format_date, member_locale
from community.platform.parsing import Page, add_months, zone
from moderation.audit import service as audit
from moderation.disclosures import mailing, policy
from moderation.disclosures.models import (
    CONTENT_ROLES,
    MITIGATIONS,
    OWNER_EXCEPTIONS,
    Company,
    Disclosure,
    DisclosureRelationship,
    RelationshipReview,
    RoleClearance,
    StatementView,
    company_key,
)
from moderation.disclosures.schemas import (
    CompanyNew,
    CompanyQuery,
    CompanyReclassification,
    DisclosureFiling,
    Finding,
)
from moderation.queue import service as queue
from moderation.queue.models import QueueItem
from moderation.queue.types import Action, register

VALID_MONTHS = 12  # Rounds' policy: a disclosure covers 12 months at most
REMINDER_DAYS = 30


# ---------------------------------------------------------------- small helpers


def _signed_in(actor: User | None) -> User:
    return require_signed_in(actor, _("Sign in to manage your disclosures."))


def require_manager(actor: User | None) -> User:
    _signed_in(actor)
    if not policy.can_manage_companies(actor):
        raise Forbidden(_("Only moderators keep the company list."))
    return actor


def _today(now: datetime | None = None) -> date:
    return (now or utcnow()).astimezone(UTC).date()


def _long_date(moment: datetime, user: User) -> str:
    """A date in the member's zone and language (call it inside their force_locale)."""
    return format_date(moment, zone(user.time_zone))


# ---------------------------------------------------------------- companies


def find_company(db: Session, name: str) -> Company | None:
    return db.scalar(select(Company).where(Company.name_key == company_key(name)))


def get_company(db: Session, company_id: int) -> Company:
    company = db.get(Company, company_id)
    if company is None:
        raise NotFound(_("There is no such company."))
    return company


def list_companies(db: Session, actor: User | None,
                   query: CompanyQuery | Mapping[str, Any] | None = None, *,
                   per_page: int = 100) -> Page[Company]:
    """The list, for members choosing a company and moderators keeping it."""
    query = coerce(CompanyQuery, query or {})
    select_ = select(Company)
    if query.status != "all":
        flag = {"unclassified": None, "ineligible": True, "eligible": False}[query.status]
        select_ = select_.where(Company.ineligible.is_(None) if flag is None
                                else Company.ineligible == flag)
    if query.q:
        pattern = "%" + company_key(query.q).replace("\\", "\\\\").replace(
            "%", "\\%").replace("_", "\\_") + "%"
        select_ = select_.where(Company.name_key.like(pattern, escape="\\"))
    total = db.scalar(select(func.count()).select_from(select_.subquery())) or 0
    rows = db.scalars(select_.options(joinedload(Company.added_by),
                                      joinedload(Company.classified_by))
                      .order_by(Company.name_key).limit(per_page)
                      .offset((query.page - 1) * per_page)).all()
    return Page(rows, query.page, per_page, total)


def _enqueue_company(db: Session, company: Company, actor: User | None) -> None:
    queue.enqueue(db, "company_classification", "company", company.id, actor=actor,
                  summary=f"Classify “{company.name}” (named in a disclosure)",
                  data={"name": company.name})


def create_company(db: Session, actor: User | None,
                   data: CompanyNew | Mapping[str, Any]) -> Company:
    """A moderator adds a company, classified or not (unclassified ones go to the queue)."""
    data = coerce(CompanyNew, data)
    actor = require_manager(actor)
    if find_company(db, data.name) is not None:
        raise ValidationError({"name": [_("“%(name)s” is already on the list.", name=data.name)]})
    now = utcnow()
    ineligible = data.ineligible
    company = Company(name=data.name, name_key=company_key(data.name), ineligible=ineligible,
                      kind=data.kind or "", notes=data.notes or "", added_by_id=actor.id,
                      classified_by_id=actor.id if ineligible is not None else None,
                      classified_at=now if ineligible is not None else None)
    db.add(company)
    db.flush()
    audit.record(db, actor, "company.create", subject_type="company", subject_id=company.id,
                 after=_company_facts(company))
    if ineligible is None:
        _enqueue_company(db, company, actor)
    return company


def _company_facts(company: Company) -> dict[str, Any]:
    return {"name": company.name, "ineligible": company.ineligible, "kind": company.kind}


def classify_company(db: Session, actor: User | None, company: Company,
                     data: CompanyReclassification | Mapping[str, Any]) -> Company:
    """A moderator classifies (or reclassifies) a company from the list; fields not given
    keep their value. An open queue item for it is resolved by the same action, so its
    history says who did it."""
    data = coerce(CompanyReclassification, data)
    actor = require_manager(actor)
    given = data.model_fields_set
    ineligible = data.ineligible if "ineligible" in given else company.ineligible
    kind = (data.kind or "") if "kind" in given else company.kind
    notes = (data.notes or "") if "notes" in given else company.notes
    item = queue.open_item(db, "company_classification", "company", company.id)
    if item is not None and ineligible is not None:
        queue.act(db, actor, item, "ineligible" if ineligible else "eligible",
                  version=item.version, data={"kind": kind, "notes": notes})
        return company
    before = _company_facts(company)
    _set_classification(company, actor, ineligible, kind, notes)
    audit.record(db, actor, "company.classify", subject_type="company", subject_id=company.id,
                 before=before, after=_company_facts(company))
    if ineligible is None:
        _enqueue_company(db, company, actor)
    db.flush()
    return company


def _set_classification(company: Company, actor: User, ineligible: bool | None, kind: str,
                        notes: str) -> None:
    if ineligible != company.ineligible:  # who decided, and when, changes with the decision
        company.classified_by_id = actor.id if ineligible is not None else None
        company.classified_at = utcnow() if ineligible is not None else None
    company.ineligible, company.kind, company.notes = ineligible, kind, notes


def _company_for_name(db: Session, actor: User, name: str, created: list[Company]) -> Company:
    """The listed company of that name, or a new unclassified one (queued for a moderator)."""
    company = find_company(db, name) or next(
        (c for c in created if c.name_key == company_key(name)), None)
    if company is None:
        company = Company(name=name, name_key=company_key(name), added_by_id=actor.id)
        db.add(company)
        db.flush()
        _enqueue_company(db, company, actor)
        created.append(company)
    return company


# ---------------------------------------------------------------- disclosures


def current_disclosure(db: Session, user_id: int, now: datetime | None = None
                       ) -> Disclosure | None:
    """The member's active version if it is still valid (expiry needs no job: it is
    computed here, ACCME Standards for Integrity and Independence plus Rounds' 12 months)."""
    return db.scalar(select(Disclosure).where(
        Disclosure.user_id == user_id, Disclosure.status == "active",
        Disclosure.valid_until > (now or utcnow())))


def active_disclosure(db: Session, user_id: int) -> Disclosure | None:
    """The latest version, current or expired."""
    return db.scalar(select(Disclosure).where(Disclosure.user_id == user_id,
                                              Disclosure.status == "active"))


def versions(db: Session, actor: User | None, member: User) -> list[Disclosure]:
    _signed_in(actor)
    if not policy.can_view_disclosures_of(actor, member.id) \
            or not _may_know_member(db, actor, member.id):
        raise NotFound(_("There is no such member's disclosure to show you."))
    return list(db.scalars(select(Disclosure).options(
        selectinload(Disclosure.relationships)).where(Disclosure.user_id == member.id)
        .order_by(Disclosure.version.desc())))


def _may_know_member(db: Session, actor: User | None, member_id: int) -> bool:
    """A moderator who takes part in content the member controls (an author and the
    write-up's reviewer) must not learn them from their disclosures either."""
    if actor is not None and actor.id == member_id:
        return True
    roles = db.scalars(select(RoleClearance).where(RoleClearance.user_id == member_id))
    return all(policy.may_know_party(actor, clearance) for clearance in roles)


def get_disclosure(db: Session, actor: User | None, disclosure_id: int) -> Disclosure:
    """One version, for its member and moderators; others get a 404 (not even existence)."""
    _signed_in(actor)
    disclosure = db.get(Disclosure, disclosure_id,
                        options=[selectinload(Disclosure.relationships)])
    if disclosure is None or not policy.can_view_disclosures_of(actor, disclosure.user_id) \
            or not _may_know_member(db, actor, disclosure.user_id):
        raise NotFound(_("There is no such disclosure."))
    return disclosure


def file_disclosure(db: Session, actor: User | None,
                    data: DisclosureFiling | Mapping[str, Any],
                    now: datetime | None = None) -> Disclosure:
    """File a new version: all relationships valid (schemas.DisclosureFiling checks them,
    dates against today), or nothing at all is written. The previous version is superseded
    and stays readable."""
    data = coerce(DisclosureFiling, data)
    actor = _signed_in(actor)
    if not policy.can_file_disclosure(actor):
        raise Forbidden(_("You cannot file a disclosure."))
    now = now or utcnow()
    declared_none, rows = data.declared_none, data.relationships
    # Serialise one member's filings (PostgreSQL row lock; SQLite has one writer anyway).
    db.execute(select(User.id).where(User.id == actor.id).with_for_update())
    previous = active_disclosure(db, actor.id)
    number = (db.scalar(select(func.max(Disclosure.version))
                        .where(Disclosure.user_id == actor.id)) or 0) + 1
    try:
        with db.begin_nested():
            if previous is not None:
                previous.status, previous.superseded_at = "superseded", now
                db.flush()
            disclosure = Disclosure(user_id=actor.id, version=number,
                                    declared_none=declared_none, declared_at=now,
                                    valid_until=add_months(now, VALID_MONTHS), status="active")
            db.add(disclosure)
            created: list[Company] = []
            for position, row in enumerate(rows):
                company = _company_for_name(db, actor, row.company, created)
                disclosure.relationships.append(DisclosureRelationship(
                    position=position, company_id=company.id, nature=row.nature,
                    ownership_type=row.ownership_type, started_on=row.started_on,
                    ended_on=row.ended_on))
            db.flush()
            if previous is not None:
                previous.superseded_by_id = disclosure.id
                db.flush()
    except IntegrityError:
        raise Conflict(_("You filed another disclosure at the same moment; reload your "
                         "disclosures to see it.")) from None
    return disclosure


# ---------------------------------------------------------------- reminders


def send_expiry_reminders(db: Session, now: datetime | None = None) -> int:
    """One in-app notification per disclosure, 30 days before it expires. Idempotent: the
    disclosure remembers it was reminded, and the notification is unique per link."""
    now = now or utcnow()
    due = db.scalars(select(Disclosure).options(joinedload(Disclosure.user)).where(
        Disclosure.status == "active", Disclosure.reminded_at.is_(None),
        Disclosure.valid_until > now,
        Disclosure.valid_until <= now + timedelta(days=REMINDER_DAYS))).all()
    sent = 0
    for disclosure in due:
        sent += 1
        with force_locale(member_locale(disclosure.user.language)):
            text = _("Your conflict-of-interest disclosure expires on %(date)s: renew it to "
                     "keep presenting, hosting, authoring and reviewing.",
                     date=_long_date(disclosure.valid_until, disclosure.user))
        events.notice(db, disclosure.user_id, "disclosure_expiring", text,
                      f"/disclosures/new?renew={disclosure.id}")
        mailing.expiring(db, disclosure)  # and by mail
        disclosure.reminded_at = now
    db.flush()
    return sent


# ---------------------------------------------------------------- review (queue actions)


@dataclass
class ReviewSubject:
    """What the review page shows: the request, and the version to review now."""

    clearance: RoleClearance
    disclosure: Disclosure | None
    group: str
    mitigations: dict[str, str]
    exceptions: dict[str, str] = field(default_factory=lambda: dict(OWNER_EXCEPTIONS))
    owner_ids: set[int] = field(default_factory=set)
    unclassified: list[str] = field(default_factory=list)

    @property
    def to_review(self) -> list[DisclosureRelationship]:
        """Relationships with ineligible (or not yet classified) companies."""
        if self.disclosure is None:
            return []
        return [r for r in self.disclosure.relationships if r.company.ineligible is not False]

    @property
    def eligible(self) -> list[DisclosureRelationship]:
        if self.disclosure is None:
            return []
        return [r for r in self.disclosure.relationships if r.company.ineligible is False]

    @property
    def eligible_list(self) -> str:
        """The eligible ones as the review page lists them ("Acme Health (employee), …")."""
        return ", ".join(_("%(company)s (%(nature)s)", company=r.company.name,
                           nature=r.nature_label.lower()) for r in self.eligible)


def _review_subject(db: Session, clearance: RoleClearance, now: datetime) -> ReviewSubject:
    # Reviewed against the version current now: a member who filed again since asking
    # is reviewed on what they declare today.
    disclosure = (current_disclosure(db, clearance.user_id, now) if clearance.status == "pending"
                  else clearance.disclosure)
    group = clearance.group
    subject = ReviewSubject(clearance, disclosure, group, MITIGATIONS[group])
    if disclosure is not None:
        today = _today(now)
        subject.owner_ids = {r.id for r in disclosure.relationships
                             if r.company.ineligible and r.makes_owner_or_employee(today)}
        subject.unclassified = sorted({r.company.name for r in disclosure.relationships
                                       if r.company.ineligible is None})
    return subject


def _load_clearance(db: Session, item: QueueItem) -> ReviewSubject | None:
    clearance = db.get(RoleClearance, item.subject_id)
    return None if clearance is None else _review_subject(db, clearance, utcnow())


def _pending_clearance(db: Session, item: QueueItem) -> RoleClearance:
    clearance = db.get(RoleClearance, item.subject_id)
    if clearance is None or clearance.status != "pending":
        raise ValidationError({"_": [_("This request was already decided.")]})
    return clearance


def _relationship_reviews(subject: ReviewSubject, data: dict[str, Any],
                          errors: dict[str, list[str]]) -> list[RelationshipReview]:
    """A finding for every relationship with an ineligible company: relevant or not to this
    content, and a mitigation step from the role group's list for each relevant one
    (ACCME Standards for Integrity and Independence, Standards 3.3 and 3.4)."""
    reviews = []
    steps = subject.mitigations
    for rel in subject.to_review:
        key = f"rel-{rel.id}"
        finding = _finding(data, key, errors)
        if finding is None:
            continue
        note = finding.note or ""
        label = _("%(company)s (%(nature)s)", company=rel.company.name,
                  nature=rel.nature_label.lower())
        if finding.relevant is None:
            errors[f"{key}-relevant"] = [_("%(label)s: say whether it is relevant to this "
                                           "content.", label=label)]
            continue
        mitigation = finding.mitigation if finding.relevant else None
        if finding.relevant and mitigation not in steps:
            group = _("planners") if subject.group == "planner" else _("faculty")
            errors[f"{key}-mitigation"] = [
                _("%(label)s is relevant: record how it was mitigated, one of the steps for "
                  "%(group)s: %(steps)s.", label=label, group=group,
                  steps=", ".join(str(step) for step in steps.values()))]
        elif mitigation == "other" and not note:
            errors[f"{key}-note"] = [_("%(label)s: describe the other mitigation step.",
                                       label=label)]
        reviews.append(RelationshipReview(relationship_id=rel.id, relevant=finding.relevant,
                                          mitigation=mitigation, note=note))
    for rel in subject.eligible:
        reviews.append(RelationshipReview(
            relationship_id=rel.id, relevant=False,
            note="Eligible organisation: not a relationship with an ineligible company."))
    return reviews


def _finding(data: dict[str, Any], key: str, errors: dict[str, list[str]]) -> Finding | None:
    """The reviewer's fields about one relationship (rel-<id>-relevant, -mitigation, -note:
    "yes"/"no" from the page, true/false from the API), or None with their errors."""
    fields = {name: data[f"{key}-{name}"] for name in Finding.model_fields
              if f"{key}-{name}" in data and data[f"{key}-{name}"] is not None}
    try:
        return parse_form(Finding, fields)
    except ValidationError as error:
        for name, messages in error.errors.items():
            errors[f"{key}-{name}"] = messages
        return None


def _owner_exception(subject: ReviewSubject, data: dict[str, Any], reviews: list,
                     errors: dict[str, list[str]]) -> str | None:
    """Owners and employees of ineligible companies cannot be mitigated: cleared only when
    the moderator names one of the three exceptions (ACCME Standards for Integrity and
    Independence, Standard 3.2)."""
    if not subject.owner_ids:
        return None
    names = sorted({r.company.name for r in subject.to_review if r.id in subject.owner_ids})
    exception = data.get("exception") or None
    if exception not in OWNER_EXCEPTIONS:
        errors["exception"] = [
            _("The member is an owner or employee of %(companies)s, an ineligible company: "
              "they cannot control this content unless one of the three exceptions applies. "
              "Name the exception, or refuse the role.", companies=", ".join(names))]
        return None
    if exception == "unrelated_content":
        for review in reviews:
            if review.relationship_id in subject.owner_ids and review.relevant:
                errors[f"rel-{review.relationship_id}-relevant"] = [
                    _("With the “unrelated content” exception this relationship is not "
                      "relevant to the content; mark it so, choose another exception, or "
                      "refuse.")]
    return exception


def _clear(db: Session, actor: User, item: QueueItem, data: dict[str, Any]) -> None:
    clearance = _pending_clearance(db, item)
    now = utcnow()
    subject = _review_subject(db, clearance, now)
    if subject.disclosure is None:
        raise ValidationError({"_": [
            _("The member has no current disclosure (it expired or was never filed): refuse "
              "the role, or wait until they renew it.")]})
    if subject.unclassified:
        raise ValidationError({"_": [
            _("Classify %(companies)s in the company list first: whether a company is "
              "ineligible decides what needs review.",
              companies=", ".join(subject.unclassified))]})
    errors: dict[str, list[str]] = {}
    reviews = _relationship_reviews(subject, data, errors)
    exception = _owner_exception(subject, data, reviews, errors)
    if errors:
        raise ValidationError(errors)
    clearance.disclosure_id = subject.disclosure.id
    clearance.status, clearance.reviewed_by_id, clearance.reviewed_at = "cleared", actor.id, now
    clearance.owner_exception = exception
    clearance.reviews = reviews
    db.flush()
    with force_locale(member_locale(clearance.user.language)):
        text = _("Your disclosure was reviewed: you are cleared as %(role)s for "
                 "“%(title)s”.", role=clearance.role_label.lower(),
                 title=clearance.content_title)
    _tell_member(db, actor, clearance, text)


def _refuse(db: Session, actor: User, item: QueueItem, data: dict[str, Any]) -> None:
    clearance = _pending_clearance(db, item)
    # The queue requires the reason (its contract checked it) and passes it with the data.
    reason = str(data.get("reason") or "")
    current = current_disclosure(db, clearance.user_id)
    if current is not None:
        clearance.disclosure_id = current.id
    clearance.status, clearance.reviewed_by_id = "refused", actor.id
    clearance.reviewed_at, clearance.refusal_reason = utcnow(), reason
    db.flush()
    with force_locale(member_locale(clearance.user.language)):
        values = {"role": clearance.role_label.lower(), "title": clearance.content_title}
        text = (_("Your request to act as %(role)s for “%(title)s” was refused: %(reason)s",
                  reason=reason[:200], **values) if reason else
                _("Your request to act as %(role)s for “%(title)s” was refused.", **values))
    _tell_member(db, actor, clearance, text)


def _tell_member(db: Session, actor: User, clearance: RoleClearance, message: str) -> None:
    events.notice(db, clearance.user_id, "disclosure_reviewed", message,
                  f"/disclosures#role-{clearance.id}", actor_id=actor.id)


# ---------------------------------------------------------------- company queue actions


def _load_company(db: Session, item: QueueItem) -> Company | None:
    return db.get(Company, item.subject_id)


def _classify_from_queue(ineligible: bool):
    def apply(db: Session, actor: User, item: QueueItem, data: dict[str, Any]) -> None:
        company = _load_company(db, item)
        if company is None:
            raise ValidationError({"_": [_("This company no longer exists.")]})
        # The page's kind select (empty: keep the kind) and the API's data, both optional.
        given = parse_form(CompanyReclassification, {
            name: data[name] for name in ("kind", "notes") if data.get(name) is not None})
        kind = given.kind or company.kind
        notes = (given.notes or "") if "notes" in data else company.notes
        _set_classification(company, actor, ineligible, kind, notes)
        db.flush()

    return apply


def _clearance_content(item: QueueItem) -> tuple[str, int] | None:
    """A role request is about a party to that content (a write-up's reviewer, say)."""
    data = item.data or {}
    if data.get("content_kind") and data.get("content_id"):
        return data["content_kind"], data["content_id"]
    return None


def register_kinds(app: Flask) -> None:
    register(app, "disclosure_review", _l("Disclosure to review"), "role_clearance", [
        Action("clear", _l("Clear for the role"), "approved", apply=_clear),
        Action("refuse", _l("Refuse the role"), "rejected", apply=_refuse,
               reason_required=True),
        Action("ignore", _l("Ignore"), "ignored"),
    ], board_scoped=False, load=_load_clearance, about=_clearance_content,
        describe=_describe_clearance)
    register(app, "company_classification", _l("Company to classify"), "company", [
        Action("ineligible", _l("Classify as ineligible"), "approved",
               apply=_classify_from_queue(True)),
        Action("eligible", _l("Classify as eligible"), "approved",
               apply=_classify_from_queue(False)),
        Action("ignore", _l("Ignore"), "ignored"),
    ], board_scoped=False, load=_load_company, describe=_describe_company)


def _describe_company(item: Any) -> str | None:
    """The item's summary in the reader's language (the stored one is English)."""
    name = (item.data or {}).get("name")
    return _("Classify “%(name)s” (named in a disclosure)", name=name) if name else None


def _describe_clearance(item: Any) -> str | None:
    data = item.data or {}
    if not (data.get("member") and data.get("title") and data.get("role") in CONTENT_ROLES):
        return None  # an item queued before its data named them: the stored summary
    return _("%(member)s as %(role)s for “%(title)s”", member=data["member"],
             role=str(CONTENT_ROLES[data["role"]][0]).lower(), title=data["title"])


# ---------------------------------------------------------------- clearances


def get_clearance(db: Session, actor: User | None, clearance_id: int) -> RoleClearance:
    _signed_in(actor)
    clearance = db.get(RoleClearance, clearance_id)
    if clearance is None or not policy.can_view_clearance(actor, clearance.user_id) \
            or not policy.may_know_party(actor, clearance):
        raise NotFound(_("There is no such role request."))
    return clearance


def clearances_of(db: Session, actor: User | None, member: User) -> list[RoleClearance]:
    _signed_in(actor)
    if not policy.can_view_clearance(actor, member.id):
        raise NotFound(_("There is no such member's role to show you."))
    return list(db.scalars(select(RoleClearance).options(
        joinedload(RoleClearance.disclosure)).where(RoleClearance.user_id == member.id)
        .order_by(RoleClearance.requested_at.desc(), RoleClearance.id.desc())))


def clearance_state(clearance: RoleClearance, now: datetime | None = None) -> str:
    """pending | cleared | refused | lapsed (cleared on a version no longer current)."""
    if clearance.status == "cleared" and not clearance.disclosure.is_current(now or utcnow()):
        return "lapsed"
    return clearance.status


# ---------------------------------------------------------------- learner statement


@dataclass
class StatementEntry:
    name: str
    credentials: str
    role: str
    role_label: str
    relationships: list[tuple[str, str]]  # (company name, nature label): relevant ones only

    @property
    def text(self) -> str:
        if self.relationships:
            return _("All relevant financial relationships have been mitigated.")
        return _("No relevant financial relationships with ineligible companies.")


def statement(db: Session, content_kind: str, content_id: int) -> list[StatementEntry]:
    """Who controls this content and their relevant relationships — company names and
    natures only: no amounts, logos or brand names (ACCME Standards for Integrity and
    Independence, Standard 3.5; Standard 5 keeps advertising out of disclosures)."""
    rows = db.scalars(select(RoleClearance).options(
        joinedload(RoleClearance.user),
        selectinload(RoleClearance.reviews).joinedload(RelationshipReview.relationship_))
        .where(RoleClearance.content_kind == content_kind,
               RoleClearance.content_id == content_id, RoleClearance.status == "cleared")
        .order_by(RoleClearance.reviewed_at.desc(), RoleClearance.id.desc())).unique().all()
    entries: dict[tuple[int, str], StatementEntry] = {}
    for clearance in rows:  # newest review of each person and role wins
        key = (clearance.user_id, clearance.role)
        if key in entries:
            continue
        relevant = list(dict.fromkeys(
            (r.relationship_.company.name, r.relationship_.nature_label)
            for r in clearance.reviews if r.relevant))
        # Peer review is double-anonymous: a case's reviewers are disclosed, never named.
        anonymous = clearance.role == "case_reviewer"
        entries[key] = StatementEntry(
            _("Anonymous peer reviewer") if anonymous else clearance.user.display_name,
            "" if anonymous else clearance.user.credentials, clearance.role,
            clearance.role_label, relevant)
    order = list(CONTENT_ROLES)
    return sorted(entries.values(), key=lambda e: (order.index(e.role), e.name.casefold()))


# ---------------------------------------------------------------- learners who saw it


def record_statement_shown(db: Session, user: User | None, content_kind: str, content_id: int,
                           place: str) -> None:
    """Note that `user` was shown the statement of this content (the first time counts);
    anonymous readers are not recorded. Safe to call on every view and under races."""
    if user is None or not getattr(user, "is_authenticated", False):
        return
    insert_once(db, StatementView, user_id=user.id, content_kind=content_kind,
                content_id=content_id, place=place, seen_at=utcnow())


def statement_seen(content_kind: str, content_id: int, user_id: int):
    """An EXISTS clause, true once the member was shown this content's statement (for a
    caller that reads it in the same statement as other things)."""
    return select(StatementView.id).where(
        StatementView.user_id == user_id, StatementView.content_kind == content_kind,
        StatementView.content_id == content_id).exists()


def statement_seen_at(db: Session, user_id: int, content_kind: str,
                      content_id: int) -> datetime | None:
    return db.scalar(select(StatementView.seen_at).where(
        StatementView.user_id == user_id, StatementView.content_kind == content_kind,
        StatementView.content_id == content_id))
