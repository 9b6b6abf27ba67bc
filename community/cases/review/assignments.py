"""The states of a reviewer's assignment and every transition between them
(community.platform.lifecycle: a conditional UPDATE and a history row each).

    (invited) ──accept──▶ accepted ──submit──▶ submitted
    invited ──decline──▶ declined;  invited | accepted ──cancel──▶ cancelled (round closed)
"""
from __future__ import annotations

from community.cases.review.models import ReviewAssignment
from community.platform.lifecycle import Lifecycle, Transition

ASSIGNMENT = Lifecycle("review_assignment", ReviewAssignment, "status", {
    "invited": "Invited", "accepted": "Accepted", "declined": "Declined",
    "cancelled": "Cancelled", "submitted": "Review submitted",
}, [
    Transition("accept", ("invited",), "accepted", "Accepted"),
    Transition("decline", ("invited",), "declined", "Declined"),
    Transition("submit", ("accepted",), "submitted", "Submitted"),
    Transition("cancel", ("invited", "accepted"), "cancelled", "Cancelled"),
], initial=("invited",))
