"""Pages of credit: an activity (designation, evaluation, assessment, claim), designating a
session or a write-up, the credit office's settings, the learner's identifiers and
commitments, and the office's view of one claim. They work without JavaScript; the same
service and contract as the API. The dashboard, certificates and reports have their own
modules (report_views, certificate_views)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Blueprint, abort, flash, request, url_for
from flask_login import login_required
from werkzeug.datastructures import MultiDict

from community.cases.publication import service as publication
from community.credit import policy, schemas, service, statements
from community.credit.models import (
    KIND_LABELS,
    LEARNER_FIELDS,
    MOORE_LEVELS,
    SOURCES,
    CreditActivity,
)
from community.platform.contract import parse_form
from community.platform.db import db
from community.platform.errors import ValidationError
from community.platform.i18n import _, _n, format_date, format_number
from community.platform.web import actor, form_action, render_form
from realtime.sessions import service as sessions

bp = Blueprint("credit", __name__)

QUESTION_SLOTS, OPTION_SLOTS = 5, 4
CONTEXT = {"moore_levels": MOORE_LEVELS, "kinds": KIND_LABELS, "learner_fields": LEARNER_FIELDS,
           "sources": SOURCES,
           "question_slots": QUESTION_SLOTS, "option_slots": OPTION_SLOTS}


@bp.app_template_global()
def credit_activity_of(kind: str, content_id: int) -> CreditActivity | None:
    """For the session and write-up pages: their credit activity, if designated."""
    if kind == "session":
        return service.activity_for_session(db.session, content_id)
    return service.activity_for_case(db.session, content_id)


@bp.app_template_filter("credits")
def credits_label(amount: float) -> str:
    """1 credit, 0,75 créditos, 1.5 credits: the amount per the reader's locale."""
    return _n("%(amount)s credit", "%(amount)s credits", 1 if amount == 1 else 2,
              amount=format_number(amount))


@bp.app_template_global()
def designation_of(kind, credits: float) -> tuple[str, str]:
    """A credit type's designation statement: the official English, and a translation."""
    return statements.designation(kind.designation_statement, kind.key, credits, f"{credits:g}")


@bp.app_template_global()
def accreditation_of(statement: str) -> tuple[str, str]:
    return statements.accreditation(statement)


@bp.app_template_filter("credit_name")
def credit_name(name: str) -> str:
    return statements.credit_name(name)


@bp.app_template_filter("credit_text")
def credit_text(text: str) -> str:
    return statements.generated_text(text)


@bp.app_template_global()
def is_credit_office() -> bool:
    return policy.is_credit_admin(db.session, actor())


def _lists(form: MultiDict, *names: str) -> dict[str, Any]:
    """A form with checkbox groups as lists (the contract reads lists)."""
    data: dict[str, Any] = {k: v for k, v in form.items() if k not in names}
    for name in names:
        data[name] = form.getlist(name)
    return data


# ---------------------------------------------------------------- an activity


def _activity_context(activity_id: int) -> dict[str, Any]:
    me = actor()
    activity = service.get_activity(db.session, me, activity_id)
    live = service.session_of(db.session, activity)
    found = service.earned(db.session, me, activity) if me else None
    types = {t.key: t for t in service.credit_types(db.session)}
    return {"activity": activity, "live": live, "earned": found, "me": me, "types": types,
            "type_options": [(k, statements.credit_name(types[k].name))
                             for k in activity.credit_types if k in types],
            "eligible": [k for k, t in types.items() if me is not None
                         and (not t.credentials or me.credentials in t.credentials)],
            "provider": service.provider(db.session),
            "evaluated": me is not None and service.has_evaluated(db.session, me, activity),
            "claimed": service.claim_of(db.session, me, activity) if me else None,
            "last_attempt": service.last_attempt(db.session, me, activity) if me else None,
            "can_reopen": policy.can_reopen_window(db.session, me, activity, live),
            "can_report": policy.can_read_report(db.session, me, activity, live), **CONTEXT}


@bp.route("/credit/activities/<int:activity_id>")
def activity(activity_id: int):
    context = _activity_context(activity_id)
    values = {"credits": f"{context['earned'].credits:g}"} if context["earned"] else {}
    return render_form("credit/activity.html", values=values, **context)


def _activity_form(activity_id: int, run) -> Any:
    context = _activity_context(activity_id)

    def action() -> str:
        run(context["activity"])
        return url_for("credit.activity", activity_id=activity_id)

    return form_action(action, "credit/activity.html", **context)


@bp.route("/credit/activities/<int:activity_id>/evaluation", methods=["POST"])
@login_required
def evaluate(activity_id: int):
    def run(activity: CreditActivity) -> None:
        service.evaluate(db.session, actor(), activity,
                         parse_form(schemas.EvaluationForm, request.form))
        flash(_("Thank you: your evaluation is recorded, without your name."), "success")  # i18n: ignore

    return _activity_form(activity_id, run)


@bp.route("/credit/activities/<int:activity_id>/attempt", methods=["POST"])
@login_required
def attempt(activity_id: int):
    def run(activity: CreditActivity) -> None:
        answers = [request.form.get(f"q{q.position}", "") for q in activity.questions]
        if any(not a.isdigit() for a in answers):
            raise ValidationError({"answers": [_("Answer every question.")]})
        row = service.attempt(db.session, actor(), activity,
                              {"answers": [int(a) for a in answers]})
        if row.passed:
            flash(_("You scored %(score)s %%: passed.", score=row.score), "success")  # i18n: ignore
        else:
            flash(_("You scored %(score)s %%: the pass mark is %(mark)s %%.", score=row.score,
                    mark=activity.pass_mark), "info")  # i18n: ignore

    return _activity_form(activity_id, run)


@bp.route("/credit/activities/<int:activity_id>/claim", methods=["POST"])
@login_required
def claim(activity_id: int):
    def run(activity: CreditActivity) -> None:
        row = service.claim(db.session, actor(), activity,
                            parse_form(schemas.CreditClaimRequest, request.form))
        flash(_("Claimed %(credits)s credits. Your certificate is ready.",  # i18n: ignore
                credits=format_number(row.credits)), "success")  # i18n: ignore

    return _activity_form(activity_id, run)


@bp.route("/credit/activities/<int:activity_id>/reopen", methods=["POST"])
@login_required
def reopen(activity_id: int):
    def run(activity: CreditActivity) -> None:
        row = service.reopen(db.session, actor(), activity,
                             parse_form(schemas.Reopening, request.form))
        flash(_("Reopened until %(day)s; the member is told.",  # i18n: ignore
                day=format_date(row.until)), "success")  # i18n: ignore

    return _activity_form(activity_id, run)


# ---------------------------------------------------------------- designation


@bp.route("/sessions/<int:session_id>/credit", methods=["GET", "POST"])
@login_required
def designate_session(session_id: int):
    live = sessions.get_session(db.session, actor(), session_id)
    if not policy.can_designate_session(db.session, actor()):
        abort(404)
    context = {"live": live, "types": service.credit_types(db.session),
               "waiting": sessions.not_cleared(db.session, live), **CONTEXT}
    if request.method == "GET":
        return render_form("credit/designate_session.html",
                           values={"credit_types": ["ama_pra_1", "participation"],
                                   "moore_levels": ["1", "2", "3A"]}, **context)

    def action() -> str:
        data = parse_form(schemas.SessionDesignation,
                          _lists(request.form, "credit_types", "moore_levels"))
        row = service.designate_session(db.session, actor(), live, data)
        flash(_("Designated for credit."), "success")  # i18n: ignore
        return url_for("credit.activity", activity_id=row.id)

    return form_action(action, "credit/designate_session.html",
                       values=_lists(request.form, "credit_types", "moore_levels"), **context)


def _journal_form(form: MultiDict) -> dict[str, Any]:
    data = _lists(form, "credit_types", "moore_levels")
    questions = []
    for n in range(1, QUESTION_SLOTS + 1):
        stem = form.get(f"q{n}_stem", "").strip()
        if not stem:
            continue
        options = [form.get(f"q{n}_option{m}", "").strip() for m in range(1, OPTION_SLOTS + 1)]
        correct = form.get(f"q{n}_correct", "")
        questions.append({"stem": stem, "options": [o for o in options if o],
                          "correct": int(correct) - 1 if correct.isdigit() else -1,
                          "explanation": form.get(f"q{n}_explanation", "").strip()})
    data = {k: v for k, v in data.items() if not k.startswith("q")}
    data["questions"] = questions
    return data


@bp.route("/cases/<int:case_id>/credit", methods=["GET", "POST"])
@login_required
def designate_case(case_id: int):
    pub = publication.published(db.session, actor(), case_id)  # published, and readable
    if not policy.can_designate_case(db.session, actor()):
        abort(404)
    context = {"case_id": case_id, "title": pub.title,
               "types": service.credit_types(db.session), **CONTEXT}
    if request.method == "GET":
        return render_form("credit/designate_case.html",
                           values={"credit_types": ["ama_pra_1", "participation"],
                                   "moore_levels": ["3A"], "max_credits": "1",
                                   "pass_mark": "70"}, **context)

    def action() -> str:
        row = service.designate_case(db.session, actor(), case_id,
                                     parse_form(schemas.JournalDesignation,
                                                _journal_form(request.form)))
        flash(_("Designated as a journal-based activity."), "success")  # i18n: ignore
        return url_for("credit.activity", activity_id=row.id)

    return form_action(action, "credit/designate_case.html",
                       values=_lists(request.form, "credit_types", "moore_levels"), **context)


# ---------------------------------------------------------------- the credit office


def _office_context() -> dict[str, Any]:
    me = actor()
    if not policy.is_credit_admin(db.session, me):
        abort(404)
    return {"provider": service.provider(db.session),
            "types": service.credit_types(db.session, active_only=False),
            "administrators": service.administrators(db.session, me),
            "can_appoint": policy.can_appoint_credit_admins(me), **CONTEXT}


@bp.route("/credit/admin", methods=["GET"])
@login_required
def office():
    context = _office_context()
    provider = context["provider"]
    return render_form("credit/office.html", values={
        "name": provider.name, "accreditation_statement": provider.accreditation_statement,
        "claim_window_days": provider.claim_window_days,
        "follow_up_days": provider.follow_up_days}, **context)


def _office_form(run, message: Callable[[], str]) -> Any:
    context = _office_context()

    def action() -> str:
        run()
        flash(message(), "success")  # i18n: ignore
        return url_for("credit.office")

    return form_action(action, "credit/office.html", **context)


@bp.route("/credit/admin/provider", methods=["POST"])
@login_required
def save_provider():
    return _office_form(lambda: service.save_provider(
        db.session, actor(), parse_form(schemas.ProviderSettings, request.form)),
        lambda: _("The provider's settings are saved."))


@bp.route("/credit/admin/types", methods=["POST"])
@login_required
def save_type():
    return _office_form(lambda: service.save_credit_type(
        db.session, actor(), parse_form(schemas.CreditTypeSettings,
                                        {"active": "false", **request.form.to_dict()})),
        lambda: _("The credit type is saved."))


@bp.route("/credit/admin/administrators", methods=["POST"])
@login_required
def appoint():
    return _office_form(lambda: service.appoint(
        db.session, actor(), parse_form(schemas.Appointment, request.form)),
        lambda: _("Appointed to the credit office."))


@bp.route("/credit/admin/administrators/<int:user_id>/dismiss", methods=["POST"])
@login_required
def dismiss(user_id: int):
    return _office_form(lambda: service.dismiss(db.session, actor(), user_id),
                        lambda: _("Dismissed from the credit office."))


@bp.route("/credit/claims/<int:claim_id>")
@login_required
def claim_page(claim_id: int):
    return render_form("credit/claim.html", **_claim_context(claim_id))


def _claim_context(claim_id: int) -> dict[str, Any]:
    row = service.get_claim(db.session, actor(), claim_id)
    return {"claim": row, "office": policy.is_credit_admin(db.session, actor()), **CONTEXT}


def _claim_form(claim_id: int, run, message: Callable[[], str]) -> Any:
    context = _claim_context(claim_id)

    def action() -> str:
        run(context["claim"])
        flash(message(), "success")  # i18n: ignore
        return url_for("credit.claim_page", claim_id=claim_id)

    return form_action(action, "credit/claim.html", **context)


@bp.route("/credit/claims/<int:claim_id>/correct", methods=["POST"])
@login_required
def correct(claim_id: int):
    return _claim_form(claim_id, lambda row: service.correct(
        db.session, actor(), row, parse_form(schemas.Correction, request.form)),
        lambda: _("Corrected: a new ledger entry records it."))


@bp.route("/credit/claims/<int:claim_id>/revoke", methods=["POST"])
@login_required
def revoke(claim_id: int):
    return _claim_form(claim_id, lambda row: service.revoke(
        db.session, actor(), row, parse_form(schemas.Revocation, request.form)),
        lambda: _("Revoked: its verification page says so."))


# ---------------------------------------------------------------- the learner


@bp.route("/credit/profile", methods=["GET", "POST"])
@login_required
def profile():
    me = actor()
    row = service.learner_profile(db.session, me, me.id)
    if request.method == "GET":
        return render_form("credit/profile.html", values={
            "npi": row.npi, "licence_number": row.licence_number,
            "licence_state": row.licence_state, "nabp_eprofile_id": row.nabp_eprofile_id,
            "birth_month": row.birth_month or "", "birth_day": row.birth_day or "",
            "target_credits": f"{row.target_quarters / 4:g}" if row.target_quarters else "",
            "target_years": row.target_years or 2})

    def action() -> str:
        service.save_learner_profile(db.session, me,
                                     parse_form(schemas.LearnerIdentifiers, request.form))
        flash(_("Your credit profile is saved."), "success")  # i18n: ignore
        return url_for("credit.profile")

    return form_action(action, "credit/profile.html")


@bp.route("/credit/commitments/<int:commitment_id>", methods=["GET", "POST"])
@login_required
def follow_up(commitment_id: int):
    row = service.get_commitment(db.session, actor(), commitment_id)
    if request.method == "GET":
        return render_form("credit/follow_up.html", commitment=row)

    def action() -> str:
        service.answer_follow_up(db.session, actor(), row,
                                 parse_form(schemas.FollowUpAnswer, request.form))
        flash(_("Thank you: your answer is recorded."), "success")  # i18n: ignore
        return url_for("credit.follow_up", commitment_id=commitment_id)

    return form_action(action, "credit/follow_up.html", commitment=row)
