"""Every moderation table, imported by community.models so Base.metadata knows them."""
from moderation.audit.models import AuditEntry
from moderation.queue.models import QueueEvent, QueueItem

__all__ = ["AuditEntry", "QueueEvent", "QueueItem"]
