"""The audit log: every moderator action, append-only (who, what, which item, before/after,
why). Rows are never updated or deleted — the database refuses it (triggers below)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DDL, JSON, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_subject", "subject_type", "subject_id"),
        Index("ix_audit_log_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # None when the system acted (an expiry, a threshold reached by flags).
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"),
                                                 index=True)
    action: Mapped[str] = mapped_column(String(60))
    subject_type: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[int | None] = mapped_column(Integer)
    queue_item_id: Mapped[int | None] = mapped_column(Integer, index=True)
    board_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text, default="")

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])


# Append-only in the database itself, not only in our code: an UPDATE or DELETE fails.
APPEND_ONLY_SQLITE = [
    DDL("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    DDL("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
]
APPEND_ONLY_POSTGRESQL = [
    DDL("CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ "
        "BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$ LANGUAGE plpgsql"),
    DDL("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
]
for _ddl in APPEND_ONLY_SQLITE:
    event.listen(AuditEntry.__table__, "after_create", _ddl.execute_if(dialect="sqlite"))
for _ddl in APPEND_ONLY_POSTGRESQL:
    event.listen(AuditEntry.__table__, "after_create", _ddl.execute_if(dialect="postgresql"))
