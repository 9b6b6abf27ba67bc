"""Shared arrangements for the peer-review tests (no tests here): a team of members, a write-up
ready for submission built through the authoring services, disclosures filed and cleared
through the disclosure and queue services, and each workflow state reached through the
review service (committed as a request would)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from community.cases.authoring import service as authoring
from community.cases.deid import service as deid
from community.cases.models import CaseReport
from community.cases.review import service as review
from community.cases.review.models import ReviewAssignment
from community.platform.accounts.models import User
from community.platform.db import commit, utcnow
from community.platform.spaces.models import Board
from moderation.disclosures import gate, service
from moderation.disclosures.models import RoleClearance
from moderation.queue import service as queue
from moderation.queue.models import QueueItem

SECTIONS = {
    "title": "Reversible cardiomyopathy after thyrotoxicosis: a case report",
    "keywords": "thyrotoxicosis, cardiomyopathy, heart failure",
    "abstract": "A middle-aged adult presented with breathlessness and palpitations.",
    "introduction": "Thyrotoxic cardiomyopathy is uncommon and often reversible.",
    "patient_information": "An adult in their fifties with weight loss and tremor.",
    "clinical_findings": "Irregular tachycardia, bibasal crackles, fine tremor.",
    "timeline": "The episode of care over six weeks.",
    "diagnostic_assessment": "Suppressed TSH, raised free T4, ejection fraction 30%.",
    "therapeutic_intervention": "Beta blockade, carbimazole and diuretics.",
    "follow_up_outcomes": "Ejection fraction recovered to 55% at six weeks.",
    "discussion": "Early recognition avoids unnecessary invasive investigation.",
    "patient_perspective": "The patient was relieved that the heart recovered.",
    "informed_consent": "The patient gave written informed consent for publication.",
}
TIMELINE = [{"day": 0, "event": "Admission with heart failure"},
            {"day": 3, "event": "Thyroid function results"}]


def fresh(session, user: User) -> User:
    # End the test's read transaction first: on SQLite (WAL) a snapshot older than a
    # request's commit cannot write.
    session.commit()
    return session.get(User, user.id)


def make_case(session, author: User, coauthors: tuple[User, ...] = (),
              board: str = "cardiology", corresponding: User | None = None,
              sections: dict | None = None) -> int:
    """A complete draft through the authoring services: sections, timeline, consent,
    co-authors who accepted their invitations."""
    me = fresh(session, author)
    the_board = session.scalar(select(Board).where(Board.slug == board))
    case = authoring.start_case(session, me, the_board, {"title": SECTIONS["title"]})
    commit(session)
    for other in coauthors:
        invitation = authoring.invite(session, me, case, {"invitee": other.username})
        commit(session)
        authoring.answer_invitation(session, fresh(session, other), invitation, True)
        commit(session)
    authoring.save(session, me, case, {"base_version": case.current_version,
                                       "sections": sections or SECTIONS,
                                       "timeline": TIMELINE})
    authoring.attest_consent(session, me, case, {"consent": "obtained"})
    commit(session)
    if corresponding is not None:
        authoring.make_corresponding(session, me, case, corresponding.username)
        commit(session)
    return case.id


def get_case(session, case_id: int) -> CaseReport:
    session.commit()
    session.expire_all()
    return session.get(CaseReport, case_id)


def declare_none(session, user: User) -> None:
    """A current disclosure declaring no financial relationships (if none is current)."""
    session.commit()
    if service.current_disclosure(session, user.id) is None:
        service.file_disclosure(session, fresh(session, user),
                                {"declared_none": True, "confirm": True, "relationships": []})
        commit(session)


def clear(session, user: User, role: str, case_id: int, moderator: User) -> None:
    """Disclosure filed, role requested and cleared by a moderator through the queue."""
    declare_none(session, user)
    case = get_case(session, case_id)
    clearance = gate.request_role(session, fresh(session, user), role, "case", case_id,
                                  review.case_title(case), case.board_id)
    commit(session)
    if clearance.status == "cleared":
        return
    approve(session, clearance, moderator)


def approve(session, clearance: RoleClearance, moderator: User) -> None:
    session.commit()
    session.expire_all()
    item = session.scalar(select(QueueItem).where(
        QueueItem.kind == "disclosure_review", QueueItem.subject_id == clearance.id,
        QueueItem.status == "pending"))
    queue.act(session, fresh(session, moderator), item, "clear", version=item.version, data={})
    commit(session)


def approve_pending(session, moderator: User) -> int:
    """Clear every pending role request (what a moderator does after a refused submission)."""
    session.commit()
    pending = session.scalars(select(RoleClearance).where(
        RoleClearance.status == "pending")).all()
    for clearance in pending:
        approve(session, clearance, moderator)
    return len(pending)


def due(days: int = 14) -> str:
    return (utcnow().date() + timedelta(days=days)).isoformat()


GOOD_REVIEW = {"originality": 4, "clinical_value": 5, "care_completeness": 3,
               "deidentification": 5, "clarity": 4,
               "comments_to_authors": "Clear and useful. Please add the ECG findings.",
               "comments_to_editor": "Confidential: a solid case.",
               "recommendation": "minor_revisions"}


@dataclass
class Team:
    author: User          # first author, who started it
    coauthor: User        # second author
    corresponding: User   # third author, the corresponding author
    editor: User          # site role "editor"
    board_editor: User    # a member appointed editor of the board
    reviewer: User        # invited and accepted
    other_reviewer: User  # invited to the same round, a different assignment
    moderator: User
    admin: User
    member: User


# Each party: (site role, username, display name). Names are distinct from every other
# party's, so a scan of a response for them finds only real leaks.
PARTIES = {
    "author": ("member", "ana_author", "Ana Lopez"),
    "coauthor": ("member", "cole_coauthor", "Cole Brennan"),
    "corresponding": ("member", "cora_corr", "Cora Vance"),
    "editor": ("editor", "ed_editor", "Edith Norton"),
    "board_editor": ("member", "bea_boarded", "Beatrix Quill"),
    "reviewer": ("member", "rita_rev", "Rita Okafor"),
    "other_reviewer": ("member", "rex_rev", "Rex Halvorsen"),
    "moderator": ("moderator", "mo_mod", "Morgan Pike"),
    "admin": ("admin", "ada_admin", "Ada Strand"),
    "member": ("member", "meg_member", "Meg Tully"),
}


def make_team(make_user, **roles: str) -> Team:
    """The team; `roles` gives a party another site role (a moderator who is also a
    co-author: make_team(make_user, coauthor="moderator"))."""
    return Team(**{party: make_user(roles.get(party, role), username=username,
                                    display_name=name)
                   for party, (role, username, name) in PARTIES.items()})


def appoint_board_editor(session, team: Team, board: str = "cardiology") -> None:
    the_board = session.scalar(select(Board).where(Board.slug == board))
    review.set_board_editor(session, fresh(session, team.admin), the_board,
                            fresh(session, team.board_editor), True)
    commit(session)


# ---------------------------------------------------------------- states through the service


def draft(session, team: Team) -> int:
    return make_case(session, team.author, (team.coauthor, team.corresponding),
                     corresponding=team.corresponding)


def submitted(session, team: Team, prepare=None) -> int:
    """Submitted by the corresponding author; `prepare(case_id)` runs on the draft first
    (an author's PHI override, say)."""
    case_id = draft(session, team)
    if prepare is not None:
        prepare(case_id)
    for user, role in ((team.author, "case_coauthor"), (team.coauthor, "case_coauthor"),
                       (team.corresponding, "case_author"), (team.editor, "editor"),
                       (team.board_editor, "editor")):
        clear(session, user, role, case_id, team.moderator)
    review.submit(session, fresh(session, team.corresponding), get_case(session, case_id))
    commit(session)
    return case_id


def in_review(session, team: Team, prepare=None) -> int:
    case_id = submitted(session, team, prepare)
    review.screen(session, fresh(session, team.editor), get_case(session, case_id),
                  {"action": "send_to_review"})
    commit(session)
    return case_id


def with_reviewers(session, team: Team, prepare=None) -> tuple[int, int, int]:
    """In review, both reviewers invited, cleared and accepted: (case, assignment, other)."""
    case_id = in_review(session, team, prepare)
    ids = []
    for user in (team.reviewer, team.other_reviewer):
        clear(session, user, "case_reviewer", case_id, team.moderator)
        a = review.invite_reviewer(session, fresh(session, team.editor),
                                   get_case(session, case_id),
                                   {"username": user.username, "due_on": due()})
        commit(session)
        review.respond(session, fresh(session, user), a,
                       {"accept": True, "competing_interests": False})
        commit(session)
        ids.append(a.id)
    return case_id, ids[0], ids[1]


def reviewed(session, team: Team, prepare=None) -> tuple[int, int, int]:
    case_id, mine, other = with_reviewers(session, team, prepare)
    review.submit_review(session, fresh(session, team.reviewer),
                         session.get(ReviewAssignment, mine), GOOD_REVIEW)
    commit(session)
    return case_id, mine, other


def accepted(session, team: Team) -> int:
    case_id, _, _ = reviewed(session, team)
    review.decide(session, fresh(session, team.editor), get_case(session, case_id),
                  {"decision": "accept", "letter": "Accepted: thank you."})
    commit(session)
    return case_id


def published(session, team: Team) -> int:
    case_id = accepted(session, team)
    review.publish(session, fresh(session, team.editor), get_case(session, case_id))
    commit(session)
    return case_id


def phi_override(session, team: Team):
    """A `prepare` for submitted() and after: the first author names a clinician in the
    discussion ("Dr Lindqvist", a PHI finding) and overrides it, which queues a
    "phi_override" item about that author in the write-up's board."""
    def prepare(case_id: int) -> None:
        case = get_case(session, case_id)
        text = {**SECTIONS, "discussion": SECTIONS["discussion"] + " Dr Lindqvist read the echo."}
        authoring.save(session, fresh(session, team.author), case, {
            "base_version": case.current_version, "sections": text, "timeline": TIMELINE})
        commit(session)
        case = get_case(session, case_id)
        found = next(f for f in deid.blocking_findings(session, case) if "Lindqvist" in f.text)
        deid.create_override(session, fresh(session, team.author), case, {
            "section": found.section, "category": found.category, "start": found.start,
            "end": found.end, "reason": "A clinician's name, not the patient's."})
        commit(session)
    return prepare
