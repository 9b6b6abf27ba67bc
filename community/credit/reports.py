"""Credit reports: the learner's own figures (totals per credit type and year, credit by month,
progress towards their target, their claims and transcript) and the provider's reports of an
activity or of a series' year. No Flask here: views pass the actor, the day and the page.
Figures come from the ledger (the record of every award and correction), summed in SQL;
amounts stay in quarters of a credit until they are shown.

Who sees what (docs/domain.md §2–§3, community/credit/policy.py):
- a learner sees only their own figures;
- the credit office reads every report with the learners' names and their identifiers (NPI,
  licence, NABP e-Profile ID, birth month and day: what accreditors ask for);
- a session's host and presenters read their activity's report as counts only: learners,
  physicians and others, credits per credit type and how the credits were distributed.
  Never a name or an identifier: their attendance report already says who came; this one
  does not say who claimed what, in which credit (which tells a credential);
- evaluations are anonymous: their means, the share saying the content was free of
  commercial bias and the bias comments (alphabetical, never in the order sent) appear for
  everyone only from policy.MIN_RESPONSES responses on; below that, only the count. Follow-up
  outcomes of commitments appear to hosts from that many answers on too (the office sees
  them always: commitments are not anonymous);
- a series' report covers one calendar year (accreditors count a regularly scheduled series
  as one activity per 12 months, each attendance a learner); the credit office and the hosts
  of the series' sessions read it. A session's presenters read their own session's report.

A live activity belongs to the (UTC) year it took place; an enduring one (journal-based,
manuscript review) to the year each learner completed it."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Integer, and_, case, cast, extract, func, or_, select
from sqlalchemy.orm import Session

from community.credit import policy, service
from community.credit.models import (
    KIND_LABELS,
    Commitment,
    CreditActivity,
    CreditClaim,
    Evaluation,
    LearnerProfile,
    LedgerEntry,
    credits,
)
from community.platform.accounts.models import User
from community.platform.errors import Forbidden, NotFound
from community.platform.i18n import _
from community.platform.parsing import Page, add_months
from realtime.sessions import policy as session_policy
from realtime.sessions.models import LiveSession

PHYSICIANS = ("MD", "DO", "MBBS")  # accreditors count physician learners apart
CLAIMS_PER_PAGE = 25
MONTHS = 24
OUTCOMES = ("implemented", "partly", "not_yet")


# ---------------------------------------------------------------- shared pieces


def claim_quarters():
    """A claim's credit now: the sum of its ledger entries (a correlated subquery, so a list
    of claims costs one query, not one per claim)."""
    return (select(func.coalesce(func.sum(LedgerEntry.quarters), 0))
            .where(LedgerEntry.claim_id == CreditClaim.id)
            .correlate(CreditClaim).scalar_subquery())


def year_of(column):
    return cast(extract("year", column), Integer)


def type_names(db: Session) -> dict[str, str]:
    """Credit type keys to names, in the provider's order."""
    return {t.key: t.name for t in service.credit_types(db, active_only=False)}


def awarded(*where):
    """Claims that count a learner, matching `where` (on the claim and its activity), with
    their credit: a grouped subquery (claim_id, quarters). A learner's claim is awarded (not
    revoked, credit left after corrections) and not for teaching (a presenter does not learn
    from their own session). One pass over the entries: a correlated sum per claim in a WHERE
    made PostgreSQL run a sub-plan per row, 20 times slower at 10,000 claims."""
    total = func.sum(LedgerEntry.quarters)
    return (select(LedgerEntry.claim_id, total.label("quarters"))
            .join(CreditClaim, CreditClaim.id == LedgerEntry.claim_id)
            .join(CreditActivity, CreditActivity.id == CreditClaim.activity_id)
            .where(CreditClaim.source != "teaching", CreditClaim.revoked_at.is_(None), *where)
            .group_by(LedgerEntry.claim_id).having(total > 0).subquery())


def in_year(year: int):
    """Claims (joined to their activity) belonging to `year`: a live activity's by when it
    took place, an enduring one's by when the learner completed it."""
    start, end = datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    return or_(and_(CreditActivity.session_id.is_not(None), CreditActivity.starts_at >= start,
                    CreditActivity.starts_at < end),
               and_(CreditActivity.session_id.is_(None),
                    CreditClaim.completed_on >= date(year, 1, 1),
                    CreditClaim.completed_on <= date(year, 12, 31)))


# ---------------------------------------------------------------- the learner's own


@dataclass
class TypeYear:
    credit_type: str
    name: str
    year: int
    quarters: int

    @property
    def credits(self) -> float:
        return credits(self.quarters)


def totals(db: Session, user_id: int) -> list[TypeYear]:
    """Credit per credit type and year of completion, newest year first (one grouped query;
    a revoked claim counts nothing: its correction entry took its credit back out)."""
    year = year_of(CreditClaim.completed_on)
    total = func.sum(LedgerEntry.quarters)
    rows = db.execute(select(LedgerEntry.credit_type, year, total)
                      .join(CreditClaim, CreditClaim.id == LedgerEntry.claim_id)
                      .where(LedgerEntry.user_id == user_id)
                      .group_by(LedgerEntry.credit_type, year).having(total != 0))
    names = type_names(db)
    order = {key: n for n, key in enumerate(names)}
    found = [TypeYear(key, names.get(key, key), int(y), int(q)) for key, y, q in rows]
    return sorted(found, key=lambda t: (-t.year, order.get(t.credit_type, len(order)), t.name))


def month_starts(today: date, count: int = MONTHS) -> list[date]:
    first = today.replace(day=1)
    return [add_months(first, n - count + 1) for n in range(count)]


def by_month(db: Session, user_id: int, today: date, count: int = MONTHS
             ) -> list[tuple[date, int]]:
    """(first day of month, quarters completed) for the last `count` months, this one last."""
    months = month_starts(today, count)
    year, month = year_of(CreditClaim.completed_on), cast(extract("month",
                                                                  CreditClaim.completed_on),
                                                          Integer)
    rows = db.execute(select(year, month, func.sum(LedgerEntry.quarters))
                      .join(CreditClaim, CreditClaim.id == LedgerEntry.claim_id)
                      .where(LedgerEntry.user_id == user_id,
                             CreditClaim.completed_on >= months[0],
                             CreditClaim.completed_on < add_months(months[-1], 1))
                      .group_by(year, month))
    found = {(int(y), int(m)): int(q) for y, m, q in rows}
    return [(m, found.get((m.year, m.month), 0)) for m in months]


@dataclass
class Target:
    """Progress towards the learner's own target: credits completed since the same day
    `years` years ago."""

    quarters: int | None  # None: no target set
    years: int
    since: date
    done: int

    @property
    def credits(self) -> float | None:
        return None if self.quarters is None else credits(self.quarters)

    @property
    def done_credits(self) -> float:
        return credits(self.done)

    @property
    def percent(self) -> int:
        if not self.quarters:
            return 0
        return min(100, self.done * 100 // self.quarters)


def target(db: Session, user_id: int, profile: LearnerProfile, today: date) -> Target:
    years = profile.target_years or 2
    since = add_months(today, -12 * years)
    done = db.scalar(select(func.coalesce(func.sum(LedgerEntry.quarters), 0))
                     .join(CreditClaim, CreditClaim.id == LedgerEntry.claim_id)
                     .where(LedgerEntry.user_id == user_id, CreditClaim.completed_on >= since,
                            CreditClaim.completed_on <= today))
    return Target(profile.target_quarters, years, since, int(done))


@dataclass
class ClaimLine:
    id: int
    code: str
    completed_on: date
    activity_id: int
    title: str
    kind: str
    credit_type: str
    type_name: str
    source: str
    quarters: int
    revoked: bool

    @property
    def credits(self) -> float:
        return credits(self.quarters)

    @property
    def format(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind))


def _claim_lines(db: Session, *where, order=(), limit: int | None = None,
                 offset: int = 0) -> list[ClaimLine]:
    names = type_names(db)
    query = (select(CreditClaim.id, CreditClaim.code, CreditClaim.completed_on,
                    CreditClaim.activity_id, CreditActivity.title, CreditActivity.kind,
                    CreditClaim.credit_type, CreditClaim.source, claim_quarters(),
                    CreditClaim.revoked_at)
             .join(CreditActivity, CreditActivity.id == CreditClaim.activity_id)
             .where(*where).order_by(*order).offset(offset).limit(limit))
    return [ClaimLine(i, code, done, activity, title, kind, key, names.get(key, key), source,
                      int(q), revoked is not None)
            for i, code, done, activity, title, kind, key, source, q, revoked
            in db.execute(query)]


def claim_page(db: Session, user_id: int, number: int,
               per_page: int = CLAIMS_PER_PAGE) -> Page[ClaimLine]:
    """The learner's claims, newest first, a page at a time (a long career has thousands)."""
    total = db.scalar(select(func.count()).select_from(CreditClaim)
                      .where(CreditClaim.user_id == user_id))
    items = _claim_lines(db, CreditClaim.user_id == user_id,
                         order=(CreditClaim.completed_on.desc(), CreditClaim.id.desc()),
                         limit=per_page, offset=(number - 1) * per_page)
    return Page(items, number, per_page, total)


@dataclass
class Figures:
    totals: list[TypeYear]
    months: list[tuple[date, int]]
    target: Target


def figures(db: Session, actor: User, today: date) -> Figures:
    """The learner's own sums (the API's answer): three grouped queries on the ledger."""
    profile = service.learner_profile(db, actor, actor.id)
    return Figures(totals(db, actor.id), by_month(db, actor.id, today),
                   target(db, actor.id, profile, today))


@dataclass
class Dashboard(Figures):
    claimable: list[service.Earned]
    claims: Page[ClaimLine]


def dashboard(db: Session, actor: User, today: date, page: int = 1) -> Dashboard:
    """Everything on the learner's credit page, for the learner themself."""
    found = figures(db, actor, today)
    return Dashboard(found.totals, found.months, found.target, service.claimable(db, actor),
                     claim_page(db, actor.id, page))


@dataclass
class Transcript:
    learner: str
    start: date | None
    end: date | None
    lines: list[ClaimLine]
    totals: list[tuple[str, int]]  # (credit type's name, quarters), in the provider's order


def transcript(db: Session, actor: User, start: date | None, end: date | None) -> Transcript:
    """The learner's awarded credit completed within [start, end], oldest first; revoked
    claims and claims corrected to nothing are left out."""
    where = [CreditClaim.user_id == actor.id, CreditClaim.revoked_at.is_(None)]
    if start:
        where.append(CreditClaim.completed_on >= start)
    if end:
        where.append(CreditClaim.completed_on <= end)
    lines = [line for line in _claim_lines(db, *where, order=(CreditClaim.completed_on,
                                                              CreditClaim.id))
             if line.quarters > 0]
    sums: Counter[str] = Counter()
    for line in lines:
        sums[line.credit_type] += line.quarters
    names = type_names(db)
    order = [key for key in names if key in sums] + sorted(set(sums) - set(names))
    return Transcript(actor.display_name, start, end, lines,
                      [(names.get(key, key), sums[key]) for key in order])


# ---------------------------------------------------------------- the provider's reports


@dataclass
class Evaluations:
    responses: int
    shown: bool
    objectives_met: float | None = None
    relevance: float | None = None
    overall: float | None = None
    free_of_bias: float | None = None  # the share, 0..1
    bias_comments: list[str] = field(default_factory=list)
    minimum: int = policy.MIN_RESPONSES


def responses_per_activity(db: Session, activity_ids: list[int]) -> dict[int, int]:
    return dict(db.execute(select(Evaluation.activity_id, func.count())
                           .where(Evaluation.activity_id.in_(activity_ids))
                           .group_by(Evaluation.activity_id)).all())


def evaluations(db: Session, activity_ids: list[int], *, allowed: bool = True) -> Evaluations:
    """Aggregates only, and only from MIN_RESPONSES responses on (`allowed` False withholds
    them anyway: see series_report)."""
    count, objectives, relevance, overall, unbiased = db.execute(
        select(func.count(), func.avg(Evaluation.objectives_met), func.avg(Evaluation.relevance),
               func.avg(Evaluation.overall),
               func.sum(case((Evaluation.free_of_bias.is_(True), 1), else_=0)))
        .where(Evaluation.activity_id.in_(activity_ids))).one()
    if count < policy.MIN_RESPONSES or not allowed:
        return Evaluations(count, False)
    comments = sorted(db.scalars(select(Evaluation.bias_comment).where(
        Evaluation.activity_id.in_(activity_ids), Evaluation.bias_comment != "")))
    return Evaluations(count, True, float(objectives), float(relevance), float(overall),
                       int(unbiased) / count, comments)


@dataclass
class FollowUps:
    """Commitments to change and their follow-up (Moore level 5, self-reported)."""

    commitments: int
    asked: int
    answered: int
    outcomes: dict[str, int]
    shown: bool  # the outcomes (hosts: from MIN_RESPONSES answers on)

    @property
    def answered_share(self) -> float | None:
        return self.answered / self.asked if self.asked else None


def follow_ups(db: Session, activity_ids: list[int], *, full: bool) -> FollowUps:
    rows = db.execute(select(Commitment.outcome, func.count(),
                             func.count(Commitment.follow_up_sent_at),
                             func.count(Commitment.answered_at))
                      .where(Commitment.activity_id.in_(activity_ids))
                      .group_by(Commitment.outcome)).all()
    outcomes = {name: 0 for name in OUTCOMES}
    for outcome, _asked, _done, answered in rows:
        if outcome in outcomes:
            outcomes[outcome] = answered
    answered = sum(r[3] for r in rows)
    return FollowUps(sum(r[1] for r in rows), sum(r[2] for r in rows), answered, outcomes,
                     full or answered >= policy.MIN_RESPONSES)


@dataclass(slots=True)  # a year's file makes 10,000 of them and more
class LearnerLine:
    """One learner's awarded credit for an activity, with the identifiers accreditors ask for
    (read by the credit office only)."""

    claim_id: int
    activity_id: int
    series_id: int | None
    user_id: int
    name: str
    username: str
    credential: str
    credit_type: str
    quarters: int
    completed_on: date
    code: str
    npi: str = ""
    licence_number: str = ""
    licence_state: str = ""
    nabp_eprofile_id: str = ""
    birth_month: int | None = None
    birth_day: int | None = None
    type_name: str = ""

    @property
    def credits(self) -> float:
        return credits(self.quarters)

    @property
    def physician(self) -> bool:
        return self.credential in PHYSICIANS


def learner_lines(db: Session, *where) -> list[LearnerLine]:
    """Learners' awarded claims matching `where`, in one query (columns, no objects)."""
    sums = awarded(*where)
    query = (select(CreditClaim.id, CreditClaim.activity_id, CreditActivity.series_id,
                    CreditClaim.user_id, User.display_name, User.username, User.credentials,
                    CreditClaim.credit_type, sums.c.quarters, CreditClaim.completed_on,
                    CreditClaim.code, LearnerProfile.npi, LearnerProfile.licence_number,
                    LearnerProfile.licence_state, LearnerProfile.nabp_eprofile_id,
                    LearnerProfile.birth_month, LearnerProfile.birth_day)
             .join(sums, sums.c.claim_id == CreditClaim.id)
             .join(User, User.id == CreditClaim.user_id)
             .join(CreditActivity, CreditActivity.id == CreditClaim.activity_id)
             .outerjoin(LearnerProfile, LearnerProfile.user_id == CreditClaim.user_id)
             .order_by(CreditClaim.completed_on, CreditClaim.id))
    names = type_names(db)
    return [LearnerLine(*row[:8], int(row[8]), row[9], row[10], row[11] or "", row[12] or "",
                        row[13] or "", row[14] or "", row[15], row[16],
                        names.get(row[7], row[7]))
            for row in db.execute(query)]


@dataclass
class TypeCount:
    name: str
    learners: int
    quarters: int

    @property
    def credits(self) -> float:
        return credits(self.quarters)


@dataclass
class Aggregate:
    """An activity's (or a series year's) figures. `rows`, the learners by name with their
    identifiers, are filled for the credit office only."""

    full: bool
    learners: int
    physicians: int
    quarters: int
    by_type: list[TypeCount]
    distribution: list[tuple[int, int]]  # (quarters awarded, learners), smallest first
    evaluations: Evaluations
    follow_ups: FollowUps
    rows: list[LearnerLine] = field(default_factory=list)

    @property
    def others(self) -> int:
        return self.learners - self.physicians

    @property
    def credits(self) -> float:
        return credits(self.quarters)

    @property
    def commitment_rate(self) -> float | None:
        return self.follow_ups.commitments / self.learners if self.learners else None


def _by_type(db: Session, lines: list[LearnerLine]) -> list[TypeCount]:
    names = type_names(db)
    counts: dict[str, list[int]] = {}
    for line in lines:
        found = counts.setdefault(line.credit_type, [0, 0])
        found[0] += 1
        found[1] += line.quarters
    order = [k for k in names if k in counts] + sorted(set(counts) - set(names))
    return [TypeCount(names.get(k, k), *counts[k]) for k in order]


def aggregate(db: Session, activity_ids: list[int], *, full: bool,
              evaluations_allowed: bool = True) -> Aggregate:
    lines = learner_lines(db, CreditClaim.activity_id.in_(activity_ids))
    return Aggregate(
        full, len(lines), sum(1 for line in lines if line.physician),
        sum(line.quarters for line in lines), _by_type(db, lines),
        sorted(Counter(line.quarters for line in lines).items()),
        evaluations(db, activity_ids, allowed=evaluations_allowed),
        follow_ups(db, activity_ids, full=full),
        sorted(lines, key=lambda line: (line.name.casefold(), line.claim_id)) if full else [])


@dataclass
class ActivityReport:
    activity: CreditActivity
    live: LiveSession | None
    figures: Aggregate
    series_readable: bool = False  # the reader may follow the link to the series' report


def activity_report(db: Session, actor: User | None, activity_id: int) -> ActivityReport:
    """404 for an activity the actor cannot see, 403 for one they see but may not report on
    (as the session's attendance report answers)."""
    activity = service.get_activity(db, actor, activity_id)
    live = service.session_of(db, activity)
    if not policy.can_read_report(db, actor, activity, live):
        raise Forbidden(_("The credit office and the session's host and presenters read "
                          "this report."))
    full = policy.is_credit_admin(db, actor)
    return ActivityReport(activity, live, aggregate(db, [activity.id], full=full),
                          activity.series_id is not None and (
                              full or (live is not None and live.host_id == actor.id)))


@dataclass
class SeriesSession:
    activity: CreditActivity
    learners: int
    quarters: int
    responses: int

    @property
    def credits(self) -> float:
        return credits(self.quarters)


@dataclass
class SeriesReport:
    series_id: int
    year: int
    years: list[int]
    title: str
    sessions: list[SeriesSession]
    figures: Aggregate

    @property
    def instruction(self) -> int:
        """Hours of instruction, in quarters (a credit is an hour): what it was designated for."""
        return sum(s.activity.max_quarters for s in self.sessions)


def series_activities(db: Session, actor: User | None, series_id: int) -> list[CreditActivity]:
    """The series' designated sessions, for those who may read its report: a 404 for a series
    the actor cannot see (or with nothing designated), a 403 for one they see but may not
    report on."""
    activities = list(db.scalars(select(CreditActivity).where(
        CreditActivity.series_id == series_id, CreditActivity.session_id.is_not(None))
        .order_by(CreditActivity.starts_at, CreditActivity.id)))
    sessions = list(db.scalars(select(LiveSession).where(LiveSession.series_id == series_id)))
    if policy.is_credit_admin(db, actor) or any(
            actor is not None and s.host_id == actor.id for s in sessions):
        if not activities:
            raise NotFound(_("No session of this series is designated for credit."))
        return activities
    if activities and any(session_policy.can_view(actor, s) for s in sessions):
        raise Forbidden(_("The credit office and the series' hosts read this report."))
    raise NotFound(_("There is no such series."))


def series_report(db: Session, actor: User | None, series_id: int,
                  year: int | None = None) -> SeriesReport:
    """A series' designated sessions that took place in `year` (the latest by default), as
    one activity. Evaluation aggregates also stay hidden when the sessions whose own reports
    withhold them (under MIN_RESPONSES each) hold between 1 and MIN_RESPONSES - 1 responses
    together: the series' figures minus the sessions' shown ones would give them away."""
    return series_year(db, actor, series_id, series_activities(db, actor, series_id), year)


def series_year(db: Session, actor: User | None, series_id: int,
                activities: list[CreditActivity], year: int | None) -> SeriesReport:
    """series_report once the series' `activities` are looked up (series_activities): the API
    looks up first, so an unknown series is a 404 whatever its query string says."""
    years = sorted({a.starts_at.year for a in activities}, reverse=True)
    year = year or years[0]
    chosen = [a for a in activities if a.starts_at.year == year]
    if not chosen:
        raise NotFound(_("No session of this series was designated for credit in %(year)s.",
                         year=year))
    ids = [a.id for a in chosen]
    counts = responses_per_activity(db, ids)
    withheld = sum(n for n in counts.values() if n < policy.MIN_RESPONSES)
    figures = aggregate(db, ids, full=policy.is_credit_admin(db, actor),
                        evaluations_allowed=withheld == 0 or withheld >= policy.MIN_RESPONSES)
    per_activity = _per_activity(db, ids)
    sessions = [SeriesSession(a, *per_activity.get(a.id, (0, 0)), counts.get(a.id, 0))
                for a in chosen]
    return SeriesReport(series_id, year, years, chosen[0].title, sessions, figures)


def _per_activity(db: Session, activity_ids: list[int]) -> dict[int, tuple[int, int]]:
    """(learners, quarters) per activity, grouped in SQL."""
    sums = awarded(CreditClaim.activity_id.in_(activity_ids))
    rows = db.execute(select(CreditClaim.activity_id, func.count(), func.sum(sums.c.quarters))
                      .join(sums, sums.c.claim_id == CreditClaim.id)
                      .group_by(CreditClaim.activity_id))
    return {a: (int(n), int(q or 0)) for a, n, q in rows}


# ---------------------------------------------------------------- the credit office's index


@dataclass
class YearEntry:
    """An activity, or a series' sessions taken together, in the office's list of a year."""

    title: str
    kind: str
    activity_id: int | None
    series_id: int | None
    starts_at: datetime | None
    sessions: int
    learners: int

    @property
    def format(self) -> str:
        return str(KIND_LABELS["series"] if self.series_id else KIND_LABELS.get(self.kind, self.kind))


def year_activities(db: Session, year: int) -> list[CreditActivity]:
    """Activities of `year`: live ones that took place in it, enduring ones with a learner
    who completed them in it."""
    start, end = datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    completed = select(CreditClaim.activity_id).where(
        CreditClaim.completed_on >= date(year, 1, 1),
        CreditClaim.completed_on <= date(year, 12, 31))
    return list(db.scalars(select(CreditActivity).where(or_(
        and_(CreditActivity.session_id.is_not(None), CreditActivity.starts_at >= start,
             CreditActivity.starts_at < end),
        and_(CreditActivity.session_id.is_(None), CreditActivity.id.in_(completed))))
        .order_by(CreditActivity.starts_at, CreditActivity.id)))


def learners_per_activity(db: Session, year: int) -> dict[int, tuple[int, int]]:
    """(physician learners, other learners) per activity in `year`, grouped in SQL."""
    physician = case((User.credentials.in_(PHYSICIANS), 1), else_=0)
    sums = awarded(in_year(year))
    rows = db.execute(select(CreditClaim.activity_id, physician, func.count())
                      .join(sums, sums.c.claim_id == CreditClaim.id)
                      .join(User, User.id == CreditClaim.user_id)
                      .group_by(CreditClaim.activity_id, physician))
    found: dict[int, list[int]] = {}
    for activity_id, is_physician, count in rows:
        found.setdefault(activity_id, [0, 0])[0 if is_physician else 1] += count
    return {k: (v[0], v[1]) for k, v in found.items()}


def require_office(db: Session, actor: User | None) -> None:
    if not policy.is_credit_admin(db, actor):
        raise Forbidden(_("Reports and exports are for the credit office."))


def report_years(db: Session, this_year: int) -> list[int]:
    """Years to pick from, newest first: since the first designation (records are kept at
    least six years, so older years stay listed)."""
    first = db.scalar(select(func.min(CreditActivity.starts_at)))
    return list(range(this_year, (first.year if first else this_year) - 1, -1))


def office_year(db: Session, actor: User | None, year: int) -> list[YearEntry]:
    require_office(db, actor)
    counts = learners_per_activity(db, year)
    entries: dict[tuple, YearEntry] = {}
    for a in year_activities(db, year):
        key = ("series", a.series_id) if a.series_id else ("activity", a.id)
        entry = entries.setdefault(key, YearEntry(a.title, a.kind, None if a.series_id else a.id,
                                                  a.series_id, a.starts_at, 0, 0))
        entry.sessions += 1
        entry.learners += sum(counts.get(a.id, (0, 0)))
    return list(entries.values())
