"""The workflow declared in one place: the transition table is consistent with the states, only
workflow.take changes a write-up's state, and every change it makes is a recorded
CaseTransition — including the loser of two editors deciding at once."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from community.cases.review import lifecycle as workflow
from community.cases.review import service as review
from community.cases.review.models import CaseTransition
from community.cases.states import DRAFT, EDITABLE, STATES
from community.platform.db import commit
from community.platform.errors import Conflict, Forbidden
from tests.support import review as support

CASES = Path(__file__).resolve().parents[2] / "community" / "cases"


def test_the_table_names_known_states_and_reaches_every_one():
    reached = {DRAFT}
    changed = True
    while changed:
        changed = False
        for t in workflow.TRANSITIONS.values():
            assert set(t.sources) <= set(STATES) and t.target in STATES, t.name
            assert callable(t.allowed) and t.who and t.label
            if reached & set(t.sources) and t.target not in reached:
                reached.add(t.target)
                changed = True
    assert reached == set(STATES)
    assert set(EDITABLE) <= set(STATES)
    assert set(workflow.STATE_LABELS) == set(STATES)


def test_only_the_workflow_changes_a_write_ups_state():
    pattern = re.compile(r"\bcase\.status\s*=[^=]|CaseReport\)\.where\(.*\.values\(status=")
    for path in CASES.glob("*.py"):
        text = path.read_text()
        if path.name == "workflow.py":
            assert ".values(status=transition.target" in text
            continue
        assert not pattern.search(text), path.name


def test_a_refused_or_lost_transition_records_nothing(app, session, make_user):
    team = support.make_team(make_user)
    case_id, _, _ = support.reviewed(session, team)
    case = support.get_case(session, case_id)
    before = session.query(CaseTransition).count()
    with pytest.raises(Forbidden):
        workflow.take(session, support.fresh(session, team.corresponding), case, "accept")
    session.rollback()
    # Two editors decide at once: the second, holding a stale state, gets a conflict.
    editor = support.fresh(session, team.editor)
    stale = support.get_case(session, case_id)
    review.decide(session, editor, stale, {"decision": "reject", "letter": "No."})
    commit(session)
    with session.no_autoflush:
        stale.status = "in_review"  # what the other editor's request still believes
        with pytest.raises(Conflict):
            workflow.take(session, editor, stale, "accept")
    session.rollback()
    assert session.query(CaseTransition).count() == before + 1
    assert support.get_case(session, case_id).status == "rejected"
