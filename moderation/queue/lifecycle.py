"""The states of a review-queue item. An item waits (pending) until a moderator takes one of
its kind's actions, each of which ends in one of these states (or keeps it pending, like a
claim); its author withdrawing the subject ignores it. The changes are version-checked
conditional UPDATEs in moderation.queue.service, with a QueueEvent as the history row.

    (pending) ──approve──▶ approved;  pending ──reject──▶ rejected;  pending ──ignore──▶ ignored
"""
from __future__ import annotations

from community.platform.lifecycle import Lifecycle, Transition
from moderation.queue.models import QueueItem

QUEUE_ITEM = Lifecycle("queue_item", QueueItem, "status", {
    "pending": "Pending", "approved": "Approved", "rejected": "Rejected", "ignored": "Ignored",
}, [
    Transition("approve", ("pending",), "approved", "Approved"),
    Transition("reject", ("pending",), "rejected", "Rejected"),
    Transition("ignore", ("pending",), "ignored", "Ignored"),
], initial=("pending",))

# An action's target state -> the lifecycle's transition that reaches it.
TO = {t.target: t for t in QUEUE_ITEM.transitions.values()}
