"""The arithmetic of credit (docs/domain.md §2, the AMA PRA Category 1 Credit™ rules as our
model), in quarters of a credit. Pure functions: the service and the reports use them, and the
tests drive them from tables."""
from __future__ import annotations

from datetime import datetime, timedelta

from community.credit.models import QUARTERS_PER_CREDIT, credits  # noqa: F401 (rules.credits)

QUARTER_MINUTES = 15
# "At least 0.25 for anyone who attended at least 8 minutes": past half of the first quarter.
MINIMUM_MINUTES = 8
TEACHING_QUARTERS_PER_HOUR = 2 * QUARTERS_PER_CREDIT  # 2 credits per hour presented
REVIEW_QUARTERS = 3 * QUARTERS_PER_CREDIT  # 3 credits per acceptable review
CREDIT_STEP = 1 / QUARTERS_PER_CREDIT
# A journal-based article is commonly worth 1 credit; more than 10 would not be credible.
MAX_JOURNAL_QUARTERS = 10 * QUARTERS_PER_CREDIT


def nearest_quarters(minutes: int) -> int:
    """Minutes as whole quarter hours, to the nearest (7 → 0, 8 → 1, 22 → 1, 23 → 2): half
    a quarter (7.5 minutes) rounds up, so integer minutes never sit on the boundary."""
    return (2 * minutes + QUARTER_MINUTES) // (2 * QUARTER_MINUTES)


def live_quarters(minutes: int, max_quarters: int) -> int:
    """A live learner's credit for `minutes` of participation outside breaks: 1 credit per
    60 minutes in steps of 0.25 rounded to the nearest, at least 0.25 from 8 minutes on,
    capped at the designated maximum."""
    if minutes < MINIMUM_MINUTES:
        return 0
    return min(max(1, nearest_quarters(minutes)), max_quarters)


def teaching_quarters(minutes_presented: int) -> int:
    """2 credits per hour presented, from the session's live time outside breaks."""
    return nearest_quarters(minutes_presented) * 2


def max_quarters_for(starts_at: datetime, ends_at: datetime) -> int:
    """The most a live session may be designated for: its scheduled length, in whole
    quarter hours (a designation never exceeds the time it is scheduled to take)."""
    return int((ends_at - starts_at) // timedelta(minutes=QUARTER_MINUTES))


def as_quarters(amount: float) -> int | None:
    """A credit amount in quarters, or None when it is not a multiple of 0.25."""
    quarters = round(amount * QUARTERS_PER_CREDIT)
    if abs(quarters - amount * QUARTERS_PER_CREDIT) > 1e-9:
        return None
    return quarters


def score(answers: list[int], correct: list[int]) -> int:
    """The percent of questions answered right (rounded down: 69.9 % does not pass a 70 %
    mark)."""
    if not correct:
        return 0
    right = sum(1 for given, expected in zip(answers, correct) if given == expected)
    return right * 100 // len(correct)
