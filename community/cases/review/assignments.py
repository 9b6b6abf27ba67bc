"""The states of a reviewer's assignment and every transition between them
(community.platform.lifecycle: a conditional UPDATE and a history row each).

    (invited) ──accept──▶ accepted ──submit──▶ submitted
    invited ──decline──▶ declined;  invited | accepted ──cancel──▶ cancelled (round closed)
"""
from __future__ import annotations

from community.cases.review.models import ReviewAssignment
from community.platform.i18n import _l
from community.platform.lifecycle import Lifecycle, Transition

ASSIGNMENT = Lifecycle("review_assignment", ReviewAssignment, "status", {
    "invited": _l("Invited"), "accepted": _l("Accepted"), "declined": _l("Declined"),
    "cancelled": _l("Cancelled"), "submitted": _l("Review submitted"),
}, [
    Transition("accept", ("invited",), "accepted", _l("Accepted")),
    Transition("decline", ("invited",), "declined", _l("Declined")),
    Transition("submit", ("accepted",), "submitted", _l("Submitted")),
    Transition("cancel", ("invited", "accepted"), "cancelled", _l("Cancelled")),
], initial=("invited",))
