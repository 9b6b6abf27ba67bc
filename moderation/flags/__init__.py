"""Flags on board posts weighted by trust level, hiding thresholds, and posts held for review
(the review queue's "flagged_post" and "queued_post" kinds)."""
