"""Credit reports through HTTP: the learner's credit page (totals from the ledger, the chart by
value and its table, progress towards the target, what is left to claim, the claims), the
transcript (CSV and PDF) for a range, an activity's and a series' reports (evaluations only
from five responses, learners' identifiers only for the credit office), the accreditor batch
files and xAPI statements, and who reaches each of them."""
from __future__ import annotations

import csv
import io
import re
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import event, select

from community.credit import exports, policy
from community.credit.models import (
    AssessmentAttempt,
    Commitment,
    CreditAdministrator,
    CreditClaim,
    Evaluation,
    LearnerProfile,
    LedgerEntry,
)
from community.platform.db import db as database
from community.platform.parsing import add_months
from realtime.room.models import AttendanceInterval
from realtime.sessions.models import LiveSession, SessionPresenter, SessionSeries
from tests.support.api import PREFIX
from tests.support.credit import activity, attended, claim
from tests.support.sessions import board
from tests.support.web import login

BASE_URL = "http://localhost:5000"  # the settings' default ROUNDS_BASE_URL


# ---------------------------------------------------------------- arrangements


def signed_in(app, user):
    client = app.test_client()
    login(client, user)
    return client


def held(session, host, *, starts_at: datetime, title: str = "Heart failure journal club",
         series: SessionSeries | None = None, presenters=(), opened: bool = True,
         max_credits: float = 1.5, support: bool = False):
    """A session that took place (registration opened unless told), designated for credit."""
    live = LiveSession(board_id=board(session).id, host_id=host.id, kind="journal_club",
                       title=title, starts_at=starts_at,
                       ends_at=starts_at + timedelta(hours=1, minutes=30), capacity=50,
                       state="ended", started_at=starts_at,
                       ended_at=starts_at + timedelta(hours=1, minutes=30),
                       series_id=series.id if series else None,
                       registration_opened_at=starts_at - timedelta(days=7) if opened else None)
    session.add(live)
    session.flush()
    session.add_all(SessionPresenter(session_id=live.id, user_id=p.id) for p in presenters)
    session.commit()
    row = activity(session, title=title, kind="series" if series else "live",
                   session_id=live.id, series_id=live.series_id, starts_at=starts_at,
                   max_credits=max_credits, commercial_support=support)
    row.key = f"session:{live.id}"
    session.commit()
    return row


def evaluations(session, the_activity, count: int, *, biased: tuple[str, ...] = (),
                score: int = 4) -> None:
    for n in range(count):
        comment = biased[n] if n < len(biased) else ""
        session.add(Evaluation(activity_id=the_activity.id, objectives_met=score,
                               relevance=5, free_of_bias=not comment, bias_comment=comment,
                               overall=3 + n % 2, submitted_on=date(2026, 3, 5)))
    session.commit()


def revoke(session, row: CreditClaim) -> None:
    """What service.revoke leaves: revoked, and a correction taking the credit back."""
    entry = session.scalar(select(LedgerEntry).where(LedgerEntry.claim_id == row.id))
    row.revoked_at, row.revoked_reason = datetime.now(UTC), "Did not attend"
    session.add(LedgerEntry(key=f"correction:{row.id}", user_id=row.user_id,
                            activity_id=row.activity_id, claim_id=row.id,
                            credit_type=row.credit_type, quarters=-entry.quarters,
                            source="correction", corrects_id=entry.id,
                            reason="Revoked: did not attend", evidence={}))
    session.commit()


def text_of(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.get_data(as_text=True)).split())


def bars(html: str) -> dict[str, float]:
    """The chart's bars: their <title> (month: credits) to their height."""
    return {title: float(height) for height, title in re.findall(
        r'<rect class="col" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)">'
        r"<title>([^<]+)</title>", html)}


# ---------------------------------------------------------------- the learner's credit


def test_totals_per_type_and_year_and_the_chart_by_value(app, session, make_user):
    learner = make_user(credentials="RN")
    today = date.today()
    last_month, three_ago = add_months(today.replace(day=1), -1), add_months(
        today.replace(day=1), -3)
    two_years_ago = add_months(today.replace(day=15), -30)
    a1, a2, a3, a4, a5 = (activity(session, title=f"Activity {n}") for n in range(1, 6))
    claim(session, learner, a1, credits=1.5, completed_on=last_month)
    claim(session, learner, a2, credits=1.0, completed_on=last_month + timedelta(days=3),
          credit_type="nursing")
    claim(session, learner, a3, credits=1.0, completed_on=three_ago)
    claim(session, learner, a4, credits=1.0, completed_on=two_years_ago)
    revoke(session, claim(session, learner, a5, credits=1.25, completed_on=three_ago))
    client = signed_in(app, learner)

    page = client.get("/credit")
    assert page.status_code == 200
    html, text = page.get_data(as_text=True), text_of(page)
    # Totals per credit type per year, from the ledger: the revoked claim counts nothing.
    totals = re.findall(r"<tr><td>(\d{4})</td><th scope=\"row\">([^<]+)</th>"
                        r"<td class=\"num\">([\d.]+)</td></tr>", html)
    expected = {}
    for when, key, amount in ((last_month, "AMA PRA Category 1 Credit™", 1.5),
                              (last_month + timedelta(days=3), "Nursing contact hours", 1.0),
                              (three_ago, "AMA PRA Category 1 Credit™", 1.0),
                              (two_years_ago, "AMA PRA Category 1 Credit™", 1.0)):
        expected[(str(when.year), key)] = expected.get((str(when.year), key), 0) + amount
    assert {(y, n): float(c) for y, n, c in totals} == expected
    # The chart: 24 bars, the busiest month (2.5) against an axis up to 3.
    found = bars(html)
    assert len(found) == 24
    assert found[f"{last_month:%B %Y}: 2.5 credits"] == pytest.approx(156 * 10 / 12)
    assert found[f"{three_ago:%B %Y}: 1 credit"] == pytest.approx(156 * 4 / 12)
    assert sum(1 for h in found.values() if h) == 2  # two years ago is off the chart
    assert re.findall(r'text-anchor="end" font-size="12">([\d.]+)</text>', html) == \
        ["0", "1", "2", "3"]
    assert 'role="img"' in html and "<desc id=\"months-desc\">" in html
    assert f"Most in {last_month:%B %Y} (2.5)" in text
    # The same figures as a table.
    assert f"{last_month:%B %Y} 2.5" in text and f"{three_ago:%B %Y} 1" in text
    assert 'style="' not in html


def test_progress_towards_the_target(app, session, make_user):
    learner = make_user()
    today = date.today()
    session.add(LearnerProfile(user_id=learner.id, target_quarters=40 * 4, target_years=2))
    session.commit()
    for n, (months_ago, amount) in enumerate(((1, 6.0), (20, 4.0), (25, 9.0))):
        claim(session, learner, activity(session, title=f"A{n}"), credits=amount,
              completed_on=add_months(today, -months_ago))
    client = signed_in(app, learner)
    page = client.get("/credit")
    html, text = page.get_data(as_text=True), text_of(page)
    since = add_months(today, -24)
    assert f"10 of 40 credits completed since {since:%b} {since.day}, {since.year} (2 years): 25%." in text
    assert re.search(r'<progress class="target" max="160" value="40"', html)
    api = client.get(f"{PREFIX}/credit/me").get_json()
    assert (api["target_credits"], api["target_years"], api["towards_target"]) == (40, 2, 10)


def test_without_a_target_the_page_says_how_to_set_one(app, session, make_user):
    client = signed_in(app, make_user())
    text = text_of(client.get("/credit"))
    assert "You have not set a target" in text and "No credit yet" in text
    assert "Nothing waiting to be claimed" in text and "No claims yet" in text


def test_claimable_items_and_claims_link_where_they_are_claimed(app, session, make_user):
    host, learner = make_user(), make_user()
    waiting = attended(session, host, [learner], minutes=45, evaluated=False)
    done = claim(session, learner, activity(session, title="Earlier case conference"),
                 credits=1.0)
    html = signed_in(app, learner).get("/credit").get_data(as_text=True)
    assert f'href="/credit/activities/{waiting.id}">Heart failure journal club</a>' in html
    assert "up to 0.75 credits" in html and "claim by" in html
    assert "Evaluate the activity first." in html
    assert f'href="/credit/claims/{done.id}/certificate">Earlier case conference' in html
    assert done.code in html


def test_claims_are_listed_a_page_at_a_time(app, session, make_user):
    learner = make_user()
    for n in range(27):
        claim(session, learner, activity(session, title=f"Session {n:02d}"), credits=0.25,
              completed_on=date(2026, 1, 1) + timedelta(days=n))
    client = signed_in(app, learner)
    first, second = client.get("/credit").get_data(as_text=True), client.get(
        "/credit?page=2").get_data(as_text=True)
    assert "Session 26" in first and "Session 01" not in first and "Page 1 of 2" in first
    assert "Session 01" in second and "Session 00" in second and "Session 26" not in second


def test_the_api_answers_the_learners_own_figures(app, session, make_user, token_for):
    learner, other = make_user(), make_user()
    last_month = add_months(date.today().replace(day=1), -1)
    claim(session, learner, activity(session), credits=1.25, completed_on=last_month)
    claim(session, other, activity(session, title="Not mine"), credits=3)
    answer = signed_in(app, learner).get(f"{PREFIX}/credit/me",
                                         headers={"Authorization": f"Bearer {token_for(learner)}"})
    body = answer.get_json()
    assert answer.status_code == 200
    assert body["totals"] == [{"credit_type": "ama_pra_1", "name": "AMA PRA Category 1 Credit™",
                               "year": last_month.year, "credits": 1.25}]
    assert len(body["by_month"]) == 24
    assert body["by_month"][-2] == {"month": f"{last_month:%Y-%m}", "credits": 1.25}
    assert body["target_credits"] is None and body["towards_target"] == 1.25


# ---------------------------------------------------------------- the transcript


@pytest.fixture
def transcript_claims(session, make_user):
    learner = make_user(display_name="Zofia Łukasiewicz", credentials="MD")
    rows = [("=HYPERLINK(\"http://evil\")", date(2026, 1, 10), 1.5, "ama_pra_1"),
            ("Grand rounds: sepsis bundles", date(2026, 2, 3), 1.0, "ama_pra_1"),
            ("Nursing update", date(2026, 2, 20), 0.75, "participation"),
            ("Too early", date(2025, 12, 31), 2.0, "ama_pra_1"),
            ("Too late", date(2026, 3, 1), 2.0, "ama_pra_1")]
    claims = [claim(session, learner, activity(session, title=title), credits=credits,
                    credit_type=kind, completed_on=when)
              for title, when, credits, kind in rows]
    revoke(session, claim(session, learner, activity(session, title="Revoked one"),
                          credits=1.0, completed_on=date(2026, 2, 4)))
    return learner, claims


def test_transcript_csv_for_a_range(app, transcript_claims):
    learner, claims = transcript_claims
    response = signed_in(app, learner).get("/credit/transcript.csv?from=2026-01-01&to=2026-02-28")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.headers["Cache-Control"] == "private, no-store"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0] == exports.transcript_header()
    assert rows[1:4] == [
        ["2026-01-10", "'=HYPERLINK(\"http://evil\")", "Internet live course",
         "AMA PRA Category 1 Credit™", "1.5", claims[0].code],
        ["2026-02-03", "Grand rounds: sepsis bundles", "Internet live course",
         "AMA PRA Category 1 Credit™", "1", claims[1].code],
        ["2026-02-20", "Nursing update", "Internet live course", "Certificate of participation",
         "0.75", claims[2].code]]
    assert rows[4] == []
    assert rows[5:] == [["Total", "", "", "AMA PRA Category 1 Credit™", "2.5", ""],
                        ["Total", "", "", "Certificate of participation", "0.75", ""]]


def test_transcript_pdf_for_a_range(app, transcript_claims):
    learner, claims = transcript_claims
    response = signed_in(app, learner).get("/credit/transcript.pdf?from=2026-01-01&to=2026-02-28")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(
        io.BytesIO(response.data)).pages).split())
    assert "Zofia Łukasiewicz" in text and "1 January 2026 to 28 February 2026" in text
    # A code may wrap at one of its hyphens in its table cell: read the codes without spaces.
    codes = text.replace(" ", "")
    for row in claims[:3]:
        assert row.code in codes
    assert "Grand rounds: sepsis bundles" in text and "Nursing update" in text
    assert "Too early" not in text and "Too late" not in text and "Revoked one" not in text
    assert "Total" in text and "2.5" in text


def test_transcript_without_limits_and_with_a_reversed_range(app, transcript_claims):
    learner, _ = transcript_claims
    client = signed_in(app, learner)
    everything = client.get("/credit/transcript.csv?from=&to=").get_data(as_text=True)
    assert "Too early" in everything and "Too late" in everything
    assert "Revoked one" not in everything
    assert client.get("/credit/transcript.csv?from=2026-03-01&to=2026-01-01").status_code == 422
    assert client.get("/credit/transcript.pdf?from=yesterday").status_code == 422


# ---------------------------------------------------------------- the provider's reports


@pytest.fixture
def people(make_user):
    return {"learner": make_user(credentials="MD", display_name="Ada Lovelace"),
            "host": make_user(), "presenter": make_user(), "admin": make_user("admin"),
            "moderator": make_user("moderator"), "stranger": make_user()}


@pytest.fixture
def report_activity(session, people):
    """A session held with one presenter, one learner's claim and their identifiers."""
    row = held(session, people["host"], starts_at=datetime(2026, 3, 4, 18, tzinfo=UTC),
               presenters=(people["presenter"],))
    session.add(LearnerProfile(user_id=people["learner"].id, npi="1234567893",
                               licence_number="MD-99881", licence_state="Ohio",
                               birth_month=7, birth_day=14))
    session.commit()
    claim(session, people["learner"], row, credits=1.25)
    return row


def test_evaluations_are_hidden_under_five_responses_and_shown_at_five(app, session, people,
                                                                       report_activity):
    url = f"/credit/activities/{report_activity.id}/report"
    evaluations(session, report_activity, 4, biased=("Slides named one brand only",))
    host = signed_in(app, people["host"])
    for client in (host, signed_in(app, people["admin"])):
        text = text_of(client.get(url))
        assert "4 responses; shown from 5" in text
        assert "Objectives met" not in text and "Slides named one brand" not in text
    evaluations(session, report_activity, 1, biased=("A drug's trade name throughout",))
    page = host.get(url)
    text = text_of(page)
    assert "5 responses; shown from 5" not in text
    assert "Responses 5" in text and "Objectives met 4.0 of 5" in text
    assert "Relevance to practice 5.0 of 5" in text and "Overall 3.4 of 5" in text
    assert "Free of commercial bias 60% said so" in text
    html = page.get_data(as_text=True)
    # Alphabetical, not in the order they were sent; no per-response rows.
    assert html.index("A drug&#39;s trade name") < html.index("Slides named one brand")
    assert "2026-03-05" not in text


def test_the_host_sees_counts_and_never_learners_identifiers(app, session, people,
                                                             report_activity):
    url = f"/credit/activities/{report_activity.id}/report"
    office = text_of(signed_in(app, people["admin"]).get(url))
    for shown in ("Ada Lovelace", "1234567893", "MD-99881 (Ohio)", "07-14"):
        assert shown in office
    for who in ("host", "presenter"):
        page = signed_in(app, people[who]).get(url)
        text = text_of(page)
        assert page.status_code == 200
        assert "Learners 1 Physicians 1 Other learners 0 Credits awarded 1.25" in text
        assert "1.25 credits 1 learner" in text  # the distribution
        assert "3A Declarative knowledge, 4 Competence, 5 Performance" in text
        for hidden in ("Ada Lovelace", people["learner"].username, "1234567893", "MD-99881",
                       "07-14", "Learners and identifiers"):
            assert hidden not in text, (who, hidden)


def test_commitment_rate_and_follow_up_outcomes(app, session, people, report_activity,
                                                make_user):
    now = datetime.now(UTC)
    session.rollback()  # SQLite: no read transaction of ours while make_user writes
    others = [make_user(credentials="RN") for _ in range(5)]
    for user in others:
        claim(session, user, report_activity, credits=1.5, credit_type="participation")
    outcomes = ["implemented", "implemented", "partly", "not_yet", None]
    for user, outcome in zip([people["learner"], *others], outcomes, strict=False):
        session.add(Commitment(activity_id=report_activity.id, user_id=user.id,
                               statements=["Start SGLT2 inhibitors earlier"],
                               follow_up_due=now, follow_up_sent_at=now,
                               answered_at=now if outcome else None, outcome=outcome))
    session.commit()
    url = f"/credit/activities/{report_activity.id}/report"
    host = text_of(signed_in(app, people["host"]).get(url))
    assert "Commitments 5 (83% of learners)" in host
    assert "Followed up 5 Answered 4 (80% of those asked)" in host
    assert "Outcomes are shown from 5 answers." in host and "Implemented" not in host
    office = text_of(signed_in(app, people["admin"]).get(url))
    assert "Implemented 2 Partly 1 Not yet 1" in office
    assert "Learners 6 Physicians 1 Other learners 5 Credits awarded 8.75" in office
    assert "AMA PRA Category 1 Credit™ 1 1.25 Certificate of participation 5 7.5" in office


@pytest.fixture
def series_year(session, people, make_user):
    """A weekly series: three sessions in 2026 (two learners each), one in 2025."""
    series = SessionSeries(rule="weekly", count=4)
    session.add(series)
    session.commit()
    start = datetime(2026, 1, 8, 18, tzinfo=UTC)
    rows = [held(session, people["host"], starts_at=start + timedelta(weeks=n), series=series,
                 presenters=(people["presenter"],) if n == 0 else (),
                 support=n < 2, max_credits=1.5) for n in range(3)]
    rows[1].support_amount = "$500"
    earlier = held(session, people["host"], starts_at=datetime(2025, 12, 18, 18, tzinfo=UTC),
                   series=series)
    session.rollback()  # SQLite: no read transaction of ours while make_user writes
    nurse = make_user(credentials="RN", display_name="Dr. Maria de la Cruz, RN")
    session.add(LearnerProfile(user_id=nurse.id, licence_number="RN-1", birth_month=2,
                               birth_day=29))
    session.commit()
    for row in rows:
        claim(session, people["learner"], row, credits=1.5)
        claim(session, nurse, row, credits=1.0, credit_type="nursing")
    claim(session, nurse, earlier, credits=1.0, credit_type="nursing")
    return series, rows, earlier, nurse


def test_a_series_report_aggregates_its_year(app, session, people, series_year):
    series, rows, *_ = series_year
    url = f"/credit/series/{series.id}/report"
    host = signed_in(app, people["host"])
    session_report = f"/credit/activities/{rows[0].id}/report"
    assert f"/credit/series/{series.id}/report?year=2026" in host.get(session_report).get_data(
        as_text=True)
    assert "/credit/series/" not in signed_in(app, people["presenter"]).get(
        session_report).get_data(as_text=True)
    text = text_of(host.get(url))
    assert "the series in 2026" in text and "3 sessions designated for credit in 2026" in text
    assert "4.5 hours of instruction" in text
    assert "Learners 6 Physicians 3 Other learners 3 Credits awarded 7.5" in text
    assert "Maria" not in text
    older = text_of(host.get(f"{url}?year=2025"))
    assert "the series in 2025" in older and "Learners 1 Physicians 0 Other learners 1" in older
    assert host.get(f"{url}?year=2024").status_code == 404
    # Evaluations: the first session's five are shown on its own report; the second's two
    # would show as the series' figures minus the first's, so the series withholds them.
    session.rollback()
    evaluations(session, rows[0], 5)
    evaluations(session, rows[1], 2, score=1)
    text = text_of(host.get(url))
    assert "7 responses; shown from 5 (withheld here" in text
    evaluations(session, rows[1], 3, score=1)
    text = text_of(host.get(url))
    assert "Responses 10" in text and "Objectives met 2.5 of 5" in text
    # The office sees the roster.
    office = text_of(signed_in(app, people["admin"]).get(url))
    assert "Dr. Maria de la Cruz, RN" in office and "RN-1" in office


# ---------------------------------------------------------------- accreditor files


def tsv_rows(response) -> list[list[str]]:
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    assert response.headers["Content-Type"] == "text/tab-separated-values; charset=utf-8"
    body = response.get_data(as_text=True)
    assert body.endswith("\r\n")
    return [line.split("\t") for line in body.split("\r\n")[:-1]]


def test_pars_files_make_one_rss_row_of_a_series_and_a_row_per_learner(
        app, session, people, series_year, make_user):
    series, rows, *_ = series_year
    single = held(session, people["host"], starts_at=datetime(2026, 5, 2, 14, tzinfo=UTC),
                  title="=Tumor board\tspecial\nedition", max_credits=2)
    claim(session, people["learner"], single, credits=2)
    session.rollback()
    revoked = make_user(credentials="DO")
    revoke(session, claim(session, revoked, single, credits=2))
    claim(session, people["presenter"], rows[0], credits=3, source="teaching")
    session.add(Commitment(activity_id=rows[0].id, user_id=people["learner"].id,
                           statements=["Check potassium"], follow_up_due=datetime.now(UTC),
                           answered_at=datetime.now(UTC), outcome="implemented"))
    session.commit()
    office = signed_in(app, people["admin"])

    activities = tsv_rows(office.get("/credit/admin/pars/activities.tsv?year=2026"))
    assert activities[0] == exports.PARS_ACTIVITY_HEADER
    by_id = {row[0]: dict(zip(activities[0], row, strict=True)) for row in activities[1:]}
    assert set(by_id) == {f"series-{series.id}-2026", f"activity-{single.id}"}
    rss = by_id[f"series-{series.id}-2026"]
    assert rss == {
        "Activity ID": f"series-{series.id}-2026", "Activity title": "Heart failure journal club",
        "Activity type": "Regularly scheduled series", "Start date": "2026-01-08",
        "End date": "2026-01-22", "Hours of instruction": "4.5", "Physician learners": "3",
        "Other learners": "3", "Commercial support received": "Yes",
        "Commercial support amount": "$5,500", "Commercial support source": "An educational grant",
        "Designed to change competence": "Yes", "Designed to change performance": "Yes",
        "Designed to change patient outcomes": "No", "Changes in competence evaluated": "Yes",
        "Changes in performance evaluated": "Yes",
        "Changes in patient outcomes evaluated": "No", "Sessions": "3"}
    live = by_id[f"activity-{single.id}"]
    # Tabs and line breaks flattened, a formula defused; the revoked claim is no learner.
    assert live["Activity title"] == "'=Tumor board special edition"
    assert (live["Activity type"], live["Physician learners"], live["Other learners"],
            live["Commercial support received"], live["Hours of instruction"]) == (
        "Internet live course", "1", "0", "No", "2")

    learners = tsv_rows(office.get("/credit/admin/pars/learners.tsv?year=2026"))
    assert learners[0] == exports.PARS_LEARNER_HEADER
    found = [dict(zip(learners[0], row, strict=True)) for row in learners[1:]]
    assert len(found) == 7  # 3 sessions × 2 learners + the single activity; no teaching
    nurse_rows = [r for r in found if r["Learner last name"] == "de la Cruz"]
    assert len(nurse_rows) == 3 and {r["Activity ID"] for r in nurse_rows} == {
        f"series-{series.id}-2026"}
    assert nurse_rows[0] | {} == {
        "Activity ID": f"series-{series.id}-2026", "Learner first name": "Maria",
        "Learner last name": "de la Cruz", "NPI": "", "Licence number": "RN-1",
        "Licence state": "", "NABP e-Profile ID": "", "Birth month": "2", "Birth day": "29",
        "Completion date": "2026-01-08", "Credits": "1", "Credit type": "Nursing contact hours",
        "Credential": "RN"}
    ada = [r for r in found if r["Learner last name"] == "Lovelace"]
    assert sorted(r["Credits"] for r in ada) == ["1.5", "1.5", "1.5", "2"]
    older = tsv_rows(office.get("/credit/admin/pars/learners.tsv?year=2025"))
    assert [r[0] for r in older[1:]] == [f"series-{series.id}-2025"]


@pytest.mark.parametrize(("display", "first", "last"), [
    ("Dr Ada Lovelace", "Ada", "Lovelace"),
    ("Jane Doe, MD", "Jane", "Doe"),
    ("Prof. Ludwig van Beethoven", "Ludwig", "van Beethoven"),
    ("María José García López", "María José García", "López"),
    ("Martin Luther King Jr.", "Martin Luther", "King Jr."),
    ("Dr Member7", "", "Member7"),
    ("Kofi Annan MD", "Kofi", "Annan"),
])
def test_names_are_split_for_the_learners_file(display, first, last):
    assert exports.split_name(display) == (first, last)


def test_the_office_page_lists_the_year_and_links_the_files(app, session, people,
                                                            series_year, report_activity):
    series, *_ = series_year
    page = signed_in(app, people["admin"]).get("/credit/admin/reports?year=2026")
    html, text = page.get_data(as_text=True), text_of(page)
    assert page.status_code == 200
    assert "/credit/admin/pars/activities.tsv?year=2026" in html
    assert "/credit/admin/pars/learners.tsv?year=2026" in html
    assert f"/credit/series/{series.id}/report?year=2026" in html
    assert f"/credit/activities/{report_activity.id}/report" in html
    assert "Heart failure journal club from Jan 8, 2026 · Regularly scheduled series · " \
        "3 sessions · 6 learners" in text
    assert '<option value="2025">' in html


# ---------------------------------------------------------------- xAPI


def test_xapi_statements_of_a_session_and_of_an_assessment(app, session, people, token_for):
    admin_token = token_for(people["admin"])
    learner, absent = people["learner"], people["stranger"]
    live = attended(session, people["host"], [learner, absent], minutes=50)
    session.execute(AttendanceInterval.__table__.delete().where(
        AttendanceInterval.user_id == absent.id))
    session.commit()
    done = claim(session, learner, live, credits=0.75)
    headers = {"Authorization": f"Bearer {admin_token}"}
    client = app.test_client()
    answer = client.get(f"{PREFIX}/credit/activities/{live.id}/xapi", headers=headers)
    assert answer.status_code == 200
    statements = answer.get_json()
    assert [s["verb"]["id"].rsplit("/", 1)[1] for s in statements] == ["attended", "completed"]
    attended_, completed = statements
    iri = f"{BASE_URL}/credit/activities/{live.id}"
    for s in statements:
        assert s["version"] == "1.0.3" and uuid.UUID(s["id"])
        assert s["actor"] == {"objectType": "Agent",
                              "account": {"homePage": BASE_URL, "name": str(learner.id)}}
        assert s["object"]["id"] == iri and s["object"]["objectType"] == "Activity"
        assert s["object"]["definition"]["name"] == {"en-US": "Heart failure journal club"}
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", s["timestamp"])
        assert "mbox" not in str(s) and learner.email not in str(s)
    assert attended_["result"] == {"duration": "PT50M"}
    assert completed["result"] == {"completion": True,
                                   "extensions": {f"{BASE_URL}/xapi/credits": 0.75}}
    assert completed["timestamp"] == live.ends_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    again = client.get(f"{PREFIX}/credit/activities/{live.id}/xapi", headers=headers)
    assert [s["id"] for s in again.get_json()] == [s["id"] for s in statements]
    assert done.code not in answer.get_data(as_text=True)

    journal = activity(session, kind="journal", title="Case write-up: a rash")
    at = datetime(2026, 4, 2, 9, 30, tzinfo=UTC)
    session.add_all([AssessmentAttempt(activity_id=journal.id, user_id=learner.id,
                                       answers=[1, 0], score=50, passed=False, created_at=at),
                     AssessmentAttempt(activity_id=journal.id, user_id=learner.id,
                                       answers=[1, 1], score=100, passed=True,
                                       created_at=at + timedelta(minutes=5))])
    session.commit()
    claim(session, learner, journal, credits=1, source="assessment", completed_on=at.date())
    statements = client.get(f"{PREFIX}/credit/activities/{journal.id}/xapi",
                            headers=headers).get_json()
    assert sorted(s["verb"]["display"]["en-US"] for s in statements) == ["completed", "passed"]
    score = {"scaled": 1.0, "raw": 100, "min": 0, "max": 100}
    assert all(s["result"]["score"] == score and s["result"]["success"] is True
               for s in statements)
    assert {s["timestamp"] for s in statements} == {"2026-04-02T09:35:00Z"}
    assert statements[0]["object"]["definition"]["type"] == \
        "http://adlnet.gov/expapi/activities/assessment"


# ---------------------------------------------------------------- who reaches what


@pytest.mark.parametrize("role", ["learner", "host", "presenter", "admin", "office member",
                                  "moderator", "stranger", "anonymous"])
def test_authorization_matrix(app, session, make_user, token_for, people, series_year, role):
    """Pages: 200 for who may read, 403 for an activity or series one sees but may not report
    on (as the attendance report answers) and for the office's pages, 404 for an activity one
    cannot see at all, the sign-in page for the anonymous. API: 401 without a token."""
    series, rows, *_ = series_year
    session.rollback()
    office_member = make_user()
    session.add(CreditAdministrator(user_id=office_member.id))
    session.commit()
    people = {**people, "office member": office_member}
    hidden = held(session, people["host"], starts_at=datetime(2026, 6, 1, tzinfo=UTC),
                  opened=False)
    expected = {  # own pages, activity report, series report, office pages, xAPI
        "learner": (200, 403, 403, 403, 403), "host": (200, 200, 200, 403, 403),
        "presenter": (200, 200, 403, 403, 403), "admin": (200, 200, 200, 200, 200),
        "office member": (200, 200, 200, 200, 200), "moderator": (200, 403, 403, 403, 403),
        "stranger": (200, 403, 403, 403, 403), "anonymous": (302, 302, 302, 302, 401)}[role]
    groups = [("/credit", "/credit/transcript.csv", "/credit/transcript.pdf"),
              (f"/credit/activities/{rows[0].id}/report",),
              (f"/credit/series/{series.id}/report",),
              ("/credit/admin/reports", "/credit/admin/pars/activities.tsv?year=2026",
               "/credit/admin/pars/learners.tsv?year=2026")]
    if role == "anonymous":
        client, headers = app.test_client(), {}
    else:
        client = signed_in(app, people[role])
        headers = {"Authorization": f"Bearer {token_for(people[role])}"}
    for urls, status in zip(groups, expected, strict=False):
        for url in urls:
            response = client.get(url)
            assert response.status_code == status, (role, url, response.status_code)
            if status == 302:
                assert "/login" in response.headers["Location"]
    xapi = app.test_client().get(f"{PREFIX}/credit/activities/{rows[0].id}/xapi",
                                 headers=headers)
    assert xapi.status_code == expected[4], (role, xapi.get_data(as_text=True)[:300])
    me = app.test_client().get(f"{PREFIX}/credit/me", headers=headers)
    assert me.status_code == (401 if role == "anonymous" else 200)
    # An activity (and a series) one cannot see at all is not found, not forbidden.
    unseen = 404 if role in ("learner", "presenter", "moderator", "stranger") else None
    if role == "moderator":
        unseen = 403  # site moderators see every board's planned sessions
    if unseen:
        assert client.get(f"/credit/activities/{hidden.id}/report").status_code == unseen
        assert app.test_client().get(f"{PREFIX}/credit/activities/{hidden.id}/xapi",
                                     headers=headers).status_code == unseen
    assert client.get("/credit/activities/999999/report").status_code == (
        302 if role == "anonymous" else 404)
    assert client.get("/credit/series/999999/report").status_code == (
        302 if role == "anonymous" else 404)
    assert policy.MIN_RESPONSES == 5


def test_the_credit_page_costs_the_same_queries_for_3_or_30_claims(app, session, make_user):
    """Totals, months and target are grouped in SQL and the claims are a page of columns: the
    number of queries does not grow with the ledger (no per-claim loads)."""
    learner = make_user()
    client = signed_in(app, learner)

    def queries() -> int:
        seen = []

        def count(*_args) -> None:
            seen.append(1)

        event.listen(database.engine, "before_cursor_execute", count)
        try:
            assert client.get("/credit").status_code == 200
        finally:
            event.remove(database.engine, "before_cursor_execute", count)
        return len(seen)

    def add(n: int, offset: int) -> None:
        for k in range(n):
            claim(session, learner, activity(session, title=f"A{offset + k}"), credits=0.5,
                  completed_on=date.today() - timedelta(days=40 * (offset + k)))

    add(3, 0)
    queries()  # the day's first visit writes the member's standing once
    few = queries()
    add(27, 3)
    assert queries() == few


def test_the_api_answers_keep_the_documented_contract(api, session, people, token_for,
                                                      report_activity):
    """Every answer of the two operations is one the OpenAPI document describes (ApiClient
    checks the status and validates the body against the schema)."""
    admin, learner = token_for(people["admin"]), token_for(people["learner"])
    url = f"{PREFIX}/credit/activities/{report_activity.id}/xapi"
    statements = api.open("get", url, token=admin, expect=200).get_json()
    assert [s["verb"]["display"]["en-US"] for s in statements] == ["completed"]
    api.open("get", url, token=learner, expect=403)
    api.open("get", url, expect=401)
    api.open("get", f"{PREFIX}/credit/activities/999999/xapi", token=admin, expect=404)
    api.open("get", f"{PREFIX}/credit/activities/99999999999/xapi", token=admin, expect=404)
    mine = api.open("get", f"{PREFIX}/credit/me", token=learner, expect=200).get_json()
    assert mine["totals"][0]["credits"] == 1.25
    api.open("get", f"{PREFIX}/credit/me", expect=401)
