"""Pages of peer review and publication: the editor's dashboard and submission page, the
reviewer's invitations and review form, the authors' view of decisions, the published
write-up with its citation downloads, corrections, and board editors (administrators).

Every rule lives in community.cases.review / publication / review_policy; these handlers
parse the form, call the service and render. Double-anonymous review is kept by what each
template is given: the reviewer's page never receives the authors, the authors' page never
receives reviewers' names."""
from __future__ import annotations

from flask import Blueprint, Response, flash, render_template, request, url_for
from flask_login import login_required
from sqlalchemy import select

from community.cases.authoring.schemas import form_fields
from community.cases.care import SECTION_KEYS, SECTIONS
from community.cases.publication import service as pubs
from community.cases.review import lifecycle as workflow
from community.cases.review import mailing, policy, schemas
from community.cases.review import service as review
from community.cases.review.assignments import ASSIGNMENT
from community.cases.review.models import (
    DECISIONS,
    RATING_QUESTIONS,
    RECOMMENDATIONS,
    ReviewAssignment,
)
from community.cases.states import STATES
from community.platform.accounts.models import User
from community.platform.contract import parse, parse_form
from community.platform.db import db, utcnow
from community.platform.errors import Conflict, Forbidden, NotFound, ValidationError
from community.platform.i18n import _
from community.platform.spaces import service as spaces
from community.platform.spaces.models import Board
from community.platform.web import actor, form_action, render_form

bp = Blueprint("case_review", __name__)


@bp.app_context_processor
def _labels() -> dict:
    return {"case_states": workflow.STATE_LABELS, "rating_questions": RATING_QUESTIONS,
            "case_steps": {name: t.label for name, t in workflow.TRANSITIONS.items()},
            "recommendations": RECOMMENDATIONS, "decision_labels": DECISIONS,
            "care_sections": SECTIONS, "review_policy": policy}


# ---------------------------------------------------------------- editors


@bp.route("/editor")
@login_required
def dashboard():
    state = parse(schemas.EditorDashboardQuery,
                  {k: v for k, v in request.args.items() if v}).state
    grouped = review.dashboard(db.session, actor(), state)
    return render_template("cases/review/dashboard.html", grouped=grouped, state=state,
                           states=[s for s in STATES if s != "draft"])


def _editor_context(case_id: int) -> dict:
    case = review.editor_case(db.session, actor(), case_id)
    rounds = review.rounds(db.session, case)
    version = review.get_version(db.session, case, case.current_version)
    return {"case": case, "rounds": rounds, "version": version,
            "decisions": review.decisions(db.session, case),
            "history": review.transitions(db.session, case),
            "available": {t.name for t in workflow.available(actor(), case)},
            "title": review.case_title(case, version), "section_keys": SECTION_KEYS,
            "today": utcnow().date()}


@bp.route("/editor/cases/<int:case_id>")
@login_required
def submission(case_id: int):
    return render_form("cases/review/submission.html", values={}, **_editor_context(case_id))


def _editor_form(case_id: int, run) -> Response:
    context = _editor_context(case_id)

    def action() -> str:
        run(context["case"])
        return url_for("case_review.submission", case_id=case_id)

    return form_action(action, "cases/review/submission.html", **context)


@bp.route("/editor/cases/<int:case_id>/screen", methods=["POST"])
@login_required
def screen(case_id: int):
    def run(case):
        row = review.screen(db.session, actor(), case,
                            parse_form(schemas.ScreeningRequest, request.form))
        flash(_("%(decision)s.", decision=row.label), category="success")

    return _editor_form(case_id, run)


@bp.route("/editor/cases/<int:case_id>/invite", methods=["POST"])
@login_required
def invite(case_id: int):
    def run(case):
        a = review.invite_reviewer(db.session, actor(), case,
                                   parse_form(schemas.InviteReviewerRequest, request.form))
        flash(_("@%(username)s is invited as Reviewer %(label)s.", username=a.reviewer.username,
                label=a.label), category="success")

    return _editor_form(case_id, run)


@bp.route("/editor/cases/<int:case_id>/decide", methods=["POST"])
@login_required
def decide(case_id: int):
    def run(case):
        row = review.decide(db.session, actor(), case,
                            parse_form(schemas.DecisionRequest, request.form))
        flash(_("Decision recorded: %(decision)s. The authors were notified.",
                decision=row.label), category="success")

    return _editor_form(case_id, run)


@bp.route("/editor/cases/<int:case_id>/publish", methods=["POST"])
@login_required
def publish(case_id: int):
    def run(case):
        review.publish(db.session, actor(), case)
        flash(_("Published, with a discussion topic in its board."), category="success")

    return _editor_form(case_id, run)


@bp.route("/editor/reviews/<int:assignment_id>/due", methods=["POST"])
@login_required
def due(assignment_id: int):
    assignment = db.session.get(ReviewAssignment, assignment_id)
    if assignment is None or not policy.is_editor_of(actor(), assignment.case):
        raise NotFound(_("There is no such review assignment of yours to change."))
    return _editor_form(assignment.case_id, lambda case: review.extend_due(
        db.session, actor(), assignment, parse_form(schemas.DueDateRequest, request.form)))


@bp.route("/editor/reviews/<int:assignment_id>/rating", methods=["POST"])
@login_required
def rate(assignment_id: int):
    assignment = db.session.get(ReviewAssignment, assignment_id)
    if assignment is None or not policy.is_editor_of(actor(), assignment.case):
        raise NotFound(_("There is no such review of yours to rate."))

    def run(case):
        review.rate_review(db.session, actor(), assignment,
                           parse_form(schemas.ReviewRating, request.form))
        flash(_("Rated. An acceptable review earns its reviewer manuscript-review credit."),
              category="success")

    return _editor_form(assignment.case_id, run)


# ---------------------------------------------------------------- reviewers


@bp.route("/reviews")
@login_required
def invitations():
    return render_template("cases/review/invitations.html",
                           assignments=review.my_assignments(db.session, actor()),
                           title_of=review.case_title)


def _reviewer_context(assignment_id: int) -> dict:
    assignment = _own(assignment_id)
    return {"view": review.reviewer_view(db.session, assignment), "assignment": assignment,
            "section_keys": SECTION_KEYS, "today": utcnow().date()}


def _own(assignment_id: int) -> ReviewAssignment:
    me = actor()
    assignment = db.session.get(ReviewAssignment, assignment_id)
    if assignment is None:
        raise NotFound(_("There is no such review invitation."))
    if not policy.can_view_review_page(me, assignment):
        raise Forbidden(_("You were not invited to review this write-up."))
    return assignment


@bp.route("/reviews/<int:assignment_id>")
@login_required
def review_page(assignment_id: int):
    return render_form("cases/review/review.html", values={},
                       **_reviewer_context(assignment_id))


@bp.route("/reviews/<int:assignment_id>/respond", methods=["POST"])
@login_required
def respond(assignment_id: int):
    context = _reviewer_context(assignment_id)

    def run() -> str:
        # "yes" and "no" read as true and false.
        review.respond(db.session, actor(), context["assignment"],
                       parse_form(schemas.InvitationResponse, request.form))
        flash(_("Thank you: your answer is recorded."), category="success")
        return url_for("case_review.review_page", assignment_id=assignment_id)

    return form_action(run, "cases/review/review.html", **context)


@bp.route("/reviews/<int:assignment_id>/answer/<any(accept, decline):answer>/<token>",
          methods=["GET", "POST"])
@login_required
def answer_link(assignment_id: int, answer: str, token: str):
    """The accept or decline link of an invitation mail (signed for this assignment, its
    reviewer and this answer). GET only asks to confirm (and, to accept, for the
    competing-interests declaration); the POST answers, once."""
    assignment = _own(assignment_id)
    if not mailing.token_matches(token, assignment, answer):
        raise NotFound(_("This link is not valid for this invitation."))
    context = {"assignment": assignment, "answer": answer, "token": token,
               "title": review.case_title(assignment.case)}
    if request.method == "GET":
        if assignment.status != "invited" or assignment.round.closed_at is not None:
            raise Conflict(_("This invitation was already answered (%(status)s), or its round "
                             "is closed.", status=ASSIGNMENT.label(assignment.status)))
        return render_form("cases/review/answer.html", values={}, **context)

    def run() -> str:
        form = {k: v for k, v in request.form.items() if k in (
            "competing_interests", "statement", "reason") and v != ""}
        review.respond(db.session, actor(), assignment, parse_form(
            schemas.InvitationResponse, {**form, "accept": "yes" if answer == "accept"
                                         else "no"}))
        flash(_("Thank you: your answer is recorded."), category="success")
        return url_for("case_review.review_page", assignment_id=assignment_id)

    return form_action(run, "cases/review/answer.html", **context)


@bp.route("/reviews/<int:assignment_id>/review", methods=["POST"])
@login_required
def submit_review(assignment_id: int):
    context = _reviewer_context(assignment_id)

    def run() -> str:
        review.submit_review(db.session, actor(), context["assignment"],
                             parse_form(schemas.ReviewRequest, request.form))
        flash(_("Your review is submitted to the editor."), category="success")
        return url_for("case_review.review_page", assignment_id=assignment_id)

    return form_action(run, "cases/review/review.html", **context)


# ---------------------------------------------------------------- authors


def _authors_context(case_id: int) -> dict:
    case = review.authors_case(db.session, actor(), case_id)
    return {"case": case, "title": review.case_title(case),
            "rounds": review.rounds(db.session, case),
            "decisions": review.decisions(db.session, case),
            "history": review.transitions(db.session, case),
            "available": {t.name for t in workflow.available(actor(), case)},
            "readiness": review.readiness(db.session, case)
            if case.status in ("draft", "revisions_requested") else {},
            "clearances": review.author_clearances(db.session, case),
            "decided_reviews": review.decided_reviews}


@bp.route("/cases/<int:case_id>/review")
@login_required
def authors_view(case_id: int):
    return render_form("cases/review/authors.html", values={}, **_authors_context(case_id))


@bp.route("/cases/<int:case_id>/review/submit", methods=["POST"])
@login_required
def submit(case_id: int):
    context = _authors_context(case_id)

    def run() -> str:
        review.submit(db.session, actor(), context["case"])
        flash(_("Submitted: the editors will screen it."), category="success")
        return url_for("case_review.authors_view", case_id=case_id)

    return form_action(run, "cases/review/authors.html", **context)


@bp.route("/cases/<int:case_id>/review/withdraw", methods=["POST"])
@login_required
def withdraw(case_id: int):
    context = _authors_context(case_id)

    def run() -> str:
        review.withdraw(db.session, actor(), context["case"],
                        parse_form(schemas.WithdrawRequest, request.form))
        flash(_("The write-up is withdrawn."), category="success")
        return url_for("case_review.authors_view", case_id=case_id)

    return form_action(run, "cases/review/authors.html", **context)


@bp.route("/cases/<int:case_id>/correct", methods=["GET", "POST"])
@login_required
def correct(case_id: int):
    pub = pubs.published(db.session, actor(), case_id)
    if not policy.can_correct(actor(), pub.case):
        raise Forbidden(_("Only the corresponding author or an editor publishes corrections."))
    context = {"pub": pub, "section_keys": SECTION_KEYS}
    if request.method == "GET":
        values = {k: pub.latest.sections.get(k, "") for k in SECTION_KEYS}
        return render_form("cases/review/correct.html", values=values, **context)

    def run() -> str:
        sections = {k: request.form[k].replace("\r\n", "\n")
                    for k in SECTION_KEYS if k in request.form}
        form = {"sections": sections, "note": request.form.get("note", "").strip()}
        try:
            asked = parse(schemas.CorrectionRequest, {k: v for k, v in form.items() if v})
        except ValidationError as error:  # a section's message goes next to its field
            raise ValidationError(form_fields(error.errors)) from None
        version = review.correct(db.session, actor(), pub.case, asked)
        flash(_("Correction published as version %(number)s.", number=version.number),
              category="success")
        return url_for("case_publication.version", case_id=case_id, number=version.number)

    return form_action(run, "cases/review/correct.html", **context)


# ---------------------------------------------------------------- board editors


@bp.route("/editor/board-editors", methods=["GET", "POST"])
@login_required
def board_editors():
    if not policy.can_manage_board_editors(actor()):
        raise Forbidden(_("Only administrators appoint or remove board editors."))
    all_boards = spaces.list_boards(db.session, actor())
    context = {"boards": [(b, review.board_editors(db.session, b)) for b in all_boards]}
    if request.method == "GET":
        return render_form("cases/review/board_editors.html", values={}, **context)

    def run() -> str:
        asked = parse_form(schemas.BoardEditorForm, request.form)
        board = db.session.scalar(select(Board).where(Board.slug == asked.board))
        member = db.session.scalar(select(User).where(User.username == asked.username))
        if board is None or member is None:
            raise ValidationError({"username": [_("Choose a board and an existing member.")]})
        appoint = asked.appoint
        review.set_board_editor(db.session, actor(), board, member, appoint)
        if appoint:
            flash(_("@%(username)s is now an editor of %(board)s.", username=member.username,
                    board=board.name), category="success")
        else:
            flash(_("@%(username)s is no longer an editor of %(board)s.",
                    username=member.username, board=board.name), category="success")
        return url_for("case_review.board_editors")

    return form_action(run, "cases/review/board_editors.html", **context)
