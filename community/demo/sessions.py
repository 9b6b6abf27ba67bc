"""Demo live sessions: an upcoming journal club whose lobby is open, a case conference next
week and a journal club that already ran, with its transcript and attendance report.

    Upcoming journal club (Cardiology)   host priya.raman     clinician@rounds.example
    Case conference next week (ID)       host fatima.alsayed  id@rounds.example
                                         presenter jonas.becker (pharmacist@)
    Past journal club (Emergency Med.)   host lucia.ferreira  moderator@rounds.example

Everything goes through the services a host, a moderator and members would use: scheduling,
the disclosure gate cleared through the review queue, registration, the presenter's case
checked by the PHI scanner and then by the host as coordinator, and for the past session the
room service itself (join, chat, poll, Q&A, checklist, bottom line, leave). Only the clock is
the demo's: the past session is played now and its rows are then moved back to the minutes
of its hour (see _Timeline).

Idempotent: sessions are found by board and title. An upcoming one counts while it has not
ended; once the demo's upcoming sessions are over, running the demo again schedules fresh ones
(so `rounds serve --demo` always shows a lobby to try). The past session is made once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from community.credit import service as credit
from community.platform.accounts.models import User
from community.platform.db import utcnow
from community.platform.spaces.models import Board
from moderation.disclosures import service as disclosures
from moderation.disclosures.models import RoleClearance, StatementView
from moderation.queue import service as queue
from realtime.room import service as room
from realtime.room.models import (
    AttendanceInterval,
    LiveEvent,
    LiveMember,
    LivePollVote,
    LiveQuestionVote,
)
from realtime.sessions import content
from realtime.sessions import service as sessions
from realtime.sessions.models import LiveSession, SessionRegistration

# The demo plays an hour of a session in a moment: no chat rate limit, no stale intervals.
LIMITS = room.Limits(heartbeat_seconds=3600, chat_limit=1000, chat_window_seconds=1)


@dataclass
class DemoSessions:
    added: int = 0
    lines: list[str] = field(default_factory=list)  # what the CLI prints about them


# ---------------------------------------------------------------- the sessions' content

JOURNAL_CLUB = {
    "kind": "journal_club",
    "title": "Journal club: low-dose colchicine in chronic coronary disease (LoDoCo2)",
    "description": "We appraise LoDoCo2 with the CASP checklist for randomised trials. Read "
                   "the paper beforehand if you can; the host's summary is below. Bring your "
                   "own practice: who in your clinic would you (not) offer colchicine?",
    "capacity": "30",
    "article_doi": "10.1056/NEJMoa2021372",
    "article_citation": "Nidorf SM, Fiolet ATL, Mosterd A, et al. Colchicine in patients with "
                        "chronic coronary disease. N Engl J Med. 2020;383(19):1838-1847.",
    "article_abstract": "The host's summary: a double-blind trial in Australia and the "
                        "Netherlands randomised 5522 patients with stable chronic coronary "
                        "disease, after a month of open-label run-in, to colchicine 0.5 mg "
                        "once daily or placebo. Over a median of about two and a half years "
                        "the composite of cardiovascular death, spontaneous myocardial "
                        "infarction, ischaemic stroke or ischaemia-driven revascularisation "
                        "was less frequent with colchicine (6.8 % vs 9.6 %). Deaths from "
                        "non-cardiovascular causes were numerically more frequent.",
}
JOURNAL_CLUB_MEMBERS = ("sam.whitfield", "jonas.becker", "amelie.dubois")

CASE_CONFERENCE = {
    "kind": "case_conference",
    "title": "Case conference: ESBL bacteraemia from a long-term urinary catheter",
    "description": "One case, revealed stage by stage in the room: sepsis from a "
                   "catheter-associated urinary infection, an ESBL-producing organism and "
                   "the step-down decision. Stewardship, nursing and pharmacy views welcome.",
    "capacity": "40",
}
CASE_CONFERENCE_PRESENTER = "jonas.becker"
CASE_CONFERENCE_MEMBERS = ("sam.whitfield", "priya.raman")

CASE = {
    "title": "Fever and hypotension two days after a catheter change",
    "question": "Which antibiotic, for how long, and when can he go home on it?",
    "stage_presentation":
        "A man in his seventies who lives in a care home, with a long-term urethral catheter "
        "since a stroke, is brought in with a fever, new confusion and rigors since the "
        "evening before. The catheter was changed two days earlier. He has type 2 diabetes "
        "and chronic kidney disease (stage 3b) and takes metformin, ramipril and aspirin. No "
        "antibiotics in the past year.",
    "stage_findings":
        "Temperature 39.1 °C, heart rate 118/min, blood pressure 88/52 mmHg after a litre of "
        "crystalloid, respiratory rate 24/min, SpO2 95 % on air. Drowsy but rousable. "
        "Suprapubic tenderness, cloudy urine in the bag; no loin tenderness, clear chest, no "
        "rash, no new murmur.",
    "stage_investigations":
        "Lactate 4.2 mmol/L, white cells 19 × 10⁹/L, CRP 210 mg/L, creatinine 210 µmol/L "
        "(baseline 140). Blood cultures and a urine sample from a freshly replaced catheter. "
        "At 18 hours both blood culture sets grow Gram-negative rods; at 48 hours "
        "*Escherichia coli*, ESBL-producing: susceptible to meropenem, ertapenem, amikacin "
        "and fosfomycin, resistant to ceftriaxone, piperacillin-tazobactam and "
        "ciprofloxacin. Renal ultrasound: no hydronephrosis, no collection.",
    "stage_management":
        "Sepsis care within the hour: cultures, 30 mL/kg of crystalloid, noradrenaline for 14 "
        "hours, empirical piperacillin-tazobactam with a single dose of amikacin, catheter "
        "replaced before the urine sample. Metformin and ramipril held. Switched to meropenem "
        "on day 2 when the susceptibilities came back; afebrile from day 3, lactate normal.",
    "stage_outcome":
        "Back to the care home on day 6 to complete 7 days of once-daily ertapenem with the "
        "outpatient antimicrobial therapy team. Creatinine at baseline on discharge. The care "
        "home's catheter-change routine was reviewed with its nurses. No recurrence at three "
        "months.",
}

PAST_CLUB = {
    "kind": "journal_club",
    "title": "Journal club: procainamide or amiodarone for stable wide-complex tachycardia "
             "(PROCAMIO)",
    "description": "A small, open-label trial that many of us quote: does it hold up? "
                   "Appraised with the CASP checklist for randomised trials.",
    "capacity": "25",
    "article_doi": "10.1093/eurheartj/ehw230",
    "article_pmid": "27354046",
    "article_citation": "Ortiz M, Martín A, Arribas F, et al. Randomized comparison of "
                        "intravenous procainamide vs. intravenous amiodarone for the acute "
                        "treatment of tolerated wide QRS tachycardia: the PROCAMIO study. Eur "
                        "Heart J. 2017;38(17):1329-1335.",
    "article_abstract": "The host's summary: an open-label trial in Spanish emergency and "
                        "cardiology departments randomised adults with a well-tolerated "
                        "regular wide-complex tachycardia to intravenous procainamide or "
                        "amiodarone. Major cardiac adverse events within 40 minutes were "
                        "fewer with procainamide (9 % vs 41 %) and the tachycardia stopped "
                        "more often (67 % vs 38 %); 74 of the planned 300 or so patients "
                        "were recruited.",
}
PAST_MEMBERS = ("priya.raman", "sam.whitfield", "jonas.becker", "amelie.dubois",
                "fatima.alsayed", "kenji.watanabe")
# Minutes from the scheduled start: each member's connections (join, leave). Sam is called
# away to his unit and comes back on a new connection; Kenji registered and never came.
PAST_ATTENDANCE = {
    "lucia.ferreira": [(-4, 58)],
    "priya.raman": [(-2, 58)],
    "jonas.becker": [(0, 45)],
    "sam.whitfield": [(3, 21), (31, 58)],
    "amelie.dubois": [(9, 58)],
    "fatima.alsayed": [(15, 40)],
}
PAST_ENDED = 58  # minutes after the start: the host ended it a little early
PAST_CREDIT = {"objectives": ["Appraise a randomised trial with the CASP checklist",
                              "Decide whether procainamide or amiodarone comes first"],
               "moore_levels": ["3A", "4", "5"], "max_credits": 1.0,
               "credit_types": ["ama_pra_1", "nursing", "acpe", "aapa_1", "participation"]}
# (item position, answer, note) for the CASP RCT checklist, answered as the hour went on.
PAST_CHECKLIST = [
    (1, "yes", "Adults with a well-tolerated regular wide-QRS tachycardia; procainamide vs "
               "amiodarone; major cardiac adverse events within 40 minutes."),
    (2, "yes", "Sealed envelopes. Allocation concealment is not described in detail."),
    (3, "cant_tell", "74 randomised, 62 analysed: the 12 exclusions after randomisation "
                     "matter in a trial this size."),
    (4, "no", "Open label, and the outcome assessors knew the drug."),
    (5, "yes", "Broadly similar; most had structural heart disease."),
    (6, "yes", None),
    (7, "yes", "Both the primary outcome and termination at 40 minutes are reported."),
    (8, "cant_tell", "Wide confidence intervals: stopped at a quarter of the planned size."),
    (9, "yes", "Less hypotension with procainamide, and it worked more often."),
    (10, "cant_tell", "Procainamide is not stocked everywhere (our own formulary, for one)."),
    (11, "cant_tell", None),
]
PAST_BOTTOM_LINE = (
    "For a **stable** regular wide-complex tachycardia, procainamide is a reasonable first "
    "drug where it is available: fewer major adverse events and more terminations than "
    "amiodarone in PROCAMIO. The trial is small, open-label and stopped early, so it does not "
    "settle the question; electrical cardioversion stays first for anyone unstable.")


# ---------------------------------------------------------------- entry point


def ensure_sessions(db: Session, members: dict[str, User]) -> DemoSessions:
    result = DemoSessions()
    now = utcnow().replace(second=0, microsecond=0)
    club = _upcoming(db, members, result, "cardiology", "priya.raman", JOURNAL_CLUB,
                     now + timedelta(minutes=40), JOURNAL_CLUB_MEMBERS)
    conference = _upcoming(db, members, result, "infectious-diseases", "fatima.alsayed",
                           {**CASE_CONFERENCE, "presenters": CASE_CONFERENCE_PRESENTER},
                           (now + timedelta(days=7)).replace(hour=13, minute=0),
                           CASE_CONFERENCE_MEMBERS, cases=[CASE])
    past = _past_session(db, members, result)
    result.lines = [
        f"Journal club at /sessions/{club.id} (host clinician@rounds.example), starting "
        f"{_clock(club.starts_at)}: its room opens an hour before, at "
        f"/sessions/{club.id}/room, for the host and registered members such as "
        f"student@rounds.example.",
        f"Case conference at /sessions/{conference.id} (host id@rounds.example, presenter "
        f"pharmacist@rounds.example) on {_clock(conference.starts_at)}.",
        f"Past journal club at /sessions/{past.id}: transcript /sessions/{past.id}/transcript, "
        f"attendance /sessions/{past.id}/attendance (host moderator@rounds.example).",
        f"Its credit at /credit/activities/{credit.activity_for_session(db, past.id).id}: "
        f"its members (clinician@rounds.example …) evaluate and claim there, the host "
        f"claims teaching credit, admin@rounds.example runs the credit office (/credit/admin).",
    ]
    return result


def _clock(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


# ---------------------------------------------------------------- scheduling


def _find(db: Session, board: Board, title: str, *, upcoming: bool) -> LiveSession | None:
    query = select(LiveSession).where(LiveSession.board_id == board.id,
                                      LiveSession.title == title)
    if upcoming:
        query = query.where(LiveSession.ends_at > utcnow(),
                            LiveSession.state.not_in(("ended", "cancelled")))
    return db.scalar(query.order_by(LiveSession.starts_at.desc()).limit(1))


def _schedule(db: Session, members: dict[str, User], board: Board, host: str, spec: dict,
              starts: datetime, length: timedelta = timedelta(hours=1)) -> LiveSession:
    """Schedule as the host would, clear everyone through the review queue, open
    registration."""
    host_user = members[host]
    _ensure_disclosure(db, host_user)
    for name in _names(spec.get("presenters")):
        _ensure_disclosure(db, members[name])
    data = {**spec, "starts_at": starts.isoformat(), "ends_at": (starts + length).isoformat()}
    live = sessions.schedule(db, host_user, board, data)[0]
    for user, role in sessions.not_cleared(db, live):
        _clear(db, members, user, role, live)
    return sessions.open_registration(db, host_user, live)


def _names(value: object) -> list[str]:
    return [n for n in str(value or "").replace(",", " ").split() if n]


def _ensure_disclosure(db: Session, user: User) -> None:
    if disclosures.current_disclosure(db, user.id) is None:
        disclosures.file_disclosure(db, user, {"declared_none": True, "confirm": True})


def _clear(db: Session, members: dict[str, User], user: User, role: str,
           live: LiveSession) -> None:
    """A site moderator (the admin when the moderator is the one to review) clears the role
    request that scheduling queued, through the review queue like any other item."""
    clearance = db.scalar(select(RoleClearance).where(
        RoleClearance.user_id == user.id, RoleClearance.role == role,
        RoleClearance.content_kind == "session", RoleClearance.content_id == live.id,
        RoleClearance.status == "pending"))
    item = queue.open_item(db, "disclosure_review", "role_clearance", clearance.id)
    reviewer = members["lucia.ferreira"]
    if reviewer.id == user.id:
        reviewer = members["amara.okafor"]
    queue.act(db, reviewer, item, "clear", version=item.version, data={})


def _upcoming(db: Session, members: dict[str, User], result: DemoSessions, board_slug: str,
              host: str, spec: dict, starts: datetime, registered: tuple[str, ...],
              cases: list[dict] = ()) -> LiveSession:
    board = db.scalar(select(Board).where(Board.slug == board_slug))
    live = _find(db, board, spec["title"], upcoming=True)
    if live is not None:
        return live
    live = _schedule(db, members, board, host, spec, starts)
    for case in cases:
        # The presenter submits the case; the host, as coordinator, checks it.
        submitter = members[_names(spec.get("presenters"))[0]]
        added = content.add_case(db, submitter, live, case)
        content.check_deid(db, members[host], live, added)
    for name in registered:
        sessions.register(db, members[name], live)
    result.added += 1
    return live


# ---------------------------------------------------------------- the past session


class _Timeline:
    """The past session is played through the room service now, within a second; each step
    then moves what it wrote (its rows and its numbered events) to the minute of the
    session's hour at which it is told to have happened. The hour is yesterday's, 16:00 to
    17:00 UTC, so the transcript and the attendance chart read like a real session."""

    def __init__(self, db: Session, live: LiveSession, start: datetime) -> None:
        self.db, self.live, self.start = db, live, start
        self.seq = live.last_seq

    def at(self, minute: float) -> datetime:
        return self.start + timedelta(minutes=minute)

    def stamp(self, minute: float, *rows: tuple[object, str]) -> None:
        """Set each (row, attribute) and the events recorded since the last step."""
        moment = self.at(minute)
        for row, attribute in rows:
            setattr(row, attribute, moment)
        for event in self.db.scalars(select(LiveEvent).where(
                LiveEvent.session_id == self.live.id, LiveEvent.seq > self.seq)):
            event.created_at = moment
        self.seq = self.live.last_seq
        self.db.flush()


def _past_session(db: Session, members: dict[str, User], result: DemoSessions
                  ) -> LiveSession:
    board = db.scalar(select(Board).where(Board.slug == "emergency-medicine"))
    live = _find(db, board, PAST_CLUB["title"], upcoming=False)
    if live is not None:
        return live
    # Scheduling only takes a future start: schedule it a few minutes ahead (so members may
    # wait in its lobby), run it, then move every time back to yesterday's hour.
    soon = utcnow().replace(second=0, microsecond=0) + timedelta(minutes=10)
    host = members["lucia.ferreira"]
    live = _schedule(db, members, board, host.username, PAST_CLUB, soon)
    for name in PAST_MEMBERS:
        sessions.register(db, members[name], live)
    # The credit office designates it before it starts, so its members can claim credit.
    credit.designate_session(db, members["amara.okafor"], live, PAST_CREDIT)
    yesterday = (utcnow() - timedelta(days=1)).date()
    timeline = _Timeline(db, live, datetime.combine(yesterday, time(16, 0), tzinfo=UTC))
    _play(db, timeline, host, members)
    _retime_session(db, timeline)
    result.added += 1
    return live


def _play(db: Session, t: _Timeline, host: User, members: dict[str, User]) -> None:
    live = t.live
    for name in PAST_ATTENDANCE:
        room.enter(db, members[name].id, live.id, _sid(name, 0), LIMITS)
    t.stamp(-4)
    t.stamp(0, (room.start(db, host, live), "created_at"))
    say = _chat(db, t, members)
    say(1, "lucia.ferreira", "Welcome, everyone! Paper and checklist are on the session "
                             "page. We start with a quick poll, then go through the CASP "
                             "questions in order.")
    say(2, "priya.raman", "Hello from the cath lab corridor 👋 This one comes up every time "
                          "we discuss VT.")
    poll = room.create_poll(db, host, live, {
        "question": "Before appraising it: first drug for a stable regular wide-complex "
                    "tachycardia in your department?",
        "options": ["Procainamide", "Amiodarone", "Lidocaine", "Straight to cardioversion"],
        "multiple": False})
    t.stamp(3, (poll, "created_at"))
    room.launch_poll(db, host, live, poll.id)
    t.stamp(4, (poll, "opened_at"))
    choices = {"priya.raman": 1, "jonas.becker": 0, "sam.whitfield": 3, "lucia.ferreira": 0}
    for n, (name, option) in enumerate(choices.items()):
        room.vote(db, members[name], live, poll.id, [poll.options[option].id])
        ballot = db.scalar(select(LivePollVote).where(LivePollVote.poll_id == poll.id,
                                                      LivePollVote.user_id == members[name].id))
        t.stamp(5 + n / 2, (ballot, "created_at"))
    room.close_poll(db, host, live, poll.id)
    t.stamp(8, (poll, "closed_at"))
    room.reveal_poll(db, host, live, poll.id)
    t.stamp(8.5)
    say(9, "jonas.becker", "Procainamide for me, but we don't stock it: amiodarone wins by "
                           "default, which is rather the point of this paper.")
    _appraise(db, t, host, members, say)
    say(55, "lucia.ferreira", "Thank you all. The transcript and the bottom line stay on "
                              "the session page.")
    ended = room.end(db, host, live)
    t.stamp(PAST_ENDED, (ended, "created_at"))
    _attendance(db, t, members)


def _chat(db: Session, t: _Timeline, members: dict[str, User]):
    def say(minute: float, name: str, body: str) -> None:
        message = room.chat(db, members[name], t.live, body, LIMITS)
        t.stamp(minute, (message, "created_at"))
        # The event carries the message as the room showed it: with its moved time.
        event = t.db.scalar(select(LiveEvent).where(LiveEvent.session_id == t.live.id,
                                                    LiveEvent.seq == message.seq))
        event.data = room.serialize_message(message)

    return say


def _appraise(db: Session, t: _Timeline, host: User, members: dict[str, User], say) -> None:
    """The checklist, a question with its upvote, a raised hand, and the bottom line."""
    live = t.live
    items = {item.position: item for item in live.checklist}
    for n, (position, answer, note) in enumerate(PAST_CHECKLIST):
        room.answer_checklist(db, host, live, items[position].id, answer, note)
        t.stamp(12 + 3.5 * n, (items[position], "answered_at"))
        if position == 3:
            say(20, "sam.whitfield", "Sorry, called to the unit: back in a bit.")
            question = room.ask(db, members["amelie.dubois"], live,
                                "Why did it stop at 74 patients, and does stopping early "
                                "make the difference look bigger than it is?", False)
            t.stamp(21, (question, "created_at"))
            room.upvote(db, members["priya.raman"], live, question.id)
            upvote = db.scalar(select(LiveQuestionVote).where(
                LiveQuestionVote.question_id == question.id))
            t.stamp(22, (upvote, "created_at"))
        if position == 4:
            room.raise_hand(db, members["fatima.alsayed"], live, True)
            t.stamp(23)
            say(24, "fatima.alsayed", "On blinding: the primary outcome included "
                                      "hypotension needing treatment, which is partly a "
                                      "judgement call. Open label matters here.")
            room.raise_hand(db, members["fatima.alsayed"], live, False)
            t.stamp(25)
        if position == 8:
            room.mark_question(db, host, live, question.id, "answered")
            t.stamp(38, (question, "marked_at"))
    # A short break before the bottom line: its minutes are not credit time.
    room.start_break(db, host, live)
    pause = room.open_break(db, live)
    t.stamp(47.5, (pause, "started_at"))
    room.end_break(db, host, live)
    t.stamp(51.5, (pause, "ended_at"))
    room.record_bottom_line(db, host, live, PAST_BOTTOM_LINE)
    t.stamp(52)


def _sid(name: str, n: int) -> str:
    return f"demo-{name}-{n + 1}"


def _attendance(db: Session, t: _Timeline, members: dict[str, User]) -> None:
    """Leave through the service, then lay the intervals over the hour as PAST_ATTENDANCE
    says (Sam's second connection is his rejoin after the unit called)."""
    live = t.live
    for name, spans in PAST_ATTENDANCE.items():
        for n in range(1, len(spans)):
            room.leave(db, live.id, _sid(name, n - 1))
            # A rejoin on a new connection: the room reopens nothing for an ended session,
            # so the interval is written as the room's join would have written it.
            db.add(AttendanceInterval(session_id=live.id, user_id=members[name].id,
                                      sid=_sid(name, n), joined_at=t.at(spans[n][0]),
                                      last_seen_at=t.at(spans[n][0])))
        room.leave(db, live.id, _sid(name, len(spans) - 1))
    db.flush()
    for name, spans in PAST_ATTENDANCE.items():
        for n, (joined, left) in enumerate(spans):
            interval = db.scalar(select(AttendanceInterval).where(
                AttendanceInterval.session_id == live.id,
                AttendanceInterval.sid == _sid(name, n)))
            interval.joined_at = t.at(joined)
            interval.left_at = interval.last_seen_at = t.at(min(left, PAST_ENDED))
        member = db.scalar(select(LiveMember).where(LiveMember.session_id == live.id,
                                                    LiveMember.user_id == members[name].id))
        member.first_joined_at = t.at(spans[0][0])
    db.flush()


def _retime_session(db: Session, t: _Timeline) -> None:
    """The session's own times and its registrations' follow the hour."""
    live = t.live
    live.created_at = t.at(-6 * 24 * 60)
    live.registration_opened_at = t.at(-5 * 24 * 60)
    live.starts_at, live.ends_at = t.at(0), t.at(60)
    live.started_at, live.ended_at = t.at(0), t.at(PAST_ENDED)
    for n, registration in enumerate(db.scalars(select(SessionRegistration).where(
            SessionRegistration.session_id == live.id).order_by(SessionRegistration.id))):
        registration.created_at = registration.updated_at = t.at(-4 * 24 * 60 + 90 * n)
    activity = credit.activity_for_session(db, live.id)
    activity.starts_at, activity.ends_at = live.starts_at, live.ends_at
    activity.designated_at = t.at(-3 * 24 * 60)
    for view in db.scalars(select(StatementView).where(
            StatementView.content_kind == "session", StatementView.content_id == live.id)):
        view.seen_at = t.at(-5)  # shown on joining, before the start
    for event in db.scalars(select(LiveEvent).where(LiveEvent.session_id == live.id,
                                                    LiveEvent.kind.in_(("started", "ended")))):
        key = f"{event.kind}_at"
        event.data = {**event.data, key: getattr(live, key).isoformat()}
    db.flush()
