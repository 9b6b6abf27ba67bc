"""Writing a case together: starting a write-up, co-authors, sections, versions, consent.

Pure functions over a Session and the acting member, like every service: they validate,
ask community.cases.policy, raise community.errors.* and never commit (the caller's unit of
work does, and the recorded events — "case_saved" for the live presence channel — go out only
after that commit).

Saving: every save is a new CaseVersion naming the version the author started from. When the
write-up moved on meanwhile, the sections the saver changed are laid over the newest version
if nobody else changed them too (kind "merge"); if somebody did, the save is refused with a
CaseConflict carrying, per section, the base, their and your text and a three-way diff — the
page keeps the member's text, so nothing typed is lost.

Reading functions the peer-review helper builds on: get_case, current_version, get_version,
list_versions, compare_versions, checklist, consent_ready, authors_of.

What a save, an invitation or an attestation may contain is the contract's to say
(community.cases.authoring.schemas): each function here takes its model (or a mapping from a
caller inside Rounds, parsed the same way) and checks what only the write-up can tell."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from community.cases import policy
from community.cases.authoring import mailing
from community.cases.authoring.invitations import INVITATION
from community.cases.authoring.merge import changed_keys, merge3, merge_sections, section_diffs
from community.cases.authoring.models import (
    AUTHORS_MAX,
    PENDING,
    CaseInvitation,
)
from community.cases.authoring.schemas import (
    NewWriteUp,
    WriteUpAuthorOrder,
    WriteUpConsentRequest,
    WriteUpInvite,
    WriteUpSave,
)
from community.cases.care import SECTION_KEYS, SECTIONS
from community.cases.deid import service as deid
from community.cases.models import CaseAuthor, CaseReport, CaseVersion
from community.cases.service import get_case  # noqa: F401  (the pages and the API use it)
from community.platform.accounts import limits
from community.platform.accounts.models import User
from community.platform.accounts.policy import posting_refusal
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import Conflict, Forbidden, NotFound, ValidationError
from community.platform.events import record_event
from community.platform.i18n import _
from community.platform.markup import cook
from community.platform.spaces.models import Board

TIMELINE = "timeline"


class CaseConflict(Conflict):
    """A save based on an older version changed sections a co-author changed meanwhile.
    extra: current_version, base_version, conflicts=[{section, title, base, theirs, yours,
    diff3, merged}], merged_sections (the merge with your text in the conflicting ones)."""

    slug = "case-edit-conflict"
    title = "A co-author changed the same section since you started editing"


# ------------------------------------------------------------------ reading
# get_case(db, actor, case_id): the write-up if the actor may read it, otherwise 404 (a
# draft's existence is nobody else's business): community.cases.service's.


def list_my_cases(db: Session, actor: User) -> list[CaseReport]:
    return list(db.scalars(
        select(CaseReport).join(CaseAuthor, CaseAuthor.case_id == CaseReport.id)
        .where(CaseAuthor.user_id == actor.id).order_by(CaseReport.updated_at.desc())))


def current_version(db: Session, case: CaseReport) -> CaseVersion:
    return db.scalars(select(CaseVersion).where(
        CaseVersion.case_id == case.id, CaseVersion.number == case.current_version)).one()


def get_version(db: Session, actor: User | None, case: CaseReport, number: int) -> CaseVersion:
    if not policy.can_read_case(actor, case):
        raise NotFound(_("No such case write-up, or it is not shared with you."))
    version = db.scalars(select(CaseVersion).where(
        CaseVersion.case_id == case.id, CaseVersion.number == number)).one_or_none()
    if version is None:
        raise NotFound(_("This write-up has no version %(number)s.", number=number))
    return version


def list_versions(db: Session, actor: User | None, case: CaseReport) -> list[CaseVersion]:
    if not policy.can_read_case(actor, case):
        raise NotFound(_("No such case write-up, or it is not shared with you."))
    return list(db.scalars(select(CaseVersion).where(CaseVersion.case_id == case.id)
                           .order_by(CaseVersion.number.desc())))


def authors_of(case: CaseReport) -> list[CaseAuthor]:
    return sorted(case.authors, key=lambda a: a.position)


# ------------------------------------------------------------------ starting

def start_case(db: Session, actor: User, board: Board,
               data: NewWriteUp | Mapping[str, Any]) -> CaseReport:
    """A new draft in `board`: version 1 with empty sections (or the title given); the
    creator is author 1 and the corresponding author."""
    data = coerce(NewWriteUp, data)
    if not policy.can_start_case(actor, board):
        raise Forbidden(posting_refusal(actor)
                        or "You cannot start a case write-up in this board.")
    title = data.title or ""
    now = utcnow()
    case = CaseReport(board_id=board.id, created_by_id=actor.id, title=_short_title(title),
                      current_version=1, consent_reference="", created_at=now, updated_at=now)
    case.authors.append(CaseAuthor(user_id=actor.id, position=1, corresponding=True,
                                   roles=["conceptualization", "writing_original_draft"],
                                   joined_at=now))
    db.add(case)
    db.flush()
    sections = {key: "" for key in SECTION_KEYS}
    sections["title"] = title
    db.add(CaseVersion(case_id=case.id, number=1, saved_by_id=actor.id, based_on=None,
                       kind="save", note="", sections=sections, cooked=_cook_all(sections),
                       timeline=[], created_at=now))
    db.flush()
    return case


# ------------------------------------------------------------------ sections and timeline

def timeline_text(events: list[dict[str, Any]]) -> str:
    """The timeline as lines of text ("Day 3: event"), for diffs and conflicts."""
    return "\n".join(f"Day {e['day']}: {e['event']}" for e in events)


def _cook_all(sections: dict[str, str]) -> dict[str, str]:
    return {key: cook(text) if text.strip() else "" for key, text in sections.items()}


def _short_title(title: str) -> str:
    first = (title or "").strip().splitlines()[0] if (title or "").strip() else ""
    return first[:300]


def _comparable(version_sections: dict[str, str], timeline: list[dict]) -> dict[str, str]:
    """Sections as compared for merging: the timeline section carries its events too."""
    flat = {k: version_sections.get(k, "") for k in SECTION_KEYS}
    flat[TIMELINE] = flat[TIMELINE] + "\n\x00" + timeline_text(timeline) if timeline \
        else flat[TIMELINE]
    return flat


@dataclass
class SaveResult:
    version: CaseVersion
    merged: bool                 # laid over co-authors' newer versions
    changed: list[str]           # the sections this save changed

    @property
    def findings(self) -> Any:
        """De-identification findings of the saved text (None: no scanner). Read it after
        the commit: scanning is no work to do while holding the write-up's lock."""
        return scan(self.version.sections, self.version.timeline)


def save(db: Session, actor: User, case: CaseReport,
         data: WriteUpSave | Mapping[str, Any]) -> SaveResult:
    """Save sections (and optionally the timeline) based on `base_version`. Sections not
    sent keep the base version's text; the timeline is stored sorted by day."""
    data = coerce(WriteUpSave, data)
    if not policy.can_edit_case(actor, case):
        raise Forbidden(_("Only the authors edit this write-up, and only while it is a draft "
                        "or revisions were requested."))
    base_number = data.base_version
    sections = data.sections.sent()
    timeline = None if data.timeline is None else sorted(
        ({"day": e.day, "event": e.event} for e in data.timeline), key=lambda e: e["day"])
    _lock(db, case)
    if not 1 <= base_number <= case.current_version:
        raise ValidationError({"base_version": [
            _("Name the version you edited (1 to %(last)s).", last=case.current_version)]})
    base = get_version(db, actor, case, base_number)
    head = current_version(db, case)
    yours_sections = {**{k: base.sections.get(k, "") for k in SECTION_KEYS}, **sections}
    yours_timeline = base.timeline if timeline is None else timeline
    mine = changed_keys(_comparable(base.sections, base.timeline),
                        _comparable(yours_sections, yours_timeline))
    if not mine:
        return SaveResult(head, False, [])
    merged = head.number != base.number
    if merged:
        yours_sections, yours_timeline = _merge_or_refuse(
            base, head, yours_sections, yours_timeline)
    version = _new_version(db, actor, case, yours_sections, yours_timeline,
                           based_on=base.number, kind="merge" if merged else "save")
    return SaveResult(version, merged, sorted(mine, key=SECTION_KEYS.index))


def _merge_or_refuse(base: CaseVersion, head: CaseVersion, yours: dict[str, str],
                     yours_timeline: list[dict]) -> tuple[dict[str, str], list[dict]]:
    flat_base = _comparable(base.sections, base.timeline)
    flat_head = _comparable(head.sections, head.timeline)
    flat_yours = _comparable(yours, yours_timeline)
    _merged, conflicts = merge_sections(flat_base, flat_head, flat_yours)
    mine = changed_keys(flat_base, flat_yours)
    merged = {k: (yours if k in mine else head.sections).get(k, "") for k in SECTION_KEYS}
    timeline = yours_timeline if TIMELINE in mine else head.timeline
    if conflicts:
        raise CaseConflict(
            f"Since version {base.number}, co-authors changed "
            f"{', '.join(str(SECTIONS[k][0]) for k in conflicts)}, which you changed too. Your "
            "text is kept: merge it with theirs and save again.",
            current_version=head.number, base_version=base.number,
            conflicts=[_conflict(k, base, head, yours, yours_timeline) for k in conflicts],
            merged_sections=merged, merged_timeline=timeline)
    return merged, timeline


def _conflict(key: str, base: CaseVersion, head: CaseVersion, yours: dict[str, str],
              yours_timeline: list[dict]) -> dict[str, Any]:
    texts = {"base": base.sections.get(key, ""), "theirs": head.sections.get(key, ""),
             "yours": yours.get(key, "")}
    if key == TIMELINE:
        texts.update(base_timeline=base.timeline, theirs_timeline=head.timeline,
                     yours_timeline=yours_timeline)
    result = merge3(texts["base"], texts["theirs"], texts["yours"])
    body = {"section": key, "title": str(SECTIONS[key][0]), **texts, "diff3": result["hunks"],
            "merged": result["merged"]}
    if key == TIMELINE:
        body["timeline_diff3"] = merge3(timeline_text(base.timeline),
                                        timeline_text(head.timeline),
                                        timeline_text(yours_timeline))["hunks"]
    return body


def _new_version(db: Session, actor: User, case: CaseReport, sections: dict[str, str],
                 timeline: list[dict], *, based_on: int, kind: str) -> CaseVersion:
    head = current_version(db, case)
    differs = changed_keys(_comparable(head.sections, head.timeline),
                           _comparable(sections, timeline))
    changed = [k for k in SECTION_KEYS if k in differs]
    now = utcnow()
    # Unchanged sections keep their cooked HTML; only edited ones are cooked again.
    cooked = {k: head.cooked.get(k, "") if k not in changed and k in head.cooked
              else (cook(sections[k]) if sections[k].strip() else "") for k in SECTION_KEYS}
    version = CaseVersion(case_id=case.id, number=case.current_version + 1,
                          saved_by_id=actor.id, based_on=based_on, kind=kind, note="",
                          sections=dict(sections), cooked=cooked, timeline=list(timeline),
                          created_at=now)
    db.add(version)
    case.current_version = version.number
    case.title = _short_title(sections.get("title", ""))
    case.updated_at = now
    try:
        db.flush()
    except IntegrityError:
        # Two saves took the same number at once (SQLite has no row lock): the later one
        # is told to try again; nothing was written.
        db.rollback()
        raise Conflict(_("A co-author saved at the same moment. Save again to merge.")) from None
    record_event(db, "case_saved", case_id=case.id, version=version.number,
                 sections=changed, by=actor.username, by_id=actor.id)
    return version


def _lock(db: Session, case: CaseReport) -> None:
    """Serialize writes to one write-up and re-read its current version under the lock.

    PostgreSQL: a row lock on the write-up. SQLite locks the whole database for writing, but
    a transaction that has already read cannot start writing once another one committed
    (its snapshot is stale: SQLITE_BUSY_SNAPSHOT, no waiting). So, before anything is
    written, drop the read transaction and begin a new one with a write, which waits its
    turn (busy_timeout) and then sees every earlier save."""
    case_id = case.id  # read now: after the rollback it would be a read before the write
    if db.get_bind().dialect.name == "sqlite":
        assert not (db.new or db.dirty or db.deleted), "lock before changing anything"
        db.rollback()
        db.execute(update(CaseReport).where(CaseReport.id == case_id)
                   .values(current_version=CaseReport.current_version))
    else:
        db.execute(select(CaseReport.id).where(CaseReport.id == case_id).with_for_update())
    db.refresh(case)


def restore(db: Session, actor: User, case: CaseReport, number: int) -> CaseVersion:
    """Make an old version's text current again, as a new version (kind "restore")."""
    if not policy.can_edit_case(actor, case):
        raise Forbidden(_("Only the authors restore versions, while the write-up is editable."))
    _lock(db, case)
    old = get_version(db, actor, case, number)
    return _new_version(db, actor, case, {k: old.sections.get(k, "") for k in SECTION_KEYS},
                        old.timeline, based_on=case.current_version, kind="restore")


def compare_versions(db: Session, actor: User | None, case: CaseReport, from_number: int,
                     to_number: int) -> dict[str, Any]:
    """Section by section line diffs between two versions (the timeline as its events)."""
    old = get_version(db, actor, case, from_number)
    new = get_version(db, actor, case, to_number)
    return {"from": old, "to": new, "sections": diff_versions(old, new)}


def diff_versions(old: CaseVersion, new: CaseVersion) -> list[dict[str, Any]]:
    rows = section_diffs(old.sections, new.sections, SECTION_KEYS)
    timeline = section_diffs({"events": timeline_text(old.timeline)},
                             {"events": timeline_text(new.timeline)}, ["events"])[0]
    for row in rows:
        row["title"] = str(SECTIONS[row["key"]][0])
        if row["key"] == TIMELINE:
            row["events_changed"] = timeline["changed"]
            row["events_diff"] = timeline["diff"]
            row["changed"] = row["changed"] or timeline["changed"]
    return rows


# ------------------------------------------------------------------ de-identification

def scan(sections: dict[str, str], timeline: list[dict] | None = None) -> Any:
    """The de-identification findings for these sections (and timeline events, keyed
    "timeline.<n>")."""
    texts = dict(sections)
    texts.update({f"{TIMELINE}.{n}": e["event"] for n, e in enumerate(timeline or [])})
    return deid.scan_sections(texts)


# ------------------------------------------------------------------ checklist

def keywords(text: str) -> list[str]:
    return [k.strip() for k in re.split(r"[,;\n]", text or "") if k.strip()]


def checklist(case: CaseReport, version: CaseVersion) -> list[dict[str, Any]]:
    """The CARE checklist: per section whether it is complete, and what is missing."""
    items = []
    for key in SECTION_KEYS:
        text = (version.sections.get(key) or "").strip()
        missing = "" if text else _("Empty.")
        if key == "title" and text and "case report" not in text.lower():
            missing = _('The title should contain "case report".')
        elif key == "keywords" and text and not 2 <= len(keywords(text)) <= 5:
            missing = _("Give 2 to 5 keywords (now %(count)s).", count=len(keywords(text)))
        elif key == TIMELINE and (text or version.timeline):
            missing = ""
        elif key == "informed_consent" and text and not consent_ready(case):
            missing = _("An author still has to attest the patient's consent (or its waiver).")
        items.append({"key": key, "title": str(SECTIONS[key][0]), "complete": not missing,
                      "missing": missing})
    return items


# ------------------------------------------------------------------ consent

def attest_consent(db: Session, actor: User, case: CaseReport,
                   data: WriteUpConsentRequest | Mapping[str, Any]) -> CaseReport:
    """Consent obtained, or waived by an ethics board (whose reference the waiver names)."""
    data = coerce(WriteUpConsentRequest, data)
    if not policy.can_edit_case(actor, case):
        raise Forbidden(_("Only the authors attest consent, while the write-up is editable."))
    consent, reference = data.consent, data.reference or ""
    if consent == "waived" and not reference:
        raise ValidationError({"reference": [_("Give the ethics board's reference for the "
                                             "waiver.")]})
    case.consent, case.consent_reference = consent, reference
    case.consent_attested_by_id, case.consent_attested_at = actor.id, utcnow()
    case.updated_at = utcnow()
    db.flush()
    return case


def consent_ready(case: CaseReport) -> bool:
    """Consent attested: obtained, or waived with the ethics board's reference."""
    return case.consent_attested_at is not None and (
        case.consent == "obtained" or (case.consent == "waived"
                                       and bool(case.consent_reference.strip())))


# ------------------------------------------------------------------ authors

def _require_manager(actor: User, case: CaseReport) -> None:
    if not policy.can_manage_authors(actor, case):
        raise Forbidden(_("Only the corresponding author manages the author list."))


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def invite(db: Session, actor: User, case: CaseReport,
           data: WriteUpInvite | Mapping[str, Any]) -> CaseInvitation:
    """Invite a co-author by username or email address, proposing contribution roles."""
    data = coerce(WriteUpInvite, data)
    _require_manager(actor, case)
    who, message, roles = data.invitee.lstrip("@"), data.message or "", data.roles
    if not who:
        raise ValidationError({"invitee": [_("Give a member's username or an email address.")]})
    if "@" in who:
        if not EMAIL.match(who):
            raise ValidationError({"invitee": [_("This is not an email address.")]})
        email = who.lower()
        user = db.scalars(select(User).where(func.lower(User.email) == email)).one_or_none()
    else:
        email = ""
        user = db.scalars(select(User).where(func.lower(User.username) == who.lower())
                          ).one_or_none()
        if user is None:
            raise ValidationError({"invitee": [_("No member is called %(who)s. Invite them by "
                                                 "email instead.", who=who)]})
    if user is not None and any(a.user_id == user.id for a in case.authors):
        raise ValidationError({"invitee": [_("This member is already an author.")]})
    if len(case.authors) >= AUTHORS_MAX:
        raise ValidationError({"invitee": [_("A write-up has at most %(max)s authors.",
                                             max=AUTHORS_MAX)]})
    clash = or_(CaseInvitation.user_id == user.id, CaseInvitation.email == email) \
        if user is not None and email else (
        CaseInvitation.user_id == user.id if user is not None else CaseInvitation.email == email)
    live = or_(CaseInvitation.user_id.is_not(None),  # an address's lapses (expired())
               CaseInvitation.created_at >= utcnow() - mailing.INVITATION_TTL)
    if db.scalars(select(CaseInvitation.id).where(
            CaseInvitation.case_id == case.id, CaseInvitation.status == PENDING, clash,
            live)).first():
        raise ValidationError({"invitee": [_("An invitation to them is already pending.")]})
    invitation = CaseInvitation(case_id=case.id, invited_by_id=actor.id,
                                user_id=user.id if user else None, email=email, roles=roles,
                                message=message, status=PENDING, created_at=utcnow())
    db.add(invitation)
    db.flush()
    INVITATION.start(db, invitation, actor_id=actor.id)
    mailing.invited(db, invitation)  # to the member, or to the address (no account yet)
    return invitation


def expired(invitation: CaseInvitation) -> bool:
    """An invitation by address waits INVITATION_DAYS for someone to register or sign in
    with it and answer; then it lapses."""
    return invitation.status == PENDING and invitation.user_id is None and \
        invitation.created_at < utcnow() - mailing.INVITATION_TTL


def invitations_of(db: Session, actor: User | None, case: CaseReport) -> list[CaseInvitation]:
    """A write-up's invitations, newest first (authors see them)."""
    if not policy.is_author(actor, case):
        return []
    return list(db.scalars(select(CaseInvitation).where(CaseInvitation.case_id == case.id)
                           .order_by(CaseInvitation.id.desc())))


def my_invitations(db: Session, actor: User) -> list[CaseInvitation]:
    """Pending invitations for the member: by their account or their email address."""
    lapsed = utcnow() - mailing.INVITATION_TTL
    return list(db.scalars(select(CaseInvitation).where(
        CaseInvitation.status == PENDING,
        or_(CaseInvitation.user_id == actor.id,
            (CaseInvitation.email == actor.email.lower())
            & CaseInvitation.user_id.is_(None) & (CaseInvitation.created_at >= lapsed))
    ).order_by(CaseInvitation.id.desc())))


def get_invitation(db: Session, actor: User, invitation_id: int) -> CaseInvitation:
    """An invitation its invitee or the write-up's authors may see."""
    invitation = db.get(CaseInvitation, invitation_id)
    if invitation is None or not (
            policy.can_answer_invitation(actor, invitation.user_id, invitation.email)
            or policy.is_author(actor, invitation.case)):
        raise NotFound(_("No such invitation."))
    return invitation


def answer_invitation(db: Session, actor: User, invitation: CaseInvitation,
                      accept: bool, *, token: str | None = None) -> CaseInvitation:
    """Accept or decline. `token`: the signed link of the invitation mail, which lets the
    holder of the invited address answer before the address is otherwise confirmed."""
    by_link = token is not None and mailing.token_matches(token, invitation) and \
        policy.holds_invited_address(actor, invitation.user_id, invitation.email)
    if not by_link and not policy.can_answer_invitation(actor, invitation.user_id,
                                                        invitation.email):
        raise Forbidden(_("Only the invited member answers this invitation."))
    if invitation.status != PENDING:
        raise Conflict(_("This invitation was already %(state)s.",
                         state=str(INVITATION.label(invitation.status)).lower()))
    if expired(invitation):
        raise Conflict(_("This invitation expired after %(days)s days; ask the corresponding "
                         "author for a new one.", days=mailing.INVITATION_DAYS))
    case = invitation.case
    _lock(db, case)
    db.refresh(invitation)
    if invitation.status != PENDING:  # answered or withdrawn meanwhile
        raise Conflict(_("This invitation was already %(state)s.",
                         state=str(INVITATION.label(invitation.status)).lower()))
    if accept and any(a.user_id == actor.id for a in case.authors):
        raise Conflict(_("You are already an author of this write-up."))
    now = utcnow()
    INVITATION.take(db, invitation, "accept" if accept else "decline", actor_id=actor.id,
                    values={"responded_at": now, "responded_by_id": actor.id,
                            "user_id": invitation.user_id or actor.id},
                    conflict="This invitation was answered or withdrawn meanwhile.")
    if accept:
        position = max((a.position for a in case.authors), default=0) + 1
        case.authors.append(CaseAuthor(user_id=actor.id, position=position,
                                       roles=list(invitation.roles), corresponding=False,
                                       joined_at=now))
    db.flush()
    return invitation


def withdraw_invitation(db: Session, actor: User, case: CaseReport,
                        invitation: CaseInvitation) -> CaseInvitation:
    _require_manager(actor, case)
    if invitation.case_id != case.id:
        raise NotFound(_("No such invitation on this write-up."))
    if invitation.status != PENDING:
        raise Conflict(_("Only pending invitations are withdrawn; this one was %(state)s.",
                         state=str(INVITATION.label(invitation.status)).lower()))
    INVITATION.take(db, invitation, "withdraw", actor_id=actor.id,
                    values={"responded_at": utcnow()},
                    conflict="This invitation was answered or withdrawn meanwhile.")
    return invitation


def _author(case: CaseReport, username: str) -> CaseAuthor:
    row = next((a for a in case.authors if a.user.username.lower() == username.lower()), None)
    if row is None:
        raise NotFound(_("%(username)s is not an author of this write-up.", username=username))
    return row


def reorder_authors(db: Session, actor: User, case: CaseReport,
                    data: WriteUpAuthorOrder | Mapping[str, Any]) -> None:
    """Set the author order: every author's username, first author first."""
    usernames = coerce(WriteUpAuthorOrder, data).order
    _require_manager(actor, case)
    current = {a.user.username.lower(): a for a in case.authors}
    if sorted(u.lower() for u in usernames) != sorted(current):
        raise ValidationError({"order": [_(
            "List every author exactly once: %(authors)s.",
            authors=", ".join(a.user.username for a in authors_of(case)))]})
    rows = [current[u.lower()] for u in usernames]
    # Move everyone out of the way first: (case_id, position) is unique at every flush.
    for n, row in enumerate(rows, start=1):
        row.position = -n
    db.flush()
    for n, row in enumerate(rows, start=1):
        row.position = n
    db.flush()


def set_roles(db: Session, actor: User, case: CaseReport, username: str,
              roles: list[str]) -> CaseAuthor:
    """`roles`: CRediT keys, as the contract reads them (schemas.Roles)."""
    _require_manager(actor, case)
    row = _author(case, username)
    row.roles = list(roles)
    db.flush()
    return row


def remove_author(db: Session, actor: User, case: CaseReport, username: str) -> None:
    """The corresponding author removes a co-author (never themselves: hand the role on
    first); an author may also leave on their own."""
    row = _author(case, username)
    leaving = row.user_id == actor.id
    if leaving and not policy.can_leave(actor, case):
        raise Forbidden(_("The corresponding author hands that role to another author before "
                        "leaving."))
    if not leaving:
        _require_manager(actor, case)
        if row.corresponding:
            raise Forbidden(_("The corresponding author cannot be removed."))
    case.authors.remove(row)
    db.flush()
    _renumber(db, case)


def _renumber(db: Session, case: CaseReport) -> None:
    rows = authors_of(case)
    for n, row in enumerate(rows, start=1):
        row.position = -n
    db.flush()
    for n, row in enumerate(rows, start=1):
        row.position = n
    db.flush()


def make_corresponding(db: Session, actor: User, case: CaseReport, username: str) -> CaseAuthor:
    _require_manager(actor, case)
    row = _author(case, username)
    for author in case.authors:
        author.corresponding = author is row
    db.flush()
    return row


# ------------------------------------------------------------------ the editor's preview

def preview(db: Session, actor: User | None, case: CaseReport, raw: str) -> str:
    """A section's text as the write-up will show it (markup.cook, as a save cooks it), for
    the authors while they may edit it; nothing is saved. Counted in the "preview" rate
    limit, with the boards' composer."""
    if not policy.can_edit_case(actor, case):
        raise Forbidden(_("Only the authors preview this write-up's sections, while they may "
                        "edit it."))
    limits.hit("preview", account=actor.id)
    return cook(raw) if (raw or "").strip() else ""
