"""Credit reports on the web: the learner's credit page and transcript (CSV, PDF), an
activity's and a series' reports, the credit office's index of a year with the accreditor
batch files (ACCME PARS as the model); and through the API, the learner's figures and an
activity's xAPI statements. Who sees what is in community/credit/reports.py: an activity or
series one cannot see is a 404, one one sees but may not report on a 403 (as the session's
attendance report answers); the office's pages are a 403 for everyone else."""
from __future__ import annotations

from datetime import date, datetime

from flask import Blueprint, Response, current_app, render_template, request
from flask_login import login_required

from community.credit import exports, reports, schemas, service
from community.credit.chart import amount, monthly_chart
from community.credit.models import MOORE_LEVELS, credits
from community.credit.report_schemas import XapiStatements
from community.platform.api import api_blueprint, operation, require_user
from community.platform.contract import parse
from community.platform.db import db
from community.platform.errors import NotFound, ValidationError
from community.platform.parsing import INT_MAX, page_number, zone
from community.platform.web import actor, viewer_zone

bp = Blueprint("credit_reports", __name__)
api_bp = api_blueprint("credit_reports_api", __name__)
TAG = "credit"
CONTEXT = {"amount": amount, "moore_levels": MOORE_LEVELS}


@bp.after_request
def _private(response: Response) -> Response:
    # Every page here is one member's credit or names learners: no shared cache keeps it.
    response.headers["Cache-Control"] = "private, no-store"
    return response


def _today() -> date:
    return datetime.now(viewer_zone()).date()


def _id(value: int, what: str) -> int:
    if not 0 < value <= INT_MAX:  # before the database: PostgreSQL's integer is 32 bits
        raise NotFound(f"There is no such {what}.")
    return value


def _download(body: str | bytes, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    if isinstance(body, str):
        response.headers["Content-Type"] = f"{mimetype}; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _args(model):
    """The query string as `model`; an empty field (a date left blank in the form) is
    absent."""
    return parse(model, {k: v for k, v in request.args.items() if v.strip()})


# ---------------------------------------------------------------- the learner's own


@bp.route("/credit")
@login_required
def dashboard():
    today = _today()
    found = reports.dashboard(db.session, actor(), today, page_number(request.args.get("page")))
    return render_template("credit/dashboard.html", d=found, chart=monthly_chart(found.months),
                           today=today, this_year=date(today.year, 1, 1), **CONTEXT)


def _transcript() -> reports.Transcript:
    query = _args(schemas.TranscriptQuery)
    if query.start and query.end and query.start > query.end:
        raise ValidationError({"to": ["The last day comes before the first."]})
    return reports.transcript(db.session, actor(), query.start, query.end)


def _filename(t: reports.Transcript, extension: str) -> str:
    period = "-".join(d.isoformat() for d in (t.start, t.end) if d) or "all"
    return f"rounds-credit-transcript-{period}.{extension}"


@bp.route("/credit/transcript.csv")
@login_required
def transcript_csv():
    found = _transcript()
    return _download(exports.transcript_csv(found), "text/csv", _filename(found, "csv"))


@bp.route("/credit/transcript.pdf")
@login_required
def transcript_pdf():
    found = _transcript()
    body = exports.transcript_pdf(found, service.provider(db.session).name, _today())
    return _download(body, "application/pdf", _filename(found, "pdf"))


# ---------------------------------------------------------------- the provider's reports


@bp.route("/credit/activities/<int:activity_id>/report")
@login_required
def activity_report(activity_id: int):
    found = reports.activity_report(db.session, actor(), _id(activity_id, "credit activity"))
    return render_template("credit/activity_report.html", r=found, f=found.figures, **CONTEXT)


@bp.route("/credit/series/<int:series_id>/report")
@login_required
def series_report(series_id: int):
    year = _args(schemas.ReportQuery).year
    found = reports.series_report(db.session, actor(), _id(series_id, "series"), year)
    return render_template("credit/series_report.html", r=found, f=found.figures, **CONTEXT)


def _year() -> int:
    return _args(schemas.ReportQuery).year or _today().year


@bp.route("/credit/admin/reports")
@login_required
def office_reports():
    year = _year()
    entries = reports.office_year(db.session, actor(), year)
    return render_template("credit/office_reports.html", year=year, entries=entries,
                           years=reports.report_years(db.session, _today().year))


@bp.route("/credit/admin/pars/activities.tsv")
@login_required
def pars_activities():
    reports.require_office(db.session, actor())
    year = _year()
    return _download(exports.tsv(exports.pars_activities(db.session, year)),
                     "text/tab-separated-values", f"pars-activities-{year}.tsv")


@bp.route("/credit/admin/pars/learners.tsv")
@login_required
def pars_learners():
    reports.require_office(db.session, actor())
    year = _year()
    return _download(exports.tsv(exports.pars_learners(db.session, year)),
                     "text/tab-separated-values", f"pars-learners-{year}.tsv")


# ---------------------------------------------------------------- the API


@api_bp.get("/credit/me")
@operation("Your credit: totals per credit type and year, credit per month over the last 24 "
           "months, progress towards your target", tag=TAG, response=schemas.MyCredit,
           auth=True)
def my_credit_figures():
    me = require_user()
    found = reports.figures(db.session, me, datetime.now(zone(me.time_zone)).date())
    return {"totals": [{"credit_type": t.credit_type, "name": t.name, "year": t.year,
                        "credits": t.credits} for t in found.totals],
            "by_month": [{"month": f"{month:%Y-%m}", "credits": credits(q)}
                         for month, q in found.months],
            "target_credits": found.target.credits, "target_years": found.target.years,
            "towards_target": found.target.done_credits}


@api_bp.get("/credit/activities/<id:activity_id>/xapi")
@operation("An activity's xAPI 1.0.3 statements (attended, completed, passed) for a learning "
           "record store; the credit office only", tag=TAG, response=XapiStatements,
           auth=True, errors=(403, 404))
def activity_xapi_statements(activity_id: int):
    me = require_user()
    activity = service.get_activity(db.session, me, activity_id)
    reports.require_office(db.session, me)
    return exports.xapi_statements(db.session, activity,
                                   current_app.config["SETTINGS"].base_url)
