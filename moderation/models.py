"""Every moderation table, imported by community.models so Base.metadata knows them."""
from moderation.audit.models import AuditEntry
from moderation.disclosures import models as disclosures  # noqa: F401  (its five tables)
from moderation.queue.models import QueueEvent, QueueItem

__all__ = ["AuditEntry", "QueueEvent", "QueueItem"]
