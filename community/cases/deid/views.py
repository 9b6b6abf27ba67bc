"""Pages of the de-identification check (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)): a
write-up's findings section by section, the text with each finding marked, and for authors
a form per finding to say it is not identifying; the overrides and their outcome."""
from __future__ import annotations

from flask import Blueprint, Response, flash, render_template, request, url_for
from flask_login import login_required
from markupsafe import Markup, escape

from community.cases.deid import policy, schemas
from community.cases.deid import service as deid
from community.cases.deid.models import REASON_MAX
from community.platform.contract import parse_form
from community.platform.db import commit, db
from community.platform.errors import Conflict, ValidationError
from community.platform.i18n import _
from community.platform.web import actor, done, form_values

bp = Blueprint("deid", __name__)


def highlight(text: str, findings) -> Markup:
    """The section's text, escaped, with <mark> around each finding (never trusted)."""
    parts: list[str] = []
    position = 0
    for i, (finding, override) in enumerate(findings):
        if finding.start < position:  # the scanner never overlaps; be safe anyway
            continue
        parts.append(str(escape(text[position:finding.start])))
        state = "overridden" if override is not None else "blocking"
        parts.append(str(Markup('<mark class="phi phi-{} phi-{}" id="{}" title="{}">{}</mark>')
                         .format(finding.category, state, finding_anchor(finding, i),
                                 deid.phi_label(finding.category, finding.label),
                                 text[finding.start:finding.end])))
        position = finding.end
    parts.append(str(escape(text[position:])))
    return Markup("".join(parts))


def finding_anchor(finding, index: int) -> str:
    return f"phi-{finding.category}-{finding.start}-{index}"


def _page(case, *, errors: dict | None = None, values: dict | None = None,
          status: int = 200) -> Response:
    report = deid.report(db.session, actor(), case)
    return Response(render_template(
        "cases/deid/findings.html", case=case, report=report, errors=errors or {},
        values=values or {}, highlight=highlight, finding_anchor=finding_anchor,
        can_override=policy.can_override(actor(), case), section_label=deid.section_label,
        reason_max=REASON_MAX), status=status)


@bp.get("/cases/<int:case_id>/phi")
@login_required
def findings(case_id: int):
    return _page(deid.get_case(db.session, actor(), case_id))


@bp.post("/cases/<int:case_id>/phi/overrides")
@login_required
def override(case_id: int):
    case = deid.get_case(db.session, actor(), case_id)
    try:
        made = deid.create_override(db.session, actor(), case,
                                    parse_form(schemas.PhiOverrideRequest, request.form))
        commit(db.session)
    except ValidationError as error:
        db.session.rollback()
        return _page(case, errors=error.extra.get("errors", {}), values=form_values(),
                     status=422)
    except Conflict as error:
        db.session.rollback()
        return _page(case, errors={"_": [error.detail]}, values=form_values(), status=409)
    flash(_("Marked “%(excerpt)s” as not identifying. A moderator will review it; the "
            "write-up can be submitted meanwhile.", excerpt=made.excerpt), category="success")
    return done(url_for("deid.findings", case_id=case.id))


@bp.post("/cases/<int:case_id>/phi/overrides/<int:override_id>/withdraw")
@login_required
def withdraw(case_id: int, override_id: int):
    case = deid.get_case(db.session, actor(), case_id)
    taken = deid.get_override(db.session, case, override_id)
    deid.withdraw_override(db.session, actor(), case, taken)
    flash(_("Withdrawn: “%(excerpt)s” is a finding again.", excerpt=taken.excerpt),
          category="success")
    return done(url_for("deid.findings", case_id=case.id))

