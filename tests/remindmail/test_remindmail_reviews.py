"""Peer review by mail: the reviewer's invitation with signed accept/decline links (a GET only
asks to confirm; the POST answers, once), reminders 3 days before and on the due date (each
once, by the beat task), decisions to every author — and double-anonymous review kept in
every one of them: a reviewer's mail never names an author, an author's never a reviewer."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from community.cases.review import service as review
from community.cases.review.models import ReviewAssignment
from community.platform.db import commit, utcnow
from tests.support.remindmail import everything, links, mails, text_of
from tests.support.review import (
    PARTIES,
    clear,
    due,
    fresh,
    get_case,
    in_review,
    make_team,
    reviewed,
    with_reviewers,
)
from tests.support.web import login, post_form

AUTHORS = ("author", "coauthor", "corresponding")
REVIEWERS = ("reviewer", "other_reviewer")


def _names(*parties: str) -> list[str]:
    return [name for party in parties for name in PARTIES[party][1:]]


def _assert_never_named(message, parties: tuple[str, ...]) -> None:
    text = everything(message)
    for name in _names(*parties):
        assert name not in text, f"{name!r} leaked into {message['Subject']!r}"


def _invite(session, team, case_id: int, who) -> ReviewAssignment:
    clear(session, who, "case_reviewer", case_id, team.moderator)
    assignment = review.invite_reviewer(session, fresh(session, team.editor),
                                        get_case(session, case_id),
                                        {"username": who.username, "due_on": due(14)})
    commit(session)
    return assignment


def _status(session, assignment_id: int) -> ReviewAssignment:
    session.rollback()
    session.expire_all()
    return session.scalar(select(ReviewAssignment).where(ReviewAssignment.id == assignment_id)
                          .execution_options(populate_existing=True))


def _run(app, task: str) -> None:
    app.extensions["celery"].tasks[task].apply().get()


def test_invitation_links_confirm_first_then_answer_once(app, session, make_user):
    team = make_team(make_user)
    case_id = in_review(session, team)
    assignment = _invite(session, team, case_id, team.reviewer)
    (mail,) = mails(app, "review_invitation", team.reviewer.email)
    _assert_never_named(mail, AUTHORS)
    assert "Edith Norton" in text_of(mail)  # the editor may be named
    (accept,) = links(mail, "/answer/accept/")
    (decline,) = links(mail, "/answer/decline/")

    # Not signed in: the sign-in page, then back.
    visitor = app.test_client()
    assert visitor.get(accept).status_code == 302
    # Another member cannot use it.
    other = app.test_client()
    login(other, team.member)
    assert other.get(accept).status_code == 403

    reviewer = app.test_client()
    login(reviewer, team.reviewer)
    assert reviewer.get(accept[:-4] + "AAAA").status_code == 404  # altered
    assert reviewer.get(decline.replace("/decline/", "/accept/")).status_code == 404
    page = reviewer.get(accept)
    assert page.status_code == 200
    assert "competing interests" in page.get_data(as_text=True)
    _assert_never_named_html(page.get_data(as_text=True))
    assert _status(session, assignment.id).status == "invited"  # GET: nothing

    refused = post_form(reviewer, accept, {})  # the declaration is required to accept
    assert refused.status_code == 422
    answered = post_form(reviewer, accept, {"competing_interests": "no"})
    assert answered.status_code == 303
    assert _status(session, assignment.id).status == "accepted"
    # Single use: the links answer nothing more.
    assert reviewer.get(accept).status_code == 409
    assert post_form(reviewer, decline, {}).status_code == 409


def _assert_never_named_html(html: str) -> None:
    for name in _names(*AUTHORS):
        assert name not in html


def test_decline_link(app, session, make_user):
    team = make_team(make_user)
    case_id = in_review(session, team)
    assignment = _invite(session, team, case_id, team.other_reviewer)
    (mail,) = mails(app, "review_invitation", team.other_reviewer.email)
    (decline,) = links(mail, "/answer/decline/")
    client = app.test_client()
    login(client, team.other_reviewer)
    assert client.get(decline).status_code == 200
    assert post_form(client, decline, {"reason": "On leave."}).status_code == 303
    row = _status(session, assignment.id)
    assert row.status == "declined" and row.decline_reason == "On leave."


def test_reminders_three_days_before_and_on_the_due_date_each_once(app, session, make_user):
    team = make_team(make_user)
    _case_id, mine, other = with_reviewers(session, team)
    today = utcnow().date()
    session.execute(update(ReviewAssignment).where(ReviewAssignment.id == mine)
                    .values(due_on=today + timedelta(days=3)))
    session.execute(update(ReviewAssignment).where(ReviewAssignment.id == other)
                    .values(due_on=today + timedelta(days=10)))
    session.commit()
    _run(app, "rounds.review_reminders")
    _run(app, "rounds.review_reminders")  # beat may run it twice: sent once
    (soon,) = mails(app, "review_reminder", team.reviewer.email)
    assert "due in 3 days" in text_of(soon)
    assert mails(app, "review_reminder", team.other_reviewer.email) == []
    _assert_never_named(soon, AUTHORS)

    session.execute(update(ReviewAssignment).where(ReviewAssignment.id == mine)
                    .values(due_on=today))
    session.commit()
    _run(app, "rounds.review_reminders")
    _run(app, "rounds.review_reminders")
    reminders = mails(app, "review_reminder", team.reviewer.email)
    assert len(reminders) == 2
    assert "due today" in reminders[1]["Subject"]
    _assert_never_named(reminders[1], AUTHORS)

    # A submitted review is not reminded.
    session.execute(update(ReviewAssignment).where(ReviewAssignment.id == other)
                    .values(due_on=today + timedelta(days=1), status="cancelled"))
    session.commit()
    _run(app, "rounds.review_reminders")
    assert mails(app, "review_reminder", team.other_reviewer.email) == []


def test_decisions_reach_every_author_without_naming_reviewers(app, session, make_user):
    team = make_team(make_user)
    case_id, _, _ = reviewed(session, team)
    review.decide(session, fresh(session, team.editor), get_case(session, case_id),
                  {"decision": "revisions", "letter": "Please add the **ECG** findings."})
    commit(session)
    for party in AUTHORS:
        member = getattr(team, party)
        decisions = mails(app, "case_decision", member.email)
        # The screening ("sent to review") was a decision too; the last is this one.
        last = decisions[-1]
        assert "Revisions requested" in last["Subject"]
        assert "Please add the **ECG** findings." in text_of(last)
        assert "<strong>ECG</strong>" in last.get_body(("html",)).get_content()
        _assert_never_named(last, REVIEWERS)
    for party in REVIEWERS:
        assert mails(app, "case_decision", getattr(team, party).email) == []
