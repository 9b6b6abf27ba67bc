"""Shared arrangements for the disclosure tests (no tests here): the starter company list,
disclosures filed through the service, role requests and the queue item that reviews them."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from community.platform.accounts.models import User
from community.platform.db import commit, utcnow
from moderation.disclosures import gate, service
from moderation.disclosures.models import Disclosure, RoleClearance
from moderation.disclosures.seed import ensure_companies
from moderation.queue import service as queue
from moderation.queue.models import QueueItem


def today() -> date:
    return utcnow().date()


def months_ago(months: int, days: int = 0) -> str:
    return (service.add_months(today(), -months) - timedelta(days=days)).isoformat()


def seed(session) -> None:
    ensure_companies(session)
    commit(session)


def rel(company: str, nature: str, started: str | None = None, ended: str | None = None,
        ownership: str | None = None) -> dict:
    return {"company": company, "nature": nature, "started_on": started or months_ago(6),
            "ended_on": ended or "", "ongoing": ended is None, "ownership_type": ownership}


def file(session, user: User, *relationships: dict, declared_none: bool = False,
         now=None) -> Disclosure:
    member = session.get(User, user.id)
    disclosure = service.file_disclosure(
        session, member, {"declared_none": declared_none, "confirm": True,
                          "relationships": list(relationships)}, now=now)
    commit(session)
    return disclosure


def request(session, user: User, role: str = "presenter", kind: str = "session",
            content_id: int = 7, title: str = "Grand rounds: heart failure") -> RoleClearance:
    clearance = gate.request_role(session, session.get(User, user.id), role, kind, content_id,
                                  title)
    commit(session)
    return clearance


def item_for(session, clearance: RoleClearance) -> QueueItem:
    session.expire_all()
    return session.scalar(select(QueueItem).where(
        QueueItem.kind == "disclosure_review", QueueItem.subject_id == clearance.id,
        QueueItem.status == "pending"))


def act(session, moderator: User, clearance: RoleClearance, action: str, data: dict,
        reason: str = "") -> QueueItem:
    """A review through the real queue service, committed as a request would."""
    item = item_for(session, clearance)
    try:
        queue.act(session, session.get(User, moderator.id), item, action,
                  version=item.version, reason=reason, data=data)
        commit(session)
    except Exception:
        session.rollback()
        raise
    return item


def relationship_ids(session, clearance: RoleClearance) -> list[int]:
    disclosure = service.current_disclosure(session, clearance.user_id)
    return [r.id for r in disclosure.relationships]
