"""Double-anonymous review, decided in one place: what a party to a write-up's review may
learn about the other side (docs/domain.md §4; README "Case write-ups").

The sides: the authors (every co-author), the reviewers (anyone ever invited to review it)
and its editors (site editors and the board's, who are never its authors). Editors and
anyone outside the review learn everyone, the others' own rules permitting; authors never
learn reviewers; reviewers never learn authors before publication, nor each other. A
moderator or administrator who is also a party is bound by their side like anyone else —
that is what the moderation parts ask through community.platform.anonymity, where
cases' wiring registers `may_know_in`.

Pages, the API, queue subjects, notifications and sockets ask `may_know` / `shown_name`."""
from __future__ import annotations

from flask_login import current_user
from sqlalchemy import select

from community.cases.models import CaseReport
from community.cases.policy import is_editor_of
from community.cases.review.models import ReviewAssignment
from community.cases.states import PUBLISHED
from community.platform.accounts.models import User
from community.platform.anonymity import ANONYMOUS
from community.platform.db import db

AUTHOR, REVIEWER, EDITOR = "author", "reviewer", "editor"


def reviewer_ids(case: CaseReport) -> set[int]:
    return set(db.session.scalars(select(ReviewAssignment.reviewer_id).where(
        ReviewAssignment.case_id == case.id)))


def side(user: User | int | None, case: CaseReport) -> str | None:
    """The side the member takes in this write-up's review, or None outside it."""
    user_id = user.id if isinstance(user, User) else user
    if user_id is None:
        return None
    if any(a.user_id == user_id for a in case.authors):
        return AUTHOR
    member = user if isinstance(user, User) else db.session.get(User, user_id)
    if member is not None and is_editor_of(member, case):
        return EDITOR
    return REVIEWER if user_id in reviewer_ids(case) else None


def _viewer_side(viewer: User | None, case: CaseReport) -> str | None:
    if viewer is None or not getattr(viewer, "is_authenticated", False):
        return None
    return side(viewer, case)


def may_know(viewer: User | None, person: User | int | None, case: CaseReport) -> bool:
    """May the viewer learn who `person` is, as far as this write-up's review goes?"""
    person_id = person.id if isinstance(person, User) else person
    if person_id is None or (viewer is not None and getattr(viewer, "id", None) == person_id):
        return True
    mine = _viewer_side(viewer, case)
    if mine in (None, EDITOR):
        return True
    theirs = side(person, case)
    if mine == AUTHOR:
        return theirs != REVIEWER
    # A reviewer: other reviewers stay "Reviewer N"; authors are named once published.
    if theirs == AUTHOR:
        return case.status == PUBLISHED
    return theirs != REVIEWER


def shown_name(viewer: User | None, person: User | None, case: CaseReport,
               anonymous: str = ANONYMOUS) -> str | None:
    """The person's username, or `anonymous` where the viewer may not learn it."""
    if person is None:
        return None
    return person.username if may_know(viewer, person, case) else anonymous


def party_name(person: User | None, case: CaseReport) -> str:
    """For templates: the display name the signed-in viewer may see, or ANONYMOUS."""
    viewer = current_user if getattr(current_user, "is_authenticated", False) else None
    if person is None or not may_know(viewer, person, case):
        return ANONYMOUS.capitalize()
    return person.display_name


def may_know_in(viewer: User | None, person_id: int, case_id: int) -> bool:
    """The rule cases registers for content kind "case" (community.platform.anonymity)."""
    case = db.session.get(CaseReport, case_id)
    return case is None or may_know(viewer, person_id, case)
