"""The provider's credit reports through the JSON API: an activity's and a series' reports, the
credit office's year and the accreditor rows give what the pages and the TSV files give (each
answer is compared with the page or file a browser gets for the same reader), evaluations
from five responses on, learners' names and identifiers for the credit office only, and the
pages' permissions (404 for what one may not see, 403 for what one sees but may not report
on, 401 without a token). The `api` fixture checks every answer against the OpenAPI
document."""
from __future__ import annotations

import html as markup
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from community.credit import policy
from community.credit.models import Commitment, CreditAdministrator, Evaluation, LearnerProfile
from realtime.sessions.models import LiveSession, SessionPresenter, SessionSeries
from tests.support.api import PREFIX
from tests.support.credit import activity, claim
from tests.support.sessions import board
from tests.support.web import login

ROLES = ("learner", "host", "presenter", "office", "office member", "moderator", "stranger")


# ---------------------------------------------------------------- arrangements


def held(session, host, *, starts_at: datetime, series: SessionSeries | None = None,
         presenters=(), opened: bool = True, title: str = "Heart failure journal club"):
    """A session that took place (its registration opened unless told), designated for
    1.5 credits."""
    live = LiveSession(board_id=board(session).id, host_id=host.id, kind="journal_club",
                       title=title, starts_at=starts_at, ends_at=starts_at + timedelta(hours=1),
                       capacity=50, state="ended", started_at=starts_at,
                       ended_at=starts_at + timedelta(hours=1),
                       series_id=series.id if series else None,
                       registration_opened_at=starts_at - timedelta(days=7) if opened else None)
    session.add(live)
    session.flush()
    session.add_all(SessionPresenter(session_id=live.id, user_id=p.id) for p in presenters)
    session.commit()
    row = activity(session, title=title, kind="series" if series else "live",
                   session_id=live.id, series_id=live.series_id, starts_at=starts_at)
    row.key = f"session:{live.id}"
    session.commit()
    return row


def evaluate(session, the_activity, count: int, *, biased: tuple[str, ...] = ()) -> None:
    """`count` evaluations: objectives 4, relevance 5, overall 3 and 4 in turn; the first
    ones say what seemed biased."""
    for n in range(count):
        comment = biased[n] if n < len(biased) else ""
        session.add(Evaluation(activity_id=the_activity.id, objectives_met=4, relevance=5,
                               free_of_bias=not comment, bias_comment=comment,
                               overall=3 + n % 2, submitted_on=date(2026, 3, 5)))
    session.commit()


def commit_to_change(session, the_activity, user, outcome: str | None) -> Commitment:
    now = datetime.now(UTC)
    row = Commitment(activity_id=the_activity.id, user_id=user.id,
                     statements=["Start SGLT2 inhibitors earlier"], follow_up_due=now,
                     follow_up_sent_at=now, answered_at=now if outcome else None,
                     outcome=outcome)
    session.add(row)
    session.commit()
    return row


@pytest.fixture
def people(session, make_user):
    office_member = make_user()
    session.add(CreditAdministrator(user_id=office_member.id))
    session.commit()
    return {"learner": make_user(credentials="MD", display_name="Ada Lovelace"),
            "host": make_user(), "presenter": make_user(), "office": make_user("admin"),
            "office member": office_member, "moderator": make_user("moderator"),
            "stranger": make_user(),
            "nurses": [make_user(credentials="RN", display_name=f"Nurse {n}") for n in range(4)]}


@pytest.fixture
def tokens(people, token_for):
    return {role: token_for(people[role]) for role in ROLES}


@pytest.fixture
def browsers(app, people):
    """A signed-in browser per role, and one signed in as nobody."""
    found = {"anonymous": app.test_client()}
    for role in ROLES:
        found[role] = app.test_client()
        login(found[role], people[role])
    return found


@pytest.fixture
def report(session, people):
    """A session with a presenter: Ada (MD, with her identifiers) claimed 1.25 AMA credits,
    four nurses 1.5 participation credits each; five commitments, four followed-up answers."""
    row = held(session, people["host"], starts_at=datetime(2026, 3, 4, 18, tzinfo=UTC),
               presenters=(people["presenter"],))
    session.add(LearnerProfile(user_id=people["learner"].id, npi="1234567893",
                               licence_number="MD-99881", licence_state="Ohio",
                               birth_month=7, birth_day=14))
    session.commit()
    claim(session, people["learner"], row, credits=1.25)
    for nurse in people["nurses"]:
        claim(session, nurse, row, credits=1.5, credit_type="participation")
    learners = [people["learner"], *people["nurses"]]
    for user, outcome in zip(learners, ["implemented", "implemented", "partly", "not_yet", None],
                             strict=True):
        commit_to_change(session, row, user, outcome)
    return row


@pytest.fixture
def series_year(session, people):
    """A weekly series: three sessions in 2026 (Ada and a nurse each), one in 2025."""
    series = SessionSeries(rule="weekly", count=4)
    session.add(series)
    session.commit()
    start = datetime(2026, 1, 8, 18, tzinfo=UTC)
    rows = [held(session, people["host"], starts_at=start + timedelta(weeks=n), series=series,
                 presenters=(people["presenter"],) if n == 0 else ()) for n in range(3)]
    earlier = held(session, people["host"], starts_at=datetime(2025, 12, 18, 18, tzinfo=UTC),
                   series=series)
    nurse = people["nurses"][0]
    session.add(LearnerProfile(user_id=nurse.id, licence_number="RN-1", birth_month=2,
                               birth_day=29))
    session.commit()
    for row in rows:
        claim(session, people["learner"], row, credits=1.5)
        claim(session, nurse, row, credits=1.0, credit_type="nursing")
    claim(session, nurse, earlier, credits=1.0, credit_type="nursing")
    return series, rows, earlier


# ---------------------------------------------------------------- the page, read from the answer


def text_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return markup.unescape(" ".join(re.sub(r"<[^>]+>", " ", response.get_data(
        as_text=True)).split()))


def amount(credits: float) -> str:
    return f"{credits:g}"


def percent(share: float) -> str:
    return f"{round(share * 100)}%"


def plural(count: float, word: str) -> str:
    return f"{amount(count)} {word}{'' if count == 1 else 's'}"


def _learner_phrase(row: dict) -> str:
    licence = row["licence_number"] or "—"
    if row["licence_number"] and row["licence_state"]:
        licence += f" ({row['licence_state']})"
    birth = f"{row['birth_month']:02d}-{row['birth_day']:02d}" if row["birth_month"] else "—"
    return (f"{row['name']} @{row['username']} {row['credential']} {row['credit_type_name']} "
            f"{amount(row['credits'])} {row['completed_on']} {row['code']} "
            f"{row['npi'] or '—'} {licence} {row['nabp_eprofile_id'] or '—'} {birth}")


def _evaluation_phrases(e: dict) -> list[str]:
    if e["withheld"]:
        return [f"{plural(e['responses'], 'response')}; shown from {e['minimum']}"]
    return [f"Responses {e['responses']} Objectives met {e['objectives_met']:.1f} of 5 "
            f"Relevance to practice {e['relevance']:.1f} of 5 Overall {e['overall']:.1f} of 5 "
            f"Free of commercial bias {percent(e['free_of_bias'])} said so",
            *e["bias_comments"]]


def _follow_up_phrases(c: dict) -> list[str]:
    rate, share = c["commitment_rate"], c["answered_share"]
    rate = "" if rate is None else f" ({percent(rate)} of learners)"
    share = "" if share is None else f" ({percent(share)} of those asked)"
    found = [f"Commitments {c['commitments']}{rate} Followed up {c['asked']} "
             f"Answered {c['answered']}{share}"]
    if c["withheld"]:
        return [*found, "Outcomes are shown from 5 answers."]
    o = c["outcomes"]
    if not c["answered"]:  # nothing answered: the page shows no table of zeros
        assert o == {"implemented": 0, "partly": 0, "not_yet": 0}
        return found
    return [*found, f"Implemented {o['implemented']} Partly {o['partly']} Not yet {o['not_yet']}"]


def page_phrases(f: dict) -> list[str]:
    """What the report page says, written from the API's figures."""
    return [f"Learners {f['learners']} Physicians {f['physicians']} Other learners "
            f"{f['others']} Credits awarded {amount(f['credits'])}",
            *(f"{t['name']} {t['learners']} {amount(t['credits'])}" for t in f["by_type"]),
            *(f"{plural(d['credits'], 'credit')} {plural(d['learners'], 'learner')}"
              for d in f["distribution"]),
            *_evaluation_phrases(f["evaluations"]), *_follow_up_phrases(f["follow_ups"]),
            *(_learner_phrase(row) for row in f.get("learner_rows", []))]


def assert_same_as_page(page: str, figures: dict) -> None:
    for phrase in page_phrases(figures):
        assert phrase in page, phrase
    assert ("Learners and identifiers" in page) is figures["full"] is ("learner_rows" in figures)
    assert ("This report gives counts" in page) is not figures["full"]


# ---------------------------------------------------------------- an activity's report


def test_the_activity_report_gives_the_pages_figures(api, session, people, tokens, browsers,
                                                     report):
    evaluate(session, report, 5, biased=("Slides named one brand only",
                                         "A drug's trade name throughout"))
    url = f"/credit/activities/{report.id}/report"
    for role in ("host", "presenter", "office", "office member"):
        answer = api.get(PREFIX + url, token=tokens[role], expect=200).get_json()
        page = text_of(browsers[role].get(url))
        f = answer["figures"]
        assert_same_as_page(page, f)
        a = answer["activity"]
        assert (a["id"], a["title"], a["format"], a["max_credits"], a["moore_levels"]) == (
            report.id, "Heart failure journal club", "Internet live course", 1.5,
            ["3A", "4", "5"])
        assert f"{a['format']} · " in page and "designated for up to 1.5 credits" in page
        assert answer["series_report"] is None and a["series_id"] is None
        # The values themselves, not only their agreement with the page.
        assert (f["learners"], f["physicians"], f["others"], f["credits"]) == (5, 1, 4, 7.25)
        assert f["by_type"] == [
            {"name": "AMA PRA Category 1 Credit™", "learners": 1, "credits": 1.25},
            {"name": "Certificate of participation", "learners": 4, "credits": 6.0}]
        assert f["distribution"] == [{"credits": 1.25, "learners": 1},
                                     {"credits": 1.5, "learners": 4}]
        assert f["evaluations"] == {
            "responses": 5, "minimum": policy.MIN_RESPONSES, "withheld": False,
            "objectives_met": 4.0, "relevance": 5.0, "overall": pytest.approx(3.4),
            "free_of_bias": 0.6,
            # Alphabetical, never in the order they were sent.
            "bias_comments": ["A drug's trade name throughout", "Slides named one brand only"]}
        c = f["follow_ups"]
        assert (c["commitments"], c["commitment_rate"], c["asked"], c["answered"],
                c["answered_share"]) == (5, 1.0, 5, 4, 0.8)


def test_names_and_identifiers_only_for_the_credit_office(api, people, tokens, report):
    url = f"{PREFIX}/credit/activities/{report.id}/report"
    ada = people["learner"]
    for role in ("office", "office member"):
        figures = api.get(url, token=tokens[role], expect=200).get_json()["figures"]
        assert figures["full"] is True
        rows = figures["learner_rows"]
        assert [r["name"] for r in rows] == ["Ada Lovelace", "Nurse 0", "Nurse 1", "Nurse 2",
                                             "Nurse 3"]
        assert rows[0] | {"claim_id": 0, "code": ""} == {
            "claim_id": 0, "user_id": ada.id, "name": "Ada Lovelace",
            "username": ada.username, "credential": "MD", "credit_type": "ama_pra_1",
            "credit_type_name": "AMA PRA Category 1 Credit™", "credits": 1.25,
            "completed_on": "2026-03-04", "code": "", "npi": "1234567893",
            "licence_number": "MD-99881", "licence_state": "Ohio", "nabp_eprofile_id": None,
            "birth_month": 7, "birth_day": 14}
    for role in ("host", "presenter"):
        answer = api.get(url, token=tokens[role], expect=200)
        body = answer.get_data(as_text=True)
        assert answer.get_json()["figures"]["full"] is False
        assert "learner_rows" not in answer.get_json()["figures"]
        for hidden in ("Ada Lovelace", ada.username, "Nurse 0", "1234567893", "MD-99881"):
            assert hidden not in body, (role, hidden)


def test_evaluations_are_withheld_at_four_and_shown_at_five(api, session, tokens, browsers,
                                                            report):
    url = f"/credit/activities/{report.id}/report"
    evaluate(session, report, 4, biased=("Slides named one brand only",))
    for role in ("host", "office"):
        answer = api.get(PREFIX + url, token=tokens[role], expect=200)
        assert answer.get_json()["figures"]["evaluations"] == {
            "responses": 4, "minimum": 5, "withheld": True}
        assert "Slides named one brand" not in answer.get_data(as_text=True)
        assert_same_as_page(text_of(browsers[role].get(url)), answer.get_json()["figures"])
    evaluate(session, report, 1)
    for role in ("host", "office"):
        figures = api.get(PREFIX + url, token=tokens[role], expect=200).get_json()["figures"]
        e = figures["evaluations"]
        assert (e["responses"], e["withheld"], e["objectives_met"], e["free_of_bias"],
                e["bias_comments"]) == (5, False, 4.0, 0.8, ["Slides named one brand only"])
        assert_same_as_page(text_of(browsers[role].get(url)), figures)


def test_follow_up_outcomes_reach_hosts_from_five_answers(api, session, people, tokens,
                                                          browsers, report):
    url = f"/credit/activities/{report.id}/report"
    host = api.get(PREFIX + url, token=tokens["host"], expect=200).get_json()["figures"]
    assert host["follow_ups"]["withheld"] is True and "outcomes" not in host["follow_ups"]
    assert_same_as_page(text_of(browsers["host"].get(url)), host)
    office = api.get(PREFIX + url, token=tokens["office"], expect=200).get_json()["figures"]
    assert office["follow_ups"]["withheld"] is False
    assert office["follow_ups"]["outcomes"] == {"implemented": 2, "partly": 1, "not_yet": 1}
    last = session.scalar(select(Commitment).where(Commitment.activity_id == report.id,
                                                   Commitment.outcome.is_(None)))
    last.answered_at, last.outcome = datetime.now(UTC), "partly"
    session.commit()
    host = api.get(PREFIX + url, token=tokens["host"], expect=200).get_json()["figures"]
    assert host["follow_ups"]["outcomes"] == {"implemented": 2, "partly": 2, "not_yet": 1}
    assert_same_as_page(text_of(browsers["host"].get(url)), host)


# ---------------------------------------------------------------- a series' report


def test_the_series_report_gives_the_pages_figures(api, session, tokens, browsers,
                                                   series_year):
    series, rows, _ = series_year
    url = f"/credit/series/{series.id}/report"
    for role in ("host", "office"):
        answer = api.get(PREFIX + url, token=tokens[role], expect=200).get_json()
        page = text_of(browsers[role].get(url))
        assert_same_as_page(page, answer["figures"])
        assert (answer["year"], answer["years"], answer["hours_of_instruction"]) == (
            2026, [2026, 2025], 4.5)
        assert f"the series in {answer['year']}" in page
        assert f"{len(answer['sessions'])} sessions designated for credit in 2026" in page
        assert f"{amount(answer['hours_of_instruction'])} hours of instruction" in page
        assert [s["activity_id"] for s in answer["sessions"]] == [r.id for r in rows]
        for s in answer["sessions"]:
            assert f"{s['title']} {s['learners']} {amount(s['credits'])} {s['responses']}" \
                in page
            assert s["report"] == f"{PREFIX}/credit/activities/{s['activity_id']}/report"
        f = answer["figures"]
        assert (f["learners"], f["physicians"], f["others"], f["credits"]) == (6, 3, 3, 7.5)
        assert ("learner_rows" in f) is (role == "office")
    older = api.get(f"{PREFIX}{url}?year=2025", token=tokens["host"], expect=200).get_json()
    assert older["year"] == 2025 and older["figures"]["learners"] == 1
    assert_same_as_page(text_of(browsers["host"].get(f"{url}?year=2025")), older["figures"])
    api.get(f"{PREFIX}{url}?year=2024", token=tokens["host"], expect=404)
    api.get(f"{PREFIX}{url}?year=1999", token=tokens["host"], expect=422)
    api.get(f"{PREFIX}{url}?year=soon", token=tokens["host"], expect=422)
    # An unknown series stays a 404 whatever its query says; a forbidden one a 403.
    api.get(f"{PREFIX}/credit/series/999999/report?year=soon", token=tokens["host"],
            expect=404)
    api.get(f"{PREFIX}{url}?year=soon", token=tokens["presenter"], expect=403)
    # The session's report links the series' report of its year, for whom the page does.
    session_report = f"{PREFIX}/credit/activities/{rows[0].id}/report"
    assert api.get(session_report, token=tokens["host"]).get_json()["series_report"] == \
        f"{PREFIX}{url}?year=2026"
    assert api.get(session_report, token=tokens["presenter"]).get_json()[
        "series_report"] is None


def test_the_series_withholds_evaluations_its_sessions_would_give_away(api, session, tokens,
                                                                       browsers, series_year):
    series, rows, _ = series_year
    url = f"/credit/series/{series.id}/report"
    evaluate(session, rows[0], 5)
    evaluate(session, rows[1], 2)
    figures = api.get(PREFIX + url, token=tokens["host"], expect=200).get_json()["figures"]
    assert figures["evaluations"] == {"responses": 7, "minimum": 5, "withheld": True}
    page = text_of(browsers["host"].get(url))
    assert_same_as_page(page, figures)
    assert "(withheld here" in page
    evaluate(session, rows[1], 3)
    figures = api.get(PREFIX + url, token=tokens["host"], expect=200).get_json()["figures"]
    assert figures["evaluations"]["withheld"] is False
    assert figures["evaluations"]["responses"] == 10
    assert_same_as_page(text_of(browsers["host"].get(url)), figures)


# ---------------------------------------------------------------- the credit office's year


def test_the_office_year_lists_what_the_office_page_lists(api, tokens, browsers, series_year,
                                                          report):
    series, *_ = series_year
    answer = api.get(f"{PREFIX}/credit/admin/activities?year=2026", token=tokens["office"],
                     expect=200).get_json()
    page = browsers["office"].get("/credit/admin/reports?year=2026")
    html, text = page.get_data(as_text=True), text_of(page)
    assert answer["year"] == 2026 and answer["years"][0] == date.today().year
    assert all(f'<option value="{y}"' in html for y in answer["years"])
    assert [(e["series_id"], e["activity_id"]) for e in answer["items"]] == [
        (series.id, None), (None, report.id)]
    for e in answer["items"]:
        when = datetime.fromisoformat(e["starts_at"])
        assert (f"{e['title']} {'from ' if e['series_id'] else ''}{when:%b} {when.day}, {when.year} · "
                f"{e['format']} · {plural(e['sessions'], 'session')} · "
                f"{plural(e['learners'], 'learner')}") in text
        assert e["report"].removeprefix(PREFIX) in html
    assert answer["items"][0] | {"starts_at": None} == {
        "title": "Heart failure journal club", "kind": "series",
        "format": "Regularly scheduled series", "activity_id": None, "series_id": series.id,
        "starts_at": None, "sessions": 3, "learners": 6,
        "report": f"{PREFIX}/credit/series/{series.id}/report?year=2026"}
    older = api.get(f"{PREFIX}/credit/admin/activities?year=2025", token=tokens["office"],
                    expect=200).get_json()
    assert [(e["series_id"], e["learners"]) for e in older["items"]] == [(series.id, 1)]
    this_year = api.get(f"{PREFIX}/credit/admin/activities", token=tokens["office"],
                        expect=200).get_json()
    assert this_year["year"] == date.today().year


def tsv_rows(response) -> list[list[str]]:
    assert response.status_code == 200
    return [line.split("\t") for line in response.get_data(as_text=True).split("\r\n")[:-1]]


def as_cell(value: object) -> str:
    """A JSON value as the TSV file writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return amount(value) if isinstance(value, float) else str(value)


def snake(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", header.lower()).strip("_")


@pytest.mark.parametrize("year", [2026, 2025])
def test_pars_rows_are_the_tsv_files_rows(api, session, people, tokens, browsers, series_year,
                                          report, year):
    for name in ("activities", "learners"):
        answer = api.get(f"{PREFIX}/credit/admin/pars/{name}?year={year}",
                         token=tokens["office member"], expect=200).get_json()
        header, *rows = tsv_rows(browsers["office"].get(
            f"/credit/admin/pars/{name}.tsv?year={year}"))
        assert answer["year"] == year
        keys = [snake(h) for h in header]
        assert [{k: as_cell(v) for k, v in item.items()} for item in answer["items"]] == [
            dict(zip(keys, row, strict=True)) for row in rows]
        assert len(rows) == {("activities", 2026): 2, ("activities", 2025): 1,
                             ("learners", 2026): 11, ("learners", 2025): 1}[name, year]


def test_pars_rows_are_typed(api, tokens, series_year, report):
    series, *_ = series_year
    activities = api.get(f"{PREFIX}/credit/admin/pars/activities?year=2026",
                         token=tokens["office"], expect=200).get_json()["items"]
    rss = activities[0]
    assert (rss["activity_id"], rss["activity_type"], rss["start_date"], rss["end_date"],
            rss["hours_of_instruction"], rss["physician_learners"], rss["other_learners"],
            rss["commercial_support_received"], rss["commercial_support_amount"],
            rss["designed_to_change_competence"], rss["sessions"]) == (
        f"series-{series.id}-2026", "Regularly scheduled series", "2026-01-08", "2026-01-22",
        4.5, 3, 3, False, None, True, 3)
    learners = api.get(f"{PREFIX}/credit/admin/pars/learners?year=2026",
                       token=tokens["office"], expect=200).get_json()["items"]
    ada = next(r for r in learners if r["activity_id"] == f"activity-{report.id}"
               and r["learner_last_name"] == "Lovelace")
    assert ada == {"activity_id": f"activity-{report.id}", "learner_first_name": "Ada",
                   "learner_last_name": "Lovelace", "npi": "1234567893",
                   "licence_number": "MD-99881", "licence_state": "Ohio",
                   "nabp_e_profile_id": None, "birth_month": 7, "birth_day": 14,
                   "completion_date": "2026-03-04", "credits": 1.25,
                   "credit_type": "AMA PRA Category 1 Credit™", "credential": "MD"}


# ---------------------------------------------------------------- who reaches what


PAGE_OF = {"activity": "/credit/activities/{activity}/report",
           "hidden": "/credit/activities/{hidden}/report",
           "series": "/credit/series/{series}/report",
           "office year": "/credit/admin/reports?year=2026",
           "pars activities": "/credit/admin/pars/activities.tsv?year=2026",
           "pars learners": "/credit/admin/pars/learners.tsv?year=2026"}
API_OF = {"activity": "/credit/activities/{activity}/report",
          "hidden": "/credit/activities/{hidden}/report",
          "series": "/credit/series/{series}/report",
          "office year": "/credit/admin/activities?year=2026",
          "pars activities": "/credit/admin/pars/activities?year=2026",
          "pars learners": "/credit/admin/pars/learners?year=2026"}
# activity report, a hidden session's report (its registration never opened), series report,
# the office's year and both PARS files
EXPECTED = {
    "learner": (403, 404, 403, 403, 403, 403), "host": (200, 200, 200, 403, 403, 403),
    "presenter": (200, 404, 403, 403, 403, 403), "office": (200, 200, 200, 200, 200, 200),
    "office member": (200, 200, 200, 200, 200, 200),
    "moderator": (403, 403, 403, 403, 403, 403),  # moderators see every planned session
    "stranger": (403, 404, 403, 403, 403, 403), "anonymous": (401,) * 6}


@pytest.mark.parametrize("role", [*ROLES, "anonymous"])
def test_authorization_matrix_is_the_pages(api, session, people, tokens, browsers,
                                           series_year, report, role):
    series, rows, _ = series_year
    hidden = held(session, people["host"], starts_at=datetime(2026, 6, 1, tzinfo=UTC),
                  opened=False)
    ids = {"activity": rows[0].id, "hidden": hidden.id, "series": series.id}
    token = tokens.get(role)
    for name, status in zip(API_OF, EXPECTED[role], strict=True):
        answer = api.get(PREFIX + API_OF[name].format(**ids), token=token, expect=status)
        page = browsers[role].get(PAGE_OF[name].format(**ids))
        assert page.status_code == (302 if status == 401 else status), (role, name)
        if status != 200:
            assert answer.mimetype == "application/problem+json"
    for url in ("/credit/activities/999999/report", "/credit/series/999999/report"):
        api.get(PREFIX + url, token=token, expect=401 if role == "anonymous" else 404)
    api.get(f"{PREFIX}/credit/activities/99999999999/report", token=token, expect=404)
