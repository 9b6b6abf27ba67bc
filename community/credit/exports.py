"""Files made from the credit reports: the learner's transcript (CSV and PDF), the accreditor
batch files modelled on ACCME PARS (activities and learners, tab-delimited) and xAPI 1.0.3
statements of an activity. No Flask here: the views pass the data and the public address.

Every text cell of a CSV or TSV goes through `csv_safe` (a cell that starts like a formula
never runs when the file is opened in a spreadsheet); TSV cells lose their tabs and line
breaks, which would shift the columns of a batch upload."""
from __future__ import annotations

import csv
import functools
import io
import re
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from fpdf import FPDF

from community.credit import reports, service
from community.credit.certificates import long_date, shaped
from community.credit.chart import amount, shown
from community.credit.models import (
    KINDS,
    AssessmentAttempt,
    Commitment,
    CreditActivity,
    CreditClaim,
)
from community.platform.i18n import _
from community.platform.parsing import FORMULA_STARTS, csv_safe
from realtime.room import reports as room_reports

# ---------------------------------------------------------------- cells


_BREAKS = re.compile(r"[\t\r\n]+")


def tsv_cell(value: object) -> str:
    """A cell on one line, defused. Written for speed: a year's learners file is 100,000
    cells and more, most of them needing nothing."""
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    if "\t" in text or "\n" in text or "\r" in text:
        text = _BREAKS.sub(" ", text).strip()
    return csv_safe(text) if text.startswith(FORMULA_STARTS) else text


def tsv(rows: Iterable[list[object]]) -> str:
    """Tab-delimited lines (CRLF, as the accreditors' spreadsheet templates are saved)."""
    return "".join("\t".join(tsv_cell(v) for v in row) + "\r\n" for row in rows)


def yes_no(value: bool) -> str:
    return "Yes" if value else "No"


# ---------------------------------------------------------------- the learner's transcript

def transcript_header() -> list[str]:
    """The learner's transcript is for people: its headings in the reader's language (the
    dates stay ISO and the amounts 1.25, as spreadsheets read them)."""
    return [_("Completed on"), _("Activity"), _("Format"), _("Credit type"), _("Credits"),
            _("Certificate code")]


def _period(t: reports.Transcript) -> str:
    if t.start and t.end:
        return _("%(start)s to %(end)s", start=long_date(t.start), end=long_date(t.end))
    if t.start:
        return _("from %(day)s", day=long_date(t.start))
    if t.end:
        return _("until %(day)s", day=long_date(t.end))
    return _("all dates")


def transcript_rows(t: reports.Transcript, shown=amount) -> Iterator[list[object]]:
    yield transcript_header()
    for line in t.lines:
        yield [line.completed_on.isoformat(), line.title, line.format, line.type_name,
               shown(line.quarters), line.code]
    yield []
    for name, quarters in t.totals:
        yield [_("Total"), "", "", name, shown(quarters), ""]


def transcript_csv(t: reports.Transcript) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in transcript_rows(t):
        writer.writerow([csv_safe(v) for v in row])
    return buffer.getvalue()


# A Unicode font: names and titles are not Latin-1 (ł, ő, Greek, Cyrillic). The certificates'
# vendored copy first, then Debian's fonts-dejavu-core.
FONT_DIRS = (Path(__file__).resolve().parent / "fonts", Path("/usr/share/fonts/truetype/dejavu"))
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}


def _font(pdf: FPDF) -> str:
    for folder in FONT_DIRS:
        if all((folder / name).is_file() for name in FONT_FILES.values()):
            for style, name in FONT_FILES.items():
                pdf.add_font("DejaVu", style, str(folder / name))
            return "DejaVu"
    raise RuntimeError("The transcript needs the DejaVu Sans font (community/credit/fonts or "
                       "the fonts-dejavu-core package).")


def transcript_pdf(t: reports.Transcript, provider: str, printed: date) -> bytes:
    from fpdf import FPDF  # here, not at import: fpdf2 (and numpy) cost every process ~0.25 s

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_title(_("Credit transcript: %(name)s", name=t.learner))
    pdf.set_author(provider)
    pdf.set_creation_date(datetime.combine(printed, time(), UTC))
    family = _font(pdf)
    shaped(pdf)  # Arabic: shaped, right to left
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.cell(0, 10, _("Credit transcript"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 11)
    printed_on = _("printed %(day)s", day=long_date(printed))
    for text in (t.learner, f"{provider} · {_period(t)} · {printed_on}"):
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    _transcript_table(pdf, family, t)
    return bytes(pdf.output())


def _table(pdf: FPDF, widths: tuple[int, ...], rows: list[list[object]]) -> None:
    with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", text_align="LEFT",
                   line_height=5.5) as table:
        for row in rows:
            cells = table.row()
            for value in row:
                cells.cell(str(value))


def _transcript_table(pdf: FPDF, family: str, t: reports.Transcript) -> None:
    pdf.set_font(family, "", 9)
    if not t.lines:
        pdf.cell(0, 8, _("No credit was awarded in this period."), new_x="LMARGIN",
                 new_y="NEXT")
        return
    rows = list(transcript_rows(t, shown))
    _table(pdf, (26, 100, 40, 50, 18, 33), rows[:len(t.lines) + 1])
    pdf.ln(5)
    pdf.set_font(family, "B", 11)
    pdf.cell(0, 7, _("Totals per credit type"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9)
    _table(pdf, (80, 25), [[_("Credit type"), _("Credits")], *([name, shown(quarters)]
                                                             for name, quarters in t.totals)])


# ---------------------------------------------------------------- accreditor batch files

PARS_ACTIVITY_HEADER = [
    "Activity ID", "Activity title", "Activity type", "Start date", "End date",
    "Hours of instruction", "Physician learners", "Other learners",
    "Commercial support received", "Commercial support amount", "Commercial support source",
    "Designed to change competence", "Designed to change performance",
    "Designed to change patient outcomes", "Changes in competence evaluated",
    "Changes in performance evaluated", "Changes in patient outcomes evaluated", "Sessions"]
PARS_LEARNER_HEADER = [
    "Activity ID", "Learner first name", "Learner last name", "NPI", "Licence number",
    "Licence state", "NABP e-Profile ID", "Birth month", "Birth day", "Completion date",
    "Credits", "Credit type", "Credential"]


def pars_id(activity_id: int, series_id: int | None, year: int) -> str:
    """The batch files' activity ID: a series' sessions of a year share one (one RSS)."""
    return f"series-{series_id}-{year}" if series_id else f"activity-{activity_id}"


def _end(activity: CreditActivity) -> date:
    if activity.ends_at:
        return activity.ends_at.date()
    # Enduring: available for its claim window from designation.
    return (activity.starts_at + timedelta(days=activity.claim_window_days)).date()


_MONEY = re.compile(r"^([^\d\s-]*)\s*([\d,]+(?:\.\d+)?)$")


def support_amount(amounts: list[str]) -> str:
    """The sessions' support amounts as one: summed when each is a plain sum of money in the
    same currency sign ("$5,000"), otherwise listed."""
    distinct = list(dict.fromkeys(a for a in amounts if a))
    if len(distinct) <= 1:
        return distinct[0] if distinct else ""
    parsed = [_MONEY.match(a.strip()) for a in amounts if a]
    if all(parsed) and len({m.group(1) for m in parsed}) == 1:
        total = sum(float(m.group(2).replace(",", "")) for m in parsed)
        return f"{parsed[0].group(1)}{total:,.0f}" if total.is_integer() \
            else f"{parsed[0].group(1)}{total:,.2f}"
    return "; ".join(distinct)


def _activity_row(year: int, group: list[CreditActivity], learners: tuple[int, int],
                  commitments: tuple[int, int]) -> list[object]:
    first = group[0]
    supported = [a for a in group if a.commercial_support]
    levels = set().union(*(a.moore_levels or [] for a in group))
    committed, answered = commitments
    return [
        pars_id(first.id, first.series_id, year), first.title,
        KINDS["series"] if first.series_id else KINDS.get(first.kind, first.kind),
        min(a.starts_at.date() for a in group).isoformat(),
        max(_end(a) for a in group).isoformat(),
        amount(sum(a.max_quarters for a in group)), learners[0], learners[1],
        yes_no(bool(supported)), support_amount([a.support_amount for a in supported]),
        "; ".join(dict.fromkeys(a.support_source for a in supported if a.support_source)),
        yes_no("4" in levels), yes_no("5" in levels), yes_no("6" in levels),
        # Intent to change (commitments) and assessments show competence; answered
        # follow-ups show performance (self-reported); nothing here measures patients.
        yes_no(committed > 0 or any(a.kind == "journal" for a in group)),
        yes_no(answered > 0), yes_no(False), len(group)]


def _commitments(db: Session, activity_ids: list[int]) -> dict[int, tuple[int, int]]:
    found: dict[int, list[int]] = {}
    for activity_id, answered_at in db.execute(
            select(Commitment.activity_id, Commitment.answered_at)
            .where(Commitment.activity_id.in_(activity_ids))):
        counts = found.setdefault(activity_id, [0, 0])
        counts[0] += 1
        counts[1] += answered_at is not None
    return {k: (v[0], v[1]) for k, v in found.items()}


def pars_activities(db: Session, year: int) -> list[list[object]]:
    """One row per activity of `year`; a series' sessions that year make one RSS row whose
    learners are its attendances (each attendance counts as a learner)."""
    activities = reports.year_activities(db, year)
    learners = reports.learners_per_activity(db, year)
    commitments = _commitments(db, [a.id for a in activities])
    groups: dict[str, list[CreditActivity]] = {}
    for a in activities:
        groups.setdefault(pars_id(a.id, a.series_id, year), []).append(a)
    rows: list[list[object]] = [PARS_ACTIVITY_HEADER]
    for group in groups.values():
        counts = [learners.get(a.id, (0, 0)) for a in group]
        done = [commitments.get(a.id, (0, 0)) for a in group]
        rows.append(_activity_row(year, group, (sum(c[0] for c in counts),
                                                sum(c[1] for c in counts)),
                                  (sum(d[0] for d in done), sum(d[1] for d in done))))
    return rows


HONORIFICS = {"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
PARTICLES = {"van", "von", "de", "del", "della", "der", "den", "di", "da", "dos", "das", "du",
             "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "st", "mac"}
POSTNOMINALS = {"md", "do", "mbbs", "phd", "rn", "np", "pa", "pa-c", "pharmd", "mph", "frcp",
                "facp", "bsn", "msn", "dnp"}


def _word(token: str) -> str:
    return token.strip(".,").casefold()


@functools.lru_cache(maxsize=4096)  # a series' learners recur in every session's rows
def split_name(display_name: str) -> tuple[str, str]:
    """(first, last) from a display name: honorifics and trailing credentials dropped, the
    last word the family name with its particles ("Ludwig van Beethoven") and suffixes
    ("Martin Luther King Jr."). One word: the family name alone. A name written family name
    first cannot be told apart; the credit office corrects those in the file."""
    words = display_name.split(",")[0].split()
    while words and _word(words[0]) in HONORIFICS:
        words = words[1:]
    while len(words) > 1 and _word(words[-1]) in POSTNOMINALS:
        words = words[:-1]
    if len(words) <= 1:
        return "", " ".join(words) or display_name.strip()
    cut = len(words) - 1
    if _word(words[cut]) in SUFFIXES and cut > 1:
        cut -= 1
    while cut > 1 and _word(words[cut - 1]) in PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def pars_learners(db: Session, year: int) -> list[list[object]]:
    """One row per awarded learner credit of `year`, with the identifiers accreditors match
    learners by (NPI or licence, birth month and day)."""
    rows = []
    for line in reports.learner_lines(db, reports.in_year(year)):  # in completion order
        first, last = split_name(line.name)
        rows.append([pars_id(line.activity_id, line.series_id, year), first, last, line.npi,
                     line.licence_number, line.licence_state, line.nabp_eprofile_id,
                     line.birth_month or "", line.birth_day or "",
                     line.completed_on.isoformat(), amount(line.quarters), line.type_name,
                     line.credential])
    rows.sort(key=lambda row: row[0])  # stable: by activity, then as completed
    return [PARS_LEARNER_HEADER, *rows]


# ---------------------------------------------------------------- xAPI statements

XAPI_VERSION = "1.0.3"
VERBS = {"attended": "http://adlnet.gov/expapi/verbs/attended",
         "completed": "http://adlnet.gov/expapi/verbs/completed",
         "passed": "http://adlnet.gov/expapi/verbs/passed"}
ACTIVITY_TYPES = {"live": "http://adlnet.gov/expapi/activities/meeting",
                  "series": "http://adlnet.gov/expapi/activities/meeting",
                  "journal": "http://adlnet.gov/expapi/activities/assessment",
                  "review": "http://adlnet.gov/expapi/activities/performance"}


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class _Statements:
    """Builds an activity's statements: every one names the same object and carries an id
    derived from what it says, so a second export gives the same ids (an LRS keeps one)."""

    def __init__(self, activity: CreditActivity, base_url: str) -> None:
        self.base = base_url.rstrip("/")
        self.activity = activity
        self.object = {"objectType": "Activity",
                       "id": f"{self.base}/credit/activities/{activity.id}",
                       "definition": {"name": {"en-US": activity.title},
                                      "type": ACTIVITY_TYPES.get(activity.kind,
                                                                 ACTIVITY_TYPES["live"])}}

    def make(self, verb: str, user_id: int, at: datetime, key: str, **result) -> dict:
        statement = {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.object['id']}#{verb}:{key}")),
            "version": XAPI_VERSION,
            "actor": {"objectType": "Agent",
                      "account": {"homePage": self.base, "name": str(user_id)}},
            "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
            "object": self.object, "timestamp": iso(at),
            "context": {"platform": "Rounds"}}
        if result:
            statement["result"] = result
        return statement


def score(percent: int) -> dict:
    return {"scaled": round(percent / 100, 4), "raw": percent, "min": 0, "max": 100}


def xapi_statements(db: Session, activity: CreditActivity, base_url: str) -> list[dict]:
    """Attendances (a session's members who were in the room), completions (awarded learner
    credit, with the score of a passed assessment) and passes, oldest first. Actors are
    accounts on this site by member id: no names, no emails."""
    build = _Statements(activity, base_url)
    attempts = list(db.scalars(select(AssessmentAttempt).where(
        AssessmentAttempt.activity_id == activity.id).order_by(AssessmentAttempt.id)))
    statements = [*_attended(db, build, activity), *_completed(db, build, activity, attempts),
                  *(build.make("passed", a.user_id, a.created_at, f"attempt:{a.id}",
                               score=score(a.score), success=True, completion=True)
                    for a in attempts if a.passed)]
    return sorted(statements, key=lambda s: (s["timestamp"], s["id"]))


def _attended(db: Session, build: _Statements, activity: CreditActivity) -> Iterator[dict]:
    live = service.session_of(db, activity)
    if live is None or live.started_at is None:
        return
    for row in room_reports.attendance(db, live).rows:
        if row.role == "member" and row.minutes > 0 and row.first_join:
            yield build.make("attended", row.user.id, row.first_join, f"user:{row.user.id}",
                             duration=f"PT{row.minutes}M")


def _completed(db: Session, build: _Statements, activity: CreditActivity,
               attempts: list[AssessmentAttempt]) -> Iterator[dict]:
    passed = {}
    for attempt in attempts:
        if attempt.passed:
            passed.setdefault(attempt.user_id, attempt)
    live = service.session_of(db, activity)
    ended = live.ended_at if live is not None else None
    for line in reports.learner_lines(db, CreditClaim.activity_id == activity.id):
        extensions = {f"{build.base}/xapi/credits": line.credits}
        attempt = passed.get(line.user_id)
        if attempt is not None:
            yield build.make("completed", line.user_id, attempt.created_at,
                             f"claim:{line.claim_id}", completion=True, success=True,
                             score=score(attempt.score), extensions=extensions)
        else:
            at = ended or datetime.combine(line.completed_on, time(), UTC)
            yield build.make("completed", line.user_id, at, f"claim:{line.claim_id}",
                             completion=True, extensions=extensions)
