"""Arrangements for the de-identification tests (no tests here): write-ups built as rows
(CaseReport, CaseAuthor, CaseVersion), the way the authoring service stores them."""
from __future__ import annotations

from sqlalchemy import select

from community.cases.models import CaseAuthor, CaseReport, CaseVersion
from community.cases.states import DRAFT
from community.platform.accounts.models import User
from community.platform.db import commit
from community.platform.spaces.models import Board, BoardModerator

CLEAN = {
    "title": "Thyrotoxic cardiomyopathy: a case report",
    "keywords": "thyrotoxicosis, cardiomyopathy",
    "abstract": "An adult in their fifties presented with breathlessness; EF 30%.",
    "introduction": "Graves disease rarely presents as heart failure.",
    "clinical_findings": "BP 120/80 mmHg, HR 140/min, a 2/6 systolic murmur.",
    "informed_consent": "Written consent was obtained.",
}
PHI = {
    **CLEAN,
    "patient_information": "Mr. Okafor, a 92-year-old man, was admitted on 12/03/2024 "
                           "(MRN 4820193). His wife Mary called from (617) 555-0142.",
    "discussion": "Cushing syndrome was excluded. Dr Lindqvist reviewed the echo.",
}
TIMELINE = [{"day": 0, "event": "Admission"},
            {"day": 3, "event": "Seen by Dr Lindqvist on 14 March"}]


def fresh(session, user: User) -> User:
    session.commit()
    return session.get(User, user.id)


def make_case(session, author: User, *, sections: dict | None = None,
              timeline: list | None = None, coauthors: tuple[User, ...] = (),
              status: str = DRAFT, board: str = "cardiology") -> int:
    board_row = session.scalar(select(Board).where(Board.slug == board))
    case = CaseReport(board_id=board_row.id, created_by_id=author.id,
                      title=(sections or PHI).get("title", ""), status=status,
                      current_version=0)
    session.add(case)
    session.flush()
    for position, member in enumerate((author, *coauthors), start=1):
        session.add(CaseAuthor(case_id=case.id, user_id=member.id, position=position,
                               roles=["writing_original_draft"],
                               corresponding=position == 1))
    session.flush()
    save(session, case.id, author, sections if sections is not None else PHI,
         TIMELINE if timeline is None else timeline)
    return case.id


def save(session, case_id: int, author: User, sections: dict, timeline: list | None = None
         ) -> int:
    """A new version, as the authoring save path stores one."""
    case = session.get(CaseReport, case_id)
    case.current_version += 1
    session.add(CaseVersion(case_id=case.id, number=case.current_version, saved_by_id=author.id,
                            based_on=case.current_version - 1 or None, sections=dict(sections),
                            cooked={}, timeline=list(timeline or [])))
    commit(session)
    return case.current_version


def appoint(session, member: User, board: str = "cardiology") -> None:
    board_row = session.scalar(select(Board).where(Board.slug == board))
    session.add(BoardModerator(board_id=board_row.id, user_id=member.id))
    commit(session)
