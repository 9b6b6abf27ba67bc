"""JSON routes of peer review and publication (added to community.api's blueprint). Thin:
parse, call community.cases.review / publication, commit, shape.

Double-anonymous review in every shape: authors get reviews as "Reviewer N" (no names, no
confidential comments, no recommendation); reviewers get the write-up without its authors;
only editors get both sides."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import jsonify, request, url_for
from sqlalchemy import select

from community.cases.care import SECTION_KEYS
from community.cases.models import CaseReport
from community.cases.publication import service as pubs
from community.cases.publication.api import authors_json, publication_json, version_json
from community.cases.review import lifecycle as workflow
from community.cases.review import policy
from community.cases.review import service as review
from community.cases.review.models import (
    ASSIGNMENT_STATES,
    DECISIONS,
    RATING_QUESTIONS,
    RECOMMENDATIONS,
    CaseDecision,
    ReviewAssignment,
    ReviewRound,
)
from community.cases.states import STATES
from community.platform.accounts.models import User
from community.platform.api import api_blueprint, api_user, json_body, require_user
from community.platform.api.openapi import extend as extend_openapi
from community.platform.api.openapi import op
from community.platform.api.serializers import ID, author_json, created, only_fields, ref
from community.platform.db import commit, db
from community.platform.errors import Forbidden, NotFound
from community.platform.spaces import service as spaces

bp = api_blueprint("case_review_api", __name__)


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# ---------------------------------------------------------------- shapes


def case_summary(case: CaseReport) -> dict[str, Any]:
    return {"id": case.id, "title": review.case_title(case), "board": case.board.slug,
            "status": case.status, "status_label": workflow.STATE_LABELS[case.status],
            "current_version": case.current_version, "updated_at": _time(case.updated_at)}


def transition_json(row) -> dict[str, Any]:
    return {"name": row.name, "from": row.from_state, "to": row.to_state,
            "actor": row.actor.username if row.actor else None,
            "at": _time(row.created_at), "note": row.note, "round": row.round_number}


def round_json(row: ReviewRound) -> dict[str, Any]:
    return {"number": row.number, "version": row.version,
            "submitted_at": _time(row.submitted_at), "opened_at": _time(row.opened_at),
            "closed_at": _time(row.closed_at)}


def decision_json(row: CaseDecision) -> dict[str, Any]:
    return {"id": row.id, "decision": row.decision, "label": row.label,
            "round": row.round.number if row.round else None,
            "editor": row.editor.display_name if row.editor else None,
            "letter": row.letter, "letter_html": row.letter_cooked,
            "created_at": _time(row.created_at)}


def review_forauthors_json(assignment: ReviewAssignment) -> dict[str, Any]:
    """Never the name, the confidential comments or the recommendation."""
    r = assignment.review
    return {"reviewer": f"Reviewer {assignment.label}", "ratings": r.ratings(),
            "comments_to_authors": r.comments_to_authors,
            "comments_html": r.comments_to_authors_cooked, "submitted_at": _time(r.submitted_at)}


def review_full(assignment: ReviewAssignment) -> dict[str, Any] | None:
    r = assignment.review
    if r is None:
        return None
    return {**review_forauthors_json(assignment), "comments_to_editor": r.comments_to_editor,
            "recommendation": r.recommendation}


def editor_assignment_json(a: ReviewAssignment) -> dict[str, Any]:
    return {"id": a.id, "round": a.round.number, "label": f"Reviewer {a.label}",
            "reviewer": author_json(a.reviewer), "status": a.status,
            "due_on": a.due_on.isoformat(), "invited_at": _time(a.invited_at),
            "responded_at": _time(a.responded_at), "decline_reason": a.decline_reason,
            "competing_interests": a.competing_interests,
            "competing_statement": a.competing_statement, "review": review_full(a)}


def workflow_json(case: CaseReport, actor: User) -> dict[str, Any]:
    return {**case_summary(case), "authors": authors_json(case),
            "available": [{"name": t.name, "label": t.label}
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
            "due_on": a.due_on.isoformat(), "invited_at": _time(a.invited_at),
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
        raise NotFound("No such case write-up, or it is not shared with you.")
    return case


@bp.get(f"/cases/<{ID}:case_id>/workflow")
def case_workflow(case_id: int):
    """State, what you may do next, the rounds and every recorded transition."""
    case = _readable_unpublished(case_id)
    return jsonify(workflow_json(case, require_user()))


@bp.post(f"/cases/<{ID}:case_id>/submit")
def submit_case(case_id: int):
    """Submit (or resubmit after revisions) as the corresponding author."""
    actor = require_user()
    case = _readable_unpublished(case_id)
    review.submit(db.session, actor, case)
    commit(db.session)
    return jsonify(workflow_json(case, actor))


@bp.post(f"/cases/<{ID}:case_id>/withdraw")
def withdraw_case(case_id: int):
    actor = require_user()
    body = json_body()
    only_fields(body, ("note",))
    case = _readable_unpublished(case_id)
    review.withdraw(db.session, actor, case, body.get("note", ""))
    commit(db.session)
    return jsonify(workflow_json(case, actor))


@bp.get(f"/cases/<{ID}:case_id>/decisions")
def case_decisions(case_id: int):
    """The authors' view: decisions with their letters, reviews as "Reviewer N"."""
    actor = require_user()
    case = review.authors_case(db.session, actor, case_id)
    return jsonify({**case_summary(case),
                    "decisions": [decision_json(d) for d in review.decisions(db.session, case)],
                    "rounds": [{**round_json(r), "reviews": [
                        review_forauthors_json(a) for a in review.decided_reviews(r)]}
                        for r in review.rounds(db.session, case)]})


# ---------------------------------------------------------------- editors


@bp.get("/editor/cases")
def editor_dashboard():
    grouped = review.dashboard(db.session, require_user(), request.args.get("state"))
    return jsonify({"states": {state: [case_summary(c) for c in cases]
                               for state, cases in grouped.items()}})


@bp.get(f"/editor/cases/<{ID}:case_id>")
def editor_case(case_id: int):
    actor = require_user()
    case = review.editor_case(db.session, actor, case_id)
    return jsonify({**workflow_json(case, actor),
                    "decisions": [decision_json(d) for d in review.decisions(db.session, case)],
                    "assignments": [editor_assignment_json(a)
                                    for r in review.rounds(db.session, case)
                                    for a in r.assignments]})


def _editor_body(case_id: int, fields: tuple[str, ...]) -> tuple[User, CaseReport, dict]:
    actor = require_user()
    body = json_body()
    only_fields(body, fields)
    case = review.find_case(db.session, case_id)
    if not policy.can_read_unpublished(actor, case):
        raise NotFound("No such case write-up, or it is not shared with you.")
    return actor, case, body


@bp.post(f"/cases/<{ID}:case_id>/screening")
def screen_case(case_id: int):
    actor, case, body = _editor_body(case_id, ("action", "letter"))
    row = review.screen(db.session, actor, case, body.get("action"), body.get("letter", ""))
    commit(db.session)
    return jsonify(decision_json(row))


@bp.post(f"/cases/<{ID}:case_id>/decision")
def decide_case(case_id: int):
    actor, case, body = _editor_body(case_id, ("decision", "letter"))
    row = review.decide(db.session, actor, case, body.get("decision"), body.get("letter"))
    commit(db.session)
    return jsonify(decision_json(row))


@bp.post(f"/cases/<{ID}:case_id>/reviewers")
def invite_reviewer(case_id: int):
    actor, case, body = _editor_body(case_id, ("username", "due_on"))
    assignment = review.invite_reviewer(db.session, actor, case, body.get("username"),
                                        body.get("due_on"))
    commit(db.session)
    return created(editor_assignment_json(assignment),
                   url_for(".editor_case", case_id=case.id))


@bp.patch(f"/reviews/<{ID}:assignment_id>")
def change_due_date(assignment_id: int):
    """A new due date for a review (the case's editors)."""
    actor = require_user()
    body = json_body()
    only_fields(body, ("due_on",))
    assignment = db.session.get(ReviewAssignment, assignment_id)
    if assignment is None or not policy.is_editor_of(actor, assignment.case):
        raise NotFound("There is no such review assignment of yours to change.")
    review.extend_due(db.session, actor, assignment, body.get("due_on"))
    commit(db.session)
    return jsonify(editor_assignment_json(assignment))


@bp.post(f"/cases/<{ID}:case_id>/publication")
def publish_case(case_id: int):
    actor = require_user()
    case = _readable_unpublished(case_id)
    review.publish(db.session, actor, case)
    commit(db.session)
    pub = pubs.published(db.session, actor, case.id)
    return created(publication_json(pub, request.host_url),
                   url_for("case_publication_api.case_publication", case_id=case.id))


@bp.post(f"/cases/<{ID}:case_id>/corrections")
def correct_case(case_id: int):
    actor = require_user()
    body = json_body()
    only_fields(body, ("sections", "note"))
    case = review.get_case(db.session, actor, case_id)
    version = review.correct(db.session, actor, case, body.get("sections"), body.get("note"))
    commit(db.session)
    pub = pubs.published(db.session, actor, case.id, version.number)
    return created(publication_json(pub, request.host_url),
                   url_for("case_publication_api.case_publication_version", case_id=case.id,
                           number=version.number))


# ---------------------------------------------------------------- reviewers


@bp.get("/reviews")
def my_reviews():
    rows = review.my_assignments(db.session, require_user())
    return jsonify({"items": [{
        "id": a.id, "title": review.case_title(a.case), "round": a.round.number,
        "status": a.status, "due_on": a.due_on.isoformat(), "invited_at": _time(a.invited_at),
        "url": url_for(".reviewer_assignment", assignment_id=a.id)} for a in rows]})


def _own_assignment(assignment_id: int) -> ReviewAssignment:
    actor = require_user()
    assignment = db.session.get(ReviewAssignment, assignment_id)
    if assignment is None:
        raise NotFound("There is no such review invitation.")
    if not policy.can_view_review_page(actor, assignment):
        raise Forbidden("You were not invited to review this write-up.")
    return assignment


@bp.get(f"/reviews/<{ID}:assignment_id>")
def reviewer_assignment(assignment_id: int):
    assignment = _own_assignment(assignment_id)
    return jsonify(reviewer_json(review.reviewer_view(db.session, assignment)))


@bp.post(f"/reviews/<{ID}:assignment_id>/response")
def respond_to_invitation(assignment_id: int):
    actor = require_user()
    body = json_body()
    only_fields(body, ("accept", "competing_interests", "statement", "reason"))
    assignment = _own_assignment(assignment_id)
    review.respond(db.session, actor, assignment, body.get("accept"),
                   competing_interests=body.get("competing_interests"),
                   statement=body.get("statement", ""), reason=body.get("reason", ""))
    commit(db.session)
    return jsonify(reviewer_json(review.reviewer_view(db.session, assignment)))


@bp.post(f"/reviews/<{ID}:assignment_id>/review")
def submit_review(assignment_id: int):
    actor = require_user()
    body = json_body()
    only_fields(body, (*RATING_QUESTIONS, "comments_to_authors", "comments_to_editor",
                       "recommendation"))
    assignment = _own_assignment(assignment_id)
    review.submit_review(db.session, actor, assignment, body)
    commit(db.session)
    return created(reviewer_json(review.reviewer_view(db.session, assignment)),
                   url_for(".reviewer_assignment", assignment_id=assignment.id))


# ---------------------------------------------------------------- board editors


def _member(username: str) -> User:
    user = db.session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound("There is no such member.")
    return user


def _board_editors_json(board) -> dict[str, Any]:
    return {"board": board.slug, "items": [
        {**author_json(link.user), "appointed_at": _time(link.created_at)}
        for link in review.board_editors(db.session, board)]}


@bp.get("/boards/<slug>/editors")
def board_editors(slug: str):
    board = spaces.get_board(db.session, api_user(), slug)
    return jsonify(_board_editors_json(board))


@bp.put("/boards/<slug>/editors/<username>")
def appoint_board_editor(slug: str, username: str):
    actor = require_user()
    board = spaces.get_board(db.session, actor, slug)
    review.set_board_editor(db.session, actor, board, _member(username), True)
    commit(db.session)
    return jsonify(_board_editors_json(board))


@bp.delete("/boards/<slug>/editors/<username>")
def remove_board_editor(slug: str, username: str):
    actor = require_user()
    board = spaces.get_board(db.session, actor, slug)
    review.set_board_editor(db.session, actor, board, _member(username), False)
    commit(db.session)
    return jsonify(_board_editors_json(board))


# ---------------------------------------------------------------- OpenAPI

STR, INT, BOOL = {"type": "string"}, {"type": "integer"}, {"type": "boolean"}
TIME = {"type": "string", "format": "date-time"}
NTIME = {"type": ["string", "null"], "format": "date-time"}
NSTR, NINT = {"type": ["string", "null"]}, {"type": ["integer", "null"]}
DATE = {"type": "string", "format": "date"}
NBOOL = {"type": ["boolean", "null"]}
STATE = {"enum": list(STATES)}


def _obj(properties: dict, optional: tuple = ()) -> dict:
    return {"type": "object", "properties": properties, "additionalProperties": False,
            "required": [k for k in properties if k not in optional]}


def _body(properties: dict, required: tuple = ()) -> dict:
    return {"type": "object", "properties": properties, "required": list(required),
            "additionalProperties": False}


def _array(item: dict) -> dict:
    return {"type": "array", "items": item}


_SUMMARY = {"id": INT, "title": STR, "board": STR, "status": STATE, "status_label": STR,
            "current_version": INT, "updated_at": TIME}
_RATINGS = _obj({q: {"type": "integer", "minimum": 1, "maximum": 5} for q in RATING_QUESTIONS})
_AUTHORS = _array(_obj({"username": STR, "display_name": STR, "credentials": STR,
                        "verified": BOOL, "position": INT, "corresponding": BOOL}))
_ROUND = {"number": INT, "version": INT, "submitted_at": TIME, "opened_at": NTIME,
          "closed_at": NTIME}
_ANON_REVIEW = {"reviewer": {"type": "string", "description": '"Reviewer N": never a name'},
                "ratings": _RATINGS, "comments_to_authors": STR, "comments_html": STR,
                "submitted_at": TIME}
_FULL_REVIEW = {**_ANON_REVIEW, "comments_to_editor": STR,
                "recommendation": {"enum": list(RECOMMENDATIONS)}}
_WORKFLOW = {
    **_SUMMARY, "authors": _AUTHORS,
    "available": _array(_obj({"name": {"enum": list(workflow.TRANSITIONS)}, "label": STR})),
    "readiness": {"type": "object", "description": "what still blocks submission, by topic",
                  "additionalProperties": _array(STR)},
    "rounds": _array(_obj(_ROUND)),
    "history": _array(_obj({"name": {"enum": list(workflow.TRANSITIONS)}, "from": STATE,
                            "to": STATE, "actor": NSTR, "at": TIME, "note": STR,
                            "round": NINT})),
    "url": STR}
_VERSION = _obj({"number": INT, "kind": STR, "note": STR, "created_at": TIME,
                 "sections": _array(_obj({"key": {"enum": list(SECTION_KEYS)}, "title": STR,
                                          "markdown": STR, "html": STR})),
                 "timeline": _array(_obj({"day": INT, "event": STR}))})
_DIFF = _array(_obj({"key": STR, "title": STR, "lines": _array(_obj({
    "op": {"enum": ["equal", "delete", "insert"]}, "text": STR}))}))

SCHEMAS = {
    "CaseSummary": _obj(_SUMMARY),
    "CaseWorkflow": _obj(_WORKFLOW),
    "CaseDecision": _obj({"id": INT, "decision": {"enum": list(DECISIONS)}, "label": STR,
                          "round": NINT, "editor": NSTR, "letter": STR, "letter_html": STR,
                          "created_at": TIME}),
    "CaseDecisions": _obj({**_SUMMARY,
                           "decisions": _array(ref("CaseDecision")),
                           "rounds": _array(_obj({**_ROUND,
                                                  "reviews": _array(_obj(_ANON_REVIEW))}))}),
    "EditorDashboard": _obj({"states": {"type": "object",
                                        "additionalProperties": _array(ref("CaseSummary"))}}),
    "EditorAssignment": _obj({
        "id": INT, "round": INT, "label": STR, "reviewer": ref("Author"),
        "status": {"enum": list(ASSIGNMENT_STATES)}, "due_on": DATE, "invited_at": TIME,
        "responded_at": NTIME, "decline_reason": STR, "competing_interests": NBOOL,
        "competing_statement": STR,
        "review": {"anyOf": [_obj(_FULL_REVIEW), {"type": "null"}]}}),
    "EditorCase": _obj({**_WORKFLOW, "decisions": _array(ref("CaseDecision")),
                        "assignments": _array(ref("EditorAssignment"))}),
    "ReviewerAssignment": _obj({
        "id": INT, "label": STR, "title": STR, "board": STR, "round": INT,
        "status": {"enum": list(ASSIGNMENT_STATES)}, "due_on": DATE, "invited_at": TIME,
        "competing_interests": NBOOL, "competing_statement": STR,
        "version": {"anyOf": [_VERSION, {"type": "null"}],
                    "description": "the round's version, without its authors (only the "
                                   "title and abstract until you accept)"},
        "previous_version": NINT, "diff": _DIFF,
        "review": {"anyOf": [_obj(_FULL_REVIEW), {"type": "null"}]},
        "decision": NSTR, "others": _array(_obj(_ANON_REVIEW)), "url": STR}),
    "ReviewerAssignmentList": _obj({"items": _array(_obj({
        "id": INT, "title": STR, "round": INT, "status": {"enum": list(ASSIGNMENT_STATES)},
        "due_on": DATE, "invited_at": TIME, "url": STR}))}),
    "CasePublication": _obj({
        "case_id": INT, "title": STR, "board": STR, "authors": _AUTHORS, "version": _VERSION,
        "latest_version": INT, "published_version": INT, "published_at": TIME,
        "corrections": _array(_obj({"version": INT, "note": STR, "created_at": TIME})),
        "citation": STR, "topic_id": NINT, "url": STR, "bibtex_url": STR, "ris_url": STR}),
    "CaseCitation": _obj({"text": STR, "bibtex": STR, "ris": STR, "version": INT, "url": STR,
                          "key": STR}),
    "BoardEditorList": _obj({"board": STR, "items": _array(_obj({
        "username": STR, "display_name": STR, "credentials": STR, "verified": BOOL,
        "appointed_at": TIME}))}),
}
REQUEST_SCHEMAS = {
    "WithdrawRequest": _body({"note": {"type": "string", "maxLength": 2000}}),
    "ScreeningRequest": _body({"action": {"enum": ["send_to_review", "decline"]},
                               "letter": {"type": "string", "maxLength": 20000,
                                          "description": "Markdown; required to decline"}},
                              ("action",)),
    "DecisionRequest": _body({"decision": {"enum": ["accept", "revisions", "reject"]},
                              "letter": {"type": "string", "minLength": 1, "maxLength": 20000,
                                         "description": "Markdown, to the authors"}},
                             ("decision", "letter")),
    "InviteReviewerRequest": _body({"username": STR, "due_on": DATE}, ("username", "due_on")),
    "DueDateRequest": _body({"due_on": DATE}, ("due_on",)),
    "CorrectionRequest": _body({
        "sections": {"type": "object", "propertyNames": {"enum": list(SECTION_KEYS)},
                     "additionalProperties": STR},
        "note": {"type": "string", "minLength": 1, "maxLength": 2000,
                 "description": "shown on the published page"}}, ("sections", "note")),
    "InvitationResponse": _body({
        "accept": BOOL, "competing_interests": {
            "type": "boolean", "description": "required to accept: yes or no, explicitly"},
        "statement": {"type": "string", "maxLength": 2000,
                      "description": "required when competing_interests is true"},
        "reason": {"type": "string", "maxLength": 2000}}, ("accept",)),
    "ReviewRequest": _body({
        **{q: {"type": "integer", "minimum": 1, "maximum": 5, "description": label}
           for q, label in RATING_QUESTIONS.items()},
        "comments_to_authors": {"type": "string", "minLength": 1, "maxLength": 20000},
        "comments_to_editor": {"type": "string", "maxLength": 20000,
                               "description": "confidential: editors only"},
        "recommendation": {"enum": list(RECOMMENDATIONS)}},
        (*RATING_QUESTIONS, "comments_to_authors", "recommendation")),
}
_VERSION_Q = {"name": "version", "in": "query", "required": False,
              "schema": {"type": "integer", "minimum": 1}}
_STATE_Q = {"name": "state", "in": "query", "required": False,
            "schema": {"enum": [s for s in STATES if s != "draft"]}}

extend_openapi([
    op("get", "/cases/{case_id}/workflow",
       "A write-up's state, your next steps, rounds and transitions (authors, editors)",
       "case review", schema="CaseWorkflow", auth=True),
    op("post", "/cases/{case_id}/submit",
       "Submit or resubmit (corresponding author; 422 lists what still blocks it)",
       "case review", schema="CaseWorkflow", auth=True, errors=(403, 409, 422),
       conflict="Problem"),
    op("post", "/cases/{case_id}/withdraw", "Withdraw before a final decision",
       "case review", schema="CaseWorkflow", body="WithdrawRequest", auth=True,
       errors=(403, 409), conflict="Problem"),
    op("get", "/cases/{case_id}/decisions",
       "Decisions and anonymised reviews (authors; editors)", "case review",
       schema="CaseDecisions", auth=True),
    op("get", "/editor/cases", "Submissions by state (editors)", "case review",
       schema="EditorDashboard", auth=True, errors=(403,), query=(_STATE_Q,)),
    op("get", "/editor/cases/{case_id}", "A submission with reviewers and reviews (editors)",
       "case review", schema="EditorCase", auth=True),
    op("post", "/cases/{case_id}/screening", "Screen: decline, or send to review (editors)",
       "case review", schema="CaseDecision", body="ScreeningRequest", auth=True,
       errors=(403, 409), conflict="Problem"),
    op("post", "/cases/{case_id}/decision",
       "Decide: accept, request revisions or reject, with a letter (editors)",
       "case review", schema="CaseDecision", body="DecisionRequest", auth=True,
       errors=(403, 409), conflict="Problem"),
    op("post", "/cases/{case_id}/reviewers", "Invite a reviewer with a due date (editors)",
       "case review", 201, "EditorAssignment", body="InviteReviewerRequest", auth=True,
       errors=(403, 409), conflict="Problem"),
    op("patch", "/reviews/{assignment_id}", "Change a review's due date (editors)",
       "case review", schema="EditorAssignment", body="DueDateRequest", auth=True,
       errors=(403, 409), conflict="Problem"),
    op("post", "/cases/{case_id}/publication", "Publish an accepted write-up (editors)",
       "case review", 201, "CasePublication", auth=True, errors=(403, 409, 429),
       conflict="Problem"),
    op("post", "/cases/{case_id}/corrections",
       "Publish a correction: a new version with a visible note", "case review", 201,
       "CasePublication", body="CorrectionRequest", auth=True, errors=(403, 409),
       conflict="Problem"),
    op("get", "/cases/{case_id}/publication", "The published write-up (latest version)",
       "case review", schema="CasePublication"),
    op("get", "/cases/{case_id}/publication/{number}", "One published version",
       "case review", schema="CasePublication"),
    op("get", "/cases/{case_id}/citation", "Citation as text, BibTeX and RIS",
       "case review", schema="CaseCitation", query=(_VERSION_Q,)),
    op("get", "/reviews", "Your review invitations", "case review",
       schema="ReviewerAssignmentList", auth=True),
    op("get", "/reviews/{assignment_id}",
       "A review invitation: the write-up without its authors, the diff since your last "
       "review", "case review", schema="ReviewerAssignment", auth=True, errors=(403,)),
    op("post", "/reviews/{assignment_id}/response",
       "Accept (declaring competing interests) or decline", "case review",
       schema="ReviewerAssignment", body="InvitationResponse", auth=True,
       errors=(403, 409), conflict="Problem"),
    op("post", "/reviews/{assignment_id}/review", "Submit your structured review",
       "case review", 201, "ReviewerAssignment", body="ReviewRequest", auth=True,
       errors=(403, 409), conflict="Problem"),
    op("get", "/boards/{slug}/editors", "A board's editors", "case review",
       schema="BoardEditorList", errors=(403,)),
    op("put", "/boards/{slug}/editors/{username}", "Appoint a board editor (administrators)",
       "case review", schema="BoardEditorList", auth=True, errors=(403,)),
    op("delete", "/boards/{slug}/editors/{username}",
       "Remove a board editor (administrators)", "case review", schema="BoardEditorList",
       auth=True, errors=(403,)),
], schemas=SCHEMAS, request_schemas=REQUEST_SCHEMAS,
    params={"case_id": INT, "assignment_id": INT})
