"""JSON routes of peer review and publication. Thin: each route declares its contract
(community.cases.review.schemas), calls community.cases.review / publication, commits and
shapes the answer.

Double-anonymous review in every shape: authors get reviews as "Reviewer N" (no names, no
confidential comments, no recommendation); reviewers get the write-up without its authors;
only editors get both sides."""
from __future__ import annotations

from typing import Any

from flask import request, url_for
from sqlalchemy import select

from community.cases.models import CaseReport
from community.cases.publication import schemas as published
from community.cases.publication import service as pubs
from community.cases.publication.api import authors_json, publication_json, version_json
from community.cases.review import lifecycle as workflow
from community.cases.review import policy, schemas
from community.cases.review import service as review
from community.cases.review.models import CaseDecision, ReviewAssignment, ReviewRound
from community.platform.accounts.models import User
from community.platform.api import Created, api_blueprint, api_user, operation, require_user
from community.platform.api.serializers import author_json
from community.platform.db import commit, db
from community.platform.errors import Forbidden, NotFound
from community.platform.i18n import _
from community.platform.spaces import service as spaces

bp = api_blueprint("case_review_api", __name__)
TAG = "case review"

# ---------------------------------------------------------------- shapes


def case_summary(case: CaseReport) -> dict[str, Any]:
    return {"id": case.id, "title": review.case_title(case), "board": case.board.slug,
            "status": case.status, "status_label": str(workflow.STATE_LABELS[case.status]),
            "current_version": case.current_version, "updated_at": case.updated_at}


def transition_json(row) -> dict[str, Any]:
    return {"name": row.name, "from": row.from_state, "to": row.to_state,
            "actor": row.actor.username if row.actor else None,
            "at": row.created_at, "note": row.note, "round": row.round_number}


def round_json(row: ReviewRound) -> dict[str, Any]:
    return {"number": row.number, "version": row.version, "submitted_at": row.submitted_at,
            "opened_at": row.opened_at, "closed_at": row.closed_at}


def decision_json(row: CaseDecision) -> dict[str, Any]:
    return {"id": row.id, "decision": row.decision, "label": row.label,
            "round": row.round.number if row.round else None,
            "editor": row.editor.display_name if row.editor else None,
            "letter": row.letter, "letter_html": row.letter_cooked,
            "created_at": row.created_at}


def review_forauthors_json(assignment: ReviewAssignment) -> dict[str, Any]:
    """Never the name, the confidential comments or the recommendation."""
    r = assignment.review
    return {"reviewer": f"Reviewer {assignment.label}", "ratings": r.ratings(),
            "comments_to_authors": r.comments_to_authors,
            "comments_html": r.comments_to_authors_cooked, "submitted_at": r.submitted_at}


def review_full(assignment: ReviewAssignment) -> dict[str, Any] | None:
    r = assignment.review
    if r is None:
        return None
    return {**review_forauthors_json(assignment), "comments_to_editor": r.comments_to_editor,
            "recommendation": r.recommendation, "acceptable": r.acceptable}


def editor_assignment_json(a: ReviewAssignment) -> dict[str, Any]:
    return {"id": a.id, "round": a.round.number, "label": f"Reviewer {a.label}",
            "reviewer": author_json(a.reviewer), "status": a.status,
            "due_on": a.due_on, "invited_at": a.invited_at,
            "responded_at": a.responded_at, "decline_reason": a.decline_reason,
            "competing_interests": a.competing_interests,
            "competing_statement": a.competing_statement, "review": review_full(a)}


def workflow_json(case: CaseReport, actor: User) -> dict[str, Any]:
    return {**case_summary(case), "authors": authors_json(case),
            "available": [{"name": t.name, "label": str(t.label)}
                          for t in workflow.available(actor, case)],
            "readiness": review.readiness(db.session, case)
            if case.status in ("draft", "revisions_requested") else {},
            "rounds": [round_json(r) for r in review.rounds(db.session, case)],
            "history": [transition_json(t) for t in review.transitions(db.session, case)],
            "url": url_for(".case_workflow", case_id=case.id)}


def reviewer_json(view: review.ReviewerView) -> dict[str, Any]:
    """What the reviewer sees: no author anywhere (double-anonymous)."""
    a = view.assignment
    own = review_full(a)
    if own is not None:
        own["reviewer"] = f"Reviewer {a.label} (you)"
    text = view.version if a.status in ("invited", "accepted", "submitted") else None
    return {"id": a.id, "label": f"Reviewer {a.label}", "title": view.title,
            "board": a.case.board.slug, "round": a.round.number, "status": a.status,
            "due_on": a.due_on, "invited_at": a.invited_at,
            "competing_interests": a.competing_interests,
            "competing_statement": a.competing_statement,
            "version": version_json(text, abstract_only=a.status == "invited")
            if text else None,
            "previous_version": view.previous_version,
            "diff": view.diff if a.status != "invited" else [],
            "review": own, "decision": view.decision.label if view.decision else None,
            "others": [review_forauthors_json(o) for o in view.others],
            "url": url_for(".reviewer_assignment", assignment_id=a.id)}


# ---------------------------------------------------------------- authors and workflow


def _readable_unpublished(case_id: int) -> CaseReport:
    actor = require_user()
    case = review.find_case(db.session, case_id)
    if not policy.can_read_unpublished(actor, case):
        raise NotFound(_("No such case write-up, or it is not shared with you."))
    return case


@bp.get("/cases/<id:case_id>/workflow")
@operation("A write-up's state, your next steps, rounds and transitions (authors, editors)",
           tag=TAG, response=schemas.CaseWorkflow, auth=True)
def case_workflow(case_id: int):
    case = _readable_unpublished(case_id)
    return workflow_json(case, require_user())


@bp.post("/cases/<id:case_id>/submit")
@operation("Submit or resubmit (corresponding author; 422 lists what still blocks it)",
           tag=TAG, response=schemas.CaseWorkflow, auth=True, errors=(403, 409, 422),
           conflict="ConflictProblem")
def submit_case(case_id: int):
    actor = require_user()
    case = _readable_unpublished(case_id)
    review.submit(db.session, actor, case)
    commit(db.session)
    return workflow_json(case, actor)


@bp.post("/cases/<id:case_id>/withdraw")
@operation("Withdraw before a final decision (corresponding author)", tag=TAG,
           body=schemas.WithdrawRequest, body_required=False, response=schemas.CaseWorkflow,
           auth=True, errors=(403, 409), conflict="ConflictProblem")
def withdraw_case(case_id: int, body: schemas.WithdrawRequest):
    actor = require_user()
    case = _readable_unpublished(case_id)
    review.withdraw(db.session, actor, case, body)
    commit(db.session)
    return workflow_json(case, actor)


@bp.get("/cases/<id:case_id>/decisions")
@operation("Decisions and anonymised reviews (authors; editors)", tag=TAG,
           response=schemas.CaseDecisions, auth=True)
def case_decisions(case_id: int):
    """The authors' view: decisions with their letters, reviews as "Reviewer N"."""
    actor = require_user()
    case = review.authors_case(db.session, actor, case_id)
    return {**case_summary(case),
            "decisions": [decision_json(d) for d in review.decisions(db.session, case)],
            "rounds": [{**round_json(r), "reviews": [
                review_forauthors_json(a) for a in review.decided_reviews(r)]}
                for r in review.rounds(db.session, case)]}


# ---------------------------------------------------------------- editors


@bp.get("/editor/cases")
@operation("Submissions by state (editors)", tag=TAG, query=schemas.EditorDashboardQuery,
           response=schemas.EditorDashboard, auth=True, errors=(403,))
def editor_dashboard(query: schemas.EditorDashboardQuery):
    actor = require_user()
    grouped = review.dashboard(db.session, actor, query.state)
    return {"states": {state: [case_summary(c) for c in cases]
                       for state, cases in grouped.items()}}


@bp.get("/editor/cases/<id:case_id>")
@operation("A submission with reviewers and reviews (editors)", tag=TAG,
           response=schemas.EditorCase, auth=True)
def editor_case(case_id: int):
    actor = require_user()
    case = review.editor_case(db.session, actor, case_id)
    return {**workflow_json(case, actor),
            "decisions": [decision_json(d) for d in review.decisions(db.session, case)],
            "assignments": [editor_assignment_json(a)
                            for r in review.rounds(db.session, case) for a in r.assignments]}


@bp.post("/cases/<id:case_id>/screening")
@operation("Screen: decline, or send to review (editors)", tag=TAG,
           body=schemas.ScreeningRequest, response=schemas.CaseDecision, auth=True,
           errors=(403, 409), conflict="ConflictProblem")
def screen_case(case_id: int, body: schemas.ScreeningRequest):
    actor = require_user()
    case = _readable_unpublished(case_id)
    row = review.screen(db.session, actor, case, body)
    commit(db.session)
    return decision_json(row)


@bp.post("/cases/<id:case_id>/decision")
@operation("Decide: accept, request revisions or reject, with a letter (editors)", tag=TAG,
           body=schemas.DecisionRequest, response=schemas.CaseDecision, auth=True,
           errors=(403, 409), conflict="ConflictProblem")
def decide_case(case_id: int, body: schemas.DecisionRequest):
    actor = require_user()
    case = _readable_unpublished(case_id)
    row = review.decide(db.session, actor, case, body)
    commit(db.session)
    return decision_json(row)


@bp.post("/cases/<id:case_id>/reviewers")
@operation("Invite a reviewer with a due date (editors)", tag=TAG,
           body=schemas.InviteReviewerRequest, status=201, response=schemas.EditorAssignment,
           auth=True, errors=(403, 409), conflict="ConflictProblem")
def invite_reviewer(case_id: int, body: schemas.InviteReviewerRequest):
    actor = require_user()
    case = _readable_unpublished(case_id)
    assignment = review.invite_reviewer(db.session, actor, case, body)
    commit(db.session)
    return Created(editor_assignment_json(assignment),
                   url_for(".editor_case", case_id=case.id))


@bp.patch("/reviews/<id:assignment_id>")
@operation("Change a review's due date (editors)", tag=TAG, body=schemas.DueDateRequest,
           response=schemas.EditorAssignment, auth=True, errors=(403, 409),
           conflict="ConflictProblem")
def change_due_date(assignment_id: int, body: schemas.DueDateRequest):
    actor = require_user()
    assignment = db.session.get(ReviewAssignment, assignment_id)
    if assignment is None or not policy.is_editor_of(actor, assignment.case):
        raise NotFound(_("There is no such review assignment of yours to change."))
    review.extend_due(db.session, actor, assignment, body)
    commit(db.session)
    return editor_assignment_json(assignment)


@bp.post("/reviews/<id:assignment_id>/rating")
@operation("Rate a submitted review acceptable or not, once (editors); an acceptable review "
           "earns its reviewer manuscript-review credit", tag=TAG, body=schemas.ReviewRating,
           response=schemas.EditorAssignment, auth=True, errors=(403, 409),
           conflict="ConflictProblem")
def rate_review(assignment_id: int, body: schemas.ReviewRating):
    actor = require_user()
    assignment = db.session.get(ReviewAssignment, assignment_id)
    if assignment is None or not policy.is_editor_of(actor, assignment.case):
        raise NotFound(_("There is no such review of yours to rate."))
    review.rate_review(db.session, actor, assignment, body)
    commit(db.session)
    return editor_assignment_json(assignment)


@bp.post("/cases/<id:case_id>/publication")
@operation("Publish an accepted write-up, with its discussion topic (editors)", tag=TAG,
           status=201, response=published.CasePublication, auth=True, errors=(403, 409, 429),
           conflict="ConflictProblem")
def publish_case(case_id: int):
    actor = require_user()
    case = _readable_unpublished(case_id)
    review.publish(db.session, actor, case)
    commit(db.session)
    pub = pubs.published(db.session, actor, case.id)
    return Created(publication_json(pub, request.host_url),
                   url_for("case_publication_api.case_publication", case_id=case.id))


@bp.post("/cases/<id:case_id>/corrections")
@operation("Publish a correction: a new version with a visible note", tag=TAG,
           body=schemas.CorrectionRequest, status=201, response=published.CasePublication,
           auth=True, errors=(403, 409), conflict="ConflictProblem")
def correct_case(case_id: int, body: schemas.CorrectionRequest):
    actor = require_user()
    case = review.get_case(db.session, actor, case_id)
    version = review.correct(db.session, actor, case, body)
    commit(db.session)
    pub = pubs.published(db.session, actor, case.id, version.number)
    return Created(publication_json(pub, request.host_url),
                   url_for("case_publication_api.case_publication_version", case_id=case.id,
                           number=version.number))


# ---------------------------------------------------------------- reviewers


@bp.get("/reviews")
@operation("Your review invitations", tag=TAG, response=schemas.ReviewerAssignmentList,
           auth=True)
def my_reviews():
    rows = review.my_assignments(db.session, require_user())
    return {"items": [{
        "id": a.id, "title": review.case_title(a.case), "round": a.round.number,
        "status": a.status, "due_on": a.due_on, "invited_at": a.invited_at,
        "url": url_for(".reviewer_assignment", assignment_id=a.id)} for a in rows]}


def _own_assignment(assignment_id: int) -> ReviewAssignment:
    actor = require_user()
    assignment = db.session.get(ReviewAssignment, assignment_id)
    if assignment is None:
        raise NotFound(_("There is no such review invitation."))
    if not policy.can_view_review_page(actor, assignment):
        raise Forbidden(_("You were not invited to review this write-up."))
    return assignment


@bp.get("/reviews/<id:assignment_id>")
@operation("A review invitation: the write-up without its authors, the diff since your last "
           "review", tag=TAG, response=schemas.ReviewerAssignment, auth=True, errors=(403,))
def reviewer_assignment(assignment_id: int):
    assignment = _own_assignment(assignment_id)
    return reviewer_json(review.reviewer_view(db.session, assignment))


@bp.post("/reviews/<id:assignment_id>/response")
@operation("Accept (declaring competing interests) or decline", tag=TAG,
           body=schemas.InvitationResponse, response=schemas.ReviewerAssignment, auth=True,
           errors=(403, 409), conflict="ConflictProblem")
def respond_to_invitation(assignment_id: int, body: schemas.InvitationResponse):
    actor = require_user()
    assignment = _own_assignment(assignment_id)
    review.respond(db.session, actor, assignment, body)
    commit(db.session)
    return reviewer_json(review.reviewer_view(db.session, assignment))


@bp.post("/reviews/<id:assignment_id>/review")
@operation("Submit your structured review", tag=TAG, body=schemas.ReviewRequest, status=201,
           response=schemas.ReviewerAssignment, auth=True, errors=(403, 409),
           conflict="ConflictProblem")
def submit_review(assignment_id: int, body: schemas.ReviewRequest):
    actor = require_user()
    assignment = _own_assignment(assignment_id)
    review.submit_review(db.session, actor, assignment, body)
    commit(db.session)
    return Created(reviewer_json(review.reviewer_view(db.session, assignment)),
                   url_for(".reviewer_assignment", assignment_id=assignment.id))


# ---------------------------------------------------------------- board editors


def _member(username: str) -> User:
    user = db.session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(_("There is no such member."))
    return user


def _board_editors_json(board) -> dict[str, Any]:
    return {"board": board.slug, "items": [
        {**author_json(link.user), "appointed_at": link.created_at}
        for link in review.board_editors(db.session, board)]}


@bp.get("/boards/<slug>/editors")
@operation("A board's editors", tag=TAG, response=schemas.BoardEditorList, errors=(403,))
def board_editors(slug: str):
    board = spaces.get_board(db.session, api_user(), slug)
    return _board_editors_json(board)


@bp.put("/boards/<slug>/editors/<username>")
@operation("Appoint a board editor (administrators)", tag=TAG,
           response=schemas.BoardEditorList, auth=True, errors=(403, 422))
def appoint_board_editor(slug: str, username: str):
    actor = require_user()
    board = spaces.get_board(db.session, actor, slug)
    review.set_board_editor(db.session, actor, board, _member(username), True)
    commit(db.session)
    return _board_editors_json(board)


@bp.delete("/boards/<slug>/editors/<username>")
@operation("Remove a board editor (administrators)", tag=TAG,
           response=schemas.BoardEditorList, auth=True, errors=(403,))
def remove_board_editor(slug: str, username: str):
    actor = require_user()
    board = spaces.get_board(db.session, actor, slug)
    review.set_board_editor(db.session, actor, board, _member(username), False)
    commit(db.session)
    return _board_editors_json(board)
