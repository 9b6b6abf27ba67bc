"""Credit reports on the web: the learner's credit page and transcript (CSV, PDF), an
activity's and a series' reports, the credit office's index of a year with the accreditor
batch files (ACCME PARS as the model); and through the API, the learner's figures, the same
reports, year and accreditor rows as JSON (from the same functions as the pages), and an
activity's xAPI statements. Who sees what is in community/credit/reports.py: an activity or
series one cannot see is a 404, one one sees but may not report on a 403 (as the session's
attendance report answers); the office's pages are a 403 for everyone else."""
from __future__ import annotations

import re
from datetime import date, datetime

from flask import Blueprint, Response, current_app, render_template, request, url_for
from flask_babel import get_locale
from flask_login import login_required

from community.credit import certificates, exports, reports, schemas, service
from community.credit import report_schemas as out
from community.credit.chart import month_name, monthly_chart, shown
from community.credit.models import MOORE_LEVELS, CreditActivity, credits
from community.platform.accounts.models import User
from community.platform.api import api_blueprint, operation, require_user
from community.platform.contract import parse
from community.platform.db import db
from community.platform.errors import NotFound, ValidationError
from community.platform.i18n import _, force_locale
from community.platform.parsing import INT_MAX, page_number, zone
from community.platform.web import actor, viewer_zone

bp = Blueprint("credit_reports", __name__)
api_bp = api_blueprint("credit_reports_api", __name__)
TAG = "credit"
CONTEXT = {"amount": shown, "month_name": month_name, "moore_levels": MOORE_LEVELS}


@bp.after_request
def _private(response: Response) -> Response:
    # Every page here is one member's credit or names learners: no shared cache keeps it.
    response.headers["Cache-Control"] = "private, no-store"
    return response


def _today() -> date:
    return datetime.now(viewer_zone()).date()


def _id(value: int, what: str) -> int:
    if not 0 < value <= INT_MAX:  # before the database: PostgreSQL's integer is 32 bits
        raise NotFound(_("There is no such series.") if what == "series"  # i18n: ignore
                       else _("There is no such credit activity."))
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
        raise ValidationError({"to": [_("The last day comes before the first.")]})
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
    # The reader's language (Arabic shaped: certificates.shaped).
    with force_locale(certificates.pdf_locale(str(get_locale()))):
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
           "record store; the credit office only", tag=TAG, response=out.XapiStatements,
           auth=True, errors=(403, 404))
def activity_xapi_statements(activity_id: int):
    me = require_user()
    activity = service.get_activity(db.session, me, activity_id)
    reports.require_office(db.session, me)
    return exports.xapi_statements(db.session, activity,
                                   current_app.config["SETTINGS"].base_url)


# ---------------------------------------------------------------- the provider's reports (API)


def _api_url(endpoint: str, **values: object) -> str:
    return url_for(f"credit_reports_api.{endpoint}", **values)


def _activity_json(a: CreditActivity) -> dict:
    return {"id": a.id, "kind": a.kind, "format": a.kind_label, "title": a.title,
            "starts_at": a.starts_at, "ends_at": a.ends_at, "max_credits": a.max_credits,
            "moore_levels": a.moore_levels, "commercial_support": a.commercial_support,
            "support_amount": a.support_amount, "support_source": a.support_source,
            "session_id": a.session_id, "series_id": a.series_id}


def _evaluations_json(e: reports.Evaluations) -> dict:
    found = {"responses": e.responses, "minimum": e.minimum, "withheld": not e.shown}
    if e.shown:
        found |= {"objectives_met": e.objectives_met, "relevance": e.relevance,
                  "overall": e.overall, "free_of_bias": e.free_of_bias,
                  "bias_comments": e.bias_comments}
    return found


def _follow_ups_json(f: reports.Aggregate) -> dict:
    c = f.follow_ups
    found = {"commitments": c.commitments, "commitment_rate": f.commitment_rate,
             "asked": c.asked, "answered": c.answered, "answered_share": c.answered_share,
             "withheld": not c.shown}
    return found | ({"outcomes": c.outcomes} if c.shown else {})


def _learner_json(line: reports.LearnerLine) -> dict:
    return {"claim_id": line.claim_id, "user_id": line.user_id, "name": line.name,
            "username": line.username, "credential": line.credential,
            "credit_type": line.credit_type, "credit_type_name": line.type_name,
            "credits": line.credits, "completed_on": line.completed_on, "code": line.code,
            "npi": line.npi or None, "licence_number": line.licence_number or None,
            "licence_state": line.licence_state or None,
            "nabp_eprofile_id": line.nabp_eprofile_id or None,
            "birth_month": line.birth_month, "birth_day": line.birth_day}


def _figures_json(f: reports.Aggregate) -> dict:
    """The figures the page shows; the learners by name only where the page lists them."""
    found = {"full": f.full, "learners": f.learners, "physicians": f.physicians,
             "others": f.others, "credits": f.credits,
             "by_type": [{"name": t.name, "learners": t.learners, "credits": t.credits}
                         for t in f.by_type],
             "distribution": [{"credits": credits(q), "learners": n}
                              for q, n in f.distribution],
             "evaluations": _evaluations_json(f.evaluations),
             "follow_ups": _follow_ups_json(f)}
    return found | ({"learner_rows": [_learner_json(r) for r in f.rows]} if f.full else {})


@api_bp.get("/credit/activities/<id:activity_id>/report")
@operation("An activity's report: learners, credits per credit type and their distribution, "
           "evaluations (from five responses), commitments to change and their follow-ups; "
           "the learners by name and identifiers for the credit office only. The credit "
           "office and the session's host and presenters", tag=TAG,
           response=out.ActivityReportOut, auth=True, errors=(403, 404))
def get_activity_report(activity_id: int):
    found = reports.activity_report(db.session, require_user(), activity_id)
    a = found.activity
    series = _api_url("get_series_report", series_id=a.series_id, year=a.starts_at.year) \
        if found.series_readable else None
    return {"activity": _activity_json(a), "series_report": series,
            "figures": _figures_json(found.figures)}


def _series_json(r: reports.SeriesReport) -> dict:
    sessions = [{"activity_id": s.activity.id, "title": s.activity.title,
                 "starts_at": s.activity.starts_at, "learners": s.learners,
                 "credits": s.credits, "responses": s.responses,
                 "report": _api_url("get_activity_report", activity_id=s.activity.id)}
                for s in r.sessions]
    return {"series_id": r.series_id, "year": r.year, "years": r.years, "title": r.title,
            "hours_of_instruction": credits(r.instruction), "sessions": sessions,
            "figures": _figures_json(r.figures)}


@api_bp.get("/credit/series/<id:series_id>/report")
@operation("A series' report for a calendar year (the latest by default): its sessions and "
           "their figures taken as one activity, as an activity's report gives them. The "
           "credit office and the series' hosts", tag=TAG, query=schemas.ReportQuery,
           response=out.SeriesReportOut, auth=True, errors=(403, 404))
def get_series_report(series_id: int, query: schemas.ReportQuery):
    me = require_user()
    activities = reports.series_activities(db.session, me, series_id)  # 404/403 before 422
    return _series_json(reports.series_year(db.session, me, series_id, activities,
                                            query.year))


# ---------------------------------------------------------------- the credit office (API)


def _office_year(me: User, query: schemas.ReportQuery) -> int:
    """The office's year: the one asked for, or this year where the member is; only once the
    member is known to be the office (a 403 before a 422)."""
    reports.require_office(db.session, me)
    return query.year or _this_year(me)


def _this_year(me: User) -> int:
    return datetime.now(zone(me.time_zone)).year


def _entry_json(e: reports.YearEntry, year: int) -> dict:
    report = _api_url("get_series_report", series_id=e.series_id, year=year) if e.series_id \
        else _api_url("get_activity_report", activity_id=e.activity_id)
    return {"title": e.title, "kind": e.kind, "format": e.format, "activity_id": e.activity_id,
            "series_id": e.series_id, "starts_at": e.starts_at, "sessions": e.sessions,
            "learners": e.learners, "report": report}


@api_bp.get("/credit/admin/activities")
@operation("The credit office's year (this year by default): each activity, and each "
           "series' sessions together, with their learners; the credit office only", tag=TAG,
           query=schemas.ReportQuery, response=out.OfficeYearOut, auth=True, errors=(403,))
def get_office_year(query: schemas.ReportQuery):
    me = require_user()
    year = _office_year(me, query)
    entries = reports.office_year(db.session, me, year)
    return {"year": year, "years": reports.report_years(db.session, _this_year(me)),
            "items": [_entry_json(e, year) for e in entries]}


def _pars_json(year: int, rows: list[list[object]]) -> dict:
    """The batch file's rows as objects keyed by its columns in snake_case; the answer's model
    reads the cells ("Yes" as true, "4.5" as 4.5), an empty cell is null."""
    keys = [re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_") for name in rows[0]]
    return {"year": year, "items": [dict(zip(keys, (None if v == "" else v for v in row),
                                             strict=True)) for row in rows[1:]]}


@api_bp.get("/credit/admin/pars/activities")
@operation("The accreditor activities file of a year (PARS as the model; this year by "
           "default) as JSON rows: one per activity, one per series' year; the credit office "
           "only", tag=TAG, query=schemas.ReportQuery, response=out.ParsActivities, auth=True,
           errors=(403,))
def get_pars_activities(query: schemas.ReportQuery):
    year = _office_year(require_user(), query)
    return _pars_json(year, exports.pars_activities(db.session, year))


@api_bp.get("/credit/admin/pars/learners")
@operation("The accreditor learners file of a year (PARS as the model; this year by default) "
           "as JSON rows: one per awarded learner credit, with the identifiers accreditors "
           "match learners by; the credit office only", tag=TAG, query=schemas.ReportQuery,
           response=out.ParsLearners, auth=True, errors=(403,))
def get_pars_learners(query: schemas.ReportQuery):
    year = _office_year(require_user(), query)
    return _pars_json(year, exports.pars_learners(db.session, year))
