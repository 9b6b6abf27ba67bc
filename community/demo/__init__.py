"""Demo content: members of every role, a restricted board and lively, de-identified cases.

Sign in as any demo member with the password in DEMO_PASSWORD (printed by `rounds demo`
and `rounds serve --demo`):

    admin@rounds.example      admin       Nigeria, Africa/Lagos
    moderator@rounds.example  moderator   Brazil, America/Sao_Paulo
    editor@rounds.example     editor      Japan, Asia/Tokyo
    clinician@rounds.example  member      India, Asia/Kolkata (verified cardiologist)
    nurse@rounds.example      member      United States, America/Chicago (verified ICU nurse)
    id@rounds.example         member      United Arab Emirates, Asia/Dubai (verified)
    pharmacist@rounds.example member      Germany, Europe/Berlin (not verified)
    student@rounds.example    member      France, Europe/Paris (new member, trust level 0)

Everything goes through the services, so cooked HTML, counts, revisions, watches and (after
the caller commits) notifications and the search index are exactly what real use makes.
Seeding is idempotent: members are found by email and topics by board and title, and what
exists is left alone. Clinical details follow HIPAA Safe Harbor (docs/domain.md §5): no
names, no dates but years, no place smaller than a state, no age over 89.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from community.boards import service as boards
from community.boards.models import Post, Topic
from community.cases.service import case_title
from community.demo.cases import DemoCases, ensure_cases
from community.demo.sessions import CASE_CONFERENCE, ensure_sessions
from community.platform import markup
from community.platform.accounts import service as accounts
from community.platform.accounts.models import User
from community.platform.spaces.models import Board
from community.platform.spaces.specialties import SPECIALTIES, ensure_default_boards
from moderation.disclosures import gate
from moderation.disclosures import service as disclosures
from moderation.disclosures.seed import ensure_companies
from moderation.flags import service as flags
from moderation.queue import service as queue
from moderation.queue.models import QueueItem
from moderation.verification.service import latest_request, request_verification
from realtime.sessions.models import LiveSession

DEMO_PASSWORD = "rounds-demo-password"

RESTRICTED_BOARD = {
    "slug": "clinicians-lounge",
    "name": "Clinicians' Lounge",
    "description": "For verified clinicians only: candid talk about difficult cases, "
                   "near misses and the realities of practice.",
}


@dataclass(frozen=True)
class DemoMember:
    email: str
    username: str
    role: str
    display_name: str
    credentials: str
    specialty: str
    country: str
    time_zone: str
    language: str
    bio: str
    trust_level: int
    verified: bool


MEMBERS: list[DemoMember] = [
    DemoMember("admin@rounds.example", "amara.okafor", "admin", "Dr Amara Okafor", "MBBS",
               "Internal Medicine", "NG", "Africa/Lagos", "en",
               "General physician and medical director; keeps the lights on here.", 4, True),
    DemoMember("moderator@rounds.example", "lucia.ferreira", "moderator", "Dra. Lúcia Ferreira",
               "MD", "Emergency Medicine", "BR", "America/Sao_Paulo", "pt-BR",
               "Emergency physician, ultrasound enthusiast, board moderator.", 3, True),
    DemoMember("editor@rounds.example", "kenji.watanabe", "editor", "Dr Kenji Watanabe", "MD",
               "Medical Education", "JP", "Asia/Tokyo", "ja",
               "Clinical teacher; edits the case write-ups.", 3, True),
    DemoMember("clinician@rounds.example", "priya.raman", "member", "Dr Priya Raman", "MBBS",
               "Cardiology", "IN", "Asia/Kolkata", "en",
               "Interventional cardiology fellow. ECGs are my love language.", 2, True),
    DemoMember("nurse@rounds.example", "sam.whitfield", "member", "Sam Whitfield", "RN",
               "Critical Care", "US", "America/Chicago", "en",
               "ICU charge nurse, twelve years at the bedside.", 2, True),
    DemoMember("id@rounds.example", "fatima.alsayed", "member", "Dr Fatima Al-Sayed", "MD",
               "Infectious Diseases", "AE", "Asia/Dubai", "ar",
               "ID consultant running the antimicrobial stewardship programme.", 2, True),
    DemoMember("pharmacist@rounds.example", "jonas.becker", "member", "Jonas Becker", "PharmD",
               "Pharmacy", "DE", "Europe/Berlin", "de",
               "Clinical pharmacist on the medical wards.", 1, False),
    DemoMember("student@rounds.example", "amelie.dubois", "member", "Amélie Dubois", "student",
               "Medical Education", "FR", "Europe/Paris", "fr",
               "Fourth-year medical student, asking lots of questions.", 0, False),
]

# Who verifies whom: the moderator verifies clinicians; the admin verifies the moderator.
_VERIFIER = {"moderator@rounds.example": "admin@rounds.example"}
_DEFAULT_VERIFIER = "moderator@rounds.example"


@dataclass
class DemoTopic:
    board: str
    author: str  # username
    title: str
    raw: str
    tags: list[str] = field(default_factory=list)
    # (author, raw, quoted post index or None); index 0 is the opening post.
    replies: list[tuple[str, str, int | None]] = field(default_factory=list)
    likes: list[tuple[int, str]] = field(default_factory=list)  # (post index, username)
    edit: tuple[int, str, str] | None = None  # (post index, new raw, reason), by its author
    pinned: bool = False


_WELCOME = """\
Welcome! Rounds is a place to learn from each other's cases. Before you post, please strip \
everything that could identify a patient (HIPAA Safe Harbor):

- [x] no names, initials or nicknames of patients or relatives
- [x] no dates other than the year: write "day 3 of admission", not a calendar date
- [x] no place smaller than a state or country, no hospital names
- [x] ages over 89 become "90 or older"
- [ ] no photographs of faces, no record or device numbers

| Instead of | Write |
|---|---|
| a calendar date of admission | "on admission", "day 2" |
| the patient's town | the state or country |
| an exact age above 89 | "aged 90 or older" |

Questions about a specific post? Ask @lucia.ferreira or me.
"""

_WELCOME_EDIT = _WELCOME + """
**Update:** moderators can now hide an old revision of a post that still carries \
identifying details. The record of the edit stays; the text goes.
"""

_VT = """\
A 67-year-old man with a previous anterior MI presents with palpitations and light-headedness. \
BP 104/68, alert. ECG: regular wide-complex tachycardia at 180/min, QRS 160 ms, \
right bundle branch block morphology, left axis deviation.

What tips you towards VT rather than SVT with aberrancy? My list so far:

1. structural heart disease (prior infarct): the strongest single clue
2. AV dissociation: I *think* there are dissociated P waves in lead II
3. QRS > 140 ms with RBBB morphology

He converted with synchronised cardioversion after procedural sedation. \
Would you have tried adenosine first?
"""

_VT_EDIT = _VT + """
**Follow-up:** echo showed an ejection fraction of 30 % with an apical aneurysm; \
electrophysiology recommended an ICD. Thanks all for the discussion.
"""

_TOPICS: list[DemoTopic] = [
    DemoTopic(
        board="medical-education", author="kenji.watanabe", pinned=True,
        title="Welcome to Rounds: how to post a case without identifying the patient",
        tags=["de-identification", "guidelines"], raw=_WELCOME,
        replies=[
            ("amelie.dubois", ("Thank you, this is really helpful. Is the patient's year of "
                              "birth allowed if the age is under 90?"), None),
            ("kenji.watanabe", ("Yes: years are fine, but the age alone usually tells the story "
                               "better. Say *a woman in her forties* when the exact age does "
                               "not matter clinically."), 1),
        ],
        likes=[(0, "amelie.dubois"), (0, "priya.raman"), (0, "sam.whitfield"),
               (2, "amelie.dubois")],
        edit=(0, _WELCOME_EDIT, "Mention hiding revisions"),
    ),
    DemoTopic(
        board="cardiology", author="priya.raman",
        title="Wide-complex tachycardia after an old anterior MI: VT until proven otherwise?",
        tags=["ecg", "arrhythmia", "cardioversion"], raw=_VT,
        replies=[
            ("lucia.ferreira", ("With a previous infarct I treat every regular wide-complex "
                               "tachycardia as VT. Adenosine is *probably* safe in a regular "
                               "rhythm, but a stable patient buys you time to get the "
                               "cardioversion set up properly. @sam.whitfield, how do you run "
                               "sedation for this on your unit?"), 0),
            ("sam.whitfield", ("Defib pads on before anything else, capnography during "
                              "sedation, and a second nurse who only watches the airway. "
                              "Ketamine-propofol is the usual mix here."), 1),
            ("jonas.becker", ("From the pharmacy side: if you go for a drug first, procainamide "
                             "did better than amiodarone in the PROCAMIO trial for stable "
                             "wide-complex tachycardia. Mind the QT and the blood pressure "
                             "with either."), None),
            ("priya.raman", ("Good point on procainamide. We don't stock it, which is a "
                            "conversation for our formulary committee."), 3),
        ],
        likes=[(0, "lucia.ferreira"), (0, "fatima.alsayed"), (1, "priya.raman"),
               (1, "kenji.watanabe"), (3, "priya.raman"), (3, "lucia.ferreira")],
        edit=(0, _VT_EDIT, "Add echo and EP follow-up"),
    ),
    DemoTopic(
        board="infectious-diseases", author="fatima.alsayed",
        title="De-escalating empirical antibiotics when cultures are negative at 48 hours",
        tags=["antibiotics", "stewardship", "sepsis"],
        raw="A woman in her fifties, admitted with suspected urosepsis, started on "
            "piperacillin-tazobactam. At 48 hours: afebrile, lactate normal, blood and urine "
            "cultures negative, procalcitonin falling.\n\nOur stewardship team suggests "
            "switching to an oral agent and stopping at 7 days total. The primary team is "
            "nervous because she *looked* septic on arrival.\n\nHow do your units handle "
            "culture-negative de-escalation? Any local data on readmissions?",
        replies=[
            ("jonas.becker", ("We add a pharmacist note at 48 h with a concrete oral option and "
                             "a stop date. Uptake went from roughly a third to over half once "
                             "the note named the drug and dose."), None),
            ("sam.whitfield", ("Nursing perspective: a clear stop date on the drug chart helps "
                              "more than anything. @fatima.alsayed, do you review the patients "
                              "at the bedside?"), 0),
            ("fatima.alsayed", ("Yes, twice a week we round in person; the conversations at the "
                               "bedside change more prescriptions than the notes do."), 2),
        ],
        likes=[(0, "jonas.becker"), (1, "fatima.alsayed"), (1, "amara.okafor"),
               (2, "fatima.alsayed")],
    ),
    DemoTopic(
        board="endocrinology", author="amelie.dubois",
        title="Student question: when should TSH be rechecked after starting levothyroxine?",
        tags=["thyroid", "students"],
        raw="A man in his thirties with newly diagnosed primary hypothyroidism was started on "
            "levothyroxine 50 micrograms daily in clinic. My textbook says to recheck TSH, "
            "but not when. Is it 2 weeks? 6 weeks? Does it change with age or heart disease?",
        replies=[
            ("kenji.watanabe", ("Six to eight weeks: levothyroxine has a half-life of about a "
                               "week, so TSH needs that long to reflect a steady state. Older "
                               "patients and those with coronary disease start low (25 "
                               "micrograms) and go up slowly."), 0),
            ("amara.okafor", ("And ask how it is taken: on an empty stomach, away from calcium, "
                             "iron and PPIs. Half of the 'dose not working' referrals I see are "
                             "about timing, not dose."), None),
        ],
        likes=[(1, "amelie.dubois"), (2, "amelie.dubois"), (2, "kenji.watanabe")],
    ),
    DemoTopic(
        board="nephrology", author="jonas.becker",
        title="Hyperkalaemia of 6.4 with a normal ECG: how aggressive are you?",
        tags=["hyperkalaemia", "electrolytes"],
        raw="A patient in her seventies with CKD stage 4, on an ACE inhibitor and "
            "spironolactone, has a potassium of 6.4 mmol/L on routine bloods. ECG unchanged "
            "from baseline. She feels well.\n\nDo you give IV calcium with a normal ECG? "
            "Insulin-dextrose first, or a potassium binder and a repeat in a few hours?",
        replies=[
            ("amara.okafor", ("No calcium with a normal ECG for me, but insulin-dextrose (with "
                             "glucose checks for 6 hours: hypoglycaemia is common in CKD), stop "
                             "the spironolactone, and a binder. Repeat potassium at 2 hours."),
             0),
            ("lucia.ferreira", ("Agree. Also repeat the sample if there was any chance of "
                               "haemolysis, but treat while you wait at 6.4."), None),
        ],
        likes=[(1, "jonas.becker"), (1, "priya.raman"), (2, "jonas.becker")],
    ),
    DemoTopic(
        board=RESTRICTED_BOARD["slug"], author="sam.whitfield",
        title="Awake proning on the ward: who has a protocol that actually works?",
        tags=["proning", "hypoxaemia", "nursing"],
        raw="We are being asked to prone awake hypoxaemic patients on a general ward again. "
            "Staffing is one nurse to six patients at night.\n\nWhat does your protocol "
            "include: SpO2 targets, how long per session, who decides to escalate? Candid "
            "answers welcome; this board is for verified clinicians only.",
        replies=[
            ("priya.raman", ("Ours: sessions of 1 to 2 hours as tolerated, SpO2 target 92 to "
                            "96 %, escalation to the outreach team if the respiratory rate "
                            "stays above 30. Tolerance was the main problem, not safety."), 0),
            ("lucia.ferreira", ("@sam.whitfield one nurse to six at night is the real issue. "
                               "We only prone on the ward where there is a continuous SpO2 "
                               "monitor visible from the station."), None),
        ],
        likes=[(0, "lucia.ferreira"), (1, "sam.whitfield"), (2, "sam.whitfield")],
    ),
]


@dataclass
class DemoSummary:
    members_added: int = 0
    boards_added: int = 0
    topics_added: int = 0
    posts_added: int = 0
    likes_added: int = 0
    edits_made: int = 0
    review_items_added: int = 0
    sessions_added: int = 0
    cases_added: int = 0
    # Where the demo's live sessions are (printed on every run, added or not).
    session_lines: list[str] = field(default_factory=list)

    @property
    def added_anything(self) -> bool:
        return any(self.as_dict().values())

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, int)}


def seed_demo(session: Session) -> DemoSummary:
    """Add whatever demo content is missing. The caller commits (with community.db.commit,
    so notifications and the search index follow)."""
    summary = DemoSummary()
    # Demo members post many times within a second; the limits would refuse that.
    session.info["posting_limits"] = boards.PostingLimits(0, 0, 0, 0)
    try:
        summary.boards_added = ensure_default_boards(session) + _ensure_restricted_board(session)
        members = _ensure_members(session, summary)
        for spec in _TOPICS:
            _ensure_topic(session, spec, members, summary)
        summary.review_items_added = _ensure_moderation(session, members)
        _ensure_sessions(session, members, summary)
        written = ensure_cases(session, members)
        summary.cases_added, summary.session_lines = (
            written.added, summary.session_lines + written.lines)
        summary.review_items_added += _request_demo_roles(session, members, written)
    finally:
        session.info.pop("posting_limits", None)
    return summary


def demo_accounts() -> list[tuple[str, str, str]]:
    """(email, role, description) of every demo member, for the CLI to print."""
    return [(m.email, m.role, f"{m.display_name}, {m.specialty}"
             + (", verified" if m.verified else "")
             + (", new member" if m.trust_level == 0 else ""))
            for m in MEMBERS]


def _ensure_restricted_board(session: Session) -> int:
    if session.scalar(select(Board.id).where(Board.slug == RESTRICTED_BOARD["slug"])):
        return 0
    session.add(Board(**RESTRICTED_BOARD, verified_only=True, position=len(SPECIALTIES)))
    session.flush()
    return 1


def _ensure_members(session: Session, summary: DemoSummary) -> dict[str, User]:
    by_email: dict[str, User] = {}
    for spec in MEMBERS:
        user = session.scalar(select(User).where(User.email == spec.email))
        if user is None:
            user = accounts.register(session, _registration(spec), role=spec.role,
                                     email_verified=True)
            user.trust_level = spec.trust_level
            summary.members_added += 1
        by_email[spec.email] = user
    for spec in MEMBERS:
        user = by_email[spec.email]
        if spec.verified and not user.is_verified:
            verifier = by_email[_VERIFIER.get(spec.email, _DEFAULT_VERIFIER)]
            accounts.verify_credentials(session, verifier, user)
    session.flush()
    return {user.username: user for user in by_email.values()}


def _registration(spec: DemoMember) -> dict[str, str]:
    data = {k: v for k, v in asdict(spec).items()
            if k not in ("role", "trust_level", "verified")}
    return {**data, "password": DEMO_PASSWORD}


def _ensure_topic(session: Session, spec: DemoTopic, members: dict[str, User],
                  summary: DemoSummary) -> None:
    board = session.scalar(select(Board).where(Board.slug == spec.board))
    if board is None or session.scalar(select(Topic.id).where(
            Topic.board_id == board.id, Topic.title == spec.title)) is not None:
        return
    topic = boards.create_topic(session, members[spec.author], board,
                                {"title": spec.title, "raw": spec.raw, "tags": spec.tags})
    posts = [session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 1))]
    _approve_if_queued(session, posts[0])
    for author, raw, quoted in spec.replies:
        posts.append(_reply(session, topic, members[author], raw, posts, quoted))
    summary.topics_added += 1
    summary.posts_added += len(posts)
    for index, username in spec.likes:
        boards.set_like(session, members[username], posts[index], True)
        summary.likes_added += 1
    if spec.edit is not None:
        index, raw, reason = spec.edit
        post = posts[index]
        boards.edit_post(session, post.author, post,
                         {"raw": raw, "base_revision": post.revision, "reason": reason})
        summary.edits_made += 1
    if spec.pinned:
        moderator = next(u for u in members.values() if u.role == "moderator")
        boards.set_pinned(session, moderator, topic, True)


def _reply(session: Session, topic: Topic, author: User, raw: str, posts: list[Post],
           quoted: int | None) -> Post:
    data: dict[str, object] = {"raw": raw}
    if quoted is not None:
        post = posts[quoted]
        boards.quote(session, author, post)  # the same visibility check as the reply box
        # Quote only the first paragraph, as people trim a quote before answering.
        excerpt = post.raw.strip().split("\n\n")[0]
        data["raw"] = markup.quote_markdown(post.author.username, post.number, excerpt) + raw
        data["reply_to"] = post.id
    post = boards.reply(session, author, topic, data)
    _approve_if_queued(session, post)
    return post


def _approve_if_queued(session: Session, post: Post) -> None:
    """The new member's posts wait for review (trust level 0): a moderator approves them, as
    one would, so the conversation can go on."""
    item = flags.hold_for_review(session, post.id)  # queued now, not after the commit
    if item is not None:
        moderator = session.scalar(select(User).where(User.role == "moderator")
                                   .order_by(User.id).limit(1))
        queue.act(session, moderator, item, "approve", version=item.version)


def _request_demo_roles(session: Session, members: dict[str, User],
                        written: DemoCases) -> int:
    """Two disclosure reviews waiting for a moderator, about content the demo has (the
    write-up under review, the case conference): the queue names what a member can open."""
    before = session.scalar(select(func.count()).select_from(QueueItem)) or 0
    case = written.in_review
    conference = session.scalar(select(LiveSession).where(
        LiveSession.title == CASE_CONFERENCE["title"]))
    if case is not None:
        gate.request_role(session, members["kenji.watanabe"], "editor", "case", case.id,
                          case_title(case), case.board_id)
    if conference is not None:
        gate.request_role(session, members["priya.raman"], "presenter", "session",
                          conference.id, conference.title, conference.board_id)
    session.flush()
    return (session.scalar(select(func.count()).select_from(QueueItem)) or 0) - before


def _ensure_sessions(session: Session, members: dict[str, User], summary: DemoSummary) -> None:
    """Live sessions: upcoming ones to register for and enter, and one that already ran."""
    result = ensure_sessions(session, members)
    summary.sessions_added, summary.session_lines = result.added, result.lines


def _ensure_moderation(session: Session, members: dict[str, User]) -> int:
    """Companies, disclosures and a few items waiting in the review queue, so a moderator
    signing in to the demo has something to review. Returns how many queue items it added."""
    before = session.scalar(select(func.count()).select_from(QueueItem)) or 0
    ensure_companies(session)
    today = date.today()
    editor, presenter = members["kenji.watanabe"], members["priya.raman"]
    if disclosures.current_disclosure(session, editor.id) is None:
        # A speaker relationship that ended last spring: within the 24-month window.
        disclosures.file_disclosure(session, editor, {"confirm": True, "relationships": [{
            "company": "Pfizer", "nature": "speaker",
            "started_on": (today - timedelta(days=420)).isoformat(),
            "ended_on": (today - timedelta(days=240)).isoformat()}]})
    if disclosures.current_disclosure(session, presenter.id) is None:
        disclosures.file_disclosure(session, presenter, {"declared_none": True,
                                                         "confirm": True})
    pharmacist = members["jonas.becker"]
    if not pharmacist.is_verified and latest_request(session, pharmacist) is None:
        request_verification(session, pharmacist, {
            "credentials": "PharmD", "licence_number": "DEMO-0000",
            "issuing_body": "State chamber of pharmacists", "country": "DE",
            "note": "Demo request: any moderator may verify or decline it."})
    session.flush()
    return (session.scalar(select(func.count()).select_from(QueueItem)) or 0) - before
