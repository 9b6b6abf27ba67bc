"""Background work of credit, under Celery:

- `rounds.credit_follow_ups` (celery beat, hourly): asks each commitment to change whose
  follow-up day has come what changed and what stood in the way (in the site).
- `rounds.credit_review_award` (from the `review_rated` event): 3 credits to a reviewer whose
  review the editor rated acceptable.

Both are idempotent (Celery delivers at least once): a commitment is followed up once (a
conditional UPDATE claims it), and an award meets the ledger's unique key."""
from __future__ import annotations

from community.credit import service
from community.platform.db import task_session
from community.platform.tasks import enqueue

FOLLOW_UP_TASK = "rounds.credit_follow_ups"
REVIEW_AWARD_TASK = "rounds.credit_review_award"


def send_follow_ups() -> int:
    with task_session() as session:
        return service.due_follow_ups(session)


def award_review(assignment_id: int, reviewer_id: int, case_id: int, round_number: int) -> bool:
    with task_session() as session:
        return service.award_review(session, assignment_id, reviewer_id, case_id,
                                    round_number) is not None


def queue_review_award(assignment_id: int, reviewer_id: int, case_id: int, round_number: int,
                       acceptable: bool, **_: object) -> None:
    """The `review_rated` subscriber: only an acceptable review earns credit."""
    if acceptable:
        enqueue(REVIEW_AWARD_TASK, assignment_id, reviewer_id, case_id, round_number)
