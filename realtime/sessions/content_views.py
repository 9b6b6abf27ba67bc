"""Pages to prepare a session's content before it starts: a journal club's appraisal
checklist (from a template, or edited as text) and a case conference's staged cases."""
from __future__ import annotations

from flask import Blueprint, flash, request, url_for
from flask_login import login_required

from community.platform.contract import parse_form
from community.platform.db import db
from community.platform.errors import NotFound
from community.platform.i18n import _
from community.platform.web import actor, done, form_action, render_form
from realtime.sessions import content, schemas, service
from realtime.sessions.models import STAGE_LABELS, LiveSession

bp = Blueprint("session_content", __name__)


def _planned(session_id: int, what: str) -> LiveSession:
    """The session, if the viewer may change its content now (else 404/403)."""
    live = service.get_session(db.session, actor(), session_id)
    content.require_planner(actor(), live, what)
    return live


def _back(live: LiveSession, anchor: str) -> str:
    return url_for("sessions.view", session_id=live.id) + anchor


# ---------------------------------------------------------------- checklist


def _checklist_context(live: LiveSession) -> dict:
    return {"live": live,
            "template_options": [(key, str(t.label)) for key, t in content.TEMPLATES.items()]}


@bp.route("/sessions/<int:session_id>/checklist", methods=["GET", "POST"])
@login_required
def checklist(session_id: int):
    live = _planned(session_id, "edit the checklist")
    if live.kind != "journal_club":
        raise NotFound(_("Only a journal club has an appraisal checklist."))
    if request.method == "GET":
        return render_form("sessions/checklist.html",
                           values={"questions": content.checklist_text(live)},
                           **_checklist_context(live))

    def save() -> str:
        content.save_checklist(db.session, actor(), live,
                               parse_form(schemas.ChecklistText, request.form))
        flash(_("The checklist is saved."), "info")  # i18n: ignore (the category)
        return _back(live, "#checklist-h")

    return form_action(save, "sessions/checklist.html", **_checklist_context(live))


@bp.route("/sessions/<int:session_id>/checklist/template", methods=["POST"])
@login_required
def checklist_template(session_id: int):
    live = _planned(session_id, "edit the checklist")
    # On a bad choice the page comes back with the saved questions, not an empty box.
    values = {"questions": content.checklist_text(live),
              "template": request.form.get("template", "")}

    def replace() -> str:
        content.use_template(db.session, actor(), live,
                             parse_form(schemas.ChecklistTemplate, request.form))
        flash(_("The checklist now holds the template's questions."),
              "info")  # i18n: ignore (the category)
        return url_for("session_content.checklist", session_id=live.id)

    return form_action(replace, "sessions/checklist.html", values=values,
                       **_checklist_context(live))


# ---------------------------------------------------------------- cases


def _case_context(live: LiveSession, case=None) -> dict:
    return {"live": live, "case": case, "stages": STAGE_LABELS,
            "stage_field": content.stage_field}


@bp.route("/sessions/<int:session_id>/cases/new", methods=["GET", "POST"])
@login_required
def new_case(session_id: int):
    live = _planned(session_id, "add cases")
    if request.method == "GET":
        return render_form("sessions/case_form.html", values={}, **_case_context(live))

    def add() -> str:
        case = content.add_case(db.session, actor(), live,
                                parse_form(schemas.SessionCaseForm, request.form))
        flash(_("Case “%(title)s” added.", title=case.title),
              "info")  # i18n: ignore (the category)
        return _back(live, f"#case-{case.id}")

    return form_action(add, "sessions/case_form.html", **_case_context(live))


@bp.route("/sessions/<int:session_id>/cases/<int:case_id>/edit", methods=["GET", "POST"])
@login_required
def edit_case(session_id: int, case_id: int):
    live = _planned(session_id, "edit cases")
    case = content.get_case(live, case_id)
    if request.method == "GET":
        return render_form("sessions/case_form.html", values=content.case_values(case),
                           **_case_context(live, case))

    def save() -> str:
        content.edit_case(db.session, actor(), live, case,
                          parse_form(schemas.SessionCaseForm, request.form))
        flash(_("The case is saved."), "info")  # i18n: ignore (the category)
        return _back(live, f"#case-{case.id}")

    return form_action(save, "sessions/case_form.html", **_case_context(live, case))


@bp.route("/sessions/<int:session_id>/cases/<int:case_id>/delete", methods=["POST"])
@login_required
def delete_case(session_id: int, case_id: int):
    live = _planned(session_id, "remove cases")
    case = content.get_case(live, case_id)
    content.remove_case(db.session, actor(), live, case)
    flash(_("Case “%(title)s” removed.", title=case.title),
          "info")  # i18n: ignore (the category)
    return done(_back(live, "#cases-h"))


@bp.route("/sessions/<int:session_id>/cases/<int:case_id>/move", methods=["POST"])
@login_required
def move_case(session_id: int, case_id: int):
    live = _planned(session_id, "reorder cases")
    case = content.get_case(live, case_id)
    content.move_case(db.session, actor(), live, case, parse_form(schemas.CaseMove, request.form))
    return done(_back(live, f"#case-{case.id}"))


@bp.route("/sessions/<int:session_id>/cases/<int:case_id>/deid-check", methods=["POST"])
@login_required
def check_deid(session_id: int, case_id: int):
    live = _planned(session_id, "check de-identification")
    case = content.get_case(live, case_id)
    content.check_deid(db.session, actor(), live, case)
    flash(_("De-identification of “%(title)s” checked.", title=case.title),
          "info")  # i18n: ignore (the category)
    return done(_back(live, f"#case-{case.id}"))
