"""Reading a write-up, for every part of the cases feature: finding it (as the actor may),
its versions, and its plain title."""
from __future__ import annotations

import html
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from community.cases import policy
from community.cases.models import CaseReport, CaseVersion
from community.platform.accounts.models import User
from community.platform.errors import NotFound
from community.platform.i18n import _
from community.platform.parsing import parse_id


def find_case(db: Session, case_id: Any) -> CaseReport:
    case = db.get(CaseReport, parse_id(case_id)) if parse_id(case_id) else None
    if case is None:
        raise NotFound(_("No such case write-up, or it is not shared with you."))
    return case


def get_case(db: Session, actor: User | None, case_id: Any) -> CaseReport:
    """The write-up if the actor may read it (published, or theirs to write or edit)."""
    case = find_case(db, case_id)
    if not policy.can_read_case(actor, case):
        raise NotFound(_("No such case write-up, or it is not shared with you."))
    return case


def get_version(db: Session, case: CaseReport, number: int) -> CaseVersion | None:
    return db.scalar(select(CaseVersion).where(CaseVersion.case_id == case.id,
                                               CaseVersion.number == number))


def case_title(case: CaseReport, version: CaseVersion | None = None) -> str:
    """The plain title (the CARE title section's first line, as text without its Markdown)
    for pages, lists and citations."""
    text = ""
    if version is not None and version.cooked.get("title"):
        first = version.cooked["title"].strip().split("\n")[0]
        text = html.unescape(re.sub(r"<[^>]+>", "", first))
    text = re.sub(r"\s+", " ", text or case.title or "").strip()
    return text or _("Case write-up %(id)s", id=case.id)
