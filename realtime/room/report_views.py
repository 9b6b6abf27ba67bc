"""Pages after a live session: the transcript, the attendance report (page with a chart, and
CSV) and the host's attendance correction."""
from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, flash, render_template, request, url_for
from flask_login import login_required
from markupsafe import Markup
from sqlalchemy import func, select

from community.platform.accounts.models import User
from community.platform.contract import parse_form
from community.platform.db import db
from community.platform.errors import Forbidden, NotFound
from community.platform.i18n import _
from community.platform.web import actor, form_action, render_form, viewer_zone
from realtime.room import policy, reports
from realtime.room.chart import attendance_chart, clock
from realtime.room.events import limits
from realtime.room.models import LiveMember
from realtime.room.schemas import AttendanceCorrectionForm
from realtime.sessions import content
from realtime.sessions import service as sessions
from realtime.sessions.models import ANSWER_LABELS, LiveSession

bp = Blueprint("room_reports", __name__)


@bp.app_context_processor
def _policy() -> dict:
    # The session's page links to the reports for those who may read them.
    return {"room_reports_policy": policy}


def _started(session_id: int) -> LiveSession:
    """The session, once it has started: before, there is nothing to report."""
    live = sessions.get_session(db.session, actor(), session_id)
    if live.started_at is None:
        raise NotFound(_("The session has not started: its transcript and attendance appear "
                         "once it does."))
    return live


def _report_session(session_id: int) -> LiveSession:
    live = _started(session_id)
    if not policy.can_see_report(actor(), live):
        raise Forbidden(_("Only the host, the co-hosts and the board's moderators see the "
                          "attendance report."))
    return live


def _may_read_transcript(live: LiveSession) -> bool:
    me = actor()
    registration = sessions.registration_of(db.session, live, me)
    member = db.session.scalar(select(LiveMember).where(
        LiveMember.session_id == live.id, LiveMember.user_id == me.id))
    return policy.can_read_transcript(
        me, live, registered=registration is not None and registration.status == "registered",
        joined=member is not None, removed=member is not None and member.removed_at is not None)


@bp.route("/sessions/<int:session_id>/transcript")
@login_required
def transcript(session_id: int):
    live = _started(session_id)
    if not _may_read_transcript(live):
        raise Forbidden(_("The transcript is for the session's participants."))
    full = policy.can_see_report(actor(), live)
    return render_template("room/transcript.html", live=live, answers=ANSWER_LABELS, full=full,
                           checklist_shown=content.shown,
                           t=reports.transcript(db.session, live, full=full))


def _report(live: LiveSession) -> reports.AttendanceReport:
    return reports.attendance(db.session, live, window=limits().stale_after)


def _clock(moment: datetime, zone: ZoneInfo) -> Markup:
    """HH:MM in the viewer's zone: a break lies within the session's day, shown above."""
    return Markup('<time datetime="{}">{}</time>').format(moment.isoformat(), clock(moment, zone))


def _breaks(report: reports.AttendanceReport, zone: ZoneInfo) -> list[dict]:
    rows = [{"start": _clock(start, zone), "end": _clock(end, zone),
             "minutes": round((end - start).total_seconds() / 60)}
            for start, end in report.breaks]
    if rows and report.break_running:
        rows[-1]["end"] = _("now")
    return rows


def _attendance_context(live: LiveSession) -> dict:
    report = _report(live)
    zone = viewer_zone()
    chart = attendance_chart(report.series, report.period[1], report.bucket_minutes, zone)
    return {"live": live, "report": report, "chart": chart, "breaks": _breaks(report, zone)}


@bp.route("/sessions/<int:session_id>/attendance")
@login_required
def attendance(session_id: int):
    live = _report_session(session_id)
    return render_template("room/attendance.html", **_attendance_context(live))


@bp.route("/sessions/<int:session_id>/attendance.csv")
@login_required
def attendance_csv(session_id: int):
    live = _report_session(session_id)
    buffer = io.StringIO()
    csv.writer(buffer).writerows(reports.csv_rows(_report(live)))
    response = Response(buffer.getvalue(), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = (
        f'attachment; filename="rounds-session-{live.id}-attendance.csv"')
    response.headers["Cache-Control"] = "private, no-store"
    return response


def _member(report: reports.AttendanceReport, username: str
            ) -> tuple[User, reports.AttendanceRow]:
    user = db.session.scalar(select(User).where(func.lower(User.username) == username.lower()))
    row = report.row_for(user.id) if user is not None else None
    if row is None:
        raise NotFound(_("That member neither registered for nor attended this session."))
    return user, row


@bp.route("/sessions/<int:session_id>/attendance/<username>/correction",
          methods=["GET", "POST"])
@login_required
def correction(session_id: int, username: str):
    live = _report_session(session_id)
    report = _report(live)
    user, row = _member(report, username)
    context = {"live": live, "member": user, "row": row,
               "history": reports.corrections_of(db.session, live, user),
               "limit": reports.max_correction(report)}
    if request.method == "GET":
        return render_form("room/correction.html",
                           values={"minutes": str(row.minutes), "reason": ""}, **context)

    def correct() -> str:
        reports.correct_attendance(db.session, actor(), live, user,
                                   parse_form(AttendanceCorrectionForm, request.form))
        flash(_("Attendance corrected for %(name)s.", name=user.display_name),
              "info")  # i18n: ignore
        return url_for("room_reports.attendance", session_id=live.id)

    return form_action(correct, "room/correction.html", **context)
