"""One lifecycle table per stateful thing (community.platform.lifecycle): each table's
states are all reachable, every transition a flow takes leaves a history row, and of two
actors racing the second gets a 409 — for live sessions, registrations, review assignments,
co-author invitations, PHI overrides and review-queue items. The flows go through the
services the pages and API call."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from community.cases.authoring import service as authoring
from community.cases.authoring.invitations import INVITATION
from community.cases.authoring.models import CaseInvitation
from community.cases.deid import service as deid
from community.cases.deid.lifecycle import OVERRIDE
from community.cases.models import CaseReport
from community.cases.review import service as review
from community.cases.review.assignments import ASSIGNMENT
from community.cases.review.lifecycle import STATE_LABELS, TRANSITIONS
from community.cases.review.models import ReviewAssignment
from community.platform.accounts.models import User
from community.platform.db import commit, db, writing
from community.platform.errors import Conflict
from community.platform.lifecycle import CREATED, Lifecycle, StateChange
from moderation.queue import service as queue
from moderation.queue.lifecycle import QUEUE_ITEM
from moderation.queue.models import QueueEvent, QueueItem
from realtime.room import service as room
from realtime.sessions import service as sessions
from realtime.sessions.lifecycle import REGISTRATION, SESSION
from realtime.sessions.models import LiveSession, SessionRegistration
from tests.support.deid import PHI, make_case
from tests.support.review import (
    GOOD_REVIEW,
    clear,
    due,
    fresh,
    get_case,
    in_review,
    make_team,
)

TABLES = [SESSION, REGISTRATION, ASSIGNMENT, INVITATION, OVERRIDE, QUEUE_ITEM]


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_state_of_a_table_is_reachable_from_where_things_start(table: Lifecycle):
    reached, frontier = set(table.initial), list(table.initial)
    while frontier:
        state = frontier.pop()
        for transition in table.transitions.values():
            if state in transition.sources and transition.target not in reached:
                reached.add(transition.target)
                frontier.append(transition.target)
    assert reached == set(table.states)


def test_the_write_ups_workflow_table_reaches_every_state():
    reached, frontier = {"draft"}, ["draft"]
    while frontier:
        state = frontier.pop()
        for transition in TRANSITIONS.values():
            if state in transition.sources and transition.target not in reached:
                reached.add(transition.target)
                frontier.append(transition.target)
    assert reached == set(STATE_LABELS)


def _history(session, table: Lifecycle, subject_id: int) -> list[tuple[str, str | None, str]]:
    session.expire_all()
    return [(r.transition, r.from_state, r.to_state) for r in table.history(session, subject_id)]


def _reached(session, table: Lifecycle) -> set[str]:
    return set(session.scalars(select(StateChange.to_state).where(
        StateChange.lifecycle == table.name)))


def _race(app, table: Lifecycle, model, subject_id: int, name: str, **values) -> None:
    """Two units of work read the row in the same state; the first moves it, the second
    is refused with a 409 and writes nothing."""
    with app.app_context():
        late = db.new_session()
        before = len(table.history(late, subject_id))
        stale = late.get(model, subject_id)
        late.commit()  # it read before the other wrote; now it acts on what it read
        with writing():
            first = db.new_session()
            table.take(first, first.get(model, subject_id), name, values=values)
            first.commit()
            first.close()
            with pytest.raises(Conflict):
                table.take(late, stale, name, values=values)
            late.rollback()
            late.close()
        check = db.new_session()
        taken = table.history(check, subject_id)[before:]
        check.close()
    assert [r.transition for r in taken] == [name]


# ---------------------------------------------------------------- live sessions, registrations


def test_a_session_is_scheduled_opened_started_ended_or_cancelled(app, session, open_room):
    held, cancelled = open_room(members=1), open_room(members=0)
    live = session.get(LiveSession, held.live.id)
    host = session.get(User, held.host.id)
    room.enter(session, host.id, live.id, "sid-host", room.Limits())
    room.start(session, host, live)
    commit(session)
    room.end(session, host, live)
    commit(session)
    sessions.cancel_session(session, session.get(User, cancelled.host.id),
                            session.get(LiveSession, cancelled.live.id))
    commit(session)
    assert _history(session, SESSION, held.live.id) == [
        (CREATED, None, "scheduled"), ("open_lobby", "scheduled", "lobby"),
        ("start", "lobby", "live"), ("end", "live", "ended")]
    assert _history(session, SESSION, cancelled.live.id) == [
        (CREATED, None, "scheduled"), ("cancel", "scheduled", "cancelled")]
    assert _reached(session, SESSION) == set(SESSION.states)
    with pytest.raises(Conflict):  # ended is final
        SESSION.take(session, session.get(LiveSession, held.live.id), "start")


def test_two_hosts_ending_at_once_end_it_once(app, session, open_room):
    made = open_room(members=0)
    live = session.get(LiveSession, made.live.id)
    host = session.get(User, made.host.id)
    room.enter(session, host.id, live.id, "sid-host", room.Limits())
    room.start(session, host, live)
    commit(session)
    _race(app, SESSION, LiveSession, live.id, "end")


def test_registrations_are_taken_waitlisted_promoted_cancelled_and_renewed(
        app, session, open_room, make_user):
    first, second, third = make_user(), make_user(), make_user()
    made = open_room(members=0, capacity="1")
    live = session.get(LiveSession, made.live.id)
    one = sessions.register(session, session.get(User, first.id), live)
    two = sessions.register(session, session.get(User, second.id), live)
    commit(session)
    assert (one.status, two.status) == ("registered", "waitlisted")
    sessions.cancel_registration(session, session.get(User, first.id), live)  # promotes two
    commit(session)
    sessions.register(session, session.get(User, first.id), live)  # full: the waitlist
    commit(session)
    sessions.cancel_registration(session, session.get(User, second.id), live)  # promotes one
    sessions.register(session, session.get(User, second.id), live)
    commit(session)
    assert _history(session, REGISTRATION, one.id) == [
        (CREATED, None, "registered"), ("cancel", "registered", "cancelled"),
        ("rejoin_waitlist", "cancelled", "waitlisted"), ("promote", "waitlisted", "registered")]
    assert _history(session, REGISTRATION, two.id) == [
        (CREATED, None, "waitlisted"), ("promote", "waitlisted", "registered"),
        ("cancel", "registered", "cancelled"), ("rejoin_waitlist", "cancelled", "waitlisted")]
    sessions.cancel_registration(session, session.get(User, first.id), live)
    three = sessions.register(session, session.get(User, third.id), live)
    commit(session)
    sessions.cancel_registration(session, session.get(User, third.id), live)
    sessions.cancel_registration(session, session.get(User, second.id), live)
    commit(session)
    sessions.register(session, session.get(User, third.id), live)  # a free seat again
    commit(session)
    assert (CREATED, None, "waitlisted") in _history(session, REGISTRATION, three.id) or \
        ("rejoin", "cancelled", "registered") in _history(session, REGISTRATION, three.id)
    assert _reached(session, REGISTRATION) == set(REGISTRATION.states)
    _race(app, REGISTRATION, SessionRegistration, three.id, "cancel")


# ---------------------------------------------------------------- review assignments


def _invite(session, team, case_id: int, user: User) -> ReviewAssignment:
    clear(session, user, "case_reviewer", case_id, team.moderator)
    assignment = review.invite_reviewer(session, fresh(session, team.editor),
                                        get_case(session, case_id), user.username, due())
    commit(session)
    return assignment


def test_assignments_are_accepted_submitted_declined_or_cancelled(app, session, make_user):
    team = make_team(make_user)
    case_id = in_review(session, team)
    submitting = _invite(session, team, case_id, team.reviewer)
    declining = _invite(session, team, case_id, team.other_reviewer)
    left_open = _invite(session, team, case_id, make_user())
    review.respond(session, fresh(session, team.reviewer), submitting, True,
                   competing_interests=False)
    commit(session)
    review.submit_review(session, fresh(session, team.reviewer),
                         session.get(ReviewAssignment, submitting.id), GOOD_REVIEW)
    review.respond(session, fresh(session, team.other_reviewer),
                   session.get(ReviewAssignment, declining.id), False, reason="Away.")
    commit(session)
    review.decide(session, fresh(session, team.editor), get_case(session, case_id), "accept",
                  "Accepted.")  # closes the round: the open invitation is cancelled
    commit(session)
    assert _history(session, ASSIGNMENT, submitting.id) == [
        (CREATED, None, "invited"), ("accept", "invited", "accepted"),
        ("submit", "accepted", "submitted")]
    assert _history(session, ASSIGNMENT, declining.id)[-1] == ("decline", "invited", "declined")
    assert _history(session, ASSIGNMENT, left_open.id)[-1] == ("cancel", "invited", "cancelled")
    assert _reached(session, ASSIGNMENT) == set(ASSIGNMENT.states)


def test_a_reviewer_answering_twice_at_once_answers_once(app, session, make_user):
    team = make_team(make_user)
    case_id = in_review(session, team)
    assignment = _invite(session, team, case_id, team.reviewer)
    _race(app, ASSIGNMENT, ReviewAssignment, assignment.id, "decline")


# ---------------------------------------------------------------- invitations


def test_invitations_are_accepted_declined_or_withdrawn(app, session, make_user):
    owner, yes, no, later = make_user(), make_user(), make_user(), make_user()
    case_id = make_case(session, owner, sections=PHI)
    invitations = []
    for user in (yes, no, later):
        case = session.get(CaseReport, case_id)
        invitations.append(authoring.invite(session, session.get(User, owner.id), case,
                                            {"invitee": user.username}))
        commit(session)
    authoring.answer_invitation(session, session.get(User, yes.id), invitations[0], True)
    commit(session)  # one request each (the write-up's lock starts a fresh transaction)
    authoring.answer_invitation(session, session.get(User, no.id), invitations[1], False)
    commit(session)
    authoring.withdraw_invitation(session, session.get(User, owner.id),
                                  session.get(CaseReport, case_id), invitations[2])
    commit(session)
    assert [_history(session, INVITATION, i.id) for i in invitations] == [
        [(CREATED, None, "pending"), ("accept", "pending", "accepted")],
        [(CREATED, None, "pending"), ("decline", "pending", "declined")],
        [(CREATED, None, "pending"), ("withdraw", "pending", "withdrawn")]]
    assert _reached(session, INVITATION) == set(INVITATION.states)
    again = authoring.invite(session, session.get(User, owner.id),
                             session.get(CaseReport, case_id), {"invitee": no.username})
    commit(session)
    _race(app, INVITATION, CaseInvitation, again.id, "withdraw")


# ---------------------------------------------------------------- PHI overrides, queue items


def _override(session, author: User, case_id: int, category: str):
    case = session.get(CaseReport, case_id)
    found = deid.scan_version(deid.get_version(session, case))["patient_information"]
    finding = next(f for f in found if f.category == category)
    made = deid.create_override(session, session.get(User, author.id), case, {
        "section": "patient_information", "category": category, "start": finding.start,
        "end": finding.end, "reason": "not an identifier here"})
    commit(session)
    return made


def _decide(session, moderator: User, override, action: str) -> None:
    item = session.get(QueueItem, override.queue_item_id)
    queue.act(session, session.get(User, moderator.id), item, action, version=item.version,
              reason="checked")
    commit(session)


def test_overrides_and_their_queue_items_move_through_every_state(app, session, make_user):
    author, moderator = make_user(), make_user("moderator")
    case_id = make_case(session, author, sections=PHI)
    accepted = _override(session, author, case_id, "name")
    rejected = _override(session, author, case_id, "mrn")
    withdrawn = _override(session, author, case_id, "phone")
    _decide(session, moderator, accepted, "accept")
    _decide(session, moderator, rejected, "reject")
    case = session.get(CaseReport, case_id)
    deid.withdraw_override(session, session.get(User, author.id), case, withdrawn)
    deid.withdraw_override(session, session.get(User, author.id), case,
                           session.get(type(accepted), accepted.id))
    commit(session)
    assert _history(session, OVERRIDE, accepted.id) == [
        (CREATED, None, "pending"), ("accept", "pending", "accepted"),
        ("withdraw", "accepted", "withdrawn")]
    assert _history(session, OVERRIDE, rejected.id)[-1] == ("reject", "pending", "rejected")
    assert _history(session, OVERRIDE, withdrawn.id)[-1] == ("withdraw", "pending",
                                                             "withdrawn")
    assert _reached(session, OVERRIDE) == set(OVERRIDE.states)
    items = {o.id: session.get(QueueItem, o.queue_item_id) for o in (accepted, rejected,
                                                                    withdrawn)}
    assert {i.status for i in items.values()} == {"approved", "rejected", "ignored"}
    for item in items.values():  # the queue's own history: one row per transition
        moves = session.scalars(select(QueueEvent).where(QueueEvent.item_id == item.id)
                                .order_by(QueueEvent.id)).all()
        assert [(m.from_status, m.to_status) for m in moves] == [
            ("pending", "pending"), ("pending", item.status)]


def test_an_override_decided_while_its_author_withdraws_it_moves_once(app, session,
                                                                       make_user):
    author = make_user()
    case_id = make_case(session, author, sections=PHI)
    made = _override(session, author, case_id, "name")
    _race(app, OVERRIDE, type(made), made.id, "withdraw")


def test_two_moderators_acting_on_one_item_act_once(app, session, make_user):
    author = make_user()
    case_id = make_case(session, author, sections=PHI)
    made = _override(session, author, case_id, "name")
    first, second = make_user("moderator"), make_user("moderator")
    item = session.get(QueueItem, made.queue_item_id)
    version = item.version
    queue.act(session, session.get(User, first.id), item, "accept", version=version,
              reason="fine")
    commit(session)
    with pytest.raises(Conflict):
        queue.act(session, session.get(User, second.id), session.get(QueueItem, item.id),
                  "reject", version=version, reason="no")
    session.rollback()
    assert session.get(QueueItem, item.id).status == "approved"
