"""Every moderation table, imported by community.models so Base.metadata knows them."""
from moderation.audit.models import AuditEntry
from moderation.disclosures import models as disclosures  # noqa: F401  (its five tables)
from moderation.flags.models import PostFlag
from moderation.queue.models import QueueEvent, QueueItem
from moderation.trust.models import MemberStanding, Sanction

__all__ = ["AuditEntry", "MemberStanding", "PostFlag", "QueueEvent", "QueueItem", "Sanction"]
