"""De-identification of case write-ups (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)).

Exported for the other case helpers:

- `scan_sections(sections) -> {section_key: [Finding]}`: the authoring save path calls it to
  show what the scanner found after a save (every section, the title included).
- `blocking_findings(db, case, version=None) -> [Located]`: the review helper's submit()
  refuses submission while this list is not empty. A finding blocks unless a live override
  (pending or accepted) covers it; an override covers every finding with the same section,
  category and matched text, so it survives edits elsewhere.

Overrides: an author says why a finding is not identifying (`create_override`); it goes to
the review queue as a "phi_override" item (board-scoped; about the author, so they never
decide it). "accept" keeps it; "reject" (a reason is required) withdraws it, and submission
is blocked again until the author fixes the text or justifies it anew. An author may
withdraw a live override (`withdraw_override`); its queue item is closed."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flask import Flask
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from community.cases.care import SECTION_KEYS, SECTIONS
from community.cases.deid import policy
from community.cases.deid.lifecycle import OVERRIDE
from community.cases.deid.models import EXCERPT_MAX, LIVE, PhiOverride
from community.cases.deid.schemas import PhiOverrideRequest
from community.cases.models import CaseReport, CaseVersion
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import (
    Conflict,
    Forbidden,
    NotAuthenticated,
    NotFound,
    ValidationError,
)
from community.platform.i18n import _, _l, force_locale
from community.platform.phi import CATEGORIES, Finding, category_label, scan_many
from moderation.audit import service as audit
from moderation.queue import service as queue
from moderation.queue.models import QueueItem
from moderation.queue.types import Action, register

KIND = "phi_override"
SUBJECT = "phi_override"
# Timeline events are scanned one by one as "timeline.0", "timeline.1"… (the CARE section
# "timeline" is its own text); an override on any event is stored under "timeline.*" so it
# survives events being added or reordered.
TIMELINE = "timeline"
EVENTS = "timeline.*"


@dataclass(frozen=True)
class Located:
    """A finding and the section it is in (the key scan_version uses)."""

    section: str
    finding: Finding

    @property
    def group(self) -> str:
        return section_group(self.section)

    # The finding's fields, read directly (the review helper's submission check does).
    @property
    def category(self) -> str:
        return self.finding.category

    @property
    def label(self) -> str:
        return self.finding.label

    @property
    def text(self) -> str:
        return self.finding.text

    @property
    def start(self) -> int:
        return self.finding.start

    @property
    def end(self) -> int:
        return self.finding.end

    def as_dict(self) -> dict[str, Any]:
        return {"section": self.section, **self.finding.as_dict()}


def phi_label(category: str, fallback: str = "") -> str:
    """A finding's Safe Harbor category in the language shown (the scanner's labels)."""
    if category in CATEGORIES:
        return category_label(category)
    return fallback or category or _("identifier")


def section_group(key: str) -> str:
    return EVENTS if key.startswith(TIMELINE + ".") else key


def section_label(key: str) -> str:
    if key == EVENTS:
        return _("Timeline events")
    if key.startswith(TIMELINE + "."):
        number = key.split(".", 1)[1]
        return _("Timeline event %(number)s",
                 number=int(number) + 1 if number.isdigit() else number)
    return str(SECTIONS[key][0]) if key in SECTIONS else key


# ---------------------------------------------------------------- scanning


def scan_sections(sections: dict[str, str]) -> dict[str, list[Finding]]:
    """Every section's findings, keyed like `sections` (sections with none map to [])."""
    texts = {key: value for key, value in (sections or {}).items() if isinstance(value, str)}
    found = scan_many(texts)  # a name found in one section is found in every one
    return {key: found.get(key, []) for key in (sections or {})}


def version_texts(version: CaseVersion | None) -> dict[str, str]:
    """The texts a version holds, in CARE order, then its timeline events."""
    if version is None:
        return {}
    sections = version.sections or {}
    texts = {key: sections[key] for key in SECTION_KEYS
             if isinstance(sections.get(key), str)}
    texts.update({key: value for key, value in sections.items()
                  if key not in texts and isinstance(value, str)})
    for i, event in enumerate(version.timeline or []):
        if isinstance(event, dict) and isinstance(event.get("event"), str):
            texts[f"{TIMELINE}.{i}"] = event["event"]
    return texts


def scan_version(version: CaseVersion | None) -> dict[str, list[Finding]]:
    return scan_sections(version_texts(version))


def get_version(db: Session, case: CaseReport,
                version: CaseVersion | int | None = None) -> CaseVersion | None:
    """The version asked for (an object or its number), or the current one."""
    if isinstance(version, CaseVersion):
        return version
    number = case.current_version if version is None else version
    return db.scalar(select(CaseVersion).where(CaseVersion.case_id == case.id,
                                               CaseVersion.number == number))


def live_overrides(db: Session, case: CaseReport) -> list[PhiOverride]:
    return list(db.scalars(select(PhiOverride).where(
        PhiOverride.case_id == case.id, PhiOverride.status.in_(LIVE))
        .order_by(PhiOverride.id)))


def _key(section: str, category: str, excerpt: str) -> tuple[str, str, str]:
    return section_group(section), category, excerpt


def blocking_findings(db: Session, case: CaseReport,
                      version: CaseVersion | int | None = None) -> list[Located]:
    """The findings in the write-up (its current version unless told) that no live
    override covers. Submission must wait until this is empty."""
    covered = {_key(o.section, o.category, o.excerpt) for o in live_overrides(db, case)}
    return [Located(section, f)
            for section, found in scan_version(get_version(db, case, version)).items()
            for f in found if _key(section, f.category, f.text) not in covered]


@dataclass
class SectionReport:
    """One section for the findings page and API: its text and each finding with the
    override that covers it, if any."""

    key: str
    label: str
    text: str
    findings: list[tuple[Finding, PhiOverride | None]]


@dataclass
class Report:
    case: CaseReport
    version: CaseVersion | None
    sections: list[SectionReport]
    overrides: list[PhiOverride]  # every override of the write-up, newest first

    @property
    def blocking(self) -> int:
        return sum(1 for s in self.sections for _finding, o in s.findings if o is None)

    @property
    def total(self) -> int:
        return sum(len(s.findings) for s in self.sections)


def report(db: Session, actor: User | None, case: CaseReport) -> Report:
    """What the findings page shows: every section of the current version with findings."""
    require_view(actor, case)
    version = get_version(db, case)
    live = {_key(o.section, o.category, o.excerpt): o for o in live_overrides(db, case)}
    texts = version_texts(version)
    sections = [SectionReport(key, section_label(key), texts[key],
                              [(f, live.get(_key(key, f.category, f.text))) for f in found])
                for key, found in scan_sections(texts).items() if found]
    overrides = list(db.scalars(select(PhiOverride).where(PhiOverride.case_id == case.id)
                                .order_by(PhiOverride.id.desc())))
    return Report(case, version, sections, overrides)


# ---------------------------------------------------------------- permissions


def get_case(db: Session, actor: User | None, case_id: int) -> CaseReport:
    """The write-up, for someone who may see its findings; 404 for everyone else."""
    if not is_signed_in(actor):
        raise NotAuthenticated(_("Sign in to see the write-up's de-identification check."))
    case = db.get(CaseReport, case_id)
    if case is None or not policy.can_view_findings(actor, case):
        raise NotFound(_("No such case write-up."))
    return case


def require_view(actor: User | None, case: CaseReport) -> None:
    if not policy.can_view_findings(actor, case):
        raise NotFound(_("No such case write-up."))


def _require_override(actor: User | None, case: CaseReport) -> User:
    require_view(actor, case)
    if not policy.is_author(actor, case):
        raise Forbidden(_("Only the write-up's authors can mark a finding as not identifying."))
    if not policy.can_override(actor, case):
        raise Forbidden(_("The write-up is no longer a draft or in revision: its text, and so "
                          "its findings, cannot change now."))
    return actor


# ---------------------------------------------------------------- overrides


def _finding_asked(db: Session, case: CaseReport, data: PhiOverrideRequest,
                   ) -> tuple[CaseVersion, Finding]:
    """The finding the author points at (section, category, start, end), in the current
    version."""
    version = get_version(db, case)
    if version is None:
        raise ValidationError({"section": [_("The write-up has no saved text yet.")]})
    if data.version is not None and data.version != version.number:
        raise Conflict(_("The write-up changed since version %(seen)s (now version %(now)s): "
                         "reload its findings and try again.", seen=data.version,
                         now=version.number), version=version.number)
    texts = version_texts(version)
    if data.section not in texts:
        raise ValidationError({"section": [_("The write-up has no section “%(section)s”.",
                                             section=data.section)]})
    found = scan_sections(texts)[data.section]  # names carry across sections
    finding = next((f for f in found if f.category == data.category
                    and f.start == data.start and f.end == data.end), None)
    if finding is None:
        raise ValidationError({"start": [
            _("There is no such finding in that section now (the text may have changed): "
              "reload its findings.")]})
    if len(finding.text) > EXCERPT_MAX:
        raise ValidationError({"end": [_("A finding over %(max)s characters cannot be "
                                         "overridden: shorten the text.", max=EXCERPT_MAX)]})
    return version, finding


def create_override(db: Session, actor: User | None, case: CaseReport,
                    data: PhiOverrideRequest | Mapping[str, Any]) -> PhiOverride:
    """An author marks a finding as not identifying, with a reason: the override covers it
    at once and waits in the review queue for a moderator."""
    data = coerce(PhiOverrideRequest, data)
    actor = _require_override(actor, case)
    version, finding = _finding_asked(db, case, data)
    section, reason = data.section, data.reason
    group = section_group(section)
    if _existing(db, case, group, finding) is not None:
        raise Conflict(_("That finding is already marked as not identifying."))
    override = PhiOverride(case_id=case.id, version_number=version.number, section=group,
                           category=finding.category, start=finding.start, end=finding.end,
                           excerpt=finding.text, reason=reason, by_id=actor.id, at=utcnow())
    try:
        with db.begin_nested():  # two authors at once: the live index keeps one
            db.add(override)
            db.flush()
    except IntegrityError:
        raise Conflict(_("That finding is already marked as not identifying.")) from None
    OVERRIDE.start(db, override, actor_id=actor.id, note=reason)
    with force_locale("en"):  # the stored summary is a record: in English, as the audit
        where = section_label(section)
    item, _created = queue.enqueue(
        db, KIND, SUBJECT, override.id, board_id=case.board_id, subject_user_id=actor.id,
        # No title: the draft is private to its authors and editors; the moderator judges
        # the excerpt in its section, not the write-up.
        summary=f"{CATEGORIES[finding.category][1]} {finding.text!r} kept in write-up "
                f"#{case.id} ({where})",
        data={"case_id": case.id, "version": version.number, "section": group,
              "category": finding.category, "excerpt": finding.text, "reason": reason},
        actor=actor, reason=reason)
    override.queue_item_id = item.id
    audit.record(db, actor, "case.phi_override.create", subject_type=SUBJECT,
                 subject_id=override.id, queue_item_id=item.id, board_id=case.board_id,
                 after={"case_id": case.id, "section": group, "category": finding.category,
                        "excerpt": finding.text}, reason=reason)
    db.flush()
    return override


def _existing(db: Session, case: CaseReport, group: str, finding: Finding) -> PhiOverride | None:
    return db.scalar(select(PhiOverride).where(
        PhiOverride.case_id == case.id, PhiOverride.section == group,
        PhiOverride.category == finding.category, PhiOverride.excerpt == finding.text,
        PhiOverride.status.in_(LIVE)))


def get_override(db: Session, case: CaseReport, override_id: int) -> PhiOverride:
    override = db.get(PhiOverride, override_id)
    if override is None or override.case_id != case.id:
        raise NotFound(_("No such override on this write-up."))
    return override


def withdraw_override(db: Session, actor: User | None, case: CaseReport,
                      override: PhiOverride) -> PhiOverride:
    """An author takes an override back: the finding blocks again; an open queue item
    is closed (nothing is left for a moderator to decide)."""
    actor = _require_override(actor, case)
    if not override.live:
        raise Conflict(_("This override is already in the state “%(state)s”.",
                         state=OVERRIDE.label(override.status)))
    OVERRIDE.take(db, override, "withdraw", actor_id=actor.id,
                  values={"decided_by_id": actor.id, "decided_at": utcnow()},
                  conflict=_("A moderator decided this override meanwhile: reload the page."))
    item = db.get(QueueItem, override.queue_item_id) if override.queue_item_id else None
    if item is not None:
        queue.withdraw(db, actor, item, "The author withdrew the override.")
    audit.record(db, actor, "case.phi_override.withdraw", subject_type=SUBJECT,
                 subject_id=override.id, queue_item_id=override.queue_item_id,
                 board_id=case.board_id, before={"status": "live"},
                 after={"status": "withdrawn"})
    db.flush()
    return override


# ---------------------------------------------------------------- the queue kind


def _decide(transition: str):
    def apply(db: Session, actor: User, item: QueueItem, data: dict) -> None:
        override = db.get(PhiOverride, item.subject_id)
        if override is None or not override.live:
            raise Conflict(_("The author withdrew this override."))
        OVERRIDE.take(db, override, transition, actor_id=actor.id,
                      values={"decided_by_id": actor.id, "decided_at": utcnow(),
                              "decision_reason": data.get("reason") or ""},
                      conflict=_("The author withdrew this override."))
    return apply


def load(db: Session, item: QueueItem) -> dict[str, Any] | None:
    """The override, its write-up and the section text around the finding (for the page)."""
    override = db.get(PhiOverride, item.subject_id) if item.subject_type == SUBJECT else None
    if override is None:
        return None
    case = db.get(CaseReport, override.case_id)
    version = get_version(db, case, override.version_number) if case else None
    texts = version_texts(version)
    key = override.section
    if key == EVENTS:
        key = next((k for k in texts if section_group(k) == EVENTS
                    and override.excerpt in texts[k]), key)
    text = texts.get(key, "")
    start = text.find(override.excerpt) if override.start is None else override.start
    if text[start:start + len(override.excerpt)] != override.excerpt:
        start = text.find(override.excerpt)
    return {"override": override, "case": case, "section_label": section_label(key),
            "before": text[max(0, start - 200):start] if start >= 0 else "",
            "after": text[start + len(override.excerpt):][:200] if start >= 0 else "",
            "label": phi_label(override.category)}


def register_kinds(app: Flask) -> None:
    register(app, KIND, _l("PHI warning override"), SUBJECT, [
        Action("accept", _l("Accept: not identifying"), "approved", apply=_decide("accept")),
        Action("reject", _l("Reject: it identifies"), "rejected", apply=_decide("reject"),
               reason_required=True),
    ], board_scoped=True, load=load, about=about)


def about(item: QueueItem) -> tuple[str, int] | None:
    """The item is about an author of this write-up (double-anonymous review: a board
    moderator who reviews it must not learn who)."""
    case_id = (item.data or {}).get("case_id")
    return ("case", case_id) if case_id else None
